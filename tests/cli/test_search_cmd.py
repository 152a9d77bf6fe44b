"""``summit-tui search`` end to end, on real folders and databases in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from summit_tui.cli.main import main
from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.readout import Readout, Section


def _readout(
    rid: str, date: str, countries: tuple[str, ...], *sections: tuple[str, str], title: str = ""
) -> Readout:
    return Readout(
        id=rid,
        title=title or f"Talks {rid}",
        date=dt.date.fromisoformat(date),
        kind="summit",
        countries=countries,
        sections=tuple(
            Section(heading=h, number=str(i + 1), paragraphs=(p,))
            for i, (h, p) in enumerate(sections)
        ),
    )


READOUTS = [
    _readout(
        "fr-my",
        "2024-03-01",
        ("FR", "MY"),
        ("Bilateral relations", "Maritime security and fisheries."),
        ("Regional affairs", "The situation in Ukraine."),
    ),
    _readout(
        "de-in",
        "2023-02-01",
        ("DE", "IN"),
        ("Trade", "Maritime trade routes, maritime ports and maritime shipping."),
    ),
    _readout(
        "jp-br", "2022-01-01", ("JP", "BR"), ("Climate", "Forests and the energy transition.")
    ),
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for r in READOUTS:
        (folder / f"{r.id}.yaml").write_text(dump_readout(r), encoding="utf-8")
    return folder


def search(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """Run the command with a database in tmp_path; return exit code, stdout and stderr."""
    code = main(["search", *args, "--data", str(data), "--db", str(data.parent / "db.json")])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_when_stdout_is_not_a_terminal(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = search(capsys, data, "maritime")
    assert code == 0 and err == ""
    found = json.loads(out)
    assert [r["id"] for r in found] == ["de-in", "fr-my"]  # three hits rank above one
    assert found[1] == {
        "id": "fr-my",
        "date": "2024-03-01",
        "title": "Talks fr-my",
        "kind": "summit",
        "countries": ["FR", "MY"],
        "sections": ["1. Bilateral relations"],
        "path": "fr-my.yaml",
    }


def test_order_limit_and_fields(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = search(capsys, data, "maritime", "--order", "newest", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["fr-my", "de-in"]
    code, out, _ = search(capsys, data, "maritime", "--limit", "1")
    assert [r["id"] for r in json.loads(out)] == ["de-in"]
    code, out, _ = search(capsys, data, 'country:MY OR country:"Brazil"')
    assert [r["id"] for r in json.loads(out)] == ["fr-my", "jp-br"]
    assert all(r["sections"] == [] for r in json.loads(out))  # no words: no matched sections
    code, out, _ = search(capsys, data, "section:regional ukraine")
    assert json.loads(out)[0]["sections"] == ["2. Regional affairs"]
    code, out, _ = search(capsys, data, "")
    assert [r["id"] for r in json.loads(out)] == ["fr-my", "de-in", "jp-br"]


def test_nothing_matches_exits_1(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = search(capsys, data, "section:climate maritime")
    assert code == 1 and json.loads(out) == []


@pytest.mark.parametrize(
    ("query", "message", "caret"),
    [
        ('country:"MY', "unclosed quote", 8),
        ("maritime colour:red", "unknown field", 9),
        ("date:2024-13", "no such day or month", 5),
        ("(a OR b", "never closed", 0),
    ],
)
def test_malformed_query_exits_2_with_position(
    capsys: pytest.CaptureFixture[str], data: Path, query: str, message: str, caret: int
) -> None:
    code, out, err = search(capsys, data, query)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert message in lines[0] and f"(at {caret + 1})" in lines[0]
    assert lines[1] == f"  {query}"
    assert lines[2] == "  " + " " * caret + "^"
    assert not (data.parent / "db.json").exists()  # nothing was read or stored


def test_table_on_a_terminal(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, out, _ = search(capsys, data, "maritime", "--limit", "1")
    assert code == 0
    assert "Talks de-in" in out and "1. Trade" in out and "DE IN" in out
    assert "1 of 2 readouts" in out
    assert not out.lstrip().startswith("[")
    code, out, err = search(capsys, data, "zzzz")
    assert code == 1 and out == "" and "no readouts match" in err


def test_index_cache_is_written_reused_and_refreshed(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    cache = data.parent / "db.json.index"
    search(capsys, data, "forests")
    stamp = cache.stat().st_mtime_ns
    code, out, _ = search(capsys, data, "forests")
    assert cache.stat().st_mtime_ns == stamp  # loaded, not rewritten
    assert [r["id"] for r in json.loads(out)] == ["jp-br"]
    changed = _readout("jp-br", "2022-01-01", ("JP", "BR"), ("Climate", "Glaciers."))
    (data / "jp-br.yaml").write_text(dump_readout(changed), encoding="utf-8")
    os.utime(data / "jp-br.yaml", ns=(10**18, 10**18))
    code, out, _ = search(capsys, data, "forests")
    assert code == 1
    code, out, _ = search(capsys, data, "glaciers")
    assert [r["id"] for r in json.loads(out)] == ["jp-br"]
    cache.write_bytes(b"damaged")
    code, out, _ = search(capsys, data, "glaciers")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["jp-br"]


def test_broken_files_are_reported_and_left_out(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    (data / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    code, out, err = search(capsys, data, "maritime")
    assert code == 0 and len(json.loads(out)) == 2
    assert "1 file could not be read" in err and "summit-tui check" in err


def test_bad_folder_and_bad_limit_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = search(capsys, tmp_path / "missing", "maritime")
    assert code == 2 and "is not a folder" in err
    with pytest.raises(SystemExit) as exc:
        main(["search", "maritime", "--limit", "0"])
    assert exc.value.code == 2
