"""Watching the folder while the app runs: new, changed and deleted files show up by themselves."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from driving import THREE_READOUTS, wait_loaded
from textual.message import Message
from textual.notifications import Notify
from waiting import pilot_wait_until

import summit_tui.core.store.folder_check as check_module
import summit_tui.core.store.readouts as store_module
from summit_tui.app import SummitApp
from summit_tui.cli.main import start_app
from summit_tui.core.store.layout import SHARDS
from summit_tui.core.store.paths import shard_folder
from summit_tui.messages import FolderChanged, Loaded
from summit_tui.widgets.meeting_list import MeetingList

NEW_READOUT = """\
id: 2021-03-09-chile-norway-telephone-talk
title: Chile-Norway Telephone Talk on Salmon Farming
kind: telephone-talk
date: 2021-03-09
countries: [CL, "NO"]
summary: A fictional readout written for the summit-tui tests.
"""

BRUNEI = "2023-11-02-japan-brunei-telephone-talk.yaml"
#: The Brunei readout with a new title.
BRUNEI_RENAMED = THREE_READOUTS[BRUNEI].replace(
    "title: Japan-Brunei Telephone Talk", "title: Japan-Brunei Talk on Hydrogen"
)


class Seen:
    """The messages of interest the app handled, by kind."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, FolderChanged | Loaded | Notify):
            self.messages.append(message)

    def count(self, kind: type[Message]) -> int:
        return sum(isinstance(m, kind) for m in self.messages)

    def loaded(self) -> list[Loaded]:
        return [m for m in self.messages if isinstance(m, Loaded)]

    def notices(self) -> list[str]:
        return [str(m.notification.message) for m in self.messages if isinstance(m, Notify)]


async def watching(app: SummitApp, pilot) -> None:
    """The first load is done and the watcher sees changes in the folder."""
    await wait_loaded(app, pilot)
    await pilot_wait_until(pilot, lambda: app.watcher is not None and app.watcher.ready.is_set())
    await pilot_wait_until(pilot, lambda: not app.load_running())


def titles(app: SummitApp) -> list[str]:
    results = app.main.query_one(MeetingList).results
    return [] if results is None else [e.readout.title for e in results]  # None: nothing yet


