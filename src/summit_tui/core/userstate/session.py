"""The session: last query, filters, selection, focused pane, order and theme, per data folder.

Kept as JSON in the user's state folder, one file per data folder. A missing or damaged
file gives the defaults (a lost session is a small loss; a crash at start is not), and
each field that has the wrong shape falls back to its default on its own. The file is read
as untrusted (core/support/safe_read.py): a regular file of at most ``MAX_FILE_BYTES``, JSON nested
at most ``MAX_DEPTH`` levels; a query too long or too deeply nested is not restored, nor
a focused pane that is not a plain widget id.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import orjson
import platformdirs

from summit_tui.core.search.stored_filters import stored_query_problem, year_of
from summit_tui.core.support.atomic import atomic_write
from summit_tui.core.support.safe_read import json_depth, read_capped

ORDERS = ("newest", "relevance")
#: A session is a few hundred bytes; a larger file is not one this code wrote.
MAX_FILE_BYTES = 64_000
#: The session object, the filters mapping, a facet's list: 3 levels.
MAX_DEPTH = 3
#: A pane is restored by its widget id, used as a CSS selector: letters, digits, - and _.
_WIDGET_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")


@dataclass
class Session:
    """What the app restores on the next start."""

    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    selected_id: str | None = None
    focused: str | None = None
    order: str = "newest"
    theme: str | None = None


def session_path(data_folder: Path) -> Path:
    """The session file of a data folder in the user's state folder, keyed by its path."""
    resolved = Path(data_folder).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    slug = "".join(ch if ch.isalnum() else "-" for ch in resolved.name)[:40] or "root"
    return platformdirs.user_state_path("summit-tui") / "sessions" / f"{slug}-{digest}.json"


def _filters(value: Any) -> dict[str, list[str]] | None:
    if not isinstance(value, dict):
        return None
    out: dict[str, list[str]] = {}
    for facet, values in value.items():
        if isinstance(facet, str) and isinstance(values, list):
            kept = [
                v
                for v in values
                if isinstance(v, str) and (facet != "years" or year_of(v) is not None)
            ]
            if kept:
                out[facet] = kept
    return out


def _text_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _widget_id(value: Any) -> bool:
    return value is None or (isinstance(value, str) and _WIDGET_ID.fullmatch(value) is not None)


#: What shape each field must have to be restored.
_VALID = {
    "query": lambda v: isinstance(v, str) and stored_query_problem(v) is None,
    "order": lambda v: isinstance(v, str) and v in ORDERS,
    "selected_id": _text_or_none,
    "focused": _widget_id,
    "theme": _text_or_none,
}


def load_session(path: Path) -> Session:
    """The saved session, or the defaults when the file is missing or damaged; never raises."""
    return read_session(path)[0]


def read_session(path: Path) -> tuple[Session, str | None]:
    """The saved session and, when the file was there but could not be used, why not.

    Never raises: a missing file gives the defaults and no reason; a file that is not a
    regular file, too large, not JSON, nested too deeply or not an object gives the
    defaults and a reason; each field of the wrong shape falls back on its own, silently.
    """
    try:
        data = orjson.loads(read_capped(Path(path), MAX_FILE_BYTES))
        json_depth(data, MAX_DEPTH)
    except FileNotFoundError:
        return Session(), None
    except OSError as exc:  # RefusedFile (not a regular file, too large) is one too
        return Session(), f"it cannot be read ({exc.strerror or exc})"
    except ValueError as exc:  # bad JSON (orjson.JSONDecodeError) and TooDeep
        return Session(), f"it is damaged ({exc})"
    if not isinstance(data, dict):
        return Session(), "it does not hold a JSON object"
    values: dict[str, Any] = {}
    for f in fields(Session):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "filters":
            if (filters := _filters(value)) is not None:
                values["filters"] = filters
        elif _VALID[f.name](value):
            values[f.name] = value
    return Session(**values), None


def save_session(path: Path, session: Session) -> None:
    """Write the session atomically (creating its folder); raises OSError when the disk refuses."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(session), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, data.encode("utf-8"))
