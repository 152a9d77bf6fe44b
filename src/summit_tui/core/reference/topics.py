"""The topic taxonomy (topic -> keywords) and tagging of text with topics."""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick
import yaml

from summit_tui.core.model.readout import Readout, Section
from summit_tui.core.reference.case_folding import folds_one_to_one

_SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, eq=False)  # identity hash: compiled patterns are cached per taxonomy
class Taxonomy:
    """Topics with the keywords that tag text with them."""

    keywords: dict[str, tuple[str, ...]]

    @classmethod
    def from_yaml(cls, text: str) -> Taxonomy:
        """Parse a taxonomy file: a mapping of topic name to a list of keywords."""
        data = yaml.load(text, Loader=_SAFE_LOADER) or {}  # the safe loader, in C if built
        if not isinstance(data, dict):
            raise ValueError("a topic taxonomy must be a mapping of topic to keywords")
        table: dict[str, tuple[str, ...]] = {}
        for topic, words in data.items():
            name = normalise(str(topic))
            words = [str(w) for w in (words or [])]
            table[name] = tuple(dict.fromkeys([name, *words]))
        return cls(table)

    @property
    def names(self) -> tuple[str, ...]:
        """Every topic name, sorted."""
        return tuple(sorted(self.keywords))

    @property
    def _patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        return _compile(self)

    def tag(self, text: str) -> list[str]:
        """The topics whose keywords occur in the text, in taxonomy order."""
        found = _matcher(self).hits(text)
        if found is None:  # text the one-pass matcher cannot fold faithfully
            return [topic for topic, pattern in self._patterns if pattern.search(text)]
        return self._names_of({t for t, _, _ in found})

    def _names_of(self, indexes: set[int]) -> list[str]:
        topics = _matcher(self).topics
        return [topics[i] for i in sorted(indexes)]

    def spans(self, text: str, topic: str) -> list[tuple[int, int]]:
        """Character spans of the topic's keywords in the text (for highlighting)."""
        for name, pattern in self._patterns:
            if name == topic:
                return [m.span() for m in pattern.finditer(text)]
        return []

    def lookup(self, term: str) -> str | None:
        """The topic named exactly by the term (case-insensitive), or None."""
        name = normalise(term)
        return name if name in self.keywords else None

    def fuzzy_lookup(self, term: str, cutoff: float = 0.84) -> str | None:
        """The topic named by the term, allowing a small typo."""
        exact = self.lookup(term)
        if exact is not None or len(term) < 5:
            return exact
        match = difflib.get_close_matches(normalise(term), self.names, n=1, cutoff=cutoff)
        return match[0] if match else None

    def complete(self, prefix: str) -> list[str]:
        """Topic names that start with the prefix (or contain it, after those that start)."""
        p = normalise(prefix)
        starts = [n for n in self.names if n.startswith(p)]
        return starts + [n for n in self.names if p in n and n not in starts]


def normalise(topic: str) -> str:
    """The canonical form of a topic name: lower case, single spaces."""
    return " ".join(topic.casefold().split())


def _keyword_regex(word: str) -> str:
    body = r"[\s-]+".join(re.escape(part) for part in word.split())
    return rf"(?<![\w]){body}(?:e?s)?(?![\w])"


@cache
def _compile(taxonomy: Taxonomy) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for topic, words in taxonomy.keywords.items():
        # Acronyms ("OSA", "COP") match in capitals only; other words in any case.
        upper = [w for w in words if w.isupper()]
        other = [w for w in words if not w.isupper()]
        parts = []
        if other:
            parts.append("(?i:" + "|".join(_keyword_regex(w) for w in other) + ")")
        if upper:
            parts.append("|".join(_keyword_regex(w) for w in upper))
        out.append((topic, re.compile("|".join(parts))))
    return out


@cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with summit-tui (``topics.yaml`` in this package)."""
    text = resources.files("summit_tui.core.reference").joinpath("topics.yaml").read_text("utf-8")
    return Taxonomy.from_yaml(text)


class Scan(NamedTuple):
    """One pass of the taxonomy's matcher over a text (``scan``)."""

    hits: list[tuple[int, int, int]]  # keyword matches: (topic index, start, end)
    names: list[tuple[int, int]]  # where the names are written: (start, stop)
    exact: list[tuple[int, int]]  # where the exact words are written: (start, stop)
    low: str  # the text in lower case


