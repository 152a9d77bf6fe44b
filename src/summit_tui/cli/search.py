"""``summit-tui search QUERY``: the search bar's engine from a script, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from summit_tui.cli.arguments import EXIT_NOTHING, EXIT_OK, EXIT_USAGE, add_data_arguments
from summit_tui.cli.common import positive_int, search_folder, write_stdout
from summit_tui.core.search.results import Results
from summit_tui.core.support.safe_text import one_line

PROG = "summit-tui search"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the search command's arguments."""
    parser.add_argument(
        "query",
        metavar="QUERY",
        help="a query as typed in the search bar, e.g. 'country:MY topic:\"maritime security\"'",
    )
    add_data_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list (the default when standard output is not a terminal)",
    )
    parser.add_argument(
        "--limit", type=positive_int, default=None, metavar="N", help="print at most N readouts"
    )
    parser.add_argument(
        "--order",
        choices=("relevance", "newest"),
        default="relevance",
        help="best match first (the default; newest first when the query has no free words) "
        "or newest first",
    )


def rows(results: Results, limit: int | None) -> list[dict[str, Any]]:
    """The matching readouts as plain data: id, date, title, kind, countries, sections, path."""
    out = []
    for i in range(min(len(results), limit or len(results))):
        entry = results[i]
        r = entry.readout
        sections = [s for _, s in r.all_sections()]
        out.append(
            {
                "id": r.id,
                "date": r.date.isoformat(),
                "title": r.title,
                "kind": r.kind,
                "countries": list(r.countries),
                "sections": [sections[k].label for k in results.matched_sections(i)],
                "path": entry.path,
            }
        )
    return out


def _print_table(found: list[dict[str, Any]], total: int) -> None:
    """The rows as a Rich table; readout text goes in as cleaned Text, never as markup."""
    from rich.console import Console  # only a terminal needs Rich
    from rich.table import Table
    from rich.text import Text

    def cell(value: str) -> Text:
        return Text(one_line(value))

    table = Table(show_lines=False, header_style="bold")
    table.add_column("ID", overflow="fold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Title")
    table.add_column("Countries", no_wrap=True)
    table.add_column("Matched sections")
    for row in found:
        sections = Text("\n").join(cell(label) for label in row["sections"])
        table.add_row(
            cell(row["id"]),
            cell(row["date"]),
            cell(row["title"]),
            cell(" ".join(row["countries"])),
            sections,
        )
    shown = f"{len(found):,} of {total:,}" if len(found) < total else f"{total:,}"
    table.caption = Text(f"{shown} readout{'s' * (total != 1)}")
    Console(markup=False, emoji=False, highlight=False).print(table)


def run(args: argparse.Namespace) -> int:
    """Search the folder; exit 0 with results, 1 when nothing matches, 2 on a bad query."""
    results = search_folder(PROG, args.query, args.data, args.db, args.order)
    if results is None:
        return EXIT_USAGE
    found = rows(results, args.limit)
    if args.json or not sys.stdout.isatty():
        write_stdout(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    elif found:
        _print_table(found, len(results))
    else:
        print("no readouts match", file=sys.stderr)
    return EXIT_OK if found else EXIT_NOTHING
