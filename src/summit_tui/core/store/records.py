"""What the store keeps of each file: its stamp, and its entry (built lazily) or problems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from summit_tui.core.model.entry import Entry, Origin
from summit_tui.core.model.readout import Problem
from summit_tui.core.store.shape import DAMAGE


def doc_entry(doc: dict[str, Any], origin: Origin | None = None) -> Entry:
    """The Entry of a stored readout record, read from ``origin``; its readout is built when
    first read."""
    return Entry.stored(
        doc["entry"],
        id=doc["id"],
        date=dt.date.fromisoformat(doc["date"]),
        title=doc["title"],
        path=doc["path"],
        origin=origin,
    )


def doc_problems(doc: dict[str, Any]) -> list[Problem]:
    """The problems of a stored record of a file that failed to load."""
    return [Problem(doc["path"], m, line, col) for m, line, col in doc["problems"]]


@dataclass(slots=True)
class Record:
    """What the store keeps of one stored file: its stamp, and its entry or problems.

    ``entry`` is None for a readout whose document is on disk but not built yet (after an
    import on processes); ``stale`` marks a record that could not be built back.
    """

    shard: int
    size: int
    mtime_ns: int
    rid: str | None = None  # the readout's id, None for a file with problems
    entry: Entry | None = None
    problems: list[Problem] | None = None
    stale: bool = False


def record(
    doc: dict[str, Any],
    shard: int,
    entry: Entry | None,
    build: bool,
    origin: Origin | None = None,
) -> Record:
    """The record of a stored document; with ``build``, its entry made (read from
    ``origin``) when not given."""
    rec = Record(shard, doc["size"], int(doc["mtime_ns"]))
    if "entry" in doc:
        rec.rid = doc["id"]
        if entry is None and build:
            try:
                entry = doc_entry(doc, origin)
            except DAMAGE:
                rec.stale = True
        rec.entry = entry
    else:
        rec.problems = doc_problems(doc)
    return rec


def shared_ids(records: dict[str, Record]) -> list[Problem]:
    """A problem for every stored file whose readout id a file earlier by path uses too
    (both readouts load)."""
    first: dict[str, str] = {}
    clashes: dict[str, list[str]] = {}
    for rel, rec in records.items():
        if rec.rid is not None:
            other = first.setdefault(rec.rid, rel)
            if other != rel:
                clashes.setdefault(rec.rid, [other]).append(rel)
    problems = []
    for rid, rels in clashes.items():
        rels.sort()
        for rel in rels[1:]:
            problems.append(
                Problem(
                    rel,
                    f"duplicate id {rid!r}: {rels[0]} uses it too; both "
                    "readouts are listed, but bookmarks, notes and "
                    "'summit-tui show' find one: give each its own id",
                )
            )
    return problems
