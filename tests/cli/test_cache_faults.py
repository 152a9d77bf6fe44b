"""The data commands over a cache folder that cannot be used: the folder is read in memory,
a notice says so, and no command ends in a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main

DATA = Path(__file__).resolve().parents[2] / "data"
SEED_ID = "2024-05-23-japan-malaysia-summit-meeting"


@pytest.mark.parametrize("command", [
    ["search", "malaysia", "--json"],
    ["export", "malaysia", "-f", "csv"],
    ["show", SEED_ID, "--json"],
])
def test_a_data_command_works_from_memory(
        unusable_cache: Path, capsys: pytest.CaptureFixture, command: list[str]) -> None:
    code = main([*command, "--data", str(DATA), "--db", str(unusable_cache)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "working from memory" in err and "Traceback" not in err
    assert "Japan-Malaysia" in out
    if command[0] == "search":
        assert [r["id"] for r in json.loads(out)] == [SEED_ID]


def test_index_says_the_cache_was_not_written(
        unusable_cache: Path, capsys: pytest.CaptureFixture) -> None:
    code = main(["index", str(DATA), "--db", str(unusable_cache)])
    err = capsys.readouterr().err
    assert code == 1
    assert "working from memory" in err and "in memory, not saved" in err
