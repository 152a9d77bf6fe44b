"""``summit-tui index``: the sync without the UI, on real folders and databases in tmp_path."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from summit_tui.cli.main import main
from summit_tui.core.search.index_file import index_cache_path
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.shards import shard_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate


def readout_yaml(title: str, date: str) -> str:
    return f"title: {title}\ndate: {date}\ncountries: [NO, CL]\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "readouts"
    data.mkdir()
    (data / "a.yaml").write_text(readout_yaml("Alpha Talks", "2031-01-05"), encoding="utf-8")
    (data / "b.yaml").write_text(readout_yaml("Bravo Summit", "2031-03-01"), encoding="utf-8")
    return data


def index(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["index", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_index_fills_the_database_quietly(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    code, out, err = index(capsys, str(folder), "--db", str(db))
    assert code == 0
    assert out == ""
    [line] = err.splitlines()  # not a terminal: one summary line
    assert line.startswith("summit-tui index: 2 readouts in ") and "2 new" in line
    store = ReadoutStore(path=db)
    assert sorted(e.id for e in store.entries()) == ["a", "b"]
    store.close()
    assert index_cache_path(db).exists()  # the app starts with its search index ready


def test_second_run_is_up_to_date(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    index(capsys, str(folder), "--db", str(db))
    code, _, err = index(capsys, str(folder), "--db", str(db))
    assert code == 0 and "up to date" in err


def test_problems_exit_1_and_are_counted(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    code, out, err = index(capsys, str(folder), "--db", str(tmp_path / "db.json"))
    assert code == 1
    assert out == ""
    assert "2 readouts" in err and "1 file with problems" in err


def test_missing_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = index(capsys, str(tmp_path / "nope"), "--db", str(tmp_path / "db.json"))
    assert code == 2 and out == ""
    assert "is not a folder" in err
    assert not (tmp_path / "db.json").exists()


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["index"])
    assert exc.value.code == 2


def test_a_larger_folder_is_parsed_on_processes_with_the_same_result(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "generated"
    generate(data, 260, seed=7, processes=1)  # above the in-process limit
    db = tmp_path / "db.json"
    code, _, err = index(capsys, str(data), "--db", str(db))
    assert code == 0 and "260 readouts" in err
    in_process = ReadoutStore()
    in_process.sync(data, batch_size=10)
    by_path = {
        d["path"]: d
        for shard in shard_folder(db).glob("shard-*.json")
        for d in json.loads(shard.read_text("utf-8"))["files"].values()
    }
    for entry in in_process.entries():
        doc = by_path[entry.path]
        offset, length, _ = doc["text"]
        texts = (shard_folder(db) / f"shard-{shard_of(entry.path):02d}.texts").read_bytes()
        stored = json.loads(texts[offset : offset + length])
        assert stored["path"] == entry.path
        assert (doc["id"], doc["title"], doc["date"]) == (
            entry.id,
            entry.title,
            entry.date.isoformat(),
        )
        assert stored["readout"] == entry.readout.to_dict()
        assert stored["topics"] == list(entry.topics)
        assert stored["mentions"] == list(entry.mentions)
        assert stored["section_topics"] == [list(t) for t in entry.section_topics]
    assert len(by_path) == 260 == len(os.listdir(data)) - (".complete" in os.listdir(data))
