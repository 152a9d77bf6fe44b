"""A readout found in a page's English reading, given back in the page's own words."""

from __future__ import annotations

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
    return replace(
        readout,
        title=reading.own(readout.title),
        summary=reading.own(readout.summary),
        sections=tuple(_section(s, reading) for s in readout.sections),
        location=reading.own(readout.location),
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
