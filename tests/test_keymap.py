"""Key names and binding ids in the user's keymap; the README lists every id."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding

from summit_tui.keymap import (
    IMPORT_BINDINGS,
    binding_classes,
    bindings_of,
    check_keymap,
    default_keys,
    key_display,
    key_problem,
    lost_keys,
)

README = Path(__file__).resolve().parents[1] / "README.md"


def test_key_names() -> None:
    for good in (
        "a",
        "G",
        "?",
        "ctrl+x",
        "ctrl+shift+left",
        "f12",
        "escape",
        "pageup",
        "question_mark",
        "left_square_bracket",
        "alt+full_stop",
        "space",
    ):
        assert key_problem(good) is None, good
    for bad in ("", "ctrl+", "hyperx+a", "ctrl+nokey", "f25", "two words", "+", "ctrl++"):
        assert key_problem(bad) is not None, bad


def test_check_keymap_normalises_and_reports() -> None:
    known = {"main.export": "ctrl+e", "detail.next_section": "right_square_bracket"}
    keymap, problems = check_keymap(
        {"main.export": " ctrl+x , ? ", "detail.next_section": ",", "main.nope": "x"}, known
    )
    assert keymap == {"main.export": "ctrl+x,question_mark"}
    assert len(problems) == 2
    assert 'write "comma"' in problems[0] and "main.nope: no binding" in problems[1]
    keymap, problems = check_keymap({"main.export": ",".join("abcdefghij")}, known)
    assert keymap == {} and "more than 8 keys" in problems[0]


def test_a_key_given_away_is_reported() -> None:
    group = [
        Binding("b", "bookmark", "Bookmark", id="main.bookmark"),
        Binding("ctrl+e", "export", "Export", id="main.export"),
        Binding("tab", "focus_next", "Focus Next"),
    ]
    assert lost_keys({"main.export": "b"}, [group]) == [
        'b is given to main.export, so "Bookmark" (main.bookmark) no longer has it'
    ]
    assert lost_keys({"main.export": "tab"}, [group]) == [
        'tab is given to main.export, so "Focus Next" no longer has it'
    ]
    # Two bindings swapping their keys lose nothing.
    assert lost_keys({"main.export": "b", "main.bookmark": "ctrl+e"}, [group]) == []
    assert lost_keys({"main.export": "b"}, [group[1:]]) == []  # another pane: no clash


def test_key_display() -> None:
    assert key_display("ctrl+x,question_mark,up") == "ctrl+x, ?, ↑"


def test_every_binding_has_an_id_and_a_description() -> None:
    from summit_tui.screens.import_dialog import ImportScreen

    classes = [*binding_classes(), ImportScreen]
    bindings = bindings_of(classes)
    assert len(bindings) > 50
    for binding in bindings:
        assert binding.id and binding.description, binding
    ids = [binding.id for binding in bindings]
    duplicated = {i for i in ids if ids.count(i) > 1}
    assert not duplicated
    assert {b.id: b.key for b in bindings_of([ImportScreen])} == IMPORT_BINDINGS


def test_the_readme_lists_every_binding_id_with_its_keys() -> None:
    text = README.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \| `([^`]+)` \|", text, re.MULTILINE))
    assert rows == default_keys()
