"""The import pipeline: normalise, strip furniture, split, then extract each field in turn."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from summit_tui.core.importer import offices
from summit_tui.core.importer.capitals import country_of_capital
from summit_tui.core.importer.dates import MONTH_NAMES, WEEKDAY_NAME, find_dates
from summit_tui.core.importer.furniture import (
    Page,
    date_in_address,
    furniture_line,
    strip_furniture,
)
from summit_tui.core.importer.home import (
    BODY_ROLE,
    MY_MEETING,
    OWN_OFFICES_MEETING,
    UNNAMED_HOME,
    country_from_office,
    crown_prince_in_office,
    home_country,
    in_full,
    known_names,
    known_person,
    most_named,
    office_holder_country,
    office_of_country,
    the,
    unnamed_external_affairs_minister,
    unnamed_home_official,
    unnamed_secretary_general,
)
from summit_tui.core.importer.kind import (
    BYLINE,
    call_by_conversation,
    clean_title,
    composed_title,
    face_to_face,
    in_person_kind,
    is_leader,
    kind_of,
    one_side_kind,
    pick_title,
    title_from_lead,
    title_line,
    unnamed_office_kind,
)
from summit_tui.core.importer.languages import LANGUAGES, language_of, read_as_english
from summit_tui.core.importer.lead import (
    ATTRIBUTION,
    BARE_PAIR,
    CAPTION,
    HOST_TURN,
    MAX_LEAD_TEXT,
    MEETING_VERB,
    OFFICE_WITH_COUNTRY,
    REPRESENTED,
    TRANSCRIPT_LABEL,
    lead_index,
    lead_sentences,
    meeting_sentence,
    pick_lead,
    remote_hint,
    sentences,
    timing_text,
    who_met,
    without_letters,
)
from summit_tui.core.importer.meeting_date import meeting_date
from summit_tui.core.importer.normalise import normalise
from summit_tui.core.importer.own_words import in_own_words
from summit_tui.core.importer.parties import (
    all_of_asean,
    group_members,
    listed_parties,
    pair_in_relations,
)
from summit_tui.core.importer.people import (
    ENDS_IN_OFFICE,
    counterpart_countries,
    find_attendees,
    find_participants,
    find_speakers,
    guest_after_verb,
    header_people,
    header_secretary,
    inverted_holder,
    joint_with,
    merge_people,
    named_counterparts,
    nicknames_of,
    opening_speaker,
    parties,
    same_person,
    without_aliases,
)
from summit_tui.core.importer.place import (
    city_or_venue,
    earlier_trip,
    find_location,
    has_venue,
    here_in,
    in_place,
    later_location,
    lead_dateline,
    met_at,
    opening_dateline,
    speaker_labels,
    title_place,
    venue_and_city,
)
from summit_tui.core.importer.publishers import publisher_of_site
from summit_tui.core.importer.request import NO_OVERRIDES, NO_PAGE, Overrides, PageFacts
from summit_tui.core.importer.result import ImportedReadout, ImportResult
from summit_tui.core.importer.sections import build_sections, paragraphs
from summit_tui.core.importer.split import (
    Part,
    briefing_topics,
    diary_entries,
    split_meetings,
)
from summit_tui.core.importer.times import start_zone, timing_with_note
from summit_tui.core.model.readout import Participant, Readout, Review, Section, Source
from summit_tui.core.reference import countries, topics

MAX_ID = 100
MAX_WIDE = 2000  # how far to look for people when no sentence reports who met
MAX_WIDE_PEOPLE = 4
MAX_INTRO_PARAS = 6  # paragraphs read for leaders named in full when no sentence says who met
_PLACE_LINE = re.compile(
    r"^(?=.{3,60}$)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
    r"(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}){0,2}$"
)


def _place_line(line: str) -> bool:
    """A line that is a place alone ("Ottawa, Ontario", "Beehive, Wellington, New Zealand"),
    not a reporter's byline ("Endy Bayuni, The Jakarta Post, Santiago")."""
    # (nor an archive's "Hawke, Robert": whose papers these are)
    return (
        _PLACE_LINE.match(line) is not None
        and BYLINE.match(line) is None
        and inverted_holder(line) is None
    )


_HEADING = re.compile(
    r"\b(?:press|briefing|statement|remarks|release|readout|transcript|menu|home|news"
    r"|politics|world|opinion|video|photos?|gallery)\b",
    re.I,
)
_PAIR = re.compile(
    r"\b(?P<a>[A-Z][\w.' ]*?)-(?P<b>[A-Z][\w.' ]*?)\s+(?:Summit|Foreign|Telephone"
    r"|Video|Leaders|Meeting|Talks|Summit Meeting|[Ss]trategic|Dialogue"
    r"|[Dd]ialogues?)\b"
)


def import_text(
    text: str,
    source_name: str = "<stdin>",
    *,
    facts: PageFacts = NO_PAGE,
    given: Overrides = NO_OVERRIDES,
) -> ImportResult:
    """Turn the plain text of an official readout into readouts, reporting what is unknown.

    ``facts`` are what the page said about itself (a saved page or a URL); ``given`` are the
    fields the user supplied, which win over the text.
    """
    clean = normalise(text)
    if not clean:
        return ImportResult(source_name, not_a_readout="the text is empty")
    language = language_of(clean)
    if language == "en":
        return _import_clean(clean, source_name, facts, given)
    reading = read_as_english(clean, language, kept=furniture_line)
    found = in_own_words(
        _import_clean(reading.text, source_name, facts, given, written_in=language),
        reading,
        LANGUAGES[language],
    )
    renamed = [  # the id from the page's own headline; in a script of its own
        # ("日・チリ外相電話会談"), from its English reading ("...-japan-chile-...")
        replace(item, readout=replace(r, id=make_id(r.date, r.title)))
        if (r := item.readout) is not None and slug(clean_title(r.title))
        else item
        for item in found.readouts
    ]
    return replace(found, readouts=tuple(_unique_ids(renamed)))


def _import_clean(
    clean: str, source_name: str, facts: PageFacts, given: Overrides, written_in: str = "en"
) -> ImportResult:
    """The readouts of a normalised English text (or of the English reading of a page
    ``written_in`` another language)."""
    page = replace(_with_facts(strip_furniture(clean), facts), written_in=written_in)
    if not page.lines:
        return ImportResult(source_name, not_a_readout="the text holds page furniture only")
    opening, parts = split_meetings(page.lines)
    if parts:
        page_title = title_line(opening[0]) if opening else ""
        known: list[Participant] = []
        found = []
        for part in parts:
            item = _extract(
                list(part.paragraphs),
                page,
                _part_title(part, page_title),
                multi=True,
                known=known,
                given=given,
            )
            found.append(item)
            if item is not None and item.readout is not None:
                known.extend(item.readout.participants)
    else:
        page, headline, topic, chosen = _briefing_meeting(page, given)
        chosen = chosen or _diary_meeting(page, given) or opening
        first = _extract(chosen, page, headline, multi=False, given=given, topic=topic)
        found = [*_separate_meetings(first, given)]
    meetings = [f for f in found if f is not None]
    if not meetings:
        return ImportResult(
            source_name,
            not_a_readout=(
                "no meeting found: the text names no participants, parties or kind of meeting"
            ),
        )
    return ImportResult(source_name, tuple(_unique_ids(meetings)))


# "Prime Minister X spoke with German Chancellor A, Italian Prime Minister B and Greek Prime
# Minister C": one call each, not one call of four.
_SERIES = re.compile(
    r"\b(?:spoke|talked|has spoken|had spoken)(?: \w+ly)? (?:by (?:tele)?phone )?(?:\w+ly )?"
    # ("The President spoke separately today with A and B")
    r"(?:(?:today|yesterday|this (?:morning|afternoon|evening)) )?(?:with|to)\b"
    r"|\b(?:held|had) (?:separate )?(?:telephone |phone )?(?:conversations?|calls|talks) with\b"
    r"|\b(?:telephone|phone) (?:conversations|calls) with\b"
    r"|\b(?:telephoned|called) (?=[A-Z])",
)
# Meetings in turn: "held bilateral meetings with", "met his counterparts from A and B",
# "a series of meetings", "met separately with".
_BY_PHONE_SERIES = re.compile(r"phone|call|spok|talked|conversation|telephoned")
_SERIES_MET = re.compile(
    r"\b(?:bilateral (?:meetings|talks)|separate (?:bilateral )?meetings"
    r"|a series of (?:bilateral )?meetings|(?:held|had) summit meetings) with\b"
    r"|\b(?:met|conferred) (?:separately|individually) with\b"
    r"|\bmet (?:with )?(?:his|her|their) counterparts\b"
    # "interacted with world leaders, including US President A and French President B"
    r"|\b(?:met|interacted|held talks) with (?:[\w-]+ ){0,3}(?:leaders|counterparts),? including\b"
    # "received in audience a number of foreign leaders including Ghanaian President, X, ..."
    r"|\breceived (?:in audience )?(?:[\w-]+ ){0,4}(?:leaders|dignitaries),? including\b"
)
_SERIES_BY_OFFICE = re.compile(
    r"\b[Tt]he (?:President|Prime Minister|Chancellor|(?:[A-Z][\w-]* ){0,3}(?:Secretary|Minister))"
    r"\b(?!,? [A-Z])"
)
_NOT_SEPARATE = re.compile(
    r"\b(?:joint|jointly|together|group|conference|trilateral|quadrilateral|format"
    r"|video|videoconference|virtual|online)\b",
    re.I,
)
_MANY_NAMED = "the text names "  # the mark of a list of people with offices
_COMPOSED = "composed from the parties"  # the mark of a title the text did not give
# "During his meeting with President Viktor Yushchenko, ...": a later paragraph that speaks
# of a meeting with one of those the lead says were met.
_ONE_MEETING = re.compile(
    r"\b(?:During|In|At) (?:his|her|their|the|[A-Z][\w-]+'s) (?:bilateral )?(?:meeting|talks)"
    r" with\b"
    r"(?P<with>[^,.;]{3,80})"
)
_MET_LIST = re.compile(r"\b(?:met|held (?:a )?meetings? with)\b")


def _met_in_turn(lead: str, said: list[str], named: list[str]) -> re.Match[str] | None:
    """The verb of a lead that lists whom one side met ("During the visit, the President met
    President A and President B"), when a later paragraph reports the meeting with the first
    alone: the meetings were held in turn."""
    verb = _MET_LIST.search(lead)
    if verb is None or len(named) < MIN_SERIES:
        return None
    for para in said:
        if para == lead or (m := _ONE_MEETING.search(para)) is None:
            continue
        met = [f for f in named[1:] if re.search(rf"\b{re.escape(f)}\b", m["with"])]
        if met == [named[1]]:
            return verb
    return None


MIN_SERIES = 3  # people in a list before each counterpart is taken for a call of its own
MAX_SERIES_LOOK = 6  # paragraphs read for the list


_PROBE_DAY = dt.date(2000, 1, 1)
# A venue named as its city's: "Lima's Torre Tagle Palace".
_CITYS_VENUE = re.compile(r"^(?P<city>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s (?P<venue>[A-Z].+)$")


def _date_in_office(
    date: dt.date, people: list[Participant], page: Page, review: list[Review]
) -> dt.date:
    """Another date the page prints, when on the one taken someone named was not yet (or no
    longer) in the office the text gives them and on the other everyone was: a site's
    banner of "Tuesday, 02 January 2024" above a readout of Secretary Rubio's call."""
    stamps = sorted({d for m in page.dates if (d := m.resolve(None)) is not None} - {date})

    def misfits(day: dt.date) -> int:
        return sum(offices.out_of_office(p.name, p.role, day) for p in people)

    if not stamps or not misfits(date):
        return date
    fitting = [d for d in stamps if not misfits(d)]
    if not fitting:
        return date
    chosen = fitting[0]
    # "met on February 13" read in the banner's year: the same day in the fitting date's
    # year, when it falls on or before it.
    with contextlib.suppress(ValueError):
        same_day = date.replace(year=chosen.year)
        if same_day <= chosen and not misfits(same_day):
            chosen = same_day
    review.append(
        Review(
            "date",
            f"{date.isoformat()} falls outside the terms of office the text gives; "
            f"{chosen.isoformat()}, by another date the page prints, fits them",
        )
    )
    return chosen


def _first_met_after(
    person: Participant, paras: list[str], lead: str, review: list[Review]
) -> list[Participant]:
    """The first person of another country that the opening sentence of one of the two
    paragraphs after the lead names beside the one side, when the lead names no one else
    ("... met diplomats from several countries", then "The Minister met his Brazilian
    counterpart Ernesto Araujo"); marked, for the lead did not say."""
    if UNNAMED_HOME.match(lead):
        return []  # "The Foreign Secretary met X": the other side is the unnamed one
    # (a photo's caption between is not one of them)
    for para in [p for p in _after(paras, lead, 3) if not CAPTION.search(p)][:2]:
        first = sentences(para)[0] if para.strip() else ""
        # (a family name first or last: "Yoon Suk Yeol" is "Yoon")
        words = person.name.split()
        said = words and any(
            re.search(rf"\b{re.escape(w)}\b", first) for w in {words[0], words[-1]}
        )
        if not said and not _ONE_SIDE_AGAIN.search(first):
            continue
        found = [_of_lead_country(p, lead) for p in find_participants(first)]
        others = [
            p
            for p in found
            if p.country and p.country != person.country and not same_person(p.name, person.name)
        ]
        if others:
            why = (
                f"the lead names no one else; {others[0].name} is the first the text "
                f"names beside {person.name}"
            )
            review.append(Review("participants", why, first[:120]))
            review.append(Review("countries", why, first[:120]))
            return others[:1]
    return []


