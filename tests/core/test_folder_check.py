"""The folder compared with the cache by a helper process: the same sync as a listing gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summit_tui.core.files.listing import scan_folder
from summit_tui.core.store.folder_check import (
    BackgroundCheck,
    FolderCheck,
    check_folder,
    check_in_background,
)
from summit_tui.core.store.layout import SHARDS
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import SyncReport
from summit_tui.core.store.shards import shard_of


def write_readouts(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"r{i:03d}.yaml").write_text(
            f"title: Meeting {i}\ndate: 2031-01-{1 + i % 28:02d}\ncountries: [NO, CL]\n",
            encoding="utf-8",
        )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "readouts"
    write_readouts(folder, 60)
    (folder / "2031").mkdir()
    (folder / "2031" / "nested.yaml").write_text(
        "title: Nested Meeting\ndate: 2031-02-01\ncountries: [JP, MY]\n", encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")  # a problem
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "db.json"


def synced(data: Path, db: Path) -> None:
    store = ReadoutStore(path=db)
    store.sync(data)
    store.close()


def change_the_folder(data: Path) -> None:
    """One file edited (new size), one added, one removed."""
    (data / "r017.yaml").write_text(
        "title: Meeting 17, Revised\ndate: 2031-01-18\ncountries: [NO, CL]\n", encoding="utf-8"
    )
    (data / "r099.yaml").write_text(
        "title: Meeting 99\ndate: 2031-03-01\ncountries: [FR, DE]\n", encoding="utf-8"
    )
    (data / "r005.yaml").unlink()


def outcome(store: ReadoutStore, report: SyncReport) -> tuple[object, ...]:
    """What a sync did and what the store holds after it."""
    return (
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        sorted(report.removed_paths),
        sorted(report.removed_ids),
        [(p.path, p.message) for p in report.problems],
        [(e.path, e.id, e.title, e.date) for e in store.entries()],
        [(p.path, p.message) for p in store.problems()],
    )


def both_ways(data: Path, db: Path, tmp_path: Path) -> tuple[tuple[object, ...], ...]:
    """The sync of a copy of the cache with the helper's check, and of another copy with a
    listing of its own: (checked, listed)."""
    results = []
    for way in ("checked", "listed"):
        copy = tmp_path / way / "db.json"
        copy.parent.mkdir()
        shutil.copy2(db, copy)
        shutil.copytree(shard_folder(db), shard_folder(copy))
        store = ReadoutStore(path=copy)
        check = check_folder(data, shard_folder(copy), SHARDS)
        if way == "checked":
            assert store.holds(check)
            report = store.sync(data, checked=check)
        else:
            report = store.sync(data)
        results.append(outcome(store, report))
        store.close()
    return results[0], results[1]


def test_the_helper_finds_what_changed_and_nothing_else(data: Path, db: Path) -> None:
    synced(data, db)
    unchanged = check_folder(data, shard_folder(db), SHARDS)
    assert (unchanged.changed, unchanged.gone, unchanged.listed) == ({}, [], 62)
    change_the_folder(data)
    check = check_folder(data, shard_folder(db), SHARDS)
    listed = scan_folder(data)
    assert check.changed == {rel: tuple(listed[rel]) for rel in ("r017.yaml", "r099.yaml")}
    assert check.gone == ["r005.yaml"]
    assert check.listed == 62
    assert sorted(check.digests) == sorted({shard_of(rel) for rel in listed})


def test_a_helper_process_answers_as_this_one_does(data: Path, db: Path) -> None:
    synced(data, db)
    change_the_folder(data)
    background = check_in_background(data, db)
    assert background.check() == check_folder(data, shard_folder(db), SHARDS)
    background.close()
    never = check_in_background(data, db, start=False)
    assert never.check() is None  # not started
    broken = BackgroundCheck(data, shard_folder(db), SHARDS, python=str(data / "no-python"))
    broken.start()
    assert broken.check() is None  # no helper here: the sync lists the folder itself


def test_a_sync_with_the_check_does_what_a_sync_with_a_listing_does(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    change_the_folder(data)
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert checked[:4] == (1, 1, 1, 60)  # (the problem file is unchanged, and stays one)
    assert "broken.yaml" in {path for path, _ in checked[6]}


def test_a_damaged_copy_in_the_cache_is_read_again_with_the_check(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    tables = json.loads(shard.read_text("utf-8"))
    docs = {d["path"]: d for d in tables["files"].values()}
    other = next(p for p in docs if p != "r010.yaml")
    docs["r010.yaml"]["text"] = docs[other]["text"]  # sound bytes, but another readout's
    shard.write_text(json.dumps(tables), encoding="utf-8")
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert checked[1] == 1  # r010 read again, though its file did not change
    assert ("r010.yaml", "r010", "Meeting 10") in {e[:3] for e in checked[7]}


def test_a_shard_that_is_not_json_is_left_out_and_its_readouts_read_again(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    shard.write_bytes(b"{not json")
    check = check_folder(data, shard_folder(db), SHARDS)
    assert shard_of("r010.yaml") not in check.digests and "r010.yaml" in check.changed
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert "r010.yaml" in {e[0] for e in checked[7]}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_shard_that_is_a_fifo_is_left_out_without_waiting(data: Path, db: Path) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    shard.unlink()
    os.mkfifo(shard)
    check = check_folder(data, shard_folder(db), SHARDS)  # a read would never end
    assert shard_of("r010.yaml") not in check.digests and "r010.yaml" in check.changed


def test_a_check_of_other_bytes_is_not_used(data: Path, db: Path) -> None:
    synced(data, db)
    store = ReadoutStore(path=db)  # holds the shards as they are now
    other = ReadoutStore(path=db)
    change_the_folder(data)
    other.sync(data)  # another window rewrites shards meanwhile
    other.close()
    check = check_folder(data, shard_folder(db), SHARDS)
    assert (check.changed, check.gone) == ({}, [])  # in step with the other window's shards
    assert not store.holds(check)
    report = store.sync(data, checked=check)  # so the folder is listed here
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert not ReadoutStore().holds(FolderCheck({}, {}, [], 0))  # in memory: no shards


def test_a_store_holds_the_shards_it_wrote(data: Path, db: Path) -> None:
    store = ReadoutStore(path=db)
    store.sync(data)
    assert store.holds(check_folder(data, shard_folder(db), SHARDS))
    change_the_folder(data)
    store.sync(data, checked=check_folder(data, shard_folder(db), SHARDS))
    again = check_folder(data, shard_folder(db), SHARDS)
    assert store.holds(again) and (again.changed, again.gone) == ({}, [])


def test_the_helper_imports_nothing_heavy() -> None:
    """The helper process starts with the app, beside the imports of Textual: it loads
    neither TinyDB, YAML, the store nor the search engine."""
    script = (
        "import sys\n"
        "import summit_tui.core.store.folder_check\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in\n"
        "    ('tinydb', 'yaml', 'textual', 'rich') or m.startswith(\n"
        "    ('summit_tui.core.store.readouts', 'summit_tui.core.store.shards',\n"
        "     'summit_tui.core.search', 'summit_tui.core.model')))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_a_readout_found_damaged_after_the_start_is_read_again_with_the_check(
    data: Path, db: Path
) -> None:
    synced(data, db)
    store = ReadoutStore(path=db)  # the stored texts are sound: every entry unbuilt
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    doc = next(
        d
        for d in json.loads(shard.read_text("utf-8"))["files"].values()
        if d["path"] == "r010.yaml"
    )
    with shard.with_suffix(".texts").open("r+b") as fh:  # damaged in place, after the start
        fh.seek(doc["text"][0] + 2)
        fh.write(b"\x00\x00")
    entry = next(e for e in store.entries() if e.id == "r010")
    assert entry.readout is not None and entry.damaged  # found when the list showed it
    check = check_folder(data, shard_folder(db), SHARDS)
    assert store.holds(check) and check.changed == {}  # its file did not change
    report = store.sync(data, checked=check)
    assert (report.updated, report.unchanged) == (1, 61)
    again = next(e for e in store.entries() if e.id == "r010")
    assert not again.damaged and again.readout.title == "Meeting 10"


def test_a_file_name_that_is_not_text_is_one_problem_with_the_check(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    try:
        with open(os.path.join(os.fsencode(data), b"caf\xe9.yaml"), "wb") as fh:
            fh.write(b"title: Caf\ndate: 2031-01-01\n")
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert any(
        path == "caf\\xe9.yaml" and message.startswith("the file name is not valid UTF-8")
        for path, message in checked[6]
    )
