"""The import dialog: read a plain-text readout, review it, save it, see it in the list."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import wait_loaded, write_readouts
from rich.console import Console
from textual.widgets import Input, Static

from summit_tui.screens.import_dialog import ImportScreen
from summit_tui.widgets.meeting_list import MeetingList

SEED_TEXT = Path(__file__).resolve().parents[1] / "fixtures/import/seed_mofa_japan_malaysia.txt"


def shown(screen: ImportScreen) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(screen.query_one("#import-result", Static).content)
    return console.export_text()


async def read_in_dialog(app, pilot, path: Path) -> ImportScreen:
    await pilot.press("i")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()
    await screen.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_import_reviews_then_saves_and_reloads(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 2
        screen = await read_in_dialog(app, pilot, SEED_TEXT)
        text = shown(screen)
        assert "Japan-Malaysia Summit Meeting (summit, 2024-05-23, 2 participants, 3 sections)" \
            in text
        assert "start_time: '14:10'" in text
        assert not (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").exists()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
        assert (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").exists()
        await wait_loaded(app, pilot)
        meetings = app.screen.query_one(MeetingList)
        assert meetings.row_count == 3
        assert meetings.results[0].readout.title == "Japan-Malaysia Summit Meeting"


async def test_import_never_overwrites(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=True)
    before = (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").read_bytes()
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, SEED_TEXT)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen  # nothing saved, the dialog stays open
        assert (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").read_bytes() == before
        await pilot.press("escape")
        assert not isinstance(app.screen, ImportScreen)


async def test_import_of_a_missing_file_or_not_a_readout(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts")
    prose = tmp_path / "recipe.txt"
    prose.write_text("Mix flour and water. Bake for twenty minutes.\n", encoding="utf-8")
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, tmp_path / "nope.txt")
        assert "Cannot read" in shown(screen) and "nope.txt" in shown(screen)
        screen.query_one(Input).value = str(prose)
        screen.query_one(Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert "Not a readout" in shown(screen)