# "met Paraguay's Foreign Minister": the office the lead gives a country, unnamed there.
_COUNTRYS_OFFICE = re.compile(
    r"\b(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?P<office>Foreign Minister|President"
    r"|Prime Minister|Minister of Foreign Affairs|Minister for Foreign Affairs)\b"
)


def _of_lead_country(person: Participant, lead: str) -> Participant:
    """The person with the country the lead gives their office ("today met Paraguay's
    Foreign Minister", then "I am pleased to welcome Foreign Minister X")."""
    if person.country or not person.role:
        return person
    for m in _COUNTRYS_OFFICE.finditer(lead):
        found = countries.lookup(m["country"], strict_codes=True)
        if found is not None and m["office"] == person.role:
            return replace(person, country=found.code)
    return person


MAX_LATER_SENTENCES = 2  # sentences after the lead's meeting sentence read for whom it met


def _met_later_in_lead(person: Participant, lead: str, sentence: str) -> list[Participant]:
    """The people of other countries whom one of the lead's next sentences says the one side
    met, when its meeting sentence names no one else ("Prime Minister X met with a series of
    foreign leaders ... He conferred individually with President A of the United States,
    ...")."""
    said = lead_sentences(lead)
    at = next((i for i, s in enumerate(said) if s.strip() and s.strip() in sentence), None)
    if at is None:
        return []
    words = [w for w in person.name.split() if len(w) > 2]
    for later in said[at + 1 : at + 1 + MAX_LATER_SENTENCES]:
        again = _ONE_SIDE_AGAIN.search(later.strip()) or any(
            later.strip().startswith(w) for w in words
        )
        # ("He discussed the situation in Afghanistan with Minister ... X")
        verb = _MET_WITH.search(later) or re.search(r"\bdiscussed\b(?=[^.]{0,100}\bwith\b)", later)
        if not again or verb is None or later[: verb.start()].endswith("also "):
            continue  # ("X also met Y": a later meeting, not the lead's)
        others = [
            p
            for p in find_participants(who_met(later))
            if p.country and p.country != person.country and not same_person(p.name, person.name)
        ]
        if others:
            return others
    return []


# The one side named again by office or pronoun ("The External Affairs Minister met ..."),
# or left implicit ("At a bilateral meeting with German Foreign Minister X, they ...").
_ONE_SIDE_AGAIN = re.compile(
    r"^(?:The|the) (?:[A-Z][\w-]* ){0,3}(?:Minister|Secretary|President|Chancellor)\b|^(?:He|She)\b"
    # ("At noon, he held a working meeting ... with ...")
    # ("By the time of the morning briefing, the president had already spoken with ...")
    r"|^(?:At|In|On|Later|Afterwards|Then|By)\b[\w ]{0,40}, (?:he|she"
    r"|the (?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor))\b"
    # ("In the UN chief's meeting with the President of the Palestinian National Authority")
    r"|^(?:At|During|In) (?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,2}(?:meeting|talks|call"
    r"|conversation) with\b"
    # ("I am pleased to welcome Foreign Minister X to the UK": the one side, speaking)
    r"|^I(?: am|'m| was) (?:very )?(?:pleased|delighted|glad|happy) to (?:welcome|meet)\b"
)


def _diary_meeting(page: Page, given: Overrides) -> list[str]:
    """In a diary of several days' events (an award, a summit, a factory visit), the
    paragraphs of the first entry that reports a meeting of two countries; [] otherwise."""
    for entry in diary_entries(page.lines):
        paras = paragraphs(tuple(entry))
        if _two_sided(paras, page, given):
            return paras
    return []


def _briefing_meeting(page: Page, given: Overrides) -> tuple[Page, str, str, list[str]]:
    """In a spokesperson's press conference that takes several topics in turn: the page
    dated by the conference's title, that title without its date, and the topic line and
    paragraphs of the first topic that reports a meeting of two countries; the page and
    ("", "", []) otherwise."""
    title, topics = briefing_topics(page.lines)
    dated = _dated_by(page, title)
    for topic in topics:
        # (its topic lines name it, the last most nearly: "Announcements from the G-7
        # Summit" over "Prime Minister X's meeting with President Y"; what was said about
        # it is the readout)
        named = topic.named[-1] if topic.named else ""
        paras = paragraphs(topic.said)
        if _two_sided(paras, dated, given, title, named):
            return dated, clean_title(title), named, paras  # (its date is the conference's)
    return page, "", "", []


def _two_sided(
    paras: list[str], page: Page, given: Overrides, title: str = "", topic: str = ""
) -> bool:
    """Whether the paragraphs, one part of a page, report a meeting of two countries."""
    # (A part's day may lack its year: the parts are weighed on a day supplied for it.)
    probe = replace(given, date=given.date or page.published or _PROBE_DAY)
    item = _extract(paras, page, title, multi=False, given=probe, topic=topic)
    return item is not None and item.readout is not None and len(item.readout.countries) >= 2


def _own_timing(readout: Readout, other: Participant) -> tuple[dt.time | None, int | None]:
    """The start and length of the meeting with ``other``, one of several in turn, from the
    heading of its own section ("1. President Mori of Micronesia (5:50-5:59 p.m.)")."""
    family = other.name.split()[-1] if other.name else ""
    for _, section in readout.all_sections():
        if family and re.search(rf"\b{re.escape(family)}\b", section.heading):
            start, minutes, _ = timing_with_note(section.heading)
            if start is not None:
                return start, minutes
    return None, None


def _office_in_full(person: Participant, date: dt.date | None) -> Participant:
    """A transcript's bare "SECRETARY KERRY:" with the office the table says they held
    that day ("Secretary of State")."""
    if person.role != "Secretary" or date is None:
        return person
    held = offices.known_person(person.name, "", date)
    if held is None or not held.held_on(date) or not held.office.startswith("Secretary"):
        return person
    return replace(person, role=held.office)


def _dated_by(page: Page, title: str) -> Page:
    """The page, published on its title's date when its metadata gives none."""
    day = next((d for m in find_dates(title) if (d := m.resolve(None))), None)
    return page if page.published is not None or day is None else replace(page, published=day)


def _separate_meetings(
    item: ImportedReadout | None, given: Overrides
) -> list[ImportedReadout | None]:
    """One readout for each leader someone spoke with or met in turn, when the lead lists
    them ("... spoke with A, B, C and D. Later he spoke with E"; "held bilateral meetings with
    A and B"); the readout as it is otherwise."""
    readout = item.readout if item is not None else None
    if (
        item is None
        or readout is None
        or readout.kind != "multilateral"
        or given.countries
        or given.kind
        or len(readout.participants) < MIN_SERIES
    ):
        return [item]
    first = readout.participants[0]
    said = [
        *readout.summary.split("\n"),
        *(p for _, sec in readout.all_sections() for p in sec.paragraphs),
    ]
    named = [p.name.split()[-1] for p in readout.participants]
    # (the one side may be named by office alone: the others are all in the lead)
    lead = next(
        (p for p in said[:MAX_SERIES_LOOK] if sum(f in p for f in named[1:]) >= MIN_SERIES - 1),
        "",
    )
    verb = _SERIES.search(lead) or _SERIES_MET.search(lead) or _met_in_turn(lead, said, named)
    # ("held separate talks with" is in person; "spoke with", "held calls with" by phone)
    by_phone = verb is not None and bool(_BY_PHONE_SERIES.search(verb.group(0)))
    family = first.name.split()[-1] if first.name else ""
    # ("Today the President spoke by phone separately with ...": the one side by office)
    by_office = _SERIES_BY_OFFICE.search(lead[: verb.start()]) if verb is not None else None
    if (
        verb is None
        # (in the sentence that lists them: "in the format of ASEAN-India" is the forum's)
        or _NOT_SEPARATE.search(next((t for t in sentences(lead) if verb.group(0) in t), lead))
        or not family
        or (
            by_office is None
            # ("Anwar ... following telephone conversations with": a given name will do)
            and not any(
                0 <= lead.find(w) < verb.start()
                for w in {family, *first.name.split()[:-1]}
                if len(w) > 3 or w == family
            )
        )
        or not first.country
    ):
        return [item]
    others = [p for p in readout.participants[1:] if p.country and p.country != first.country]
    # (A king and a prime minister of one country are two calls too, among others'.)
    if len(others) + 1 < MIN_SERIES or len({p.country for p in others}) < MIN_SERIES - 1:
        return [item]
    out: list[ImportedReadout | None] = []
    composed = any(r.field == "title" and r.reason.startswith(_COMPOSED) for r in readout.review)
    for n, other in enumerate(others):
        # Each keeps the page's headline; the parties tell them apart, and ids stay unique.
        kind = "telephone-talk" if by_phone else in_person_kind([first, other])
        pair = [countries.name_of(first.country), countries.name_of(other.country)]
        start, minutes = _own_timing(readout, other)
        if start is None and n == 0:  # (the lead's clock is the first meeting's)
            start, minutes = readout.start_time, readout.duration_minutes
        split = replace(
            readout,
            start_time=start,
            duration_minutes=minutes,
            time_zone=readout.time_zone if start is not None else "",
            # (a title composed for the whole page is composed again for this meeting's two)
            title=composed_title(kind, pair) if composed else readout.title,
            kind=kind,
            countries=(first.country, other.country),
            participants=(first, other),
            review=(
                # (each call has its two sides: the whole list's mark is not this call's)
                *(r for r in readout.review if not r.reason.startswith(_MANY_NAMED)),
                Review(
                    "kind",
                    f"the page reports {'calls' if by_phone else 'meetings'} with "
                    f"{len(others)} leaders in turn; this is the one with {other.name}",
                    verb.group(0),
                ),
            ),
        )
        out.append(replace(item, readout=split))
    return out


def _with_facts(page: Page, facts: PageFacts) -> Page:
    """The page's metadata joined to what its text said: publisher, address, date."""
    if facts.empty:
        return page
    publisher = page.publisher or publisher_of_site(facts.url, facts.site)
    # A republisher's page cites the original: that address is the source.
    return replace(
        page,
        publisher=publisher,
        url=page.url or facts.url,
        published=facts.published or date_in_address(facts.url),
    )


def _part_title(part: Part, page_title: str) -> str:
    if len(part.heading.split()) > 1 or not page_title:
        return part.heading
    return f"{page_title}: {part.heading}"


