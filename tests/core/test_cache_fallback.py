"""A readout cache that cannot be used (read-only, full, gone): the folder is read in memory;
temp files left by a killed sync are removed at open."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from analysis_corpus import CORPUS, write_folder
from fault_fs import tmpfs

from summit_tui.core.store.fallback import close_store, in_memory, open_store, sync_or_fall_back
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.support.atomic import STALE_AFTER


def ids(store: ReadoutStore) -> set[str]:
    return {e.id for e in store.entries()}


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp")) if folder.is_dir() else []


def test_an_unusable_cache_falls_back_to_memory(tmp_path: Path, unusable_cache: Path) -> None:
    folder = write_folder(tmp_path / "data")
    store = open_store(unusable_cache)
    store, report = sync_or_fall_back(store, folder)
    assert in_memory(store)
    assert ids(store) == {r.id for r in CORPUS} and report.added == len(CORPUS)
    (notice,) = [n for n in store.notices if "working from memory" in n]
    assert str(unusable_cache) in notice
    assert close_store(store) is None
    assert temps(unusable_cache.parent) == []  # a full disk keeps no half-written temp


def test_a_read_only_cache_with_a_changed_file_reads_the_files_in_memory(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data")
    cache = tmp_path / "cache"
    with tmpfs(cache, "size=1m"):
        db = cache / "db.json"
        store = open_store(db)
        store, _ = sync_or_fall_back(store, folder)
        close_store(store)
        subprocess.run(["mount", "-o", "remount,ro", str(cache)], check=True)
        changed = next(folder.glob("*.yaml"))
        changed.write_text(
            changed.read_text(encoding="utf-8").replace("title: ", "title: Changed ", 1),
            encoding="utf-8",
        )
        store = open_store(db)
        assert not in_memory(store)  # reading works; the sync's write is refused
        store, report = sync_or_fall_back(store, folder)
        assert in_memory(store) and "Read-only" in store.notices[-1]
        assert report.added == len(CORPUS)
        assert len(store.entries()) == len(CORPUS)
        assert any(e.title.startswith("Changed ") for e in store.entries())


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_temp_files_of_a_killed_sync_are_removed_at_open(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data")
    db = tmp_path / "cache" / "db.json"
    ReadoutStore(path=db).sync(folder)
    shards = shard_folder(db)
    dead, alive = _dead_pid(), os.getppid()
    left = [
        shards / f".shard-03.json.{dead}.tmp",
        db.parent / f".db.json.{dead}.tmp",
        shards / f".shard-05.json.{alive}.tmp",
        shards / f".shard-06.json.{alive}.tmp",
    ]
    for path in left:
        path.write_bytes(b'{"files": {"1": {"pa')
    old = time.time() - STALE_AFTER - 60
    os.utime(left[3], (old, old))  # its writer's pid may have been reused since
    other = shards / "notes.tmp"  # not a cache temp file: left alone
    other.write_text("x")
    store = ReadoutStore(path=db)
    assert sorted(p.name for p in left if p.exists()) == [left[2].name]  # a live writer's
    assert other.exists()
    assert len(store.sync(folder).problems) == 0


def test_a_cache_file_that_is_a_fifo_is_not_waited_for(tmp_path: Path) -> None:
    import threading

    folder = write_folder(tmp_path / "data")
    db = tmp_path / "cache" / "db.json"
    db.parent.mkdir()
    os.mkfifo(db)
    done: list[ReadoutStore] = []

    def run() -> None:
        store, _ = sync_or_fall_back(open_store(db), folder)
        done.append(store)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    assert done, "opening the cache blocked on a FIFO"
    assert in_memory(done[0]) and "FIFO" in done[0].notices[-1]
    assert ids(done[0]) == {r.id for r in CORPUS}
