"""Where a meeting took place: "in Beijing", "at the White House", a dateline "LONDON, 12 May"."""

from __future__ import annotations

import re

from summit_tui.core.importer.capitals import country_of_capital
from summit_tui.core.importer.dates import MONTH_NAMES, MONTHS, WEEKDAY_NAME
from summit_tui.core.importer.lead import sentences
from summit_tui.core.reference import countries

# Lower-case words inside place names: "Rio de Janeiro", "Palace of the Nations".
# "Rostov on Don", not "Berlin on Friday".
_LINK = (
    r"(?:of|de|da|do|del|della|di|du|la|le|les|es|al|el|upon|am|an|sur"
    r"|on(?! (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May"
    r"|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])))"
)
_PLACE = re.compile(
    # ("in 10 Downing Street": a house number before a street's name)
    # ("in his Oval Office at the White House": the venue, not the one who owns it)
    r"\b(?:in|at)\s+(?:(?:his|her|their)\s+(?=[A-Z]))?(?P<place>(?:the\s+)?(?:No\.?\s+\d+\s+|\d{1,4}\s+(?=[A-Z]\w+\s+Street))?"
    r"[A-Z][\w'.-]*"
    rf"(?:\s+(?:{_LINK}\s+(?:the\s+)?)?(?:[A-Z]|d'[A-Z])[\w'.-]*){{0,6}}"
    # ("in the Oval Office, Monday, Dec. 6": a day, not the venue's city)
    rf"(?:,\s+(?!{WEEKDAY_NAME}\b)[A-Z][A-Za-z.]*"
    r"(?:\s+[A-Z][A-Za-z.]*){0,3})?)"
)
_NOT_PLACES = re.compile(
    r"\b(?:Summit|Meeting|Conference|Talks?|Dinner|Luncheon|Sessions?|Elections?|Caucus|Trough"
    r"|Dialogue|Japan time|Partnership|Relations|Forum|Agreement|Leaders?|Invitation"
    r"|War|Revolution|Anniversary|Victory|Independence|Games|Olympics|Cup|Championships?"
    r"|Security|Prosperity|Earthquake|Tsunami|Disaster|Program|Programme|Scheme|Initiative"
    # ("'bonds' in English": a language, where the words were, not the meeting)
    r"|^(?:English|French|Spanish|Arabic|Russian|Chinese|Japanese|Korean|Portuguese|German)$"
    # A region is where things happen, not where two sides met: "an anomaly in Southeast
    # Europe", "peace in the Middle East".
    r"|(?:(?:North|South|East|West|Central|Southeast|Northeast|Southwest|Northwest)(?:ern)?\s+)?"
    r"(?:Europe|Asia)(?![\w-])|(?:North|West|East|Central|Sub-Saharan) Africa(?![\w-])"
    r"|Middle East|Balkans|Caribbean|Sahel|Indo-Pacific|Asia-Pacific|Pacific Islands"
    # Where a statement was posted is not where the meeting was.
    r"|Twitter|Facebook|Instagram|YouTube|Telegram|WeChat|Weibo|LinkedIn|TikTok)\b"
)
# A venue: capitalised words that end in a kind of building ("Landmark Hotel", "the
# Dolmabahçe Palace"), an Istana, the Kremlin, a numbered street.
_VENUE_WORD = (
    r"Palace|House|Hotel|Chancellery|Residence|Hall|Buildings?|Castle|Villa|Kremlin"
    r"|Secretariat|Office|Room|Cent(?:re|er)|Ministry|Parliament|Pavilion|Embassy|Mansion"
    r"|Istana|Street|Elysee|Élysée|Quirinale|Kantei"
)
_PERSON_WORDS = re.compile(
    r"\b(?:President|Prime|Minister|Premier|Chancellor|King|Queen|Mr|Ms|Mrs"
    r"|Dr|Secretary|Foreign|Leaders?|Sheikh|Emir|Sultan|Crown|Both|The"
    r"|Director(?:-General)?|Ambassador|Envoy)\b"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,}[A-Z])(?:\s*,\s+\w|\s*(?::|--|—|–)\s|\s+-\s)"
    # "Nusa Dua (ANTARA News) - ...": a wire's name between the place and the dash.
    r"|^(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: \([A-Z][\w .]{1,30}\))?"
    r"\s+(?:--|—|–|-)\s+(?=[A-Z])"
    # "New Delhi: Indian Prime Minister ... hosted ... at his official residence here"
    r"|^(?P<colon>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ?:\s+(?=[A-Z][^\n]*\bhere\b)"
    # "Addu City (Maldives), Nov. 10 (ANI):", "Jakarta, Nov. 27 --"
    # "New York [United States], Sept 26 (ANI):", "Singapore, Sep 5 (PTI) Prime Minister"
    r"|^(?P<wire>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: \([A-Z][\w .]{1,30}\)"
    r"| \[[A-Z][\w .]{1,30}\])?,"
    r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
    r"(?:,?\s+\d{4})?\s*(?:\([A-Za-z .]{2,20}\)\s*(?::|--|—|–|-)?\s|(?::|--|—|–|-)\s)"
)
# City-states: a place though ISO lists them as countries.
_CITY_STATES = {"SG", "HK", "MO", "MC", "VA", "SM", "LU"}
# "during his visit to Seoul", "whom he welcomed to Washington", "visiting Lima".
_VISIT = re.compile(
    r"\b(?:visit to|visiting|welcomed (?:\w+ )?to|trip to|arrived in"
    r"|welcomed [^.;]{3,120}? to)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
)
# "the Great Hall of the People in Beijing": the venue and its city.
_VENUE_CITY = re.compile(
    r"\s+in\s+(?P<city>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\b"
    r"(?:,\s+[A-Z]\.[A-Z]\.)?)"
)
# "at the European Political Community meeting in Granada": an event, not a venue.
# "the situation in West Asia", "peace in the region": a subject, not where they met.
_SUBJECT_IN = re.compile(
    r"\b(?:situation|developments?|crisis|conflict|war|peace|security|stability|tensions?"
    r"|issues?|investment|cooperation|presence|interests?|elections?|progress)\s+in\s*$",
    # Lower case: "the Organization of Islamic Cooperation in Islamabad" names a body.
)
# An earlier meeting recalled: "a few weeks since we met in New York", "the last time we
# met in Paris", "when we first met in Rome".
_RECALLED = re.compile(
    r"\b(?:since (?:we|I|they|you) (?:last |first )?|(?:the )?last time (?:we|I|they|you) "
    r"|when (?:we|I|they|you) (?:last|first) )(?:met|spoke|saw each other)\b[^.;]*$",
    re.I,
)
_WILL_HAVE = re.compile(r"\bwill (?:have|hold|attend)\b[^.;,]*$")
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:bilateral|official|working|joint|annual|leaders['’]?|ministerial|trilateral)\s+)?"
    r"(?:meeting|summit|talks|conference|session|forum|gathering"
    r"|retreat|ceremony|dinner|lunch|luncheon)\b"
)


