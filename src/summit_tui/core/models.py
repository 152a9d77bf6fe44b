"""Readout, Section, Participant and friends: frozen dataclasses with value semantics."""

from __future__ import annotations

import datetime as dt
import gc
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from summit_tui.core.collector import gc_paused

#: The kinds of meeting a readout can report, as written in YAML.
KINDS: tuple[str, ...] = (
    "summit",
    "telephone-talk",
    "video-conference",
    "foreign-ministers-meeting",
    "multilateral",
    "other",
)

_KIND_SEPARATORS = re.compile(r"[\s_'’]+")


def kind_named(text: str) -> str | None:
    """The kind a text names, as YAML writes it ("Telephone Talk" -> "telephone-talk");
    None when it names none of KINDS."""
    norm = _KIND_SEPARATORS.sub("-", text.strip().lower())
    return norm if norm in KINDS else None


KIND_LABELS: dict[str, str] = {
    "summit": "Summit",
    "telephone-talk": "Telephone talk",
    "video-conference": "Video conference",
    "foreign-ministers-meeting": "Foreign ministers' meeting",
    "multilateral": "Multilateral",
    "other": "Other",
}


@dataclass(frozen=True, slots=True)
class Participant:
    """A person who took part in a meeting."""

    name: str
    honorific: str = ""
    role: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 code, or "" when unknown

    @property
    def display(self) -> str:
        """The honorific and name, as a reader would say them."""
        return f"{self.honorific} {self.name}".strip()


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered section of a readout, with paragraphs and optional sub-sections."""

    heading: str = ""
    number: str = ""
    paragraphs: tuple[str, ...] = ()
    subsections: tuple[Section, ...] = ()

    @property
    def label(self) -> str:
        """Number and heading on one line, e.g. "2. Bilateral Relations"."""
        if self.number and self.heading:
            sep = " " if self.number.endswith((".", ")")) else ". "
            return f"{self.number}{sep}{self.heading}"
        return self.heading or self.number

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Section]]:
        """Yield this section and its sub-sections, depth first, with their depth."""
        yield depth, self
        for sub in self.subsections:
            yield from sub.walk(depth + 1)

    def text(self) -> str:
        """All text of this section and its sub-sections, headings included."""
        parts = [self.heading, *self.paragraphs]
        parts.extend(sub.text() for sub in self.subsections)
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a readout was published."""

    publisher: str = ""
    url: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo published with a readout: its caption and credit."""

    caption: str = ""
    credit: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    """A field the importer was not sure of: which, why, and the words it was taken from."""

    field: str
    reason: str = ""
    text: str = ""  # the words of the page the value was read from ("On April 29")

    @property
    def label(self) -> str:
        """One line for lists: "date: year inferred from the publication date"."""
        return f"{self.field}: {self.reason}" if self.reason else self.field


@dataclass(frozen=True, slots=True)
class Readout:
    """One meeting, as reported by a government readout."""

    id: str
    title: str
    date: dt.date
    kind: str = "other"
    start_time: dt.time | None = None
    duration_minutes: int | None = None
    location: str = ""
    countries: tuple[str, ...] = ()  # parties, ISO alpha-2
    mentions: tuple[str, ...] = ()  # countries mentioned in the text, ISO alpha-2
    participants: tuple[Participant, ...] = ()
    topics: tuple[str, ...] = ()
    summary: str = ""  # the opening paragraph(s) before the numbered sections
    sections: tuple[Section, ...] = ()
    photos: tuple[Photo, ...] = ()
    source: Source = field(default_factory=Source)
    provisional_translation: bool = False
    notes: str = ""
    review: tuple[Review, ...] = ()  # fields to check by hand, set by the importer
    time_zone: str = ""  # whose clock start_time is: "local time", "JST", "UTC+9"

    def all_sections(self) -> Iterator[tuple[int, Section]]:
        """Every section and sub-section in reading order, with depth."""
        for section in self.sections:
            yield from section.walk()

    def full_text(self) -> str:
        """Title, summary and every section's text, for indexing."""
        parts = [self.title, self.summary, self.location, self.notes]
        parts.extend(p.role for p in self.participants)
        parts.extend(p.name for p in self.participants)
        parts.extend(s.text() for s in self.sections)
        return "\n".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        """The readout as plain data, in the YAML format's field order; empty fields left out."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat(),
        }
        if self.start_time is not None:
            out["start_time"] = self.start_time.strftime("%H:%M")
        if self.time_zone:
            out["time_zone"] = self.time_zone
        if self.duration_minutes is not None:
            out["duration_minutes"] = self.duration_minutes
        if self.location:
            out["location"] = self.location
        if self.countries:
            out["countries"] = list(self.countries)
        if self.participants:
            out["participants"] = [_participant_dict(p) for p in self.participants]
        if self.topics:
            out["topics"] = list(self.topics)
        if self.mentions:
            out["mentions"] = list(self.mentions)
        src = {k: v for k, v in (
            ("publisher", self.source.publisher),
            ("url", self.source.url),
            ("category", self.source.category),
        ) if v}
        if src:
            out["source"] = src
        if self.provisional_translation:
            out["provisional_translation"] = True
        if self.photos:
            out["photos"] = [
                {k: v for k, v in (("caption", ph.caption), ("credit", ph.credit)) if v}
                for ph in self.photos
            ]
        if self.summary:
            out["summary"] = self.summary
        if self.sections:
            out["sections"] = [_section_dict(s) for s in self.sections]
        if self.notes:
            out["notes"] = self.notes
        if self.review:
            out["review"] = [_review_dict(r) for r in self.review]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Readout:
        """Build a readout from trusted plain data (as written by ``to_dict``)."""
        start = data.get("start_time")
        return cls(
            id=data["id"],
            title=data["title"],
            date=dt.date.fromisoformat(data["date"]),
            kind=data.get("kind", "other"),
            start_time=dt.time.fromisoformat(start) if start else None,
            duration_minutes=data.get("duration_minutes"),
            location=data.get("location", ""),
            countries=tuple(data.get("countries", ())),
            mentions=tuple(data.get("mentions", ())),
            participants=tuple(Participant(**p) for p in data.get("participants", ())),
            topics=tuple(data.get("topics", ())),
            summary=data.get("summary", ""),
            sections=tuple(_section_from(s) for s in data.get("sections", ())),
            photos=tuple(Photo(**p) for p in data.get("photos", ())),
            source=Source(**data.get("source", {})),
            provisional_translation=bool(data.get("provisional_translation", False)),
            notes=data.get("notes", ""),
            review=tuple(_review_from(r) for r in data.get("review", ())),
            time_zone=data.get("time_zone", ""),
        )


def _participant_dict(p: Participant) -> dict[str, str]:
    out = {"name": p.name}
    for key in ("honorific", "role", "country"):
        value = getattr(p, key)
        if value:
            out[key] = value
    return out


def _review_dict(r: Review) -> dict[str, str]:
    out = {"field": r.field}
    if r.reason:
        out["reason"] = r.reason
    if r.text:
        out["from"] = r.text
    return out


def _review_from(data: dict[str, str]) -> Review:
    return Review(data["field"], data.get("reason", ""), data.get("from", ""))


def _section_dict(s: Section) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if s.number:
        out["number"] = s.number
    if s.heading:
        out["heading"] = s.heading
    if s.paragraphs:
        out["paragraphs"] = list(s.paragraphs)
    if s.subsections:
        out["subsections"] = [_section_dict(sub) for sub in s.subsections]
    return out


def _section_from(data: dict[str, Any]) -> Section:
    return Section(
        heading=data.get("heading", ""),
        number=data.get("number", ""),
        paragraphs=tuple(data.get("paragraphs", ())),
        subsections=tuple(_section_from(s) for s in data.get("subsections", ())),
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """A loaded readout with what is derived from it: its file, all topics and mentions.

    ``topics`` joins the readout's own topics and those the taxonomy finds in its text;
    ``mentions`` joins declared mentions and countries named in the text, parties left out;
    ``section_topics`` holds the topics of each section in ``Readout.all_sections`` order.

    An entry read back from the store (``Entry.stored``) holds its readout and what is
    derived from it as the JSON text the store keeps, and builds them on first access, then
    lets the text go: a warm start lists and indexes every readout but builds only those it
    shows. ``id``, ``date``, ``title`` and ``path`` never need the readout built.
    """

    readout: Readout
    path: str
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    section_topics: tuple[tuple[str, ...], ...] = ()
    #: The stored JSON (``stored_json``) until the readout is built; "" when that failed.
    _json: str | None = field(default=None, init=False, repr=False, compare=False)
    _id: str | None = field(default=None, init=False, repr=False, compare=False)
    _date: dt.date | None = field(default=None, init=False, repr=False, compare=False)
    _title: str | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def stored(cls, json: str, *, id: str, date: dt.date, title: str, path: str) -> Entry:
        """An entry built from trusted JSON (``stored_json``, the store's) when first read."""
        entry = object.__new__(cls)
        set_ = object.__setattr__
        set_(entry, "path", path)
        set_(entry, "_json", json)  # the other fields stay empty until one is read
        set_(entry, "_id", id)
        set_(entry, "_date", date)
        set_(entry, "_title", title)
        return entry

    def stored_json(self) -> str:
        """The readout and what is derived from it, as the JSON that ``stored`` takes."""
        return orjson.dumps({
            "readout": self.readout.to_dict(),
            "topics": self.topics,
            "mentions": self.mentions,
            "section_topics": self.section_topics,
        }).decode()

    def transient(self) -> Entry:
        """This entry with its readout built, leaving this one as it is (built or not).

        For one pass over many entries (indexing them all) that must not keep every readout
        built: the copy is let go after use, and this entry keeps only its text.
        """
        if not self._json:
            return self
        readout, derived, _ = _build(self._json, self._id, self._date, self._title)
        return Entry(readout, self.path, *derived)

    def light(self) -> Entry:
        """This entry as statistics and people read it: a stored one gives a copy whose
        readout leaves out its text (``_TEXT_FIELDS``) and whose section topics are empty,
        and stays unbuilt; a built or damaged one is returned as it is."""
        if not self._json:
            return self
        readout, derived, ok = _build(self._json, self._id, self._date, self._title,
                                      light=True)
        return Entry(readout, self.path, *derived) if ok else self

    def readout_data(self) -> dict[str, Any] | None:
        """The readout as plain data (``Readout.to_dict`` form) when it is not built yet,
        read from the stored text without building it (None when built or damaged)."""
        text = self._json
        if not text:
            return None
        try:
            data = orjson.loads(text)["readout"]
        except (ValueError, TypeError, KeyError):
            return None
        return data if isinstance(data, dict) else None

    def __getattr__(self, name: str) -> Any:
        # Called only when normal lookup fails: here, an empty field of a stored entry. Once
        # set, the fields are read directly. Two threads may both build them: they build
        # equal values, and the text is let go only after every field is set.
        text = self._json
        if name not in _LAZY or not text:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        readout, derived, ok = _build(text, self._id, self._date, self._title)
        set_ = object.__setattr__
        for key, value in zip(("topics", "mentions", "section_topics"), derived, strict=True):
            set_(self, key, value)
        set_(self, "readout", readout)
        set_(self, "_json", None if ok else "")
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
    running, building 100,000 of them took 8.2 s instead of 4.6 s, each later full
    collection walking them all again (about 1 s at 100,000).
    """
    out = list(entries)
    todo = [entry for entry in out if not entry.built]
    if not todo:
        return out
    with gc_paused():
        for entry in todo:
            entry.readout  # noqa: B018 - builds a stored entry's readout
    if len(todo) >= _FREEZE_FROM:
        gc.freeze()
    return out


def light_entries(entries: Iterable[Entry]) -> list[Entry]:
    """``Entry.light`` of each entry: dates, parties, kinds, participants, topics and
    mentions without any readout's text, so that statistics over 100,000 readouts neither
    wait for nor keep every text."""
    with gc_paused():
        return [entry.light() for entry in entries]


#: From this many readouts built at once, they are kept out of the collector's sight.
_FREEZE_FROM = 5000


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


def stored_is_sound(text: str) -> bool:
    """Whether a stored entry's JSON (``Entry.stored_json``) builds back into its readout."""
    return _build(text, None, None, None)[2]


#: The fields of a stored entry built on first access.
_LAZY = frozenset({"readout", "topics", "mentions", "section_topics"})

_Derived = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]


#: What a light readout leaves out (``Entry.light``).
_TEXT_FIELDS = ("summary", "sections", "photos", "notes")


def _build(text: str, rid: str | None, date: dt.date | None, title: str | None, *,
           light: bool = False) -> tuple[Readout, _Derived, bool]:
    """A stored entry's readout, (topics, mentions, section topics) and True, from its JSON
    (``light``: without its text fields and section topics); when the text is damaged, a
    readout that says so, nothing derived, and False."""
    try:
        data = orjson.loads(text)
        plain = data["readout"]
        if light:
            for key in _TEXT_FIELDS:
                plain.pop(key, None)
        readout = readout_from_stored(plain)
        derived = (share(data["topics"]), share(data["mentions"]),
                   () if light else share(map(share, data["section_topics"])))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        damaged = Readout(
            id=rid or "",
            title=title or "",
            date=date or dt.date.min,
            notes=f"The cached copy of this readout is damaged ({exc}). "
                  "Press ctrl+r to read its file again.",
        )
        return damaged, ((), (), ()), False
    return readout, derived, True


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one file: where, and what, in plain words."""

    path: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"
