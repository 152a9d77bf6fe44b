"""Listing a readout folder: in this process and in a helper process, with the same result."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summit_tui.core.files.listing import UNSTAMPED, BackgroundScan, FileStamp, scan_folder
from summit_tui.core.store.readouts import ReadoutStore


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Readouts at the top and in subfolders, with files and folders that are not readouts."""
    data = tmp_path / "data"
    for rel in (
        "a.yaml",
        "b.YML",
        "2024/c.yaml",
        "2024/may/d.yml",
        "x/.hidden.yaml",
        ".git/e.yaml",
        "notes.txt",
        "2024/readme.md",
        "odd name ü.yaml",
    ):
        path = data / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"title: {path.stem}\ndate: 2030-01-01\n", encoding="utf-8")
    (data / "folder.yaml").mkdir()  # a folder named like a readout is searched, not read
    (data / "folder.yaml" / "f.yaml").write_text("title: f\ndate: 2030-01-01\n")
    return data


def test_the_listing_has_every_readout_with_its_stamp(folder: Path) -> None:
    listed = scan_folder(folder)
    assert sorted(listed) == sorted(
        [
            "a.yaml",
            "b.YML",
            "odd name ü.yaml",
            os.path.join("2024", "c.yaml"),
            os.path.join("2024", "may", "d.yml"),
            os.path.join("folder.yaml", "f.yaml"),
        ]
    )
    st = (folder / "a.yaml").stat()
    assert listed["a.yaml"] == FileStamp(st.st_size, st.st_mtime_ns)
    assert set(scan_folder(folder, stamps=False).values()) == {UNSTAMPED}


def test_a_helper_process_lists_the_folder_as_this_one_does(folder: Path) -> None:
    scan = BackgroundScan(folder)
    scan.start()
    assert scan.result() == scan_folder(folder)
    scan.close()
    assert BackgroundScan(folder / "missing").result() is None  # never started
    gone = BackgroundScan(folder / "missing")
    gone.start()
    assert gone.result() == {}  # as scan_folder of a missing folder


def test_a_helper_that_cannot_run_or_was_stopped_gives_no_listing(folder: Path) -> None:
    broken = BackgroundScan(folder, python=str(folder / "no-such-python"))
    broken.start()
    assert broken.result() is None
    closed = BackgroundScan(folder)
    closed.close()
    closed.start()  # a load that ended starts no process any more
    assert closed.result() is None
    stopped = BackgroundScan(folder)
    stopped.start()
    stopped.close()
    assert stopped.result() in (None, scan_folder(folder))  # killed, or done just before


def test_a_sync_given_a_listing_reads_what_it_lists(folder: Path, tmp_path: Path) -> None:
    listed = scan_folder(folder)
    del listed["a.yaml"]  # as if listed before the file was there
    store = ReadoutStore(path=tmp_path / "db.json")
    report = store.sync(folder, scanned=listed)
    assert report.added == len(listed) and "a" not in {e.id for e in store.entries()}
    report = store.sync(folder)  # a sync that lists for itself finds it
    assert report.added == 1 and "a" in {e.id for e in store.entries()}