# A sentence's end: a full stop after a word, not after "Hon." or "Mrs." before a name.
_FULL_STOP = re.compile(
    r"(?<=[a-z]{2})(?<!\bHon)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGov)(?<!\bAmb)(?<!\bProf)(?<!\bRev)\.\s+(?=[A-Z])"
)
_CLAUSE_END = re.compile(
    r"^\s*(?:[.,;:)]|$|on\b|from\b|for\b|to\b|during\b|and\b|where\b"
    r"|around\b|about\b|at\b|before\b|after\b|when\b|ahead\b|with\b)"
)


def _without_subject(place: str, after: str) -> str:
    """ "in Rio de Janeiro, Prime Minister X met ...": the words after the comma are a subject.

    The part after a comma stays when it is a country ("Apulia, Italy"), an abbreviation
    ("Vientiane, Lao PDR", "Washington, D.C.") or ends the clause ("Ottawa, Ontario, on ...").
    """
    if ", " not in place:
        return place
    head, tail = place.split(", ", 1)
    if countries.lookup(tail, strict_codes=True) is not None:
        return place
    if any(len(w.strip(".")) >= 2 and w.replace(".", "").isupper() for w in tail.split()):
        return place
    if _PERSON_WORDS.search(tail) or not _CLAUSE_END.match(after):
        return head
    return place


