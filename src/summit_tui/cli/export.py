"""``summit-tui export QUERY``: the matching readouts as CSV, JSON, a Markdown brief or YAML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summit_tui.cli.arguments import EXIT_NOTHING, EXIT_OK, EXIT_USAGE, add_data_arguments
from summit_tui.cli.common import positive_int, search_folder, write_stdout
from summit_tui.core.export import FORMATS, render
from summit_tui.core.model.entry import build_all
from summit_tui.core.support.atomic import write_output

PROG = "summit-tui export"
SUFFIXES = {
    ".csv": "csv",
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".yaml": "yaml",
    ".yml": "yaml",
}
EPILOG = """\
formats:
  csv    one row per meeting: id, date, kind, title, countries, participants, topics,
         source_url; with --sections one row per section (the summary first)
  json   a list of full records: every field of the readout, then "derived" (topics and
         mentions found by summit-tui) and "path"
  md     a readable brief of the meetings with their sections, to paste into a report
  yaml   the readouts in summit-tui's own YAML format, one document each

The data goes to standard output (or to FILE, replaced in one step); messages go to
standard error.

exit codes:
  0  readouts exported
  1  no readout matches the query (nothing is written)
  2  bad usage: a malformed query, an unknown format, a missing folder, FILE not writable
  3  standard output could not be written (a full disk); a reader that stops
     early (| head) is not an error: 0

examples:
  summit-tui export 'country:MY topic:"critical minerals"' --format md -o brief.md
  summit-tui export 'year:2024' --format csv --sections > sections.csv
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the export command's arguments."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument(
        "query",
        metavar="QUERY",
        help="a query as typed in the search bar; '' exports every readout",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the suffix of -o FILE)",
    )
    parser.add_argument(
        "--sections",
        action="store_true",
        help="with --format csv: one row per section instead of per meeting",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is stdout)",
    )
    parser.add_argument(
        "--order",
        choices=("newest", "oldest", "relevance"),
        default="newest",
        help="newest first (the default), oldest first, or best match first",
    )
    parser.add_argument(
        "--limit", type=positive_int, default=None, metavar="N", help="export at most N readouts"
    )
    parser.add_argument(
        "--title", default=None, help="heading of the Markdown brief (default: the query)"
    )
    add_data_arguments(parser)


def _format_of(args: argparse.Namespace) -> str | None:
    if args.format:
        return str(args.format)
    if args.output is not None and str(args.output) != "-":
        return SUFFIXES.get(args.output.suffix.lower())
    return None


def _usage(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    """Export the matching readouts; exit 0 when some matched, 1 when none, 2 on bad usage."""
    fmt = _format_of(args)
    if fmt is None:
        return _usage(f"choose a format with --format ({', '.join(FORMATS)})")
    if args.sections and fmt != "csv":
        return _usage("--sections works with --format csv only")
    order = "newest" if args.order == "oldest" else args.order
    results = search_folder(PROG, args.query, args.data, args.db, order)
    if results is None:
        return EXIT_USAGE
    count = min(len(results), args.limit or len(results))
    if count == 0:
        print(f"{PROG}: no readouts match; nothing written", file=sys.stderr)
        return EXIT_NOTHING
    if args.order == "oldest":
        chosen = [results[i] for i in range(len(results) - 1, len(results) - 1 - count, -1)]
    else:
        chosen = results[:count]
    title = args.title or (f"Readouts: {args.query}" if args.query.strip() else "Readouts")
    text = render(build_all(chosen), fmt, sections=args.sections, title=title)
    shown = f"{count:,} readout{'s' * (count != 1)} as {fmt}"
    if args.output is None or str(args.output) == "-":
        write_stdout(text)  # a reader that stops early (| head) is handled by cli.main
        print(f"{PROG}: {shown}", file=sys.stderr)
        return EXIT_OK
    target: Path = args.output.expanduser()
    try:
        write_output(target, text.encode("utf-8"))
    except OSError as exc:
        return _usage(f"cannot write {target}: {exc.strerror or exc}")
    print(f"{PROG}: wrote {shown} to {target}", file=sys.stderr)
    return EXIT_OK
