"""The import pipeline: normalise, strip furniture, split, then extract each field in turn."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from summit_tui.core import countries, topics
from summit_tui.core.importer import offices
from summit_tui.core.importer.dates import DateMention, find_dates, relative_day
from summit_tui.core.importer.furniture import Page, strip_furniture
from summit_tui.core.importer.kind import (
    clean_title,
    composed_title,
    kind_of,
    pick_title,
    title_from_lead,
    title_line,
    unnamed_office_kind,
)
from summit_tui.core.importer.normalise import normalise
from summit_tui.core.importer.parties import listed_parties
from summit_tui.core.importer.people import (
    find_attendees,
    find_participants,
    guest_after_verb,
    merge_people,
    parties,
)
from summit_tui.core.importer.place import find_location, title_place
from summit_tui.core.importer.publishers import publisher_of_site
from summit_tui.core.importer.request import NO_OVERRIDES, NO_PAGE, Overrides, PageFacts
from summit_tui.core.importer.result import ImportedReadout, ImportResult
from summit_tui.core.importer.sections import build_sections
from summit_tui.core.importer.split import Part, split_meetings
from summit_tui.core.importer.times import start_zone, timing_with_note
from summit_tui.core.models import Participant, Readout, Review, Section, Source

MAX_ID = 100
_PLACE_LINE = re.compile(
    r"^(?=.{3,40}$)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)?$"
)
# "The Prime Minister spoke to ...": the publisher's own leader, named by office only.
_UNNAMED_HOME = re.compile(
    r"^(?:(?:Today|Yesterday|Earlier today|This (?:morning|afternoon|evening)),? )?(?:The|the) "
    r"(?P<office>Prime Minister|President|Chancellor|Foreign Secretary|Secretary(?: of State)?"
    r"|Foreign Minister|Minister for Foreign Affairs)\b(?![-\w])(?! of\b)(?!,? +[A-Z][a-z])")
_PAIR = re.compile(r"\b(?P<a>[A-Z][\w.' ]*?)-(?P<b>[A-Z][\w.' ]*?)\s+(?:Summit|Foreign|Telephone"
                   r"|Video|Leaders|Meeting|Talks|Summit Meeting|[Ss]trategic|Dialogue"
                   r"|[Dd]ialogues?)\b")


def import_text(text: str, source_name: str = "<stdin>", *, facts: PageFacts = NO_PAGE,
                given: Overrides = NO_OVERRIDES) -> ImportResult:
    """Turn the plain text of an official readout into readouts, reporting what is unknown.

    ``facts`` are what the page said about itself (a saved page or a URL); ``given`` are the
    fields the user supplied, which win over the text.
    """
    clean = normalise(text)
    if not clean:
        return ImportResult(source_name, not_a_readout="the text is empty")
    page = _with_facts(strip_furniture(clean), facts)
    if not page.lines:
        return ImportResult(source_name, not_a_readout="the text holds page furniture only")
    opening, parts = split_meetings(page.lines)
    if parts:
        page_title = title_line(opening[0]) if opening else ""
        known: list[Participant] = []
        found = []
        for part in parts:
            item = _extract(list(part.paragraphs), page, _part_title(part, page_title),
                            multi=True, known=known, given=given)
            found.append(item)
            if item is not None and item.readout is not None:
                known.extend(item.readout.participants)
    else:
        found = [_extract(opening, page, "", multi=False, given=given)]
    meetings = [f for f in found if f is not None]
    if not meetings:
        return ImportResult(source_name, not_a_readout=(
            "no meeting found: the text names no participants, parties or kind of meeting"))
    return ImportResult(source_name, tuple(_unique_ids(meetings)))


def _with_facts(page: Page, facts: PageFacts) -> Page:
    """The page's metadata joined to what its text said: publisher, address, date."""
    if facts.empty:
        return page
    publisher = page.publisher or publisher_of_site(facts.url, facts.site)
    # A republisher's page cites the original: that address is the source.
    return replace(page, publisher=publisher, url=page.url or facts.url,
                   published=facts.published)


def _part_title(part: Part, page_title: str) -> str:
    if len(part.heading.split()) > 1 or not page_title:
        return part.heading
    return f"{page_title}: {part.heading}"