def _extract(
    paras: list[str],
    page: Page,
    title: str,
    *,
    multi: bool,
    known: list[Participant] | None = None,
    given: Overrides = NO_OVERRIDES,
    topic: str = "",
) -> ImportedReadout | None:
    """Every field of one meeting from its paragraphs; None when they report no meeting.

    With a ``topic`` (the lines that name it in a press conference that takes several in
    turn), the title is the conference's, dated the day it was given, and the people that
    the topic names are the meeting's."""
    missing: list[str] = []
    notes: list[str] = []
    review: list[Review] = []
    paras = _without_repeats(paras)
    headline_dates = [] if topic else find_dates(title)
    raw_title = title
    above: list[str] = []  # the lines above the headline: menus, or who spoke
    if (
        not title
        and (picked := _given_headline(paras, page) or pick_title(paras, lead_index(paras)))[0]
    ):
        # The headline's own date ("PM call with ...: 6 July 2024") is cut from the title.
        # (a headline over several lines: all of them, joined)
        raw_title = picked[0] if len(picked[0]) > len(paras[picked[1]]) else paras[picked[1]]
        headline_dates = find_dates(raw_title)
        title, above, paras = picked[0], paras[: picked[1]], paras[picked[1] + 1 :]
    place_line = ""
    uncut = paras  # before a byline or place line is set aside
    if len(paras) > 1 and _place_line(paras[0]):
        place_line, paras = paras[0], paras[1:]  # a dateline place: "Ottawa, Ontario"
        if _HEADING.search(place_line) or not city_or_venue(place_line):
            place_line = ""  # "PRESS BRIEFING", a section's "Canada": not where they met
        elif (
            "," not in place_line
            and not country_of_capital(place_line)
            and place_line not in "\n".join(paras)
            and not _HAS_VENUE_WORD.search(place_line)
        ):
            place_line = ""  # a byline ("Vu Dung"): a place is a capital, "City, Region",
            # a venue, or a name the text uses again
        if (
            _HAS_VENUE_WORD.search(place_line)
            and len(paras) > 1
            and _place_line(paras[0])
            and ("," in paras[0] or country_of_capital(paras[0]))
            and not _HEADING.search(paras[0])
        ):
            place_line, paras = f"{place_line}, {paras[0]}", paras[1:]  # "Osu Castle" above
            # "Accra, Ghana"
    lead, sections = build_sections(paras)
    lead_text = pick_lead(lead, sections)
    summary, sections = _summary_and_sections(lead, sections)

    sentence = meeting_sentence(lead_text)
    date = given.date or meeting_date(
        lead_text,
        headline_dates,
        page,
        missing,
        review,
        "\n".join(paras),
        sentence,
        "\n".join(page.lines),
    )
    people = _not_recalled(
        find_participants(who_met(sentence)) or find_participants(lead_text), lead_text
    )
    speakers = find_speakers(paras)  # a transcript's labelled turns
    # A transcript: "NAME, PRIME MINISTER: I ...", in the lead or under the header.
    labelled = next(
        (p for p in [lead_text, *paras[:MAX_HEADER_PARAS]] if opening_speaker(p) is not None), ""
    )
    if (speaker := opening_speaker(labelled) if labelled else None) is not None:
        people = _transcript_people(speaker, speakers, people, paras, labelled, date)
    if speaker is None and find_speakers([lead_text]):
        # A transcript that opens with "FOREIGN MINISTER DINI: ...", under a header that names
        # both principals ("Secretary of State Madeleine K. Albright and" over "Italian Foreign
        # Minister Lamberto Dini"): they, not the people the first speaker speaks of.
        in_header: list[Participant] = []
        for line in _before(list(page.lines), lead_text, MAX_HEADER_PARAS):
            # (a moderator's welcome names whom it greets; a doorstop's label, who speaks)
            if not HOST_TURN.match(line) and not TRANSCRIPT_LABEL.match(line):
                in_header = merge_people(in_header, find_participants(line))
        if len([p for p in in_header if p.role]) >= 2 and len(in_header) <= 3:
            # (one the lead names of the same country is the same side, as the text spells
            # it: "Foreign Minister Kasuri" under a header cut at "Khurshid Mahmood")
            by_country = {
                country: p
                for p in people
                if (
                    country := p.country
                    or ((h := offices.known_person(p.name, p.role, date)) and h.country)
                    or ""
                )
            }
            people = [by_country.get(p.country, p) if p.country else p for p in in_header]
    if joint := joint_with(paras):  # a transcript's "Joint press conference with:" header
        people = merge_people([speaker] if speaker else [], joint)
    for other in REPRESENTED.findall(lead_text[:MAX_LEAD_TEXT]):
        represented = _representing(other, notes)
        speaking = {p.name: p.country for p in represented}
        people = merge_people(people, represented)
        people = [replace(p, country=speaking.get(p.name, p.country)) for p in people]
    people = merge_people(people, known_names(who_met(sentence), people, date))
    if len(people) < 2:  # past the words that end who met, while a side is still missing
        # (another side: "X visited the US to accompany President Y" names X's own leader)
        sides = {
            p.country or ((h := offices.known_person(p.name, p.role, date)) and h.country) or ""
            for p in people
        } - {""}
        people = merge_people(
            people,
            [
                p
                for p in known_names(without_letters(sentence), people, date)
                if not (p.country and p.country in sides)
            ],
        )
    people = _without_hosts(people, lead_text)
    if (guest := guest_after_verb(sentence, people)) is not None:
        people = [*people, guest]
    people = _named_before(people, who_met(sentence), paras, lead_text, date)
    # "Mr Downer: ... Senator Ellison and I have had meetings with President Megawati": the
    # one whose turn it is met them too (and is the "I", no unnamed principal).
    opener = (
        find_speakers([lead_text])[:1]
        if speaker is None and MY_MEETING.search(sentences(lead_text)[0])
        else []
    )
    people = merge_people(opener, people) if opener else people
    if len(people) < 2:
        people = merge_people(people, find_participants(title))
    if len(people) < 2:  # "PM phone call with Barack Obama": a known name in the headline
        people = merge_people(people, known_names(title, people, date))
    if len(people) == 1:  # "She met the Chinese counterpart Wang Yi" later in the lead
        people = merge_people(people, named_counterparts(lead_text)[:1])
    if len(people) == 1 and (wanted := counterpart_countries(sentence)):
        # "met with his counterpart from neighbouring Suriname", then "he met with Suriname
        # Foreign Minister Albert Ramdin" later in the lead: the counterpart, named
        people = merge_people(
            people, [p for p in find_participants(lead_text) if p.country == wanted[0]][:1]
        )
    if len(people) == 1:  # "X met with a series of foreign leaders. He conferred
        # individually with President A of ..., President B of ...": those the lead names next
        people = merge_people(people, _met_later_in_lead(people[0], lead_text, sentence))
    if len(people) == 1:  # "... met diplomats from several countries", then "The Minister
        # met his Brazilian counterpart Ernesto Araujo": the first one met, marked
        people = merge_people(people, _first_met_after(people[0], paras, lead_text, review))
    people = without_aliases(people, "\n".join(paras))  # "Jokowi" of "Joko “Jokowi” Widodo"
    if len(people) == 1 and not UNNAMED_HOME.match(lead_text):
        # "X is in Turkmenistan to attend ..." then "X on Nov. 26 met with Y" ("The Foreign
        # Secretary met X": the other side is the unnamed one, not whom X met next)
        people = _met_next(people, paras, lead_text, review)
    if len(people) == 1 and (wanted := counterpart_countries(who_met(sentence))):
        # "X has met with her South African counterpart ...", then "In the meeting with
        # Naledi Pandor, minister of ...": the counterpart, by name
        people = _counterpart_met(people, wanted[0], paras, lead_text, review)
    if len(people) == 1:  # a standfirst above the lead names the other side
        people = _named_above(people, paras, lead_text, review, date)
    if len(people) == 1:  # "Singapore-Australia Leaders' Meeting", then "Thank you Prime
        # Minister Scott Morrison" a paragraph on
        people = _pair_partner_named(people, raw_title, paras, lead_text, date, review)
    if people and _I_MET.search(lead_text[:MAX_LEAD_TEXT]):
        # "I have held substantive discussions with Mr X and Mr Y", under a headline that names
        # the speaker too ("Joint Press Conference by Dr Yukio Hatoyama, Prime Minister of
        # Japan, Mr X ..."): the one the headline names of another country speaks.
        people = _speaker_in_headline(people, raw_title, review)
    if len(people) < 2:  # a transcript: "PRIME MINISTER HOWARD:", "SECRETARY KERRY:"
        people = merge_people(people, speakers)
    if len(people) < 2:  # a header: a name, and the office on the next line
        # ("The Hon Nanaia Mahuta" over "Minister of Foreign Affairs, ..." above the headline)
        # ("Hillary Rodham Clinton" over "Secretary of State": not a byline, whose office
        # follows)
        people = merge_people(people, header_people([*above, raw_title, *uncut]))
    if len(people) < 2:  # "Secretary Condoleezza Rice" over "Berlin, Germany"
        people = merge_people(people, header_secretary(page.lines))
    if len(people) < 2:  # "TRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP" over
        # "AND THE PRIME MINISTER OF NEW ZEALAND, THE HON J B BOLGER": a header in capitals
        people = merge_people(people, find_participants(_in_lower_case(page.lines)))
    from_wide = False
    if len(people) < 2 and (pair := BARE_PAIR.match(who_met(sentence).strip())) is not None:
        # "Anthony Albanese met with Feleti Teo in Brisbane on Friday": two people named in
        # full without an office, the sentence's subject and object (one may be known)
        bare = [pair["a"], pair["b"]]
        if all(_a_bare_name(n) for n in bare):
            # (merge_people keeps the one the table already knew once)
            people = merge_people(people, [Participant(name=n, role="", country="") for n in bare])
            review.append(Review("participants", "named without an office", ", ".join(bare)))
    if not people and (wide := find_participants("\n".join(paras)[:MAX_WIDE])):
        # A transcript's speakers ("Rt Hon Jacinda Ardern, Prime Minister of New Zealand:"),
        # people named after the lead: better a readout to check than a refusal.
        people = wide[:MAX_WIDE_PEOPLE]
        from_wide = True
        review.append(
            Review(
                "participants",
                "no sentence reports who met; these are the people the text names with an office",
                ", ".join(p.name for p in people),
            )
        )
    if not people and (held := known_names("\n".join(paras[:MAX_INTRO_PARAS]), [], date)):
        # "Downing Street spokesman on David Cameron's phone call to Vladimir Putin this
        # evening:": an introduction that names the leaders in full, without their offices.
        people = held[:MAX_WIDE_PEOPLE]
        review.append(
            Review(
                "participants",
                "no sentence reports who met; these are office holders the text names in full",
                ", ".join(p.name for p in people),
            )
        )
    if not people and (mister := _mister_held(lead_text, date)):
        # "Mr Blair and I had a very lengthy discussion": a known office holder by family name
        people = mister
        review.append(
            Review(
                "participants",
                "named by family name only; the table of office holders says who",
                ", ".join(p.name for p in people),
            )
        )
    # An introduction ("... was held via video conference. Below is the full text") may
    # come before the paragraph that says who attended.
    opening = "\n".join([lead_text, *_after(paras, lead_text, 2)])
    every_member = all_of_asean(lead_text, date) or all_of_asean(opening, date)
    if every_member:  # the chair in one sentence, the guests in the next
        people = merge_people(people, find_participants(opening))
    people = [known_person(p, known or []) for p in people]
    people = [_in_full(p, paras, lead_text) for p in people]
    if date is not None and not given.date:
        date = _date_in_office(date, people, page, review)
    people = [office_holder_country(p, date, notes) for p in people]
    people = crown_prince_in_office(people, date)
    people = in_full(people, date, notes)
    people = home_country(people, page, notes, date)
    people = country_from_office(people, "\n".join([raw_title, *paras]), notes)
    people = merge_people(people, find_attendees(paras))
    people = _only_speakers(people, speakers, lead_text)
    if len(people) > 2 and len(in_topic := find_participants(topic)) == 2:
        # ("He met President A, Prime Minister B and President C", under the topic
        # "Prime Minister X's meeting with President A")
        people = [p for p in people if any(same_person(p.name, t.name) for t in in_topic)]
    if (len(parties(people)) <= 1 or MY_MEETING.search(lead_text[:MAX_LEAD_TEXT])) and (
        whose := _archive_holder(page, people)
    ) is not None:
        # (or "I've just met with President A and Prime Minister B": the "I" is theirs)
        # Australia's transcripts name whose record it is: "Turnbull, Malcolm" over "Prime
        # Minister, welcome to you ..."
        people = [whose, *people]
        review.append(
            Review(
                "participants",
                f"{whose.name} is the one whose record this is, as the archive names "
                "them; the text names them by office or not at all",
                whose.name,
            )
        )
    before_home = len(people)
    people = without_aliases(people, "\n".join(paras))
    found_before = len(people)
    if not opener:
        people = unnamed_home_official(people, lead_text, page, date, review, "\n".join(paras))
    own_name = people[0].name if len(people) > found_before else ""  # the publisher's, by office
    people = unnamed_secretary_general(
        people, f"{raw_title}\n{lead_text}", date, review, "\n".join(page.lines)
    )
    people = unnamed_external_affairs_minister(people, f"{raw_title}\n{lead_text}", date, review)
    if (own := UNNAMED_HOME.match(lead_text)) is not None and len(people) == before_home:
        # "The Prime Minister spoke to leaders of ..." with no publisher to say whose.
        review.append(
            Review(
                "countries",
                "the text's own principal is named by office only, and the text does not "
                "say whose: add the country",
                own.group(0),
            )
        )
    if not (speaker is not None and len(parties(people)) >= 2):  # a transcript's speakers
        # are its sides, not the offices they speak of ("on his way to visit the President
        # of Indonesia")
        people = office_of_country(sentence, people, date, review)
    if len(parties(people)) < 2:  # "King ... on the Phone with Saudi Crown Prince"
        people = office_of_country(raw_title, people, date, review)
    if len(parties(people)) < 2:  # "Today, Prime Minister of India met with the President
        # of the United States": a later sentence of the lead says who met
        for said in sentences(lead_text[:MAX_LEAD_TEXT])[:6]:
            if said != sentence and _MET_WITH.search(said):
                people = office_of_country(said, people, date, review)
    if len(parties(people)) < 2:  # "met with the Crown Prince of Bahrain", then "I was
        # pleased to welcome HRH Crown Prince Salman ...": the office's holder, named later
        people = _office_named_later(people, sentence, paras, lead_text, review)
    listed = listed_parties(lead_text)  # "the leaders of A, B and C": the list's order
    if len(listed) > 2 and _SERIES_MET.search(sentence) and len(parties(people)) == 2:
        # "held a series of meetings with his counterparts ... met with Foreign Ministers of
        # Finland, Sri Lanka, Chile and Tanzania": one meeting each; this is the first named
        review.append(
            Review(
                "countries",
                f"the page reports meetings with {len(listed)} countries in turn; this is the "
                "one whose minister the text names first",
                ", ".join(countries.name_of(c) for c in listed),
            )
        )
        listed = []
    if from_wide and len(listed) >= 2:
        # "spoke to leaders of the United States, Italy, France and Germany": people named
        # further on for something else ("President Trump's call with President Putin") are
        # not of the meeting; the one who spoke to them is ("The Prime Minister").
        people = [p for p in people if not p.country or p.country in listed or p.name == own_name]
    codes = parties(people)
    codes = [*listed, *(c for c in codes if c not in listed)]
    if len(codes) < 2:  # "met with her South African counterpart to discuss ..."
        codes += [c for c in counterpart_countries(f"{lead_text}\n{raw_title}") if c not in codes][
            : 2 - len(codes)
        ]
    visited = _visited_code(lead_text)
    unknown = [i for i, p in enumerate(people) if not p.country and not BODY_ROLE.search(p.role)]
    if not visited and len(codes) == 1 and len(unknown) == 1:
        # "Secretary Blinken was greeted by the Acting Prime Minister X." over "Secretary
        # Blinken's official visit to Fiji began yesterday": the one of no known country is
        # the host of the visit the next paragraph speaks of
        visited = _visit_of(people, codes[0], _after(paras, lead_text, 1))
        if visited and visited != codes[0]:
            people[unknown[0]] = replace(people[unknown[0]], country=visited)
            codes.append(visited)
            review.append(
                Review(
                    "countries",
                    f"{people[unknown[0]].name}'s country is taken from the visit the text "
                    "speaks of: the host's",
                    countries.name_of(visited),
                )
            )
    if len(codes) == 1 and visited and visited != codes[0] and _only_one_side(people, codes):
        # "Prime Minister Yoshiro Mori visited the Republic of Korea": the host is the other
        # side, before any pair of countries the text speaks of ("Japan and North Korea").
        codes.append(visited)
        review.append(Review("countries", "the other party is the country visited"))
    if (
        len(codes) == 1
        # (the UN's Secretary-General meeting a president: one country, and a body)
        and not any(BODY_ROLE.search(p.role) for p in people)
        and (
            other := pair_in_relations(
                "\n".join([lead_text, *_after(paras, lead_text, 2)]), codes[0]
            )
        )
    ):
        # "They discussed how Kenya and Japan can further fortify their bilateral
        # relationship": the pair's other country is the other side.
        codes.append(other)
        review.append(
            Review("countries", "the other party is read from the relations the text speaks of")
        )
        unknown = [i for i, p in enumerate(people) if not p.country]
        if len(unknown) == 1:
            people[unknown[0]] = replace(people[unknown[0]], country=other)
    every_member = every_member or group_members(sentence)
    codes = [*every_member, *(c for c in codes if c not in every_member)]
    # (a press conference's title names the conference, not the meeting its topic reports)
    named = topic or title or title_from_lead(lead_text)
    for code in _title_pair(named) if len(codes) < 2 else ():  # the people name both sides
        if code not in codes:
            codes.append(code)
    home = page.publisher.country if page.publisher else ""
    if (
        home
        and home not in codes
        and (
            unnamed := UNNAMED_HOME.match(lead_text)
            or OWN_OFFICES_MEETING.search("\n".join([raw_title, *paras[:3], lead_text]))
        )
    ):
        codes.insert(0, home)
        review.append(
            Review(
                "countries",
                f"{countries.name_of(home)} is taken from the "
                "publisher: its own leader is named by role only",
                unnamed.group(0),
            )
        )
    # A transcript's label gives the office of someone the lead names without one
    # ("FOREIGN MINISTER RETNO MARSUDI:").
    people = [
        replace(p, role=next((s.role for s in speakers if same_person(s.name, p.name)), ""))
        if not p.role
        else p
        for p in people
    ]
    if date is not None and len(codes) == 2 and len(people) == 1 and people[0].country in codes:
        # "... it was Labor and the Honourable Albanese as Prime Minister": the other side's
        # office holder of the day, named by family name only somewhere in the text.
        people = _other_side_by_family(people, codes, "\n".join(paras), date, given.kind, review)
    people = [_office_in_full(p, date) for p in people]
    kind = kind_of(named, sentence, people, len(codes), alone=not multi) or kind_of(
        named, lead_text, people, len(codes), alone=not multi
    )
    if kind == "telephone-talk" and face_to_face(named, lead_text):
        # "Bilateral Meeting with ...": "very good to be here in person ... we've had many
        # over the phone": the sentence spoke of earlier calls.
        kind = kind_of(named, lead_text, people, len(codes), alone=not multi) or (
            "summit" if people and all(is_leader(p.role) for p in people) else ""
        )
    if (
        kind in ("summit", "foreign-ministers-meeting", "telephone-talk", "other", "")
        and not face_to_face(named, lead_text)
        # ("Wang Yi Speaks on the Phone with ...": the headline says it; a "virtual meeting"
        # further on is the leaders' next one)
        # (nor "had a phone call on Saturday", then "talks held in December via a video
        # link-up": the sentence that reports the meeting says it)
        and not (
            kind == "telephone-talk"
            and (
                _BY_PHONE.search(named)
                or (_BY_PHONE.search(sentence) and not _EARLIER_TIME.search(sentence))
            )
        )
    ):
        kind = remote_hint(paras, lead_text) or kind
    if every_member:
        kind = "multilateral"  # a remote one too: its medium is not its kind
    if (
        not kind
        and len(people) == 2
        and len(parties(people)) == 2
        and all(is_leader(p.role) for p in people)
        and (later := next((p for p in _after(paras, lead_text, 2) if _SUMMIT_SAID.search(p)), ""))
    ):
        # "... said Thursday that he and Polish President X discussed ...", then "during a
        # joint press briefing following a summit with X"
        kind = "summit"
        review.append(Review("kind", "read from the paragraph after the lead", later[:80]))
    if (
        kind == "telephone-talk"
        and _two_sides_speak(speaker, people, speakers)
        and not _CALLED.search(named)
    ):
        # Both sides speak in one transcript: "he called me after he was sworn in" is an
        # earlier call, not this meeting.
        kind = in_person_kind(people)
    if kind == "telephone-talk" and not given.kind and call_by_conversation(named, sentence):
        review.append(
            Review(
                "kind",
                "the text says only that they held a conversation; read as a call",
                sentence[:120],
            )
        )
    if not kind and (unnamed := UNNAMED_HOME.match(lead_text)) is not None:
        others = [p for p in people if p.country != home] if home else people
        kind = unnamed_office_kind(lead_text, unnamed.group("office"), others, sentence)
    if not (people or codes or kind or given.kind or given.countries):
        return None
    if given.countries:
        codes = list(given.countries)
    if given.kind:
        kind = given.kind
    if (
        not kind
        and date is not None
        and not given.date  # (a day the text states, checked against the terms it knows)
        and (
            out := [
                p for p in people if not p.role and p.name and offices.in_no_office(p.name, date)
            ]
        )
        # (the day is borne out by the other side, whom the table holds in office on it)
        and any(
            (h := offices.known_person(p.name, p.role, date)) is not None and h.held_on(date)
            for p in people
            if p.role
        )
    ):
        # "Foreign Minister X's Meeting with State Council Member Yang Jiechi" in 2018: a
        # former foreign minister, in no office of the table that day, makes no ministers'
        # meeting of it
        kind = "other"
        notes.append(f"{out[0].name} held none of the offices the table knows on {date}")
    if not kind and (
        guess := one_side_kind(named, lead_text, people, "\n".join(_after(paras, lead_text, 3)))
    ):
        kind = guess  # "FM Kang meets Russian counterpart": the one office found says which
        review.append(
            Review("kind", "read from the office of the one side the text names with one", guess)
        )
    near = "\n".join(
        [raw_title, *_before(paras, lead_text, 2), lead_text, *_after(paras, lead_text, 2)]
    )
    if (
        not kind
        and len(people) == 2
        and len(parties(people)) == 2
        and (guess := in_person_kind(people)) != "other"
        and ((met := _MET_OR_VISITED.search(near)) is not None or guess == "summit")
    ):
        # "Prime Minister Harper ... Prime Minister Simpson Miller ... The visit provides an
        # opportunity": two leaders (or foreign ministers) of two countries who met.
        kind = guess
        review.append(
            Review(
                "kind",
                "read from the two sides' offices"
                + (" and the words of a meeting" if met else ": two leaders of two countries"),
                met[0] if met else "",
            )
        )
    if not kind:
        missing.append("kind")
        review.append(Review("kind", "the text does not say what kind of meeting this was"))
    title = _without_section(title, people)
    if title and not given.title and not _names_the_meeting(title, people):
        review.append(
            Review(
                "title",
                "the headline names no meeting, party or person: it may be a section's label",
                title,
            )
        )
    if given.title:
        title = given.title
    if not title:
        title = title_from_lead(lead_text) or _repeated_headline(paras)
    if not title:
        guest = next(
            (p for p in people if p.name != own_name and (not home or p.country != home)), None
        )
        # Without a kind, a plain "Meeting": a headline is worth less than the readout.
        title = composed_title(kind or "other", [countries.name_of(c) for c in codes], guest)
        if not title and people:  # nobody's country known: the people's names
            title = f"Meeting of {' and '.join(p.name for p in people[:2])}"
        if title:
            review.append(Review("title", f"{_COMPOSED} and kind: the text gives no headline"))
    remote = kind in ("telephone-talk", "video-conference")
    timed = timing_text(lead_text, paras)
    start, minutes, time_note = timing_with_note(timed, remote=remote)
    zone = start_zone(timed, remote=remote) if start is not None else ""
    if time_note:
        notes.append(time_note)
    labels = speaker_labels(paras)
    candidates: tuple[Callable[[list[Review]], str], ...] = (
        lambda _: _archive_place(page),
        lambda _: _bracketed_place(paras, lead_text),
        lambda _: find_location(sentence),
        lambda _: find_location(lead_text),
        lambda _: place_line,
        # (the headline as cleaned too: "... in Moscow 23 декабря 2014, 20:33")
        lambda _: title_place(raw_title) or title_place(title),
        # A headline that is a sentence: "X and Y engaged in a bilateral meeting at Castille"
        lambda _: met_at(raw_title) if raw_title.count(" ") >= 6 else "",
        # A transcript's header ("Treaty Room" over "Washington, DC") says where it was
        # spoken, before a speaker's "here in D.C."
        lambda marks: _header_place(paras, lead_text, marks, page.dated),
        lambda marks: _later_place(paras, lead_text, marks),
        lambda marks: _here_place(paras, lead_text, marks),
        lambda marks: "" if remote else _closing_place(page, paras, lead_text, marks),
        lambda marks: "" if remote else _visited_city(paras, lead_text, marks),
        lambda marks: "" if remote else _caption_place(paras, lead_text, people, marks),
        lambda marks: _dateline_place(page, marks),
        lambda marks: _wire_dateline_place(paras, lead_text, marks),
        lambda marks: _byline_city(page, marks),
        lambda marks: _top_place(page, marks),
        # A call has no place of its own: the cities it speaks of are other events'.
        lambda marks: "" if remote else _first_city(paras, lead_text, marks),
        lambda marks: "" if remote else _visited_country(lead_text, marks),
    )
    location = ""
    for candidate in candidates:
        marks: list[Review] = []
        found = _OPENER.sub("", candidate(marks))  # "at the U.N. That 15-0 vote ..."
        if found and _a_place(found, people, labels):
            location = found
            review.extend(marks)
            break
    # A venue without its city ("the Treaty Room"): the city the page gives elsewhere.
    venue_alone = bool(
        (location.startswith("the ") or _HAS_VENUE_WORD.search(location)) and "," not in location
    )
    if (
        venue_alone
        and page.dateline_place
        and page.dateline_place not in location
        and countries.lookup(page.dateline_place, strict_codes=True) is None
    ):
        location = f"{location}, {page.dateline_place}"  # a venue, in the dateline's city
    elif (
        venue_alone
        and (city := _header_place(paras, lead_text, []))
        and not _HAS_VENUE_WORD.search(city)
        and city not in location
    ):
        location = f"{location}, {city}"  # "the Treaty Room" under a header's "Washington, DC"
    # (Someone of a body, ASEAN's Secretary-General in Jakarta, speaks for no country.)
    location = venue_and_city(location, [lead_text, *_after(paras, lead_text, 2), raw_title])
    # "at the White House" is held at "White House"; "The Hague" keeps its article.
    location = location.removeprefix("the ")
    if (owned := _CITYS_VENUE.match(location)) is not None and country_of_capital(owned["city"]):
        location = f"{owned['venue']}, {owned['city']}"  # "Lima's Torre Tagle Palace"
    # "Landmark Hotel Tuesday, London": a day is not part of the place; "Malaysian Prime
    # Minister Anwar Ibrahim" is a person, not a place.
    location = _WEEKDAY_IN_PLACE.sub("", location).strip(" ,")
    if location.isupper() and any(len(w) > MAX_ACRONYM for w in re.findall(r"\w+", location)):
        location = location.title()  # "JAKARTA" of a headline in capitals: "Jakarta"
    if _TITLED_PERSON.search(location):
        location = ""
    if len(codes) == 1 and not given.countries:  # "The Kazakh leader arrived in Moscow"
        codes, people = _leader_by_demonym(codes, people, paras, lead_text, review)
    unknown = [i for i, p in enumerate(people) if not p.country and not BODY_ROLE.search(p.role)]
    # (a call's place is where one side was, and says nothing of the other's country)
    remote = kind in ("telephone-talk", "video-conference")
    host = country_of_capital(location) if location and not given.countries and not remote else ""
    seat = location  # the capital they met in, as the text names it
    if location and not host and not given.countries and not remote:
        # "at Aguda House, his official residence in Abuja": the venue's city, said after it
        seat, host = next(
            (
                (m["city"], c)
                for m in _IN_A_CITY.finditer(sentence)
                if (c := country_of_capital(m["city"]))
            ),
            ("", ""),
        )
    if len(codes) == 1 and len(unknown) == 1 and len(people) == 2 and host and host not in codes:
        # "Minister of Foreign Affairs X and the High Representative met today in Tallinn":
        # the one without a country is most likely the host.
        people[unknown[0]] = replace(people[unknown[0]], country=host)
        codes.append(host)
        review.append(
            Review(
                "countries",
                f"{people[unknown[0]].name}'s country is taken from where they met "
                f"({seat}, a capital)",
                seat,
            )
        )
    elif (
        not codes
        and len(unknown) == 1
        and len(people) == 2
        and not given.countries
        and any(BODY_ROLE.search(p.role) for p in people)
        # (a government's office, not an ambassador's, whose country is not the host's)
        and _GOVERNMENT_OFFICE.search(people[unknown[0]].role)
        and not _BODY_SEAT.search(location)
        and (
            side := host or most_named("\n".join([lead_text, *_after(paras, lead_text, 2)]), set())
        )
    ):
        # "President Koroma received the UN Under-Secretary-General ... at State House in
        # Freetown"; "Dr. Fayssal Mikdad, Foreign and Expatriates Minister, met the UN
        # Secretary-General", then "the Syrian government", "the Syrian people": the body
        # speaks for no country, the other side is of the capital or the country named most
        people[unknown[0]] = replace(people[unknown[0]], country=side)
        codes.append(side)
        review.append(
            Review(
                "countries",
                f"{people[unknown[0]].name}'s country is taken from "
                + (
                    f"where they met ({seat}, a capital)"
                    if side == host
                    else "the country the text names most"
                ),
                seat if side == host else countries.name_of(side),
            )
        )
    for field, value in (
        ("start_time", start),
        ("duration_minutes", minutes),
        ("location", location),
        ("participants", people),
        ("countries", codes),
    ):
        if not value:
            missing.append(field)
    for p in people:
        if not p.country:
            missing.append(f"country of {p.name}")
        if not p.role:
            review.append(Review("participants", f"{p.name} is named without a role", p.name))
    body_side = any(BODY_ROLE.search(p.role) for p in people)  # ASEAN, the UN: no country
    if kind != "multilateral" and not given.countries and len(codes) == 1 and not body_side:
        review.append(
            Review(
                "countries", "only one party found: the other side is not named with its country"
            )
        )
    if not every_member and (len(people) >= 4 or (len(people) == 3 and kind in _TWO_SIDED)):
        review.append(
            Review(
                "participants",
                f"{_MANY_NAMED}{len(people)} people with offices: check which of them took part",
                ", ".join(p.name for p in people),
            )
        )
    if kind != "multilateral" and len(people) == 1:
        review.append(
            Review(
                "participants",
                "only one participant found: the other side is named by office or not at all",
            )
        )
    category = page.category or _crumb_category(page, title)
    if not category:
        missing.append("source category")
    if page.publisher is None:
        missing.append("source publisher")
    if not title:
        missing.insert(0, "title")
    if date is None or not title:
        return ImportedReadout(None, tuple(missing), tuple(notes), title)
    readout = Readout(
        id=make_id(date, title),
        title=title,
        date=date,
        kind=kind or "other",
        start_time=start,
        time_zone=zone,
        duration_minutes=minutes,
        location=location,
        countries=tuple(codes),
        participants=tuple(people),
        summary=summary,
        sections=tuple(sections),
        photos=() if multi else page.photos,
        source=Source(
            publisher=page.publisher.name if page.publisher else "", url=page.url, category=category
        ),
        provisional_translation=page.provisional_translation,
        review=tuple(_given_wins(review, given)),
    )
    text = readout.full_text()
    readout = replace(
        readout,
        topics=tuple(topics.default_taxonomy().tag(text)),
        mentions=tuple(c for c in countries.mentioned_codes(text) if c not in codes),
    )
    return ImportedReadout(readout, tuple(missing), tuple(notes), title)


