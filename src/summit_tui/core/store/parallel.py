"""Parsing the files a sync reads: in the calling thread, or on a pool of processes."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
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


def parse_files(
    folder: Path, todo: list[tuple[str, FileStamp]], cancel: threading.Event | None,
    report: SyncReport,
) -> Iterator[Parsed]:
    """Parse the files to do, in this thread or on a pool of processes; stop on ``cancel``."""
    workers = min(os.cpu_count() or 1, 2)
    if len(todo) < PARALLEL_MIN_FILES or workers < 2:
        for rel, stamp in todo:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            yield parse_file(folder, rel, stamp)
        return
    chunks = [[rel for rel, _ in todo[at : at + CHUNK_FILES]]
              for at in range(0, len(todo), CHUNK_FILES)]
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start at once with the taxonomy and country automata already built.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    _warm_derive()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        # A few chunks ahead of the one being stored, and each let go once stored: parsed
        # documents never pile up in this process (a whole import would be held otherwise).
        # Four a worker, so that one slow chunk taken in order leaves none idle; small ones,
        # so that the last chunks end together and a stop comes soon.
        pending: deque[Future[list[Parsed]]] = deque()
        ahead = iter(chunks)
        for chunk in islice(ahead, 4 * workers):
            pending.append(pool.submit(parse_chunk, os.fspath(folder), chunk))
        while pending:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            parsed = pending.popleft().result()
            for chunk in islice(ahead, 1):
                pending.append(pool.submit(parse_chunk, os.fspath(folder), chunk))
            yield from parsed
            del parsed
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_derive() -> None:
    """Build the matchers before the workers fork, so that each does not build its own:
    the path the workers take (``derive``) and the regexes behind it."""
    derive(Readout(id="warm", title="Warm", date=dt.date(2000, 1, 1),
                   summary="Malaysia and Japan discussed maritime security."), "warm.yaml")
    topics.default_taxonomy().tag("warm")
    countries.find_in_text("warm")
