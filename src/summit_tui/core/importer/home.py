"""The publisher's own side: its leader named by office only, its country, known names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from summit_tui.core.importer import offices
from summit_tui.core.importer.furniture import Page
from summit_tui.core.importer.lead import MAX_LEAD_TEXT, meeting_sentence, sentences
from summit_tui.core.importer.people import find_participants
from summit_tui.core.model.readout import Participant, Review
from summit_tui.core.reference import countries

# "The Prime Minister spoke to ...": the publisher's own leader, named by office only.
UNNAMED_HOME = re.compile(
    # An agency's tag or a republisher's date: "(PIB NEWS) The Prime Minister", "(12. August)"
    r"^[‘'\"“]?(?:\([A-Z0-9][\w .,]{1,20}\) )?"
    # A wire's dateline before it: "London, England - The Vice President met yesterday ..."
    r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})?"
    r" (?:-|–|—|--) )?"
    r"(?:(?:Today|Yesterday|Earlier today|This (?:morning|afternoon|evening)),? )?"
    r"(?:(?:During|At|In|Following) (?=the [\w ]+'s (?:meeting|talks|call) with\b))?(?:The|the) "
    r"(?P<office>Prime Minister|Vice President|President|Chancellor|Foreign Secretary"
    r"|Secretary(?: of State)?|Foreign Minister|Minister for Foreign Affairs)\b(?![-\w])"
    # ("The Secretary of State for Foreign, Commonwealth and Development Affairs of the
    # United Kingdom, ...": the UK's Foreign Secretary by the office's full name)
    r"(?! of\b)(?! for [A-Z])(?!,? +[A-Z][a-z])"
    # "The Prime Minister and current President of the European Council, Jean-Claude
    # Juncker, met ...": the name follows the offices
    r"(?! and [^.,]{0,80}, [A-Z][\w'-]+[ -][A-Z])"
)
# The same office meeting someone in a later sentence of a publisher's release ("On
# background. The President met this evening ... with Prime Minister Netanyahu").
_HOME_MEETS = re.compile(r"\s*(?:met|spoke|held|hosted|welcomed|received|called|telephoned|had)\b")


# "Briefing on the President's Meeting with Prime Minister Blair": the publisher's own
# leader's meeting, the leader named by office only.
OWN_OFFICES_MEETING = re.compile(
    r"\b[Tt]he (?P<office>President|Prime Minister|Chancellor|Secretary|Foreign Secretary"
    r"|Foreign Minister)'s (?:[\w-]+ ){0,2}(?:[Mm]eeting|[Cc]all|[Tt]alks|[Cc]onversation"
    r"|[Bb]reakfast|[Ll]unch|[Dd]inner)(?: (?:today|yesterday|this \w+|in [A-Z][\w ]{2,30}?))*"
    r" [Ww]ith\b"
)


def the(code: str) -> str:
    """A country's name as a role says it: "the United Kingdom", "Japan"."""
    name = countries.name_of(code)
    plural_or_union = re.match(
        r"(?:United|Republic|Russian|European|Czech|Netherlands"
        r"|Philippines|Kingdom|Federal|Democratic)\b",
        name,
    )
    return f"the {name}" if plural_or_union else name


_POSSESSIVE = re.compile(r"['’]s\b")


# Someone mourned is not at the table: "visiting Japan for the funeral of former Prime
# Minister Keizo Obuchi", "the late King".
_MOURNED_NAME = re.compile(
    r"\b(?:funeral|memorial|burial|mourning|condolences?)\b[^.;()]{0,40}?\b(?:of|for|to)\s+"
    r"(?:the\s+)?(?:late\s+|former\s+)+[^.;,()]{0,60}|\bthe late\s+[^.;,()]{0,60}",
    re.I,
)


# A ruler named for his rule or his threat is not at the table: "the dangers of the Saddam
# Hussein regime", "the threat that Saddam Hussein poses to the region".
_REGIME_NAME = re.compile(
    r"(?:\b[A-Z][\w'-]+\s+){1,3}(?=regime\b)"
    r"|(?<=\bthreat that )(?:[A-Z][\w'-]+\s+){1,3}(?=poses?\b)"
)