def city_or_venue(name: str) -> bool:
    """A place that is not a whole country (a city, a venue, a city-state)."""
    found = countries.lookup(name.removeprefix("the "), strict_codes=True)
    return (
        (found is None or found.code in _CITY_STATES)
        and not _NOT_PLACES.search(name)
        and name.split()[0].lower() not in MONTHS
        and not name.endswith(("'s", "’s"))  # "King Abdullah's": an owner, not a place
        and not _TITLE_FIRST.match(name)
    )


_TITLE_FIRST = re.compile(
    r"(?:King|Queen|President|Prime Minister|Sheikh|Emir|Sultan|Mr|Ms|Mrs|Dr)\b\.?\s+[A-Z]"
)


# A transcript's speaker, which opens a line the way a dateline does: "SECRETARY ALBRIGHT:".
_SPEAKER = re.compile(
    r"\b(?:Secretary|President|Minister|Prime|Premier|Chancellor|Ambassador"
    r"|Spokes\w*|Moderator|Question|Mr|Ms|Mrs|Dr|Q|A)\b",
    re.I,
)


# A record's field label, in capitals like a dateline: "VENUE: ...".
_FIELD_NAME = re.compile(r"(?:VENUE|LOCATION|PLACE|DATE|TIME|SUBJECTS?|TRANSCRIPT)", re.I)


def _dateline_city(name: str) -> bool:
    """A dateline's place that is a city, not a speaker of a transcript nor a news site's
    name ("TEMPO.CO, Jakarta -")."""
    return (
        city_or_venue(name)
        and not _SPEAKER.search(name)
        and not _FIELD_NAME.fullmatch(name)
        and not re.search(r"\.(?:co|com|net|org|id|in)\b", name, re.I)
    )


_VENUE_NOTE = re.compile(r"\(venue:\s*(?P<place>[^()]{3,80})\)", re.I)


_MET_IN_PLACE = re.compile(
    r"\bmet (?:in|at) (?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?) (?=(?:Mr|Ms|Mrs|Dr|H\.?E)\.?"
    r" ?[A-Z]|(?:President|Prime Minister|Chancellor|King|Foreign Minister)\b)"
)
MAX_PLACE_LOOK = 600
# A day as it fell elsewhere: "Thursday (Friday in Manila)", "(Saturday, Manila time)".
_ZONE_ASIDE = re.compile(
    r"\s*\((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[^()]{0,20}\btime\b)[^()]{0,40}\)"
)


def find_location(lead: str) -> str:
    """The place named in the lead sentence, or "" when it names none we can trust."""
    lead = _ZONE_ASIDE.sub("", lead)  # "Thursday (Friday in Manila)": the day at home
    if (note := _VENUE_NOTE.search(lead)) is not None:
        return note["place"].strip().rstrip(".")  # "(venue: Prime Minister's Official Residence)"
    wire = ""
    # "the President met in Lany Mr. Vaclav Havel": the place between the verb and the guest
    if (m := _MET_IN_PLACE.search(lead[:MAX_PLACE_LOOK])) is not None:
        return m["place"]
    found = _in_place(lead)
    if not found and (welcomed := _welcomed_venue(lead[:MAX_PLACE_LOOK])):
        return welcomed  # "I want to welcome President X to the Oval Office", "to Dili"
    if m := _DATELINE.match(lead):
        place = (
            # "NUR-SULTAN. KAZINFORM - ...": the wire's name after the place
            m.group("place").split(". ")[0].title()
            if m.group("place")
            else (m.group("titled") or m.group("wire") or m.group("colon"))
        )
        if _dateline_city(place) and not m.group("wire") and not found:
            return place
        # "Jakarta, Nov. 27 -- ... met ... in Manila": a filing place, after the lead's own;
        # "SINGAPORE, May 31 - ... at the Istana": a venue in the dateline's city.
        wire = place if _dateline_city(place) else ""
        if found and wire and found.startswith("the ") and "," not in found:
            return f"{found}, {wire}"
    if found:
        return found
    # "In Tirana, President X had bilateral meetings with ...": a capital opening a sentence.
    for sentence in sentences(lead)[:3]:
        if (m := _IN_CITY.match(sentence)) is not None and country_of_capital(m["city"]):
            return m["city"]
    first_sentence = _FULL_STOP.split(lead, maxsplit=1)[0]
    if (m := _OWN_OFFICE_IN.search(first_sentence)) and city_or_venue(m["city"]):
        return m["city"]  # "in his Jerusalem office"
    for m in _VISIT.finditer(first_sentence):
        if earlier_trip(first_sentence, m.start()):
            continue  # "so soon after my February trip to Beijing": another occasion
        place = m.group("place").rstrip(".,")
        bare = place.removeprefix("the ")
        if _PERSON_WORDS.search(bare):
            continue  # "met with visiting US Secretary of State ...": a person
        # "visit to the Merdeka Palace" is a place; "visit to the United States" a country.
        if city_or_venue(bare) and (bare == place or _HAS_VENUE.search(bare)):
            return place
    # A wire's dateline is where the report was filed: where they met when the lead says
    # "here"; otherwise only when no paragraph names the place (``lead_dateline``).
    return wire if re.search(r"\bhere\b", lead) else ""


