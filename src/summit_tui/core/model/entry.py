"""Entry: a loaded readout with what is derived from it, built lazily from the store's JSON."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, eq
from pathlib import Path
from typing import Any, Protocol

import orjson

from summit_tui.core.model.readout import Participant, Readout
from summit_tui.core.support.gc_pause import gc_paused, keep_out_of_collections


class TextSource(Protocol):
    """Where a stored readout's text is kept until it is built (the store's side files)."""

    def read(self) -> bytes:
        """The text; OSError or ValueError when it cannot be read back as it was stored."""
        ...


#: A stored readout's text (``Entry.stored_json``), or where to read it.
StoredText = str | bytes | TextSource


@dataclass(frozen=True, slots=True, eq=False)
class Origin:
    """The shard file a stored entry was read from (or written to) and the digest of those
    bytes: what the store keeps beside a shard (its people) serves the entry only when it
    was written for the same bytes. One is shared by every entry of one read or write of a
    shard, and told from others by identity (hashing 100,000 of them stays cheap)."""

    shard: Path
    digest: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Entry:
    """A loaded readout with what is derived from it: its file, all topics and mentions.

    ``topics`` joins the readout's own topics and those the taxonomy finds in its text;
    ``mentions`` joins declared mentions and countries named in the text, parties left out;
    ``section_topics`` holds the topics of each section in ``Readout.all_sections`` order.

    An entry read back from the store (``Entry.stored``) holds its readout and what is
    derived from it as the JSON text the store keeps, and builds them on first access, then
    lets the text go: a warm start lists and indexes every readout but builds only those it
    shows. ``id``, ``date``, ``title`` and ``path`` never need the readout built. The text
    may be held elsewhere (a ``TextSource``) and read only then; one that is not this
    readout's (another path or id) makes a damaged entry, as damaged JSON does.
    """

    readout: Readout
    path: str
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    section_topics: tuple[tuple[str, ...], ...] = ()
    #: The stored JSON (``stored_json``) or its source until the readout is built; "" when
    #: that failed.
    _json: StoredText | None = field(default=None, init=False, repr=False, compare=False)
    _id: str | None = field(default=None, init=False, repr=False, compare=False)
    _date: dt.date | None = field(default=None, init=False, repr=False, compare=False)
    _title: str | None = field(default=None, init=False, repr=False, compare=False)
    #: The shard file this readout was read from or last written to, with the digest of
    #: those bytes (``stored_in``); None when it is in no shard file (not stored, or stored
    #: in memory).
    origin: Origin | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def stored(
        cls,
        json: StoredText,
        *,
        id: str,
        date: dt.date,
        title: str,
        path: str,
        origin: Origin | None = None,
    ) -> Entry:
        """An entry built from trusted JSON (``stored_json``, the store's) when first read."""
        entry = object.__new__(cls)
        set_ = object.__setattr__
        set_(entry, "path", path)
        set_(entry, "_json", json)  # the other fields stay empty until one is read
        set_(entry, "_id", id)
        set_(entry, "_date", date)
        set_(entry, "_title", title)
        set_(entry, "origin", origin)
        if not json:  # no text to build it from: damaged from the start
            _found_damaged()
        return entry

    def stored_in(self, origin: Origin | None) -> None:
        """Note where the store keeps this readout now (a shard it has just written)."""
        object.__setattr__(self, "origin", origin)

    def stored_json(self) -> bytes:
        """The readout and what is derived from it, with its path, as the JSON (UTF-8) that
        ``stored`` takes."""
        return orjson.dumps(
            {
                "path": self.path,
                "readout": self.readout.to_dict(),
                "topics": self.topics,
                "mentions": self.mentions,
                "section_topics": self.section_topics,
            }
        )

    def sound(self) -> bool:
        """True unless this entry is unbuilt and its text does not build back into its
        readout (damaged, or another readout's); the entry stays unbuilt."""
        text = self._json
        if text is None:
            return True
        return bool(text) and _build(text, self._id, self._date, self._title, self.path)[2]

    def text_moved(self, old: StoredText, new: StoredText) -> None:
        """The stored text ``old`` of this unbuilt entry is now kept at ``new`` (the store
        wrote it out): the entry holds that instead, unless it was built meanwhile."""
        if self._json is old:
            object.__setattr__(self, "_json", new)

    def transient(self) -> Entry:
        """This entry with its readout built, leaving this one as it is (built or not).

        For one pass over many entries (indexing them all) that must not keep every readout
        built: the copy is let go after use, and this entry keeps only its text.
        """
        text = self._json
        if not text:
            return self
        readout, derived, _ = _build(text, self._id, self._date, self._title, self.path)
        return Entry(readout, self.path, *derived)

    def light(self) -> Entry:
        """This entry as statistics and people read it: a stored one gives a copy whose
        readout leaves out its text (``_TEXT_FIELDS``) and whose section topics are empty,
        and stays unbuilt; a built or damaged one is returned as it is."""
        text = self._json
        if not text:
            return self
        readout, derived, ok = _build(
            text, self._id, self._date, self._title, self.path, light=True
        )
        return Entry(readout, self.path, *derived) if ok else self

    def readout_data(self) -> dict[str, Any] | None:
        """The readout as plain data (``Readout.to_dict`` form) when it is not built yet,
        read from the stored text without building it (None when built or damaged)."""
        text = self._json
        if not text:
            return None
        try:
            data = _own(text, self._id, self.path)["readout"]
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return data if isinstance(data, dict) else None

    def __getattr__(self, name: str) -> Any:
        # Called only when normal lookup fails: here, an empty field of a stored entry. Once
        # set, the fields are read directly. Two threads may both build them: they build
        # equal values, and the text is let go only after every field is set.
        text = self._json
        if name not in _LAZY or not text:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        readout, derived, ok = _build(text, self._id, self._date, self._title, self.path)
        set_ = object.__setattr__
        for key, value in zip(("topics", "mentions", "section_topics"), derived, strict=True):
            set_(self, key, value)
        set_(self, "readout", readout)
        set_(self, "_json", None if ok else "")
        if not ok:
            _found_damaged()
        return getattr(self, name)

    @property
    def built(self) -> bool:
        """True once the readout exists (always, for an entry not read from the store)."""
        return not self._json

    @property
    def damaged(self) -> bool:
        """True when the stored text of the readout could not be read back."""
        return self._json == ""

    @property
    def id(self) -> str:
        """The readout's id."""
        return self.readout.id if self._id is None else self._id

    @property
    def date(self) -> dt.date:
        """The readout's date."""
        return self.readout.date if self._date is None else self._date

    @property
    def title(self) -> str:
        """The readout's title."""
        return self.readout.title if self._title is None else self._title


def build_all(entries: Iterable[Entry]) -> list[Entry]:
    """The entries, each with its readout built: for passes over many (statistics, people,
    an export), which would otherwise build them one by one.

    The cyclic collector is paused meanwhile and, when there were many, what was built is
    then kept out of its sight (``gc.freeze``): readouts are acyclic, and with the collector
    running, building many of them takes nearly twice as long, each later full collection
    walking them all again (benchmarks/HISTORY.md has the figures).
    """
    out = list(entries)
    todo = [entry for entry in out if not entry.built]
    if not todo:
        return out
    with gc_paused():
        for entry in todo:
            entry.readout  # noqa: B018 - builds a stored entry's readout
    keep_out_of_collections(len(todo))
    return out


def ids_of(entries: Sequence[Entry]) -> list[str]:
    """Each entry's ``id``, read in C loops where the store gave it (a start reads 100,000)."""
    ids = list(map(_STORED_ID, entries))
    return ids if None not in ids else list(map(attrgetter("id"), entries))


def sort_keys_of(entries: Sequence[Entry]) -> list[tuple[dt.date, str]]:
    """Each entry's (date, title), read as ``ids_of`` reads ids."""
    keys = list(map(_STORED_KEY, entries))
    return keys if (None, None) not in keys else list(map(attrgetter("date", "title"), entries))


#: The id, and the date and title, an entry read from the store was given (else None).
_STORED_ID, _STORED_KEY = attrgetter("_id"), attrgetter("_date", "_title")


def any_damaged(entries: Iterable[Entry | None]) -> bool:
    """Whether any of the entries (None: a file without one) is ``damaged``, asked in C
    loops: a warm start asks it of 100,000 (and of none while no entry was found damaged
    in this process)."""
    if not _damaged_count:
        return False
    return any(map(eq, repeat(""), map(attrgetter("_json"), filter(None, entries))))


#: Entries found damaged in this process (an entry is found so only when built).
_damaged_count = 0


def _found_damaged() -> None:
    global _damaged_count
    _damaged_count += 1  # (two threads may count one: what matters is that it is not 0)


def light_entries(entries: Iterable[Entry]) -> list[Entry]:
    """``Entry.light`` of each entry: dates, parties, kinds, participants, topics and
    mentions without any readout's text, so that statistics over 100,000 readouts neither
    wait for nor keep every text."""
    with gc_paused():
        return [entry.light() for entry in entries]


#: One copy of each tuple of codes or topics (and so of each code and topic name): the
#: same few hundred combinations repeat across every readout.
_shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}


