"""Shared fixtures: paths to the bundled seed readout and the small test readouts."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed_path() -> Path:
    """The bundled seed readout (a Japan-Malaysia summit meeting)."""
    return REPO / "data" / "2024-05-23-japan-malaysia-summit-meeting.yaml"


@pytest.fixture
def fixture_readouts() -> Path:
    """tests/fixtures/readouts: small fictional readouts, good/ and broken/."""
    return FIXTURES / "readouts"