def lead_dateline(lead: str) -> str:
    """The city of the wire dateline that opens the lead ("New Delhi, Feb 16 (PTI)")."""
    m = _DATELINE.match(lead)
    if m is None or not m.group("wire"):
        return ""
    return m.group("wire") if _dateline_city(m.group("wire")) else ""


_OWN_OFFICE_IN = re.compile(
    r"\b(?:in|at) (?:his|her|their) (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    r"(?:office|residence|home)\b"
)


# "at the main building of Cheong Wa Dae", "in the garden of the Istana": the named place.
_PART_OF = re.compile(
    # (not "at the request of the UK side", "at the invitation of ...": whose wish it was)
    r"\b(?:at|in) the (?!(?:request|invitation|behest|initiative|suggestion|urging) )"
    r"(?:[a-z]+ ){1,3}of (?P<place>(?:the )?[A-Z][\w'.-]*"
    r"(?: [A-Z][\w'.-]*){0,4})"
)


# "in Brunei's capital Bandar Seri Begawan", "in the Indonesian capital, Jakarta".
_CAPITAL_CITY = re.compile(
    r"\b(?:in|at) (?:the )?(?:[A-Z][\w'.-]*(?:'s|’s)|[A-Z][a-z]+(?: [A-Z][a-z]+)?) capital"
    r"(?: city)?,? (?P<city>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
)


def in_place(sentence: str) -> str:
    """The place a sentence names with "in" or "at" ("in Beijing", "at the Istana")."""
    return _in_place(sentence)


def has_venue(place: str) -> bool:
    """The place names a building or venue ("Merdeka Palace", "Blair House")."""
    return bool(_HAS_VENUE.search(place))


def _in_place(lead: str) -> str:
    found = _named_place(lead)
    if found:
        return found
    first_sentence = _FULL_STOP.split(lead, maxsplit=1)[0]
    for m in _CAPITAL_CITY.finditer(first_sentence):
        city = m["city"].rstrip(".")  # "... in the Chinese capital, Beijing."
        if country_of_capital(city):
            return city
    for m in _PART_OF.finditer(first_sentence):
        place = m.group("place").rstrip(".,")
        # ("at the invitation of Foreign Minister X": a person, not a place)
        if (
            city_or_venue(place)
            and not _NOT_PLACES.search(place)
            and not _PERSON_WORDS.search(place)
        ):
            return place
    return ""


# A month's name or its abbreviation ("March", "Mar."), as a date after a place writes it.
_MONTH_AFTER = re.compile(
    rf"\s+(?:{'|'.join(MONTH_NAMES)}|(?:{'|'.join(n[:3] for n in MONTH_NAMES)}|Sept)\.?)\b.*$"
)
_ADJECTIVE_ALONE = {"Foreign", "Federal", "National", "State", "Royal", "Presidential", "Central"}