def _extract(paras: list[str], page: Page, title: str, *, multi: bool,
             known: list[Participant] | None = None,
             given: Overrides = NO_OVERRIDES) -> ImportedReadout | None:
    """Every field of one meeting from its paragraphs; None when they report no meeting."""
    missing: list[str] = []
    notes: list[str] = []
    review: list[Review] = []
    paras = _without_repeats(paras)
    headline_dates = find_dates(title)
    raw_title = title
    if not title and (picked := pick_title(paras, _lead_index(paras)))[0]:
        # The headline's own date ("PM call with ...: 6 July 2024") is cut from the title.
        raw_title = paras[picked[1]]
        headline_dates = find_dates(raw_title)
        title, paras = picked[0], paras[picked[1] + 1 :]
    place_line = ""
    if len(paras) > 1 and _PLACE_LINE.match(paras[0]):
        place_line, paras = paras[0], paras[1:]  # a dateline place: "Ottawa, Ontario"
    lead, sections = build_sections(paras)
    lead_text = _pick_lead(lead, sections)
    summary, sections = _summary_and_sections(lead, sections)

    sentence = _meeting_sentence(lead_text)
    date = given.date or _meeting_date(lead_text, headline_dates, page, missing, review,
                                       "\n".join(paras), sentence, "\n".join(page.lines))
    people = find_participants(_who_met(sentence)) or find_participants(lead_text)
    for other in _REPRESENTED.findall(lead_text[:MAX_LEAD_TEXT]):
        people = merge_people(people, find_participants(other))
    people = merge_people(people, _known_names(sentence, people, date))
    if (guest := guest_after_verb(sentence, people)) is not None:
        people = [*people, guest]
    if len(people) < 2:
        people = merge_people(people, find_participants(title))
    people = [_known_person(p, known or []) for p in people]
    people = [_office_holder_country(p, date, notes) for p in people]
    people = _home_country(people, page, notes)
    people = merge_people(people, find_attendees(paras))
    people = _unnamed_home_official(people, lead_text, page, date, review, "\n".join(paras))
    codes = parties(people)
    listed = listed_parties(lead_text)  # "the leaders of A, B and C": the list's order
    codes = [*listed, *(c for c in codes if c not in listed)]
    named = title or title_from_lead(lead_text)
    for code in _title_pair(named):
        if code not in codes:
            codes.append(code)
    home = page.publisher.country if page.publisher else ""
    if home and home not in codes and (unnamed := _UNNAMED_HOME.match(lead_text)):
        codes.insert(0, home)
        review.append(Review("countries", f"{countries.name_of(home)} is taken from the "
                             "publisher: its own leader is named by role only",
                             unnamed.group(0)))
    kind = kind_of(named, sentence, people, len(codes)) or kind_of(named, lead_text, people,
                                                                   len(codes))
    if kind in ("summit", "foreign-ministers-meeting", "telephone-talk", ""):
        kind = _remote_hint(paras, lead_text) or kind
    if not kind and (unnamed := _UNNAMED_HOME.match(lead_text)) is not None:
        others = [p for p in people if p.country != home] if home else people
        kind = unnamed_office_kind(lead_text, unnamed.group("office"), others, sentence)
    if not (people or codes or kind or given.kind or given.countries):
        return None
    if given.countries:
        codes = list(given.countries)
    if given.kind:
        kind = given.kind
    if not kind:
        missing.append("kind")
        review.append(Review("kind", "the text does not say what kind of meeting this was"))
    if given.title:
        title = given.title
    if not title:
        title = title_from_lead(lead_text)
    if not title:
        guest = next((p for p in people if p.country != home), None)
        # Without a kind, a plain "Meeting": a headline is worth less than the readout.
        title = composed_title(kind or "other", [countries.name_of(c) for c in codes], guest)
        if title:
            review.append(Review("title", "composed from the parties and kind: the text "
                                 "gives no headline"))
    remote = kind in ("telephone-talk", "video-conference")
    timed = _timing_text(lead_text, paras)
    start, minutes, time_note = timing_with_note(timed, remote=remote)
    zone = start_zone(timed, remote=remote) if start is not None else ""
    if time_note:
        notes.append(time_note)
    location = (find_location(sentence) or find_location(lead_text) or place_line
                or title_place(raw_title) or _dateline_place(page, review))
    for field, value in (("start_time", start), ("duration_minutes", minutes),
                         ("location", location), ("participants", people),
                         ("countries", codes)):
        if not value:
            missing.append(field)
    for p in people:
        if not p.country:
            missing.append(f"country of {p.name}")
        if not p.role:
            review.append(Review("participants", f"{p.name} is named without a role",
                                 p.name))
    body_side = any(_BODY_ROLE.search(p.role) for p in people)  # ASEAN, the UN: no country
    if kind != "multilateral" and not given.countries and len(codes) == 1 and not body_side:
        review.append(Review("countries", "only one party found: the other side is not named "
                             "with its country"))
    if kind != "multilateral" and len(people) == 1:
        review.append(Review("participants", "only one participant found: the other side is "
                             "named by office or not at all"))
    category = page.category or _crumb_category(page, title)
    if not category:
        missing.append("source category")
    if page.publisher is None:
        missing.append("source publisher")
    if not title:
        missing.insert(0, "title")
    if date is None or not title:
        return ImportedReadout(None, tuple(missing), tuple(notes), title, tuple(review))
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
        source=Source(publisher=page.publisher.name if page.publisher else "",
                      url=page.url, category=category),
        provisional_translation=page.provisional_translation,
        review=tuple(_given_wins(review, given)),
    )
    text = readout.full_text()
    readout = replace(
        readout,
        topics=tuple(topics.default_taxonomy().tag(text)),
        mentions=tuple(c for c in countries.mentioned_codes(text) if c not in codes),
    )
    return ImportedReadout(readout, tuple(missing), tuple(notes), title, readout.review)