# Kinds of meeting that have two sides: one party or one person found means one is missing.
_TWO_SIDED = ("summit", "telephone-talk", "video-conference", "foreign-ministers-meeting")


def _named_above(
    people: list[Participant],
    paras: list[str],
    lead: str,
    review: list[Review],
    date: dt.date | None = None,
) -> list[Participant]:
    """The other side, from a paragraph above the lead that names someone of another country
    ("Minister X congratulated British Foreign Secretary Y ..." above "During their phone
    conversation, Minister X ...")."""
    one = people[0]
    words = [w for w in one.name.split() if len(w) > 1]
    if not words:
        return people
    named = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")
    for para in reversed(_before(paras, lead, MAX_ABOVE)):
        if not named.search(para):
            continue  # a paragraph about someone else ("X was delayed")
        # "Nursultan Nazarbayev congratulated Shinzo Abe ...": office holders named in full
        for person in find_participants(para) or known_names(para, [], date):
            if (
                person.country
                and person.country != one.country
                and not same_person(person.name, one.name)
            ):
                review.append(
                    Review(
                        "participants",
                        f"{person.name} is taken from a paragraph above the lead",
                        person.name,
                    )
                )
                return [*people, person]
    return people


MAX_ABOVE = 5  # paragraphs above the lead read for a standfirst that names both sides


