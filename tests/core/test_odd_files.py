"""Odd folders and files: names that are not UTF-8, huge files, FIFOs, shared ids, damaged
cached records. Real files in tmp_path, read by the store and by ``check``."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest
from fault_fs import damage_record, damage_record_in_place

from summit_tui.cli import check
from summit_tui.cli.main import main
from summit_tui.core.files.listing import scan_folder
from summit_tui.core.files.readout_yaml import MAX_FILE_BYTES, ReadoutError, load_readout
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.readouts import ReadoutStore


def readout_yaml(title: str, date: str, rid: str | None = None) -> str:
    head = f"id: {rid}\n" if rid else ""
    return f"{head}title: {title}\ndate: {date}\ncountries: [NO, CL]\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two good readouts."""
    data = tmp_path / "readouts"
    data.mkdir()
    (data / "a.yaml").write_text(readout_yaml("Alpha Talks", "2021-01-05"), encoding="utf-8")
    (data / "b.yaml").write_text(readout_yaml("Bravo Summit", "2021-03-01"), encoding="utf-8")
    return data


def add_bad_name(folder: Path) -> None:
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.yaml"), "wb") as fh:
        fh.write(readout_yaml("Cafe Meeting", "2021-04-01").encode())


# --- a file name that is not UTF-8 -----------------------------------------------------------


def test_a_name_that_is_not_utf8_is_one_problem_in_the_store(folder: Path, tmp_path: Path) -> None:
    add_bad_name(folder)
    db = tmp_path / "cache" / "db.json"
    store = ReadoutStore(path=db)
    report = store.sync(folder)
    assert sorted(e.title for e in store.entries()) == ["Alpha Talks", "Bravo Summit"]
    assert [(p.path, "not valid UTF-8" in p.message) for p in report.problems] == [
        ("caf\\xe9.yaml", True)
    ]
    assert store.problems() == report.problems
    store.close()
    again = ReadoutStore(path=db)  # the cache was written, and reads back
    report = again.sync(folder)
    assert report.unchanged == 2 and not report.changed
    assert [p.path for p in again.problems()] == ["caf\\xe9.yaml"]
    assert len(again.entries()) == 2


