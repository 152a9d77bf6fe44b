"""People who took part in meetings: one key per person however the name is written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant

# Titles that may open a written name; each is a sequence of folded words.
_HONORIFICS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "his royal highness",
        "her royal highness",
        "his excellency",
        "her excellency",
        "his majesty",
        "her majesty",
        "his highness",
        "her highness",
        "the right honourable",
        "the honourable",
        "the honorable",
        "right honourable",
        "tan sri",
        "excellency",
        "hrh",
        "hm",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "madam",
        "mme",
        "the",
        "rt",
        "hon",
        "honourable",
        "honorable",
        "dato",
        "datuk",
        "seri",
        "sri",
        "tun",
        "haji",
        "hajah",
        "sheikh",
        "shaikh",
        "shri",
        "smt",
        # Dotted titles split into letters ("H.E." -> "h e"); "He" alone stays a name.
        "h e",
        "h r h",
        "h m",
    )
)
# Letters after a name that are not part of it.
_POSTNOMINALS = frozenset({"mp", "mep", "qc", "kc", "obe", "mbe", "cbe", "kbe", "phd"})
# Joining words of family names: "Anwar bin Ibrahim" and "Anwar Ibrahim" are one person.
_PARTICLES = frozenset(
    {
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "di",
        "del",
        "della",
        "la",
        "le",
        "y",
    }
)
# Dotted titles, spelled out before dots go: "He" alone is a family name, "H.E." is a title.
_DOTTED = tuple(
    (re.compile(pattern), f" {title} ")
    for pattern, title in (
        (r"\bh\.\s*r\.\s*h(?:\.|\b)", "hrh"),
        (r"\bh\.\s*e(?:\.|\b)", "excellency"),
        (r"\bh\.\s*m(?:\.|\b)", "hm"),
    )
)
_SPLIT = re.compile(r"[\s,\-\u2010-\u2015/]+")
_DROP = re.compile(r"[^\w]|_")


@dataclass(frozen=True, slots=True)
class Person:
    """One person across meetings: the usual written name, roles, countries and meetings."""

    key: str
    name: str
    roles: tuple[str, ...]
    countries: tuple[str, ...]
    readout_ids: tuple[str, ...]

    @property
    def meetings(self) -> int:
        """How many meetings the person took part in."""
        return len(self.readout_ids)


def _words(name: str) -> list[str]:
    """Folded words of a name, accents and punctuation removed ("Dato'" -> "dato")."""
    folded = name.casefold()
    if "." in folded:  # every dotted title has a dot
        for pattern, title in _DOTTED:
            folded = pattern.sub(title, folded)
    if folded.isascii():  # no accents to take off (NFKD leaves ASCII as it is)
        plain = folded
    else:
        decomposed = unicodedata.normalize("NFKD", folded)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = (_DROP.sub("", part) for part in _SPLIT.split(plain))
    return [w for w in words if w]


# The honorifics by their first word, longest first (as they are listed).
_HONORIFICS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _HONORIFICS:
    _HONORIFICS_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _strip_honorifics(words: list[str]) -> list[str]:
    start = 0
    while start < len(words):
        for phrase in _HONORIFICS_BY_FIRST.get(words[start], ()):
            if tuple(words[start : start + len(phrase)]) == phrase:
                start += len(phrase)
                break
        else:
            break
    end = len(words)
    while end > start and words[end - 1] in _POSTNOMINALS:
        end -= 1
    return words[start:end] or words  # a name made only of titles keeps them


def name_words(words: list[str]) -> list[str]:
    """Folded words that name the person: titles, letters after the name and joining
    particles dropped (what ``person:`` in search looks for)."""
    core = _strip_honorifics(words) if words else words
    return [w for w in core if w not in _PARTICLES] or list(core)


@lru_cache(maxsize=1 << 16)  # a large result set names the same people again and again
def person_key(name: str) -> str:
    """A key equal for every written form of one name ("KISHIDA Fumio", "Mr. Fumio Kishida")."""
    words = _strip_honorifics(_words(name))
    core = [w for w in words if w not in _PARTICLES] or words
    return " ".join(sorted(core))


#: One participant as counting people reads it: the person key of the name, the name as
#: written (trimmed), the role and the country code.
PersonRow = tuple[str, str, str, str]


def participant_rows(participants: Iterable[Participant]) -> list[PersonRow]:
    """What ``people`` reads of a readout's participants, one row each, in order: made where
    the readout is parsed and kept by the store, so that counting reads no readout."""
    return [(person_key(p.name), p.name.strip(), p.role, p.country) for p in participants]


#: Between the fields of packed rows (the ASCII unit separator).
FIELD = "\x1f"
#: Rows packed into one string (``pack_rows``), or left as they are.
PackedRows = str | Sequence[PersonRow]


def pack_rows(rows: Sequence[PersonRow]) -> PackedRows:
    """The rows as one string, their fields joined by ``FIELD``: one object to send from a
    worker process instead of a dozen (100,000 readouts' worth are made in the sync's
    process otherwise, where the collector walks them). Rows with a field that holds the
    separator are left as they are."""
    fields = [field for row in rows for field in row]
    packed = FIELD.join(fields)
    return packed if packed.count(FIELD) == max(len(fields) - 1, 0) else rows


def unpack_rows(packed: PackedRows) -> list[PersonRow]:
    """The rows that ``pack_rows`` packed."""
    if not isinstance(packed, str):
        return list(packed)
    fields = packed.split(FIELD) if packed else []
    return list(zip(fields[0::4], fields[1::4], fields[2::4], fields[3::4], strict=True))


def by_frequency(counts: dict[str, int]) -> tuple[str, ...]:
    """The values, most used first; ties by first appearance (dicts keep insertion order)."""
    order = {value: i for i, value in enumerate(counts)}
    return tuple(sorted(counts, key=lambda v: (-counts[v], order[v])))


class Surnames:
    """Who a name of one word is: the one person of that country whose full name holds the
    word ("Kishida" of Japan is "Fumio Kishida" when no other Japanese participant is a
    Kishida); with two such people, or none, the word stays a person of its own."""

    def __init__(self, participants: Iterable[Participant] = ()) -> None:
        # word -> country ("" when unknown) -> keys of full names holding the word
        self._full: dict[str, dict[str, set[str]]] = {}
        for p in participants:
            self.add(p)

    def add(self, participant: Participant) -> None:
        """Count a participant's name among the full names (a name of one word is not one)."""
        self.add_key(person_key(participant.name), participant.country)

    def add_key(self, key: str, country: str, words: Container[str] | None = None) -> None:
        """``add`` of a participant with this person key and country; with ``words``, only
        under those words (enough for ``owner`` to answer for them alone)."""
        if " " not in key:
            return
        for word in key.split(" "):
            if words is None or word in words:
                self._full.setdefault(word, {}).setdefault(country, set()).add(key)

    def owner(self, word: str, country: str) -> str | None:
        """The key of the one full name of that country (or of no known country) holding the
        word; any country's when the country is unknown; None when there is not exactly one."""
        by_country = self._full.get(word)
        if not by_country:
            return None
        if country:
            keys = by_country.get(country, set()) | by_country.get("", set())
        else:
            keys = set().union(*by_country.values())
        return next(iter(keys)) if len(keys) == 1 else None

    def key_of(self, participant: Participant) -> str:
        """The participant's person key, a surname alone joined to its full name."""
        key = person_key(participant.name)
        if key and " " not in key:
            return self.owner(key, participant.country) or key
        return key


