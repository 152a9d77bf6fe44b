"""``summit-tui index PATH``: sync a folder into its database without the UI (for cron jobs)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import index_cache_path, store_fingerprint
from summit_tui.core.store.fallback import close_store, in_memory, open_store, sync_or_fall_back
from summit_tui.core.store.paths import default_db_path
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import SyncReport
from summit_tui.core.support.safe_text import one_line

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the index command's arguments."""
    parser.add_argument("path", type=Path, metavar="PATH", help="folder of YAML readouts")
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PATH",
        help="database file to use instead of the one in the user's cache folder",
    )


def _sync_with_bar(store: ReadoutStore, folder: Path) -> tuple[ReadoutStore, SyncReport]:
    """The sync with a rich progress bar on stderr (a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = ("[progress.description]{task.description}", BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading readouts", total=None)
        return sync_or_fall_back(
            store, folder,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )


def run(args: argparse.Namespace) -> int:
    """Sync PATH into its database; exit 0 when clean, 1 with problems or an unwritable
    cache, 2 when PATH is wrong."""
    folder: Path = args.path.expanduser()
    if not folder.is_dir():
        print(f"summit-tui index: {folder} is not a folder of readouts", file=sys.stderr)
        return EXIT_USAGE
    db_path = (args.db or default_db_path(folder)).expanduser()
    started = time.monotonic()
    store = open_store(db_path)
    try:  # interrupted, what was read is on disk up to the sync's last checkpoint
        if sys.stderr.isatty():
            store, report = _sync_with_bar(store, folder)
        else:
            store, report = sync_or_fall_back(store, folder)
        entries = store.entries()
    finally:
        close_store(store)
    for notice in store.notices:
        print(f"summit-tui index: {one_line(notice)}", file=sys.stderr)
    # The app then starts with its search index ready as well.
    fingerprint = "" if in_memory(store) else store_fingerprint(db_path)
    index = SearchIndex.load_or_build(entries, index_cache_path(db_path), fingerprint)
    for notice in index.notices:
        print(f"summit-tui index: {one_line(notice)}", file=sys.stderr)
    seconds = time.monotonic() - started
    where = "memory, not saved" if in_memory(store) else db_path
    line = (f"summit-tui index: {len(entries):,} readouts in {where} "
            f"({report.summary()}; {seconds:.1f} s)")
    if "not saved" in index.cache_status and not in_memory(store):
        line += f"; search index {index.cache_status}"
    print(line, file=sys.stderr)
    # A cache that could not be written is a failure for a cron job that runs this to fill it.
    return EXIT_PROBLEMS if report.problems or in_memory(store) else EXIT_OK