def share(items: Iterable[Any]) -> tuple[Any, ...]:
    """The one shared copy of this tuple of codes or topics."""
    key = tuple(items)
    return _shared.setdefault(key, key)


def readout_from_stored(data: dict[str, Any]) -> Readout:
    """A readout from trusted plain data (the store's), its repeated codes and topics shared."""
    data["kind"] = sys.intern(data.get("kind", "other"))
    for key in ("countries", "mentions", "topics"):
        if key in data:
            data[key] = share(data[key])  # from_dict's tuple() keeps a tuple as it is
    return Readout.from_dict(data)


def stored_participants(text: StoredText) -> tuple[Participant, ...]:
    """The participants of a stored entry's JSON (``Entry.stored_json``), as ``Entry.light``
    reads them: none when the text is damaged."""
    return _build(text, None, None, None, None, light=True)[0].participants


def stored_is_sound(text: StoredText) -> bool:
    """Whether a stored entry's JSON (``Entry.stored_json``) builds back into its readout."""
    return _build(text, None, None, None, None)[2]


#: The fields of a stored entry built on first access.
_LAZY = frozenset({"readout", "topics", "mentions", "section_topics"})

_Derived = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]


#: What a light readout leaves out (``Entry.light``).
_TEXT_FIELDS = ("summary", "sections", "photos", "notes")