async def test_a_new_file_appears_in_the_list(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await watching(app, pilot)
        assert len(titles(app)) == 3
        (readout_folder / "2021").mkdir()
        (readout_folder / "2021" / "chile-norway.yaml").write_text(NEW_READOUT, encoding="utf-8")
        await pilot_wait_until(
            pilot, lambda: "Chile-Norway Telephone Talk on Salmon Farming" in titles(app)
        )
        assert len(titles(app)) == 4


async def test_a_changed_title_is_shown(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    seen = Seen()
    async with app.run_test(size=(160, 48), message_hook=seen) as pilot:
        await watching(app, pilot)
        (readout_folder / BRUNEI).write_text(BRUNEI_RENAMED, encoding="utf-8")
        await pilot_wait_until(pilot, lambda: "Japan-Brunei Talk on Hydrogen" in titles(app))
        assert "Japan-Brunei Telephone Talk" not in titles(app)
        await pilot_wait_until(pilot, lambda: "Readouts: 1 updated" in seen.notices())


async def test_a_file_changed_once_the_first_load_read_it_is_read_again(
    readout_folder: Path, app_factory
) -> None:
    seen = Seen()

    def change_when_read(message: Message) -> None:
        seen(message)
        if isinstance(message, Loaded) and len(seen.loaded()) == 1:
            # The first load has read the whole folder and has not ended yet.
            (readout_folder / BRUNEI).write_text(BRUNEI_RENAMED, encoding="utf-8")

    app = app_factory(readout_folder)
    async with app.run_test(size=(160, 48), message_hook=change_when_read) as pilot:
        await pilot_wait_until(pilot, lambda: "Japan-Brunei Talk on Hydrogen" in titles(app))
        assert "Japan-Brunei Telephone Talk" not in titles(app)
        assert seen.count(FolderChanged) >= 1


async def test_a_deleted_file_disappears(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await watching(app, pilot)
        (readout_folder / BRUNEI).unlink()
        await pilot_wait_until(pilot, lambda: "Japan-Brunei Telephone Talk" not in titles(app))
        assert len(titles(app)) == 2


async def test_hidden_and_other_files_cause_no_reload(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    seen = Seen()
    async with app.run_test(size=(160, 48), message_hook=seen) as pilot:
        await watching(app, pilot)
        loads = len(seen.loaded())
        (readout_folder / "notes.txt").write_text("not a readout\n", encoding="utf-8")
        (readout_folder / ".draft.yaml").write_text(NEW_READOUT, encoding="utf-8")
        (readout_folder / ".git").mkdir()
        (readout_folder / ".git" / "chile-norway.yaml").write_text(NEW_READOUT, encoding="utf-8")
        # Nothing to wait for: that nothing happens is what is checked, over more than a
        # burst's quiet time and a reload.
        await pilot.pause(1.0)
        assert seen.count(FolderChanged) == 0
        assert len(seen.loaded()) == loads
        # The watcher was listening all along: a readout file is seen.
        (readout_folder / "chile-norway.yaml").write_text(NEW_READOUT, encoding="utf-8")
        await pilot_wait_until(pilot, lambda: len(titles(app)) == 4)
        assert seen.count(FolderChanged) == 1


async def test_a_burst_is_one_reload_and_a_running_load_is_not_stopped(
    readout_folder: Path, app_factory
) -> None:
    app = app_factory(readout_folder)
    seen = Seen()
    async with app.run_test(size=(160, 48), message_hook=seen) as pilot:
        await watching(app, pilot)
        loads = len(seen.loaded())
        for i in range(200):
            text = NEW_READOUT.replace("2021-03-09-chile", f"2021-03-09-chile-{i}")
            (readout_folder / f"chile-norway-{i}.yaml").write_text(text, encoding="utf-8")
        await pilot_wait_until(pilot, lambda: len(titles(app)) == 203)
        await pilot_wait_until(pilot, lambda: not app.load_running())
        assert seen.count(FolderChanged) == 1
        assert len(seen.loaded()) == loads + 1

        # A change seen while a load runs waits for it, then is read.
        app.load()
        app.post_message(FolderChanged())
        await pilot_wait_until(pilot, lambda: len(seen.loaded()) == loads + 3)
        assert not any(m.report.cancelled for m in seen.loaded())


LOADED = 30.0  # seconds: a bound for a whole load of many files on a busy machine


async def test_changes_while_a_load_runs_are_read_after_it(tmp_path: Path, app_factory) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    for i in range(150):  # enough changed files for the load to take a moment
        text = NEW_READOUT.replace("2021-03-09-chile", f"2021-03-09-chile-{i}")
        (folder / f"chile-norway-{i}.yaml").write_text(text, encoding="utf-8")
    app = app_factory(folder)
    seen = Seen()
    async with app.run_test(size=(160, 48), message_hook=seen) as pilot:
        await watching(app, pilot)
        for path in folder.iterdir():
            st = path.stat()
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
        app.load()  # every file changed: this load reads them all
        (folder / "brunei.yaml").write_text(THREE_READOUTS[BRUNEI], encoding="utf-8")
        # 150 files read again, then the watcher's next load: slow on a loaded machine.
        await pilot_wait_until(
            pilot, lambda: "Japan-Brunei Telephone Talk" in titles(app), timeout=LOADED
        )
        await pilot_wait_until(pilot, lambda: not app.load_running(), timeout=LOADED)
        assert len(titles(app)) == 151
        assert not any(m.report.cancelled for m in seen.loaded())


async def test_the_app_exits_cleanly_with_the_watcher_running(
    readout_folder: Path, app_factory
) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await watching(app, pilot)
        watcher = app.watcher
        assert watcher is not None and watcher.running
        await pilot.press("q")
    assert not watcher.running
    assert "summit-tui-watch" not in {t.name for t in threading.enumerate()}


async def test_no_watch_leaves_reloading_to_ctrl_r(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        assert app.watcher is None
        (readout_folder / "chile-norway.yaml").write_text(NEW_READOUT, encoding="utf-8")
        await pilot.press("ctrl+r")
        await pilot_wait_until(pilot, lambda: len(titles(app)) == 4)
        assert app.watcher is None


async def test_a_folder_that_goes_away_is_reported_once(tmp_path: Path, app_factory) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    (folder / BRUNEI).write_text(THREE_READOUTS[BRUNEI], encoding="utf-8")
    app = app_factory(folder)
    seen = Seen()
    async with app.run_test(size=(160, 48), message_hook=seen) as pilot:
        await watching(app, pilot)
        folder.rename(tmp_path / "moved")
        # The notice and the watcher's stop come from two threads: wait for both.
        await pilot_wait_until(
            pilot,
            lambda: (
                any("ctrl+r" in n for n in seen.notices())
                and app.watcher is not None
                and not app.watcher.running
            ),
        )
        (tmp_path / "moved" / "chile-norway.yaml").write_text(NEW_READOUT, encoding="utf-8")
        # Nothing to wait for: that the stopped watcher reports nothing is what is checked,
        # over more than a burst's quiet time.
        await pilot.pause(0.5)
        notices = [n for n in seen.notices() if "no longer picked up" in n]
        assert len(notices) == 1
        assert seen.count(FolderChanged) == 0


def test_no_watch_option_is_listed(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "summit_tui", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert "--no-watch" in done.stdout


async def test_a_warm_start_syncs_with_the_helper_process_listing(
    readout_folder: Path, app_factory, monkeypatch
) -> None:
    """The folder is listed by a helper process while the cache is read, not by the load:
    a change made before the start is still found; with watching off too."""
    first = app_factory(readout_folder)
    async with first.run_test() as pilot:
        await watching(first, pilot)  # the cache is made: the next start is warm
    (readout_folder / "new.yaml").write_text(NEW_READOUT, encoding="utf-8")
    listed_here: list[Path] = []
    real = store_module.scan_folder

    def scan_here(folder: Path, stamps: bool = True):  # the real listing, counted
        listed_here.append(folder)
        return real(folder, stamps)

    monkeypatch.setattr(store_module, "scan_folder", scan_here)
    for watch in (True, False):
        app = app_factory(readout_folder, watch=watch)
        async with app.run_test() as pilot:
            await wait_loaded(app, pilot)
            await pilot_wait_until(pilot, lambda app=app: not app.load_running())
            assert "Chile-Norway Telephone Talk on Salmon Farming" in titles(app)
        assert listed_here == []  # the helper's listing was used


async def test_a_change_between_the_listing_and_the_watchers_start_is_read(
    readout_folder: Path, app_factory, monkeypatch
) -> None:
    """The helper compares the folder with the cache from the start, before the watcher is
    ready: a file changed between the two is found by the comparison made once the watcher
    is ready."""
    first = app_factory(readout_folder)
    async with first.run_test() as pilot:
        await watching(first, pilot)  # the cache is made: the next start is warm
    # The folder as the helper first compares it, before the file is written.
    before = check_module.check_folder(readout_folder, shard_folder(first.db_path), SHARDS)
    assert not before.changed and not before.gone
    (readout_folder / "new.yaml").write_text(NEW_READOUT, encoding="utf-8")
    real = check_module.BackgroundCheck.check
    calls: list[int] = []

    def check(self: check_module.BackgroundCheck, timeout: float = 60.0):
        calls.append(1)
        return before if len(calls) == 1 else real(self, timeout)

    monkeypatch.setattr(check_module.BackgroundCheck, "check", check)
    app = app_factory(readout_folder)
    async with app.run_test() as pilot:
        await pilot_wait_until(
            pilot, lambda: "Chile-Norway Telephone Talk on Salmon Farming" in titles(app)
        )
    assert len(calls) >= 2


async def test_the_command_starts_the_helper_before_the_app_and_its_first_load_uses_it(
    readout_folder: Path, app_factory, tmp_path: Path, monkeypatch
) -> None:
    first = app_factory(readout_folder)
    async with first.run_test() as pilot:
        await watching(first, pilot)  # the cache is made: the next start is warm
    (readout_folder / "new.yaml").write_text(NEW_READOUT, encoding="utf-8")
    listed_here: list[Path] = []
    real = store_module.scan_folder

    def scan_here(folder: Path, stamps: bool = True):  # the real listing, counted
        listed_here.append(folder)
        return real(folder, stamps)

    monkeypatch.setattr(store_module, "scan_folder", scan_here)
    app = start_app(
        readout_folder,
        db_path=first.db_path,
        userdata_path=tmp_path / "user" / "userdata.json",
        session_file=tmp_path / "state" / "session.json",
        keymap_file=tmp_path / "config" / "keymap.toml",
    )
    early = app.loader._early_check
    assert early is not None and early._proc is not None  # started with the command
    async with app.run_test() as pilot:
        await watching(app, pilot)
        assert "Chile-Norway Telephone Talk on Salmon Farming" in titles(app)
    assert listed_here == []  # its answer was used
