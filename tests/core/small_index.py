"""Three small fictional readouts and what a handful of queries find in an index of them:
the index file's tests compare a loaded index's answers with a built one's."""

from __future__ import annotations

import datetime as dt

from summit_tui.core.files.reading import derive
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant, Readout, Section
from summit_tui.core.search.index import SearchIndex


def make(rid: str, date: str, text: str, heading: str = "Trade") -> Entry:
    """A small fictional readout."""
    readout = Readout(
        id=rid,
        title=f"Talks {rid}",
        date=dt.date.fromisoformat(date),
        kind="summit",
        countries=("FR", "MY"),
        participants=(Participant(name="Arlo Venn"),),
        sections=(Section(heading=heading, number="1", paragraphs=(text, text)),),
    )
    return derive(readout, f"{rid}.yaml")


ENTRIES = [
    make("a", "2024-01-02", "Maritime trade routes were reviewed."),
    make("b", "2023-05-06", "The energy transition and the rule of law.", "Regional affairs"),
    make("c", "2022-07-08", "Fisheries, fisheries and more fisheries."),
]

QUERIES = [
    "maritime",
    "fish",
    '"rule of law"',
    "section:regional",
    "person:venn",
    "country:MY date:2023",
    "fisheries",
]


def answers(index: SearchIndex) -> dict[str, list[str]]:
    """What a handful of queries find, in both orders."""
    out = {}
    for q in QUERIES:
        for order in ("newest", "relevance"):
            out[f"{q} {order}"] = [e.id for e in index.search(q, order=order)]
    out["facets"] = [str(index.search("").facets)]  # type: ignore[list-item]
    return out
