"""Pages that report several meetings (a visit: dinner, summit, press conference) split in parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summit_tui.core.importer.dates import find_dates
from summit_tui.core.importer.sections import marker, paragraphs

_MEETING_WORDS = re.compile(
    r"\b(?:Summit|Meeting|Talks?|Dinner|Luncheon|Breakfast|Press Conference|Call|Reception"
    r"|Ceremony|Video Conference|Conference)\b"
)
_DATED_LEAD = re.compile(r"^(?:On|In the (?:morning|afternoon|evening) of|From)\b")


@dataclass(frozen=True, slots=True)
class Part:
    """One meeting's share of a page: the heading that names it and its paragraphs."""

    heading: str
    paragraphs: tuple[str, ...]


def split_meetings(lines: tuple[str, ...]) -> tuple[list[str], list[Part]]:
    """The page's opening paragraphs and its meetings; no parts when it reports one meeting.

    A part starts at a numbered heading naming a meeting whose first paragraph opens with
    its own date ("On April 10, ..."); a one-on-one meeting inside a summit has none.
    """
    paras = paragraphs(lines)
    starts: list[int] = []
    for i, para in enumerate(paras[:-1]):
        mark = marker(para)
        if mark is None or mark.level != 1 or not mark.is_heading:
            continue
        following = paras[i + 1]
        if (
            _MEETING_WORDS.search(mark.rest)
            and _DATED_LEAD.match(following)
            and find_dates(following[:40])
        ):
            starts.append(i)
    if len(starts) < 2:
        return paras, []
    parts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(paras)
        heading = marker(paras[start]).rest  # type: ignore[union-attr]
        parts.append(Part(heading, tuple(paras[start + 1 : end])))
    return paras[: starts[0]], parts


# A diary's entry opens with its day: "Thursday, October 1", "Wednesday, October 7-Saturday,
# October 10" (the Kantei's "What's up around the Prime Minister").
_DIARY_DAY = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}"
    r"(?:\s*[-–]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:[A-Z][a-z]+ )?\d{1,2})?"
    r"(?:, \d{4})?$"
)
MIN_DIARY_ENTRIES = 2


def diary_entries(lines: tuple[str, ...]) -> list[list[str]]:
    """The entries of a page that keeps a diary of several days' events, each from its day
    line on; none when the page is not such a diary."""
    starts = [i for i, line in enumerate(lines) if _DIARY_DAY.match(line.strip())]
    if len(starts) < MIN_DIARY_ENTRIES:
        return []
    return [
        list(lines[start : starts[n + 1] if n + 1 < len(starts) else len(lines)])
        for n, start in enumerate(starts)
    ]
