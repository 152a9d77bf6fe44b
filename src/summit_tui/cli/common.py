"""What the data commands share: --data and --db, syncing the folder, the index, query errors."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import index_cache_path, store_fingerprint
from summit_tui.core.search.query import QueryError, parse
from summit_tui.core.search.results import Results
from summit_tui.core.store.fallback import close_store, in_memory, open_store, sync_or_fall_back
from summit_tui.core.store.paths import default_db_path
from summit_tui.core.support.safe_text import clean, in_line, one_line
from summit_tui.paths import bundled_data_dir

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare --data (the readouts folder) and --db (the database file)."""
    parser.add_argument(
        "--data", type=Path, default=None, metavar="PATH",
        help="folder of YAML readouts (default: the bundled readouts)",
    )
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PATH",
        help="database file to use instead of the one in the user's cache folder",
    )


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def data_folder(data: Path | None) -> Path:
    """The readouts folder asked for, or the bundled one."""
    return (data or bundled_data_dir()).expanduser()


def load_entries(prog: str, data: Path | None, db: Path | None
                 ) -> tuple[list[Entry], Path | None] | None:
    """Sync the folder into its database and return every entry and the database path
    (None when the cache could not be used and the folder was read in memory).

    Notices and unreadable files are reported on stderr; None (after saying why) when the
    folder does not exist.
    """
    folder = data_folder(data)
    if not folder.is_dir():
        print(f"{prog}: {folder} is not a folder of readouts", file=sys.stderr)
        return None
    db_path = (db or default_db_path(folder)).expanduser()
    store = open_store(db_path)
    try:
        store, report = sync_or_fall_back(store, folder)
        entries = store.entries()
    finally:
        close_store(store)
    for notice in store.notices:
        print(f"{prog}: {one_line(notice)}", file=sys.stderr)
    if report.problems:
        files = len({p.path for p in report.problems})
        print(f"{prog}: {files:,} file{'s' * (files != 1)} could not be read "
              f"and {'were' if files != 1 else 'was'} left out "
              f"(summit-tui check {folder} lists why)", file=sys.stderr)
    return entries, None if in_memory(store) else db_path


def build_index(prog: str, entries: list[Entry], db_path: Path | None) -> SearchIndex:
    """The search index of the entries, from the cache beside the database when it is fresh
    (built, and not saved, when there is no database: the folder was read in memory).

    A cache file that had to be set aside is reported on stderr.
    """
    if db_path is None:
        return SearchIndex.load_or_build(entries, Path(os.devnull), "")  # "": not read or saved
    index = SearchIndex.load_or_build(entries, index_cache_path(db_path),
                                      store_fingerprint(db_path))
    for notice in index.notices:
        print(f"{prog}: {one_line(notice)}", file=sys.stderr)
    return index


def search_folder(prog: str, query: str, data: Path | None, db: Path | None,
                  order: str = "newest") -> Results | None:
    """Check the query, load the folder and search it; None (after saying why) on failure."""
    try:
        parse(query)  # a malformed query fails before any file is read
    except QueryError as exc:
        print(query_problem(prog, query, exc), file=sys.stderr)
        return None
    loaded = load_entries(prog, data, db)
    if loaded is None:
        return None
    return build_index(prog, *loaded).search(query, order=order)


def write_stdout(text: str, *, cleaned: bool = False) -> None:
    """Write text to stdout as UTF-8 even when the locale is narrower (readouts are Unicode).

    On a terminal the text is cleaned of control and bidi characters first (safe_text), unless
    ``cleaned`` says it was built from cleaned pieces and holds escapes of our own (bold).
    """
    out = sys.stdout
    if not cleaned and out.isatty():
        text = clean(text)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(out, "buffer"):
        out.flush()
        out.buffer.write(text.encode("utf-8"))
        out.buffer.flush()
    else:
        out.write(text)
        out.flush()


#: How many characters of a refused query its error shows: a query of 10,000 is not echoed.
QUERY_ECHO_CHARS = 60


def query_problem(prog: str, query: str, error: QueryError) -> str:
    """The error, then the query with a caret under the place where it went wrong.

    At most ``QUERY_ECHO_CHARS`` characters of the query are shown, around that place, with
    "…" where it is cut; it is cleaned of control characters (safe_text) and kept on one line.
    """
    at = min(error.position, len(query))
    start = max(0, min(at - QUERY_ECHO_CHARS // 2, len(query) - QUERY_ECHO_CHARS))
    end = min(len(query), start + QUERY_ECHO_CHARS)
    before = "…" if start else ""
    shown = before + in_line(query[start:end]) + ("…" if end < len(query) else "")
    caret = len(before) + len(in_line(query[start:at]))  # a tab is shown as four spaces
    return f"{prog}: {one_line(str(error))}\n  {shown}\n  {' ' * caret}^"
