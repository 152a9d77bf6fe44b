"""Fictional readouts for the analysis tests, written as YAML and loaded through a real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant, Readout, Section, Source
from summit_tui.core.store.readouts import ReadoutStore

TANAKA = Participant("TANAKA Hiroshi", "Mr.", "Prime Minister of Japan", "JP")
TANAKA_WESTERN = Participant("Hiroshi TANAKA", "Mr.", "Prime Minister of Japan", "JP")
TANAKA_FM = Participant("Tanaka Hiroshi", "", "Minister for Foreign Affairs of Japan", "JP")
AZIZ = Participant("Aziz bin Rahman", "H.E. Dato' Seri", "Prime Minister of Malaysia", "MY")
AZIZ_SHORT = Participant("Aziz Rahman", "", "Prime Minister of Malaysia", "MY")
DUBOIS = Participant("Claire DUBOIS", "Ms.", "President of the French Republic", "FR")
MULLER = Participant("Hans Müller", "Dr.", "Federal Foreign Minister", "DE")
SHARMA = Participant("Priya Sharma", "", "External Affairs Minister", "IN")


def readout(
    rid: str,
    date: str,
    countries: tuple[str, ...],
    *people: Participant,
    kind: str = "summit",
    topics: tuple[str, ...] = (),
    title: str = "",
    url: str | None = None,
    publisher: str = "Ministry of Foreign Affairs of Japan",
    sections: tuple[Section, ...] = (),
    summary: str = "",
) -> Readout:
    """A small readout with bland text, so the taxonomy adds few topics of its own."""
    return Readout(
        id=rid,
        title=title or f"Meeting {rid}",
        date=dt.date.fromisoformat(date),
        kind=kind,
        countries=countries,
        participants=people,
        topics=topics,
        summary=summary or "The leaders held a meeting.",
        sections=sections
        or (
            Section(heading="Overview", number="1", paragraphs=("The two sides exchanged views.",)),
        ),
        source=Source(
            publisher=publisher, url=f"https://example.org/{rid}" if url is None else url
        ),
    )


CORPUS = (
    readout(
        "jp-my-1",
        "2023-01-10",
        ("JP", "MY"),
        TANAKA,
        AZIZ,
        topics=("critical minerals",),
        title="Japan-Malaysia Summit Meeting",
    ),
    readout(
        "jp-my-2",
        "2023-07-05",
        ("JP", "MY"),
        TANAKA_WESTERN,
        AZIZ_SHORT,
        kind="telephone-talk",
        topics=("critical minerals",),
    ),
    readout(
        "jp-my-fr",
        "2023-07-26",
        ("JP", "MY", "FR"),
        TANAKA,
        AZIZ,
        DUBOIS,
        kind="multilateral",
        topics=("maritime security",),
    ),
    readout("jp-fr", "2024-02-14", ("JP", "FR"), TANAKA_FM, DUBOIS, topics=("maritime security",)),
    readout(
        "de-in",
        "2024-03-01",
        ("DE", "IN"),
        MULLER,
        SHARMA,
        kind="foreign-ministers-meeting",
        publisher="",
        url="",
    ),
    readout("jp-my-3", "2025-08-01", ("JP", "MY"), TANAKA, AZIZ, topics=("critical minerals",)),
)


def write_folder(folder: Path, readouts: tuple[Readout, ...] = CORPUS) -> Path:
    """Write each readout as ``<id>.yaml`` in the folder (created) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in readouts:
        (folder / f"{r.id}.yaml").write_text(dump_readout(r), encoding="utf-8")
    return folder


def load_entries(tmp_path: Path, readouts: tuple[Readout, ...] = CORPUS) -> list[Entry]:
    """Write the readouts, sync them into a TinyDB file and return the stored entries."""
    folder = write_folder(tmp_path / "data", readouts)
    store = ReadoutStore(path=tmp_path / "db.json")
    try:
        report = store.sync(folder)
        assert not report.problems, report.problems
        return store.entries()
    finally:
        store.close()


def by_id(entries: list[Entry]) -> dict[str, Entry]:
    """Entries keyed by readout id."""
    return {e.id: e for e in entries}
