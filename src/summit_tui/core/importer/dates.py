"""Dates written as people write them: "May 23, 2024", "27 April 2023", "May 16th", "today"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

_MONTH_FORMS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_FORMS, start=1) for name in names}
#: The months' names in full, January first.
MONTH_NAMES = tuple(names[0].title() for names in _MONTH_FORMS)
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A weekday's name, for patterns that must tell a day from a place or a name.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)?"

# Month first ("May 23, 2024", "May 16th") and day first ("27 April 2023", "16th May").
# "Nov.17,2006": a month's abbreviation may run into the day, and the day into the year.
_MONTH_FIRST = re.compile(
    # ("November 15-16, 2022": the first day of a span, with the span's year)
    rf"(?<!\w){_WEEKDAY}{_MONTH}(?:\s+|(?<=\.)){_DAY}(?!\d)(?:\s*[-–]\s*[0-3]?\d(?!\d))?"
    rf"(?:(?:,\s*|\s+){_YEAR})?",
    re.I,
)
# "12. August", the German way, as republished readouts keep it.
_DAY_FIRST = re.compile(
    # "Wed 21 - July 2021 - 20:01", a news page's stamp
    rf"(?<![\w.]){_WEEKDAY}{_DAY}\.?\s+(?:-\s+)?(?:of\s+)?{_MONTH}(?!\w)(?:,?\s+{_YEAR})?",
    re.I,
)
_ISO = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"
)
# Numbers only: "08/10/2018", "10.08.2018". Which is the day is known only when one part is
# over 12; otherwise the mention is ambiguous and read by the page's habit.
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?![\d/.-]\d)"
)
# "10. 1. 2009": a dot and a space after the day and the month, as Czech and Slovak pages
# write dates; day first is the only order written that way.
_SPACED_DOTS = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.[^\S\n](?P<month>[01]?\d)\.[^\S\n]"
    r"(?P<year>(?:19|20)\d\d)(?![\d.]\d)"
)
_RELATIVE = re.compile(
    r"\b(?P<word>today|yesterday|this (?:morning|afternoon|evening)|tonight"
    r"|last (?:night|evening))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text; ``year`` is None when the writer left it out."""

    month: int
    day: int
    year: int | None
    start: int
    end: int
    ambiguous: bool = False  # "08/10/2018": day and month could be either way round
    updated: bool = False  # a page's "Updated:" date, which may be later than its first

    def resolve(self, year: int | None) -> dt.date | None:
        """The calendar date, taking the year from elsewhere when needed; None if impossible."""
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> list[DateMention]:
    """Every date written in the text, in order, overlapping forms removed."""
    found: list[DateMention] = []
    taken = bytearray(len(text))  # characters already inside a date: linear, not quadratic
    for pattern in (_ISO, _MONTH_FIRST, _DAY_FIRST, _SPACED_DOTS):
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            month_text = m.group("month")
            # isdecimal, not isdigit: "\d" matched digits int() reads; isdigit takes "²" too.
            month = int(month_text) if month_text.isdecimal() else MONTHS[month_text.lower()]
            year = int(m.group("year")) if m.group("year") else None
            day = int(m.group("day"))
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            found.append(DateMention(month, day, year, m.start(), m.end()))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _NUMERIC.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if a > 12 and 1 <= b <= 12:
            month, day, ambiguous = b, a, False
        elif b > 12 and 1 <= a <= 12:
            month, day, ambiguous = a, b, False
        elif 1 <= a <= 12 and 1 <= b <= 12 and m.group("sep") in ".-":
            # "06.09.2023", "06-09-2023": the day-first habit of Europe and Asia; still checked.
            month, day, ambiguous = b, a, a != b
        elif 1 <= a <= 12 and 1 <= b <= 12:
            # Month first, as US pages write it; a day-first reading is flagged for review.
            month, day, ambiguous = a, b, a != b
        else:
            continue
        if day > 31:
            continue
        found.append(DateMention(month, day, year, m.start(), m.end(), ambiguous))
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _WEEKDAY_NUMBERS.finditer(text):
        # "Monday (11/14)": a day the writer dates by its weekday and numbers, the year left
        # to the text; month first unless the numbers say otherwise.
        if any(taken[m.start() : m.end()]):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if 1 <= a <= 12 and 1 <= b <= 31:
            month, day = a, b
        elif 1 <= b <= 12 and 1 <= a <= 31:
            month, day = b, a
        else:
            continue
        ambiguous = a != b and a <= 12 and b <= 12
        found.append(DateMention(month, day, None, m.start("a") - 1, m.end(), ambiguous))
    found.sort(key=lambda d: d.start)
    return found


