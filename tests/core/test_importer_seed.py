"""The seed readout's plain text imports to exactly the bundled YAML readout."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import dump_readout, load_readout, parse_readout
from summit_tui.core.importer import import_text

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "import" / "seed_mofa_japan_malaysia.txt"
SHARED_SEED = REPO.parent / "shared" / "seeds" / "000_0844c67386a251c0.txt"
BUNDLED = REPO / "data" / "2024-05-23-japan-malaysia-summit-meeting.yaml"


def _seed_texts() -> list[str]:
    texts = [FIXTURE.read_text("utf-8")]
    if SHARED_SEED.exists():
        texts.append(SHARED_SEED.read_text("utf-8"))
    return texts


@pytest.mark.parametrize("text", _seed_texts(), ids=lambda t: f"{len(t)}chars")
def test_seed_matches_bundled_readout_field_for_field(text: str) -> None:
    result = import_text(text, "seed.txt")
    assert result.is_readout
    [item] = result.readouts
    expected = load_readout(BUNDLED)
    assert item.readout is not None
    assert item.readout.to_dict() == expected.to_dict()
    assert item.readout == expected


def test_seed_key_fields() -> None:
    [item] = import_text(FIXTURE.read_text("utf-8")).readouts
    r = item.readout
    assert r is not None
    assert (r.date.isoformat(), r.start_time.strftime("%H:%M"), r.duration_minutes) == (
        "2024-05-23",
        "14:10",
        30,
    )
    assert r.countries == ("JP", "MY")
    assert [p.role for p in r.participants] == [
        "Prime Minister of Japan",
        "Prime Minister of Malaysia",
    ]
    assert [s.heading for s in r.sections] == [
        "Introduction",
        "Bilateral Relations",
        "Responding to regional and international challenges",
    ]
    assert set(r.mentions) == {"UA", "KP", "IL", "PS"}
    assert item.missing == ("location",)  # the seed names no place; nothing is guessed


def test_seed_round_trips_through_the_loader() -> None:
    [item] = import_text(FIXTURE.read_text("utf-8")).readouts
    assert item.readout is not None
    assert parse_readout(dump_readout(item.readout), "x.yaml") == item.readout
