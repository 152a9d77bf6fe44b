"""Start time (local, 24-hour) and duration from phrases like "commencing at 2:10 p.m."."""

from __future__ import annotations

import datetime as dt
import re

_CLOCK = r"(?P<{n}h>[01]?\d|2[0-3])(?:[:.](?P<{n}m>[0-5]\d))?\s*(?P<{n}ap>[ap])\.?\s*m\b\.?"
_START = re.compile(
    r"\b(?:commencing|starting|beginning|from|at|around|about|shortly after)\s+(?:about\s+)?"
    + _CLOCK.format(n="s")
    + r"(?P<local>\s*(?:\(\s*)?local time)?",
    re.I,
)
_UNTIL = re.compile(r"\s*(?:to|until|till|-|–)\s*" + _CLOCK.format(n="e"), re.I)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "half an": 0.5,
}
_NUM = r"(?:\d+(?:\.\d+)?|half an|forty-five|an?|one|two|three|four|five|six|seven|eight|nine" \
    r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_DURATION = re.compile(
    r"\b(?:for|lasting|lasted|some|approximately|about|around|nearly|roughly)\s+"
    r"(?:(?:approximately|about|around|nearly|some|roughly|over|more than|just over|just under)"
    rf"\s+)?(?:(?P<h>{_NUM})(?P<half1>\s+and\s+a\s+half)?\s+hours?"
    r"(?P<half2>\s+and\s+a\s+half)?)?"
    rf"(?:,?\s*(?:and\s+)?(?P<m>{_NUM})\s+min(?:ute)?s?)?\b",
    re.I,
)


def _number(word: str) -> float:
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_NUMBERS[word])


def _clock(hour: str, minute: str | None, ampm: str) -> dt.time:
    h = int(hour) % 12 + (12 if ampm.lower() == "p" else 0)
    return dt.time(h, int(minute or 0))


def start_and_end(text: str) -> tuple[dt.time | None, dt.time | None]:
    """The first start time in the text and, when written "from ... to ...", its end time.

    The first clock time is the local one: Japanese readouts put the Japan time after it
    in brackets ("from 10:05 a.m. local time (11:05 a.m. Japan time)").
    """
    m = _START.search(text)
    if m is None:
        return None, None
    start = _clock(m.group("sh"), m.group("sm"), m.group("sap"))
    until = _UNTIL.match(text, m.end())
    end = _clock(until.group("eh"), until.group("em"), until.group("eap")) if until else None
    return start, end


def duration_minutes(text: str) -> int | None:
    """Minutes of the first duration in the text ("approximately one hour and ten minutes")."""
    for m in _DURATION.finditer(text):
        if not (m.group("h") or m.group("m")):
            continue
        minutes = 0.0
        if m.group("h"):
            minutes += _number(m.group("h")) * 60
            if m.group("half1") or m.group("half2"):
                minutes += 30
        if m.group("m"):
            minutes += _number(m.group("m"))
        if minutes:
            return round(minutes)
    return None


def timing(text: str) -> tuple[dt.time | None, int | None]:
    """Start time and duration in minutes, each None when the text does not say."""
    start, end = start_and_end(text)
    minutes = duration_minutes(text)
    if minutes is None and start is not None and end is not None:
        delta = (dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start))
        if delta.total_seconds() > 0:
            minutes = int(delta.total_seconds() // 60)
    return start, minutes