# The sentence that reports a meeting: who met, spoke or called whom.
_MEETING_VERB = re.compile(
    r"\b(?:met|meets|meeting|spoke|speaks|talks|talked|held|holds|hold|call|calls|called"
    r"|telephone|telephoned|phone|phoned|conversation|conferred|received|receives|hosted"
    r"|hosts|welcomed|visited|greeted|dialogue|consultations"
    r"|video|summit|discussed|discussion)\b", re.I)
# A line that introduces the readout rather than reporting the meeting.
_ATTRIBUTION = re.compile(
    r"\b(?:attributable to|As stated by|the following (?:statement|readout|is)|released the "
    r"following|spokes(?:person|man|woman)\b[^.]{0,60}\bsaid:|unedited readout"
    r"|sent directly from)\b|:\s*$", re.I)
MAX_LEAD_LOOK = 30
MAX_LEAD_TEXT = 3000
MAX_LEAD_TRIES = 6  # paragraphs that report a meeting, tried for one that names people


def _meeting_sentence(lead: str) -> str:
    """The lead's first sentence that reports a meeting: its people are the participants
    (later sentences name others: "to discuss President Trump's decision")."""
    lead = after_attribution(lead)
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(lead[:MAX_LEAD_TEXT]))]
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(lead)
        sentence = lead[start:stop]
        if _MEETING_VERB.search(sentence) and not _ATTRIBUTION.search(sentence):
            return sentence
    return lead


def _the(code: str) -> str:
    """A country's name as a role says it: "the United Kingdom", "Japan"."""
    name = countries.name_of(code)
    plural_or_union = re.match(r"(?:United|Republic|Russian|European|Czech|Netherlands"
                               r"|Philippines|Kingdom|Federal|Democratic)\b", name)
    return f"the {name}" if plural_or_union else name


# What follows the people in the meeting sentence: the subject, where other names appear
# ("to discuss President Trump's decision").
_SUBJECT = re.compile(r"\b(?:to (?:discuss|review|congratulate|exchange|thank|express|condole"
                      r"|convey|brief|follow up)|regarding|concerning|about the|in response to"
                      r"|following (?:the|his|her)|after (?:the|his|her))\b")


