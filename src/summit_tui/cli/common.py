"""What the data commands share: the folder's collection, its problems, output, query errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summit_tui.core.collection import Collection, Contents
from summit_tui.core.model.entry import Entry
from summit_tui.core.search.query import QueryError, parse
from summit_tui.core.search.results import Results
from summit_tui.core.support.safe_text import clean, in_line, one_line
from summit_tui.paths import bundled_data_dir


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def data_folder(data: Path | None) -> Path:
    """The readouts folder asked for, or the bundled one."""
    return (data or bundled_data_dir()).expanduser()


def open_collection(prog: str, folder: Path, db: Path | None) -> Collection | None:
    """The collection of the folder, whose notices go to stderr; None (after saying why)
    when the folder does not exist."""
    if not folder.is_dir():
        print(f"{prog}: {folder} is not a folder of readouts", file=sys.stderr)
        return None

    def tell(notice: str) -> None:
        print(f"{prog}: {one_line(notice)}", file=sys.stderr)

    return Collection(folder, db.expanduser() if db is not None else None, tell=tell)


def report_problems(prog: str, contents: Contents, folder: Path) -> None:
    """Say on stderr how many files could not be read (``summit-tui check`` says why)."""
    problems = contents.report.problems
    if problems:
        files = len({p.path for p in problems})
        print(
            f"{prog}: {files:,} file{'s' * (files != 1)} could not be read "
            f"and {'were' if files != 1 else 'was'} left out "
            f"(summit-tui check {folder} lists why)",
            file=sys.stderr,
        )


def load_entries(prog: str, data: Path | None, db: Path | None) -> list[Entry] | None:
    """Sync the folder into its database and return every entry; None (after saying why)
    when the folder does not exist. Notices and unreadable files are reported on stderr."""
    folder = data_folder(data)
    collection = open_collection(prog, folder, db)
    if collection is None:
        return None
    contents = collection.load()
    report_problems(prog, contents, folder)
    return contents.entries


def search_folder(
    prog: str, query: str, data: Path | None, db: Path | None, order: str = "newest"
) -> Results | None:
    """Check the query, load the folder and search it; None (after saying why) on failure."""
    try:
        parse(query)  # a malformed query fails before any file is read
    except QueryError as exc:
        print(query_problem(prog, query, exc), file=sys.stderr)
        return None
    folder = data_folder(data)
    collection = open_collection(prog, folder, db)
    if collection is None:
        return None
    contents = collection.load()
    report_problems(prog, contents, folder)
    return collection.search(query, order, contents.entries)


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
