"""``section:`` terms: which sections of a readout a query's words must be found in."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Section
from summit_tui.core.search.tokens import words


@dataclass(frozen=True, slots=True)
class HeadingTest:
    """One ``section:`` value: every word must be in the heading (the last may be a prefix)."""

    words: tuple[str, ...]
    prefix: bool = False  # the last word is still being typed

    def matches(self, heading_words: Collection[str]) -> bool:
        """True when the heading holds every word of the value."""
        if not self.words:
            return True
        *whole, last = self.words
        if any(w not in heading_words for w in whole):
            return False
        if self.prefix:
            return any(h.startswith(last) for h in heading_words)
        return last in heading_words


@lru_cache(maxsize=8192)
def heading_words(heading: str) -> frozenset[str]:
    """The words of a heading (headings repeat across readouts, so they are remembered)."""
    return frozenset(words(heading))


def scoped_sections(
    entry: Entry, tests: Sequence[HeadingTest], memo: dict[str, bool] | None = None
) -> list[int]:
    """Indexes (``Readout.all_sections`` order) of sections inside a heading that passes
    every test: the section's own heading, or that of a section it belongs to.

    ``memo`` remembers the verdict on each heading text across the readouts of one query.
    """
    return _scoped(flat_sections(entry), tests, {} if memo is None else memo)


def flat_sections(entry: Entry) -> list[tuple[int, Section]]:
    """``list(readout.all_sections())``, quickly when no section has sub-sections."""
    sections = entry.readout.sections
    if any(s.subsections for s in sections):
        return list(entry.readout.all_sections())
    return [(0, s) for s in sections]


def _scoped(
    flat: list[tuple[int, Section]], tests: Sequence[HeadingTest], memo: dict[str, bool]
) -> list[int]:
    out: list[int] = []
    inside_from: int | None = None  # depth of the matching section we are inside, if any
    for k, (depth, section) in enumerate(flat):
        if inside_from is not None and depth <= inside_from:
            inside_from = None
        if inside_from is None:
            passes = memo.get(section.heading)
            if passes is None:
                heading = heading_words(section.heading)
                passes = memo[section.heading] = all(t.matches(heading) for t in tests)
            if passes:
                inside_from = depth
        if inside_from is not None:
            out.append(k)
    return out


def scope_text(
    entry: Entry, tests: Sequence[HeadingTest], memo: dict[str, bool] | None = None
) -> tuple[str, set[str]] | None:
    """The text (headings and paragraphs) of the sections inside a heading that passes
    every test, and the topics found in them; None when no heading passes."""
    flat = flat_sections(entry)
    scoped = _scoped(flat, tests, {} if memo is None else memo)
    if not scoped:
        return None
    section_topics = entry.section_topics
    parts: list[str] = []
    found: set[str] = set()
    for k in scoped:
        section = flat[k][1]
        parts.append(section.heading)
        parts.extend(section.paragraphs)
        if k < len(section_topics):
            found.update(section_topics[k])
    return "\n".join(parts), found


#: A test of one part of a query against the text and topics of a readout's scoped sections.
LocalTest = Callable[[str, set[str]], bool]
