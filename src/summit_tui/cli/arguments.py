"""What every command shares, declared once: the exit codes and the --data and --db options."""

from __future__ import annotations

import argparse
from pathlib import Path

#: The command did what was asked.
EXIT_OK = 0
#: A search or an export found nothing; a check, an import or an index found problems.
EXIT_NOTHING = 1
EXIT_PROBLEMS = EXIT_NOTHING
#: Bad usage: a wrong argument, a folder that is not one, a malformed query.
EXIT_USAGE = 2
#: Standard output could not be written (a full disk). A reader that stops early (| head)
#: is not an error: the command ends quietly with 0, as ripgrep does.
EXIT_OUTPUT = 3
#: Interrupted (ctrl+c), as a shell reports it.
EXIT_INTERRUPTED = 130


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Declare --db: the database file to use instead of the one in the user's cache folder."""
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="database file to use instead of the one in the user's cache folder",
    )


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare --data (the readouts folder) and --db (the database file)."""
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        metavar="PATH",
        help="folder of YAML readouts (default: the bundled readouts)",
    )
    add_db_argument(parser)