_WEEKDAY_NUMBERS = re.compile(rf"\b{WEEKDAY_NAME}\s*\((?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})\)")
_PUBLISHED_LABEL = re.compile(
    r"^(?:Published|Posted|Released|Date|Updated|Last updated|Modified|Issued|Release date"
    r"|(?:Press|Media|News) releases?|For (?:Immediate )?Release)"
    r"(?:\s+(?:on|by\s*:?\s*[\w .]{1,30}?))?\s*[:,]?\s*",
    re.I,
)
_CLOCK_WORDS = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b"
    r"|\b(?:IST|JST|KST|GMT|BST|CET|CEST|EST|EDT|PST|PDT|UTC|AEST|AEDT|HKT|SGT)\b"
    r"|\(GMT[+-]\d+\)|GMT[+-]\d+|\bupdated at\b|\bHit\s*:\s*\d+",
    re.I,
)


MAX_DATELINE_PLACE = 48  # "WASHINGTON, D.C.", "ISTANA, SINGAPORE, SUNDAY"


def dateline(line: str) -> DateMention | None:
    """The date when a line is nothing but a date (with a label, a time or a byline).

    "Published 14 November 2023", "Date : 2018-06-14 16:38:17", "June 2, 2020 | 21:29 IST",
    "Posted On: 14 MAY 2023 8:31PM by PIB Delhi".
    """
    line = line.lstrip("•·*-–#»›> ")
    # "Washington, DC–(ENEWSPF)–October 20, 2011.": a wire's name between dashes.
    line = re.sub(r"\s*[–—-]+\s*\(([A-Z][A-Za-z]{1,15})\)\s*[–—-]+\s*", " – ", line).rstrip(". ")
    if len(line) > 160:
        return None
    # "Posted 23 August 2025 (18:57) Updated 23 August 2025 (19:06)": the first is the date.
    posted, _, later = line.partition(" Updated ")
    if later and find_dates(posted) and find_dates(later):
        line = posted.strip()
    parts = [p.strip() for p in re.split(r"\s+[|•·–—]\s+|^[•·]\s*", line) if p.strip()]
    dated = [p for p in parts if find_dates(p)]
    same = {d.resolve(None) for p in dated for d in find_dates(p)}
    if len(dated) > 1 and len(same) == 1 and None not in same:
        dated = dated[:1]  # "06/14/2021 | Press release | Distributed ... on 06/14/2021 08:26"
        parts = [p for p in parts if p is dated[0] or not find_dates(p)]
    if (
        len(parts) > 1
        and len(dated) == 1
        and all(
            len(p) <= 40 and not re.search(r"\b(?:met|meets|held|spoke|said)\b", p)
            for p in parts
            if p is not dated[0]
        )
    ):
        line = dated[0]
    stripped = _PUBLISHED_LABEL.sub("", line)
    dates = find_dates(stripped)
    if len(dates) != 1 or dates[0].year is None:
        return None
    d = dates[0]
    if re.match(r"(?:Updated|Last updated|Modified)\b", line, re.I):
        d = replace(d, updated=True)
    rest = (stripped[: d.start] + stripped[d.end :]).strip(" ,.-|—–")
    # What may stand beside a date on its own line: a time, a weekday, a place in capitals.
    rest = _CLOCK_WORDS.sub("", rest).strip(" ,.-|—–()[]")
    # (A headline in capitals that ends with its date is a headline: "TRANSCRIPT OF ...".)
    if (
        not rest
        or (rest.isupper() and len(rest) <= MAX_DATELINE_PLACE)
        or re.fullmatch(r"by [\w .]+", rest, re.I)
    ):
        return d
    # "News Agencies 8 October 2021, 21:35 IST": a source's name beside a date and a time.
    if _CLOCK_WORDS.search(line) and re.fullmatch(r"(?:[A-Z][\w.&-]*\s?){1,4}", rest):
        return d
    if place_of_dateline(line):
        return d
    return None