class _Matcher:
    r"""Every keyword of a taxonomy in one Aho-Corasick automaton, with the regex semantics.

    The automaton runs once over the case-folded text with each run of spaces and hyphens
    turned into one space and every other character that is not a word character (``\w``)
    turned into a space too; its keys are the keywords spelled the same way, each after a
    space. It so proposes only where a keyword may start a word, and the keyword's own
    regex (whole words, optional plural, acronyms in capitals) confirms it there. A match
    of a keyword's regex always starts a word, so it always shows up as such a proposal:
    the results are exactly those of running every topic's regex over the text.

    Anchoring the keys after a space keeps the automaton at its root inside words, where
    most of the text is, and drops the proposals a key would make inside longer words
    ("us" in "discussed"): about half the time of a scan.

    Other words can ride in the same automaton (country names and abbreviations): ``names``
    in lower case, found where the lower-case text holds them, and ``exact`` words, found
    where the text holds them as written, each where it starts a word (the character before
    it is not a word character). The scan gives every such place, exactly as a search of
    the text for each word, keeping the places that start a word, would.
    """

    def __init__(
        self,
        taxonomy: Taxonomy,
        names: frozenset[str] = frozenset(),
        exact: frozenset[str] = frozenset(),
    ) -> None:
        self.topics = tuple(taxonomy.keywords)
        self.automaton = ahocorasick.Automaton()
        by_key: dict[str, tuple[list[_Check], list[str], list[str]]] = {}
        for t, words in enumerate(taxonomy.keywords.values()):
            for word in words:
                body = _keyword_regex(word)
                # Compiled when first needed: a process that reads one changed file meets
                # few of the keywords, and compiling them all took 0.03 s.
                rx = body if word.isupper() else f"(?i:{body})"
                key = _SEPARATORS.sub(" ", word.lower()).strip()
                if key:
                    by_key.setdefault(_word_spaced(key), ([], [], []))[0].append([t, rx])
        for name in names:
            by_key.setdefault(_word_key(name), ([], [], []))[1].append(name)
        for word in exact:
            if not word.isascii():  # elsewhere lower case can hang on the next character
                raise ValueError(f"an exact word must be ASCII: {word!r}")
            by_key.setdefault(_word_key(word), ([], [], []))[2].append(word)
        for key, (checks, forms, exact_forms) in by_key.items():
            self.automaton.add_word(
                " " + key, (len(key), tuple(checks), tuple(forms), tuple(exact_forms))
            )
        self.empty = not by_key
        if not self.empty:
            self.automaton.make_automaton()

    def hits(self, text: str) -> list[tuple[int, int, int]] | None:
        """Every keyword match as (topic index, start, end); None when the text needs regex."""
        scanned = self.scan(text)
        return None if scanned is None else scanned.hits

    def scan(self, text: str) -> Scan | None:
        """``hits``, where the other words are written, and the lower-case text.

        None when the text needs regexes (its lower case is not one character for one).
        """
        low = text.lower()
        if not folds_one_to_one(text, low):
            return None
        if self.empty:
            return Scan([], [], [], low)
        norm = _spaced(low)  # one for one: positions stay the same
        bounds: list[int] = []
        shifts: list[int] = []
        if "  " in norm:  # a run of several separators: squeeze it, and map positions back
            norm, bounds, shifts = _squeeze_separators(low)
        found = []
        names = []
        exact = []
        # The space in front stands for the start of the text, before which a word starts.
        # A key ends at ``end`` in the text with that space: it starts at ``end - size`` in
        # the text without it. (``str.lower`` keeps every character a word character or not,
        # so the lower case is as good as the text to tell where words start.)
        for end, (size, checks, forms, exact_forms) in self.automaton.iter(
            " " + _word_spaced(norm)
        ):
            start = end - size
            if bounds:
                start += shifts[bisect_right(bounds, start) - 1]
            for form in forms:
                if low.startswith(form, start):
                    names.append((start, start + len(form)))
            for form in exact_forms:
                if text.startswith(form, start):
                    exact.append((start, start + len(form)))
            for check in checks:
                rx = check[1]
                if type(rx) is str:
                    rx = check[1] = re.compile(rx)  # (two threads may both: the same pattern)
                m = rx.match(text, start)
                if m is not None:
                    found.append((check[0], start, m.end()))
        return Scan(found, names, exact, low)


