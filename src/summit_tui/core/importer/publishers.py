"""Who published a readout, known only from lines that name the publisher or its habits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from summit_tui.core.reference import countries


@dataclass(frozen=True, slots=True)
class Publisher:
    """A government source: its name, its country, and the lines that give it away."""

    name: str
    country: str  # ISO alpha-2
    line: re.Pattern[str]  # a line of page furniture naming it (dropped from the text)
    habit: re.Pattern[str] | None = None  # a telltale in the text itself (kept)
    hosts: tuple[str, ...] = ()  # web hosts it publishes on (a subdomain counts too)
    office: str = ""  # whose words these are when the text says "I" ("Foreign Minister")


def _line(*forms: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(forms) + r")$", re.I)


# GOV.UK names co-publishers after the office: "From: ... 10 Downing Street and The Rt Hon ...".
_FROM = re.compile(r"^From:\s*(?P<first>.+?)(?:\s+and\s+.{1,300})?$", re.I)


PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "Ministry of Foreign Affairs of Japan",
        "JP",
        _line(r"Ministry of Foreign Affairs of Japan", r"MOFA(?: Japan)?"),
        # MOFA pages sit under a country-relations page and link "Back to" it.
        re.compile(r"^Back to Japan-.+ Relations$", re.M),
        ("mofa.go.jp",),
    ),
    Publisher(
        "Prime Minister's Office of Japan",
        "JP",
        _line(
            r"Prime Minister's Office of Japan",
            r"(?:The )?Prime Minister in Action",
            r"Prime Minister of Japan and His Cabinet",
        ),
        hosts=("kantei.go.jp",),
    ),
    Publisher(
        "The White House",
        "US",
        _line(
            r"The White House",
            r"Briefing Room",
            r"Statements and Releases",
            r"(?:The White House\s*)?Office of the Press Secretary",
            r"THE WHITE HOUSE(?: Office of the Press Secretary)?",
        ),
        re.compile(r"\b(?:Office of the Press Secretary|Statement by the Press Secretary)\b"),
        hosts=(
            "whitehouse.gov",
            "obamawhitehouse.archives.gov",
            "georgewbush-whitehouse.archives.gov",
            "trumpwhitehouse.archives.gov",
            "bidenwhitehouse.archives.gov",
            "clintonwhitehouse2.archives.gov",
        ),
    ),
    Publisher(
        "U.S. Department of State",
        "US",
        _line(r"(?:U\.S\. )?Department of State", r"Office of the Spokesperson"),
        re.compile(
            r"\bThe (?:following|below) is attributable to (?:State Department )?Spokesperson\b",
            re.I,
        ),
        ("state.gov",),
        office="Secretary of State",
    ),
    Publisher(
        "Prime Minister's Office, 10 Downing Street",
        "GB",
        _line(
            r"(?:From:\s*)?Prime Minister'?s Office,? 10 Downing Street",
            r"(?:From:\s*)?10 Downing Street",
        ),
        re.compile(
            r"\bA Downing Street spokesperson said\b|^PM (?:call|meeting) with\b", re.I | re.M
        ),
        office="Prime Minister",
    ),
    Publisher(
        "Foreign, Commonwealth & Development Office",
        "GB",
        _line(
            r"(?:From:\s*)?Foreign,? Commonwealth (?:&|and) Development Office",
            r"(?:From:\s*)?Foreign (?:&|and) Commonwealth Office",
        ),
        re.compile(
            r"^(?:Readout: )?Foreign Secretary (?:call|meeting|meets|speaks|visit)", re.I | re.M
        ),
        office="Foreign Secretary",
    ),
    Publisher(
        "Ministry of External Affairs, India",
        "IN",
        _line(r"Ministry of External Affairs(?:,? (?:Government of )?India)?"),
        hosts=("mea.gov.in",),
    ),
    Publisher(
        "Prime Minister's Office, India",
        "IN",
        _line(
            r"Prime Minister's Office(?:,? India)?",
            r"PIB Delhi",
            r"Press Information Bureau(?:,? Government of India)?",
        ),
        re.compile(r"\bPosted On:.*\bby PIB\b", re.I),
        ("pmindia.gov.in", "pib.gov.in", "pib.nic.in"),
        office="Prime Minister",
    ),
    Publisher(
        "Prime Minister of Canada",
        "CA",
        _line(
            r"Prime Minister of Canada(?: [A-Z][a-z]+ [A-Z][a-z]+)?",
            r"Office of the Prime Minister of Canada",
        ),
        hosts=("pm.gc.ca",),
        office="Prime Minister",
    ),
    Publisher(
        "Ministry of Foreign Affairs of the People's Republic of China",
        "CN",
        _line(
            r"Ministry of Foreign Affairs of the People['’]s Republic of China",
            r"Ministry of Foreign Affairs,? (?:the )?People['’]s Republic of China",
        ),
        hosts=("fmprc.gov.cn", "mfa.gov.cn"),
    ),
    Publisher(
        "Prime Minister of Australia",
        "AU",
        _line(
            r"Prime Minister of Australia(?: [A-Z][\w'-]+ [A-Z][\w'-]+(?: MP)?)?",
            # The archive of every Prime Minister's transcripts.
            r"Transcripts from the Prime Ministers of Australia",
            r"PM Transcripts",
        ),
        hosts=("pm.gov.au", "pmtranscripts.pmc.gov.au"),
        office="Prime Minister",
    ),
    Publisher(
        "Australian Minister for Foreign Affairs",
        "AU",
        _line(
            r"(?:Australian )?Minister for Foreign Affairs(?:,? Australia)?",
            r"Department of Foreign Affairs and Trade(?:,? Australia)?",
        ),
        hosts=("foreignminister.gov.au", "dfat.gov.au"),
        office="Foreign Minister",
    ),
    Publisher(
        "Office of the President of the Republic of Korea",
        "KR",
        _line(
            r"(?:Office of the )?President of the Republic of Korea",
            r"Cheong Wa Dae",
            r"Office of the President",
        ),
        hosts=("president.go.kr", "english1.president.go.kr"),
    ),
    Publisher(
        "Ministry of Foreign Affairs, Republic of Korea",
        "KR",
        _line(r"Ministry of Foreign Affairs,? Republic of Korea"),
        # The ministry's English pages keep their Korean skip links: "본문 바로가기" (to the
        # text), "주메뉴 바로가기" (to the main menu).
        re.compile(r"^(?:본문|주메뉴) 바로가기$", re.M),
        hosts=("mofa.go.kr",),
    ),
    Publisher(
        "Council of the European Union",
        "EU",
        _line(
            r"(?:European Council|Council of the (?:European Union|EU))"
            r"(?:\s*[-|]\s*Consilium)?",
            r"Consilium",
        ),
        hosts=("consilium.europa.eu",),
    ),
    Publisher(
        "European Commission",
        "EU",
        _line(r"European Commission(?:\s*-\s*Press corner)?", r"Press corner"),
        hosts=("ec.europa.eu", "commission.europa.eu"),
    ),
    Publisher(
        "European External Action Service",
        "EU",
        _line(
            r"European External Action Service(?: \(EEAS\))?",
            r"EEAS",
            r"European Union External Action",
        ),
        hosts=("eeas.europa.eu",),
    ),
    Publisher(
        "Ministry of Foreign Affairs, Singapore",
        "SG",
        _line(r"Ministry of Foreign Affairs,? Singapore", r"MFA Singapore"),
        # Its releases sign off with the ministry's name over the country's, in capitals.
        re.compile(
            r"^MINISTRY OF FOREIGN AFFAIRS\s*\n+\s*SINGAPORE\s*$|^MFA Press Statement\b", re.M
        ),
        hosts=("mfa.gov.sg",),
    ),
    Publisher(
        "Prime Minister's Office, Singapore",
        "SG",
        _line(r"Prime Minister's Office,? Singapore", r"PMO Singapore"),
        re.compile(r"^PRIME MINISTER'S OFFICE\s*\n+\s*SINGAPORE\s*$", re.M),
        hosts=("pmo.gov.sg",),
    ),
    Publisher(
        "New Zealand Government",
        "NZ",
        _line(
            r"Beehive\.govt\.nz",
            r"New Zealand Government",
            r"The Official Website of the New Zealand Government",
        ),
        hosts=("beehive.govt.nz", "mfat.govt.nz"),
    ),
    Publisher(
        "The Federal Government of Germany",
        "DE",
        _line(
            r"(?:The )?Federal Government",
            r"Press and Information Office of the Federal Government",
            r"Die Bundesregierung",
            r"Presse- und Informationsamt der Bundesregierung(?: \(BPA\))?",
            r"Federal Foreign Office",
        ),
        hosts=("bundesregierung.de", "bundeskanzler.de", "auswaertiges-amt.de"),
    ),
    Publisher(
        "Government of France",
        "FR",
        _line(r"France Diplomacy(?: - Ministry for Europe and Foreign Affairs)?", r"[ÉE]lys[ée]e"),
        hosts=("elysee.fr", "diplomatie.gouv.fr", "gouvernement.fr"),
    ),
    Publisher(
        "Government of Indonesia",
        "ID",
        _line(
            r"Cabinet Secretariat of the Republic of Indonesia",
            r"Ministry of State Secretariat(?: of the Republic of Indonesia)?",
            r"Ministry of Foreign Affairs of the Republic of Indonesia",
        ),
        hosts=("setkab.go.id", "setneg.go.id", "kemlu.go.id", "presidenri.go.id"),
    ),
    Publisher(
        "Government of the Philippines",
        "PH",
        _line(
            r"Presidential Communications Office", r"Department of Foreign Affairs,? Philippines"
        ),
        hosts=("pco.gov.ph", "dfa.gov.ph", "op-proper.gov.ph", "officialgazette.gov.ph"),
    ),
    Publisher(
        "Government of Malaysia",
        "MY",
        _line(r"Ministry of Foreign Affairs,? Malaysia", r"Prime Minister's Office of Malaysia"),
        hosts=("kln.gov.my", "pmo.gov.my"),
    ),
    Publisher(
        "Government of Viet Nam",
        "VN",
        _line(r"Ministry of Foreign Affairs of Viet ?Nam"),
        hosts=("mofa.gov.vn", "chinhphu.vn"),
    ),
    Publisher(
        "Government of Thailand",
        "TH",
        _line(r"Ministry of Foreign Affairs,? Kingdom of Thailand"),
        hosts=("mfa.go.th", "thaigov.go.th"),
    ),
    Publisher(
        "Government of the Russian Federation",
        "RU",
        _line(
            r"(?:Official (?:web)?site of the )?President of Russia",
            r"The Ministry of Foreign Affairs of the Russian Federation",
        ),
        hosts=("kremlin.ru", "mid.ru", "government.ru"),
    ),
    Publisher(
        "Government of Türkiye",
        "TR",
        _line(
            r"Republic of T[üu]rkiye Ministry of Foreign Affairs",
            r"Presidency of the Republic of T[üu]rkiye",
        ),
        hosts=("mfa.gov.tr", "tccb.gov.tr"),
    ),
    Publisher(
        "Government of South Africa",
        "ZA",
        _line(
            r"Department of International Relations and Cooperation",
            r"The Presidency,? Republic of South Africa",
        ),
        hosts=("dirco.gov.za", "thepresidency.gov.za", "gov.za"),
    ),
    Publisher(
        "Government of Brazil",
        "BR",
        _line(r"Ministry of Foreign Affairs,? Brazil", r"Planalto"),
        hosts=("gov.br",),
    ),
    Publisher(
        "Government of Israel",
        "IL",
        _line(r"Prime Minister's Office,? Israel", r"Israel Ministry of Foreign Affairs"),
        hosts=("gov.il",),
    ),
    Publisher(
        "Government of Italy",
        "IT",
        _line(r"Governo Italiano", r"Ministry of Foreign Affairs and International Cooperation"),
        hosts=("governo.it", "esteri.it"),
    ),
    Publisher(
        "Government of Mexico",
        "MX",
        _line(r"Gobierno de M[ée]xico"),
        hosts=("gob.mx",),
    ),
    Publisher(
        "Government of Spain",
        "ES",
        _line(r"La Moncloa"),
        hosts=("lamoncloa.gob.es", "exteriores.gob.es"),
    ),
    Publisher(
        "Government of Ireland",
        "IE",
        _line(r"Department of Foreign Affairs,? Ireland"),
        hosts=("gov.ie", "dfa.ie"),
    ),
    Publisher(
        "Government of the Netherlands",
        "NL",
        _line(r"Government\.nl"),
        hosts=("government.nl", "rijksoverheid.nl"),
    ),
    Publisher(
        "ASEAN Secretariat",
        "",
        _line(r"ASEAN Secretariat(?: News)?", r"ASEAN Main Portal"),
        hosts=("asean.org",),
    ),
)


# Any government's foreign ministry or head's office, named by a line of its own: "Ministry of
# Foreign Affairs of Mongolia", "Republic of Estonia Ministry of Foreign Affairs".
_MINISTRY_OF = re.compile(
    r"^(?:The\s+)?(?P<body>Ministry of (?:Foreign|External) Affairs(?: and [A-Z][\w ]{2,40}?)?"
    r"|Ministry for Foreign Affairs|Office of the (?:President|Prime Minister)"
    r"|Prime Minister['’]s Office|Presidential Office|Presidency)"
    r"(?:,\s*|\s+of\s+|\s+-\s+)(?:the\s+)?(?P<country>[A-Z][\w'’ -]{2,50})$"
)
_COUNTRY_MINISTRY = re.compile(
    r"^(?:The\s+)?(?P<country>[A-Z][\w'’ -]{2,50}?)\s+(?P<body>Ministry of (?:Foreign|External)"
    r" Affairs|Ministry for Foreign Affairs|Foreign Ministry|Prime Minister['’]s Office"
    r"|Presidential Office)$"
)


def _any_government(line: str) -> Publisher | None:
    """A publisher of any country, from a line naming its foreign ministry or head's office."""
    m = _MINISTRY_OF.match(line) or _COUNTRY_MINISTRY.match(line)
    if m is None:
        return None
    place = countries.lookup(m.group("country").strip(), strict_codes=True)
    if place is None:
        return None
    body = m.group("body")
    office = (
        "Foreign Minister"
        if "Affairs" in body or "Foreign" in body
        else "Prime Minister"
        if "Prime Minister" in body
        else "President"
    )
    return Publisher(line.strip(), place.code, re.compile(re.escape(line.strip())), office=office)