def _pair_partner_named(
    people: list[Participant],
    title: str,
    paras: list[str],
    lead: str,
    date: dt.date | None,
    review: list[Review],
) -> list[Participant]:
    """The other side of the pair a headline names, from the first person of that country
    named with an office in the lead or the paragraphs after it."""
    one = office_holder_country(people[0], date, [])
    pair = _title_pair(title)
    if len(pair) != 2 or one.country not in pair:
        return people
    other = pair[1] if pair[0] == one.country else pair[0]
    for para in [lead, *_after(paras, lead, MAX_PAIR_PARAS)]:
        for person in find_participants(para):
            person = office_holder_country(person, date, [])
            if person.country == other and not same_person(person.name, one.name):
                review.append(
                    Review(
                        "participants",
                        f"{person.name} is taken from a later paragraph, as the headline's "
                        f"{countries.name_of(other)} side",
                        person.name,
                    )
                )
                return [*people, person]
    return people


MAX_PAIR_PARAS = 3


def _named_before(
    people: list[Participant],
    sentence: str,
    paras: list[str],
    lead: str,
    date: dt.date | None = None,
) -> list[Participant]:
    """Someone the meeting sentence names by family name alone ("Pramudwinai voiced the
    support during a meeting with ..."), named in full with an office in a paragraph before."""
    # The paragraphs before, and the lead's own sentences before this one ("Indonesian
    # President Joko Widodo (Jokowi) emphasized ... Jokowi conveyed the statement at the
    # bilateral meeting").
    at = lead.find(sentence)
    before = "\n".join([*_before(paras, lead, 3), lead[:at] if at > 0 else ""])
    earlier = find_participants(before)
    out = list(people)
    # (the sentence before in the paragraph before, when the meeting's opens the lead:
    # "President X underscored ..." over "The Chief Executive echoed this during her
    # meeting with ...")
    above = _before(paras, lead, 1)
    said = sentences(lead[:at]) if at > 0 else sentences(above[0]) if at == 0 and above else []
    if _PRONOUN_SUBJECT.match(sentence) and said:
        # "Secretary-General Kofi Annan travelled to Washington ... He later held a meeting
        # with ...": the one the sentence before spoke of
        # (or an office holder the table knows: "Datuk Seri Ismail Sabri Yaakob has continued
        # to receive messages ... Today, he received a telephone call from ...")
        subject = next(iter(find_participants(said[-1]) or known_names(said[-1], out, date)), None)
        if subject is not None and not any(same_person(subject.name, p.name) for p in out):
            out.insert(0, subject)
    if (subject := _office_subject(sentence, earlier, out)) is not None:
        out.insert(0, subject)
    for person in earlier:
        family = person.name.split()[-1]
        alias = re.search(rf"{re.escape(person.name)}\s+\((?P<a>[A-Z][\w'-]{{2,}})\)", before)
        if alias is not None and re.search(rf"\b{re.escape(alias['a'])}\b", sentence):
            family = alias["a"]
        m = re.search(rf"\b{re.escape(family)}\b", sentence)
        if m is None and (
            given := next(
                (
                    w
                    for w in person.name.split()[:-1]
                    if len(w) > 3 and re.match(rf"{re.escape(w)}\b", sentence.lstrip())
                ),
                None,
            )
        ):
            # "Anwar shared ... following telephone conversations with ...": the given name
            # opens the sentence (Malay, Indonesian and Arabic names)
            family = given
            m = re.search(rf"\b{re.escape(family)}\b", sentence)
        if m is None or len(family) < 2 or any(family in p.name.split() for p in out):
            continue
        if len(out) >= 2 and m.start() > 0:  # with both sides found, only the subject
            continue
        # In the order the sentence names them.
        later = [
            i
            for i, p in enumerate(out)
            if (pm := re.search(rf"\b{re.escape(p.name.split()[-1])}\b", sentence))
            and pm.start() > m.start()
        ]
        out.insert(later[0] if later else len(out), person)
    return out


def _office_subject(
    sentence: str, earlier: list[Participant], people: list[Participant]
) -> Participant | None:
    """The one a meeting sentence names by office alone before its verb, named in full with
    that office before it ("President of the Republic of Poland Aleksander Kwasniewski paid a
    visit to Kiev. During the visit, President of the Republic of Poland met ...")."""
    verb = MEETING_VERB.search(sentence)
    if verb is None:
        return None
    head = sentence[: verb.start()]
    for person in earlier:
        role = person.role
        if len(role.split()) < 2 or not person.country:
            continue
        m = re.search(rf"\b{re.escape(role)}\b(?!\s+[A-Z])", head)
        if m is None or any(p.country == person.country for p in people):
            continue
        if any(same_person(p.name, person.name) for p in people):
            continue
        return person
    return None


_BODY_REPRESENTED = re.compile(
    r"(?:^|\b[Tt]he |\. )(?P<body>[A-Z][\w]*(?: [A-Z][\w]*){0,3}) (?:was|were) represented by\b"
)


def _representing(clause: str, notes: list[str]) -> list[Participant]:
    """The people of "The European Union was represented by President X of the Czech
    Republic, ...": they speak for the body or country represented, not their own."""
    people = find_participants(clause)
    m = _BODY_REPRESENTED.search(clause)
    found = countries.lookup(m.group("body"), strict_codes=True) if m else None
    if found is None:
        return people
    out = []
    for person in people:
        if person.country and person.country != found.code:
            notes.append(f"{person.name} represented {found.name}")
        out.append(replace(person, country=found.code))
    return out


_MEETING_WORDS = re.compile(
    r"\b(?:summit|meeting|meets?|met|talks?|holds?|held|calls?|called|conversation|readout"
    r"|statement|declaration|communiqu[eé]|visits?|visited|spoke|speaks?|dialogue"
    r"|consultations?|conference|dinner|lunch(?:eon)?|breakfast|receives?|received|hosts?"
    r"|hosted|welcomes?|welcomed|discuss(?:es|ed)?|agree[sd]?|remarks|press|joint|bilateral"
    r"|president|prime minister|premier|chancellor|minister|secretary|king|queen|emir"
    r"|sultan|leaders?|counterparts?|envoy|ambassador|pm|fm|asean|eu|european union|nato"
    r"|united nations|un|g7|g20|apec|quad|commonwealth)\b",
    re.I,
)


def _names_the_meeting(title: str, people: list[Participant]) -> bool:
    """Whether a headline speaks of a meeting, a party or a person, as a readout's does."""
    if _MEETING_WORDS.search(title) or countries.mentioned_codes(title):
        return True
    folded = offices.fold(title)
    return any(offices.fold(w) in folded for p in people for w in p.name.split() if len(w) > 2)


def _a_place(location: str, people: list[Participant], labels: set[str]) -> bool:
    """Whether a place the text seems to give is not a person, an office or a speaker."""
    folded = offices.fold(location)
    named = any(
        offices.fold(p.name) == folded
        or (folded.endswith(offices.fold(p.name.split()[-1])) and len(location.split()) <= 3)
        for p in people
    )  # "John Kerry" above "Secretary of State" in a header: a name, no place
    # "visiting U.S. Vice President ...": an office; "SABRA LANE:" opens a transcript's turns.
    return (
        not named
        and not ENDS_IN_OFFICE.search(location)
        and not _SPEAKS.search(location)
        and location.casefold() not in labels
    )


