"""``summit-tui search`` refuses a query past the limits with a usage error, at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.cli import main


@pytest.mark.parametrize(("query", "message"), [
    ("(" * 400 + "trade", "more than 32 levels deep"),
    ("-" * 5000 + "trade", "more than 32 levels deep"),
    ("trade " + "w" * 10_000, "the longest searched is 200"),
], ids=["parentheses", "dashes", "long-word"])
def test_query_past_the_limits_is_a_usage_error(tmp_path: Path, query: str, message: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    code = main(["search", "--data", str(folder), "--db", str(tmp_path / "db.json"), "--", query])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert message in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "db.json").exists()  # refused before any file was read
