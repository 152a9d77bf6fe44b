"""Driving the app in tests: small fictional readouts, waiting for a load, reading the panes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from rich.console import Console
from textual.command import CommandList, CommandPalette
from textual.widgets import Static

from summit_tui.app import SummitApp
from summit_tui.widgets.detail import ReadoutDetail
from summit_tui.widgets.meeting_list import MeetingList

REPO = Path(__file__).resolve().parents[2]
#: The terminal size most app tests run at.
SIZE = (160, 48)

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


async def wait_loaded(app: SummitApp, pilot) -> None:
    """Let the load worker finish and its messages reach the screen."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def palette_offers(app, text: str = "") -> bool:
    """True once the command palette has searched for what was typed and highlights an
    option holding ``text`` (what enter would run; any option when ``text`` is empty)."""
    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    if any(worker.node is palette and not worker.is_finished for worker in app.workers):
        return False  # still searching
    options = palette.query_one(CommandList)
    at = options.highlighted
    return at is not None and text in str(options.get_option_at_index(at).prompt)


def titles(app) -> list[str]:
    """The titles the meeting list shows, top to bottom."""
    meetings = app.screen.query_one(MeetingList)
    return [meetings.results[i].readout.title for i in range(meetings.row_count)]


def plain(static: Static) -> str:
    """What a Static shows, as plain text."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(static.content)
    return console.export_text()


def detail_text(app) -> str:
    """Everything the detail pane shows, as plain text."""
    return "\n".join(plain(s) for s in app.screen.query_one(ReadoutDetail).query(Static))
