"""The topic taxonomy (topic -> keywords) and tagging of text with topics."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from summit_tui.core.models import Readout


@dataclass(frozen=True, eq=False)  # identity hash: compiled patterns are cached per taxonomy
class Taxonomy:
    """Topics with the keywords that tag text with them."""

    keywords: dict[str, tuple[str, ...]]

    @classmethod
    def from_yaml(cls, text: str) -> Taxonomy:
        """Parse a taxonomy file: a mapping of topic name to a list of keywords."""
        data = yaml.safe_load(text) or {}
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
        return [topic for topic, pattern in self._patterns if pattern.search(text)]

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
    text = resources.files("summit_tui.core").joinpath("topics.yaml").read_text("utf-8")
    return Taxonomy.from_yaml(text)


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
