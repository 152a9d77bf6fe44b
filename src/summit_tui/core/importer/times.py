"""Start time (local, 24-hour) and duration from phrases like "commencing at 2:10 p.m."."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

# A clock time: "2:10 p.m.", "2 pm", "14:10", "14.10 hrs", "1410 hrs", "14h10".
_CLOCK = (
    # "18:10 p.m.": a 24-hour time with a needless "p.m.".
    r"(?:(?P<hp>1[3-9]|2[0-3])[:.](?P<mp>[0-5]\d)\s*p\.?\s*m\b\.?"
    r"|(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
    # "At noon on March 3"
    r"|(?P<noon>(?<=\bat )(?:12 )?noon|(?<=\bat )midday)\b"
    # "from 4:30 this afternoon"
    r"|(?P<hl>1[0-2]|0?[1-9])[:.](?P<ml>[0-5]\d)\s+(?=this afternoon|this evening|tonight"
    r"|in the afternoon|in the evening)"
    r"|(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?![\d%]|\s*(?:[ap]\.?\s*m\b|per))(?:\s*(?:hrs|hours|h)\b\.?)?"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs|hours|h)\b\.?"
    r"|(?P<hx>[01]?\d|2[0-3])h(?P<mx>[0-5]\d)\b"
    # "from nine o'clock this evening"
    r"|(?P<ho>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o['’]clock(?:\s+(?P<late>this evening|tonight|in the evening|this afternoon"
    r"|in the afternoon))?)"
)
_LEAD_WORD = (
    r"(?P<word>\b(?:commencing|starting|beginning|from|at|around|about|shortly after"
    r"|since|between|Time:)\s+(?:(?:about|around|approximately|roughly)\s+)?"
    # "(4:05-4:17 p.m.)": a range in brackets beside whom it was with
    r"|\((?=\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}))"
)
# What a writer says of a clock time: local, or the home country's (Japan time, JST, IST).
_LABEL = (
    r"(?P<label>\s*[(,;]?\s*(?:local time|(?:in\s+)?(?:Japan|Tokyo|Beijing|India|Indian"
    r"|Korea|Korean|Seoul|Singapore|Washington|Eastern|London|UK|Central European)"
    r"(?:\s+Standard)?\s+time|JST|KST|IST|CST|GMT|UTC|BST|EST|EDT|CET|CEST|SGT"
    r"|WIB|WITA|WIT)\b\)?)"
)
_TIME = re.compile(rf"{_LEAD_WORD}?{_CLOCK}{_LABEL}?", re.I)
_UNTIL = re.compile(
    r"\s*(?:to|until|till|and(?: (?:it )?(?:ended|finished|concluded) at)?|-|–|—)"
    r"\s*(?:about\s+)?" + _CLOCK,
    re.I,
)

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
_WORD_NUM = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
)
_NUM = rf"(?:\d+(?:\.\d+)?|half an|a|an|{_WORD_NUM})"
_QUALIFIER = (
    r"(?:approximately|about|around|nearly|some|roughly|over|more than|just over"
    r"|just under|almost|close to|an estimated)"
)
_DURATION = re.compile(
    r"\b(?:for|lasting|lasted|spent|some|approximately|about|around|nearly|roughly|over"
    r"|almost)\s+"
    rf"(?:{_QUALIFIER}\s+)?(?:(?P<h>{_NUM})(?P<half1>\s+and\s+a\s+half)?\s+hours?"
    r"(?P<half2>\s+and\s+a\s+half)?)?"
    rf"(?:,?\s*(?:and\s+)?(?P<m>{_NUM})\s+min(?:ute)?s?)?\b"
    # "lasted about an hour longer than scheduled": a difference, not the length
    r"(?!\s+(?:longer|shorter|more|less|later|earlier|beyond)\b)",
    re.I,
)
# "a 45-minute call", "an hour-long meeting", "a two-hour meeting".
_ADJECTIVE = re.compile(
    rf"\b(?:a|an|the|during|in|their|his|her|its|our|my|this|\w+'s)\s+(?:[\w“\"]+\s+){{0,2}}?"
    rf"[“\"]?(?:(?P<m>\d+|{_WORD_NUM})"
    rf"[- ]minute|(?P<h>\d+|{_WORD_NUM}|one)[- ]hour|(?P<half>half)[- ]hour"
    r"|(?P<one>hour)[- ]long)\b",
    re.I,
)
_HOME_ZONE = re.compile(
    r"Japan|Tokyo|Beijing|India|Korea|Seoul|Singapore|Washington|Eastern"
    r"|London|UK|Central|JST|KST|IST|CST|GMT|UTC|BST|EST|EDT|CET|CEST|SGT",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ClockMention:
    """A clock time in the text, with what the writer called it ("local", "Japan time")."""

    time: dt.time
    label: str  # "local", "zone" (another place's clock) or "" (unlabelled)
    start: int
    end: int
    text: str
    zone: str = ""  # the label as written: "local time", "Japan time", "JST"


def _number(word: str) -> float:
    word = word.lower().replace("-", " ")
    if word[0].isdecimal():  # what "\d" matched and float() reads; isdigit takes "²" too
        return float(word)
    if word in ("a", "an"):
        return 1.0
    if word == "half an":
        return 0.5
    parts = word.split()
    return float(sum(_TENS.get(p, 0) + _UNITS.get(p, 0) for p in parts))


def _clock_of(m: re.Match[str]) -> dt.time:
    if m.group("h12"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        return dt.time(hour, int(m.group("m12") or 0))
    if m.group("ho"):
        word = m.group("ho").lower()
        hour = int(word) if word.isdecimal() else _UNITS[word]
        return dt.time(hour % 12 + (12 if m.group("late") else 0), 0)
    if m.group("noon"):
        return dt.time(12, 0)
    if m.group("hl"):
        return dt.time(int(m.group("hl")) % 12 + 12, int(m.group("ml")))
    for h, mm in (("hp", "mp"), ("h24", "m24"), ("hh", "mm"), ("hx", "mx")):
        if m.group(h):
            return dt.time(int(m.group(h)), int(m.group(mm)))
    raise ValueError("no clock in match")  # unreachable: the pattern needs one of the forms


def find_clocks(text: str) -> list[ClockMention]:
    """Clock times the text gives for the meeting: each after "at"/"from" or with a label."""
    found = []
    for m in _TIME.finditer(text):
        label_text = (m.group("label") or "").strip(" (),;")
        if not m.group("word") and not label_text:
            continue
        label = (
            ""
            if not label_text
            else (
                "local"
                if "local" in label_text.lower()
                else "zone"
                if _HOME_ZONE.search(label_text)
                else ""
            )
        )
        said = m.group(0)[len(m.group("word") or "") :]
        said = " ".join(said.replace("(", " ").replace(")", " ").split()).strip(" ,;")
        zone = " ".join(label_text.split())
        zone = zone if re.fullmatch(r"[A-Z]{2,5}", zone) else re.sub(r"^in\s+", "", zone.lower())
        zone = re.sub(
            r"^(japan|tokyo|beijing|india|indian|korea|korean|seoul|singapore|washington"
            r"|eastern|london|uk|central european)\b",
            lambda z: z.group(0).upper() if z.group(0) == "uk" else z.group(0).title(),
            zone,
        )
        found.append(ClockMention(_clock_of(m), label, m.start(), m.end(), said, zone))
    # "from 3:30 p.m. to 3:55 p.m. (local time)": the label is the range's, said once
    for i, (clock, after) in enumerate(itertools.pairwise(found)):
        until = _UNTIL.match(text, clock.end)
        if clock.label == "" and after.label and until and after.start < until.end() <= after.end:
            found[i] = replace(clock, label=after.label, zone=after.zone)
    return found


def choose_start(
    clocks: list[ClockMention],
    *,
    remote: bool = False,
) -> tuple[ClockMention | None, str]:
    """The local start time and a note about any other clock given beside it.

    Japanese readouts write "from 10:05 a.m. local time (11:05 p.m. Japan time)"; some put
    the home clock first. A time given only in another place's clock is not the local one,
    except for a call (``remote``), which has no single place: the publisher's clock serves.
    """
    if not clocks:
        return None, ""
    local = next((c for c in clocks if c.label == "local"), None)
    if local is None:
        local = next((c for c in clocks if c.label == ""), None)
    others = [c for c in clocks if c.label == "zone" and c is not local]
    if local is None and remote:
        return clocks[0], f"start time of the call as the text gives it ({clocks[0].text})"
    if local is None:
        # Only another place's clock ("9:50 AM JST"): kept with its zone, which the readout
        # records and the detail shows, so nobody reads it as the local time.
        return clocks[0], f"start time given only in another time zone ({clocks[0].text})"
    # Only the zone clock written right beside the local one is "the other" time.
    beside = [c for c in others if abs(c.start - local.end) < 40 or abs(local.start - c.end) < 40]
    note = f"start time is local; the text also gives {beside[0].text}" if beside else ""
    return local, note


def _start_end_note(
    text: str,
    remote: bool = False,
) -> tuple[dt.time | None, dt.time | None, str]:
    chosen, note = choose_start(find_clocks(text), remote=remote)
    if chosen is None:
        return None, None, note
    until = _UNTIL.match(text, chosen.end)
    end = _clock_of(until) if until else None
    start = chosen.time
    if (
        until is not None
        and end is not None
        and until.group("h12")
        and not _MERIDIEM.search(chosen.text)
        and start.hour < 12 <= end.hour
        and start.hour + 12 <= end.hour
    ):
        # "from 4:10 to 4:30 p.m.": the afternoon, said once for both
        start = start.replace(hour=start.hour + 12)
    return start, end, note


_MERIDIEM = re.compile(r"\b[ap]\.?\s?m\b\.?|\bnoon\b", re.I)


# "held 30 minutes of one-to-one talks"
_MINUTES_OF = re.compile(
    rf"(?<!first )(?<!last )\b(?P<m>\d+|{_WORD_NUM}) minutes of "
    r"(?:[\w-]+ ){0,3}?(?:talks|meeting|discussions?|conversation)\b",
    re.I,
)


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
        if 0 < minutes <= 24 * 60:
            return round(minutes)
    if (of := _MINUTES_OF.search(text)) is not None:
        return round(_number(of.group("m")))
    if (adjective := _ADJECTIVE.search(text)) is not None:
        if adjective.group("m"):
            return round(_number(adjective.group("m")))
        if adjective.group("half"):
            return 30
        return round(_number(adjective.group("h")) * 60) if adjective.group("h") else 60
    return None


def start_zone(text: str, *, remote: bool = False) -> str:
    """What the text calls the clock of the start time: "local time", "JST", or ""."""
    chosen, _ = choose_start(find_clocks(text), remote=remote)
    return chosen.zone if chosen is not None else ""


def timing(text: str) -> tuple[dt.time | None, int | None]:
    """Start time and duration in minutes, each None when the text does not say."""
    start, minutes, _ = timing_with_note(text)
    return start, minutes


def timing_with_note(
    text: str,
    *,
    remote: bool = False,
) -> tuple[dt.time | None, int | None, str]:
    """Start time, duration and a note on which clock the start time was read from."""
    start, end, note = _start_end_note(text, remote)
    minutes = duration_minutes(text)
    if minutes is None and start is not None and end is not None:
        delta = dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start)
        if delta.total_seconds() > 0:
            minutes = int(delta.total_seconds() // 60)
    return start, minutes, note