def publisher_of_line(line: str) -> Publisher | None:
    """The publisher a furniture line names, or None when the line is not one."""
    for publisher in PUBLISHERS:
        if publisher.line.match(line):
            return publisher
    if (m := _FROM.match(line)) is not None:
        first = m.group("first")
        return next((p for p in PUBLISHERS if p.line.match(first)), None)
    return _any_government(line) if len(line) <= MAX_BODY_LINE else None


MAX_BODY_LINE = 120  # a line longer than this is a sentence, not a ministry's name


# A government's web address: "mfa.gov.mn", "www.gov.pl", "vm.ee" is not one (no sign of a
# government in it), "president.az" is.
_GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:gov|go|gob|gouv|govt|government|mfa|mofa|mofat|mfat|mae|mea|mid|dfa"
    r"|president|presidency|pmo|kremlin)\.(?:gov\.|go\.|gob\.|gouv\.)?(?P<cc>[a-z]{2})$"
)
_TLD = {"uk": "GB"}


def _government_of_host(host: str) -> Publisher | None:
    m = _GOVERNMENT_HOST.search(host)
    if m is None:
        return None
    place = countries.lookup(_TLD.get(m.group("cc"), m.group("cc").upper()), strict_codes=True)
    if place is None:
        return None
    name = f"Government of {countries.name_of(place.code)}"
    return Publisher(name, place.code, re.compile(re.escape(name)), hosts=(host,))


def publisher_by_habit(text: str) -> Publisher | None:
    """The publisher whose telltale phrase the text contains, or None."""
    for publisher in PUBLISHERS:
        if publisher.habit is not None and publisher.habit.search(text):
            return publisher
    return None


def publisher_of_site(url: str, site: str = "") -> Publisher | None:
    """The publisher of a page, from its web address or its site name; None if not known."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host:
        for publisher in PUBLISHERS:
            if any(host == h or host.endswith("." + h) for h in publisher.hosts):
                return publisher
    return (publisher_of_line(site) if site else None) or (
        _government_of_host(host) if host else None
    )