# "Japan was represented by Prime Minister Shinzo Abe.": a party's people, in a sentence of
# their own.
_REPRESENTED = re.compile(r"[^.]*\b(?:was|were) represented by\b[^.]*")


def _who_met(sentence: str) -> str:
    """The sentence up to where it turns to what was discussed."""
    m = _SUBJECT.search(sentence)
    return sentence[: m.start()] if m and m.start() > 20 else sentence


def _known_names(sentence: str, people: list[Participant],
                 date: dt.date | None) -> list[Participant]:
    """Office holders named in full in the sentence whom the role patterns missed
    ("Director of the Office of ... Yang Jiechi")."""
    folded = f" {offices.fold(sentence)} "
    out: list[Participant] = []
    for h in offices.holders():
        name = offices.fold(h.name)
        if f" {name} " not in folded or any(
                offices.fold(h.family) in offices.fold(p.name) for p in [*people, *out]):
            continue
        role = f"{h.office} of {_the(h.country)}" if date and h.held_on(date) \
            else ""
        out.append(Participant(h.name, "", role, h.country))
    return out


_ATTRIBUTED = re.compile(r"^.{0,500}?\b(?:attributable to|As stated by)\b[^:]{0,80}:\s*(?=\S)",
                         re.I | re.S)


def after_attribution(text: str) -> str:
    """The text after an attribution that runs into it ("... attributable to Spokesperson
    Ned Price: Secretary Blinken spoke ...")."""
    return _ATTRIBUTED.sub("", text, count=1)


def _reports_meeting(para: str) -> bool:
    """A paragraph that reads as the sentence reporting a meeting, not a headline or label."""
    para = after_attribution(para)
    words = para.split()
    lower = sum(1 for w in words if w[:1].islower()) / max(1, len(words))
    sentence_like = para.rstrip().endswith((".", "!", "?", '"', "”", ")")) \
        or len(para) > 160 or (len(para) >= 60 and lower >= 0.35)
    return len(para) >= 40 and sentence_like and bool(_MEETING_VERB.search(para)) \
        and not _ATTRIBUTION.search(para)


def _lead_index(paras: list[str]) -> int | None:
    """Where the lead paragraph is among the first ones; None when none reports a meeting."""
    reporting = [i for i, p in enumerate(paras[:MAX_LEAD_LOOK]) if _reports_meeting(p)]
    for i in reporting[:MAX_LEAD_TRIES]:
        if find_participants(_meeting_sentence(paras[i])):
            return i
    return reporting[0] if reporting else None


def _pick_lead(lead: list[str], sections: list[Section]) -> str:
    """The paragraph that reports the meeting: the first of the opening ones that has a verb
    of meeting and is not an attribution line ("The below is attributable to ...")."""
    candidates = list(lead)
    for _, section in (pair for s in sections for pair in s.walk()):
        candidates.extend(section.paragraphs)
        if len(candidates) >= MAX_LEAD_LOOK:
            break
    reporting = [p for p in candidates[:MAX_LEAD_LOOK] if _reports_meeting(p)]
    # The first that names someone with a role; a caption ("X meets Y in Rome") names none.
    for para in reporting[:MAX_LEAD_TRIES]:
        if find_participants(_meeting_sentence(para)):
            return para
    if reporting:
        return reporting[0]
    return candidates[0] if candidates else ""


_BODY_ROLE = re.compile(r"\b(?:ASEAN|Association of Southeast Asian Nations|United Nations|NATO"
                        r"|Secretary-General|Secretary General)\b")
# Kinds of meeting that have two sides: one party or one person found means one is missing.
_TWO_SIDED = ("summit", "telephone-talk", "video-conference", "foreign-ministers-meeting")


# A paragraph after the lead that still speaks of the meeting's course: "The conversation
# began at 9:30 p.m. and lasted about one hour."
_COURSE = re.compile(r"\b(?:began|begun|started|commenced|lasted|lasting|went on|ran for"
                     r"|\d+[- ]minute|hour[- ]long|an hour long)\b", re.I)


