"""What a query matched, and where: highlight spans, matched sections and snippets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from summit_tui.core.model.entry import Entry
from summit_tui.core.reference import countries, topics
from summit_tui.core.search.sections import HeadingTest, scoped_sections

_SPACE = re.compile(r"\s+")
#: The label of a hit in the opening paragraph (the readout's summary).
SUMMARY_LABEL = "Summary"
#: The longest section label beside a hit, in characters (longer ones are cut at a word).
LABEL_CHARS = 40
#: How many characters of a readout's text a snippet shows, unless asked for another width.
SNIPPET_CHARS = 120


@dataclass
class Plan:
    """The positive parts of a query, resolved against the index: for ranking and highlighting."""

    words: dict[str, float] = field(default_factory=dict)  # vocabulary word -> rank weight
    prefixes: set[str] = field(default_factory=set)  # words still being typed
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    countries: dict[str, float] = field(default_factory=dict)  # code -> rank bonus
    topics: set[str] = field(default_factory=set)
    headings: list[HeadingTest] = field(default_factory=list)  # section: values
    free_text: bool = False  # any free word or phrase, so relevance and snippets apply

    def add_word(self, word: str, weight: float) -> None:
        """Keep the best weight a word was reached with (exact beats prefix beats typo)."""
        if weight > self.words.get(word, 0.0):
            self.words[word] = weight

    @cached_property
    def text_pattern(self) -> Scan | None:
        """Every matched word, prefix and phrase (None when there are none)."""
        alts = [phrase_regex(p) for p in sorted(self.phrases, key=len, reverse=True)]
        alts += [re.escape(p) + r"\w*" for p in sorted(self.prefixes, key=len, reverse=True)]
        alts += [re.escape(w) for w in sorted(self.words, key=len, reverse=True)]
        return Scan(alts, r"\w") if alts else None

    @cached_property
    def country_pattern(self) -> Scan | None:
        """Names, aliases and demonyms of the matched countries (None when there are none)."""
        forms: set[str] = set()
        for code in self.countries:
            forms.update(f.casefold() for f in country_forms(code))
        if not forms:
            return None
        return Scan([re.escape(f) for f in sorted(forms, key=len, reverse=True)], r"[\w.]")

    def matches(self, text: str) -> bool:
        """True when a word, prefix, phrase or country of the plan is in the text (not topics:
        those are known per section already, and the taxonomy's patterns are costly)."""
        folded = text.casefold()
        return any(
            p is not None and p.search(text, folded)
            for p in (self.text_pattern, self.country_pattern)
        )

    def spans(self, text: str, with_topics: bool = True) -> list[tuple[int, int]]:
        """Sorted, merged character spans of everything this plan matches in the text."""
        found: list[tuple[int, int]] = []
        folded = text.casefold()
        if self.text_pattern is not None:
            found.extend(self.text_pattern.spans(text, folded))
        if self.country_pattern is not None:
            found.extend(self.country_pattern.spans(text, folded))
        if self.topics and with_topics:
            tax = topics.default_taxonomy()
            for topic in self.topics:
                found.extend(tax.spans(text, topic))
        return merge(found)

    def matched_sections(self, entry: Entry) -> tuple[int, ...]:
        """Indexes (``Readout.all_sections`` order) of sections whose own text matched,
        inside the sections that section: terms name when there are any."""
        sections = list(entry.readout.all_sections())
        ks = scoped_sections(entry, self.headings) if self.headings else range(len(sections))
        out = []
        for k in ks:
            section = sections[k][1]
            own_topics = entry.section_topics[k] if k < len(entry.section_topics) else ()
            text = "\n".join([section.heading, *section.paragraphs])
            if not self.free_text or self.topics.intersection(own_topics) or self.matches(text):
                out.append(k)
        return tuple(out)

    def best_passage(self, entry: Entry) -> tuple[int | None, str, int] | None:
        """The passage with the most hits: where it is (the section's index in
        ``Readout.all_sections`` order, None for the summary), its text on one line and
        where its first hit starts; None without free text or when no passage has a hit."""
        if not self.free_text:
            return None
        r = entry.readout
        sections = list(r.all_sections())
        scope = scoped_sections(entry, self.headings) if self.headings else range(len(sections))
        passages: list[tuple[int | None, str]] = [] if self.headings else [(None, r.summary)]
        for k in scope:
            passages.extend((k, p) for p in sections[k][1].paragraphs)
        best: tuple[int | None, str, int] | None = None
        most = 0
        for where, passage in passages:
            flat = _SPACE.sub(" ", passage).strip()
            spans = self.spans(flat, with_topics=False)
            if len(spans) > most:
                best, most = (where, flat, spans[0][0]), len(spans)
        return best

    def snippet(self, entry: Entry, width: int = SNIPPET_CHARS) -> str:
        """A passage of about ``width`` characters around the best hit ("" without free text)."""
        best = self.best_passage(entry)
        return window(best[1], best[2], width) if best is not None else ""

    def hit(self, entry: Entry, width: int = SNIPPET_CHARS) -> tuple[str, str]:
        """The label of the passage holding the best hit ("Summary", a section's number and
        heading cut at a word, or "") and about ``width`` characters around the hit."""
        best = self.best_passage(entry)
        if best is None:
            matched = self.matched_sections(entry) if self.free_text else ()
            if not matched:  # a hit in the title or a participant: no passage to name
                return "", ""
            where: int | None = matched[0]  # a hit in a heading or a section's topics
        else:
            where = best[0]
        if where is None:
            label = SUMMARY_LABEL
        else:
            label = short_label(list(entry.readout.all_sections())[where][1].label)
        text = window(best[1], best[2], max(20, width - len(label) - 4)) if best else ""
        return label, text


class Scan:
    """Alternatives (each starting with a literal, in case-folded form) found as whole words.

    The word boundary before a match is checked by hand in case-folded text: a look-behind
    at the start of a pattern keeps the regex engine from skipping ahead to the literal,
    which makes a search tens of times slower. Text whose case folding changes its length
    (so offsets would shift) goes through the plain case-insensitive pattern instead.
    """

    def __init__(self, alts: list[str], before: str) -> None:
        body = "(?:" + "|".join(alts) + r")(?!\w)"
        self.fast = re.compile(body)
        self.slow = re.compile(f"(?<!{before})" + body, re.IGNORECASE)
        self.before = re.compile(before)

    def spans(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in the text; ``folded`` is ``text.casefold()``."""
        folded = text.casefold() if folded is None else folded
        if len(folded) != len(text):
            yield from (m.span() for m in self.slow.finditer(text))
            return
        fast, before, pos = self.fast, self.before, 0
        while (m := fast.search(folded, pos)) is not None:
            start, end = m.span()
            if start and before.match(folded, start - 1):
                pos = start + 1  # inside a longer word: look again just after its start
                continue
            yield start, end
            pos = end if end > start else start + 1

    def search(self, text: str, folded: str | None = None) -> bool:
        """True when the text holds a match."""
        return next(self.spans(text, folded), None) is not None


@lru_cache(maxsize=1024)
def country_forms(code: str) -> tuple[str, ...]:
    """How a country is written in prose: names and aliases, and demonyms that resolve to it.

    ISO codes are left out: matched without case, "my", "in" and "can" are ordinary words.
    """
    c = countries.get(code)
    if c is None:
        return ()
    candidates = {c.name, c.official_name, *countries.ALIASES.get(code, ())}
    for name in list(candidates):
        candidates.update({name + "n", name + "ian", name[:-1] + "ian"})
    forms = []
    for form in candidates:
        if form in (c.code, c.alpha3):
            continue
        found = countries.lookup(form)
        if found is not None and found.code == code:
            forms.append(form)
    return tuple(sorted(forms))


def phrase_regex(words: tuple[str, ...]) -> str:
    """A regex for the words in order, with any punctuation or spacing between them."""
    return r"\W+".join(re.escape(w) for w in words)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and join those that overlap or touch."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def window(text: str, hit: int, width: int) -> str:
    """About ``width`` characters of text around a hit, cut at spaces, with ellipses."""
    if len(text) <= width:
        return text
    start = max(0, hit - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < hit else start
    end = min(len(text), start + width - 2)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > hit else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """The text on one line, cut at a word with an ellipsis when longer than ``limit``."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # a word to cut at, and not too much lost
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—(") + "…"
