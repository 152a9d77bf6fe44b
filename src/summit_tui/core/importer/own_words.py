"""A readout found in a page's English reading, given back in the page's own words."""

from __future__ import annotations

import re
from dataclasses import replace

from summit_tui.core.importer.languages import Reading
from summit_tui.core.importer.result import ImportResult
from summit_tui.core.model.readout import Readout, Review, Section


def _section(section: Section, reading: Reading) -> Section:
    return replace(
        section,
        heading=reading.own(section.heading),
        paragraphs=tuple(reading.own(p) for p in section.paragraphs),
        subsections=tuple(_section(s, reading) for s in section.subsections),
    )


def _place(location: str, reading: Reading) -> str:
    """The page's own words for the place, unless they are in a script of their own
    ("在北京"): a place is looked for and filtered on in the words of the whole collection."""
    own = reading.own(location)
    return own if re.search(r"[^\W\d_]", own, re.ASCII) else location


_OWN_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0600-\u06ff\u0900-\u09ff\u0e01-\u0e5b\u3040-\u30ff\u4e00-\u9fff"
    r"\uac00-\ud7a3]"
)
_SENTENCE_END = re.compile(r"[。．！？]|\.\s*$")
# A picture-gallery mark after a headline: "[组图]", "（图）".
_GALLERY = re.compile(
    r"\s*[\[【(（](?:组图|組圖|图|圖|视频|視頻|사진|фото|видео)[\]】)）].*$", re.I
)


_HEADLINE_WORDS = re.compile(
    r"\b(?:met|meets?|talks?|call|meeting|summit|held|visit|conference|President|Ministers?"
    r"|Premier|Chancellor|King|Secretary)\b",
    re.I,
)


def _own_headline(reading: Reading) -> str:
    """The headline of a page in a script of its own: the first short line in that script
    that is not a sentence and of which the reading knows a name, an office or a country."""
    for i, line in enumerate(reading.lines[:15]):
        text = _GALLERY.sub("", line.strip())
        if (
            len(_OWN_SCRIPT.findall(text)) >= 4
            and len(text) <= 120
            and not _SENTENCE_END.search(text)
            and _HEADLINE_WORDS.search(reading.english[i])
        ):
            return text
    return ""


def _readout(readout: Readout, reading: Reading, language: str) -> Readout:
    marks = tuple(
        Review(
            field,
            f"read from a page in {language} through an English reading of its phrases",
            "",
        )
        for field in ("kind", "countries", "participants")
        if not any(r.field == field for r in readout.review)
    )
    title = reading.own(readout.title)
    composed = [r for r in readout.review if r.field == "title" and r.reason.startswith("composed")]
    if composed and (headline := _own_headline(reading)):
        title = headline
        kept = tuple(r for r in readout.review if r not in composed)
        taken = Review("title", "the page's first short line, taken as its headline", headline)
        readout = replace(readout, review=(*kept, taken))
    return replace(
        readout,
        title=title,
        summary=reading.own(readout.summary),
        sections=tuple(_section(s, reading) for s in readout.sections),
        location=_place(readout.location, reading),
        review=(*readout.review, *marks),
    )


def in_own_words(found: ImportResult, reading: Reading, language: str) -> ImportResult:
    """The readouts found in the English reading, with the page's own title and text, each
    marked for review of what the reading gave (kind, countries, participants)."""
    items = tuple(
        replace(
            item,
            readout=_readout(item.readout, reading, language),
            title=reading.own(item.title),
        )
        if item.readout is not None
        else replace(item, title=reading.own(item.title))
        for item in found.readouts
    )
    return replace(found, readouts=items)