def _timing_text(lead: str, paras: list[str]) -> str:
    """The text to read the start time and length from: the lead, and when the lead gives
    neither, the next paragraph that tells how the meeting ran."""
    if timing_with_note(lead)[:2] != (None, None):
        return lead
    try:
        at = paras.index(lead)
    except ValueError:
        return lead
    for para in paras[at + 1 : at + 3]:
        if _COURSE.search(para):
            return f"{lead}\n{para}"
    return lead


_REMOTE_PHONE = re.compile(r"\b(?:phone (?:call|conversation|talks?)|telephone (?:call|conversation"
                           r"|talks?)|by (?:tele)?phone|over (?:the )?phone)\b", re.I)
_REMOTE_VIDEO = re.compile(r"\b(?:video ?conference|videoconference|video (?:call|link)"
                           r"|virtual (?:meeting|summit))\b", re.I)


def _remote_hint(paras: list[str], lead: str) -> str:
    """A call or a video conference that the opening paragraphs name although the lead
    sentence does not ("The top diplomats had a phone conversation ..." before the lead;
    "held an hour long video conference" just after "spoke to")."""
    try:
        at = paras.index(lead)
    except ValueError:
        return ""
    opening = "\n".join(paras[max(0, at - 2) : at + 3])
    if _REMOTE_VIDEO.search(opening):
        return "video-conference"
    if _REMOTE_PHONE.search("\n".join(paras[max(0, at - 2) : at + 1])):
        return "telephone-talk"
    return ""


def _given_wins(review: list[Review], given: Overrides) -> list[Review]:
    """The review marks left once the user's own values are in: theirs need no review."""
    settled = {name for name, value in (("date", given.date), ("title", given.title),
                                        ("countries", given.countries), ("kind", given.kind))
               if value}
    out: list[Review] = []
    for mark in review:
        if mark.field not in settled and mark not in out:
            out.append(mark)
    return out


def _dateline_place(page: Page, review: list[Review]) -> str:
    """The dateline's place, when it is a city and not a whole country."""
    place = page.dateline_place
    if not place or countries.lookup(place, strict_codes=True) is not None:
        return ""
    review.append(Review("location", "taken from the dateline, which may be where the "
                         "release was issued rather than where the meeting was", place))
    return place


def _crumb_category(page: Page, title: str) -> str:
    """The breadcrumb's last section ("Statements and Releases"), unless it is the page itself."""
    for trail in page.crumbs:
        crumbs = [c for c in trail if c and not re.fullmatch(r"home|top|top page|main", c, re.I)]
        if crumbs and crumbs[-1].casefold() != title.casefold() and len(crumbs[-1]) <= 60 \
                and not title.casefold().startswith(crumbs[-1].casefold()[:30]):
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
    rest = lead[1:]
    return lead[0], [Section(paragraphs=tuple(rest))] if rest else []


def _home_country(people: list[Participant], page: Page,
                  notes: list[str]) -> list[Participant]:
    """The publisher's own leader is named without a country ("President Biden"): fill it in.

    Only when exactly one person lacks a country and nobody else is from the publisher's
    country; with two unknowns we cannot tell which one is the host.
    """
    home = page.publisher.country if page.publisher else ""
    unknown = [i for i, p in enumerate(people) if not p.country]
    if not home or len(unknown) != 1 or any(p.country == home for p in people):
        return people
    i = unknown[0]
    notes.append(f"country of {people[i].name} taken from the publisher "
                 f"({page.publisher.name})")  # type: ignore[union-attr]
    return [*people[:i], replace(people[i], country=home), *people[i + 1 :]]


def _office_holder_country(person: Participant, date: dt.date | None,
                           notes: list[str]) -> Participant:
    """The country of a known office holder named without one ("President Obama")."""
    if person.country:
        return person
    found = offices.known_person(person.name, person.role, date)
    if found is None:
        return person
    notes.append(f"country of {person.name} known from the office held ({found.office})")
    # A bare title ("Secretary Pompeo", "PM Modi") becomes the office it stands for.
    role = found.office if person.role in _BARE_ROLES and found.office.startswith(
        _BARE_ROLES[person.role]) else person.role
    return replace(person, country=found.country, role=role)


_BARE_ROLES = {"Secretary": "Secretary", "PM": "Prime Minister", "President": "President"}


