"""Who published a readout, known only from lines that name the publisher or its habits."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Publisher:
    """A government source: its name, its country, and the lines that give it away."""

    name: str
    country: str  # ISO alpha-2
    line: re.Pattern[str]  # a line of page furniture naming it (dropped from the text)
    habit: re.Pattern[str] | None = None  # a telltale in the text itself (kept)


def _line(*forms: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(forms) + r")$", re.I)


# GOV.UK names co-publishers after the office: "From: ... 10 Downing Street and The Rt Hon ...".
_FROM = re.compile(r"^From:\s*(?P<first>.+?)(?:\s+and\s+.{1,300})?$", re.I)


PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "Ministry of Foreign Affairs of Japan", "JP",
        _line(r"Ministry of Foreign Affairs of Japan", r"MOFA(?: Japan)?"),
        # MOFA pages sit under a country-relations page and link "Back to" it.
        re.compile(r"^Back to Japan-.+ Relations$", re.M),
    ),
    Publisher(
        "Prime Minister's Office of Japan", "JP",
        _line(r"Prime Minister's Office of Japan", r"(?:The )?Prime Minister in Action",
              r"Prime Minister of Japan and His Cabinet"),
    ),
    Publisher(
        "The White House", "US",
        _line(r"The White House", r"Briefing Room", r"Statements and Releases"),
    ),
    Publisher(
        "Prime Minister's Office, 10 Downing Street", "GB",
        _line(r"(?:From:\s*)?Prime Minister's Office,? 10 Downing Street",
              r"(?:From:\s*)?10 Downing Street"),
        re.compile(r"\bA Downing Street spokesperson said\b", re.I),
    ),
    Publisher(
        "Ministry of External Affairs, India", "IN",
        _line(r"Ministry of External Affairs(?:,? (?:Government of )?India)?"),
    ),
    Publisher(
        "Prime Minister's Office, India", "IN",
        _line(r"Prime Minister's Office(?:,? India)?", r"PIB Delhi",
              r"Press Information Bureau(?:,? Government of India)?"),
        re.compile(r"\bPosted On:.*\bby PIB\b", re.I),
    ),
    Publisher(
        "Prime Minister of Canada", "CA",
        _line(r"Prime Minister of Canada(?: Justin Trudeau)?",
              r"Office of the Prime Minister of Canada"),
    ),
    Publisher(
        "Ministry of Foreign Affairs of the People's Republic of China", "CN",
        _line(r"Ministry of Foreign Affairs of the People's Republic of China",
              r"Ministry of Foreign Affairs,? the People's Republic of China"),
    ),
    Publisher(
        "ASEAN Secretariat", "",
        _line(r"ASEAN Secretariat(?: News)?", r"ASEAN Main Portal"),
    ),
)


def publisher_of_line(line: str) -> Publisher | None:
    """The publisher a furniture line names, or None when the line is not one."""
    for publisher in PUBLISHERS:
        if publisher.line.match(line):
            return publisher
    if (m := _FROM.match(line)) is not None:
        first = m.group("first")
        return next((p for p in PUBLISHERS if p.line.match(first)), None)
    return None


def publisher_by_habit(text: str) -> Publisher | None:
    """The publisher whose telltale phrase the text contains, or None."""
    for publisher in PUBLISHERS:
        if publisher.habit is not None and publisher.habit.search(text):
            return publisher
    return None