def known_names(
    sentence: str, people: list[Participant], date: dt.date | None
) -> list[Participant]:
    """Office holders named in full in the sentence whom the role patterns missed
    ("Director of the Office of ... Yang Jiechi")."""
    plain = _POSSESSIVE.sub("", sentence)  # "David Cameron's phone call"
    plain = _MOURNED_NAME.sub(" ", plain)  # "for the funeral of former Prime Minister X"
    plain = _REGIME_NAME.sub(" ", plain)
    folded = f" {offices.fold(plain)} "
    out: list[Participant] = []
    # A name in two offices (Borrell: Spain's foreign minister, then the EU's): the one held
    # on the day first.
    ordered = sorted(offices.folded_names(), key=lambda nh: not (date and nh[1].held_on(date)))
    for name, h in ordered:
        if f" {name} " not in folded or any(
            offices.fold(h.family) in offices.fold(p.name) for p in [*people, *out]
        ):
            continue
        role = f"{h.office} of {the(h.country)}" if date and h.held_on(date) else ""
        out.append(Participant(h.name, "", role, h.country))
    return out


_BODY_OFFICE = re.compile(r"\b(?:Chairperson|Director-General|Commissioner)\b")
_OF_A_MINISTRY = re.compile(r"\bof the (?:Foreign Ministry|Ministry of)\b")
# Offices of a body, whose holders speak for no country: ASEAN's, the UN's.
BODY_ROLE = re.compile(
    r"\b(?:ASEAN|Association of Southeast Asian Nations|United Nations|NATO"
    r"|Secretary-General|Secretary General|African Union|League of Arab States|Arab League"
    r"|World Bank|International Monetary Fund|World Trade Organi[sz]ation)\b"
)
# Offices whose holders readouts call by a given name: "King Abdullah", "Sheikh Tamim".
_GIVEN_NAME_OFFICE = re.compile(r"\b(?:King|Queen|Emir|Amir|Sultan|Crown Prince)\b")


def in_full(people: list[Participant], date: dt.date | None, notes: list[str]) -> list[Participant]:
    """Someone the text names by one name and an office ("Sheikh Tamim, the Emir of Qatar"),
    named in full as the table of office holders gives the holder that day."""
    if date is None:
        return people
    out = []
    for p in people:
        if not _GIVEN_NAME_OFFICE.search(p.role):
            out.append(p)  # "President Biden": a family name, as readouts name most leaders
            continue
        found = offices.in_office(p.name, p.role, p.country, date)
        if found is not None and found.name != p.name:
            notes.append(f"{p.name} is named in full as the {found.office} of that day")
            p = replace(p, name=found.name)
        out.append(p)
    return out


def crown_prince_in_office(people: list[Participant], date: dt.date | None) -> list[Participant]:
    """A crown prince who is also his country's prime minister that day ("Crown Prince
    Mohammed bin Salman" in 2023) meets others as a head of government."""
    if date is None:
        return people
    out = []
    for p in people:
        if "Crown Prince" in p.role and "Prime Minister" not in p.role and p.country:
            pm = offices.holder(p.country, "Prime Minister", date)
            # (the same given name too: King Salman, prime minister in 2021, is not
            # "Mohammed bin Salman")
            said = offices.fold(p.name).split()
            if (
                pm is not None
                and said[:1] == offices.fold(pm.name).split()[:1]
                and offices.fold(pm.family) in " ".join(said)
            ):
                p = replace(p, role=f"Prime Minister and {p.role}")
        out.append(p)
    return out


