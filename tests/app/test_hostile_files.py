"""Hostile files the app reads at start (saved searches, session, notes): never fatal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from driving import wait_loaded

from summit_tui.core.userstate.saved_searches import FILE_NAME
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList

SIZE = (160, 48)


def messages(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


SAVED = {
    "nested": "[" * 1000 + "]" * 1000,
    "nested query": "- name: deep\n  query: '" + "(" * 400 + "x" + ")" * 400 + "'\n"
    "- name: minus\n  query: '" + "-" * 3000 + "x'\n",
    "superscript year": "- name: odd year\n  query: ''\n  filters:\n    years: ['²']\n",
    "ten megabytes": "".join(
        f"- name: search {i}\n  query: japan OR country:MY\n" for i in range(250_000)
    ),
}


@pytest.mark.parametrize("text", SAVED.values(), ids=SAVED.keys())
async def test_hostile_saved_searches_never_stop_the_app(
    readout_folder: Path, app_factory, text: str
) -> None:
    (readout_folder / FILE_NAME).write_text(text, encoding="utf-8")
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 3
        assert "Saved searches:" in messages(app)


@pytest.mark.parametrize("kind", ["device", "fifo"])
async def test_a_saved_searches_device_or_fifo_is_reported(
    readout_folder: Path, app_factory, kind: str
) -> None:
    path = readout_folder / FILE_NAME
    if kind == "device":
        path.symlink_to("/dev/zero")
    else:
        os.mkfifo(path)
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 3
        assert "not a regular file" in messages(app)


SESSIONS = {
    "deep json": b"[" * 5000 + b"]" * 5000,
    "bad selector": json.dumps({"query": "japan", "focused": "meetings]"}).encode(),
    "superscript year": json.dumps({"filters": {"years": ["²"]}}).encode(),
    "deep query": json.dumps({"query": "(" * 500 + "japan"}).encode(),
}


@pytest.mark.parametrize("raw", SESSIONS.values(), ids=SESSIONS.keys())
async def test_a_hostile_session_never_stops_the_app(
    readout_folder: Path, app_factory, tmp_path: Path, raw: bytes
) -> None:
    session = tmp_path / "state" / "session.json"
    session.parent.mkdir(parents=True)
    session.write_bytes(raw)
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count >= 1
        assert app.screen.query_one(FilterPane) is not None
        damaged = raw.startswith(b"[")  # the others are whole sessions with one bad field
        assert ("Your last session was not restored" in messages(app)) is damaged


async def test_a_note_that_cannot_be_saved_stays_in_the_editor(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    import shutil

    from textual.widgets import TextArea

    from summit_tui.screens.note_editor import NoteEditor

    user = tmp_path / "user"
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"An hour of typing")
        shutil.rmtree(user)  # the notes folder is gone (an unmounted or deleted folder)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "An hour of typing"
        assert "Could not save" in messages(app) and "still in the editor" in messages(app)
        current = app.main.query_one(MeetingList).current.id
        assert app.userdata.note(current) == ""
        user.mkdir()  # the folder is back: the same keys save it
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert app.userdata.note(current) == "An hour of typing"
        assert "Note saved" in messages(app)


async def test_a_notes_file_with_a_superscript_record_number_is_set_aside(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    notes = tmp_path / "user" / "userdata.json"
    notes.parent.mkdir(parents=True)
    notes.write_text(
        json.dumps({"notes": {"²": {"id": "x", "text": "t", "created": "", "updated": ""}}}),
        encoding="utf-8",
    )
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 3
        assert "was damaged" in messages(app) and "corrupt-" in messages(app)
        assert not app.userdata.read_only


async def test_an_unusable_cache_folder_still_shows_every_meeting(
    readout_folder: Path, tmp_path: Path, unusable_cache: Path
) -> None:
    from summit_tui.app import make_app

    app = make_app(
        readout_folder,
        db_path=unusable_cache,
        userdata_path=tmp_path / "user" / "userdata.json",
        session_file=tmp_path / "state" / "session.json",
        watch=False,
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 3
        assert "working from memory" in messages(app)
        assert "Loading failed" not in messages(app)
        (readout_folder / "2023-11-02-japan-brunei-telephone-talk.yaml").unlink()
        await pilot.press("ctrl+r")  # a reload syncs in memory: no second notice
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 2
        assert messages(app).count("working from memory") == 1


async def test_the_export_dialog_asks_before_replacing_a_file(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    from textual.widgets import Input

    from summit_tui.screens.export_dialog import ExportScreen

    target = tmp_path / "mine.md"
    target.write_text("an hour of work\n")
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        path_box = screen.query_one("#export-path", Input)
        path_box.value = str(target)
        path_box.focus()
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        assert app.screen is screen  # asked, not written
        assert target.read_text() == "an hour of work\n"
        path_box.value = str(tmp_path / "other.md")  # another name, then back: asks again
        await pilot.pause()
        path_box.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        assert target.read_text() == "an hour of work\n"
        await pilot.press("ctrl+s")  # asked twice for the same file: replaced
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not screen
        assert "Japan-Malaysia Summit Meeting" in target.read_text(encoding="utf-8")


async def test_a_fifo_in_place_of_the_search_index_file_is_set_aside(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    import stat
    import threading

    from summit_tui.core.search.index_file import index_cache_path

    first = app_factory(readout_folder, watch=False)
    async with first.run_test(size=SIZE) as pilot:
        await wait_loaded(first, pilot)  # the cache, and its index file
    fifo = index_cache_path(tmp_path / "cache" / "db.json")
    fifo.unlink()
    os.mkfifo(fifo)
    waited = threading.Event()

    def unblock() -> None:  # a load stuck opening the FIFO goes on: the test fails, not hangs
        waited.set()
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Timer(20, unblock)
    watchdog.start()
    app = app_factory(readout_folder, watch=False)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await wait_loaded(app, pilot)
            assert app.screen.query_one(MeetingList).row_count == 3
            shown = messages(app)
    finally:
        watchdog.cancel()
    assert not waited.is_set(), "the load waited for a writer to the FIFO"
    assert "The search index file could not be used" in shown and "FIFO" in shown
    (aside,) = fifo.parent.glob(fifo.name + ".corrupt-*")
    assert stat.S_ISFIFO(os.lstat(aside).st_mode)
