"""The user's keys: a keymap file remaps any binding by its id (Textual's ``App.set_keymap``).

The file (``keymap.toml`` in the user's config folder) is read by
core.userstate.keymap_file; here each entry is checked against the app's binding ids and
Textual's key names. A bad entry is left out and reported; the others are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import _character_to_key, format_key, key_to_character

from summit_tui.core.userstate.keymap_file import read_keymap, shown

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
#: Named keys besides characters (and character names such as "question_mark").
NAMED_KEYS = frozenset(
    {
        "escape",
        "enter",
        "tab",
        "space",
        "backspace",
        "insert",
        "delete",
        "home",
        "end",
        "pageup",
        "pagedown",
        "up",
        "down",
        "left",
        "right",
        *(f"f{n}" for n in range(1, 25)),
    }
)
#: Keys one binding may have at most.
MAX_KEYS = 8

#: The import dialog's bindings: its module (and the importer) load only when it opens, so
#: its ids are listed here; a test keeps them equal to ImportScreen.BINDINGS.
IMPORT_BINDINGS = {"import.close": "escape", "import.save": "ctrl+s"}


def binding_classes() -> list[type[DOMNode]]:
    """Every class of the app that declares key bindings (the import dialog aside)."""
    # Imported here: this module is imported by the app itself.
    from summit_tui.app import SummitApp
    from summit_tui.screens.export_dialog import ExportScreen, FormatList
    from summit_tui.screens.help import HelpScreen
    from summit_tui.screens.main import MainScreen
    from summit_tui.screens.name_prompt import NamePrompt
    from summit_tui.screens.note_editor import NoteEditor
    from summit_tui.screens.people import PeopleScreen
    from summit_tui.screens.problems import ProblemsScreen
    from summit_tui.screens.stats import StatsScreen
    from summit_tui.screens.thread import ThreadScreen
    from summit_tui.widgets.cursor_list import CursorList
    from summit_tui.widgets.detail import ReadoutDetail
    from summit_tui.widgets.filter_pane import FilterPane
    from summit_tui.widgets.meeting_list import MeetingList
    from summit_tui.widgets.people_list import PeopleList
    from summit_tui.widgets.search_bar import SearchInput

    return [
        SummitApp,
        MainScreen,
        SearchInput,
        CursorList,
        MeetingList,
        FilterPane,
        ReadoutDetail,
        HelpScreen,
        StatsScreen,
        PeopleScreen,
        PeopleList,
        ThreadScreen,
        ProblemsScreen,
        ExportScreen,
        FormatList,
        NoteEditor,
        NamePrompt,
    ]


def bindings_of(classes: Iterable[type[DOMNode]]) -> list[Binding]:
    """The bindings the classes declare themselves, in order."""
    found: list[Binding] = []
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                found.append(binding)
    return found


def inherited_bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings a class has, its bases' (Textual's own among them) included."""
    bases = [base for base in reversed(cls.__mro__) if issubclass(base, DOMNode)]
    return bindings_of(bases)


def default_keys() -> dict[str, str]:
    """Binding id -> its default keys ("s,f2"), for every binding of the app."""
    keys = {
        binding.id: binding.key
        for binding in bindings_of(binding_classes())
        if binding.id is not None
    }
    return keys | IMPORT_BINDINGS


def normal_key(key: str) -> str:
    """A key as Textual names it: "ctrl+?" -> "ctrl+question_mark", "[" -> "left_square_bracket"."""
    *modifiers, base = key.split("+")
    return "+".join([*modifiers, _character_to_key(base) if len(base) == 1 else base])


def key_problem(key: str) -> str | None:
    """What is wrong with one key name ("ctrl+x", "f5", "?", "question_mark"), or None."""
    if not key:
        return 'an empty key (commas separate keys: write "comma" for the comma key)'

    *modifiers, base = key.split("+")
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown:
        return f"{shown(unknown[0])!r} is not a modifier (ctrl, shift, alt, meta, super)"
    if len(base) == 1 and base.isprintable() and not base.isspace():
        return None
    if base in NAMED_KEYS or (base and key_to_character(base) is not None):
        return None
    return f"{shown(key)!r} is not a key name (such as ctrl+x, f5, ?, escape, pageup)"


def check_keymap(
    entries: Mapping[str, str], known: Mapping[str, str]
) -> tuple[dict[str, str], list[str]]:
    """The entries to use (known ids, good keys) and a problem for each one left out."""
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, value in entries.items():
        if binding_id not in known:
            problems.append(f"{shown(binding_id)}: no binding has this id; left out")
            continue
        keys = [key.strip() for key in value.split(",")]
        if len(keys) > MAX_KEYS:
            problems.append(f"{binding_id}: more than {MAX_KEYS} keys; left out")
            continue
        bad = next((p for p in map(key_problem, keys) if p is not None), None)
        if bad is not None:
            problems.append(f"{binding_id}: {bad}; left out")
            continue
        keymap[binding_id] = ",".join(normal_key(key) for key in keys)
    return keymap, problems


def lost_keys(keymap: Mapping[str, str], groups: Iterable[list[Binding]]) -> list[str]:
    """A problem for each key the keymap gave to a binding that another binding of the same
    pane (one of ``groups``) had: that one no longer has the key."""
    problems: list[str] = []
    told: set[tuple[str, str]] = set()
    for bindings in groups:
        ids = {binding.id for binding in bindings}
        given = {
            key: binding_id
            for binding_id, keys in keymap.items()
            if binding_id in ids
            for key in keys.split(",")
        }
        for binding in bindings:
            if binding.id in keymap:
                continue  # remapped itself: it let its old keys go
            for key in (normal_key(k.strip()) for k in binding.key.split(",")):
                owner = given.get(key)
                name = binding.id or binding.description
                if owner is None or owner == binding.id or (name, key) in told:
                    continue
                told.add((name, key))
                which = f" ({binding.id})" if binding.id else ""
                problems.append(
                    f"{key_display(key)} is given to {owner}, so "
                    f'"{binding.description}"{which} no longer has it'
                )
    return problems


def load_keymap(path: Path) -> tuple[dict[str, str], list[str]]:
    """The user's keymap and what was wrong with it, each problem naming the file."""
    read = read_keymap(path)
    keymap, problems = check_keymap(read.entries, default_keys())
    problems += lost_keys(keymap, map(inherited_bindings, binding_classes()))
    where = shown(str(path), 200)
    return keymap, [f"Keymap {where}: {problem}" for problem in [*read.problems, *problems]]


def key_display(keys: str) -> str:
    """Keys as the help shows them: "ctrl+x,question_mark" -> "ctrl+x, ?"."""
    shown_keys = []
    for key in keys.split(","):
        *modifiers, base = key.strip().split("+")
        shown_keys.append("+".join([*modifiers, format_key(base)]))
    return ", ".join(shown_keys)
