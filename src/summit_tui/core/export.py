"""Readouts out of the app: CSV, JSON, a Markdown brief, YAML, and a one-line citation.

Readout text is untrusted: the Markdown brief escapes it so a title cannot become a link,
an image or HTML, and CSV cells that a spreadsheet would run as a formula are quoted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import KIND_LABELS, Participant, Readout, Section
from summit_tui.core.reference.countries import name_of
from summit_tui.core.support import safe_text

FORMATS = ("csv", "json", "md", "yaml")
MEETING_COLUMNS = (
    "id",
    "date",
    "kind",
    "title",
    "countries",
    "participants",
    "topics",
    "source_url",
)
SECTION_COLUMNS = ("id", "date", "title", "section_number", "section_heading", "text")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LINE_START = re.compile(r"^(?:(?P<mark>[#+=-])|(?P<num>\d+)(?P<dot>[.)]))")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SAFE_URL = re.compile(r"https?://[^\s<>\"\\`\x00-\x1f\x7f]+", re.IGNORECASE)


def long_date(date: dt.date) -> str:
    """A date as "23 May 2024", whatever the locale."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def start_clock(r: Readout) -> tuple[str, bool]:
    """The start time with whose clock it is ("09:00 JST", "18:10 local time (Lima)"; "" when
    no time is given), and whether it names the place. A time the readout does not label is
    the local time of the meeting (docs/format.md)."""
    if r.start_time is None:
        return "", False
    zone = " ".join(r.time_zone.split()) or "local time"
    clock = f"{r.start_time:%H:%M} {zone}"
    place = " ".join(r.location.split())
    if zone.casefold() == "local time" and place:
        return f"{clock} ({place})", True
    return clock, False


def participant_label(p: Participant) -> str:
    """The participant as "Honorific Name (Role)", the role left out when unknown."""
    return f"{p.display} ({p.role})" if p.role else p.display


# --- CSV ------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text a spreadsheet will show as text: a leading = + - @ would start a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _meeting_row(entry: Entry) -> list[str]:
    r = entry.readout
    return [
        r.id,
        r.date.isoformat(),
        r.kind,
        r.title,
        "; ".join(name_of(c) for c in r.countries),
        "; ".join(participant_label(p) for p in r.participants),
        "; ".join(entry.topics),
        r.source.url,
    ]


def _section_rows(entry: Entry) -> Iterable[list[str]]:
    r = entry.readout
    head = [r.id, r.date.isoformat(), r.title]
    if r.summary:
        yield [*head, "", "Summary", r.summary]
    for _, section in r.all_sections():
        text = "\n\n".join(section.paragraphs)
        yield [*head, section.number, section.heading, text]


def to_csv(entries: Iterable[Entry], sections: bool = False) -> str:
    """One row per meeting, or with ``sections`` one row per section (the summary first)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SECTION_COLUMNS if sections else MEETING_COLUMNS)
    for entry in entries:
        # Every cell, not a chosen few: any text field (topics too) can come from a file.
        rows = _section_rows(entry) if sections else [_meeting_row(entry)]
        writer.writerows([_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


# --- JSON and YAML --------------------------------------------------------------------------


def entry_record(entry: Entry) -> dict[str, Any]:
    """The full record: the readout's own fields, then what summit-tui derived, and its file."""
    record = entry.readout.to_dict()
    record["derived"] = {"topics": list(entry.topics), "mentions": list(entry.mentions)}
    record["path"] = entry.path
    return record


def to_json(entries: Iterable[Entry]) -> str:
    """A JSON list of full records (see ``entry_record``)."""
    records = [entry_record(e) for e in entries]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_yaml(entries: Iterable[Entry]) -> str:
    """The readouts in the project's own YAML format, one document each, split by ``---``."""
    return "---\n".join(dump_readout(e.readout) for e in entries)