def people(entries: Iterable[Entry], surnames: Surnames | None = None) -> list[Person]:
    """Everyone who took part in the meetings, most meetings first, then by name.

    A surname written alone counts as the person of that country with that surname when
    there is only one (``Surnames``, made from these entries unless given).
    """
    if not isinstance(entries, Sequence):
        entries = list(entries)
    if surnames is None:
        surnames = Surnames(p for e in entries for p in e.readout.participants)
    # key -> (written names, roles, countries, readout id -> (date, id)); counts in dicts
    # made only for a new key: the loop runs once per participant of 100,000 readouts.
    seen: dict[str, tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, str]]] = {}
    joined: dict[str, dict[str, int]] = {}  # key -> surnames written alone that joined it
    for entry in entries:
        r = entry.readout
        day = r.date.isoformat()
        for p in r.participants:
            key = surnames.key_of(p)
            if not key:
                continue
            acc = seen.get(key)
            if acc is None:
                acc = seen[key] = ({}, {}, {}, {})
            names, roles, countries, meetings = acc
            name = p.name.strip()
            # The usual name is a full one: a surname that joined it is kept apart.
            into = names if person_key(name) == key else joined.setdefault(key, {})
            into[name] = into.get(name, 0) + 1
            if p.role:
                roles[p.role] = roles.get(p.role, 0) + 1
            if p.country:
                countries[p.country] = countries.get(p.country, 0) + 1
            meetings[r.id] = day
    found = []
    for key, (names, roles, countries, meetings) in seen.items():
        ids = sorted(meetings.items(), key=lambda kv: (kv[1], kv[0]))
        written = names or joined[key]
        found.append(
            Person(
                key=key,
                name=min(written, key=lambda n: (-written[n], n)),
                roles=by_frequency(roles),
                countries=by_frequency(countries),
                readout_ids=tuple(rid for rid, _ in ids),
            )
        )
    found.sort(key=lambda p: (-p.meetings, p.name.casefold(), p.key))
    return found


def entry_people(entry: Entry) -> tuple[str, ...]:
    """The person keys of an entry's participants, each once."""
    keys = (person_key(p.name) for p in entry.readout.participants)
    return tuple(dict.fromkeys(k for k in keys if k))


def meetings_of(key: str, entries: Iterable[Entry]) -> list[Entry]:
    """The meetings (in the order given) in which the person with this key took part."""
    if not key:
        return []
    wanted = {key, person_key(key)}  # a key, or a name as written
    return [e for e in entries if not wanted.isdisjoint(entry_people(e))]
