"""Paragraphs and numbered sections: "1. Heading", "1 Heading", "(1) Heading", bare numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from summit_tui.core.model.readout import Section

_TOP = re.compile(r"^(?P<num>\d{1,2})(?:\.|\s)\s*(?P<rest>[A-Z(“\"'].*)$")
_SUB = re.compile(r"^[(（](?P<num>\d{1,2}|[a-z]|[ivx]{1,4})[)）]\s*(?P<rest>\S.*)$")
# "14 April 2023, the Prime Minister ...": a date opening a paragraph, not section 14.
_DATE_FIRST = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?,?\s+(?:\d{4}|\d{1,2}\b)"
)
_BULLET = re.compile(r"^(?:[•●▪◦・■□◆◇*]|-(?=\s))\s*(?P<rest>\S.*)$")
_END = ".!?。\"”'’)"
MAX_HEADING = 100


def hard_wrapped(lines: list[str] | tuple[str, ...]) -> bool:
    """True for text wrapped at a fixed width (wire copy): most lines are of one length and
    stop mid-sentence."""
    body = [ln for ln in lines if len(ln) >= 40]
    if len(body) < 6:
        return False
    open_ended = [ln for ln in body if not ln.endswith(tuple(_END))]
    widths = sorted(len(ln) for ln in body)
    spread = widths[len(widths) * 3 // 4] - widths[len(widths) // 4]
    return len(open_ended) >= 0.6 * len(body) and widths[-1] <= MAX_WRAP and spread <= 15


MAX_WRAP = 120  # the widest line of a hard-wrapped text (archives wrap at 72 to 110)


def paragraphs(lines: list[str] | tuple[str, ...]) -> list[str]:
    """Lines joined into paragraphs: each line is one, unless the text was hard-wrapped."""
    out: list[str] = []
    joinable = False
    wrapped = hard_wrapped(lines)
    # Wire copy whose every line became a block of its own (a page that put each line in a
    # paragraph): the blank lines between them do not end a sentence.
    spaced = wrapped and _every_line_spaced(lines)
    broken = False  # a blank line inside a sentence ("... Antonio Manuel" / "" / "de ...")
    for line in lines:
        if not line:
            broken = joinable and bool(out) and len(out[-1]) >= MIN_BROKEN
            joinable = joinable and spaced
            continue
        starts_block = bool(_TOP.match(line) or _SUB.match(line) or _BULLET.match(line))
        # A wrapped line continues a sentence: the one before had no closing punctuation
        # and this one does not open a new numbered item.
        goes_on = line[0].islower() or (joinable and wrapped)
        if out and not starts_block and (broken or joinable) and goes_on:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = not line.endswith(tuple(_END)) and not line.endswith(":")
        broken = False
    return out


MIN_BROKEN = 60  # a line this long without a stop, then a blank line: a sentence broken


def _every_line_spaced(lines: list[str] | tuple[str, ...]) -> bool:
    """True when nearly every line is followed by one blank line and never by two."""
    text = [i for i, ln in enumerate(lines) if ln]
    if len(text) < 6:
        return False
    gaps = [b - a for a, b in pairwise(text)]
    return sum(1 for g in gaps if g == 2) >= 0.9 * len(gaps)


@dataclass(frozen=True, slots=True)
class Marker:
    """A numbered line: its level (1 top, 2 sub), number as written and the rest of the line."""

    level: int
    number: str
    rest: str

    @property
    def is_heading(self) -> bool:
        """A short line without a closing full stop is a heading; otherwise a numbered paragraph."""
        return len(self.rest) <= MAX_HEADING and not self.rest.endswith((".", "。"))


def marker(line: str) -> Marker | None:
    """The section number a line starts with, or None for a plain paragraph."""
    if m := _SUB.match(line):
        return Marker(2, f"({m.group('num')})", m.group("rest").strip())
    if (m := _TOP.match(line)) and not _DATE_FIRST.match(m.group("rest")):
        return Marker(1, m.group("num"), m.group("rest").strip())
    return None


def _bullet(text: str) -> str:
    m = _BULLET.match(text)
    return m.group("rest") if m else text


@dataclass
class _Node:
    """A section while it is being filled: its paragraphs and sub-sections grow."""

    number: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    subs: list[_Node] = field(default_factory=list)

    def frozen(self) -> Section:
        return Section(
            heading=self.heading,
            number=self.number,
            paragraphs=tuple(self.paragraphs),
            subsections=tuple(s.frozen() for s in self.subs),
        )


def build_sections(paras: list[str]) -> tuple[list[str], list[Section]]:
    """Split paragraphs into the lead (before any numbered line) and numbered sections."""
    marks = [marker(p) for p in paras]
    levels = {m.level for m in marks if m is not None}
    # "(1)" is a sub-section only where "1." sections exist; otherwise it is the top level.
    top = 1 if 1 in levels else 2
    lead: list[str] = []
    sections: list[_Node] = []
    for para, mark in zip(paras, marks, strict=True):
        if mark is None:
            if not sections:
                lead.append(_bullet(para))
            else:
                target = sections[-1].subs[-1] if sections[-1].subs else sections[-1]
                target.paragraphs.append(_bullet(para))
            continue
        heading = mark.rest if mark.is_heading else ""
        node = _Node(mark.number, heading, [] if mark.is_heading else [mark.rest])
        if mark.level == top or not sections:
            sections.append(node)
        else:
            sections[-1].subs.append(node)
    return lead, [s.frozen() for s in sections]