# A sentence that opens after an abbreviation's full stop, run into a place.
_OPENER = re.compile(r"(?<=\.)\s+(?:That|This|These|Those|The|It|He|She|They|We|But|And)\b.*$")
_SPEAKS = re.compile(r"\b(?:Officials?|Spokes(?:man|woman|person)|Moderator|Journalist|Reporter)$")


def _in_full(person: Participant, paras: list[str], lead: str) -> Participant:
    """A one-word name ("Senior Minister Lee also met ...") named in full with the same
    office earlier in the text ("Senior Minister Lee Hsien Loong concluded his visit")."""
    if len(person.name.split()) != 1:
        return person
    at = paras.index(lead) if lead in paras else 0
    word = person.name.casefold()
    head = person.role.split()[-1] if person.role else ""
    for full in find_participants("\n".join(paras[: at + 1])):
        words = full.name.casefold().split()
        if len(words) < 2 or word not in (words[0], words[-1]):
            continue
        if head and full.role and head not in full.role.split():
            continue
        return replace(
            person,
            name=full.name,
            role=person.role or full.role,
            country=person.country or full.country,
            honorific=person.honorific or full.honorific,
        )
    return person


def _given_wins(review: list[Review], given: Overrides) -> list[Review]:
    """The review marks left once the user's own values are in: theirs need no review."""
    settled = {
        name
        for name, value in (
            ("date", given.date),
            ("title", given.title),
            ("countries", given.countries),
            ("kind", given.kind),
        )
        if value
    }
    out: list[Review] = []
    for mark in review:
        if mark.field not in settled and mark not in out:
            out.append(mark)
    return out


_DEMONYM_LEADER = re.compile(
    r"\b[Tt]he (?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:leader|president|prime minister|premier"
    r"|head of state|foreign minister|chancellor|monarch|king|guest|visitor)\b"
)


_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:President|Prime Minister|Minister|King|Queen|Emir|Amir|Sultan|Chancellor|Premier)\b"
)
# "his official residence in Abuja": a city the sentence says the venue is in.
_IN_A_CITY = re.compile(r"\bin (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# A body's own seat ("the ASEAN Secretariat, Jakarta", "UN Headquarters"): not a host's capital.
_BODY_SEAT = re.compile(r"\b(?:Secretariat|Headquarters|HQ|United Nations|UN)\b")


_POST_NOMINALS = ("MP", "QC", "KC", "AC", "AO")
_AFTER_NAME = re.compile(rf"\b({'|'.join(_POST_NOMINALS)})\b(?=\s)")
_SMALL_WORDS = frozenset({"of", "the", "and", "to", "for", "in", "on", "at", "with"})
MAX_CAPITALS_LINES = 6  # the header's lines in capitals read for the people it names


def _in_lower_case(lines: list[str] | tuple[str, ...]) -> str:
    """The opening lines written in capitals, joined and written as a sentence would be
    ("THE HON P J KEATING MP" is "the Hon P J Keating MP"): where a transcript's header names
    its speakers."""
    out: list[str] = []
    for line in lines[:MAX_HEADER_PARAS]:
        if not line.strip():
            continue
        if not (line.isupper() and len(line) > MIN_CAPITALS_LINE) or len(out) >= MAX_CAPITALS_LINES:
            if out:
                break
            continue
        # ("P.J.KEATING": initials run into the name)
        words = re.sub(r"\.(?=[A-Z])", ". ", line).split()
        out.append(" ".join(_word_in_lower_case(w) for w in words))
    # (a line's end ends a name: "THE HON. TONY ABBOTT MP" over "JOINT PRESS STATEMENT"; so
    # do the letters after it: "THE HON P.J.KEATING MP JOINT DOORSTOP WITH ...")
    out = [_AFTER_NAME.sub(r"\1,", line) for line in out]
    return "".join(
        f"{line} " if line.endswith(",") or i == len(out) - 1 else f"{line}, "
        for i, line in enumerate(out)
    ).strip()


MIN_CAPITALS_LINE = 20  # shorter lines in capitals are labels ("E& OE PROOF COPY")


def _word_in_lower_case(word: str) -> str:
    """A word of a header in capitals as a sentence writes it: "of", "Keating", "P", "MP"."""
    bare = word.strip(",.")
    if word.lower() in _SMALL_WORDS:
        return word.lower()
    return word if len(bare) == 1 or bare in _POST_NOMINALS else word.capitalize()


def _leader_by_demonym(
    codes: list[str],
    people: list[Participant],
    paras: list[str],
    lead: str,
    review: list[Review],
) -> tuple[list[str], list[Participant]]:
    """The one person without a country, named by their country's adjective in the lead or
    the next paragraph ("The Kazakh leader arrived in Moscow at the invitation of ...")."""
    unknown = [i for i, p in enumerate(people) if not p.country and not BODY_ROLE.search(p.role)]
    if len(unknown) != 1 or len(people) != 2:
        return codes, people
    for text in [lead, "\n".join(_after(paras, lead, 6))]:  # captions and counters between
        for m in _DEMONYM_LEADER.finditer(text[:MAX_LEAD_TEXT]):
            place = countries.lookup(m["adj"], strict_codes=True)
            if place is not None and place.code not in codes:
                people = list(people)
                people[unknown[0]] = replace(people[unknown[0]], country=place.code)
                review.append(
                    Review(
                        "countries",
                        f"{people[unknown[0]].name}'s country is read from {m.group(0)!r}",
                        m.group(0),
                    )
                )
                return [*codes, place.code], people
    return codes, people


_MISTER = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Madame)\.? (?P<family>[A-Z][\w'-]{2,})\b")


def _mister_held(text: str, date: dt.date | None) -> list[Participant]:
    """Office holders the text names as "Mr Blair" in a sentence about a meeting, by the
    table of office holders (held on the day when the date is known)."""
    out: list[Participant] = []
    for said in sentences(text[:MAX_LEAD_TEXT])[:MAX_MISTER_SENTENCES]:
        if not MEETING_VERB.search(said):
            continue
        for m in _MISTER.finditer(said):
            found = offices.known_person(m["family"], "", date)
            if found is None or (date is not None and not found.held_on(date)):
                continue
            if not any(same_person(found.name, p.name) for p in out):
                out.append(Participant(found.name, "", found.office, found.country))
    return out[:MAX_WIDE_PEOPLE]


MAX_MISTER_SENTENCES = 4


def _given_headline(paras: list[str], page: Page) -> tuple[str, int] | None:
    """The headline the page's furniture points to (an archive's line after its note), and
    its index, when it is among the first lines and reads as a headline."""
    if not page.headline or page.headline not in paras[:MAX_GIVEN_HEADLINE]:
        return None
    at = paras.index(page.headline)
    # (title_line doubts a headline that ends with a full stop: this one the page vouches for)
    headline = title_line(page.headline) or title_line(page.headline.rstrip(". "))
    return (headline, at) if headline else None


MAX_GIVEN_HEADLINE = 3


def _header_place(
    paras: list[str], lead: str, review: list[Review], dated: tuple[str, ...] = ()
) -> str:
    """A transcript's header line that names the place ("The Oval Office", "New York
    City"): a venue, a capital, "City, Region" or a place over a date line (``dated``), on
    a line of its own above the lead."""
    above = _before(paras, lead, MAX_HEADER_PLACE)
    for i, para in enumerate(above):
        if not _place_line(para) or _HEADING.search(para) or not city_or_venue(para):
            continue
        # ("Ramallah" over "February 18, 2007": a place the header dates, capital or not)
        # (not a wire's name, "BSS", over its date)
        if (
            _HAS_VENUE_WORD.search(para)
            or country_of_capital(para)
            or "," in para
            or (para in dated and not para.isupper())
        ):
            after = above[i + 1] if i + 1 < len(above) else ""
            if (
                _HAS_VENUE_WORD.search(para)
                and _place_line(after)
                and ("," in after or country_of_capital(after))
            ):
                para = f"{para}, {after}"  # "Treaty Room" above "Washington, DC"
            review.append(Review("location", "taken from the header above the text", para))
            return para
    return ""


def _bracketed_place(paras: list[str], lead: str) -> str:
    """The place a release's header gives in brackets on a line of its own ("(Accra,
    Ghana)" under "Office of the Press Secretary"): where its remarks were made."""
    for line in _before(paras, lead, MAX_HEADER_PLACE):
        text = line.strip()
        if not (text.startswith("(") and text.endswith(")")):
            continue
        place = text[1:-1].strip()
        if (
            _place_line(place)
            and not _HEADING.search(place)
            and city_or_venue(place)
            and ("," in place or country_of_capital(place) or _HAS_VENUE_WORD.search(place))
        ):
            return place
    return ""


def _closing_place(page: Page, paras: list[str], lead: str, review: list[Review]) -> str:
    """The city a release closes with, over its date ("New Delhi" over "October 22,
    2021"), marked: where it was issued, most often where the meeting was."""
    below = _after(paras, lead, len(paras))
    for line in reversed(below):
        if (
            line in page.dated
            and _place_line(line)
            and "," not in line
            and len(line.split()) <= MAX_CITY_WORDS
            and not _HEADING.search(line)
            and not _HAS_VENUE_WORD.search(line)
            and city_or_venue(line)
            and country_of_capital(line)
        ):
            review.append(
                Review(
                    "location",
                    "taken from the place the release closes with, which may be where it "
                    "was issued rather than where the meeting was",
                    line,
                )
            )
            return line
    return ""


# "is on an Official Visit to Singapore", "visited Brussels to", "During his visit to Beijing"
_VISITED_CITY = re.compile(
    r"\b(?:[Vv]isit(?:ing)? to|visited|trip to|arrived in|travell?ed to)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
)


def _visited_city(paras: list[str], lead: str, review: list[Review]) -> str:
    """The capital the lead, or a paragraph just before it, says the principal visited,
    marked: the meeting was most likely held there."""
    for para in [lead, *reversed(_before(paras, lead, 3))]:
        for sentence in sentences(para)[:3]:
            if _TO_COME_VISIT.search(sentence):
                continue
            for m in _VISITED_CITY.finditer(sentence):
                if earlier_trip(sentence, m.start()):
                    continue  # "so soon after my trip to Beijing": another occasion
                words = m["place"].rstrip(".,").split()
                # ("During his visit to Beijing Foreign Secretary X held ...": the city only)
                place = next(
                    (
                        c
                        for n in range(len(words), 0, -1)
                        if (c := " ".join(words[:n]))
                        and (country_of_capital(c) or c in _MEETING_CITIES)
                    ),
                    "",
                )
                if place and city_or_venue(place):
                    review.append(
                        Review(
                            "location",
                            "the city the text says was visited: the meeting was most likely "
                            "held there",
                            m.group(0),
                        )
                    )
                    return place
    return ""


# Cities where ministers meet, besides the capitals: the seats of bodies, city-states.
_MEETING_CITIES = frozenset(
    {"Brussels", "Singapore", "Geneva", "New York", "Hong Kong", "Strasbourg", "The Hague"}
)
_TO_COME_VISIT = re.compile(r"\b(?:will|to visit|is to|next|upcoming|forthcoming|plans? to)\b")


def _first_city(paras: list[str], lead: str, review: list[Review]) -> str:
    """When nothing else gives the place: the first capital or named venue the lead and the
    paragraphs around it say something happened in, marked, since it may be another
    event's."""
    near = [*_before(paras, lead, 2), lead, *_after(paras, lead, 2)]
    for para in near:
        for sentence in sentences(para)[:6]:
            place = in_place(sentence)
            if place and (country_of_capital(place.split(",")[0]) or has_venue(place)):
                review.append(
                    Review(
                        "location",
                        "the first city the text names near the lead: it may be another event's",
                        sentence[:120],
                    )
                )
                return place
    return ""


# "Prime Minister X, visiting Malaysia to attend ...": the country visited, the place's
# outline when the text names no city.
_VISITING = re.compile(
    r"\b(?:visiting|(?:state |official |working )?visit to|trip to|while in|arrived in)\s+"
    r"(?P<country>(?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
)


# "Prime Minister Yoshiro Mori visited the Republic of Korea": the visit is the news; so is
# the guest's ("... with H.E. Mr. X, Federal Minister for Foreign Affairs, Germany, who is
# visiting Japan").
_VISITED = re.compile(
    r"\b(?:visited|paid an? (?:state |official |working )?visit to"
    r"|who (?:is|was) (?:visiting|on an? (?:state |official |working )?visit to)) (?:the )?"
    r"(?P<country>[A-Z][\w'.-]*(?: (?:of )?[A-Z][\w'.-]*){0,3})"
)


# "It has been a very enjoyable visit to Malaysia": a speaker's own visit, in the lead.
_OWN_VISIT = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|(?:a|this) (?:very )?(?:enjoyable|successful|useful|productive|good))"
    r" visit to (?:the )?(?P<country>[A-Z][\w'.-]*(?: (?:of )?[A-Z][\w'.-]*){0,3})"
)