def home_country(
    people: list[Participant], page: Page, notes: list[str], date: dt.date | None = None
) -> list[Participant]:
    """The publisher's own leader is named without a country ("President Biden"): fill it in.

    Only when exactly one person lacks a country and nobody else is from the publisher's
    country; with two unknowns we cannot tell which one is the host. Not when the table
    says someone else held that office there on the day ("Vice President Adil Abd al-Mahdi"
    in a White House readout of 2010 is Iraq's).
    """
    home = page.publisher.country if page.publisher else ""
    unknown = [i for i, p in enumerate(people) if not p.country]
    if not home or len(unknown) != 1 or any(p.country == home for p in people):
        return people
    i = unknown[0]
    if BODY_ROLE.search(people[i].role) or (
        # ("Director-General of the Department of ... of the Foreign Ministry": a ministry's)
        _BODY_OFFICE.search(people[i].role) and not _OF_A_MINISTRY.search(people[i].role)
    ):
        return people  # "the United Nations Secretary General, António Guterres"
    if date is not None and offices.someone_else_held(home, people[i].role, date, people[i].name):
        return people
    if not has_office(home, people[i].role):
        return people  # "President Soeharto" in an Australian transcript is not Australia's
    notes.append(f"country of {people[i].name} taken from the publisher ({page.publisher.name})")  # type: ignore[union-attr]
    return [*people[:i], replace(people[i], country=home), *people[i + 1 :]]


# Kingdoms and emirates, whose heads of state are no presidents; republics, which have no
# kings.
_CROWNED = frozenset(
    [
        "AD",
        "AE",
        "AU",
        "BE",
        "BH",
        "BN",
        "BT",
        "CA",
        "DK",
        "ES",
        "GB",
        "JO",
        "JP",
        "KH",
        "KW",
        "LI",
        "LS",
        "LU",
        "MA",
        "MC",
        "MY",
        "NL",
        "NO",
        "NZ",
        "OM",
        "QA",
        "SA",
        "SE",
        "SZ",
        "TH",
        "TO",
    ]
)
_PRESIDENT = re.compile(r"^(?:the )?President\b(?! of the (?:European|Senate|Assembly|Council))")
_CROWN = re.compile(r"^(?:the )?(?:King|Queen|Emir|Amir|Sultan|Crown Prince)\b")


def has_office(country: str, role: str) -> bool:
    """False when the country has no such office: a president of a kingdom, a king of a
    republic."""
    if _PRESIDENT.match(role):
        return country not in _CROWNED
    if _CROWN.match(role):
        return country in _CROWNED
    return True


def office_holder_country(
    person: Participant, date: dt.date | None, notes: list[str]
) -> Participant:
    """The country of a known office holder named without one ("President Obama")."""
    if person.country and person.role:
        return person
    if _BODY_OFFICE.search(person.role):
        return person  # "the AU Commission Chairperson": she speaks for the body, not a country
    found = offices.known_person(person.name, person.role, date)
    if found is None:
        return person
    if person.country:  # "William Hague met ...": the office the table gives, on the day
        if found.country == person.country and date is not None and found.held_on(date):
            return replace(person, role=found.office)
        return person
    if not person.role and date is not None and found.held_on(date):
        person = replace(person, role=found.office)
    notes.append(f"country of {person.name} known from the office held ({found.office})")
    # A bare title ("Secretary Pompeo", "PM Modi") becomes the office it stands for.
    role = (
        found.office if found.office.startswith(_BARE_ROLES.get(person.role, ())) else person.role
    )
    return replace(person, country=found.country, role=role)


# A bare title and the offices it stands for: "Secretary Manalo" is the Philippines' foreign
# minister, "Cabinet Secretary Omamo" Kenya's.
_BARE_ROLES: dict[str, tuple[str, ...]] = {
    "Secretary": ("Secretary", "Foreign Minister"),
    "Cabinet Secretary": ("Foreign Minister",),
    "PM": ("Prime Minister",),
    "President": ("President",),
    "Minister": ("Foreign Minister",),
}