#: A keyword's check: its topic's index, and its regex (its source until first compiled).
_Check = list[Any]


def _word_key(word: str) -> str:
    """The automaton's key for a word: lower case, each separator and every other character
    that is not a word character a space (``_word_spaced``).

    The word's own separators must be single characters between others: then wherever the
    lower-case text holds the word, the squeezed text, spelled the same way, holds its key.
    """
    key = word.lower().translate(_SEPARATOR_TO_SPACE)
    if len(key) != len(word) or not key.strip(" ") or key.strip(" ") != key or "  " in key:
        raise ValueError(
            f"a word must lower one for one and not start, end or double a separator: {word!r}"
        )
    return _word_spaced(key)


_SEPARATORS = re.compile(r"[\s-]+")
#: Every character ``[\s-]`` matches (the hyphen and Unicode white space), as a space
#: (a test checks the list against the regex).
_SEPARATOR_TO_SPACE = str.maketrans(
    dict.fromkeys(
        "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f -\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
        "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000",
        " ",
    )
)
_ASCII_SEPARATORS = bytes.maketrans(b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f-", b" " * 10)
_WIDE_SEPARATORS = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _spaced(low: str) -> str:
    """``low.translate(_SEPARATOR_TO_SPACE)``, a few times faster.

    ``str.translate`` looks every character up in the table (a hundred microseconds for a
    readout with one curly quote); the bytes of UTF-8 translate at once, and separators
    outside ASCII are rare enough to replace with a regex.
    """
    spaced = low.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS)
    text = spaced.decode("utf-8", "surrogatepass")
    if not low.isascii():
        text = _WIDE_SEPARATORS.sub(" ", text)
    return text


#: Every ASCII character that is not a word character (``\w``: letters, digits, "_") as a
#: space; those outside ASCII are found with a regex (a test checks both against ``\w``).
_ASCII_NON_WORD = bytes.maketrans(
    bytes(c for c in range(128) if not (chr(c).isalnum() or c == 0x5F)),
    b" " * sum(1 for c in range(128) if not (chr(c).isalnum() or c == 0x5F)),
)
_WIDE_NON_WORD = re.compile(r"[^\w\x00-\x7f]")


def _word_spaced(text: str) -> str:
    """The text with every character that is not a word character as a space, one for one.

    The automaton's keys and the text it runs over are both spelled so, and a key is put
    after a space: it then matches only where the word starts a word.
    """
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD)
    out = spaced.decode("utf-8", "surrogatepass")
    if not text.isascii():
        out = _WIDE_NON_WORD.sub(" ", out)
    return out


# Runs of separators other than one plain space: the only places where squeezing changes text.
_ODD_SEPARATORS = re.compile(r"[\s-]{2,}|[^\S ]|-")


def _squeeze_separators(low: str) -> tuple[str, list[int], list[int]]:
    """The text with each run of spaces and hyphens as one space, and how to map back.

    A position ``j`` of the squeezed text is ``j + shifts[bisect_right(bounds, j) - 1]`` in
    the original (both lists empty when nothing changed).
    """
    pieces: list[str] = []
    bounds: list[int] = []
    shifts: list[int] = []
    last = shift = 0
    for m in _ODD_SEPARATORS.finditer(low):
        s, e = m.span()
        if not bounds:
            bounds.append(0)
            shifts.append(0)
        pieces.append(low[last:s])
        pieces.append(" ")
        last = e
        shift += e - s - 1
        bounds.append(s - (shift - (e - s - 1)) + 1)  # first squeezed position after the run
        shifts.append(shift)
    if not bounds:
        return low, bounds, shifts
    pieces.append(low[last:])
    return "".join(pieces), bounds, shifts


