"""A sync that parses on worker processes: they do not inherit a lock held by another
thread of the app, and a worker that does not answer never holds the sync for good."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest
from waiting import wait_until

from summit_tui.core.store import parallel
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import SyncReport
from summit_tui.core.support import gc_pause

FILES = parallel.PARALLEL_MIN_FILES + 50  # enough for the sync to use worker processes


@pytest.fixture(scope="module")
def folder(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Readouts enough for a sync on processes."""
    out = tmp_path_factory.mktemp("readouts")
    generate.generate(out, FILES, seed=11, processes=1)
    return out


@pytest.fixture(autouse=True)
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two worker processes, however many cores the machine running the tests has."""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)


def sync_in_thread(folder: Path) -> tuple[threading.Thread, list[SyncReport]]:
    """A sync of the folder into a store in memory, in a thread of its own (as the app's)."""
    done: list[SyncReport] = []
    thread = threading.Thread(target=lambda: done.append(ReadoutStore().sync(folder)), daemon=True)
    thread.start()
    return thread, done


def test_workers_start_while_another_thread_holds_the_gc_pause_lock(folder: Path) -> None:
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with gc_pause._gc_lock:  # as a statistics or indexing thread does, for a moment
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert held.wait(10)
    try:
        thread, done = sync_in_thread(folder)
        # The lock stays held until the workers run: a worker forked now would hold a copy
        # of it, locked for good, and wait for it at its first file.
        wait_until(multiprocessing.active_children, 60, "the sync to start a worker process")
    finally:
        release.set()
    thread.join(60)
    assert not thread.is_alive(), "the sync waited for a lock held when its workers started"
    assert done[0].added == FILES and not done[0].problems


def never_answer(folder: str, files: list[str], terms: bool = False) -> list[object]:
    """A worker's chunk that never ends (a stuck worker)."""
    time.sleep(3600)  # longer than any test: the sync must give up on it, not wait
    return []


def test_a_worker_that_does_not_answer_leaves_the_rest_to_the_sync(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "parse_chunk", never_answer)
    monkeypatch.setattr(parallel, "CHUNK_TIMEOUT", 1.0)
    monkeypatch.setattr(parallel, "SHUTDOWN_TIMEOUT", 1.0)
    started = time.monotonic()
    thread, done = sync_in_thread(folder)
    thread.join(60)
    assert not thread.is_alive(), "the sync waited for a worker that does not answer"
    assert done[0].added == FILES and not done[0].problems
    assert time.monotonic() - started < 30
    wait_until(lambda: not multiprocessing.active_children(), 10, "the stuck worker to end")
