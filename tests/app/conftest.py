"""Fixtures for driving the app: a folder of small fictional readouts and a ready app."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import write_readouts

from summit_tui.app import SummitApp, make_app


@pytest.fixture
def readout_folder(tmp_path: Path) -> Path:
    """The seed plus two fictional readouts."""
    return write_readouts(tmp_path / "readouts")


@pytest.fixture
def app_factory(tmp_path: Path):
    """Build an app over a folder with its database in the test's temp folder."""

    def build(folder: Path, *, watch: bool = True) -> SummitApp:
        return make_app(
            folder,
            db_path=tmp_path / "cache" / "db.json",
            userdata_path=tmp_path / "user" / "userdata.json",
            session_file=tmp_path / "state" / "session.json",
            watch=watch,
            keymap_file=tmp_path / "config" / "keymap.toml",
        )

    return build