@cache
def _matcher(
    taxonomy: Taxonomy, names: frozenset[str] = frozenset(), exact: frozenset[str] = frozenset()
) -> _Matcher:
    return _Matcher(taxonomy, names, exact)


def text_layout(readout: Readout) -> tuple[str, list[tuple[int, int]]]:
    """``readout.full_text()`` and where each section's text lies in it (``all_sections`` order).

    Every section's ``text()`` is exactly the slice of the full text at its span. The pieces
    of text are gathered once and joined once.
    """
    pieces = [p for p in (readout.title, readout.summary, readout.location, readout.notes) if p]
    pieces.extend([p.role for p in readout.participants if p.role])
    pieces.extend([p.name for p in readout.participants if p.name])
    at = sum(map(len, pieces)) + len(pieces)  # each piece and the line break after it
    spans: list[tuple[int, int]] = []
    for section in readout.sections:
        at = _lay_out(section, at, pieces, spans)
    return "\n".join(pieces), spans


def _lay_out(section: Section, at: int, pieces: list[str], spans: list[tuple[int, int]]) -> int:
    """Add the section's pieces of text and its span (and its sub-sections') from ``at`` on.

    Returns where the text after the section starts: past its line break, or ``at`` itself
    when the section has no text.
    """
    index = len(spans)
    spans.append((at, at))
    first = len(pieces)
    own = [p for p in (section.heading, *section.paragraphs) if p]
    pieces.extend(own)
    end = at + sum(map(len, own)) + len(own)
    for sub in section.subsections:
        end = _lay_out(sub, end, pieces, spans)
    if len(pieces) > first:
        spans[index] = (at, end - 1)
    return end


def scan(
    text: str,
    names: frozenset[str] = frozenset(),
    exact: frozenset[str] = frozenset(),
    taxonomy: Taxonomy | None = None,
) -> Scan | None:
    """Topic keyword matches in the text, and where the other words are written.

    ``names`` (lower case) are found where the lower-case text holds them, ``exact`` words
    where the text holds them as written. One pass over the text for all; None when the
    text needs the topics' regexes (its lower case is not one character for one).
    """
    return _matcher(taxonomy or default_taxonomy(), names, exact).scan(text)


def tag_readout(
    readout: Readout,
    taxonomy: Taxonomy | None = None,
    text: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[str], list[list[str]]]:
    """``readout_topics`` and ``section_topics`` at once, from one pass over the full text.

    ``text`` and ``spans`` are ``text_layout(readout)`` when the caller has it already.
    """
    tax = taxonomy or default_taxonomy()
    if text is None or spans is None:
        text, spans = text_layout(readout)
    found = _matcher(tax).hits(text)
    if found is None:
        return readout_topics(readout, tax), section_topics(readout, tax)
    return topics_of(readout, found, spans, tax)


def topics_of(
    readout: Readout,
    hits: list[tuple[int, int, int]],
    spans: Sequence[tuple[int, int]],
    taxonomy: Taxonomy | None = None,
) -> tuple[list[str], list[list[str]]]:
    """``tag_readout`` from the keyword matches in the full text (``scan(...).hits``)."""
    names = _matcher(taxonomy or default_taxonomy()).topics
    own = [normalise(t) for t in readout.topics]
    for t in sorted({t for t, _, _ in hits}):
        if names[t] not in own:
            own.append(names[t])
    per_section = [
        [names[t] for t in sorted({t for t, s, e in hits if a <= s and e <= b})] if b > a else []
        for a, b in spans
    ]
    return own, per_section


def readout_topics(readout: Readout, taxonomy: Taxonomy | None = None) -> list[str]:
    """A readout's own topics followed by those the taxonomy finds in its text."""
    tax = taxonomy or default_taxonomy()
    topics = [normalise(t) for t in readout.topics]
    for topic in tax.tag(readout.full_text()):
        if topic not in topics:
            topics.append(topic)
    return topics


def section_topics(readout: Readout, taxonomy: Taxonomy | None = None) -> list[list[str]]:
    """Topics of each section in reading order (as ``Readout.all_sections`` yields them)."""
    tax = taxonomy or default_taxonomy()
    return [tax.tag(section.text()) for _, section in readout.all_sections()]
