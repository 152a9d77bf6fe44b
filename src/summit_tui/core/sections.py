"""``section:`` terms: which sections of a readout a query's words must be found in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summit_tui.core.models import Entry
from summit_tui.core.tokens import words


@dataclass(frozen=True, slots=True)
class HeadingTest:
    """One ``section:`` value: every word must be in the heading (the last may be a prefix)."""

    words: tuple[str, ...]
    prefix: bool = False  # the last word is still being typed

    def matches(self, heading_words: Sequence[str]) -> bool:
        """True when the heading holds every word of the value."""
        if not self.words:
            return True
        *whole, last = self.words
        if any(w not in heading_words for w in whole):
            return False
        if self.prefix:
            return any(h.startswith(last) for h in heading_words)
        return last in heading_words


def scoped_sections(entry: Entry, tests: Sequence[HeadingTest]) -> list[int]:
    """Indexes (``Readout.all_sections`` order) of sections inside a heading that passes
    every test: the section's own heading, or that of a section it belongs to."""
    out: list[int] = []
    inside_from: int | None = None  # depth of the matching section we are inside, if any
    for k, (depth, section) in enumerate(entry.readout.all_sections()):
        if inside_from is not None and depth <= inside_from:
            inside_from = None
        if inside_from is None:
            heading = words(section.heading)
            if all(t.matches(heading) for t in tests):
                inside_from = depth
        if inside_from is not None:
            out.append(k)
    return out


def scope_text(entry: Entry, scoped: Sequence[int]) -> tuple[str, set[str]]:
    """The text of those sections (headings and paragraphs) and the topics found in them."""
    wanted = set(scoped)
    parts: list[str] = []
    found: set[str] = set()
    section_topics = entry.section_topics
    for k, (_, section) in enumerate(entry.readout.all_sections()):
        if k in wanted:
            parts.append(section.heading)
            parts.extend(section.paragraphs)
            if k < len(section_topics):
                found.update(section_topics[k])
    return "\n".join(parts), found


#: A test of one part of a query against the text and topics of a readout's scoped sections.
LocalTest = Callable[[str, set[str]], bool]
