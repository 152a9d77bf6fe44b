"""Odd folders and files in the app: a name that is not UTF-8, two files with one id."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import wait_loaded, write_readouts
from test_browse import SIZE, plain, titles
from textual.widgets import Static

from summit_tui.screens.problems import ProblemsScreen


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