_PLACE_FIRST = re.compile(
    r"^(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
    r"(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?= [–—-])"
    r"|, (?:[A-Z]{2}|[A-Z]\.[A-Z]\.)(?=,))?"
    r"|[A-Z][A-Z .'-]+)\s*[,:–—-]\s*(?=\S)"
)


# "June 18, 2015, St Petersburg" (the Kremlin's date line under a headline): the place
# after the date; "June 1, 2016 - Ottawa, Ontario" (Global Affairs Canada's).
_PLACE_AFTER = re.compile(
    r"\s*(?:,|\s[–—-])\s*(?:\d{1,2}[:.]\d\d\s*,\s*)?"
    r"(?P<place>(?:The )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
    r"(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})?)\.?$"
)


def place_of_dateline(line: str) -> str:
    """The place a dateline opens with ("Kuala Lumpur, 26 May 2025") or, after a date
    that opens the line, ends with ("June 18, 2015, St Petersburg"); or ""."""
    m = _PLACE_FIRST.match(line)
    if m is None:
        return _place_after_date(line)
    dates = find_dates(line)
    if len(dates) != 1 or dates[0].year is None or dates[0].start < m.end() - 1:
        return ""
    between = line[m.end() : dates[0].start].strip(" ,")
    region = ""
    if re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}", between) and not re.fullmatch(
        _WEEKDAY_WORD, between, re.I
    ):
        region, between = between, ""  # "Rome, Italy, March 24, 1998"; "New York, New York"
    rest = between + line[dates[0].end :]
    if rest.strip(" ,.-|—–()"):
        return ""  # more words than a place and a date: a sentence, not a dateline
    place = m.group("place").strip()
    if re.fullmatch(
        rf"{_WEEKDAY_WORD}|(?:Published|Posted|Updated|(?:Release |Issue )?Date|Released)\.?",
        place,
        re.I,
    ) or re.search(rf"\b(?:{_OFFICE_WORDS})\b", place, re.I):
        return ""
    place = place.title() if place.isupper() else place
    if region and region.casefold() != place.casefold():
        place = f"{place}, {region.title() if region.isupper() else region}"
    return place


_WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\.?|Tue|Wed|Thu|Sat"
# Words of an office or a label, never of a dateline's place ("PRESIDENT OBAMA: ...").
_OFFICE_WORDS = (
    r"President|Minister|Prime|Secretary|Office|Ministry|Embassy|Statement|Readout|News|Press"
)


def _place_after_date(line: str) -> str:
    dates = find_dates(line)
    if len(dates) != 1 or dates[0].year is None or line[: dates[0].start].strip():
        return ""
    m = _PLACE_AFTER.match(line, dates[0].end)
    if m is None or len(m.group("place")) > MAX_DATELINE_PLACE:
        return ""
    place = m.group("place").strip()
    if re.search(
        rf"\b(?:{_OFFICE_WORDS}|Release|Update[sd]?|Transcript|Speech|Media|Joint|Remarks)\b",
        place,
        re.I,
    ) or re.fullmatch(WEEKDAY_NAME, place):
        return ""
    return place


def relative_day(text: str) -> int | None:
    """Days before the publication date that a word like "today" or "yesterday" means."""
    found = list(_RELATIVE.finditer(text))
    if not found:
        return None
    # "with you last night at home ... and welcome you this morning": the evening before is
    # a dinner's; the meeting is the day's.
    words = [m.group("word").lower() for m in found]
    if words[0].startswith("last ") and any(
        not w.startswith(("last ", "yesterday")) for w in words[1:]
    ):
        return 0
    return 1 if words[0] in ("yesterday", "last night", "last evening") else 0
