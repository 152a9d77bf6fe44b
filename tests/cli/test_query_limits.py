"""``summit-tui search`` refuses a query past the limits with a usage error, at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.cli.main import main


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 400 + "trade", "more than 32 levels deep"),
        ("-" * 5000 + "trade", "more than 32 levels deep"),
        ("trade " + "w" * 10_000, "the longest searched is 200"),
    ],
    ids=["parentheses", "dashes", "long-word"],
)
def test_query_past_the_limits_is_a_usage_error(
    tmp_path: Path, query: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    code = main(["search", "--data", str(folder), "--db", str(tmp_path / "db.json"), "--", query])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert message in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "db.json").exists()  # refused before any file was read


def error_lines(tmp_path: Path, query: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The lines ``summit-tui search`` prints on stderr when it refuses the query."""
    folder = tmp_path / "readouts"
    folder.mkdir(exist_ok=True)
    code = main(["search", "--data", str(folder), "--db", str(tmp_path / "db.json"), "--", query])
    assert code == 2
    return capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    ("query", "at", "cut"),
    [
        ("trade " + "w" * 10_000, 6, "end"),
        ("(" * 400 + "trade", 32, "both"),
        ("-" * 5000 + "trade", 32, "both"),
        ("trade " * 2000 + "(" * 40 + "x", 12_032, "start"),
        ("x" * 10_000 + ":trade", 0, "end"),  # an unknown field, named in the message too
    ],
    ids=["long-word", "parentheses", "dashes", "deep-at-the-end", "long-field-name"],
)
def test_a_long_refused_query_is_echoed_in_part_around_the_place(
    tmp_path: Path, query: str, at: int, cut: str, capsys: pytest.CaptureFixture[str]
) -> None:
    message, echo, caret = error_lines(tmp_path, query, capsys)
    assert len(message) < 200
    assert echo.startswith("  ") and caret.startswith("  ")
    echo, caret = echo[2:], caret[2:]
    assert len(echo) <= 62  # 60 characters of the query, and "…" where it is cut
    assert echo.startswith("…") == (cut in ("start", "both"))
    assert echo.endswith("…") == (cut in ("end", "both"))
    assert caret.strip() == "^"
    under = len(caret) - 1
    assert echo[under] == query[at]  # the caret stands under the place
    body = echo.removeprefix("…").removesuffix("…")
    start = at - under + (len(echo) - len(echo.removeprefix("…")))
    assert query[start : start + len(body)] == body


def test_a_short_refused_query_is_echoed_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message, echo, caret = error_lines(tmp_path, "japan (trade", capsys)
    assert message.endswith("'(' is never closed (at 7)")
    assert (echo, caret) == ("  japan (trade", "        ^")


def test_the_echo_of_a_refused_query_is_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "\x1b]0;owned\x07 \u202e\ttrade\n(" + "date:\x1b[31m"
    message, echo, caret = error_lines(tmp_path, query, capsys)
    for line in (message, echo, caret):
        assert not any(ch in line for ch in "\x1b\x07\u202e\t\n")
    assert "bad date" in message
    shown = echo[2:][: len(caret) - 2]
    assert shown.endswith("(date:\ufffd")  # a tab shown as spaces keeps the caret in place