_FIRST_PERSON = re.compile(
    r"^(?:(?:Today|Yesterday|This (?:morning|afternoon|evening)|Earlier "
    r"today),? )?I (?:met|spoke|held|had|hosted|welcomed|received|"
    r"called)\b"
)
_OFFICES = {
    "prime minister": "Prime Minister",
    "president": "President",
    "vice president": "Vice President",
    "chancellor": "Chancellor",
    "foreign secretary": "Foreign Secretary",
    "secretary": "Secretary of State",
    "secretary of state": "Secretary of State",
    "foreign minister": "Foreign Minister",
    "minister for foreign affairs": "Foreign Minister",
}


# A transcript's turns labelled by office alone ("PRIME MINISTER: Thank you ..."): the
# publisher's own leader speaks.
_UNNAMED_SPEAKER = re.compile(
    r"^(?:(?:THE )?(?P<office>PRIME MINISTER|PRESIDENT|CHANCELLOR|FOREIGN MINISTER"
    r"|FOREIGN SECRETARY|MINISTER FOR FOREIGN AFFAIRS|SECRETARY OF STATE):"
    r"|(?P<titled>Prime Minister|President|Chancellor|Foreign Minister|Foreign Secretary"
    r"|Minister for Foreign Affairs|Secretary of State):$)",
    re.M,
)


@dataclass(frozen=True)
class HomeSide:
    """The publisher's own side of a release that names its principal by office only."""

    country: str
    office: str
    words: str
    guessed: bool  # the release names no publisher: the country is read from its wording


def unnamed_home_side(
    people: list[Participant], lead: str, page: Page, text: str = ""
) -> HomeSide | None:
    """The side that speaks as "The Prime Minister", "I" or a transcript's "PRIME MINISTER:"
    without being named, when it is not already among the people found."""
    home = page.publisher.country if page.publisher else ""
    m = (
        UNNAMED_HOME.match(lead)
        or (_later_home_meeting(lead) if home else None)
        # ("SENIOR ADMINISTRATION OFFICIAL: Thank you. Good afternoon. The President, as all
        # of you know, met with ...": a briefer's words, then the meeting's sentence)
        or (UNNAMED_HOME.match(meeting_sentence(lead).lstrip()) if home else None)
        # "Asked about the Prime Minister's meeting today in Downing Street with ..."
        or OWN_OFFICES_MEETING.search(sentences(lead[:MAX_LEAD_TEXT])[0] if lead else "")
    )
    first_person = (
        _FIRST_PERSON.match(lead) if page.publisher and page.publisher.office else None
    ) or _first_person_meeting(lead)
    speaker = _UNNAMED_SPEAKER.search(text[:MAX_LEAD_TEXT]) if m is None else None
    if m is None and first_person is None and speaker is None:
        return None
    if m is None and not (page.publisher and page.publisher.office) and not people:
        return None  # "I met ..." with no publisher and nobody to be the counterpart of
    parties = {p.country for p in people if p.country}
    guessed = not home
    counted = False  # the home is only the country the text names most
    if guessed:
        partner = _pair_partner(text, parties)
        if partner and len(parties) >= 2:
            # "The Prime Minister thanked the President", both named before, in a story of
            # "peace between Israel and Saudi Arabia": the two sides are there already.
            return None
        # (The habits of English-language offices say nothing of a page in Portuguese.)
        counted = not partner and m is None
        home = partner or (
            (_style_home(text, m.group("office")) if page.written_in == "en" else "")
            if m is not None
            else most_named(text, parties)
        )
    if not home or any(p.country == home for p in people):
        return None
    if m is not None:
        office = _OFFICES[m.group("office").casefold()]
        words = m.group(0)
    elif speaker is not None:
        office = _OFFICES[(speaker.group("office") or speaker.group("titled")).casefold()]
        words = first_person.group(0) if first_person else speaker.group(0)
    else:  # "Today I met ...": the minister whose office publishes the release, or the one
        # the text says ("as Foreign Minister"), or the counterpart's
        office = (
            page.publisher.office
            if page.publisher and page.publisher.office
            else _own_office(text, people)
        )
        words = first_person.group(0) if first_person else ""
    if office == "Foreign Secretary" and home != "GB":
        office = "Foreign Minister"
    if office == "President" and not has_office(home, office) and not counted:
        office = "Prime Minister"  # a kingdom's leader who met a president
    return HomeSide(home, office, words, guessed)