# --- Markdown -------------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """Untrusted text as Markdown that shows it literally: no links, images, HTML, code,
    emphasis, headings, lists, quotes or tables can come out of it."""
    text = safe_text.clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    lines = (_MD_LINE_START.sub(_escape_start, line.lstrip(" \t")) for line in text.split("\n"))
    return "\n".join(lines)


def _escape_start(m: re.Match[str]) -> str:
    if m["mark"]:
        return "\\" + m["mark"]
    return f"{m['num']}\\{m['dot']}"  # "1\." stays a number, not an ordered list


def _md_line(text: str) -> str:
    """Escaped text on one line that starts a block (a list item, a paragraph)."""
    return md_escape(" ".join(text.split()))


def md_inline(text: str) -> str:
    """Escaped text on one line inside a block: after "## " or a label, where line-start
    marks mean nothing (a trailing "#" would close a heading, so it is escaped)."""
    text = safe_text.one_line(text)
    text = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", text))
    return text[:-1] + "\\#" if text.endswith("#") else text


def _md_url(url: str) -> str:
    """An http(s) URL as an autolink; anything else only as escaped text."""
    url = url.strip()
    return f"<{url}>" if _SAFE_URL.fullmatch(url) else md_inline(url)


def _md_facts(entry: Entry) -> str:
    r = entry.readout
    facts = [f"**Date:** {long_date(r.date)}", f"**Kind:** {KIND_LABELS.get(r.kind, r.kind)}"]
    if r.countries:
        facts.append("**Parties:** " + md_inline(", ".join(name_of(c) for c in r.countries)))
    if r.location:
        facts.append("**Where:** " + md_inline(r.location))
    if r.source.publisher:
        facts.append("**Source:** " + md_inline(r.source.publisher))
    return " · ".join(facts)


def _md_section(section: Section, depth: int) -> list[str]:
    level = "#" * min(3 + depth, 6)
    out = [f"{level} {md_inline(section.label)}", ""] if section.label else []
    for paragraph in section.paragraphs:
        out += [md_escape(paragraph), ""]
    return out


def _md_entry(entry: Entry) -> list[str]:
    r = entry.readout
    out = [f"## {md_inline(r.title)}", "", _md_facts(entry), ""]
    if r.source.url:
        out += [f"Source: {_md_url(r.source.url)}", ""]
    if r.participants:
        out += ["**Participants:**", ""]
        out += [f"- {_md_line(participant_label(p))}" for p in r.participants]
        out.append("")
    if r.summary:
        out += [md_escape(r.summary), ""]
    for depth, section in r.all_sections():
        out += _md_section(section, depth)
    return out


def to_markdown(entries: Iterable[Entry], title: str = "Readouts") -> str:
    """A brief to paste into a report: per meeting a heading, facts, participants, sections."""
    body: list[str] = []
    dates: list[dt.date] = []
    for entry in entries:
        body += _md_entry(entry)
        dates.append(entry.readout.date)
    count = f"{len(dates)} meeting{'s' * (len(dates) != 1)}"
    if dates:
        first, last = long_date(min(dates)), long_date(max(dates))
        count += f", {first}" if first == last else f", {first} to {last}"
    lines = [f"# {md_inline(title)}", "", count + ".", "", *body]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- Citation -------------------------------------------------------------------------------


def citation(entry: Entry) -> str:
    """A one-line reference: publisher, "title", date. URL (missing parts left out)."""
    r = entry.readout
    parts = [
        safe_text.one_line(r.source.publisher),
        f'"{safe_text.one_line(r.title)}"',
        long_date(r.date),
    ]
    text = ", ".join(p for p in parts if p) + "."
    url = safe_text.one_line(r.source.url)
    return f"{text} {url}" if url else text


def render(
    entries: Sequence[Entry], fmt: str, *, sections: bool = False, title: str = "Readouts"
) -> str:
    """The entries in one of FORMATS (``sections`` for CSV, ``title`` for Markdown)."""
    if fmt == "csv":
        return to_csv(entries, sections=sections)
    if fmt == "json":
        return to_json(entries)
    if fmt == "yaml":
        return to_yaml(entries)
    if fmt == "md":
        return to_markdown(entries, title=title)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
