"""Participants: "Mr. KISHIDA Fumio, Prime Minister of Japan" or "President Xi Jinping"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from summit_tui.core.importer import offices
from summit_tui.core.importer.dates import MONTH_NAMES
from summit_tui.core.model.readout import Participant
from summit_tui.core.reference import countries

HONORIFIC = (
    r"(?:H\.\s?E\.|H\.E(?=\s)|HE(?= (?:Mr|Ms|Mrs|Dr)\b)|H\.\s?R\.\s?H\.|H\.\s?M\."
    r"|His Excellency|Her Excellency"
    r"|His Majesty|Her Majesty"
    r"|His Royal Highness|Her Royal Highness|His Highness|Her Highness|Dato' Seri Utama"
    r"|Dato' Seri|Datuk Seri|Haji|Hajah"
    r"|Dato' Sri|Dato'|Datuk|Tan Sri|Tun|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.|Professor|Sir|Dame"
    r"|Sheikh|Shri|Smt\.|(?:[Tt]he\s+)?Hon(?:ou?)?rable|(?:[Tt]he\s+)?Hon\.?(?=\s+[A-Z])"
    r"|(?:[Tt]he )?Rt\.? Hon\.?|[Tt]he Right Honourable"
    r"|Madam|Mme\.?|General|Gen\.?(?=\s+[A-Z])|Admiral|Field Marshal|Air Chief Marshal"
    r"|Amb\.?(?=\s+[A-Z])|Ambassador(?=\s+[A-Z][a-z]+\s+[A-Z]))"
)
_HONORIFICS = rf"(?:{HONORIFIC}\s+){{0,5}}{HONORIFIC}"
_PARTICLE = r"(?:bin|binti|bint|ibn|al|ali|el|van|von|de|der|den|da|dos|du|la|le|y)"
# Words that start with a capital but end a name: verbs of headlines and sentence glue.
_STOP = {
    # ("Remarks With Kazakh Foreign Minister Saudabayev Following Their Meeting")
    "Following",
    # A headline's verbs in title case: "Secretary Kerry Makes a Phone Call ...".
    "Makes",
    "Made",
    "Says",
    # ("Foreign Minister Hayashi, ASEAN Secretary General Confirm Cooperation ...")
    "Confirm",
    "Confirms",
    "Agree",
    "Agrees",
    "Discuss",
    "Vow",
    "Vows",
    "Pledge",
    "Pledges",
    "Reaffirm",
    "Reaffirms",
    "Stress",
    "Stresses",
    "Seek",
    "Seeks",
    "Hail",
    "Hails",
    "Review",
    "Reviews",
    "Exchange",
    "Exchanges",
    "Explore",
    "Explores",
    "Underline",
    "Underlines",
    "Said",
    "Attends",
    "Welcomes",
    "Thanks",
    "Urges",
    "Discusses",
    "Joins",
    "Travels",
    "Signs",
    "Meets",
    "Met",
    "Meeting",
    "Holds",
    "Held",
    "Speaks",
    "Spoke",
    "Calls",
    "Called",
    "Receives",
    "Received",
    "Talks",
    "Talk",
    "On",
    "In",
    "At",
    "And",
    "With",
    "The",
    "Today",
    "Of",
    "For",
    "Has",
    "Had",
    "Hosts",
    "Hosted",
    "Visits",
    "Telephone",
    "Phone",
    "Call",
    "Readout",
    "Summit",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Yesterday",
    "Tonight",
    "Here",
    "Have",
    "Were",
    "Was",
    "During",
    "Who",
    "Ahead",
    "Amid",
    "Over",
    "After",
    "Before",
    "To",
    "As",
    "Views",
    "Opening",
    "Closing",
    "Remarks",
    "Statement",
    "Speech",
    "Address",
    "Interview",
    "Transcript",
    "Regarding",
    "About",
    "Concerning",
    "His",
    "Her",
    "Their",
    "From",
    "By",
    "Via",
    "Welcomed",
}
# A word of a name: capitalised (accented letters too: "Peña", "Káčer"); a full stop only
# after an initial or "Jr", so that "Lavrov. They" ends at the sentence.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_TOKEN = (
    # ("Retno L.P. Marsudi": initials run together)
    rf"(?:(?:[{_UPPER}]\.){{2,4}}(?![\w'])|[{_UPPER}]\.[{_UPPER}][\w'\-]*[\w]|[{_UPPER}]\.|(?:Jr|Sr|St)\.|(?:al|el|ad|as|ash|at|an)-[{_UPPER}][\w'\-]*"
    rf"|[{_UPPER}][\w'\-]*(?<![-']))"
)
# Bounded repeats: a name has a handful of words, and long runs of capitals stay linear.
# A name may open with particles ("von der Leyen", "de Klerk") but ends with a capital word.
# (A name stays on its line: "Senator the Hon Marise Payne" over "Minister for ...")
_SPACE = r"[^\S\n]+"
_NAME = (
    rf"(?:(?:von|van|de|der|den|da|di|du|del|le|la){_SPACE}){{0,2}}{_TOKEN}"
    rf"(?:{_SPACE}(?:{_PARTICLE}{_SPACE}){{0,2}}{_TOKEN}){{0,6}}(?:,{_SPACE}Jr(?:\.|\b(?!-)))?"
)
_ROLE_HEAD = (
    r"(?:(?:Vice|Deputy|Federal|Acting|First|Senior|Executive|Chief|Co|Assistant|Principal"
    r"|Permanent|Parliamentary)"
    r"(?:\s+|-))*"
    # "Foreign minister Park Jin held talks": sentence case, as some wires write it.
    r"(?:President|Prime [Mm]inister|Premier|Chancellor|Foreign [Mm]inister|Foreign Secretary"
    r"|External Affairs Minister|Foreign Affairs (?:Secretary|Minister)|Secretary of State"
    r"|Secretary-General|Secretary General"
    r"|Minister|King|Queen|Emperor|Crown Prince|Sultan|Emir|Amir|Chairman|Chairperson"
    r"|State Councill?or|State Counsell?or|Taoiseach|Tánaiste|Governor-General|Director-General"
    r"|Senator|Attorney[- ]General"
    r"|Director(?=\s+of\s+[^,;:()\n]{0,60}?\b(?:Department|Bureau|Division|Staff|Office)\b)"
    r"|Head(?=\s+of\s+the\s+International\s+Department\b)"
    r"|Congress(?:man|woman)|Speaker|Governor|Ambassador|Special Envoy|Envoy"
    r"|Under[- ]Secretary(?:[- ]General| of State)?|Vice Premier|Vice Chairman"
    r"|General Secretary|Chief Executive"
    r"|(?:Prime )?Cabinet Secretary"
    r"|High Representative|Secretary (?:for|of) Foreign Affairs"
    r"|(?<!Press )Secretary(?=\s+[A-Z][a-z])|PM(?=\s+[A-Z][a-z]))"
    r"(?:-elect|-designate)?"
)
# A minister's portfolio: capitalised words up to one that ends a portfolio ("of Foreign and
# European Affairs", "for Foreign Affairs and Trade"), so the name after it stays a name.
_PORTFOLIO_END = (
    r"(?:Affairs|Trade|Defen[cs]e|Finance|Economy|Industry|Cooperation|Development"
    r"|Commerce|Energy|Security|Health|Education|Justice|Interior|Europe|Relations"
    r"|Planning|Investment|Environment|Culture|Transport|Tourism|Agriculture|Policy"
    r"|Climate Change|Technology|Fisheries|Labour|Labor|Women|Sport"
    # a region's minister: "Parliamentary Under-Secretary of State for Indo-Pacific"
    r"|Indo-Pacific|Asia|Africa|Americas|Pacific|Middle East)"
)
_PORTFOLIO = (
    rf"(?:(?:for|of)\s+(?:the\s+)?(?:[A-Z][A-Za-z]+,?\s+(?:and\s+)?){{0,5}}"
    rf"{_PORTFOLIO_END}(?:\s+and\s+{_PORTFOLIO_END})?)"
)
# Form A (Japanese style): honorific, name, comma, role phrase.
_NAME_ROLE = re.compile(
    rf"(?P<hon>{_HONORIFICS})\s+(?P<name>{_NAME}),\s+"
    rf"(?P<role>(?:the\s+)?(?:[A-Z][^,.;:()\n]{{0,60}}?\s)?{_ROLE_HEAD}[^,.;:()\n]{{0,80}}?)"
    # ("Vice Premier and Minister of Foreign Affairs": one person's two offices)
    # ("President of Peru from 3:30 p.m.": the office ends before the clock)
    rf"(?=[,.;:()\n]|\s+(?:held|met|had|and(?!\s+{_ROLE_HEAD})|on|from\s+\d)\b|$)"
)
# Form C: name, comma, role with its country ("Pál Schmitt, President of Hungary").
_QUALIFIER = re.compile(r"^(?:caretaker|interim|acting|outgoing|incoming|new|newly[- ]elected)\s+")
_NAME_COMMA_ROLE = re.compile(
    rf"(?<![\w,])(?P<name>{_NAME}),\s+(?P<role>(?:the\s+)?"
    r"(?:(?:caretaker|interim|acting|outgoing|incoming|new|newly[- ]elected)\s+)?"
    rf"(?:[A-Z][\w.']*\s+){{0,2}}?{_ROLE_HEAD}"
    # ("Minister for Foreign Affairs of Iceland": a portfolio, then its country)
    rf"(?:\s+{_PORTFOLIO})?"
    # "Deputy Prime Minister and Foreign Minister of Ireland", "Deputy Prime Minister &
    # Minister of Foreign Affairs and Minister of Defence of Ireland": offices of one person
    rf"(?:\s+(?:and|&)\s+(?:[A-Z][\w.']*\s+)?{_ROLE_HEAD}(?:\s+{_PORTFOLIO})?){{0,2}}"
    # ("Director-General of the Department of Policy Planning of the Ministry of Foreign
    # Affairs of China")
    rf"(?:\s+of\s+(?:the\s+)?(?=[A-Z])(?:U\.S\.|U\.K\.|[^,.;:()\n]){{1,100}}?)?"
    # "Bill Richardson, US Ambassador to the UN this morning"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?)"
    r"(?=[,.;()]|\s+(?:held|met|had|and|on|in|at|this|today|yesterday|who)\b|$)"
)
# The head of a body, named after a comma: "Chairperson of the Commission of the African
# Union", "Director-General of the World Trade Organization".
_BODY_HEAD = re.compile(
    r"(?:Chair(?:person|man)|Director-General|Secretary[- ]General|President)\s+of\s+(?:the\s+)?"
    r"[A-Z][^,.;:()\n]*\b(?:Union|Commission|Nations|Organi[sz]ation|Bank|Fund|Secretariat"
    r"|Alliance|Forum|NATO|ASEAN|OECD)\b"
)
# A phrase that ends in an office ("U.S. Vice President") names a person, never a place.
# "Nur-Sultan" is a city: an office's word after a hyphen is part of a name.
ENDS_IN_OFFICE = re.compile(rf"(?<![\w-]){_ROLE_HEAD}$")
# Form B: role first ("Prime Minister Anthony Albanese of Australia", "Chinese President Xi").
_ROLE = re.compile(rf"\b{_ROLE_HEAD}(?:\s+{_PORTFOLIO})?\b")
_OF_WORDS = re.compile(
    r"^,?\s+of\s+(?:the\s+)?((?:[A-Z][\w'-]*|of|and)(?:\s+(?:[A-Z][\w'-]*|of|and|the)){0,5})"
)
# ("Minister of Foreign Affairs and Cooperation, Her Excellency, Adaljiza Magno")
_HON_NAME = re.compile(rf",?\s+(?:(?P<hon>{_HONORIFICS}),?\s+)?(?P<name>{_NAME})")

MAX_TEXT = 3000
_NICKNAME = re.compile(r"(?<=[a-z]) [\"“‘'][A-Z][\w-]+[\"”’'] (?=[A-Z])")
_NICKNAMED = re.compile(
    r"(?P<first>[A-Z][\w-]+) [\"“‘'](?P<nick>[A-Z][\w-]+)[\"”’'] (?P<last>[A-Z][\w-]+)"
)
_RETIRED = re.compile(r"(?<=[a-z]) \((?:Ret\.?|retd?\.?|ret'd)\)(?=,)")  # "General X (Ret.),"


# Emirates whose rulers and crown princes readouts name by the emirate: "Crown Prince of Abu
# Dhabi" speaks for the United Arab Emirates.
_EMIRATES = {
    "Abu Dhabi": "AE",
    "Dubai": "AE",
    "Sharjah": "AE",
    "Ajman": "AE",
    "Ras Al Khaimah": "AE",
    "Fujairah": "AE",
    "Umm Al Quwain": "AE",
}


def country_in(phrase: str) -> str:
    """The country a role phrase names after "of" ("Prime Minister of the Republic of Korea")."""
    words = phrase.split(" of ")
    for i in range(1, len(words)):
        tail = " of ".join(words[i:]).strip()
        tail = re.sub(r"^the\s+", "", tail, flags=re.I)
        if (emirate := _EMIRATES.get(tail.split(",")[0].strip())) is not None:
            return emirate
        for candidate in (tail, tail.split(",")[0]):
            found = countries.lookup(candidate, strict_codes=True)
            if found is not None:
                return found.code
        # "of Pakistan since August": the country, then the sentence goes on.
        head = tail.split(",")[0].split()[:5]
        for n in range(len(head) - 1, 0, -1):
            if head[n - 1][:1].isupper() and (
                found := countries.lookup(" ".join(head[:n]), strict_codes=True)
            ):
                return found.code
    return ""


def _of_country(text: str) -> tuple[str, int]:
    """The country named by a leading "of (the) X" and the length of that phrase."""
    m = _OF_WORDS.match(text)
    if m is None:
        return "", 0
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # longest first: "Republic of Korea", not "Republic"
        if words[n - 1] in ("of", "and", "the"):
            continue
        found = countries.lookup(" ".join(words[:n]), strict_codes=True)
        if found is not None:
            phrase = text[: m.start(1)] + " ".join(words[:n])
            return found.code, len(phrase)
    return "", 0


def _adjective_country(before: str) -> str:
    """The country named just before a role: "Chinese President", "UK Foreign Secretary",
    "United States of America President"."""
    ends = before.rstrip()
    if ends.endswith((".", ",", ";", ":", "!", "?")) and not re.search(r"(?:[A-Z]\.){2,}$", ends):
        return ""  # "... between Canada and Jamaica. Prime Minister X": another sentence's
    words = re.sub(r"['’]s$", "", ends).split()  # "Turkmenistan's Foreign Minister"
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if not phrase[:1].isupper():
            continue
        found = countries.lookup(phrase, strict_codes=True)
        if found is not None:
            return found.code
    return ""


# After a role, a body that is not a country ("Secretary-General of ASEAN", "Ambassador ...
# to ASEAN"): part of the role, before the name.
_OF_BODY = re.compile(
    r"\s+(?:of|to)\s+(?:the\s+)?(?:ASEAN(?=,?\s)|(?:ASEAN|[A-Z][\w-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w-]*){0,4})(?:(?=,\s)|\s*\([A-Z]{2,10}\)(?=\s+[A-Z])))"
)


_FOR_THE_EU = re.compile(
    r"^(?:,?\s+of\s+[A-Z][\w ]{2,30}?)?,?\s+in\s+(?:his|her)\s+capacity\s+as"
    r"\s+(?:the\s+)?(?:President|Chair\w*)\s+of\s+the\s+(?:European Council"
    r"|Council of the European Union|EU Council|European Union)"
)
_PLACE_AFTER = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})[ \t]*(?:\n|$)")
_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z.]{1,8}\)")
_RANK = re.compile(r"\s+Extraordinary\s+and\s+Plenipotentiary\b")
_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?P<where>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})")


# "Foreign Minister and Alternate Prime Minister Yair Lapid": two offices before one name.
# "High Representative of the European Union for Foreign Affairs and Security Policy/Vice-
# President of the European Commission Federica Mogherini": two offices joined by a slash.
_ROLE_AND = re.compile(
    rf"({_ROLE_HEAD})(?:\s+and\s+(?:[A-Z][a-z]+\s+)?"
    r"|(?:\s+(?:of|for)\s+[^,;./]{3,90})?\s*/\s*)$"
)


# "Chinese Defence Minister Wei", "Japanese Trade and Industry Minister": the portfolio
# stands between the country and the office.
_PORTFOLIO_BEFORE = re.compile(
    r"(?:(?:Defen[cs]e|Trade|Finance|Economy|Economic|Interior|Home|Health|Energy"
    r"|Environment|Agriculture|Education|Justice|Transport|Industry|Commerce|Labou?r"
    r"|Culture|Tourism|Development|Digital|Science|Investment|Security|Immigration"
    r"|Fisheries|Planning)\s+(?:and\s+)?){1,3}$"
)


_SENTENCE_CASE = re.compile(r"\b(Prime|Foreign) minister\b")
_TOP = r"(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emperor|Sultan|Emir)"
_TWO_PEOPLE = re.compile(rf"(?P<a>{_TOP}) and (?!(?P=a)\b){_TOP}$")


_OWN_OFFICE = re.compile(rf",\s+(?:the\s+)?(?:[A-Z][\w.']*\s+){{0,2}}?{_ROLE_HEAD}")


# An official's department within a foreign ministry: "of the Department of Consular Affairs
# of the Foreign Ministry", "of the Consular Department of the Ministry of Foreign Affairs".
_DEPARTMENT_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and)\s+){0,5}(?:Department|Bureau|Division)"
    r"(?:\s+(?:of|for)\s+(?:(?:[A-Z][\w’'-]*|and)\s+){0,3}[A-Z][\w’'-]*)?"
    r"\s+of\s+(?:the\s+)?(?:Foreign Ministry|Ministry of Foreign Affairs)\b"
    # ("Director of the CCP Central Foreign Affairs Office Wang Yi", "Director of the Office
    # of the Central Foreign Affairs Commission Wang Yi": a party's office, then the name)
    r"|\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and|of|the|for)\s+){0,8}?"
    r"(?:Foreign Affairs Commission|Central Commission for Foreign Affairs|Foreign Affairs"
    # ("Director of the Taiwan Affairs Office of the State Council Song Tao")
    r"|Office of the State Council|Office)"
    r"(?:\s+Office)?(?=\s+[A-Z][a-z])"
    # ("Minister of the International Department of the Communist Party of China Song Tao")
    r"|\s+of\s+the\s+International\s+Department\s+of\s+the\s+(?:Communist Party of China"
    r"|CPC|Central Committee of the (?:Communist Party of China|CPC))(?:\s+Central\s+Committee)?"
    r"(?=\s+[A-Z][a-z])"
)


_BODY_TAIL = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:Authority|Council|Commission|Government|Administration)"
    r"(?=,\s+[A-Z])"
)


def _role_first(text: str, m: re.Match[str]) -> Participant | None:
    role = _SENTENCE_CASE.sub(r"\1 Minister", m.group(0))  # "Foreign minister" as a title
    pos = m.end()
    begin = m.start()  # where the role starts, with a first office joined by "and"
    first = _ROLE_AND.search(text[max(0, begin - 120) : begin])
    if first is not None and (
        _TWO_PEOPLE.match(f"{first.group(0)}{role}")
        or re.search(
            r"\bbetween\s+(?:the\s+)?$",
            text[max(0, begin - len(first.group(0)) - 14) : begin - len(first.group(0))],
        )
    ):
        # "The President and Prime Minister Blair", "talks between the Federal Chancellor
        # and President Macron": two people ("Deputy Prime Minister and Foreign Minister X"
        # elsewhere is one).
        first = None
    if first is not None:
        begin -= len(first.group(0))
        role = " ".join(f"{text[begin : m.start()]}{role}".split())
    elif role.startswith("Minister") and (
        portfolio := _PORTFOLIO_BEFORE.search(text[max(0, begin - 60) : begin])
    ):
        begin -= len(portfolio.group(0))
        role = f"{portfolio.group(0)}{role}"
    head = re.match(r"(?:Deputy )?(?:Director(?:-General)?|Head|Minister$)", m.group(0))
    if head is not None and (chain := _DEPARTMENT_OF.match(text, m.start() + head.end())):
        # "Director-General of the Department of Consular Affairs of the Foreign Ministry
        # Long Zhou", "Director-General of the Asian and Oceanian Affairs Bureau of the
        # Ministry of Foreign Affairs of Japan X": the department is part of the office
        role = f"{text[begin : m.start()]}{head.group(0)} {chain.group(0).strip()}"
        pos = chain.end()
    if role.endswith("Ambassador") and (rank := _RANK.match(text, pos)) is not None:
        role = f"{role} {rank.group(0).strip()}"
        pos = rank.end()
    country, length = _of_country(text[pos:])
    if country:
        role = f"{role} {text[pos : pos + length].strip(' ,')}"
        pos += length
        if (named_body := _BODY_TAIL.match(text, pos)) is not None:
            # "President of the Palestinian National Authority, Mahmoud Abbas": the body's
            # name goes on after its country's adjective
            role = f"{role}{named_body.group(0)}"
            pos = named_body.end()
        if (short := _SHORT_FORM.match(text, pos)) is not None:
            pos = short.end()  # "of the United Kingdom (UK), Elizabeth Truss"
    if (body := _OF_BODY.match(text, pos)) is not None and (
        country
        or countries.lookup(
            body.group(0).split(None, 1)[1].removeprefix("the ").strip(), strict_codes=True
        )
        is None
    ):
        role = f"{role} {body.group(0).strip()}"
        pos = body.end()
    # "Chinese Ambassador to Vietnam Ha Vi", "the Ambassador of the European Union to
    # Mongolia Mr. X": the post's country is part of the role.
    if (
        re.search(r"\bAmbassador(?: of (?:the )?[A-Z][\w ]+)?$", role)
        and (post := _POSTED_TO.match(text, pos)) is not None
    ):
        words = post.group("where").split()
        for n in (2, 1):  # "to South Africa Jan Roe", "to Vietnam Ha Vi"
            where = " ".join(words[:n])
            if len(words) > n and countries.lookup(where, strict_codes=True) is not None:
                role = f"{role} to {where}"
                pos = post.start("where") + len(where)
                break
    hm = _HON_NAME.match(text, pos)
    if hm is None:
        return None
    name = _trim_name(hm.group("name"))
    if (
        not name
        or countries.lookup(name, strict_codes=True) is not None
        or name.split()[0] in _NOT_NAMES
        or name.split()[-1] in _BODY_ENDS
        or _ROLE.fullmatch(name) is not None  # "State Councilor, Minister of ...": two offices
        # (a header's "Prime Minister" over "Prime Minister Kishida's visit": another office)
        or re.match(r"(?:Prime Minister|President|Foreign Minister|Secretary of State)\b", name)
    ):
        return None
    place = _PLACE_AFTER.match(text, hm.end("name")) if len(name.split()) == 1 else None
    if place is not None and countries.lookup(place.group(1), strict_codes=True) is not None:
        return None  # a header's "Secretary of State" above "Rome, Italy": a place
    if (
        text[pos : hm.start("name")].lstrip().startswith(",")
        and (own := _OWN_OFFICE.match(text, hm.end("name"))) is not None
        # (not "Ghanaian President, Nana Akufo-Addo, U.S. Ambassador Christine Elder": the
        # next one's office, before the next one's name; nor "Syria's Minister for Foreign
        # Affairs, Walid Al-Moualem, the Secretary-General raised": the next clause's subject)
        and not re.match(
            r"[^\S\n]+(?:[A-Z][a-z]|(?!(?:of|for|and|to|in|at|on)\b)[a-z]{3,}\b)",
            text[own.end() :],
        )
    ):
        return None  # "Madam Secretary of State, Honorable X, Minister of ...": X's own office
    # "Prime Minister Guy Verhofstadt of Belgium in his capacity as President of the European
    # Council": he speaks for the EU.
    tail = text[hm.end("name") : hm.end("name") + 120]
    if _FOR_THE_EU.match(tail):
        country = "EU"
    if not country:
        country = _adjective_country(text[:begin])
    if not country:
        after, length = _of_country(text[hm.start("name") + len(name) :])
        if after:
            country = after
            tail = text[hm.start("name") + len(name) :][:length]
            role = f"{role} {tail.strip(' ,')}"
    hon = " ".join(h for h in (_honorific_before(text, begin), _honorific(hm.group("hon"))) if h)
    return Participant(name, hon, role, country)


# The last word of a body, not a person: "..., Kazinform News Agency reports".
_BODY_ENDS = frozenset(
    [
        "Agency",
        "News",
        "Service",
        "Press",
        "Ministry",
        "Office",
        "Department",
        "Council",
        "Committee",
        "Commission",
        "Secretariat",
        "Bureau",
        "Television",
        "Radio",
        "Times",
        "Post",
        "Herald",
        "Daily",
        "Tribune",
        # A state's long name after an office: "..., People's Republic of China".
        "Republic",
        "Kingdom",
        "Federation",
        "Emirates",
        "Sultanate",
        # A body's name after its head's office: "Président de Qatar Investment Authority".
        "Authority",
        "Fund",
        "Bank",
        "Corporation",
        "Foundation",
        "Institute",
        "University",
        # "Vice Chairman of the Chinese People's Political Consultative Conference and former
        # Chief Executive of the Hong Kong Special Administrative Region Mr Tung Chee Hwa"
        "Conference",
        "Region",
        "Assembly",
    ]
)
_TITLE_ENDS = frozenset(["Nation", "Assembly", "Unity", "Session", "Summit", "Forum", "Union"])
# Words that open a sentence before a comma, never a name ("Yesterday, Prime Minister ...").
_NOT_NAMES = {
    # "On 8 January, the Minister of Foreign Affairs ...": a date, not a name ("May" is one)
    *(m for m in MONTH_NAMES if m != "May"),
    "Today",
    "Yesterday",
    "Tonight",
    "Earlier",
    "Later",
    "Meanwhile",
    "Separately",
    "Also",
    "Additionally",
    "However",
    "Afterwards",
    "Then",
    "Finally",
    "Moreover",
    "Ahead",
    "During",
    "Following",
    "After",
    "Before",
    "Since",
    "While",
    "Further",
    # A speaker's first word before the one addressed: "First, Prime Minister, let me say".
    "First",
    "Firstly",
    "Secondly",
    "Lastly",
    "Well",
    "Now",
    "So",
    "Again",
    "Thank",
    "Thanks",
    "Yes",
    "Indeed",
    # Bodies a member belongs to: "Wang Yi, member of the State Council, Minister of ...".
    "State",
    "Council",
    # Portfolios listed after an office: "Minister of Culture, Youth and Sports".
    "Youth",
    "Sports",
    "Sport",
    "Culture",
    "Tourism",
    "Arts",
    "Heritage",
    "Science",
    "Technology",
    "Innovation",
    "Industry",
    "Trade",
    "Commerce",
    "Energy",
    "Environment",
    "Agriculture",
    "Fisheries",
    "Forestry",
    "Transport",
    "Communications",
    "Information",
    "Education",
    "Health",
    "Labour",
    "Labor",
    "Employment",
    "Development",
    "Planning",
    "Finance",
    "Economy",
    "Infrastructure",
    "Housing",
    "Justice",
    "Defence",
    "Defense",
    "Security",
    "Immigration",
    "Women",
    "Family",
    "Welfare",
    "Local",
    "Associate",
    "Organisation",
    "Organization",
    "Consultations",
    "Consultation",
    "Dialogue",
    # "Ambassador Extraordinary and Plenipotentiary of Italy": a rank, not a name.
    "Extraordinary",
    "Plenipotentiary",
}

_HON_BEFORE = re.compile(rf"(?:^|[\s,(])(?P<hon>{_HONORIFICS})\s+$")


def _honorific_before(text: str, pos: int) -> str:
    """An honorific written before the role: "His Majesty Sultan ...", "H.E. President ..."."""
    m = _HON_BEFORE.search(text[max(0, pos - 80) : pos])
    return _honorific(m.group("hon")) if m else ""


# Words of a venue, never of a person: "Secretary of State / Treaty Room / Washington" run
# together in a header is a role and a room, not a role and a name.
_VENUE_WORDS = {
    "Room",
    "Hall",
    "House",
    "Palace",
    "Office",
    "Building",
    "Hotel",
    "Center",
    "Centre",
    "Ministry",
    "Department",
    "Embassy",
    "Residence",
    "Street",
    "Avenue",
    "Square",
    "Headquarters",
    "Chancellery",
    "Parliament",
    "Secretariat",
}


_OFFICE_WORDS = {
    "President",
    "Secretary",
    "Minister",
    "Prime",
    "Chancellor",
    "Premier",
    "Chairman",
    "Governor",
    "Ambassador",
    "Speaker",
}


def _trim_name(name: str) -> str:
    if _VENUE_WORDS & {w.strip(",.") for w in name.split()}:
        return ""
    if re.fullmatch(rf"{_HONORIFICS}\.?", name.strip(" ,")):
        return ""  # "Mr" alone: an honorific whose name is elsewhere
    words = name.split()
    if words == ["I"]:
        return ""  # "Welcome Prime Minister, I know ...": the speaker, not a name
    for i, word in enumerate(words):
        # (after a particle a stop word is a family's name: "Haitham bin Tarik al Said")
        if word.strip(",.") in _STOP and not (i and words[i - 1].casefold() in _PARTICLE_WORDS):
            words = words[:i]
            break
    while words and words[0] in _OFFICE_WORDS:
        words = words[1:]  # a header's "Prime Minister Anthony Albanese": the name
    if re.fullmatch(_ROLE_HEAD, name.strip(" ,")) or not words or _OFFICE_WORDS & set(words):
        # "Mr. President, Madam Secretary of State, ...": offices, addressed; "General
        # Secretary, China President X": the next office's holder
        return ""
    text = " ".join(words).rstrip(",")
    # ("Special Administrative Region Mr Tung Chee Hwa": the body's name, then the name)
    text = re.sub(rf"^(?:[A-Z][\w']*\s+){{1,4}}{_HONORIFICS}\.?(?:\s+(?=[A-Z])|$)", "", text)
    # A list's headline run into its summary: "Antony BlinkenThe conversation ...".
    text = re.sub(r"(?<=[a-z]{2})(?:The|This|It|In|On|At|During|After|A|An)$", "", text)
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr)\.$", text):
        text = text[:-1]
    # Post-nominal letters are not part of the name ("Anthony Albanese MP").
    text = re.sub(r"(?:\s+(?:MP|QC|KC|AC|AO|GCMG|MBE|OBE|CBE|PhD))+$", "", text)
    # "Kishida's" names a person in a possessive phrase; keep the person (also when the next
    # word ran into it: "Trump'sannouncement").
    return re.sub(r"'s(?:[a-z]{3,})?$", "", text)


def _honorific(text: str | None) -> str:
    """The honorific as a title, without the article of running text ("the Hon." -> "Hon.")."""
    return re.sub(r"^the\s+", "", " ".join((text or "").split()), flags=re.I)


_PARTICLE_WORDS = set(_PARTICLE.strip("(?:)").split("|")) | {"jr.", "sr.", "haji", "al-"}


def _name_words(name: str) -> set[str]:
    """The words that identify a person: no particles ("bin", "van"), no initials."""
    words = {w.casefold() for w in name.replace(",", " ").split() if len(w) > 2}
    return words - _PARTICLE_WORDS


# Given names so common that sharing one says nothing: "Mohamed bin Zayed" and "Mohamed Ould
# Ghazouani" are two people.
_COMMON_GIVEN = {"mohamed", "mohammed", "mohammad", "muhammad", "ahmed", "ahmad", "abdel", "abdul"}


def same_person(a: str, b: str) -> bool:
    """Two names of one person: they share a word that is not a common given name."""
    words_a, words_b = _name_words(a), _name_words(b)
    shared = words_a & words_b
    if shared <= _COMMON_GIVEN and words_a - _COMMON_GIVEN and words_b - _COMMON_GIVEN:
        return False
    return bool(shared)


# The country after the office, set off by commas: "Mr. X, Foreign Affairs Secretary, the
# Republic of the Philippines, during his visit".
_COUNTRY_AFTER = re.compile(
    r"^,[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w'-]*(?:[ \t]+(?:of|the|[A-Z][\w'-]*)){0,5}?)"
    r"(?=[,.;]|[ \t]+(?:during|on|in|at|who|and)\b)"
)


def _country_after(rest: str) -> str:
    m = _COUNTRY_AFTER.match(rest)
    place = countries.lookup(m.group("place"), strict_codes=True) if m else None
    return place.code if place is not None else ""


def find_participants(text: str) -> list[Participant]:
    """People named with a role in the text, in order of first appearance, each once.

    Only the first ``MAX_TEXT`` characters are read: a lead names its people early, and the
    bound keeps pasted garbage from costing quadratic time.
    """
    # A nickname in quotes inside a name: President Ferdinand "Bongbong" Marcos Jr.; the
    # nickname alone names the same person later ("President Joko “Jokowi” Widodo" and
    # "President Jokowi").
    nicknames = {m["nick"]: f"{m['first']} {m['last']}" for m in _NICKNAMED.finditer(text)}
    text = _RETIRED.sub("", _NICKNAME.sub(" ", text[:MAX_TEXT]))
    found: list[tuple[int, Participant]] = []
    taken: list[tuple[int, int]] = []
    for m in _NAME_ROLE.finditer(text):
        name = _trim_name(m.group("name"))
        role = re.sub(r"^the\s+", "", m.group("role").strip())
        if not name or name.split()[-1] in _BODY_ENDS | _TITLE_ENDS:
            continue  # "the UN General Assembly, Foreign Minister ...": not "General Assembly"
        hon = _honorific(m.group("hon"))
        head = _ROLE.search(role)
        before = role[: head.start()] if head else ""  # "Japan's Special Envoy"
        country = (
            country_in(role)
            or _adjective_country(before.replace("'s ", " "))
            or _country_after(text[m.end() :])
        )
        found.append((m.start(), Participant(name, hon, role, country)))
        taken.append((m.start(), m.end()))
    for m in _NAME_COMMA_ROLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        name = _trim_name(m.group("name"))
        if re.search(r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "Today in Brussels, the High Representative ...": a place
        role = re.sub(r"^the\s+", "", m.group("role").strip())
        role = _QUALIFIER.sub("", role)  # "the caretaker Prime Minister"
        head = _ROLE.search(role)
        before = role[: head.start()] if head else ""
        country = (
            country_in(role)
            or _adjective_country(before.replace("'s ", " "))
            or _country_after(text[m.end() :])
        )
        if (
            not name
            or countries.lookup(name, strict_codes=True) is not None
            or name.split()[0] in _NOT_NAMES
            # "Leader of the Nation, President ...", "the UN General Assembly, Foreign
            # Minister ...": the end of a title or a body, not a name
            or name.split()[-1] in _BODY_ENDS | _TITLE_ENDS
        ):
            continue
        if not country and not (
            role.startswith(("Foreign", "Secretary", "Prime", "President"))
            # ("António Guterres, United Nations Secretary-General": a body's head)
            or re.search(r"\bSecretary[- ]General$|\bHigh Representative$", role)
            # ("Moussa Faki Mahamat, Chairperson of the Commission of the African Union")
            or _BODY_HEAD.match(role)
        ):
            continue  # "Name, the Minister": too loose without a country or a known office
        found.append((m.start(), Participant(name, "", role, country)))
        taken.append((m.start(), m.end()))
    for m in _ROLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        person = _role_first(text, m)
        if person is not None:
            found.append((m.start(), replace(person, role=_as_former(person.role, text, m))))
            taken.append((m.start(), m.end()))
    for m in _PLURAL_ROLE.finditer(text):  # "Presidents Obama and Calderon spoke"
        if any(s <= m.start() < e for s, e in taken):
            continue
        role = _SINGULAR[m.group("role")]
        for group in ("a", "b"):
            name = _trim_name(m.group(group))
            if name and countries.lookup(name, strict_codes=True) is None:
                found.append((m.start(group), Participant(name, "", role, "")))
        taken.append((m.start(), m.end()))
    lower = [*_LOWER_ROLE.finditer(text), *_LOWER_ROLE_OF.finditer(text)]
    for m in sorted(lower, key=lambda m: m.start()):
        if any(s <= m.start("role") < e for s, e in taken):
            continue
        name = _trim_name(m.group("name"))
        if (
            not name
            or name.split()[0] in _NOT_NAMES
            or countries.lookup(name, strict_codes=True) is not None
        ):
            continue
        place = countries.lookup(m.group("adj"), strict_codes=True)
        if m.re is _LOWER_ROLE_OF:
            if place is None:
                continue
            role = f"{m.group('role').capitalize()} of {m.group('adj')}"
        else:  # "Kenya's newly elected president": the office as a title, "Kenya President"
            office = re.sub(r"(?<![\w'’])[a-z]", lambda c: c.group(0).upper(), m.group("role"))
            role = f"{m.group('adj')} {office}"
        role = _as_former(role, text, m)
        found.append(
            (
                m.start(),
                Participant(name, _honorific(m.group("hon")), role, place.code if place else ""),
            )
        )
        taken.append((m.start(), m.end()))
    for m in _POSSESSIVE_NAME.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        place = countries.lookup(m.group("adj"), strict_codes=True)
        name = _trim_name(m.group("name"))
        holder = offices.known_person(name) if place is not None and name else None
        if holder is not None and place is not None and holder.country == place.code:
            found.append((m.start("name"), Participant(name, "", "", place.code)))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda item: item[0])
    found.extend(_counterparts(text, found, taken))
    found.sort(key=lambda item: item[0])
    # "the state funeral for former Prime Minister ABE", "the late King": not at the table.
    found = [(pos, p) for pos, p in found if not _MOURNED.search(text[max(0, pos - 40) : pos])]
    # "President Joko Widodo (Jokowi)": the short name in brackets is the same person.
    aliases = {m.group("alias"): m.group("full") for m in _ALIAS.finditer(text)} | nicknames
    people: list[Participant] = []
    for _, person in found:
        full = aliases.get(person.name.split()[-1]) if len(person.name.split()) == 1 else None
        if not any(
            same_person(person.name, p.name) or (full and same_person(full, p.name)) for p in people
        ):
            people.append(person)
    return people


_MOURNED = re.compile(
    r"(?:\b(?:funeral|memorial|burial|mourning|tribute|condolences?) "
    r"(?:service |ceremony )?(?:for|of|to) (?:the )?(?:late |former )*"
    r"|\bthe late )$",
    re.I,
)
_ALIAS = re.compile(rf"(?P<full>{_TOKEN}(?:\s+{_TOKEN}){{1,3}})\s+\((?P<alias>[A-Z][\w'-]{{2,}})\)")


# "Foreign Minister Li Zhaoxing held talks with his South Korean counterpart Yoon Young-kwan",
# "his counterpart from Pakistan, Yusuf Raza Gilani": the other side holds the same office.
_COUNTERPART = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Yy]our|[Mm]y|[Oo]ur)\s+"
    r"(?:(?:new|newly[- ]appointed|incoming|visiting)\s+)?"
    r"(?:(?P<adj>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})\s+)?"
    r"counterparts?(?:\s+from\s+(?:the\s+)?(?P<from>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2}))?"
    rf",?\s+(?:(?P<hon>{_HONORIFICS})\s+)?(?P<name>{_NAME})"
)


_SINGULAR = {
    "Presidents": "President",
    "Prime Ministers": "Prime Minister",
    "Foreign Ministers": "Foreign Minister",
    "Chancellors": "Chancellor",
    "Premiers": "Premier",
    "Secretaries": "Secretary",
}
_PLURAL_ROLE = re.compile(
    rf"\b(?P<role>{'|'.join(_SINGULAR)})\s+"
    rf"(?P<a>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
    rf"\s+and\s+(?P<b>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)

# News copy writes offices in lower case after a demonym: "former Indonesian vice-president
# Muhammad Jusuf Kalla", "ASEAN secretary-general Dr Kao Kim Hourn".
_LOWER_ROLE = re.compile(
    r"(?P<adj>(?:ASEAN|EU|UN|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?:['’]s)?\s+"
    r"(?:(?:newly[- ]elected|new|incoming|outgoing|visiting)\s+)?"
    r"(?P<role>(?:vice[- ]|deputy\s+)?"
    r"(?:president|prime minister|premier|chancellor|secretary[- ]general|foreign minister|leader"
    r"|(?:defen[cs]e|trade|finance) minister|foreign secretary))"
    rf",?\s+(?:(?P<hon>{_HONORIFICS})\s+)?(?P<name>{_NAME})"
)

_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.I)


def _as_former(role: str, text: str, m: re.Match[str]) -> str:
    """The office as held no more when the text says so before it ("former Kenyan premier
    Raila Odinga", "former Prime Minister of Kenya Raila Odinga")."""
    return f"Former {role}" if _FORMER.search(text[max(0, m.start() - 10) : m.start()]) else role


# A headline's "Kenya's Ruto", "U.K.'s Liz Truss": a country's possessive before the name of
# someone who held one of its offices (the table of office holders says so).
_POSSESSIVE_NAME = re.compile(
    rf"(?P<adj>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
    r"(?![\w'’-])"
)

# "hosting the president of the Sahrawi Arab Democratic Republic (also known as Western
# Sahara), Brahim Ghali": an office in lower case, its country, then the name.
_LOWER_ROLE_OF = re.compile(
    r"\b(?P<role>(?:vice[- ])?(?:president|prime minister|premier|chancellor|foreign minister"
    r"|king|emir|crown prince))\s+of\s+(?:the\s+)?"
    r"(?P<adj>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,4})(?:\s+\([^()]{1,60}\))?,"
    rf"\s+(?:(?P<hon>{_HONORIFICS})\s+)?(?P<name>{_NAME})"
)


def _counterparts(
    text: str, found: list[tuple[int, Participant]], taken: list[tuple[int, int]]
) -> list[tuple[int, Participant]]:
    """People named as someone's counterpart, with that person's office."""
    out: list[tuple[int, Participant]] = []
    for m in _COUNTERPART.finditer(text):
        if any(s <= m.start("name") < e for s, e in taken):
            continue
        name = _trim_name(m.group("name"))
        if (
            not name
            or name.split()[0] in _NOT_NAMES
            or countries.lookup(name, strict_codes=True) is not None
        ):
            continue
        if countries.lookup(name.split()[0], strict_codes=True) is not None or _ROLE.search(name):
            continue  # "his American counterpart, US Secretary of State John Kerry": the
            # role comes first, and the role pass has the name
        where = (m.group("from") or m.group("adj") or "").removesuffix("'s")
        place = countries.lookup(where, strict_codes=True) if where else None
        before = [p for pos, p in found if pos < m.start()]
        head = _ROLE.search(before[-1].role) if before else None
        role = head.group(0) if head else ""
        out.append(
            (
                m.start("name"),
                Participant(name, _honorific(m.group("hon")), role, place.code if place else ""),
            )
        )
    return out


# "met with her South African counterpart to discuss ...": the other side's country, even
# where the sentence does not name the counterpart.
_NAMELESS_COUNTERPART = re.compile(
    r"\b(?:his|her|their|its|the|your|my|our)\s+"
    r"(?:(?:new|newly[- ]appointed|incoming|visiting)\s+)?"
    r"(?P<adj>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})\s+counterparts?\b"
    # ("his counterpart from neighbouring Suriname")
    r"|\bcounterparts?\s+from\s+(?:the\s+)?(?:neighbou?ring\s+|fellow\s+)?"
    r"(?P<from>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})"
    # A headline's way: "FM holds talks with South African counterpart".
    r"|\b(?:with|meets?|calls?|and)\s+(?P<bare>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})"
    r"\s+counterparts?\b"
)


def counterpart_countries(text: str) -> list[str]:
    """The countries of counterparts the text names by their country ("her South African
    counterpart", "his counterpart from Peru"), in order, each once."""
    out: list[str] = []
    for m in _NAMELESS_COUNTERPART.finditer(text[:MAX_TEXT]):
        where = (m.group("adj") or m.group("from") or m.group("bare") or "").removesuffix("'s")
        found = countries.lookup(where, strict_codes=True)
        if found is not None and found.code not in out:
            out.append(found.code)
    return out


def named_counterparts(text: str) -> list[Participant]:
    """The people the text names as someone's counterpart, with their countries."""
    found: list[tuple[int, Participant]] = []
    return [p for _, p in _counterparts(text[:MAX_TEXT], found, [])]


def parties(people: list[Participant]) -> list[str]:
    """The distinct countries of the participants, in order."""
    codes: list[str] = []
    for person in people:
        if person.country and person.country not in codes:
            codes.append(person.country)
    return codes


# Attendee lists: "Attendees:" then "Japanese side: Mr. A, Minister; Mr. B, Ambassador".
_ATTENDEES = re.compile(
    r"^[(\[]?\s*(?:Attendees|Participants|Attendance|Delegations?"
    r"|Members of the delegations?)\s*(?:[:)\]]\s*|$)",
    re.I,
)
_SIDE = re.compile(
    r"^(?:\(\s*)?(?:From\s+)?(?:the\s+)?(?P<side>[A-Z][\w.' -]{1,40}?)"
    r"(?:\s+(?:side|delegation|participants|attendees))?\s*[:)]\s*(?P<rest>.*)$"
)
_ENTRY = re.compile(
    rf"^(?:(?P<hon>{_HONORIFICS})\s+)?(?P<name>{_NAME})\s*(?:,\s*(?P<role>[^;]+?)"
    r"|\((?P<prole>[^()]+)\))?\s*$"
)
MAX_ATTENDEES = 40


def _side_country(side: str) -> str:
    found = countries.lookup(side.strip(), strict_codes=True)
    return found.code if found is not None else ""


def _entries(rest: str) -> list[str]:
    """People in one side's list: split at semicolons, or at "), " after a bracketed role."""
    parts = [p.strip(" .") for p in re.split(r";|\)\s*,\s*(?=[A-Z])", rest)]
    # The split at "), " ate the closing bracket of the role.
    return [p + ")" if p.count("(") > p.count(")") else p for p in parts if p]


def _attendee(entry: str, country: str) -> Participant | None:
    m = _ENTRY.match(entry)
    if m is None:
        return None
    name = _trim_name(m.group("name"))
    if not name or (len(name.split()) < 2 and not m.group("hon")):
        return None  # a single word without a title is more likely a label than a person
    if countries.lookup(name, strict_codes=True) is not None:
        return None
    role = (m.group("role") or m.group("prole") or "").strip(" .")
    return Participant(name, _honorific(m.group("hon")), role, country or country_in(role))


def find_attendees(paras: list[str] | tuple[str, ...]) -> list[Participant]:
    """People in an attendee list, each with the country of the side that lists them."""
    people: list[Participant] = []
    in_list = False
    for para in paras:
        if m := _ATTENDEES.match(para):
            in_list, para = True, para[m.end() :].strip()
            if not para:
                continue
        if not in_list:
            continue
        side = _SIDE.match(para)
        if side is None:
            in_list = False  # the list ended at a line that is not a side's
            continue
        country = _side_country(side.group("side"))
        if not country:
            in_list = False
            continue
        for entry in _entries(side.group("rest")):
            person = _attendee(entry, country)
            if person is not None and len(people) < MAX_ATTENDEES:
                people.append(person)
    return people


def merge_people(principals: list[Participant], more: list[Participant]) -> list[Participant]:
    """The principals, then anyone else from ``more``; a principal named again is kept once."""
    out = list(principals)
    for person in more:
        same = next((i for i, p in enumerate(out) if same_person(person.name, p.name)), None)
        if same is None:
            out.append(person)
        elif not out[same].country and person.country:
            # "Prime Minister Hale" in the lead, "Prime Minister Hale of New Zealand" in the
            # headline: one person, whose country the second mention gives.
            kept = out[same]
            out[same] = Participant(
                kept.name,
                kept.honorific or person.honorific,
                person.role if len(person.role) > len(kept.role) else kept.role,
                person.country,
            )
        elif not out[same].role and person.role:
            # "... with Retno Marsudi" in the lead, "FOREIGN MINISTER RETNO MARSUDI:" as a
            # transcript's label: the office the other mention gives.
            out[same] = replace(out[same], role=person.role)
    return out


# "President Obama called Dr. Haider al-Abadi today": the other side named after the verb,
# with an honorific but no role.
_VERB_GUEST = re.compile(
    rf"\b(?:met(?: with)?|called|telephoned|spoke (?:with|to)|received|hosted|welcomed"
    rf"|conversation with|talks with)\s+(?P<hon>{_HONORIFICS})\s+(?P<name>{_NAME})"
)


def guest_after_verb(sentence: str, known: list[Participant]) -> Participant | None:
    """The person named with an honorific right after the meeting verb, when no one found
    so far is that person; their country from a demonym later in the sentence, if one."""
    m = _VERB_GUEST.search(sentence[:MAX_TEXT])
    if m is None:
        return None
    name = _trim_name(m.group("name"))
    if not name or len(name.split()) < 2 or any(same_person(name, p.name) for p in known):
        return None
    if countries.lookup(name, strict_codes=True) is not None:
        return None
    taken = {p.country for p in known}
    later = [
        c.code
        for w in re.findall(r"\b[A-Z][a-z]+\b", sentence[m.end() :])
        if (c := countries.lookup(w, strict_codes=True)) is not None
    ]
    fresh = [c for c in dict.fromkeys(later) if c not in taken]
    return Participant(name, _honorific(m.group("hon")), "", fresh[0] if len(fresh) == 1 else "")


# A transcript's speakers: "PRIME MINISTER HOWARD:", "SECRETARY KERRY:", "FOREIGN SECRETARY
# MEADE:", "PRESIDENT OBAMA:".
_SPEAKER = re.compile(
    r"^(?P<role>(?:PRIME MINISTER|PRESIDENT|SECRETARY|FOREIGN SECRETARY"
    r"|FOREIGN MINISTER|MINISTER|CHANCELLOR|PREMIER|VICE PRESIDENT"
    r"|SECRETARY-GENERAL|SECRETARY GENERAL))\s+(?P<name>[A-Z][A-Z'-]+"
    r"(?:\s+[A-Z][A-Z'-]+){0,2}):"
)


# "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA:", "CHRISTOPHER LUXON, PRIME MINISTER:".
_SPEAKER_NAMED = re.compile(
    r"^(?P<name>[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,3}),\s+(?P<role>(?:PRIME MINISTER"
    r"|PRESIDENT|FOREIGN MINISTER|MINISTER FOR FOREIGN AFFAIRS|MINISTER|SECRETARY OF STATE"
    r"|FOREIGN SECRETARY|CHANCELLOR|PREMIER)(?:\s+OF\s+(?:THE\s+)?[A-Z][A-Z ]{2,40})?):"
)


# The same in title case: "Penny Wong, Foreign Minister:", "Hon Ana Ruiz, Prime Minister of
# Chile:".
_SPEAKER_TITLED = re.compile(
    r"^(?:(?:Rt\.? )?Hon\.? |Dr\.? |Senator (?:the Hon )?)?"
    r"(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}),\s+(?P<role>(?:(?:[A-Z][a-z]+ ){0,2}"
    r"(?:Prime Minister|President|Foreign Minister|Minister for Foreign Affairs"
    r"|Minister of Foreign Affairs|Secretary of State|Foreign Secretary|Chancellor|Premier))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{2,40})?):"
)


def _capitalised(words: str) -> str:
    return " ".join(w.capitalize() for w in words.split())


def find_speakers(paras: list[str] | tuple[str, ...]) -> list[Participant]:
    """The people a transcript names as its speakers, with their offices, each once."""
    out: list[Participant] = []
    for para in paras[:MAX_SPEAKER_LINES]:
        m = _SPEAKER.match(para) or _SPEAKER_NAMED.match(para) or _SPEAKER_TITLED.match(para)
        if m is None:
            if (bare := _known_speaker(para)) is not None and not any(
                same_person(bare.name, p.name) for p in out
            ):
                out.append(bare)
            continue
        name = _capitalised(m.group("name"))
        if countries.lookup(name, strict_codes=True) is not None:
            continue
        role = m.group("role")
        if role.isupper():
            role = _capitalised(role).replace(" Of ", " of ").replace(" The ", " the ")
        if not any(same_person(name, p.name) for p in out):
            out.append(Participant(name, "", role, country_in(role)))
    return out


MAX_SPEAKER_LINES = 60
# A label of a name alone, in capitals: "JULIE BISHOP: Thank you ..." (an office holder the
# table knows, whose office it gives).
_SPEAKER_BARE = re.compile(r"^(?P<name>[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,3}):\s")


# A label of a family name after a courtesy title: "Mr Downer: Ladies and gentlemen ...".
_SPEAKER_MISTER = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.? (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?):\s")


def _known_speaker(para: str) -> Participant | None:
    m = _SPEAKER_BARE.match(para) or _SPEAKER_MISTER.match(para)
    if m is None:
        return None
    name = _capitalised(m.group("name"))
    found = offices.known_person(name)
    if found is None:
        return None
    return Participant(name, "", found.office, found.country)


def opening_speaker(para: str) -> Participant | None:
    """The speaker whose label opens a paragraph ("ANTHONY ALBANESE, PRIME MINISTER OF
    AUSTRALIA: I am delighted ..."): the "I" of what follows."""
    found = find_speakers([para])
    named = _SPEAKER_NAMED.match(para) or _SPEAKER_TITLED.match(para)
    return found[0] if found and named else None


# A transcript's header: "Joint press conference with:" and, on the lines after it, the
# other speakers ("• Hon Ana Ruiz, Minister for Foreign Affairs of Chile").
_JOINT_WITH = re.compile(
    r"^[•·▪*-]?\s*Joint (?:transcript|press conference|media conference|media release"
    r"|doorstop(?: interview)?|statement|remarks) with:?$",
    re.I,
)
_BULLET = re.compile(r"^[•·▪*-]\s*")
MAX_JOINT_LINES = 3


def joint_with(paras: list[str] | tuple[str, ...]) -> list[Participant]:
    """The people a transcript's header lists after "Joint transcript with:"."""
    for i, para in enumerate(paras[:MAX_SPEAKER_LINES]):
        if _JOINT_WITH.match(para.strip()) is None:
            continue
        out: list[Participant] = []
        for line in paras[i + 1 : i + 1 + MAX_JOINT_LINES]:
            found = find_participants(_BULLET.sub("", line.strip()))
            if not found:
                break
            out.extend(found)
        return out
    return []


# A statement's header puts a name on one line and the office on the next: "Remarks by Herman
# Van Rompuy" / "President of the European Council".
_ROLE_LINE = re.compile(
    rf"^(?:the\s+)?{_ROLE_HEAD}"
    # ("Minister for Foreign Affairs and Minister for Women, Australia")
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w' ,]{{2,120}})?$"
)
_NAME_AT_END = re.compile(rf"(?:^|\s)(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{1,3}})$")


# An archive's line naming whose papers these are, family name first: "Hawke, Robert".
_INVERTED = re.compile(r"^(?P<family>[A-Z][\w'-]+), (?P<given>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})$")


def inverted_holder(line: str) -> Participant | None:
    """The office holder a "Family, Given" line names, when the table of holders knows them."""
    m = _INVERTED.match(_BULLET.sub("", line.strip()))  # "• Keating, Paul John" too
    if m is None:
        return None
    name = f"{m.group('given')} {m.group('family')}"
    found = offices.known_person(name)
    if found is None:  # "Hawke, Robert" is the table's "Bob Hawke": one family, one office
        family = offices.fold(m.group("family"))
        same = [h for h in offices.holders() if offices.fold(h.family) == family]
        found = same[0] if len({(h.country, h.office) for h in same}) == 1 else None
    if found is None or offices.fold(found.family) != offices.fold(m.group("family")):
        return None
    return Participant(found.name, "", found.office, found.country)


# A State Department transcript's header names whose remarks these are on a line of its own:
# "Secretary Condoleezza Rice" over "Berlin, Germany".
_HEADER_SECRETARY = re.compile(
    r"^(?P<role>(?:Deputy |Under )?Secretary(?: of State)?) (?P<name>[A-Z][\w.'-]+"
    r"(?: [A-Z][\w.'-]+){1,3})$"
)


def header_secretary(lines: list[str] | tuple[str, ...]) -> list[Participant]:
    """The Secretary whose remarks a State Department transcript's header names on a line of
    its own ("Secretary Condoleezza Rice"); none when no such line."""
    for line in lines[:MAX_SECRETARY_LINES]:
        if (m := _HEADER_SECRETARY.match(line.strip())) is not None:
            role = "Secretary of State" if m["role"] == "Secretary" else m["role"]
            return [Participant(m["name"], "", role, "")]  # the table says whose
    return []


MAX_SECRETARY_LINES = 40  # a page's menus come first


def header_people(paras: list[str] | tuple[str, ...]) -> list[Participant]:
    """People a header names a line above their office."""
    out: list[Participant] = []
    for above, line in pairwise(paras[: MAX_HEADER_LINES + 1]):
        if len(line) > MAX_ROLE_LINE or _ROLE_LINE.match(line) is None:
            continue
        # ("HON. TEODORO L. LOCSIN JR." over "Secretary of Foreign Affairs": a name in capitals)
        m = _NAME_AT_END.search(above.title() if above.isupper() else above)
        if m is None:
            continue
        # ("Senator the Hon Marise Payne", "The Hon Nanaia Mahuta": the name after the style)
        name = _trim_name(re.sub(r"^(?:(?:The|the|Rt\.?|Right)\s+)*Hon\.?\s+", "", m.group("name")))
        if not name or len(name.split()) < 2 or countries.lookup(name, strict_codes=True):
            continue
        if not any(same_person(name, p.name) for p in out):
            out.append(Participant(name, "", line.removeprefix("the "), country_in(line)))
    return out


MAX_HEADER_LINES = 15
MAX_ROLE_LINE = (
    140  # "Minister of Foreign Affairs, Minister of Local Government and ..., New Zealand"
)


def nicknames_of(name: str, text: str) -> list[str]:
    """The short names the text gives someone ("Jokowi" of "Joko “Jokowi” Widodo", "Jokowi"
    of "Joko Widodo (Jokowi)")."""
    head = text[:MAX_TEXT]
    return [
        m["nick"]
        for m in _NICKNAMED.finditer(head)
        if same_person(f"{m['first']} {m['last']}", name)
    ] + [m["alias"] for m in _ALIAS.finditer(head) if same_person(m["full"], name)]


# Leaders' short names that pages use without ever spelling them out beside the full one.
_KNOWN_NICKNAMES = {
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "Bongbong": "Ferdinand Marcos Jr.",
    "BBM": "Ferdinand Marcos Jr.",
    "AMLO": "Andrés Manuel López Obrador",
    "MBS": "Mohammed bin Salman",
    "MBZ": "Mohamed bin Zayed",
}


def without_aliases(people: list[Participant], text: str) -> list[Participant]:
    """The people without a short name the text gives in brackets for one of them ("President
    Joko Widodo (Jokowi)"): "Jokowi" is the same person, not another."""
    aliases = (
        _KNOWN_NICKNAMES
        | {m.group("alias"): m.group("full") for m in _ALIAS.finditer(text[:MAX_TEXT])}
        | {m["nick"]: f"{m['first']} {m['last']}" for m in _NICKNAMED.finditer(text[:MAX_TEXT])}
    )
    return [
        p
        for p in people
        if not (
            p.name in aliases
            and any(q is not p and same_person(aliases[p.name], q.name) for q in people)
        )
    ]
