"""The store's database on disk: a manifest and shards, each rewritten only when it changes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from stores import entry_by_id

from summit_tui.core.search.index_file import store_fingerprint
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.shards import SHARDS, shard_of


def write_readouts(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        name = f"r{i:03d}.yaml"
        (folder / name).write_text(
            f"title: Meeting {i}\ndate: 2031-01-{1 + i % 28:02d}\ncountries: [NO, CL]\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def stamps(
    folder: Path, patterns: tuple[str, ...] = ("shard-*.json", "shard-*.texts")
) -> dict[str, tuple[int, int]]:
    """The stamps of the shards and their side files of texts (the file of their checked
    stamps is no shard; the people files are looked at apart)."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns)
        for pattern in patterns
        for p in folder.glob(pattern)
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "readouts"
    write_readouts(folder, 60)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "db.json"


def test_files_are_spread_over_shards(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    shards = sorted(shard_folder(db).glob("shard-*.json"))
    assert 10 < len(shards) <= SHARDS
    per_shard = {p.name: len(json.loads(p.read_text("utf-8"))["files"]) for p in shards}
    assert sum(per_shard.values()) == 60
    for p in shards:
        for doc in json.loads(p.read_text("utf-8"))["files"].values():
            assert p.name == f"shard-{shard_of(doc['path']):02d}.json"


def test_one_changed_file_rewrites_one_shard(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    before, manifest = stamps(shard_folder(db)), db.stat().st_mtime_ns
    people_before = stamps(shard_folder(db), ("shard-*.people",))
    fingerprint = store_fingerprint(db)
    changed = data / "r017.yaml"
    changed.write_text("title: Meeting 17, Revised\ndate: 2031-01-18\n", encoding="utf-8")
    st = changed.stat()
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))

    store = ReadoutStore(path=db)
    report = store.sync(data)
    assert (report.updated, report.unchanged) == (1, 59)
    after = stamps(shard_folder(db))
    shard = f"shard-{shard_of('r017.yaml'):02d}"
    # The shard rewritten, the new text appended to its side file.
    assert {name for name in after if after[name] != before.get(name)} == {
        f"{shard}.json",
        f"{shard}.texts",
    }
    people_after = stamps(shard_folder(db), ("shard-*.people",))
    assert people_after.keys() == people_before.keys()
    assert {name for name in people_after if people_after[name] != people_before[name]} == {
        f"shard-{shard_of('r017.yaml'):02d}.people"  # the people of its readouts, beside it
    }
    assert db.stat().st_mtime_ns == manifest  # the manifest only changes with the version
    assert store_fingerprint(db) != fingerprint
    assert entry_by_id(ReadoutStore(path=db), "r017").readout.title == "Meeting 17, Revised"


