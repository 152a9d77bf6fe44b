"""Country names, ISO 3166 codes, aliases and demonyms, built on pycountry."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

import ahocorasick
import pycountry

from summit_tui.core.reference.case_folding import folds_one_to_one


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO alpha-2 and alpha-3 codes and a short display name."""

    code: str
    alpha3: str
    name: str
    official_name: str


# Short names where ISO's is awkward in a list ("Russian Federation", "Palestine, State of").
_DISPLAY = {
    "RU": "Russia",
    "CD": "DR Congo",
    "CG": "Congo",
    "PS": "Palestine",
    "FM": "Micronesia",
    "BN": "Brunei",
    "CZ": "Czechia",
    "VA": "Holy See",
    "SY": "Syria",
    "LA": "Laos",
    "VN": "Vietnam",
    "KR": "South Korea",
    "KP": "North Korea",
    "TW": "Taiwan",
    "TR": "Türkiye",
    "GB": "United Kingdom",
    "US": "United States",
    "CI": "Côte d'Ivoire",
    "MK": "North Macedonia",
    "BQ": "Caribbean Netherlands",
}

# Common forms that ISO does not list: abbreviations, former names, irregular demonyms.
ALIASES: dict[str, tuple[str, ...]] = {
    "KR": ("ROK", "Korea", "Republic of Korea", "South Korean"),
    "KP": ("DPRK", "North Korean", "Democratic People's Republic of Korea"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "British", "England", "Scotland", "Wales"),
    "US": ("US", "USA", "U.S.", "U.S.A.", "America", "United States of America", "American"),
    "CN": ("PRC", "People's Republic of China", "Chinese", "Mainland China"),
    "TW": ("ROC", "Taiwanese", "Chinese Taipei"),
    "RU": ("Russian",),
    "TR": ("Turkey", "Turkish"),
    "FR": ("French",),
    "NL": ("Dutch", "Holland"),
    "DE": ("German",),
    "CH": ("Swiss",),
    "PH": ("Filipino", "Philippine"),
    "TH": ("Thai",),
    "IE": ("Irish",),
    "ES": ("Spanish",),
    "PT": ("Portuguese",),
    "PL": ("Polish",),
    "SE": ("Swedish", "Swede"),
    "DK": ("Danish",),
    "FI": ("Finnish",),
    "NZ": ("New Zealander", "Kiwi"),
    "AE": ("UAE", "Emirati", "Emirates"),
    "SA": ("KSA", "Saudi", "Saudi Arabian"),
    "CZ": ("Czech Republic", "Czech"),
    "MM": ("Burma", "Burmese", "Myanmar"),
    "CI": ("Ivory Coast", "Ivorian"),
    "ET": ("Ethio",),
    "GW": ("Guinea Bissau", "Bissau-Guinean"),
    "CV": ("Cape Verde", "Cabo Verdean", "Cape Verdean"),
    "SZ": ("Swaziland", "Swazi"),
    "MK": ("Macedonia", "Macedonian"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "PS": ("Palestinian", "Palestinians", "Palestinian Authority"),
    "EH": ("Sahrawi Arab Democratic Republic", "Sahrawi Republic", "Sahrawi"),
    "IL": ("Israeli",),
    "LA": ("Lao", "Lao PDR", "Laotian"),
    "BN": ("Bruneian",),
    "CD": ("DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "GR": ("Greek",),
    "HU": ("Hungarian",),
    "BD": ("Bangladeshi",),
    "PK": ("Pakistani",),
    "AF": ("Afghan",),
    "IQ": ("Iraqi",),
    "KW": ("Kuwaiti",),
    "QA": ("Qatari",),
    "YE": ("Yemeni",),
    "OM": ("Omani",),
    "BH": ("Bahraini",),
    "NP": ("Nepali", "Nepalese"),
    "LK": ("Sri Lankan", "Ceylon"),
    "UZ": ("Uzbek",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "KG": ("Kyrgyz",),
    "TJ": ("Tajik",),
    "TM": ("Turkmen",),
    "IS": ("Icelandic",),
    "NO": ("Norwegian",),
    "BE": ("Belgian",),
    "LU": ("Luxembourgish", "Luxembourger"),
    "SG": ("Singaporean",),
    "MY": ("Malaysian",),
    "ID": ("Indonesian",),
    "JP": ("Japanese",),
    "VN": ("Vietnamese", "Viet Nam"),
    "KH": ("Cambodian",),
    "TL": ("East Timor", "Timor Leste", "Timorese"),
    "MN": ("Mongolian",),
    "IN": ("Indian",),
    "UA": ("Ukrainian",),
    "BY": ("Belarusian",),
    "XK": ("Kosovo", "Kosovar"),
    "EU": (
        "E.U.",
        "European Union",
        "European Commission",
        "European Council",
        "Council of the European Union",
        "European Parliament",
    ),
    "CA": ("Canadian",),
    "IT": ("Italian",),
    "MX": ("Mexican",),
    "AR": ("Argentine", "Argentinian"),
    "CL": ("Chilean",),
    "PE": ("Peruvian",),
    "ZA": ("South African",),
    "LB": ("Lebanese",),
    "SK": ("Slovak",),
    "SI": ("Slovene", "Slovenian"),
    "MT": ("Maltese",),
    "CY": ("Cypriot",),
    "MA": ("Moroccan",),
    "ML": ("Malian",),
    "SO": ("Somali",),
    "ZW": ("Zimbabwean",),
    "MZ": ("Mozambican",),
    "GH": ("Ghanaian",),
    "EC": ("Ecuadorian",),
    "PY": ("Paraguayan",),
    "UY": ("Uruguayan", "Oriental Republic of Uruguay"),
    "HT": ("Haitian",),
    "FJ": ("Fijian",),
    "AZ": ("Azerbaijani", "Azeri"),
    "BT": ("Bhutanese",),
    "MV": ("Maldivian",),
    "SD": ("Sudanese",),
    "SN": ("Senegalese",),
    "PG": ("Papua New Guinean", "PNG"),
    "MU": ("Mauritian",),
    "MG": ("Malagasy",),
    "SC": ("Seychellois",),
    "VU": ("Ni-Vanuatu", "Vanuatuan"),
    "NE": ("Nigerien",),
    "BI": ("Burundian",),
    "BW": ("Motswana", "Botswanan"),
    "GA": ("Gabonese",),
    "BJ": ("Beninese",),
    "TG": ("Togolese",),
    "SL": ("Sierra Leonean",),
    "DJ": ("Djiboutian",),
    "KM": ("Comorian",),
    "MW": ("Malawian",),
    "LS": ("Basotho",),
    "ME": ("Montenegrin",),
    "BA": ("Bosnian",),
    "MC": ("Monegasque",),
    "GY": ("Guyanese",),
    "SR": ("Surinamese", "Surinam"),
    "TT": ("Trinidadian",),
    "BB": ("Barbadian",),
    "BS": ("Bahamian",),
    "PA": ("Panamanian",),
    "HN": ("Honduran",),
    "SV": ("Salvadoran",),
    "BZ": ("Belizean",),
    "PW": ("Palauan",),
    "TV": ("Tuvaluan",),
    "NR": ("Nauruan",),
    "MH": ("Marshallese",),
    "SB": ("Solomon Islander",),
    "ST": ("Sao Tomean",),
    "CF": ("Central African",),
    "SS": ("South Sudanese",),
}

# Kosovo is not in ISO 3166-1 but uses the user-assigned code XK in practice; the European
# Union takes part in meetings as one party and uses its reserved code EU.
_EXTRA = (
    Country("XK", "XKX", "Kosovo", "Republic of Kosovo"),
    Country("EU", "EUU", "European Union", "European Union"),
)


def _fold(text: str) -> str:
    """Case-fold and strip punctuation that users leave out ("U.S." -> "us")."""
    return re.sub(r"[.\u2019']", "", text).casefold().strip()


@cache
def _countries() -> tuple[Country, ...]:
    out = []
    for c in pycountry.countries:
        name = _DISPLAY.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        official = getattr(c, "official_name", None) or c.name
        out.append(Country(c.alpha_2, c.alpha_3, name, official))
    out.extend(_EXTRA)
    return tuple(sorted(out, key=lambda c: c.name))


@cache
def _by_code() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for c in _countries():
        table[c.code] = c
        table[c.alpha3] = c
    return table


def _names_of(c: Country) -> set[str]:
    """Every written form of a country: names, codes and aliases."""
    names = {c.name, c.official_name, c.code, c.alpha3, *ALIASES.get(c.code, ())}
    iso = pycountry.countries.get(alpha_2=c.code)
    if iso is not None:
        names.add(iso.name)
        if "," in iso.name:  # "Iran, Islamic Republic of" -> "Iran"
            names.add(iso.name.split(",")[0])
    return {n for n in names if n}


def _regular_demonyms() -> list[tuple[str, Country]]:
    """Demonyms that follow the common English rules: Malaysia-n, Brazil-ian, Ukrain-ian.

    Irregular ones (French, Dutch, Thai) are in the alias table. The "-a" + "n" rule comes
    first so that "Nigerian" is Nigeria, not Niger.
    """
    first: list[tuple[str, Country]] = []
    rest: list[tuple[str, Country]] = []
    for c in _countries():
        n = c.name
        if not n.replace(" ", "").isalpha():
            continue
        if n.endswith("a"):
            first.append((n + "n", c))
        elif n.endswith("e"):
            rest.append((n[:-1] + "ian", c))
        elif n[-1] not in "aeiouy":
            rest.append((n + "ian", c))
    return first + rest


@cache
def _by_name() -> dict[str, Country]:
    # Precedence: ISO-derived forms < the alias table < display names and codes.
    table: dict[str, Country] = {}
    for c in _countries():
        for name in _names_of(c):
            table.setdefault(_fold(name), c)
    for name, c in _regular_demonyms():
        table.setdefault(_fold(name), c)
    for c in _countries():
        for alias in ALIASES.get(c.code, ()):
            table[_fold(alias)] = c
    for c in _countries():
        table[_fold(c.name)] = c
    return table


def all_countries() -> tuple[Country, ...]:
    """Every known country, sorted by display name."""
    return _countries()


def get(code: str) -> Country | None:
    """The country with this ISO alpha-2 or alpha-3 code (any case), or None."""
    return _by_code().get(code.upper())


def name_of(code: str) -> str:
    """The display name for a code; the code itself when it is unknown."""
    c = get(code)
    return c.name if c else code


def lookup(term: str, *, strict_codes: bool = False) -> Country | None:
    """Resolve a name, code, alias or demonym exactly (case-insensitive), or None.

    With ``strict_codes``, two-letter codes count only in capitals, so that the
    words "in", "us" and "no" in free text are not taken for India, the US and Norway.
    """
    folded = _fold(term)
    if folded.startswith("the "):  # "the Philippines", "the United States"
        folded = folded[4:].strip()
    if not folded:
        return None
    if strict_codes and len(folded) == 2 and not term.isupper():
        return None
    found = _by_name().get(folded)
    if found is None and len(folded) in (2, 3) and folded.isalpha():
        found = _by_code().get(folded.upper())
    return found


def fuzzy_lookup(term: str, cutoff: float = 0.84) -> Country | None:
    """Resolve a term allowing a small typo ("malasia"); exact matches first."""
    exact = lookup(term)
    if exact is not None or len(term) < 5:
        return exact
    names = [n for n in _by_name() if len(n) > 3]
    match = difflib.get_close_matches(_fold(term), names, n=1, cutoff=cutoff)
    return _by_name()[match[0]] if match else None


def complete(prefix: str, limit: int = 20) -> list[Country]:
    """Countries whose name, code or alias starts with the prefix, best first."""
    folded = _fold(prefix)
    seen: dict[str, Country] = {}
    for name, c in sorted(_by_name().items()):
        if name.startswith(folded) and c.code not in seen:
            seen[c.code] = c
    ranked = sorted(seen.values(), key=lambda c: (not _fold(c.name).startswith(folded), c.name))
    return ranked[:limit]


@cache
def _mention_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Names (any case, four letters or more) and abbreviations (capitals only: "UK", "DPRK")."""
    names: set[str] = set()
    abbreviations: set[str] = set()
    for c in _countries():
        for n in _names_of(c):
            if n in (c.code, c.alpha3) and n not in ALIASES.get(c.code, ()):
                continue  # bare ISO codes are too often ordinary words ("IN", "CAN")
            if n.replace(".", "").isupper():
                abbreviations.add(n)
            elif len(n) >= 4:
                names.add(n)
    return frozenset(names), frozenset(abbreviations)


@cache
def _mention_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The regexes of ``_mention_forms``: the reference for the automata below."""
    names, abbreviations = _mention_forms()

    def alternation(forms: frozenset[str]) -> str:
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    return (
        re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<![\w.])(?:{alternation(abbreviations)})(?![\w])"),
    )


# Place names that contain a country's name but do not mention that country.
_NOT_MENTIONS = re.compile(
    r"(?:East|South)\s+China\s+Seas?|Sea\s+of\s+Japan|Indian\s+Ocean|Gulf\s+of\s+Mexico"
    r"|New\s+Mexico|New\s+Jersey|Korean\s+Peninsula|Latin\s+America\w*|South\s+America\w*"
    r"|North\s+America\w*|Central\s+America\w*"
    r"|New\s+South\s+Wales",
    re.IGNORECASE,
)


# Every word of every _NOT_MENTIONS place (lower case). A name found in text starts a word,
# so it can start inside such a place only at one of these: names that start otherwise need
# no check.
_NOT_MENTIONS_PARTS = (
    "east",
    "south",
    "china",
    "sea",
    "of",
    "japan",
    "indian",
    "ocean",
    "gulf",
    "mexico",
    "new",
    "jersey",
    "korean",
    "peninsula",
    "latin",
    "america",
    "north",
    "central",
    "wales",
)


@cache
def name_forms() -> frozenset[str]:
    """The names a mention in text is found by, in lower case (found in any case)."""
    names, _ = _mention_forms()
    return frozenset(n.lower() for n in names)


def abbreviation_forms() -> frozenset[str]:
    """The abbreviations a mention in text is found by (found only as written: "UK")."""
    return _mention_forms()[1]


@cache
def _mention_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """Names in lower case and abbreviations as written, each in one Aho-Corasick automaton."""
    out = []
    for forms in (name_forms(), abbreviation_forms()):
        automaton = ahocorasick.Automaton()
        for form in forms:
            automaton.add_word(form, len(form))
        automaton.make_automaton()
        out.append(automaton)
    return out[0], out[1]


def _found(automaton: ahocorasick.Automaton, haystack: str) -> Iterator[tuple[int, int]]:
    """Where the automaton's forms occur in the haystack: (start, stop)."""
    for end, length in automaton.iter(haystack):
        yield end - length + 1, end + 1


def _leftmost_longest(
    found: Iterable[tuple[int, int]], text: str, before: str
) -> list[tuple[int, int]]:
    """Spans that ``finditer`` of the alternation (longest first) would give.

    ``found`` is where each form occurs. A form counts where the character before it is
    neither a word character nor in ``before`` and the one after it is not a word character;
    at each start the longest such form wins, and the scan goes on after it.
    """
    longest: dict[int, int] = {}
    size = len(text)
    for start, stop in found:
        if start:
            ch = text[start - 1]  # a word character (\w) before: this runs for every form found
            if ch.isalnum() or ch == "_" or ch in before:
                continue
        if stop < size:
            ch = text[stop]
            if ch.isalnum() or ch == "_":
                continue
        if stop > longest.get(start, -1):
            longest[start] = stop
    spans = []
    at = 0
    for start in sorted(longest):
        if start >= at:
            at = longest[start]
            spans.append((start, at))
    return spans


def _find_with_regexes(text: str) -> list[tuple[Country, int, int]]:
    blocked = [(m.start(), m.end()) for m in _NOT_MENTIONS.finditer(text)]
    found = []
    for pattern in _mention_patterns():
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in blocked):
                continue
            c = lookup(m.group(0))
            if c is not None:
                found.append((c, m.start(), m.end()))
    found.sort(key=lambda item: item[1])
    return found


def find_in_text(text: str) -> list[tuple[Country, int, int]]:
    """Countries named in free text, with character spans, in order of appearance."""
    low = text.lower()
    if not folds_one_to_one(text, low):
        return _find_with_regexes(text)
    names, abbreviations = _mention_automata()
    return find_with_forms(_found(names, low), _found(abbreviations, text), text, low)


def find_with_forms(
    names: Iterable[tuple[int, int]],
    abbreviations: Iterable[tuple[int, int]],
    text: str,
    low: str,
) -> list[tuple[Country, int, int]]:
    """``find_in_text``, given where the text holds each of the ``name_forms`` (in its lower
    case ``low``) and each of the ``abbreviation_forms`` (as written), as (start, stop).

    The text must lower one character for one, as ``folds_one_to_one`` checks.
    """
    spans = _leftmost_longest(names, text, "")
    spans.extend(_leftmost_longest(abbreviations, text, "."))
    places: list[tuple[int, int]] | None = None  # found when a name may lie in one
    found = []
    for start, end in spans:  # names first, as the regexes ran: the sort below is stable
        c, may_be_in_place = _mention(text[start:end])
        if may_be_in_place:
            if places is None:
                places = _not_mention_spans(text, low)
            if any(s <= start < e for s, e in places):
                continue
        if c is not None:
            found.append((c, start, end))
    found.sort(key=itemgetter(1))
    return found


@lru_cache(maxsize=8192)
def _mention(form: str) -> tuple[Country | None, bool]:
    """The country of a form found in text, and whether it may lie in a _NOT_MENTIONS place.

    A place holds a name only where the name starts with one of its words (a name found
    is a whole word: no longer word can start where it does).
    """
    return lookup(form), form.lower().startswith(_NOT_MENTIONS_PARTS)


# How every _NOT_MENTIONS alternative starts (lower case; no word boundary before it).
_NOT_MENTIONS_STARTS = (
    "east",
    "south",
    "sea",
    "indian",
    "gulf",
    "new",
    "korean",
    "latin",
    "north",
    "central",
)


def _not_mention_spans(text: str, low: str) -> list[tuple[int, int]]:
    """``_NOT_MENTIONS.finditer`` spans, trying the regex only where an alternative starts."""
    starts = set()
    for word in _NOT_MENTIONS_STARTS:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    spans = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = _NOT_MENTIONS.match(text, start)
            if m is not None:
                spans.append(m.span())
                end = m.end()
    return spans


@lru_cache(maxsize=8192)
def cached_lookup(term: str) -> Country | None:
    """``lookup``, remembered: the same few names and codes come up in file after file."""
    return lookup(term)


def mentioned_codes(text: str) -> list[str]:
    """Distinct country codes named in the text, in order of first appearance."""
    return list(dict.fromkeys(c.code for c, _, _ in find_in_text(text)))