_FIRST_PERSON = re.compile(r"^(?:(?:Today|Yesterday|This (?:morning|afternoon|evening)|Earlier "
                           r"today),? )?I (?:met|spoke|held|had|hosted|welcomed|received|"
                           r"called)\b")
_OFFICES = {
    "prime minister": "Prime Minister", "president": "President", "chancellor": "Chancellor",
    "foreign secretary": "Foreign Secretary", "secretary": "Secretary of State",
    "secretary of state": "Secretary of State", "foreign minister": "Foreign Minister",
    "minister for foreign affairs": "Foreign Minister",
}


def _unnamed_home_official(people: list[Participant], lead: str, page: Page,
                           date: dt.date | None, review: list[Review],
                           text: str = "") -> list[Participant]:
    """The publisher's own principal, named by office only ("The Prime Minister spoke to").

    The office holder on the meeting's date joins the participants, marked for review.
    """
    home = page.publisher.country if page.publisher else ""
    m = _UNNAMED_HOME.match(lead)
    first_person = _FIRST_PERSON.match(lead) if page.publisher and page.publisher.office \
        else None
    if (m is None and first_person is None) or date is None:
        return people
    guessed = not home
    if guessed:
        home = _pair_partner(text, {p.country for p in people if p.country}) or _style_home(
            text, m.group("office") if m is not None else "")
    if not home or any(p.country == home for p in people):
        return people
    if m is not None:
        office = _OFFICES[m.group("office").casefold()]
        words = m.group(0)
    else:  # "Today I met ...": the minister whose office publishes the release
        office = page.publisher.office if page.publisher and first_person else ""
        words = first_person.group(0) if first_person else ""
    if office == "Foreign Secretary" and home != "GB":
        office = "Foreign Minister"
    found = offices.holder(home, office, date)
    if found is None:
        return people
    whose = (f"the release names no publisher; {_the(home)} is taken from the way the text "
             "is written" if guessed else "")
    review.append(Review("participants", f"{found.name} is named by office only; the table "
                         f"of office holders gives {found.name} as {found.office} on "
                         f"{date.isoformat()}" + (f" ({whose})" if whose else ""), words))
    person = Participant(found.name, "", f"{found.office} of {_the(home)}", home)
    return [person, *people]


_PAIRED = re.compile(
    r"\b(?:the )?(?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:\s*[-–]\s*| and )(?:the )?"
    r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?= (?:relationship|relations|partnership"
    r"|cooperation|ties|alliance|bilateral|can|will|have|are|were|share|agreed|leaders)\b)")


_BETWEEN = re.compile(r"\bbetween (?:the )?(?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) and (?:the )?"
                      r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\b")


_UK_STYLE = re.compile(r"\b(?:the UK|the United Kingdom|Britain|British|Downing Street|No ?10"
                       r"|Number 10)\b")
_IN_STYLE = re.compile(r"\b(?:PIB|India|Indian|New Delhi)\b")


def _style_home(text: str, office: str) -> str:
    """The country whose habit a release without a publisher follows: "The President" and
    "The Secretary" of the White House and State Department, "The Prime Minister" of
    Downing Street or of India's press office, "The Foreign Secretary" of the UK."""
    head = text[:MAX_LEAD_TEXT]
    office = office.casefold()
    if office in ("president", "secretary", "secretary of state"):
        return "US"  # the White House's and the State Department's way of writing
    if office == "foreign secretary":
        return "GB"
    if office == "prime minister":
        uk, india = _UK_STYLE.search(head), _IN_STYLE.search(head)
        return "GB" if uk and not india else "IN" if india and not uk else ""
    return ""


def _pair_partner(text: str, parties: set[str]) -> str:
    """The country the text pairs with a known party ("the UK and Germany can continue",
    "UK-Ireland bilateral relationship"): the home side of a release without a publisher."""
    head = text[:MAX_LEAD_TEXT]
    for m in (*_PAIRED.finditer(head), *_BETWEEN.finditer(head)):
        a = countries.lookup(m.group("a"), strict_codes=True)
        b = countries.lookup(m.group("b"), strict_codes=True)
        if a is None or b is None or a.code == b.code:
            continue
        if a.code in parties and b.code not in parties:
            return b.code
        if b.code in parties and a.code not in parties:
            return a.code
    return ""


def _known_person(person: Participant, known: list[Participant]) -> Participant:
    """A short mention ("Prime Minister Kishida") of someone named in full earlier on the page."""
    words = person.name.casefold().split()
    for other in known:
        if len(words) == 1 and words[0] in re.findall(r"[\w'-]+", other.name.casefold()):
            return other
    return person


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


# A sentence that reports the meeting itself, not a dinner or a publication.
_MEETING_SENTENCE = re.compile(
    r"\b(?:met|meets?|meeting|talks?|summit|spoke|speaks|call(?:ed)?|conversation|conferred"
    r"|held|holds|received|receives|visit(?:ed|s)?|discussion|phone|telephone|video)\b", re.I)
_SIDE_EVENT = re.compile(r"\b(?:dinner|banquet|luncheon|lunch|breakfast|reception|arrived"
                         r"|arrival|departed|will (?:meet|visit|travel|hold))\b", re.I)
_CORE_MEETING = re.compile(r"\b(?:met|meeting|talks|summit|spoke|call)\b", re.I)
# A full stop that ends a sentence: after a word, not after "Hon", "Mr" or an initial.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\"”]{2})(?<!\bHon)(?<!\bMrs)(?<!\bProf)(?<!\bGen)"
                           r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bAmb)(?<!\bNo)(?<!\bvs)"
                           r"[.!?]\s+(?=[A-Z“\"])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")\b(?!,? (?:[A-Z][a-z]+ \d|\d))",
                         re.I)