def _visited_code(lead: str) -> str:
    """The code of the country the lead's first sentence says someone visited, or the one
    its speaker says they are visiting in the next sentences, or ""."""
    said = sentences(lead) if lead.strip() else [""]
    for m in [*_VISITED.finditer(said[0]), *(v for t in said[:3] for v in _OWN_VISIT.finditer(t))]:
        found = countries.lookup(m.group("country"), strict_codes=True)
        if found is not None:
            return found.code
    return ""


# "Secretary Blinken's official visit to Fiji": whose visit, and where to.
_VISIT_OF = re.compile(
    r"\b(?P<family>[A-Z][\w-]+)['’]s (?:first |historic |official |state |working )*visit to "
    r"(?:the )?(?P<country>[A-Z][\w'.-]*(?: (?:of )?[A-Z][\w'.-]*){0,3})"
)


def _visit_of(people: list[Participant], home: str, paras: list[str]) -> str:
    """The code of the country the paragraphs say the known side's principal visited."""
    families = {p.name.split()[-1] for p in people if p.country == home}
    for para in paras:
        for m in _VISIT_OF.finditer(para):
            found = countries.lookup(m["country"], strict_codes=True)
            if m["family"] in families and found is not None:
                return found.code
    return ""


def _only_one_side(people: list[Participant], codes: list[str]) -> bool:
    """Everyone found is of the one party known: the visitor's side."""
    return all(p.country in ("", codes[0]) for p in people)


def _visited_country(lead: str, review: list[Review]) -> str:
    """The country the lead's first sentence says someone was visiting, marked: only a
    country, when the text names no city."""
    for m in _VISITING.finditer(sentences(lead)[0] if lead.strip() else ""):
        # (the sentence's stop is not the name's: "visit to the UK." but "the U.S.")
        name = re.sub(r"(?<=[A-Za-z]{2})\.$", "", m.group("country").removeprefix("the "))
        if countries.lookup(name, strict_codes=True) is not None:
            review.append(
                Review("location", "only the country visited is given, not the city", m.group(0))
            )
            return name
    return ""


def _top_place(page: Page, review: list[Review]) -> str:
    """A "City, Country" line of its own at the top of the page, above the headline
    ("Madrid, Spain" over "28 October 2015" over "Readout of ..."), or a city alone there
    ("New York" over a date line; "Auckland" over "New Zealand")."""
    filled = [line for line in page.lines[:MAX_TOP_LINES] if line.strip()]
    if len(filled) >= 2:
        first, second = filled[0], filled[1]
        if (
            _place_line(first)
            and "," not in first
            and not _HEADING.search(first)
            and countries.lookup(first, strict_codes=True) is None
            and (country_of_capital(first) or city_or_venue(first))
            and len(first.split()) <= MAX_CITY_WORDS
            and (
                countries.lookup(second, strict_codes=True) is not None
                or (page.dates and _HEADLINE_FORM_TOP.match(second))
            )
        ):
            review.append(Review("location", "taken from the line at the top of the page", first))
            return first
    for line in page.lines[:MAX_TOP_LINES]:
        head, _, tail = line.partition(", ")
        if (
            tail
            and _place_line(line)
            and not _HEADING.search(line)
            and countries.lookup(tail, strict_codes=True) is not None
            and city_or_venue(head)
            and countries.lookup(head, strict_codes=True) is None
        ):
            review.append(Review("location", "taken from the line at the top of the page", line))
            return head
    return ""


MAX_TOP_LINES = 4
MAX_CITY_WORDS = 3
# A record's headline under the place it was issued in: "Readout of the Secretary-General's ..."
_HEADLINE_FORM_TOP = re.compile(r"(?:Readout|Statement|Remarks|Note to Correspondents)\b")
MAX_HEADER_PLACE = 6  # lines above the lead read for a header's place
MAX_ACRONYM = 4  # a word of capitals this long may be an acronym ("NATO"), not a shout
_HAS_VENUE_WORD = re.compile(
    r"\b(?:Office|Room|House|Palace|Garden|Hall|Residence|Hotel|Centre|Center|City|Castle"
    r"|Fort|Villa|Lodge|Manor|Pavilion|Chancellery|Kremlin)\b"
)


def _dateline_place(page: Page, review: list[Review]) -> str:
    """The dateline's place, when it is a city and not a whole country."""
    place = page.dateline_place
    if not place or countries.lookup(place, strict_codes=True) is not None:
        return ""
    review.append(
        Review(
            "location",
            "taken from the dateline, which may be where the "
            "release was issued rather than where the meeting was",
            place,
        )
    )
    return place


# A page pasted as one line shows its headline twice, in the breadcrumb and above the text:
# "...Secretary Grant's Call with ... hide Secretary Grant's Call with ... Readout ...".
_TWICE = re.compile(r"(?P<t>[A-Z][^.!?\n]{24,160}?)\s+(?:hide\s+)?(?P=t)(?!\w)")


def _repeated_headline(paras: list[str]) -> str:
    """The headline a one-line page repeats, or ""."""
    for para in paras[:2]:
        if len(para) > 300 and (m := _TWICE.search(para[:1000])) is not None:
            return clean_title(m.group("t"))
    return ""


# "last week we made a joint statement with ...": another occasion, not this meeting's;
# "Foreign Secretary X is here to brief you": the briefer, not a participant.
_RECALLED = re.compile(
    r"\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|previously"
    r"|in the past|(?:a|one|two|three|several) (?:weeks|months|years) ago"
    r"|(?:is|are) (?:here )?to brief (?:you|the (?:media|press))"
    r"|briefed (?:the )?(?:media|press|reporters))\b",
    re.I,
)
_WEEKDAY_IN_PLACE = re.compile(rf",?\s*\b{WEEKDAY_NAME}\b")
_TITLED_PERSON = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Minister|Secretary|Chancellor|King)"
    r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:Later|Then|Afterwards|Subsequently),? )?(?:He|She|The Chief Executive)\b"
    # ("Today, he received a telephone call from ...")
    r"|(?:Today|Yesterday|Earlier today|This (?:morning|afternoon|evening)|Later),? (?:he|she)\b"
)
_BY_PHONE = re.compile(r"\b(?:phone|telephone)\b", re.I)
# ("When we last spoke by telephone a few weeks ago": an earlier call)
_EARLIER_TIME = re.compile(r"\b(?:last|ago|earlier|previous(?:ly)?|before)\b")
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I)
# An occasion still to come: "We look forward to welcoming you and Prime Minister X".
_TO_COME = re.compile(
    r"\blook(?:s|ing)? forward to (?:welcoming|seeing|meeting|hosting|receiving"
    r"|(?:his|her|their|our|my) (?:[\w-]+ )?(?:meeting|visit|talks|call))\b"
    r"|\b(?:I['’]ll|I will|we['’]ll|we will) (?:also )?(?:have|hold|meet|see)\b",
    re.I,
)


def _not_recalled(people: list[Participant], lead: str) -> list[Participant]:
    """The people of a lead without those named only in a sentence about another occasion."""
    said = sentences(lead[:MAX_LEAD_TEXT])

    def where(person: Participant) -> list[str]:
        family = person.name.split()[-1]
        return [s for s in said if re.search(rf"\b{re.escape(family)}\b", s)]

    # Everyone named only for an occasion still to come: the headline or the text's other
    # lines say who met ("Bilateral Meeting With President Biden" above "... welcoming you
    # and Prime Minister X down to Australia").
    people = [p for p in people if not ((w := where(p)) and all(_TO_COME.search(s) for s in w))]
    # ("spoke ... today to thank him for his message following last week's election": a
    # sentence that says the meeting was today is not a recollection.)
    kept = [
        p
        for p in people
        if not ((w := where(p)) and all(_RECALLED.search(s) and not _TODAY.search(s) for s in w))
    ]
    return _without_hosts(kept if kept else people, lead)


def _without_hosts(people: list[Participant], lead: str) -> list[Participant]:
    """The people without those named only as absent: the host who invited ("At the
    invitation of Foreign Minister X, Minister Y paid a courtesy call on President Z") or
    the one another represents; only when two others are left."""
    said = sentences(lead[:MAX_LEAD_TEXT])
    invited = [p for p in people if not _only_as_host(p, said)]
    return invited if len(invited) >= 2 else people


# ("Jan Eliasson (representing UN Secretary General Ban Ki-Moon)": the one represented is
# not there either; "briefly interrupted his Moscow talks with Russian Prime Minister
# Vladimir Putin and spoke on the phone with ...": another meeting, left for this one)
_INVITED_BY = re.compile(
    r"\b(?:invitation of|representing|on behalf of)\b[^,;()]*$"
    r"|\binterrupt(?:ed|ing) (?:his|her|their)\b(?:(?! and )[^,;()])*$",
    re.I,
)


def _only_as_host(person: Participant, said: list[str]) -> bool:
    """True when every mention of the person's family name is in "at the invitation of",
    "representing" or "on behalf of"."""
    family = re.escape(person.name.split()[-1])  # ("Ki-moon", as the table writes it)
    mentions = [(s, m) for s in said for m in re.finditer(rf"\b{family}\b", s, re.I)]
    return bool(mentions) and all(_INVITED_BY.search(s[: m.start()]) for s, m in mentions)


def _met_next(
    people: list[Participant], paras: list[str], lead: str, review: list[Review]
) -> list[Participant]:
    """The other side, from the paragraph after the lead where the one person found meets
    someone ("Cavusoglu on Nov. 26 met with Turkmenistan's Foreign Minister Meredov")."""
    # "Yoon Suk Yeol" is "Yoon" in the next paragraph: any word of the name may be the one used.
    words = [w for w in people[0].name.split() if len(w) > 2]
    words += nicknames_of(people[0].name, "\n".join(paras))
    named = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b") if words else None
    for sentence in (
        who_met(s) for para in _after(paras, lead, MAX_MET_NEXT) for s in sentences(para)[:3]
    ):
        if named is None or not named.search(sentence) or not _MET_WITH.search(sentence):
            continue
        others = [p for p in find_participants(sentence) if not named.search(p.name)]
        if others:
            review.append(
                Review(
                    "participants",
                    f"{others[0].name} is taken from the paragraph after the lead",
                    others[0].name,
                )
            )
            return [*people, others[0]]
    return people


MAX_MET_NEXT = 2  # paragraphs after the lead read for whom its one person met
_MET_WITH = re.compile(
    r"\b(?:met|meets|held talks|spoke|talked|received|hosted|sat down|talks with|conferred"
    r"|(?:a|the|their|his|her) (?:[\w-]+ ){0,2}meeting (?:[\w-]+ ){0,4}?with"
    r"|exchanged (?:their )?views)\b"
)


def _office_named_later(
    people: list[Participant], sentence: str, paras: list[str], lead: str, review: list[Review]
) -> list[Participant]:
    """The holder of an office the meeting sentence names with its country only, named with
    that office in the lead's later sentences or the paragraphs after it."""
    later = " ".join([*sentences(lead)[1:], *_after(paras, lead, MAX_MET_NEXT)])
    for m in OFFICE_WITH_COUNTRY.finditer(who_met(sentence)):
        place = countries.lookup(m["country"], strict_codes=True)
        if place is None or place.code in parties(people):
            continue
        office = m.group(0).split(" of ")[0].removeprefix("the ")
        holder = next(
            (
                p
                for p in find_participants(later)
                if p.role.startswith(office)
                and p.country in ("", place.code)
                and not any(same_person(p.name, q.name) for q in people)
            ),
            None,
        )
        if holder is not None:
            review.append(
                Review(
                    "participants",
                    f"{holder.name} is the {office} the text names later",
                    holder.name,
                )
            )
            return [*people, replace(holder, country=place.code)]
    return people


def _a_bare_name(words: str) -> bool:
    """A person's name, not a place, a country or an office."""
    return (
        countries.lookup(words, strict_codes=True) is None
        and not country_of_capital(words)
        and not _HAS_VENUE_WORD.search(words)
        and not ENDS_IN_OFFICE.search(words)
        and not _NOT_NAME_START.match(words)
    )


_NOT_NAME_START = re.compile(r"(?:The|This|That|These|Those|Both|Our|Their|His|Her)\b")
# "In the meeting with Naledi Pandor, minister of ...": the one met, by name.
_IN_THE_MEETING_WITH = re.compile(
    r"^(?:In|During|At) (?:the|their|his|her) (?:[\w-]+ )?(?:meeting|talks|call|conversation)"
    r" with (?P<name>(?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)(?=[,.]| on\b| in\b)"
)


def _counterpart_met(
    people: list[Participant], country: str, paras: list[str], lead: str, review: list[Review]
) -> list[Participant]:
    """The counterpart the lead names by country, named in the paragraph after it."""
    for para in _after(paras, lead, MAX_MET_NEXT):
        m = _IN_THE_MEETING_WITH.match(para)
        if m is None or offices.fold(m["name"]) in offices.fold(people[0].name):
            continue
        review.append(
            Review(
                "participants",
                f"{m['name']} is the counterpart the paragraph after the lead names",
                m["name"],
            )
        )
        return [*people, Participant(name=m["name"], role="", country=country)]
    return people


