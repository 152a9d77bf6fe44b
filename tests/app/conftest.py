"""Fixtures for driving the app: a folder of small fictional readouts and a ready app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summit_tui.app import SummitApp, make_app

REPO = Path(__file__).resolve().parents[2]

# Fictional meetings written for these tests (real country codes, invented people).
THREE_READOUTS = {
    "2023-11-02-japan-brunei-telephone-talk.yaml": """\
id: 2023-11-02-japan-brunei-telephone-talk
title: Japan-Brunei Telephone Talk
kind: telephone-talk
date: 2023-11-02
start_time: "09:30"
duration_minutes: 20
countries: [JP, BN]
participants:
  - name: ORUMA Kenta
    honorific: Mr.
    role: Foreign Minister of Japan
    country: JP
  - name: Pengiran Tamsin Vell
    role: Minister of Foreign Affairs II of Brunei Darussalam
    country: BN
sections:
  - number: "1"
    heading: Energy
    paragraphs:
      - >-
        The two ministers discussed liquefied natural gas and hydrogen, and cooperation
        on the energy transition.
  - number: "2"
    heading: Regional and International Issues
    paragraphs:
      - They exchanged views on the South China Sea.
""",
    "2022-06-15-australia-india-video-conference.yaml": """\
id: 2022-06-15-australia-india-video-conference
title: Australia-India Video Conference on Critical Minerals
kind: video-conference
date: 2022-06-15
countries: [AU, IN]
participants:
  - name: Mara Quill
    role: Minister for Resources of Australia
    country: AU
summary: A fictional readout written for the summit-tui tests.
sections:
  - heading: Critical minerals
    paragraphs:
      - The ministers agreed to deepen cooperation on rare earths and lithium supply chains.
""",
}


def write_readouts(folder: Path, *, with_seed: bool = True, broken: bool = False) -> Path:
    """Fill a folder with the seed readout, the fictional ones and optionally a broken one."""
    folder.mkdir(parents=True, exist_ok=True)
    if with_seed:
        shutil.copy(REPO / "data" / "2024-05-23-japan-malaysia-summit-meeting.yaml", folder)
    for name, text in THREE_READOUTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    if broken:
        (folder / "broken.yaml").write_text(
            "title: Broken readout\ndate: 2024-13-45\ncountries: [JP, ZZ]\n", encoding="utf-8"
        )
    return folder


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


async def wait_loaded(app: SummitApp, pilot) -> None:
    """Let the load worker finish and its messages reach the screen."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
