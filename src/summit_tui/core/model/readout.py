"""Readout, Section, Participant and friends: frozen dataclasses with value semantics."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

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
        src = {
            k: v
            for k, v in (
                ("publisher", self.source.publisher),
                ("url", self.source.url),
                ("category", self.source.category),
            )
            if v
        }
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
