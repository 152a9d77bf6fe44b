"""Odd folders and files in the app: a name that is not UTF-8, two files with one id."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from driving import SIZE, plain, titles, wait_loaded, write_readouts
from fault_fs import damage_record, damage_record_in_place
from textual.widgets import Static
from waiting import pilot_wait_until

from summit_tui.screens.problems import ProblemsScreen
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput


async def test_a_file_name_that_is_not_utf8_is_one_problem(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts")
    seed = folder / "2024-05-23-japan-malaysia-summit-meeting.yaml"
    shutil.copy(seed, os.path.join(os.fsencode(folder), b"caf\xe9-readout.yaml"))
    seed.unlink()  # the copy alone holds the seed's id
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert len(titles(app)) == 2  # the others, intact
        assert [p.path for p in app.problems] == ["caf\\xe9-readout.yaml"]
        assert app.watcher is not None and app.watcher.running
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        text = plain(app.screen.query_one("#problems-text", Static))
        assert "caf\\xe9-readout.yaml" in text and "not valid UTF-8" in text
        await pilot.press("escape")
        # The watcher goes on: a change to the odd file and a new file are both seen.
        with open(os.path.join(os.fsencode(folder), b"caf\xe9-readout.yaml"), "ab") as fh:
            fh.write(b"# changed\n")
        shutil.copy(
            folder / "2022-06-15-australia-india-video-conference.yaml", folder / "new.yaml"
        )
        await pilot_wait_until(pilot, lambda: len(titles(app)) == 3 and not app.loading)
        assert len(titles(app)) == 3 and app.watcher.running
        assert {p.path for p in app.problems} == {"caf\\xe9-readout.yaml", "new.yaml"}


async def test_two_files_with_one_id_are_both_listed_and_the_clash_shown(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts")
    seed = folder / "2024-05-23-japan-malaysia-summit-meeting.yaml"
    text = seed.read_text(encoding="utf-8")
    (folder / "copy.yaml").write_text(
        text.replace("title: Japan-Malaysia Summit Meeting", "title: Copied Summit Meeting"),
        "utf-8",
    )
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        shown = titles(app)
        assert len(shown) == 4
        assert {"Japan-Malaysia Summit Meeting", "Copied Summit Meeting"} <= set(shown)
        assert [p.path for p in app.problems] == ["copy.yaml"]  # later by path
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        text = plain(app.screen.query_one("#problems-text", Static))
        assert "duplicate id '2024-05-23-japan-malaysia-summit-meeting'" in text
        assert f"copy.yaml{chr(10)}" in text and f"{seed.name} uses it too" in text
        await pilot.press("escape")
        (folder / "copy.yaml").unlink()  # the watcher reloads: one readout, no problem
        await pilot_wait_until(pilot, lambda: len(titles(app)) == 3 and not app.loading)
        assert "Japan-Malaysia Summit Meeting" in titles(app) and not app.problems


@pytest.mark.parametrize(
    "damage",
    [damage_record, damage_record_in_place],
    ids=["shard-rewritten", "in-place-size-and-times-kept"],
)
async def test_a_damaged_cached_readout_is_read_again_at_start(
    tmp_path: Path, app_factory, damage: Callable[[Path, str], None]
) -> None:
    folder = write_readouts(tmp_path / "readouts")
    first = app_factory(folder, watch=False)
    async with first.run_test(size=SIZE) as pilot:
        await wait_loaded(first, pilot)
    db = tmp_path / "cache" / "db.json"
    damage(db, "2022-06-15-australia-india-video-conference.yaml")
    app = app_factory(folder, watch=False)
    notices: list[str] = []
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_loaded(app, pilot)
        notices = [n.message for n in app._notifications]
        app.screen.query_one(SearchInput).value = "lithium"
        await pilot.pause()
        await pilot.pause()
        assert titles(app) == ["Australia-India Video Conference on Critical Minerals"]
        assert not app.screen.query_one(MeetingList).current.damaged
    assert any("was damaged" in n and "australia-india" in n for n in notices)