def _own(text: StoredText, rid: str | None, path: str | None) -> Any:
    """The stored JSON as data, checked to be the readout's with this id and path (when
    given, and when the JSON names its path); raises ValueError (or OSError, reading it)."""
    data = orjson.loads(text if isinstance(text, str | bytes) else text.read())
    if rid is not None and data["readout"]["id"] != rid:
        raise ValueError("the cached text is another readout's")
    if path is not None and data.get("path", path) != path:
        raise ValueError("the cached text is another file's")
    return data


def _build(
    text: StoredText,
    rid: str | None,
    date: dt.date | None,
    title: str | None,
    path: str | None,
    *,
    light: bool = False,
) -> tuple[Readout, _Derived, bool]:
    """A stored entry's readout, (topics, mentions, section topics) and True, from its JSON
    (``light``: without its text fields and section topics); when the text is damaged or
    not this readout's (another id or path), a readout that says so, nothing derived, and
    False."""
    try:
        data = _own(text, rid, path)
        plain = data["readout"]
        if light:
            for key in _TEXT_FIELDS:
                plain.pop(key, None)
        readout = readout_from_stored(plain)
        derived = (
            share(data["topics"]),
            share(data["mentions"]),
            () if light else share(map(share, data["section_topics"])),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        damaged = Readout(
            id=rid or "",
            title=title or "",
            date=date or dt.date.min,
            notes=f"The cached copy of this readout is damaged ({exc}). "
            "Press ctrl+r to read its file again.",
        )
        return damaged, ((), (), ()), False
    return readout, derived, True