def _later_home_meeting(lead: str) -> re.Match[str] | None:
    """The publisher's unnamed office holder meeting someone in the lead's second or third
    sentence, the first being a speaker's preamble or the occasion."""
    for sentence in sentences(lead[:MAX_LEAD_TEXT])[1:3]:
        m = UNNAMED_HOME.match(sentence)
        if m is not None and _HOME_MEETS.match(sentence, m.end()):
            return m
    return None


def unnamed_home_official(
    people: list[Participant],
    lead: str,
    page: Page,
    date: dt.date | None,
    review: list[Review],
    text: str = "",
) -> list[Participant]:
    """The publisher's own principal, named by office only ("The Prime Minister spoke to").

    The office holder on the meeting's date joins the participants, marked for review.
    """
    side = unnamed_home_side(people, lead, page, text)
    if side is None or date is None:
        return people
    found = offices.holder(side.country, side.office, date)
    if found is None:
        return people
    whose = (
        f"the release names no publisher; {the(side.country)} is taken from the way the "
        "text is written"
        if side.guessed
        else ""
    )
    review.append(
        Review(
            "participants",
            f"{found.name} is named by office only; the table "
            f"of office holders gives {found.name} as {found.office} on "
            f"{date.isoformat()}" + (f" ({whose})" if whose else ""),
            side.words,
        )
    )
    person = Participant(found.name, "", f"{found.office} of {the(side.country)}", side.country)
    return [person, *people]


# "In my discussion with Prime Minister ...", "During our 40-minute discussion, Prime Minister
# Wong and I": the writer is the publisher's minister.
MY_MEETING = re.compile(
    r"\b(?:[Mm]y|[Oo]ur) (?:\w+[- ]?\w* )?(?:discussions?|meetings?|talks|call"
    r"|conversation|visit)\b|\b(?:and|with) I\b|\bI had (?:a |an )?(?:[\w-]+ ){0,2}"
    r"(?:call|meeting|discussion|conversation|talks)\b"
    r"|\bI(?: have|'ve| had|'d)? (?:just |also |today )?(?:met|spoke|held"
    r"|hosted|welcomed|received|called|discussed)\b"
)
_AS_OFFICE = re.compile(
    r"\bas (?:the )?(?P<office>Prime Minister|Foreign Minister|Minister for "
    r"Foreign Affairs|President|Foreign Secretary)\b"
)


def _first_person_meeting(lead: str) -> re.Match[str] | None:
    """The writer's own words about the meeting, in a sentence that names the counterpart
    ("In my discussion with Prime Minister Peter O'Neill ..."), not any "my visit"."""
    for sentence in sentences(lead[:MAX_LEAD_TEXT]):
        if (m := MY_MEETING.search(sentence)) is not None and find_participants(sentence):
            return m
    return None


def _own_office(text: str, people: list[Participant]) -> str:
    """The writer's office: the one the text names ("my first visit as Foreign Minister"),
    else the counterpart's kind of office (a foreign minister meets a foreign minister)."""
    if (m := _AS_OFFICE.search(text[:MAX_LEAD_TEXT])) is not None:
        return _OFFICES.get(m.group("office").casefold(), m.group("office"))
    role = people[0].role if people else ""
    if re.search(r"Foreign|External|Secretary of State|High Representative", role):
        return "Foreign Minister"
    if re.search(r"\bPrime Minister\b|\bPremier\b", role):
        return "Prime Minister"
    if re.search(r"\bPresident\b", role):
        return "President"
    return ""


_SUBJECT = re.compile(r"\b(?:about|such as|regarding|concerning|including)\s+(?:the\s+)?$", re.I)


