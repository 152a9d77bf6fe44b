"""The data commands over a cache folder that cannot be used: the folder is read in memory,
a notice says so, and no command ends in a traceback."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from summit_tui.cli.main import main
from summit_tui.core.search.index_file import index_cache_path

DATA = Path(__file__).resolve().parents[2] / "data"
SEED_ID = "2024-05-23-japan-malaysia-summit-meeting"


@pytest.mark.parametrize(
    "command",
    [
        ["search", "malaysia", "--json"],
        ["export", "malaysia", "-f", "csv"],
        ["show", SEED_ID, "--json"],
    ],
)
def test_a_data_command_works_from_memory(
    unusable_cache: Path, capsys: pytest.CaptureFixture, command: list[str]
) -> None:
    code = main([*command, "--data", str(DATA), "--db", str(unusable_cache)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "working from memory" in err and "Traceback" not in err
    assert "Japan-Malaysia" in out
    if command[0] == "search":
        assert [r["id"] for r in json.loads(out)] == [SEED_ID]


def test_index_says_the_cache_was_not_written(
    unusable_cache: Path, capsys: pytest.CaptureFixture
) -> None:
    code = main(["index", str(DATA), "--db", str(unusable_cache)])
    err = capsys.readouterr().err
    assert code == 1
    assert "working from memory" in err and "in memory, not saved" in err


@pytest.mark.parametrize(
    "command",
    [
        ["search", "malaysia", "--json", "--data", str(DATA)],
        ["export", "malaysia", "-f", "csv", "--data", str(DATA)],
        ["index", str(DATA)],
    ],
    ids=["search", "export", "index"],
)
def test_a_fifo_in_place_of_the_search_index_file_is_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture, command: list[str]
) -> None:
    db = tmp_path / "cache" / "db.json"
    db.parent.mkdir()
    fifo = index_cache_path(db)
    os.mkfifo(fifo)
    codes: list[int] = []
    worker = threading.Thread(
        target=lambda: codes.append(main([*command, "--db", str(db)])), daemon=True
    )
    worker.start()
    worker.join(20)
    waited = worker.is_alive()
    if waited:  # let the reader go on, so that the test fails rather than hangs
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(20)
    out, err = capsys.readouterr()
    assert not waited, "the command waited for a writer to the FIFO"
    assert codes == [0], err
    assert "The search index file could not be used" in err and "FIFO" in err
    assert "Traceback" not in err
    (aside,) = fifo.parent.glob(fifo.name + ".corrupt-*")
    assert stat.S_ISFIFO(os.lstat(aside).st_mode)
    assert stat.S_ISREG(os.lstat(fifo).st_mode)  # the index saved in its place
    if command[0] != "index":
        assert "Japan-Malaysia" in out