def _named_place(lead: str) -> str:
    """ "in Beijing", "at the White House" in the lead's first sentence."""
    # A sentence ends at a full stop after a lower-case word: not "a.m.", "Mr." or "Jr.".
    first_sentence = _FULL_STOP.split(lead, maxsplit=1)[0]
    for m in _PLACE.finditer(first_sentence):
        raw = m.group("place")
        # Keep the closing dot of an abbreviation ("D.C."), drop a sentence's.
        raw = raw.rstrip(",") if re.search(r"\b[A-Z]\.[A-Z]\.$", raw) else raw.rstrip(".,")
        place = _without_subject(raw, first_sentence[m.end() :])
        # "in Mohali March 30": the date after the place is not part of it
        dated = _MONTH_AFTER.search(place) is not None
        place = _MONTH_AFTER.sub("", place)
        head = place.split()[0].strip(",").lower()
        if place.split(",")[0].removeprefix("the ") in _ADJECTIVE_ALONE:
            continue  # "at the Foreign, Commonwealth and Development Office": a name cut short
        if head in MONTHS or _NOT_PLACES.search(place) or place.endswith("'s"):
            continue  # "at the Foreign Secretary's residence": the owner, not the place
        if (
            m.group(0).startswith("in")
            and _SUBJECT_IN.search(first_sentence[: m.start() + 2])
            # ("cooperation in Beijing April 26 in a meeting with": where and when they met)
            and not dated
        ):
            continue  # "the situation in West Asia, Ukraine": what they spoke of
        if _RECALLED.search(first_sentence[: m.start()]):
            continue  # "a few weeks since we met in New York": an earlier meeting
        if _WILL_HAVE.search(first_sentence[: m.start()]):
            continue  # "and will have an important meeting in the Vatican today": to come
        if "," not in place and _EVENT_AFTER.match(first_sentence, m.end()):
            continue
        if "," not in place and not city_or_venue(place):
            continue  # a whole country is too vague to call a location ("in Japan")
        city = _VENUE_CITY.match(first_sentence, m.end())
        if city is not None and city_or_venue(city.group("city")):
            return f"{place}, {city.group('city')}"
        if room := _ROOM_BEFORE.search(first_sentence[: m.start()]):
            return f"{room['room']}, {place}"  # "to the Oval Office at the White House"
        return place
    return ""


def _welcomed_venue(text: str) -> str:
    """The venue or capital a sentence of the text welcomes someone to; "" otherwise."""
    for sentence in sentences(text):
        if (m := _WELCOME_TO.search(sentence)) is not None:
            place = (m["place"] or m["venue"] or "").rstrip(".,")
            if _HAS_VENUE.search(place) or country_of_capital(place):
                return place
    return ""


# The room someone was welcomed to, before the building it is in.
_ROOM_BEFORE = re.compile(
    r"\bto (?P<room>the (?:[A-Z][\w'-]*\s+){1,3}(?:Office|Room|Garden|Hall))\s*$"
)


_TITLE_PLACE = re.compile(
    r",\s+(?P<place>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}),\s+[\d/.]+\s*$"
    r"|\bin\s+(?P<in>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s*$"
    # "... Meets ASEAN Foreign Ministers at Merdeka Palace", "..., Parliament House, Canberra."
    rf"|(?:\bat|,)\s+(?P<venue>(?:the\s+)?(?:[A-Z][\w'.-]*\s+){{0,3}}(?:{_VENUE_WORD})"
    r"(?:,\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})?)\.?\s*$"
    # "Trudeau welcomes British PM May to Parliament Hill to talk trade"
    r"|\b[Ww]elcomes?\s+[^,;:]{3,60}?\s+to\s+(?P<to>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
    r"(?=\s+(?:to|for)\b|\s*$|,)"
    # A transcript's headline: "Joint press conference, Canberra", "Doorstop - Parliament
    # House, Canberra".
    r"|^(?i:(?:joint\s+)?(?:press|media) conference|doorstop(?: interview)?|transcript"
    r"|(?:press|media) statement|remarks)\b[^,–-]{0,60}?(?:,|\s[-–]\s)\s*"
    r"(?P<where>[A-Z][\w'.-]*(?:,?\s+[A-Z][\w'.-]*){0,4})\s*$"
    # "Auckland Bilateral Press Conference": a transcript's headline led by its city
    r"|^(?!(?:Joint|Bilateral|Prime|President|Minister|Foreign|Leaders?|Final)\b)"
    r"(?P<city>[A-Z][\w'.-]*(?:\s+(?!Bilateral|Joint)[A-Z][\w'.-]*)?)\s+(?:Bilateral\s+|Joint\s+)?"
    r"(?:Press|Media)\s+Conference$"
)