def most_named(text: str, parties: set[str]) -> str:
    """The country a first-person release names most, besides the other side ("I raised
    Australia's concerns", "the Australian Government"), when one clearly leads."""
    counts: dict[str, int] = {}
    head = text[:MAX_LEAD_TEXT]
    for place, start, _ in countries.find_in_text(head):
        # "issues such as Iraq", "a discussion about Iraq": a subject, not the speaker's side
        if place.code in parties or place.code == "EU" or _SUBJECT.search(head[:start]):
            continue
        counts[place.code] = counts.get(place.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


_PAIRED = re.compile(
    r"\b(?:the )?(?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:\s*[-–]\s*| and )(?:the )?"
    r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?= (?:relationship|relations|partnership"
    r"|cooperation|ties|alliance|bilateral|can|will|have|are|were|share|agreed|leaders"
    r"|summit|meeting|talks?|dialogue|consultations)\b)"
)


_BETWEEN = re.compile(
    r"\bbetween (?:the )?(?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) and (?:the )?"
    r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\b"
)


_UK_STYLE = re.compile(
    r"\b(?:the UK|the United Kingdom|Britain|British|Downing Street|No ?10"
    r"|Number 10)\b"
    # Downing Street's call readouts speak "to" a leader; Ottawa's and Delhi's "with" one.
    r"|\bThe Prime Minister spoke to\b"
)
_IN_STYLE = re.compile(r"\b(?:PIB|India|Indian|New Delhi)\b")


def _style_home(text: str, office: str) -> str:
    """The country whose habit a release without a publisher follows: "The President" and
    "The Secretary" of the White House and State Department, "The Prime Minister" of
    Downing Street or of India's press office, "The Foreign Secretary" of the UK."""
    head = text[:MAX_LEAD_TEXT]
    office = office.casefold()
    if office in ("president", "vice president", "secretary", "secretary of state"):
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


def known_person(person: Participant, known: list[Participant]) -> Participant:
    """A short mention ("Prime Minister Kishida") of someone named in full earlier on the page."""
    words = person.name.casefold().split()
    for other in known:
        if len(words) == 1 and words[0] in re.findall(r"[\w'-]+", other.name.casefold()):
            return other
    return person


# "The Prime Minister of New Zealand and I", "spoke to the President of the United States":
# the other side named by office and country only.
_OFFICE_OF = re.compile(
    # ("meeting with Foreign Secretary of UK": without the article after "with")
    # ("On 6th January 2004 President of the Republic of Poland had ...": after a date)
    r"(?:\b[Tt]he |(?<=\bwith )|(?<=\band )|^|(?<=\d ))(?P<office>[Pp]rime [Mm]inister|[Pp]resident"
    r"|[Cc]hancellor|[Ff]oreign [Mm]inister|Foreign Secretary|Secretary of State|[Pp]remier"
    r"|External Affairs Minister|Minister (?:of|for) (?:Foreign|External) Affairs)"
    r" of (?:the )?(?P<country>[A-Z][\w'-]*"
    r"(?: (?:of )?[A-Z][\w'-]*){0,3})(?![\w'-]*,? [A-Z][a-z]+ [A-Z])"
)
# An office as a title says it, and the offices of the table it may be ("the Minister of
# Foreign Affairs of the UK" is its Foreign Secretary; India's Foreign Secretary is an
# official, whom the table does not hold).
_TABLE_OFFICES = {
    "Foreign Minister": ("Foreign Minister", "Foreign Secretary"),
    "External Affairs Minister": ("Foreign Minister", "Foreign Secretary"),
    "Minister Of Foreign Affairs": ("Foreign Minister", "Foreign Secretary"),
    "Minister For Foreign Affairs": ("Foreign Minister", "Foreign Secretary"),
    "Minister Of External Affairs": ("Foreign Minister",),
    "Minister For External Affairs": ("Foreign Minister",),
}


# "Orbán had talks with Turkey's head of state": the president, king, emir or sultan.
_HEAD_OF_STATE = re.compile(
    r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?P<office>head of state)\b"
)
_HEADS = ("President", "King", "Emir", "Sultan")


# "King Exchanges Views on the Phone with Saudi Crown Prince": an office after its country's
# adjective, with no name after it.
_ADJECTIVE_OFFICE = re.compile(
    r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<office>Crown Prince|President|Prime Minister"
    r"|Chancellor|Premier|Foreign Minister)\b(?!,? (?:Dr\.? |Mr\.? |Ms\.? )?[A-Z][\w'-]+)"
)


def _start(m: re.Match[str]) -> int:
    return m.start()


def office_of_country(
    sentence: str, people: list[Participant], date: dt.date | None, review: list[Review]
) -> list[Participant]:
    """The holder, on the day, of an office the sentence names with its country only."""
    if date is None:
        return people
    out = list(people)
    text = sentence[:MAX_LEAD_TEXT]
    found_in = [*_OFFICE_OF.finditer(text), *_ADJECTIVE_OFFICE.finditer(text)]
    for m in sorted([*found_in, *_HEAD_OF_STATE.finditer(text)], key=_start):
        place = countries.lookup(m.group("country"), strict_codes=True)
        if place is None or any(p.country == place.code for p in out):
            continue
        said = m.group("office")  # "the foreign minister of Iran": the office, as a title
        said = said if said == "Secretary of State" else said.title()
        office = "Foreign Minister" if said == "Secretary of State" and place.code != "US" else said
        if office.casefold() == "head of state":  # "Turkey's head of state"
            found = next(
                (h for o in _HEADS if (h := offices.holder(place.code, o, date)) is not None),
                None,
            )
        else:
            found = next(
                (
                    h
                    for o in _TABLE_OFFICES.get(office, (office,))
                    if (h := offices.holder(place.code, o, date)) is not None
                ),
                None,
            )
        if found is None or any(
            offices.fold(found.family) in offices.fold(p.name) and p.country in ("", found.country)
            for p in out
        ):
            continue  # named already; "Abdullah II" of Jordan is not Saudi Arabia's Abdullah
        review.append(
            Review(
                "participants",
                f"{found.name} is named by office only; the "
                f"table of office holders gives {found.name} as {found.office} "
                f"on {date.isoformat()}",
                m.group(0),
            )
        )
        out.append(Participant(found.name, "", f"{found.office} of {the(place.code)}", place.code))
    return out


def country_from_office(
    people: list[Participant], text: str, notes: list[str]
) -> list[Participant]:
    """A person without a country whose office the text names with one elsewhere ("Prime
    Minister Gonzi" and, in the header, "the meeting with Prime Minister of Malta")."""
    out = list(people)
    taken = {p.country for p in people if p.country}
    for i, person in enumerate(out):
        head = _BARE_OFFICE.search(person.role) if not person.country else None
        if head is None:
            continue
        # "Minister for Foreign Affairs Dr. X" and, in the headline, "the Foreign Minister of
        # Nepal": the same office in other words.
        office = _SAME_OFFICE.get(head.group(0), re.escape(head.group(0)))
        found = {
            c.code
            for m in re.finditer(
                rf"\b(?:{office}) of (?:the )?"
                r"(?P<c>[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*){0,3})",
                text[:MAX_LEAD_TEXT],
            )
            if (c := countries.lookup(m.group("c"), strict_codes=True)) is not None
        }
        found -= taken
        if len(found) == 1:
            code = found.pop()
            notes.append(
                f'country of {person.name} from "{head.group(0)} of '
                f'{countries.name_of(code)}" elsewhere in the text'
            )
            out[i] = replace(person, country=code)
            taken.add(code)
    return out


_BARE_OFFICE = re.compile(
    r"^(?:Prime Minister|President|Chancellor|Foreign Minister|Premier"
    r"|King|Emir|Sultan|Minister (?:for|of) (?:Foreign|External) Affairs|Foreign Secretary"
    r"|External Affairs Minister)$"
)
_FOREIGN_OFFICES = (
    r"Foreign Minister|Minister (?:for|of) (?:Foreign|External) Affairs|Foreign Secretary"
    r"|External Affairs Minister"
)
_SAME_OFFICE = {
    office: _FOREIGN_OFFICES
    for office in (
        "Foreign Minister",
        "Minister for Foreign Affairs",
        "Minister of Foreign Affairs",
        "Minister for External Affairs",
        "Minister of External Affairs",
        "Foreign Secretary",
        "External Affairs Minister",
    )
}


# "Opening Remarks by External Affairs Minister during his meeting with ...": the office
# by that name, without a name or a country after it, is India's (other countries' ministers
# of external affairs are "Minister for External Affairs").
_EXTERNAL_AFFAIRS_MINISTER = re.compile(
    r"\b(?:External Affairs Minister|EAM)\b(?! of\b)(?!,? (?:Dr\.? |Shri |Mr\.? )?[A-Z][\w.'-]+)"
)


def unnamed_external_affairs_minister(
    people: list[Participant], text: str, date: dt.date | None, review: list[Review]
) -> list[Participant]:
    """India's External Affairs Minister of the day, when the title or lead names the office
    alone and no one of India is among the people found."""
    m = _EXTERNAL_AFFAIRS_MINISTER.search(text[:MAX_LEAD_TEXT])
    if m is None or date is None or any(p.country == "IN" for p in people):
        return people
    found = offices.holder("IN", "Foreign Minister", date)
    if found is None or any(offices.fold(found.family) in offices.fold(p.name) for p in people):
        return people
    review.append(
        Review(
            "participants",
            f"{found.name} is named by office only; the table of office holders gives "
            f"{found.name} as India's External Affairs Minister on {date.isoformat()}",
            m.group(0),
        )
    )
    return [Participant(found.name, "", "External Affairs Minister of India", "IN"), *people]


# The United Nations' Secretaries-General: the Secretary-General of a UN readout is named by
# office only ("Readout of the Secretary-General's meeting with ...").
_UN_SECRETARIES_GENERAL = (
    ("Javier Pérez de Cuéllar", dt.date(1982, 1, 1), dt.date(1992, 1, 1)),
    ("Boutros Boutros-Ghali", dt.date(1992, 1, 1), dt.date(1997, 1, 1)),
    ("Kofi Annan", dt.date(1997, 1, 1), dt.date(2007, 1, 1)),
    ("Ban Ki-moon", dt.date(2007, 1, 1), dt.date(2017, 1, 1)),
    ("António Guterres", dt.date(2017, 1, 1), dt.date(2027, 1, 1)),
)
_SECRETARY_GENERAL_MET = re.compile(
    r"\b[Tt]he Secretary-General(?:['’]s (?:[\w-]+ ){0,2}(?:meeting|call|conversation|talks)"
    r"|,? (?:[\w-]+ ){0,3}?(?:met|meets|spoke|speaks|held|had|received|called)\b)"
)


def unnamed_secretary_general(
    people: list[Participant],
    text: str,
    date: dt.date | None,
    review: list[Review],
    page: str = "",
) -> list[Participant]:
    """The UN Secretary-General of the day, when the text says "the Secretary-General met"
    and names no one in that office; or the one Secretary-General the page names elsewhere
    ("Readouts | Ban Ki-moon, Former Secretary-General")."""
    m = _SECRETARY_GENERAL_MET.search(text[:MAX_LEAD_TEXT])
    if m is None or any("Secretary-General" in p.role for p in people):
        return people
    folded = offices.fold(page)
    named = [n for n, _, _ in _UN_SECRETARIES_GENERAL if offices.fold(n) in folded]
    if len(named) == 1:
        name, why = named[0], "the one Secretary-General the page names"
    elif date is not None:
        name = next((n for n, start, end in _UN_SECRETARIES_GENERAL if start <= date < end), "")
        why = f"the Secretary-General of the United Nations on {date.isoformat()}"
    else:
        return people
    if not name or any(offices.fold(name.split()[-1]) in offices.fold(p.name) for p in people):
        return people
    review.append(Review("participants", f"{name} is named by office only: {why}", m.group(0)))
    return [*people, Participant(name, "", "Secretary-General of the United Nations", "")]