def test_deleted_file_rewrites_its_shard_only(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    before = stamps(shard_folder(db))
    (data / "r005.yaml").unlink()
    report = ReadoutStore(path=db).sync(data)
    assert report.removed == 1 and report.removed_ids == {"r005"}
    after = stamps(shard_folder(db))
    rewritten = [n for n in after if after[n] != before[n]]
    assert rewritten == [f"shard-{shard_of('r005.yaml'):02d}.json"]
    assert len(ReadoutStore(path=db)) == 59


@pytest.mark.parametrize("damage", [b"garbage", b"[]", b'{"files": {"1": {"path": 3}}}'])
def test_damaged_shard_is_moved_aside_and_its_files_read_again(
    data: Path, db: Path, damage: bytes
) -> None:
    ReadoutStore(path=db).sync(data)
    shard = shard_of("r010.yaml")
    path = shard_folder(db) / f"shard-{shard:02d}.json"
    lost = len(json.loads(path.read_text("utf-8"))["files"])
    path.write_bytes(damage)

    store = ReadoutStore(path=db)
    [notice] = store.notices
    assert path.name in notice and "damaged" in notice
    (aside,) = path.parent.glob(path.name + ".corrupt-*")
    assert aside.read_bytes() == damage and aside.name in notice
    assert len(store) == 60 - lost  # the other shards are kept
    report = store.sync(data)
    assert (report.added, report.unchanged, report.rebuilt) == (lost, 60 - lost, "")
    assert len(ReadoutStore(path=db)) == 60


def old_single_file(data: Path, db: Path, version: str | None = None) -> dict:
    """The database as summit-tui wrote it before shards: one JSON file, files and meta."""
    memory = ReadoutStore()
    memory.sync(data)
    tables = memory._db.storage.read()
    meta = dict(tables["meta"]["1"], format=1)
    del meta["shards"]
    if version is not None:
        meta["version"] = version
    old = {"files": tables["files"], "meta": {"1": meta}}
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_text(json.dumps(old), encoding="utf-8")
    return old


def test_old_single_file_database_is_rebuilt_into_shards(data: Path, db: Path) -> None:
    old_single_file(data, db)  # its documents are in an older shape: the files are read again
    store = ReadoutStore(path=db)
    assert store.notices == []
    assert len(store) == 0
    report = store.sync(data)
    assert report.rebuilt and report.added == 60
    assert set(json.loads(db.read_text("utf-8"))) == {"meta"}
    assert len(list(shard_folder(db).glob("shard-*.json"))) > 10
    assert ReadoutStore(path=db).sync(data).unchanged == 60


def test_old_single_file_of_another_version_is_rebuilt(data: Path, db: Path) -> None:
    old_single_file(data, db, version="0.0.0-old")
    store = ReadoutStore(path=db)
    assert len(store) == 0
    report = store.sync(data)
    assert report.rebuilt and report.added == 60
    assert set(json.loads(db.read_text("utf-8"))) == {"meta"}


def test_lost_manifest_rebuilds_from_the_files(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    db.unlink()  # shards of unknown origin are not trusted
    store = ReadoutStore(path=db)
    assert len(store) == 0
    assert store.sync(data).added == 60


def test_large_sync_reads_shard_by_shard(tmp_path: Path, db: Path) -> None:
    data = tmp_path / "many"
    write_readouts(data, 230)  # above the shard-order threshold, parsed in this thread
    order: list[int] = []
    store = ReadoutStore(path=db)
    store.sync(data, on_batch=lambda b: order.extend(shard_of(e.path) for e in b), batch_size=1)
    assert order == sorted(order) and len(order) == 230
    assert len(ReadoutStore(path=db)) == 230


def test_a_shard_that_cannot_be_written_fails_the_sync_and_keeps_the_others(
    tmp_path: Path, db: Path
) -> None:
    data = tmp_path / "many"
    write_readouts(data, 1)
    ReadoutStore(path=db).sync(data)  # the database exists, written by this version
    write_readouts(data, 230)  # shards are written as the sync moves on, by their own thread
    blocked = next(
        shard_of(f"r{i:03d}.yaml")
        for i in range(100, 230)
        if shard_of(f"r{i:03d}.yaml") != shard_of("r000.yaml")
    )
    store = ReadoutStore(path=db)
    (shard_folder(db) / f"shard-{blocked:02d}.json").mkdir()
    with pytest.raises(OSError):
        store.sync(data)
    written = [p for p in shard_folder(db).glob("shard-*.json") if p.is_file()]
    assert len(written) >= blocked  # the shards before the blocked one were written
    (shard_folder(db) / f"shard-{blocked:02d}.json").rmdir()
    report = ReadoutStore(path=db).sync(data)  # what was written is kept; the rest is read
    assert report.added + report.unchanged == 230 and not report.problems
    assert 0 < report.added < 230


def test_entries_after_an_import_on_processes_are_read_back_from_shards(
    tmp_path: Path, db: Path
) -> None:
    data = tmp_path / "many"
    write_readouts(data, 230)
    store = ReadoutStore(path=db)
    store.sync(data)  # no on_batch: documents come from the processes, entries are built later
    entries = store.entries()
    by_id = {e.id: e for e in entries}
    assert len(entries) == 230 and by_id["r200"].readout.title == "Meeting 200"
    assert sorted(e.id for e in entries) == sorted(e.id for e in ReadoutStore(path=db).entries())
    # The processes stamped each file as they read it: the next sync reads none again.
    report = ReadoutStore(path=db).sync(data)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 230)


# --- the side files of readout texts ----------------------------------------------------------


def test_a_start_reads_the_texts_only_of_readouts_it_builds(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    for shard in shard_folder(db).glob("shard-*.json"):
        assert "countries" not in shard.read_text("utf-8")  # the texts are in the side files
    entries = {e.id: e for e in ReadoutStore(path=db).entries()}
    assert not any(e.built for e in entries.values())
    memory = ReadoutStore()
    memory.sync(data)
    for entry in memory.entries():
        assert entries[entry.id] == entry  # built from its side file, the same readout


def test_a_text_that_is_another_readouts_is_read_again(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    tables = json.loads(shard.read_text("utf-8"))
    docs = {d["path"]: d for d in tables["files"].values()}
    other = next(p for p in docs if p != "r010.yaml")
    docs["r010.yaml"]["text"] = docs[other]["text"]  # sound bytes, but another readout's
    shard.write_text(json.dumps(tables), encoding="utf-8")
    store = ReadoutStore(path=db)
    assert any("damaged (r010.yaml)" in notice for notice in store.notices)
    report = store.sync(data)
    assert (report.updated, report.unchanged) == (1, 59)
    assert entry_by_id(store, "r010").readout.title == "Meeting 10"


def test_a_missing_side_file_has_its_readouts_read_again(data: Path, db: Path) -> None:
    ReadoutStore(path=db).sync(data)
    texts = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.texts"
    lost = len(json.loads(texts.with_suffix(".json").read_text("utf-8"))["files"])
    texts.unlink()
    store = ReadoutStore(path=db)
    assert any("damaged" in notice for notice in store.notices)
    report = store.sync(data)
    assert (report.updated, report.unchanged) == (lost, 60 - lost)
    assert entry_by_id(ReadoutStore(path=db), "r010").readout.title == "Meeting 10"


def test_readouts_listed_keep_their_texts_through_later_syncs_and_a_rebuild(
    data: Path, db: Path
) -> None:
    ReadoutStore(path=db).sync(data)
    listed = ReadoutStore(path=db).entries()  # unbuilt: they point into the side files
    (data / "r017.yaml").write_text("title: Meeting 17, Revised\ndate: 2031-01-18\n", "utf-8")
    ReadoutStore(path=db).sync(data)  # appends to a side file
    rebuilt = ReadoutStore(path=db)
    rebuilt._shards.wipe()  # as a new version's first sync does: every file removed
    rebuilt.close()
    memory = ReadoutStore()
    memory.sync(data)
    fresh = {e.path: e for e in memory.entries()}
    for entry in listed:
        if entry.path != "r017.yaml":
            assert entry.readout == fresh[entry.path].readout and not entry.damaged
