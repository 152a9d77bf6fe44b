"""The meeting's date among the dates a readout writes, its publication and relative days."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from summit_tui.core.importer.dates import DateMention, find_dates, relative_day
from summit_tui.core.importer.furniture import Page
from summit_tui.core.importer.lead import (
    MEETING_VERB,
    SENTENCE_END,
    after_attribution,
    sentences,
    who_met,
)
from summit_tui.core.importer.people import find_participants, same_person
from summit_tui.core.model.readout import Review

# A sentence that reports the meeting itself, not a dinner or a publication.
_MEETING_SENTENCE = re.compile(
    r"\b(?:met|meets?|meeting|talks?|summit|spoke|speaks|call(?:ed)?|conversation|conferred"
    r"|held|holds|received|receives|visit(?:ed|s)?|discussion|phone|telephone|video)\b",
    re.I,
)
_SIDE_EVENT = re.compile(
    r"\b(?:dinner|banquet|luncheon|lunch|breakfast|reception|arrived"
    r"|arrival|departed|will (?:meet|visit|travel|hold|take place|be held))\b",
    re.I,
)
_TO_TAKE_PLACE = re.compile(
    r"\b(?:will (?:take place|be held|convene|open)|to be held|scheduled (?:for|on)"
    r"|slated for)\s+(?:on\s+|from\s+)?$",
    re.I,
)
_MEAL = re.compile(r"\b(?:dinner|lunch|luncheon|breakfast)\b", re.I)
_AHEAD = re.compile(r"\b(?:forthcoming|upcoming|will|next|planned|scheduled|slated)\b", re.I)
_CORE_MEETING = re.compile(r"\b(?:met|meeting|talks|summit|spoke|call)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Wednesday", not "Wednesday, May 5" or "Wednesday 5 May" (a date), though "Wednesday at
# 6 pm" is a weekday.
ON_WEEKDAY = re.compile(
    r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")\b(?!,? (?:(?:Jan|Feb|Mar|Apr"
    r"|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d))",
    re.I,
)


_BANNER_DAYS = 60  # a first date line this far after the next is the site's banner
MAX_HEAD = 600  # the top of a page, where bylines and publication lines are
_FAR = dt.timedelta(days=7)  # a date this far before the release is another event's
MAX_DATES = 40  # dates weighed in one text: the meeting's is among the first
MAX_SENTENCE = 300


def _scored_dates(
    text: str, base: int = 0, *, lead: bool = False
) -> list[tuple[int, int, DateMention]]:
    """Each date in the text with a score: higher when its sentence reports the meeting."""
    # Sentence starts, in order: after a full stop, or a line break (a line is a paragraph).
    ends = sorted(
        {m.end() for m in SENTENCE_END.finditer(text)} | {m.end() for m in re.finditer("\n", text)}
    )
    out = []
    for mention in find_dates(text)[:MAX_DATES]:
        i = bisect.bisect_right(ends, mention.start)
        # The sentence around the date, within bounds: pasted text can lack full stops.
        start = max(ends[i - 1] if i else 0, mention.start - MAX_SENTENCE)
        stop = min(ends[i] if i < len(ends) else len(text), mention.end + MAX_SENTENCE)
        sentence = text[start:stop]
        score = 2 if _MEETING_SENTENCE.search(sentence) else 0
        if _SIDE_EVENT.search(sentence) and not _CORE_MEETING.search(sentence):
            score -= 3
        if lead and _TO_TAKE_PLACE.search(text[max(0, mention.start - 40) : mention.start]):
            score -= 3  # "Ahead of the summit that will take place on November 15-16"
        if _HAPPENED.search(text[max(0, mention.start - 60) : mention.start]) and not (
            _CORE_MEETING.search(sentence)
        ):
            score -= 3  # "the tragedy that occurred on the night of 12 October": an event's
        if _VISIT_SPAN.search(text[max(0, mention.start - 60) : mention.start]):
            score -= 1  # "During her visit to Kazakhstan on April 16 and 17, ...": the visit's
        if _SIGNED_POST.search(text[max(0, mention.start - 40) : mention.start]):
            score -= 3  # "— Narendra Modi (@narendramodi) March 24, 2026": a post's date
        out.append((score, base + mention.start, mention))
    return out


# The signature of a post quoted in the text, before its date: "(@narendramodi)".
_SIGNED_POST = re.compile(r"\(@\w{1,30}\)\s*$")


# A visit's days, not the meeting's: "her official visit to Kazakhstan on", "a state visit
# from".
_VISIT_SPAN = re.compile(r"\b(?:visit|trip|tour|stay)\b[^.,;:]{0,40}\b(?:on|from)\s+$", re.I)


# Something that happened on the day, not a meeting: "the attack that occurred on".
_HAPPENED = re.compile(
    r"\b(?:occurred|happened|struck|erupted|broke out)\b(?: [\w-]+){0,4}? (?:on|of)\s+$", re.I
)


MAX_REPORT = 1500  # characters after the lead read for the report of the meeting


def _relative_report(text: str, lead: str) -> str:
    """The first sentence that reports the lead's meeting again, by the same people, with a
    relative day and no date ("Prime Minister X spoke with Y yesterday on the phone")."""
    people = find_participants(lead)
    if not people:
        return ""
    for said in sentences(text):
        if (
            MEETING_VERB.search(said)
            and relative_day(said) is not None
            and not find_dates(said)
            and not re.search(r"\b(?:yesterday|today)['’]s\b", said, re.I)
            and any(same_person(p.name, q.name) for p in find_participants(said) for q in people)
        ):
            return said
    return ""


MONTH_FIRST = {"US", "PH", "FM", "PW", "MH"}  # countries that write the month first


def _day_first(mention: DateMention, page: Page) -> DateMention | None:
    """A date written in numbers only, read day first as its publisher's country writes
    dates ("04/06/2018" on an EU page is 4 June); None when that reading does not apply."""
    if not mention.ambiguous or page.publisher is None or page.publisher.country in MONTH_FIRST:
        return None
    swapped = replace(mention, month=mention.day, day=mention.month)
    return swapped if swapped.resolve(None) is not None else None


def meeting_date(
    lead: str,
    headline: list[DateMention],
    page: Page,
    missing: list[str],
    review: list[Review],
    body: str = "",
    sentence: str = "",
    whole: str = "",
) -> dt.date | None:
    """The meeting's date: the lead's, the headline's, the body's, then "today" or the page's.

    A date without a year takes it from the publication date, the headline or another date
    in the text, and is marked for review; so is a date read from the page's metadata.
    """
    # The first publication date printed; an "Updated:" date only when there is no other.
    printed_at = next(
        (d for d in page.dates if d.resolve(None) and not d.updated),
        next((d for d in page.dates if d.resolve(None)), None),
    )
    stamped = [d for d in page.dates if d.resolve(None) and not d.updated]
    if printed_at is not None and len(stamped) > 1:
        # "Monday, December 29, 2025" above "IANS, 09 Jan, 2019 01:49 AM": a site's banner
        # of the day the page was saved, far after the article's own date line.
        first = printed_at.resolve(None)
        earlier = [d for d in stamped[1:] if (on := d.resolve(None)) and first and on < first]
        if first and earlier and (first - (earlier[0].resolve(None) or first)).days > _BANNER_DAYS:
            printed_at = earlier[0]
    if printed_at is None:
        # A page pasted as one line: its header (title, office, date) runs into the
        # attribution before the lead sentence; a date there is the publication's.
        header = lead[: len(lead) - len(after_attribution(lead))]
        printed_at = next((d for d in find_dates(header) if d.year and d.resolve(None)), None)
    if printed_at is not None and printed_at.ambiguous:
        printed_at = _as_dateline_says(printed_at, lead)
    order = "month first"
    if printed_at is not None and (swapped := _day_first(printed_at, page)) is not None:
        # "Release Date: 12/10/2016" on Australia's archive: its own country's way, day first
        printed_at, order = swapped, "day first, as the publisher's country writes dates"
    printed = printed_at.resolve(None) if printed_at else None
    published = printed or page.published
    numbers_only = printed_at is not None and printed_at.ambiguous
    anchor = (
        "the publication line"
        if printed
        else "the page's publication date"
        if page.published
        else ""
    )
    in_text = [
        d
        for d in (*headline, *find_dates(lead), *find_dates(body[:4000]), *find_dates(whole[:4000]))
        if d.year
    ]
    year = published.year if published else _likely_year(in_text)
    if not anchor and in_text:
        anchor = "another date in the text"
    # "SINGAPORE, May 11, 2020 /PRNewswire/ -- ... spoke ... on 28 April 2020": the wire's
    # date is the release's; a date in the sentence itself comes first.
    filed = _WIRE_DATELINE.match(lead)
    lead_dates = sorted(
        (
            (score - (1 if filed and start < filed.end() else 0), start, m)
            for score, start, m in _scored_dates(lead, lead=True)
        ),
        key=lambda t: (-t[0], t[1]),
    )
    lead_dates = [t for t in lead_dates if t[0] >= 0] or lead_dates[:0]
    # "President Biden spoke today with ...": the meeting's day is relative; a date in
    # another sentence ("the May 27 arrangement") is something else.
    core = _WIRE_DATELINE.sub("", sentence, count=1)  # "SINGAPORE, May 31 — ..."
    relative = (
        bool(sentence)
        and not find_dates(who_met(core))
        and (relative_day(core) is not None or ON_WEEKDAY.search(core) is not None)
    )
    if not relative and not lead_dates and (said := _relative_report(body[:MAX_REPORT], sentence)):
        # A release's one-line summary, then "A Downing Street spokesperson said:" and the
        # report: "... spoke with ... yesterday on the phone".
        sentence, core, relative = said, said, True
    if relative and (on := _dateline_day(lead, year)) is not None:
        # "SINGAPORE, May 31 - ... called on the Prime Minister yesterday": the wire's
        # dateline is the day the report was filed.
        back = _days_back(sentence, on)
        if back is not None:
            review.append(
                Review(
                    "date",
                    f"{back[1]!r} read against the dateline's date ({on.isoformat()})",
                    back[1],
                )
            )
            return on - dt.timedelta(days=back[0])
    candidates = [] if relative else [t[2] for t in lead_dates]
    if relative and printed and (m := ON_WEEKDAY.search(core)) is not None:
        # A site's banner dated "Sat Dec 4, 2021" above the news item's own "Wed 21 - July
        # 2021": "Speaking on Wednesday" is the date line that falls on a Wednesday.
        wanted = _WEEKDAYS.index(m.group("day").lower())
        stamps = [d for d in (x.resolve(None) for x in page.dates) if d is not None]
        if stamps and stamps[0].weekday() != wanted:
            same = [d for d in stamps[1:] if d.weekday() == wanted]
            if same:
                review.append(
                    Review(
                        "date",
                        f"{m.group(0)!r} read as the page's date line that falls on it "
                        f"({same[0].isoformat()})",
                        m.group(0),
                    )
                )
                return same[0]
    if (
        relative
        and not printed
        and (m := ON_WEEKDAY.search(core)) is not None
        and (on := _weekday_anchor(whole or body or lead, m.group("day"), year)) is not None
    ):
        review.append(
            Review("date", f"{m.group(0)!r} read beside a weekday the text dates", m.group(0))
        )
        return on
    if relative and headline and (on := headline[-1].resolve(year)) is not None:
        # "PM call with ...: 15 October 2024" over "spoke ... yesterday evening": the
        # headline's date is the release's, and the meeting's day is counted back from it.
        back = _days_back(sentence, on)
        if back is not None and back[0]:
            review.append(
                Review(
                    "date",
                    f"{back[1]!r} read against the headline's date ({on.isoformat()})",
                    back[1],
                )
            )
            return on - dt.timedelta(days=back[0])
    if not (relative and printed):
        # "Official Visit ... 12 to 13 November 2018" over a release dated 12 November that
        # says "this morning": the release's date line, not the headline's span
        candidates += headline
    if not relative:
        later = [
            t[2]
            for t in sorted(_scored_dates(body[:4000]), key=lambda t: (-t[0], t[1]))
            if t[0] > 0
        ]
        if printed and not candidates and later and _recalled(later[0], printed):
            # A release dated June 13, 2002 whose later paragraph recalls "when we met on
            # September 10, 2001": the release's date, with the other marked.
            review.append(
                Review(
                    "date",
                    "the release's date is used; a later paragraph dates a meeting earlier",
                    body[later[0].start : later[0].end],
                )
            )
            return printed
        # (a date after the page's own date line is not the meeting it reports: "Friday,
        # Jan. 13, 2017" in a later photo's caption on a page dated September 15, 2016)
        candidates += [
            d
            for d in later
            if printed is None or d.year is None or (d.resolve(None) or printed) <= printed
        ]
    for mention in candidates:
        date = mention.resolve(year)
        words = (lead if mention in (t[2] for t in lead_dates) else "")[mention.start : mention.end]
        if date is None:
            if mention.year is not None or year is not None:
                missing.append("date (the text gives an impossible date)")
                return None
            continue
        if mention.ambiguous:
            other = replace(mention, month=mention.day, day=mention.month).resolve(year)
            if (
                published
                and other
                and other <= published
                and (date > published or published - other < published - date)
            ):
                # "Friday (3/2/2023)" beside a page dated 4 February 2023: day first.
                date = other
                review.append(
                    Review(
                        "date",
                        "written in numbers only; read day first, as the page's date suggests",
                        words,
                    )
                )
            else:
                review.append(Review("date", "written in numbers only; read month first", words))
        before = lead[max(0, mention.start - 7) : mention.start]
        first_day = re.search(r"(\d{1,2})\s*(?:[-–]|to)\s*$", before) if words else None
        if (
            first_day is not None
            and printed is not None
            and relative_day(sentence) == 0
            and date.replace(day=min(int(first_day.group(1)), date.day)) <= printed <= date
        ):
            # "visiting Singapore from 12 to 13 November 2018, met ... this morning" in a
            # release dated 12 November: the release's day, within the visit's span
            return printed
        if words and re.search(
            r"\d{1,2}\s*[-–]\s*$", lead[max(0, mention.start - 6) : mention.start]
        ):
            span = lead[max(0, mention.start - 6) : mention.end].lstrip(" ,(")
            review.append(Review("date", "the text gives a span of days; the last is used", span))
        if mention.year is None:
            if published and date > published + dt.timedelta(days=1):
                date = mention.resolve(date.year - 1)  # "On December 30" read in January
                if date is None:
                    continue
            # A day and month just before a printed publication date is that year's: only
            # a year taken from elsewhere (the page's metadata or address, another date), or
            # far from the publication, is worth a look.
            if not printed or (printed - date).days > 60:
                review.append(
                    Review(
                        "date", f"the year is not given; {date.year} is taken from {anchor}", words
                    )
                )
        return date
    if (
        published is not None
        and not printed
        and (date := _stated_in_a_meeting_sentence(body, sentence, review)) is not None
    ):
        return date  # a date the text states beats one from the page's metadata
    if published is not None:
        others = sorted({d for m in page.dates if (d := m.resolve(None)) and d != published})
        if printed and others:
            review.append(
                Review(
                    "date",
                    f"the page prints more than one date "
                    f"({', '.join(d.isoformat() for d in [published, *others])}); "
                    f"the first is taken as the release's",
                )
            )
        if numbers_only:
            review.append(
                Review(
                    "date",
                    "the publication date is written in numbers only "
                    f"and was read {order} ({published.isoformat()})",
                )
            )
        if printed_at is not None and printed_at.updated:
            review.append(
                Review(
                    "date",
                    "read against the page's update date "
                    f"({published.isoformat()}), which may be later than the "
                    "meeting",
                )
            )
        # "arrived in Washington yesterday ... Today, the Prime Minister met the President":
        # the relative day of an arrival is not the meeting's.
        side = (
            bool(sentence)
            and bool(_SIDE_EVENT.search(sentence))
            and not _MEETING_DONE.search(sentence)
        )
        back = (
            _meeting_days_back(lead, published)
            if side
            else _days_back(sentence, published)
            if sentence
            else None
        )
        elsewhere = back is None and bool(sentence)
        back = back or _days_back(lead, published) or _earlier_days_back(body, lead, published)
        if back is not None and elsewhere and printed:
            # "concluded his visit today. ... also met the Prime Minister": the day is said of
            # the visit, not of the meeting.
            review.append(
                Review(
                    "date", f"{back[1]!r} is said in another sentence than the meeting's", back[1]
                )
            )
        if back is not None:
            if back[1].casefold().rstrip("s").endswith(_WEEKDAYS):
                review.append(
                    Review(
                        "date",
                        f"the weekday is read as the last one on or "
                        f"before the publication date ({published.isoformat()})",
                        back[1],
                    )
                )
            elif not printed:
                review.append(
                    Review(
                        "date",
                        "a relative day read against the page's "
                        f"publication date ({published.isoformat()})",
                        back[1],
                    )
                )
            return published - dt.timedelta(days=back[0])
        review.append(
            Review(
                "date",
                "the text gives no meeting date; the publication date "
                f"({published.isoformat()}) is used",
            )
        )
        return published
    if (date := _stated_in_a_meeting_sentence(body, sentence, review)) is not None:
        return date
    # Last, a full date printed near the top, in a byline or a publisher's line ("By ...,
    # IANSThursday, April 29, 2010", "an archive article published on November 7, 2010"):
    # the release's date, and so most likely the meeting's; marked.
    head = whole[:MAX_HEAD] if whole else body[:MAX_HEAD]
    for stated in find_dates(head):
        if (swapped := _day_first(stated, page)) is not None:
            stated = swapped  # "Bruxelles, 04/06/2018": the publisher's way, day first
        if (
            stated.year
            and (date := stated.resolve(None)) is not None
            and not _AHEAD.search(head[max(0, stated.start - 60) : stated.end + 60])
        ):
            back = (_days_back(sentence, date) if sentence else None) or (0, "")
            review.append(
                Review(
                    "date",
                    "the text gives no meeting date; "
                    + (f"{back[1]!r} is read against " if back[1] else "")
                    + f"the date printed near its top ({date.isoformat()})",
                    head[stated.start : stated.end],
                )
            )
            return date - dt.timedelta(days=back[0])
    # The one full date the whole text gives (an embedded post's date line, a signature):
    # better to ask the user to check it than to refuse a text that states its date.
    today = bool(sentence) and relative_day(sentence) is not None
    everything = (whole or body)[:20000]
    stated_all = {
        d.resolve(None)
        for d in find_dates(everything)
        if d.year and not (today and _AHEAD.search(everything[max(0, d.start - 80) : d.end + 40]))
    }
    stated_all.discard(None)
    if len(stated_all) == 1:
        only = stated_all.pop()
        if only is not None:
            back = (_days_back(sentence, only) if sentence else None) or (0, "")
            review.append(
                Review(
                    "date",
                    "the text gives no meeting date; the only date it "
                    f"writes ({only.isoformat()}) is used",
                )
            )
            return only - dt.timedelta(days=back[0])
    bad = [d for d in page.dates if d.resolve(None) is None]
    missing.append("date (the text gives an impossible date)" if bad else "date")
    return None


def _days_back(lead: str, published: dt.date) -> tuple[int, str] | None:
    """Days before publication that "today", "yesterday" or "on Tuesday" mean, and the words."""
    back = relative_day(lead)
    if back is not None:
        m = re.search(
            r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b"
            if back == 0
            else r"\b(?:yesterday|last (?:night|evening))\b",
            lead,
            re.I,
        )
        return back, m.group(0) if m else ""
    m = ON_WEEKDAY.search(lead)
    if m is not None and not _FUTURE.search(lead[max(0, m.start() - 80) : m.end() + 80]):
        wanted = _WEEKDAYS.index(m.group("day").lower())
        return (published.weekday() - wanted) % 7, m.group(0)
    return None


# "the discussions starting on Monday that I'll have": a weekday to come, not the meeting's.
_FUTURE = re.compile(r"\b(?:will|shall|going to|next|coming|upcoming)\b|'ll\b", re.I)


def _as_dateline_says(printed: DateMention, lead: str) -> DateMention:
    """A date in numbers only ("01/10/2024") read the way the lead's own day and month
    ("JAKARTA, Oct 1 (Agency)") say, when they say the other way round."""
    swapped = replace(printed, month=printed.day, day=printed.month)
    if swapped.resolve(None) is None:
        return printed
    for mention in find_dates(lead[:MAX_SENTENCE]):
        if (
            mention.year is None
            and (mention.month, mention.day) == (swapped.month, swapped.day)
            and (mention.month, mention.day) != (printed.month, printed.day)
        ):
            return replace(swapped, ambiguous=False)
    return printed


def _earlier_days_back(body: str, lead: str, published: dt.date) -> tuple[int, str] | None:
    """A relative day in a paragraph before the lead that reports the meeting ("The
    strategic dialogue was held here on Thursday", then the lead that names the people)."""
    paras = body.split("\n")
    for i, para in enumerate(paras[:8]):
        if para.strip() == lead.strip():
            # After the lead, only a sentence that says when it happened: "The telephonic
            # conversation took place on Monday night".
            for later in paras[i + 1 : i + 3]:
                for sentence in sentences(later):
                    if (
                        _TOOK_PLACE.search(sentence)
                        and (back := _days_back(sentence, published)) is not None
                    ):
                        return back
            break
        if (
            _MEETING_SENTENCE.search(para)
            and not _SIDE_EVENT.search(para)
            and (back := _days_back(para, published)) is not None
        ):
            return back
    return None


_TOOK_PLACE = re.compile(
    r"\b(?:meeting|talks|call|conversation|summit|discussion)\b[^.]{0,40}"
    r"\b(?:took place|was held|happened|came)\b",
    re.I,
)


_WIRE_DATELINE = re.compile(
    # "New York [United States], Sept 26 (ANI):", "Singapore, Sep 5 (PTI) Prime Minister"
    r"^[A-Z][A-Za-z .'-]{1,40}(?: \[[A-Z][\w .]{1,30}\])?,\s+(?P<date>[^-—–:(/]{3,20}?)\s*"
    r"(?:(?:--|—|–|-|:)\s|[(/][A-Za-z .]{2,20}[)/]\s*(?:(?:--|—|–|-|:)\s|(?=[A-Z])))"
    # "MOSCOW (UrduPoint News / Sputnik - 23rd September, 2019) Turkish President ..."
    r"|^[A-Z][A-Za-z .'-]{1,40} \([A-Z][\w .&/]{1,40}? [-–—] (?P<dated>[\w ,.]{6,25})\)\s+(?=[A-Z])"
)


def _dateline_day(lead: str, year: int | None) -> dt.date | None:
    """The day a wire's dateline gives ("SINGAPORE, May 31 —"), with the year from the text."""
    m = _WIRE_DATELINE.match(lead)
    if m is None:
        return None
    found = find_dates(m.group("date") or m.group("dated"))
    return found[0].resolve(year) if found else None


def _likely_year(dates: list[DateMention]) -> int | None:
    """The year most dates in the text give, the latest on a tie ("October 1, 1949 - October
    1, 2024": an anniversary names its first year once)."""
    years = [d.year for d in dates if d.year]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


# "his working visit from Sunday (Jan 15) to Wednesday (Jan 18)": a weekday the text dates.
_DATED_WEEKDAY = re.compile(
    r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")\s*\((?P<date>[^()]{3,20})\)", re.I
)


def _weekday_anchor(text: str, day: str, year: int | None) -> dt.date | None:
    """The date of "on Monday" found from a weekday the text dates ("Sunday (Jan 15)"): the
    year is the one that puts that date on that weekday, the day the nearest such weekday."""
    for m in _DATED_WEEKDAY.finditer(text[:4000]):
        found = find_dates(m.group("date"))
        if not found:
            continue
        first = found[0]
        wanted = _WEEKDAYS.index(m.group("day").lower())
        years = (
            [first.year]
            if first.year
            else [y for y in (year, (year or 0) + 1, (year or 0) - 1) if y]
        )
        # "Friday (05/02/2021)": numbers only, read whichever way falls on that weekday.
        readings = (
            [first, replace(first, month=first.day, day=first.month)]
            if first.ambiguous
            else [first]
        )
        for y, mention in ((y, r) for y in years for r in readings):
            anchor = mention.resolve(y)
            if anchor is not None and anchor.weekday() == wanted:
                target = _WEEKDAYS.index(day.lower())
                ahead = (target - anchor.weekday()) % 7
                back = (anchor.weekday() - target) % 7
                return (
                    anchor + dt.timedelta(days=ahead)
                    if ahead <= back
                    else anchor - dt.timedelta(days=back)
                )
    return None


def _meeting_days_back(lead: str, published: dt.date) -> tuple[int, str] | None:
    """The relative day of the lead's first sentence that reports the meeting itself."""
    for sentence in sentences(lead[: MAX_SENTENCE * 4]):
        if _MEETING_DONE.search(sentence) and not _SIDE_EVENT.search(sentence):
            return _days_back(sentence, published)
    return None


_MEETING_DONE = re.compile(
    r"\b(?:met|meets|held talks|spoke|talked|called|telephoned"
    r"|received|hosted)\b"
)


def _recalled(mention: DateMention, printed: dt.date) -> bool:
    """A date the text gives that lies well before the release's (a recalled meeting)."""
    day = mention.resolve(printed.year)
    if day is not None and mention.year is None and day > printed + dt.timedelta(days=1):
        day = mention.resolve(printed.year - 1)  # "September 10" read in a June release
    return day is not None and day < printed - _FAR


def _stated_in_a_meeting_sentence(body: str, sentence: str, review: list[Review]) -> dt.date | None:
    """A full date the text states in a sentence about a meeting or a meal, though not in the
    lead ("following their working dinner in Brussels on 16 October 2017:"), marked."""
    # The text states a full date, but not in a sentence read as the meeting's ("... said in
    # a press release on Thursday": "On 23 December 2021, ... held a phone call"; a dinner
    # that is the meeting): better a date to check than a refusal.
    # Not when the lead says "today": then the other dates are other events.
    today = bool(sentence) and relative_day(sentence) is not None
    for stated in [] if today else find_dates(body[:4000])[:MAX_DATES]:
        before = body[max(0, stated.start - MAX_SENTENCE) : stated.start]
        after = body[stated.start : stated.end + MAX_SENTENCE].split("\n", 1)[0]
        after = re.split(r"(?<=[a-z]{2})\.\s", after, maxsplit=1)[0]
        around = before[before.rfind("\n") + 1 :] + after
        if (
            stated.year
            and (_MEETING_SENTENCE.search(around) or _MEAL.search(around))
            and not _AHEAD.search(around)
            and (date := stated.resolve(None)) is not None
        ):
            review.append(
                Review(
                    "date",
                    "taken from a sentence that may not report the meeting itself",
                    body[stated.start : stated.end],
                )
            )
            return date
    return None
