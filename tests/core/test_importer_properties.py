"""Properties: import_text never raises, and every readout it builds survives the loader."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summit_tui.core.files.readout_yaml import dump_readout, parse_readout
from summit_tui.core.importer import import_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
_PIECES = [
    "On May 23, ",
    "23rd May 2024",
    "Thursday, May 23, 2024\n",
    "commencing at 2:10 p.m. ",
    "from 14:10 (local time; 15:10 Japan time) ",
    "at 1410 hrs ",
    "for about 45 minutes, ",
    "Mr. KISHIDA Fumio, Prime Minister of Japan, ",
    "held a Japan-Malaysia Summit Meeting with ",
    "H.E. Dato' Seri Anwar bin Ibrahim, Prime Minister of Malaysia",
    ". ",
    "\n\n",
    "\r\n",
    "1. Introduction\n",
    "(1) Opening\n",
    "Attendees:\nJapanese side: Mr. A B, Minister\n",
    "the leaders of Canada, France and Japan met ",
    "in Rio de Janeiro",
    " at the White House",
    "Home > News > Readouts\n",
    "Back to Japan-Malaysia Relations\n",
    "(Photo: PIB)\n",
    "President Joseph R. Biden, Jr. spoke today with ",
    "on the sidelines of the G20 Summit ",
    "Kuala Lumpur, 26 May 2025\n",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "“",
    "”",
    "’",
    "\x00",
    "\ufffd",
    "Joint Statement\n",
    "Prime Minister Keir Starmer spoke to ",
    "this morning. ",
    "# ",
    ":",
]
_READOUTISH = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map(
    "".join
)
_SEEDS = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def _check(text: str) -> None:
    result = import_text(text, "prop.txt")
    assert result.is_readout or result.not_a_readout or result.readouts
    for item in result.readouts:
        if item.readout is None:
            assert item.missing  # a readout it could not build says what was missing
            continue
        again = parse_readout(dump_readout(item.readout), "prop.yaml", default_id=item.readout.id)
        assert again == item.readout


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_READOUTISH)
def test_readout_like_text_round_trips(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SEEDS), st.integers(min_value=0, max_value=4000), st.text(max_size=30))
def test_fixtures_with_an_insertion_round_trip(seed: str, at: int, insert: str) -> None:
    at = min(at, len(seed))
    _check(seed[:at] + insert + seed[at:])