def _transcript_people(
    speaker: Participant,
    speakers: list[Participant],
    people: list[Participant],
    paras: list[str],
    lead: str,
    date: dt.date | None,
) -> list[Participant]:
    """A transcript's participants: its speakers, not the people they speak of ("our first
    visitor was Foreign Minister X"); with one speaker labelled so far, the office holders
    its header names ("The Hon Ana Ruiz MP")."""
    if len(parties(speakers)) >= 2:
        return speakers
    people = merge_people([speaker], people)
    if len(parties(people)) < 2:
        header = "\n".join(_before(paras, lead, MAX_HEADER_PARAS))
        people = merge_people(people, known_names(header, people, date))
    return people


MAX_HEADER_PARAS = 12
_MET_OR_VISITED = re.compile(
    r"\b(?:met|meets?|meeting|talks|discussions?|visit(?:ed|ing|s)?|received|hosted|welcomed"
    r"|summit)\b",
    re.I,
)
_SUMMIT_SAID = re.compile(r"\b(?:summit|summit talks|held talks|bilateral meeting)\b", re.I)
_CALLED = re.compile(r"\b(?:call|phone|telephone|video|virtual)", re.I)


def _only_speakers(
    people: list[Participant], speakers: list[Participant], lead: str
) -> list[Participant]:
    """A transcript whose lead is a speaker's turn ("SECRETARY BLINKEN: Great to see you"):
    its sides are its speakers, not the people they speak of ("the recent address by
    President Biden")."""
    if len(speakers) < 2 or not _LABEL_START.match(lead):
        return people
    families = {s.name.split()[-1].casefold() for s in speakers}
    kept = [p for p in people if p.name.split()[-1].casefold() in families]
    return kept if len(kept) >= 2 else people


_LABEL_START = re.compile(r"[A-Z][A-Z .'-]{2,60}:")


def _two_sides_speak(
    speaker: Participant | None, people: list[Participant], speakers: list[Participant]
) -> bool:
    """A transcript of two sides, each speaking under its label ("SECRETARY BLINKEN:",
    "FOREIGN MINISTER HAYASHI:")."""
    return len(parties(people)) == 2 and (speaker is not None or len(speakers) >= 2)


def _lead_at(paras: list[str], lead: str) -> int:
    """The index of the lead among the paragraphs, also when the lead was read without its
    number ("1. On the sidelines of ..."); -1 when it is not one of them."""
    if lead in paras:
        return paras.index(lead)
    if not lead.strip():
        return -1
    return next(
        (
            i
            for i, p in enumerate(paras)
            if p.endswith(lead) and _ITEM_NUMBER.fullmatch(p[: len(p) - len(lead)])
        ),
        -1,
    )


_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[•·▪o°-])?\s*")


def _after(paras: list[str], lead: str, count: int) -> list[str]:
    """The paragraphs just after the lead (none when the lead is not one of them); the
    blank lines between paragraphs are not counted."""
    at = _lead_at(paras, lead)
    if at < 0:
        return []
    return [p for p in paras[at + 1 :] if p.strip()][:count]


def _before(paras: list[str], lead: str, count: int) -> list[str]:
    """The paragraphs just before the lead (none when the lead is not one of them); the
    blank lines between paragraphs are not counted."""
    at = _lead_at(paras, lead)
    if at < 0:
        return []
    return [p for p in paras[:at] if p.strip()][-count:] if count > 0 else []


def _without_section(title: str, people: list[Participant]) -> str:
    """A headline without a site's country section run into it: "China Jiang Zemin Meets US
    Senator", where the word before a participant's full name is a country."""
    first, _, rest = title.partition(" ")
    if (
        rest
        and len(first) > 3
        and not first.isupper()
        and countries.lookup(first, strict_codes=True) is not None
        and any(re.match(rf"{re.escape(p.name)}\b", rest) for p in people)
    ):
        return rest
    return title


# "[Place] Singapore"; Australia's transcripts: "Location: Parliament House, Canberra".
_ARCHIVE_PLACE = re.compile(
    r"^(?:\[Place\]|(?i:Location|Venue|Place):)\s*(?P<place>[A-Z][^\[\]>|/]{1,60})$"
)


def _archive_holder(page: Page, people: list[Participant]) -> Participant | None:
    """The office holder an archive's "Family, Given" line names, of a country not yet among
    the people."""
    for line in page.lines[:MAX_ARCHIVE_LINES]:
        found = inverted_holder(line)
        if found is not None and found.country not in {p.country for p in people}:
            return found
    return None


MAX_ARCHIVE_LINES = 20


# The offices a kind of meeting is held by: a summit's heads, a foreign ministers' meeting's
# ministers.
_HEADS = ("President", "Prime Minister", "Chancellor", "Premier", "King", "Emir")
_MINISTERS = ("Foreign Minister", "Foreign Secretary", "Secretary of State")
_KIND_OFFICES = {
    "summit": _HEADS,
    "telephone-talk": _HEADS,
    "video-conference": _HEADS,
    "foreign-ministers-meeting": _MINISTERS,
}


def _other_side_by_family(
    people: list[Participant],
    codes: list[str],
    text: str,
    date: dt.date,
    kind: str,
    review: list[Review],
) -> list[Participant]:
    """The other party's office holder on the day, when the text names them by family name
    alone ("the Honourable Albanese"), in an office of the meeting's kind; marked."""
    other = next(c for c in codes if c != people[0].country)
    wanted = _KIND_OFFICES.get(kind, _HEADS + _MINISTERS)
    head = text[:MAX_LEAD_TEXT]
    found = {
        h.name: h
        for h in offices.holders()
        if h.country == other
        and h.held_on(date)
        and h.office in wanted
        and len(h.family) > 3
        and re.search(rf"(?<![\w-]){re.escape(h.family)}(?![\w-])", head)
    }
    if len(found) != 1:
        return people
    [holder] = found.values()
    review.append(
        Review(
            "participants",
            f"{holder.name} is named by family name only; the table of office holders gives "
            f"{holder.name} as {holder.office} on {date.isoformat()}",
            holder.family,
        )
    )
    return [*people, Participant(holder.name, "", f"{holder.office} of {the(other)}", other)]


_I_MET = re.compile(r"(?:^|[.!?] )I (?:have |had )?(?:held|had|met|spoke|received|welcomed)\b")


def _speaker_in_headline(
    people: list[Participant], headline: str, review: list[Review]
) -> list[Participant]:
    """The one person the headline names of a country the lead's people are not of, when the
    lead speaks as "I": the speaker, first."""
    taken = {p.country for p in people if p.country}
    named = {p.name.split()[-1] for p in people}
    new = [
        p
        for p in find_participants(headline)
        if p.country and p.country not in taken and p.name.split()[-1] not in named
    ]
    if len(new) != 1:
        return people
    review.append(
        Review(
            "participants",
            f"{new[0].name} is taken from the headline: the text speaks as 'I'",
            new[0].name,
        )
    )
    return [new[0], *people]


def _archive_place(page: Page) -> str:
    """The place an archive's record gives in a field of its own: "[Place] Singapore"."""
    for line in page.lines[:20]:
        if (m := _ARCHIVE_PLACE.match(line)) is not None:
            return m.group("place").strip()
    return ""


def _later_place(paras: list[str], lead: str, review: list[Review]) -> str:
    """A place a paragraph near the lead gives for the meeting, marked: it may be another
    event's."""
    if lead not in paras:
        return ""
    # "... has met with ... They met at the AU Headquarters, on Tuesday": the lead's own
    # later sentences first.
    place = (
        met_at(" ".join(sentences(lead)[1:]))
        or later_location(_after(paras, lead, 3))
        or later_location(_before(paras, lead, 3))
    )
    if place:
        review.append(
            Review(
                "location",
                "taken from another paragraph than the lead, which may speak of another event",
                place,
            )
        )
    return place


# A photo's caption that ends with the place and the day: "Prime Minister X (R) hosts Y,
# Ha Noi, February 26, 2025 - Photo: VGP".
_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
_CAPTION_PLACE = re.compile(
    r", (?P<city>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}), "
    rf"(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})\b"
)


MAX_CAPTION_LOOK = 5  # paragraphs after the lead read for a photo's caption (a byline between)


def _caption_place(
    paras: list[str], lead: str, people: list[Participant], review: list[Review]
) -> str:
    """The city a photo's caption near the lead gives, when the caption names one of the
    people, marked."""
    families = {p.name.split()[-1] for p in people if p.name}
    for para in [*_before(paras, lead, 3), *_after(paras, lead, MAX_CAPTION_LOOK)]:
        if not CAPTION.search(para) or not any(
            re.search(rf"\b{re.escape(f)}\b", para) for f in families
        ):
            continue
        for m in _CAPTION_PLACE.finditer(para):
            if country_of_capital(m["city"]):
                review.append(Review("location", "taken from a photo's caption", para))
                return m["city"]
    return ""


def _here_place(paras: list[str], lead: str, review: list[Review]) -> str:
    """The city a speaker says they are in ("colleagues here in New York"), marked."""
    at = paras.index(lead) if lead in paras else 0
    place = here_in(paras[at:])
    if place:
        review.append(Review("location", "taken from a speaker's words: here in ...", place))
    return place


def _wire_dateline_place(paras: list[str], lead: str, review: list[Review]) -> str:
    """The city of a wire's dateline in the paragraphs before the lead, or of the one that
    opens the lead ("New Delhi, Feb 16 (PTI)"), when nothing else names the place."""
    before = opening_dateline(_before(paras, lead, len(paras))) if lead in paras else ""
    place = before or lead_dateline(lead)
    if place:
        review.append(
            Review(
                "location",
                "taken from the dateline, which may be where the "
                "report was filed rather than where the meeting was",
                place,
            )
        )
    return place


def _byline_city(page: Page, review: list[Review]) -> str:
    """The city a reporter's byline was filed from ("Endy Bayuni, The Jakarta Post,
    Santiago"), when nothing else names the place."""
    for line in page.lines[: MAX_TOP_LINES + 4]:
        m = BYLINE.match(line)
        if m is not None and m["city"] and city_or_venue(m["city"]):
            review.append(
                Review("location", "taken from the reporter's byline: where it was filed", line)
            )
            return m["city"]
    return ""


def _crumb_category(page: Page, title: str) -> str:
    """The breadcrumb's last section ("Statements and Releases"), unless it is the page itself."""
    for trail in page.crumbs:
        crumbs = [c for c in trail if c and not re.fullmatch(r"home|top|top page|main", c, re.I)]
        if (
            crumbs
            and crumbs[-1].casefold() != title.casefold()
            and len(crumbs[-1]) <= 60
            and not title.casefold().startswith(crumbs[-1].casefold()[:30])
        ):
            return crumbs[-1]
    return ""


def _without_repeats(paras: list[str]) -> list[str]:
    """Each paragraph once: GOV.UK repeats its standfirst as the first paragraph of the body."""
    seen: set[str] = set()
    out = []
    for para in paras:
        if len(para) > 40 and para in seen:
            continue
        seen.add(para)
        out.append(para)
    return out


def _summary_and_sections(lead: list[str], sections: list[Section]) -> tuple[str, list[Section]]:
    """The summary is what precedes numbered sections; without any, the first paragraph."""
    if sections:
        return "\n\n".join(lead), sections
    if not lead:
        return "", []
    # An attribution line ("The below is attributable to Spokesperson ...:") introduces the
    # readout; the paragraph after it is the summary, the line stays first in the body.
    first = 1 if len(lead) > 1 and len(lead[0]) <= 200 and ATTRIBUTION.search(lead[0]) else 0
    rest = lead[:first] + lead[first + 1 :]
    return lead[first], [Section(paragraphs=tuple(rest))] if rest else []


def _title_pair(title: str) -> list[str]:
    """Parties named by a title such as "Japan-Malaysia Summit Meeting"."""
    m = _PAIR.search(title)
    if m is None:
        return []
    codes = []
    for side in (m.group("a").split()[-1], m.group("b")):
        found = countries.lookup(side.strip(), strict_codes=True)
        if found is None:
            return []
        codes.append(found.code)
    return codes


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for ids and file names ("Erdoğan" is "erdogan")."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", plain.replace("'", ""))
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > MAX_ID:
            break
        out = f"{out}-{word}" if out else word
    return out


def make_id(date: dt.date, title: str) -> str:
    """A readout id from its date and title: 2024-05-23-japan-malaysia-summit-meeting."""
    return f"{date.isoformat()}-{slug(clean_title(title)) or 'readout'}"


def _unique_ids(found: list[ImportedReadout]) -> list[ImportedReadout]:
    seen: dict[str, int] = {}
    out = []
    for item in found:
        if item.readout is not None:
            n = seen.get(item.readout.id, 0) + 1
            seen[item.readout.id] = n
            if n > 1:
                item = replace(item, readout=replace(item.readout, id=f"{item.readout.id}-{n}"))
        out.append(item)
    return out
