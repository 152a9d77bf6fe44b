"""``summit-tui index PATH``: sync a folder into its database without the UI (for cron jobs)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summit_tui.cli.arguments import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, add_db_argument
from summit_tui.cli.common import open_collection
from summit_tui.core.collection import Collection, Contents

PROG = "summit-tui index"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the index command's arguments."""
    parser.add_argument("path", type=Path, metavar="PATH", help="folder of YAML readouts")
    add_db_argument(parser)


def _load_with_bar(collection: Collection) -> Contents:
    """The sync with a rich progress bar on stderr (a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = (
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading readouts", total=None)
        return collection.load(
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )


def run(args: argparse.Namespace) -> int:
    """Sync PATH into its database; exit 0 when clean, 1 with problems or an unwritable
    cache, 2 when PATH is wrong."""
    folder: Path = args.path.expanduser()
    collection = open_collection(PROG, folder, args.db)
    if collection is None:
        return EXIT_USAGE
    started = time.monotonic()
    # Interrupted, what was read is on disk up to the sync's last checkpoint.
    contents = _load_with_bar(collection) if sys.stderr.isatty() else collection.load()
    # The app then starts with its search index ready as well.
    index = collection.index(contents.entries)
    seconds = time.monotonic() - started
    report = contents.report
    where = "memory, not saved" if contents.in_memory else collection.db_path
    line = (
        f"{PROG}: {len(contents.entries):,} readouts in {where} "
        f"({report.summary()}; {seconds:.1f} s)"
    )
    if "not saved" in index.cache_status and not contents.in_memory:
        line += f"; search index {index.cache_status}"
    print(line, file=sys.stderr)
    # A cache that could not be written is a failure for a cron job that runs this to fill it.
    return EXIT_PROBLEMS if report.problems or contents.in_memory else EXIT_OK