def title_place(title: str) -> str:
    """A city a headline ends with: "EU-Japan summit, Tokyo, 29/05/2015", "... in Moscow"."""
    m = _TITLE_PLACE.search(title)
    if m is None:
        return ""
    place = (
        m.group("place")
        or m.group("in")
        or m.group("where")
        or m.group("to")
        or m.group("city")
        or ""
    ).rstrip(".,")
    if m.group("venue"):
        return m.group("venue").rstrip(".,")
    if m.group("where") and "," in place and not city_or_venue(place):
        # "Joint press conference, East Asia Summit, Kuala Lumpur": the event, then its city.
        last = place.rsplit(",", 1)[1].strip()
        return last if city_or_venue(last) else ""
    return place if city_or_venue(place) else ""


_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z .'-]{1,40}[A-Z]):")


def speaker_labels(paras: list[str] | tuple[str, ...]) -> set[str]:
    """The labels a transcript opens its turns with ("SABRA LANE:", "JOURNALIST:"): a label
    that opens two or more paragraphs is a speaker, never a dateline's place."""
    seen: dict[str, int] = {}
    for para in paras:
        if (m := _LABEL.match(para)) is not None:
            label = m.group("label").casefold()
            seen[label] = seen.get(label, 0) + 1
    return {label for label, count in seen.items() if count > 1}


# A dateline on a line of its own: "Cairo, October 16".
_DATELINE_LINE = re.compile(
    r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+(?P<month2>[A-Z][a-z]{2,8}))"
    r"(?:,?\s+\d{4})?\s*$"
)


def opening_dateline(paras: list[str] | tuple[str, ...]) -> str:
    """The city of a wire dateline opening one of the first paragraphs ("BUDAPEST - The
    second round ..."), when the lead sentence is a later paragraph."""
    for para in paras[:3]:
        line = _DATELINE_LINE.match(para.strip())
        month = line and (line["month"] or line["month2"]).lower()
        if line and month in MONTHS and _dateline_city(line["city"]):
            return line["city"]
        if (m := _DATELINE.match(para)) is not None:
            place = (
                m.group("place").title()
                if m.group("place")
                else (m.group("titled") or m.group("wire") or m.group("colon"))
            )
            if _dateline_city(place):
                return place
    return ""


_MEETING_WORDS = re.compile(
    r"\b(?:met|meets?|meeting|talks|summit|held|hosts?|hosted|welcome[sd]?|receive[sd]"
    r"|receiving|called on|guests?|attended)\b",
    re.I,
)


def later_location(paras: list[str] | tuple[str, ...]) -> str:
    """A place named in a sentence about the meeting in the paragraphs after the lead
    ("The two prime ministers met at Bhutan House in the SAARC Village")."""
    for para in paras[:4]:
        for sentence in sentences(para)[:6]:
            # The host's own words: "I would like to welcome PM Turnbull to Singapore"; "Mr
            # X is in Moscow on a working visit".
            m = _WELCOME_TO.search(sentence) or _ON_A_VISIT.search(sentence)
            place = (m["place"] or m.groupdict().get("venue") or "") if m is not None else ""
            if place and city_or_venue(place):
                return place
            if _TO_COME.search(sentence):
                continue  # "the Climate Summit that he will host in New York": another event
            city = _IN_CITY.match(sentence)
            if city and country_of_capital(city["city"]) and _MEETING_WORDS.search(sentence):
                return city["city"]  # "In the capital Jakarta, Fidan held talks with ..."
            if _MEETING_WORDS.search(sentence) and (place := _in_place(sentence)):
                return place
    return ""


_TO_COME = re.compile(r"\b(?:will|upcoming|forthcoming|next (?:week|month|year)|scheduled)\b")
_WELCOME_TO = re.compile(
    r"\b(?:[Ww]elcome[sd]?|[Ww]elcoming) (?:(?:PM|President|Prime Minister|Mr\.?|Ms\.?|Dr\.?"
    r"|[A-Z][\w'-]+|you|him|her|all|here) ){1,5}to (?:the )?"
    r"(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
    # "welcomed the Secretary-General of the Commonwealth, Kamalesh Sharma, to Downing Street"
    r"|\b[Ww]elcomed the [^.;]{3,100}?, to (?:the )?(?P<venue>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
)
_EARLIER_TRIP = re.compile(r"\b(?:after|since|following|before) (?:my|our|his|her|their)\b[^.]*$")
MAX_TRIP_LOOK = 40  # characters before a visit's words read for an earlier trip


