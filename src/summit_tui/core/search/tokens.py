"""Splitting text into the words the index and queries share, and an entry's other keys."""

from __future__ import annotations

import re
from typing import Any

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Readout, Section

# Index keys that are not text words start with "@", which no \w+ word can.
PARTY, MENTION, TOPIC, KIND, YEAR = "@c:", "@m:", "@t:", "@k:", "@y:"
REVIEW = "@r:"
NEEDS_REVIEW = "needs-review"  # the one value of the review facet
MONTH, DAY, PERSON, HEADING = "@mo:", "@d:", "@p:", "@h:"

_WORDS = re.compile(r"\w+")
# str.translate with a string table is several times faster than re.findall(r"\w+") on long
# text; every non-word character below U+3000 becomes a space, and the few texts with rarer
# punctuation fall back to the regex so that both always split alike.
_TABLE = "".join(c if re.match(r"\w", c) else " " for c in map(chr, range(0x3000)))
_RARE = re.compile(r"[^\u0000-\u2fff]")
# ASCII text (most of it) goes through bytes: their translate is a plain table look-up a
# byte, several times faster than str's, and folds the case in the same pass (an ASCII
# letter's case fold is its lower case).
_ASCII_TABLE = bytes(
    ord(c.casefold()) if re.match(r"\w", c) else ord(" ") for c in map(chr, range(128))
) + bytes(range(128, 256))


def words(text: str) -> list[str]:
    """The case-folded words of a text, as the index and queries see them."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii").split()
    folded = text.casefold()
    if not folded.isascii() and _RARE.search(folded):
        return _WORDS.findall(folded)
    return folded.translate(_TABLE).split()


def index_terms(entry: Entry) -> tuple[list[str], list[str]]:
    """The words of ``readout.full_text()`` and the entry's other keys, for indexing.

    One pass gathers every string and one words() call per kind splits them: this is the
    indexing hot path, and nested ``Section.text()`` joins and generators cost more here.
    """
    r = entry.readout
    parts, headings = _text_parts(r)
    names = [p.name for p in r.participants]
    iso = r.date.isoformat()
    keys = [PARTY + c for c in r.countries]
    keys += [MENTION + c for c in entry.mentions]
    keys += [TOPIC + t for t in entry.topics]
    keys += [KIND + r.kind, f"{YEAR}{r.date.year:04d}", MONTH + iso[:7], DAY + iso]
    if r.review:
        keys.append(REVIEW + NEEDS_REVIEW)
    keys += [PERSON + w for w in words("\n".join(names))]
    keys += [HEADING + w for w in words("\n".join(headings))]
    return words("\n".join(parts)), list(dict.fromkeys(keys))


def index_text(readout: Readout) -> str:
    """The text ``readout.full_text()`` holds (parts may be joined differently), built fast."""
    return "\n".join(_text_parts(readout)[0])


def entry_text(entry: Entry) -> str:
    """``index_text`` of the entry's readout, read from its stored text when it is not built
    (a phrase check over thousands of readouts then builds none of them)."""
    data = entry.readout_data()
    if data is None:
        return index_text(entry.readout)
    parts = [
        data["title"],
        data.get("summary", ""),
        data.get("location", ""),
        data.get("notes", ""),
    ]
    people = data.get("participants", ())
    parts += [p.get("role", "") for p in people]
    parts += [p["name"] for p in people]
    _data_section_parts(data.get("sections", ()), parts)
    return "\n".join(parts)


def _data_section_parts(sections: Any, out: list[str]) -> None:
    for s in sections:
        out.append(s.get("heading", ""))
        out.extend(s.get("paragraphs", ()))
        if "subsections" in s:
            _data_section_parts(s["subsections"], out)


def _text_parts(r: Readout) -> tuple[list[str], list[str]]:
    """Every string of a readout's full text, in order, and the section headings."""
    parts = [r.title, r.summary, r.location, r.notes]
    parts += [p.role for p in r.participants]
    parts += [p.name for p in r.participants]
    headings: list[str] = []
    _section_parts(r.sections, parts, headings)
    return parts, headings


def _section_parts(sections: tuple[Section, ...], out: list[str], headings: list[str]) -> None:
    for s in sections:
        out.append(s.heading)
        out.extend(s.paragraphs)
        headings.append(s.heading)
        if s.subsections:
            _section_parts(s.subsections, out, headings)
