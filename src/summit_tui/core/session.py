"""The session: last query, filters, selection, focused pane, order and theme, per data folder.

Kept as JSON in the user's state folder, one file per data folder. A missing or damaged
file gives the defaults (a lost session is a small loss; a crash at start is not), and
each field that has the wrong shape falls back to its default on its own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from summit_tui.core.atomic import atomic_write

ORDERS = ("newest", "relevance")


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
            kept = [v for v in values if isinstance(v, str)]
            if kept:
                out[facet] = kept
    return out


def _text_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


#: What shape each field must have to be restored.
_VALID = {
    "query": lambda v: isinstance(v, str),
    "order": lambda v: v in ORDERS,
    "selected_id": _text_or_none,
    "focused": _text_or_none,
    "theme": _text_or_none,
}


def load_session(path: Path) -> Session:
    """The saved session, or the defaults when the file is missing or damaged; never raises."""
    try:
        data = json.loads(Path(path).read_bytes())
    except (OSError, ValueError):
        return Session()
    if not isinstance(data, dict):
        return Session()
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
    return Session(**values)


def save_session(path: Path, session: Session) -> None:
    """Write the session atomically (creating its folder); raises OSError when the disk refuses."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(session), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, data.encode("utf-8"))