def earlier_trip(sentence: str, at: int) -> bool:
    """Whether the visit named at ``at`` is an earlier one ("so soon after my trip to
    Beijing"), another occasion than the meeting."""
    return bool(_EARLIER_TRIP.search(sentence[max(0, at - MAX_TRIP_LOOK) : at]))


_ON_A_VISIT = re.compile(
    r"\b(?:is|was|are|were) in (?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}) (?:on an? "
    r"(?:(?:working|official|state|private|two-day|three-day|one-day) )?visit\b"
    # "Chung was in Paris to attend the Meeting of the OECD Council"
    r"|to attend\b|for (?:the|a|an) (?:[\w-]+ ){0,4}(?:meeting|summit|conference|session)s?\b)"
)


_HAS_VENUE = re.compile(rf"\b(?:{_VENUE_WORD})\b")
_AT_VENUE = re.compile(
    # "at the Istana", "to visit the Federal Chancellery", "welcomed ... to the White House"
    r"\b(?:at|visit(?:ed|ing)?|to|in|enter(?:ed|ing|s)?) "
    r"(?P<venue>(?:the )?(?:\d+ )?(?:[A-Z][\w'’.-]*\s+){0,4}"
    rf"(?:{_VENUE_WORD})(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){{0,3}})"
)
# "The meeting took place at Seri Negara here": where the meeting itself was, named.
_TOOK_PLACE = re.compile(
    r"\b(?:meeting|talks|summit|call)\s+(?:took place|was held|were held)\s+at\s+(?:the\s+)?"
    r"(?P<venue>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)
_IN_CITY = re.compile(
    # ("In the capital Jakarta, Fidan separately held talks with ...")
    r"(?:^|[.;]\s+)In (?:the (?:capital|city) (?:of )?)?"
    r"(?P<city>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}),"
)


def venue_and_city(location: str, texts: list[str]) -> str:
    """The location with its venue and its city both, when the text gives both ("the
    Dolmabahçe Palace, Istanbul"): a bare city gains the venue of a sentence about the
    meeting; a bare venue gains the city the lead opens with."""
    if not location or "," in location:
        return location
    if not _HAS_VENUE.search(location):  # a city: is there a venue?
        for text in texts:
            for sentence in sentences(text)[:6]:
                if not _MEETING_WORDS.search(sentence):
                    continue
                took = _TOOK_PLACE.search(sentence)
                if took is not None and city_or_venue(took["venue"]) and location not in took[0]:
                    return f"{took['venue']}, {location}"
                for m in _AT_VENUE.finditer(sentence):
                    venue = m.group("venue").rstrip(".,")
                    if location not in venue and not _NOT_PLACES.search(venue):
                        return f"{venue}, {location}"
        return location
    for text in texts[:1]:  # a venue: the city the lead opens with ("In Kuala Lumpur, ...")
        city = _IN_CITY.search(text)
        if city is not None and city_or_venue(city["city"]) and city["city"] not in location:
            return f"{location}, {city['city']}"
    return location


# "They met at the AU Headquarters", "a bilateral meeting at Castille on Thursday", "The
# talks were held in Oslo": a place said right after the meeting.
_MET_AT = re.compile(
    r"\b(?:met|meeting|talks|summit|(?:had|over) (?:lunch|dinner|breakfast))"
    r"(?:\s+(?:was|were)\s+held|\s+took\s+place)?"
    r"\s+(?=(?:at|in)\s+(?:the\s+)?[A-Z])"
)


def met_at(text: str) -> str:
    """The place a sentence gives right after its meeting ("They met at the AU
    Headquarters"), or ""."""
    for sentence in sentences(text)[:6]:
        if _TO_COME.search(sentence):
            continue
        for m in _MET_AT.finditer(sentence):
            if _RECALLED.search(sentence[: m.end()]):
                continue
            if place := _named_place(sentence[m.end() :]):
                return place
    return ""


_HERE_IN = re.compile(r"\bhere in (?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})")


def here_in(paras: list[str] | tuple[str, ...]) -> str:
    """A city a speaker says they are in ("good to see colleagues here in New York"), in the
    first paragraphs of a transcript or a story."""
    for para in paras[:6]:
        for m in _HERE_IN.finditer(para):
            # (not the next sentence's first word: "a beer made here in Hanoi. Some 99 per cent")
            place = re.split(r"\.\s", m["place"])[0].rstrip(".,")
            if city_or_venue(place):
                return place
    return ""