def test_check_and_search_with_a_name_that_is_not_utf8(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    add_bad_name(folder)
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "caf\\xe9.yaml: the file name is not valid UTF-8" in out
    assert "3 readouts, 1 problem in 1 file" in out
    db = tmp_path / "db.json"
    assert main(["search", "Alpha", "--data", str(folder), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "Alpha Talks" in captured.out and "Traceback" not in captured.err
    assert main(["index", str(folder), "--db", str(db)]) == 1  # 1: a file has a problem
    assert "2 readouts" in capsys.readouterr().err
    assert main(["export", "bravo", "--data", str(folder), "--db", str(db), "-f", "json"]) == 0
    assert "Bravo Summit" in capsys.readouterr().out


# --- a file over the size limit --------------------------------------------------------------


def test_a_huge_sparse_file_is_refused_before_it_is_read(folder: Path, tmp_path: Path) -> None:
    huge = folder / "huge.yaml"
    with open(huge, "wb") as fh:
        fh.truncate(32 * MAX_FILE_BYTES)  # sparse: no disk used, 64 MB if read
    tracemalloc.start()
    try:
        with pytest.raises(ReadoutError, match="larger than"):
            load_readout(huge)
        store = ReadoutStore(path=tmp_path / "db.json")
        report = store.sync(folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [p.path for p in report.problems] == ["huge.yaml"]
    assert "64,000,000 bytes" in report.problems[0].message
    assert len(store.entries()) == 2
    assert peak < MAX_FILE_BYTES  # the file was never read


# --- a FIFO swapped in after the listing ------------------------------------------------------


def run_bounded(folder: Path, job, seconds: float = 20.0):
    """Run ``job`` in a thread; fail (and unblock it) when it hangs on a FIFO."""
    out: dict[str, object] = {}
    thread = threading.Thread(target=lambda: out.setdefault("result", job()), daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        with open(folder / "b.yaml", "wb"):  # a writer lets a blocked open go on
            pass
        thread.join(5)
        pytest.fail("reading a FIFO hung")
    return out["result"]


def swap_for_fifo(folder: Path) -> None:
    (folder / "b.yaml").unlink()
    os.mkfifo(folder / "b.yaml")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_swapped_in_after_listing_is_a_problem_not_a_hang(
    folder: Path, tmp_path: Path
) -> None:
    listing = scan_folder(folder)
    swap_for_fifo(folder)
    store = ReadoutStore(path=tmp_path / "db.json")
    report = run_bounded(folder, lambda: store.sync(folder, scanned=listing))
    assert [p.path for p in report.problems] == ["b.yaml"]
    assert "not a regular file" in report.problems[0].message
    assert [e.title for e in store.entries()] == ["Alpha Talks"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_check_does_not_hang_on_a_fifo_swapped_in(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = list(scan_folder(folder).items())
    swap_for_fifo(folder)
    monkeypatch.setattr(check, "readout_files", lambda _folder: iter(listing))
    count, problems = run_bounded(folder, lambda: check.check_folder(folder))
    assert count == 2
    assert [(p.path, "not a regular file" in p.message) for p in problems] == [("b.yaml", True)]


# --- two files with the same id ---------------------------------------------------------------


def test_two_files_with_one_id_both_load_and_the_clash_is_a_problem(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "a.yaml").write_text(readout_yaml("Alpha Talks", "2021-01-05", "same"), "utf-8")
    (folder / "b.yaml").write_text(readout_yaml("Bravo Summit", "2021-03-01", "same"), "utf-8")
    store = ReadoutStore(path=tmp_path / "db.json")
    report = store.sync(folder)
    entries = store.entries()
    assert sorted((e.path, e.id) for e in entries) == [("a.yaml", "same"), ("b.yaml", "same")]
    assert [(p.path, p.message.split(":")[0]) for p in store.problems()] == [
        ("b.yaml", "duplicate id 'same'")
    ]
    assert "a.yaml uses it too" in store.problems()[0].message
    assert not report.problems  # both files loaded: nothing was left out
    index = SearchIndex(entries)
    assert sorted(e.title for e in index.search("")) == ["Alpha Talks", "Bravo Summit"]
    assert [e.title for e in index.search("bravo")] == ["Bravo Summit"]

    (folder / "b.yaml").unlink()  # one of them goes: the other stays findable
    report = store.sync(folder)
    index.remove_paths(report.removed_paths)
    index.remove(report.removed_ids)
    assert [e.title for e in index.search("")] == ["Alpha Talks"]
    assert index.doc_of("same") is not None and not store.problems()


def test_a_renamed_file_leaves_one_readout_in_the_index(folder: Path) -> None:
    (folder / "b.yaml").write_text(readout_yaml("Bravo Summit", "2021-03-01", "bravo"), "utf-8")
    store = ReadoutStore()
    store.sync(folder)
    index = SearchIndex(store.entries())
    (folder / "b.yaml").rename(folder / "c.yaml")
    report = store.sync(folder, on_batch=index.add)
    index.remove_paths(report.removed_paths)
    index.remove(report.removed_ids)
    assert report.removed_paths == {"b.yaml"} and not report.removed_ids
    assert sorted((e.path, e.title) for e in index.search("")) == [
        ("a.yaml", "Alpha Talks"),
        ("c.yaml", "Bravo Summit"),
    ]


# --- a damaged record in a sound shard ---------------------------------------------------------


def test_a_damaged_record_is_found_at_open_and_read_again(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    store = ReadoutStore(path=db)
    store.sync(folder)
    store.close()
    damage_record(db, "b.yaml")
    store = ReadoutStore(path=db)
    assert any("damaged (b.yaml)" in notice for notice in store.notices)
    report = store.sync(folder)
    assert (report.updated, report.unchanged) == (1, 1) and not report.problems
    entries = {e.path: e for e in store.entries()}
    assert not entries["b.yaml"].damaged and entries["b.yaml"].readout.title == "Bravo Summit"
    assert [e.title for e in SearchIndex(list(entries.values())).search("bravo")] == [
        "Bravo Summit"
    ]
    store.close()
    again = ReadoutStore(path=db)  # mended: no notice, nothing to read
    assert again.notices == [] and again.sync(folder).unchanged == 2


def test_a_record_damaged_in_place_is_found_at_open_and_read_again(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    store = ReadoutStore(path=db)
    store.sync(folder)
    store.close()
    assert ReadoutStore(path=db).notices == []  # sound, and known to be
    damage_record_in_place(db, "b.yaml")  # size, inode and modification time kept
    store = ReadoutStore(path=db)
    assert any("damaged (b.yaml)" in notice for notice in store.notices)
    report = store.sync(folder)
    assert (report.updated, report.unchanged) == (1, 1) and not report.problems
    entries = {e.path: e for e in store.entries()}
    assert not entries["b.yaml"].damaged and entries["b.yaml"].readout.title == "Bravo Summit"
    assert [e.title for e in SearchIndex(list(entries.values())).search("country:CL")] == [
        "Bravo Summit",
        "Alpha Talks",
    ]
    store.close()
    again = ReadoutStore(path=db)  # mended: no notice, nothing to read
    assert again.notices == [] and again.sync(folder).unchanged == 2


def test_search_and_show_read_a_record_damaged_in_place_again(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (folder / "b.yaml").write_text(
        readout_yaml("Bravo Summit", "2021-03-01") + "summary: Lithium supply was discussed.\n",
        encoding="utf-8",
    )
    db = tmp_path / "db.json"
    args = ["--data", str(folder), "--db", str(db)]
    assert main(["search", "lithium", *args]) == 0  # the cache and its search index
    capsys.readouterr()
    damage_record_in_place(db, "b.yaml")
    assert main(["show", "b", *args]) == 0
    captured = capsys.readouterr()
    assert "Lithium supply" in captured.out and "damaged" not in captured.out
    assert "damaged (b.yaml)" in captured.err
    damage_record_in_place(db, "b.yaml")
    # A new file: the search index is built again, from the readouts as the store has them.
    (folder / "c.yaml").write_text(readout_yaml("Charlie Call", "2021-05-01"), encoding="utf-8")
    assert main(["search", "lithium", "--json", *args]) == 0
    captured = capsys.readouterr()
    assert [r["title"] for r in json.loads(captured.out)] == ["Bravo Summit"]
    assert "damaged (b.yaml)" in captured.err


def test_search_and_show_read_a_damaged_record_again(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    db = tmp_path / "db.json"
    args = ["--data", str(folder), "--db", str(db)]
    assert main(["search", "alpha", *args]) == 0  # the cache and its search index
    capsys.readouterr()
    damage_record(db, "b.yaml")
    assert main(["search", "bravo", *args]) == 0
    captured = capsys.readouterr()
    assert "Bravo Summit" in captured.out and "damaged (b.yaml)" in captured.err
    damage_record(db, "b.yaml")
    assert main(["show", "b", *args]) == 0
    out = capsys.readouterr().out
    assert "Bravo Summit" in out and "damaged" not in out
