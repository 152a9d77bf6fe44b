"""Relationship threads: every meeting between the same parties, and the gaps between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from summit_tui.core.model.entry import Entry

_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def ordinal(n: int) -> str:
    """The ordinal in words from "first" to "tenth", then "11th", "21st", "102nd"."""
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _order(entry: Entry) -> tuple[dt.date, dt.time, str]:
    r = entry.readout
    return r.date, r.start_time or dt.time.min, r.id


def thread(entry: Entry, entries: Iterable[Entry]) -> list[Entry]:
    """Every meeting whose parties include all of this one's, oldest first.

    For a Japan-Malaysia summit: every meeting with both Japan and Malaysia among its
    parties. A meeting without parties is a thread of its own.
    """
    parties = frozenset(entry.readout.countries)
    if not parties:
        return [entry]
    found: dict[str, Entry] = {}
    for other in entries:
        if parties.issubset(other.readout.countries):
            found.setdefault(other.id, other)
    found.setdefault(entry.id, entry)
    return sorted(found.values(), key=_order)


def neighbours(entry: Entry, entries: Iterable[Entry]) -> tuple[Entry | None, Entry | None]:
    """The meetings just before and just after this one in its thread (None at either end)."""
    meetings = thread(entry, entries)
    at = next(i for i, e in enumerate(meetings) if e.id == entry.id)
    before = meetings[at - 1] if at > 0 else None
    after = meetings[at + 1] if at + 1 < len(meetings) else None
    return before, after


def gap_words(days: int) -> str:
    """A gap in plain words: "3 days after the last", "in half a year", "in 2 years"."""
    if days <= 0:
        return "the same day as the last"
    if days == 1:
        return "a day after the last"
    if days < 14:
        return f"{days} days after the last"
    if days < 56:
        weeks = round(days / 7)
        return f"{weeks} weeks after the last"
    months = round(days / 30.44)
    if months < 5:
        return f"in {months} months"
    if months <= 7:
        return "in half a year"
    if months <= 10:
        return f"in {months} months"
    if months <= 14:
        return "in a year"
    if months <= 20:
        return "in a year and a half"
    return f"in {max(2, round(days / 365.25))} years"


def gap_phrase(previous: Entry | None, current: Entry, nth: int) -> str:
    """How this meeting stands in its thread: "first meeting on record", "second meeting in
    half a year", "fourth meeting, 3 weeks after the last"."""
    if previous is None:
        return f"{ordinal(nth)} meeting on record"
    days = (current.readout.date - previous.readout.date).days
    words = gap_words(days)
    sep = " " if words.startswith("in ") else ", "
    return f"{ordinal(nth)} meeting{sep}{words}"
