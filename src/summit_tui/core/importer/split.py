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


# A spokesperson's press conference lists its topics under its title, then takes them in
# turn, each under its topic lines again ("- Meeting between Prime Minister X and ...").
_BRIEFING_TITLE = re.compile(r"^(?:Press Conference|Press Briefing|Briefing) by\b")
TOPIC_LINE = re.compile(r"^[-–•] \S")
MINTOPIC_LINES = 2


def briefing_topics(lines: tuple[str, ...]) -> tuple[str, list[list[str]]]:
    """The title of a press conference that lists its topics and the lines of each topic
    it takes up (its topic lines, then what was said); ("", []) for any other page."""
    title = next((i for i, line in enumerate(lines[:3]) if _BRIEFING_TITLE.match(line)), None)
    if title is None:
        return "", []
    listed = title + 1
    while listed < len(lines) and TOPIC_LINE.match(lines[listed]):
        listed += 1
    if listed - title - 1 < MINTOPIC_LINES:
        return "", []
    # (the first topic's lines follow the list at once: where the list repeats itself)
    start = next((i for i in range(title + 2, listed) if lines[i] in lines[title + 1 : i]), listed)
    topics: list[list[str]] = [[]]
    for i in range(start, len(lines)):
        # (a topic starts at a topic line after what was said: the lines under one another
        # name one topic, "- Readouts from the summit" over "- Meeting between ...")
        if TOPIC_LINE.match(lines[i]) and i > start and not TOPIC_LINE.match(lines[i - 1]):
            topics.append([])
        topics[-1].append(lines[i])
    return lines[title], [t for t in topics if not all(TOPIC_LINE.match(line) for line in t)]
