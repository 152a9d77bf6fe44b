"""Parsing the files a sync reads: in the calling thread, or on a pool of processes."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.context
import os
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from pathlib import Path

from summit_tui.core.files.listing import FileStamp
from summit_tui.core.files.reading import Parsed, derive, parse_chunk, parse_file
from summit_tui.core.model.readout import Readout
from summit_tui.core.reference import countries, topics
from summit_tui.core.store.report import SyncReport

#: Below this many files to parse, a sync parses them in its own thread (no processes).
PARALLEL_MIN_FILES = 200
#: Files sent to a worker process at a time.
CHUNK_FILES = 100
#: Chunks asked of the workers ahead of the one being stored, for each worker.
AHEAD_CHUNKS = 8
#: How long a sync waits for a worker's chunk (a few hundred milliseconds of work) before
#: it stops the workers and parses what is left in its own thread.
CHUNK_TIMEOUT = 120.0
#: How long a sync waits for the workers to end once it is done with them.
SHUTDOWN_TIMEOUT = 30.0


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked where the system can, so that each starts at once
    with the matchers this process built (``warm_derive``); spawned elsewhere.

    The app forks while Textual, the watcher and the statistics run threads of their own;
    a lock one of them holds at that moment would stay held for good in the child. The
    locks a worker takes are reset in the child (``support.gc_pause``), and every wait for
    a worker is bounded (``CHUNK_TIMEOUT``). A fork server or spawn would need a real
    standard error to start their helper processes, which the app does not have while
    Textual draws (a worker of the app could not start).
    """
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def parse_files(
    folder: Path,
    todo: list[tuple[str, FileStamp]],
    cancel: threading.Event | None,
    report: SyncReport,
    terms: bool = False,
) -> Iterator[Parsed]:
    """Parse the files to do, in this thread or on a pool of processes; stop on ``cancel``.

    With ``terms``, the workers gather each readout's index terms too (``DocTerms``).
    """
    workers = min(os.cpu_count() or 1, 2)
    if len(todo) < PARALLEL_MIN_FILES or workers < 2:
        yield from _parse_here(folder, todo, cancel, report)
        return
    chunks = deque([todo[at : at + CHUNK_FILES] for at in range(0, len(todo), CHUNK_FILES)])
    warm_derive()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=worker_context())
    try:
        # Some chunks ahead of the one being stored, and each let go once stored: parsed
        # documents never pile up in this process (a whole import would be held otherwise).
        # Eight a worker (about half a second of its work, 0.5 MB a chunk once parsed): one
        # slow chunk taken in order leaves none idle, and neither does a pause of this
        # process (the index spilling its postings, ``on_batch``) that lasts less; small
        # ones, so that the last chunks end together and a stop comes soon (the chunks not
        # started are dropped then).
        pending: deque[Future[list[Parsed]]] = deque()

        def submit() -> None:
            if len(pending) < len(chunks):
                rels = [rel for rel, _ in chunks[len(pending)]]
                pending.append(pool.submit(parse_chunk, os.fspath(folder), rels, terms))

        for _ in range(AHEAD_CHUNKS * workers):
            submit()
        while pending:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            try:
                parsed = pending[0].result(timeout=CHUNK_TIMEOUT)
            except FuturesTimeout:
                break  # a worker that does not answer: the rest is parsed here
            pending.popleft()
            chunks.popleft()
            submit()
            yield from parsed
            del parsed
    finally:
        _stop(pool)
    for chunk in chunks:  # left by workers that did not answer
        yield from _parse_here(folder, chunk, cancel, report)


def _parse_here(
    folder: Path,
    todo: list[tuple[str, FileStamp]],
    cancel: threading.Event | None,
    report: SyncReport,
) -> Iterator[Parsed]:
    """Parse the files in this thread, one by one; stop on ``cancel``."""
    for rel, stamp in todo:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return
        yield parse_file(folder, rel, stamp)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what the workers have not started and let them end once done with the chunk at
    hand; one that has not ended after ``SHUTDOWN_TIMEOUT`` seconds (stuck) is killed."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(SHUTDOWN_TIMEOUT)
        if process.is_alive():
            process.kill()
            process.join(SHUTDOWN_TIMEOUT)


def warm_derive() -> None:
    """Build the matchers before the workers fork, so that each does not build its own:
    the path the workers take (``derive``) and the regexes behind it."""
    derive(
        Readout(
            id="warm",
            title="Warm",
            date=dt.date(2000, 1, 1),
            summary="Malaysia and Japan discussed maritime security.",
        ),
        "warm.yaml",
    )
    topics.default_taxonomy().tag("warm")
    countries.find_in_text("warm")
