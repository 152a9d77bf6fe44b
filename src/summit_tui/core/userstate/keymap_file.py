"""The user's keymap file: ``binding-id = "keys"`` lines of TOML, read as untrusted text.

The file may be edited by hand, replaced or linked anywhere: it is read only when it is a
regular file of at most ``MAX_KEYMAP_BYTES``, and whatever is wrong with it (the whole file
or one entry) becomes a problem to report while the rest is used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summit_tui.core.support.safe_read import NotRegularFile, TooLarge, read_capped
from summit_tui.core.support.safe_text import one_line

#: A keymap larger than this is not read (a full one is a few kilobytes).
MAX_KEYMAP_BYTES = 64 * 1024
#: Entries past this many are left out (the app has fewer than a hundred bindings).
MAX_ENTRIES = 500
#: Binding ids have two parts ("main.export"); tables nest at most this deep.
MAX_DEPTH = 3
#: Shown names and values are cut to this many characters in a problem's text.
SHOWN_CHARS = 60


@dataclass(frozen=True, slots=True)
class KeymapFile:
    """What the file asks for (binding id -> keys as written) and what was wrong with it."""

    entries: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


#: What the app does when the whole file cannot be used.
DEFAULTS = "the default keys are used"


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """A name or value from the file, safe and short enough to put in a message."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_keymap(path: Path) -> KeymapFile:
    """The keymap at ``path``: nothing when it is absent, never an exception."""
    try:
        data = read_capped(path, MAX_KEYMAP_BYTES)
    except FileNotFoundError:
        return KeymapFile()
    except NotRegularFile:
        return KeymapFile(problems=[f"is not a regular file; {DEFAULTS}"])
    except TooLarge as exc:
        return KeymapFile(problems=[f"is larger than {exc.cap:,} bytes; {DEFAULTS}"])
    except OSError as exc:
        return KeymapFile(
            problems=[f"cannot be read ({shown(exc.strerror or str(exc))}); {DEFAULTS}"]
        )
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return KeymapFile(problems=[f"is not UTF-8 text; {DEFAULTS}"])
    except tomllib.TOMLDecodeError as exc:
        return KeymapFile(problems=[f"is not valid TOML ({shown(str(exc), 120)}); {DEFAULTS}"])
    except RecursionError:
        return KeymapFile(problems=[f"is nested too deeply to read; {DEFAULTS}"])
    entries: dict[str, str] = {}
    problems: list[str] = []
    _flatten(table, "", 1, entries, problems)
    return KeymapFile(entries, problems)


def _flatten(
    table: dict[str, Any], prefix: str, depth: int, entries: dict[str, str], problems: list[str]
) -> None:
    """``[main] export = "x"`` and ``"main.export" = "x"`` alike become main.export -> x."""
    for name, value in table.items():
        binding_id = f"{prefix}{name}"
        if isinstance(value, dict):
            if depth >= MAX_DEPTH:
                problems.append(f"{shown(binding_id)}: nested too deeply; left out")
            else:
                _flatten(value, f"{binding_id}.", depth + 1, entries, problems)
            continue
        if len(entries) >= MAX_ENTRIES:
            problems.append(f"more than {MAX_ENTRIES} entries; the rest are left out")
            return
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = ",".join(value)  # ["ctrl+x", "f5"] is "ctrl+x,f5"
        if not isinstance(value, str):
            problems.append(
                f'{shown(binding_id)}: the keys must be text, such as "ctrl+x" '
                f'or "ctrl+x,f5"; left out'
            )
            continue
        entries[binding_id] = value
