"""What the store keeps of each file: its stamp, and its entry (built lazily) or problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from summit_tui.core.model.entry import Entry, Origin
from summit_tui.core.model.entry import StoredText as Text
from summit_tui.core.model.readout import Problem
from summit_tui.core.store.shape import DAMAGE
from summit_tui.core.store.texts import StoredText, TextFile


def doc_text(doc: dict[str, Any], texts: TextFile | None) -> Text:
    """A stored readout's text: in the document (a store in memory, or a document not
    written yet), or where the document says it lies in its shard's side file ``texts``."""
    if "entry" in doc:
        text: Text = doc["entry"]
        return text
    if texts is None:
        raise ValueError("the readout's text is in a side file that is not there")
    offset, length, crc = doc["text"]
    return StoredText((texts, offset, length, crc))


def doc_entry(
    doc: dict[str, Any], texts: TextFile | None = None, origin: Origin | None = None
) -> Entry:
    """The Entry of a stored readout record, read from ``origin``; its readout is built when
    first read (its text from the side file ``texts`` unless the document holds it)."""
    return Entry.stored(
        doc_text(doc, texts),
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
    texts: TextFile | None = None,
    origin: Origin | None = None,
) -> Record:
    """The record of a stored document; with ``build``, its entry made when not given (its
    text in the side file ``texts`` unless the document holds it; read from ``origin``)."""
    rec = Record(shard, doc["size"], int(doc["mtime_ns"]))
    if "id" in doc:
        rec.rid = doc["id"]
        if entry is None and build:
            try:
                entry = doc_entry(doc, texts, origin)
            except DAMAGE:
                rec.stale = True
        rec.entry = entry
    else:
        rec.problems = doc_problems(doc)
    return rec


def read_records(
    docs: Iterable[dict[str, Any]],
    shard: int,
    texts: TextFile | None,
    into: dict[str, Record],
    origin: Origin | None = None,
) -> list[str]:
    """The records of a shard's documents as a start reads them, into ``into`` by path,
    each readout's entry unbuilt, its text in the side file ``texts``, read from ``origin``:
    ``record`` for each, in one loop (a start makes 100,000 of them). Gives the paths of
    those marked stale (a readout whose stored fields cannot be read back)."""
    new, date = object.__new__, dt.date.fromisoformat
    stale: list[str] = []
    for doc in docs:
        place = doc.get("text")
        if place is None or texts is None:
            rec = into[doc["path"]] = record(doc, shard, None, True, texts, origin)
            if rec.stale:
                stale.append(doc["path"])
            continue
        path, rid = doc["path"], doc["id"]
        rec = into[path] = Record(shard, doc["size"], int(doc["mtime_ns"]), rid)
        try:
            rec.entry = entry = new(Entry)
            _set_json(entry, StoredText((texts, *place)))
            _set_path(entry, path)
            _set_id(entry, rid)
            _set_date(entry, date(doc["date"]))
            _set_title(entry, doc["title"])
            _set_origin(entry, origin)
        except DAMAGE:
            rec.entry, rec.stale = None, True
            stale.append(path)
    return stale


_RID = attrgetter("rid")

#: Writing the fields of an unbuilt entry (``Entry.stored``) without a call a field.
_set_json, _set_path, _set_id, _set_date, _set_title, _set_origin = (
    getattr(Entry, name).__set__ for name in ("_json", "path", "_id", "_date", "_title", "origin")
)


def shared_ids(records: dict[str, Record]) -> list[Problem]:
    """A problem for every stored file whose readout id a file earlier by path uses too
    (both readouts load)."""
    rids = list(map(_RID, records.values()))
    if len(set(rids)) == len(rids) - max(rids.count(None) - 1, 0):
        return []  # every id once (the usual case, found in C loops at 100,000 readouts)
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