MAX_DATES = 40  # dates weighed in one text: the meeting's is among the first
MAX_SENTENCE = 300


def _scored_dates(text: str, base: int = 0) -> list[tuple[int, int, DateMention]]:
    """Each date in the text with a score: higher when its sentence reports the meeting."""
    # Sentence starts, in order: after a full stop, or a line break (a line is a paragraph).
    ends = sorted({m.end() for m in _SENTENCE_END.finditer(text)}
                  | {m.end() for m in re.finditer("\n", text)})
    out = []
    for mention in find_dates(text)[:MAX_DATES]:
        i = bisect.bisect_right(ends, mention.start)
        # The sentence around the date, within bounds: pasted text can lack full stops.
        start = max(ends[i - 1] if i else 0, mention.start - MAX_SENTENCE)
        stop = min(ends[i] if i < len(ends) else len(text), mention.end + MAX_SENTENCE)
        sentence = text[start : stop]
        score = 2 if _MEETING_SENTENCE.search(sentence) else 0
        if _SIDE_EVENT.search(sentence) and not _CORE_MEETING.search(sentence):
            score -= 3
        out.append((score, base + mention.start, mention))
    return out


def _meeting_date(lead: str, headline: list[DateMention], page: Page,
                  missing: list[str], review: list[Review],
                  body: str = "", sentence: str = "", whole: str = "") -> dt.date | None:
    """The meeting's date: the lead's, the headline's, the body's, then "today" or the page's.

    A date without a year takes it from the publication date, the headline or another date
    in the text, and is marked for review; so is a date read from the page's metadata.
    """
    # The first publication date printed; an "Updated:" date only when there is no other.
    printed_at = next((d for d in page.dates if d.resolve(None) and not d.updated),
                      next((d for d in page.dates if d.resolve(None)), None))
    if printed_at is None:
        # A page pasted as one line: its header (title, office, date) runs into the
        # attribution before the lead sentence; a date there is the publication's.
        header = lead[: len(lead) - len(after_attribution(lead))]
        printed_at = next((d for d in find_dates(header) if d.year and d.resolve(None)), None)
    printed = printed_at.resolve(None) if printed_at else None
    published = printed or page.published
    numbers_only = printed_at is not None and printed_at.ambiguous
    anchor = ("the publication line" if printed else
              "the page's publication date" if page.published else "")
    in_text = [d for d in (*headline, *find_dates(lead), *find_dates(body[:4000]),
                           *find_dates(whole[:4000])) if d.year]
    year = published.year if published else (in_text[0].year if in_text else None)
    if not anchor and in_text:
        anchor = "another date in the text"
    lead_dates = sorted(_scored_dates(lead), key=lambda t: (-t[0], t[1]))
    lead_dates = [t for t in lead_dates if t[0] >= 0] or lead_dates[:0]
    # "President Biden spoke today with ...": the meeting's day is relative; a date in
    # another sentence ("the May 27 arrangement") is something else.
    relative = bool(sentence) and not find_dates(_who_met(sentence)) and (
        relative_day(sentence) is not None or _ON_WEEKDAY.search(sentence) is not None)
    candidates = [] if relative else [t[2] for t in lead_dates]
    candidates += headline
    if not relative:
        candidates += [t[2] for t in sorted(_scored_dates(body[:4000]),
                                            key=lambda t: (-t[0], t[1])) if t[0] > 0]
    for mention in candidates:
        date = mention.resolve(year)
        words = (lead if mention in (t[2] for t in lead_dates) else "")[
            mention.start : mention.end]
        if date is None:
            if mention.year is not None or year is not None:
                missing.append("date (the text gives an impossible date)")
                return None
            continue
        if mention.ambiguous:
            review.append(Review("date", "written in numbers only; read month first", words))
        if words and re.search(r"\d{1,2}\s*[-–]\s*$", lead[max(0, mention.start - 6) :
                                                          mention.start]):
            span = lead[max(0, mention.start - 6) : mention.end].lstrip(" ,(")
            review.append(Review("date", "the text gives a span of days; the last is used",
                                 span))
        if mention.year is None:
            if published and date > published + dt.timedelta(days=1):
                date = mention.resolve(date.year - 1)  # "On December 30" read in January
                if date is None:
                    continue
            # A day and month just before a printed publication date is that year's: only
            # a year taken from elsewhere, or far from the publication, is worth a look.
            if not published or (published - date).days > 60:
                review.append(Review("date", f"the year is not given; {date.year} is taken "
                                     f"from {anchor}", words))
        return date
    if published is not None:
        if numbers_only:
            review.append(Review("date", "the publication date is written in numbers only "
                                 f"and was read month first ({published.isoformat()})"))
        if printed_at is not None and printed_at.updated:
            review.append(Review("date", "read against the page's update date "
                                 f"({published.isoformat()}), which may be later than the "
                                 "meeting"))
        back = _days_back(sentence, published) if sentence else None
        back = back or _days_back(lead, published)
        if back is not None:
            if back[1].casefold().rstrip("s").endswith(_WEEKDAYS):
                review.append(Review("date", f"the weekday is read as the last one on or "
                                     f"before the publication date ({published.isoformat()})",
                                     back[1]))
            elif not printed:
                review.append(Review("date", "a relative day read against the page's "
                                     f"publication date ({published.isoformat()})",
                                     back[1]))
            return published - dt.timedelta(days=back[0])
        review.append(Review("date", "the text gives no meeting date; the publication date "
                             f"({published.isoformat()}) is used"))
        return published
    bad = [d for d in page.dates if d.resolve(None) is None]
    missing.append("date (the text gives an impossible date)" if bad else "date")
    return None


def _days_back(lead: str, published: dt.date) -> tuple[int, str] | None:
    """Days before publication that "today", "yesterday" or "on Tuesday" mean, and the words."""
    back = relative_day(lead)
    if back is not None:
        m = re.search(r"\b(?:today|yesterday|this (?:morning|afternoon|evening)|tonight)\b",
                      lead, re.I)
        return back, m.group(0) if m else ""
    m = _ON_WEEKDAY.search(lead)
    if m is not None:
        wanted = _WEEKDAYS.index(m.group("day").lower())
        return (published.weekday() - wanted) % 7, m.group(0)
    return None


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for ids and file names."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > MAX_ID:
            break
        out = f"{out}-{word}" if out else word
    return out


def make_id(date: dt.date, title: str) -> str:
    """A readout id from its date and title: 2024-05-23-japan-malaysia-summit-meeting."""
    return f"{date.isoformat()}-{slug(clean_title(title))}"


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
