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
# turn, each under its topic lines again ("- Meeting between Prime Minister X and ...");
# a leader's takes them under a line each ("(On the Japan-U.S. summit telephone talk)").
_BRIEFING_TITLE = re.compile(r"^(?:Press Conference|Press Briefing|Briefing) by\b")
_LISTED = re.compile(r"^[-–•] (?=\S)")
_ON = re.compile(r"^\((?=On )([^()]+)\)$")
MIN_TOPICS = 2
MAX_TITLE_LINE = 3  # the title is among the page's first lines


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic of a press conference: the lines that name it, then what was said."""

    named: tuple[str, ...]
    said: tuple[str, ...]


def briefing_topics(lines: tuple[str, ...]) -> tuple[str, list[Topic]]:
    """The title of a press conference that takes several topics in turn, and each topic;
    ("", []) for any other page."""
    title = next(
        (i for i, line in enumerate(lines[:MAX_TITLE_LINE]) if _BRIEFING_TITLE.match(line)), None
    )
    if title is None:
        return "", []
    topics = _listed_topics(lines, title + 1) or _on_topics(lines, title + 1)
    return (lines[title], topics) if topics else ("", [])


def _listed_topics(lines: tuple[str, ...], first: int) -> list[Topic]:
    """The topics of a conference that lists them first and takes them under their lines."""
    listed = first
    while listed < len(lines) and _LISTED.match(lines[listed]):
        listed += 1
    if listed - first < MIN_TOPICS:
        return []
    # (the first topic's lines follow the list at once: where the list repeats itself)
    start = next((i for i in range(first + 1, listed) if lines[i] in lines[first:i]), listed)
    runs: list[list[str]] = [[]]
    for i in range(start, len(lines)):
        # (a topic starts at a topic line after what was said: the lines under one another
        # name one topic, "- Readouts from the summit" over "- Meeting between ...")
        if _LISTED.match(lines[i]) and i > start and not _LISTED.match(lines[i - 1]):
            runs.append([])
        runs[-1].append(lines[i])
    topics = [
        Topic(
            tuple(_LISTED.sub("", line) for line in run if _LISTED.match(line)),
            tuple(line for line in run if not _LISTED.match(line)),
        )
        for run in runs
    ]
    return [t for t in topics if t.said]


def _on_topics(lines: tuple[str, ...], first: int) -> list[Topic]:
    """The topics of a conference that takes each under a line "(On ...)"."""
    starts = [i for i in range(first, len(lines)) if _ON.match(lines[i].strip())]
    if len(starts) < MIN_TOPICS:
        return []
    return [
        Topic(
            (_ON.match(lines[start].strip()).group(1)[3:],),  # type: ignore[union-attr]
            lines[start + 1 : starts[n + 1] if n + 1 < len(starts) else len(lines)],
        )
        for n, start in enumerate(starts)
    ]
