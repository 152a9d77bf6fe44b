"""``summit-tui show ID``: one readout as readable text, or as a JSON record."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import sys
import textwrap

from summit_tui.cli.arguments import EXIT_NOTHING, EXIT_OK, EXIT_USAGE, add_data_arguments
from summit_tui.cli.common import load_entries, write_stdout
from summit_tui.core.export import (
    citation,
    entry_record,
    long_date,
    participant_label,
    start_clock,
)
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import KIND_LABELS
from summit_tui.core.reference.countries import name_of
from summit_tui.core.support.safe_text import clean, one_line

PROG = "summit-tui show"
MAX_WIDTH = 100
EPILOG = """\
ID is a readout's id (as listed by summit-tui search), its file name, or the start of an
id when only one readout has it.

exit codes:
  0  the readout was shown
  1  no readout has this id
  2  bad usage: the data folder does not exist
  3  standard output could not be written (a full disk); a reader that stops
     early (| head) is not an error: 0
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the show command's arguments."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("id", metavar="ID", help="the readout to show")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the full record as JSON (fields as in export --format json)",
    )
    add_data_arguments(parser)


def find(wanted: str, entries: list[Entry]) -> Entry | list[str]:
    """The entry with this id, file name or unique id prefix; else ids that look close."""
    wanted = wanted.strip()
    for match in (
        lambda e: e.id == wanted,
        lambda e: e.path == wanted or os.path.basename(e.path) == wanted,
        lambda e: e.id.casefold() == wanted.casefold(),
    ):
        found = [e for e in entries if match(e)]
        if len(found) == 1:
            return found[0]
    prefixed = [e for e in entries if e.id.startswith(wanted)] if wanted else []
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        return sorted(e.id for e in prefixed)[:5]
    return difflib.get_close_matches(wanted, [e.id for e in entries], n=5, cutoff=0.6)


def _when(entry: Entry) -> str:
    r = entry.readout
    when = long_date(r.date)
    if r.start_time is not None:
        when += f", {start_clock(r)[0]}"
    if r.duration_minutes:
        when += f" ({r.duration_minutes} minutes)"
    return when


def _facts(entry: Entry) -> list[tuple[str, str]]:
    r = entry.readout
    facts = [("Date", _when(entry)), ("Kind", KIND_LABELS.get(r.kind, r.kind))]
    facts += [
        ("Parties", ", ".join(name_of(c) for c in r.countries)),
        ("Location", r.location),
        ("Topics", ", ".join(entry.topics)),
        ("Mentions", ", ".join(name_of(c) for c in entry.mentions)),
        ("Publisher", r.source.publisher),
        ("URL", r.source.url),
        ("Cite as", citation(entry)),
        ("File", entry.path),
    ]
    return [(label, one_line(value)) for label, value in facts if value]


def render(entry: Entry, width: int = 88, bold: bool = False) -> str:
    """The readout as plain text wrapped to ``width``; ``bold`` marks headings for a terminal."""

    def strong(text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if bold else text

    def para(text: str, indent: str = "") -> list[str]:
        return textwrap.wrap(
            one_line(text), width, initial_indent=indent, subsequent_indent=indent
        ) or [""]

    r = entry.readout
    title = one_line(r.title)
    lines = [strong(title), "=" * min(len(title), width), ""]

    def gap() -> None:
        if lines[-1]:
            lines.append("")

    for label, value in _facts(entry):
        lines += textwrap.wrap(
            value, width, initial_indent=f"{label + ':':<11}", subsequent_indent=" " * 11
        )
    if r.participants:
        gap()
        lines.append(strong("Participants"))
        for p in r.participants:
            country = f" [{p.country}]" if p.country else ""
            lines += para(participant_label(p) + country, "  ")
    for block in clean(r.summary).split("\n\n") if r.summary else ():
        gap()
        lines += para(block)
    for depth, section in r.all_sections():
        indent = "  " * depth
        if section.label:
            gap()
            lines.append(strong(indent + one_line(section.label)))
        for paragraph in section.paragraphs:
            lines += para(paragraph, indent + "  ")
            gap()
    return "\n".join(lines).rstrip("\n") + "\n"


def run(args: argparse.Namespace) -> int:
    """Show one readout; exit 0 when found, 1 when no readout has the id, 2 on bad usage."""
    loaded = load_entries(PROG, args.data, args.db)
    if loaded is None:
        return EXIT_USAGE
    found = find(args.id, loaded)
    if not isinstance(found, Entry):
        hint = f"; did you mean {', '.join(found)}?" if found else ""
        print(f"{PROG}: no readout with id {one_line(args.id)!r}{hint}", file=sys.stderr)
        return EXIT_NOTHING
    if args.json:
        text = json.dumps(entry_record(found), ensure_ascii=False, indent=2) + "\n"
    else:
        tty = sys.stdout.isatty()
        width = min(shutil.get_terminal_size((88, 24)).columns, MAX_WIDTH) if tty else 88
        text = render(found, width, bold=tty and not os.environ.get("NO_COLOR"))
        write_stdout(text, cleaned=True)  # render cleans every field; the bold is ours
        return EXIT_OK
    write_stdout(text)
    return EXIT_OK
