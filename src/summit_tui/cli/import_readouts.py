"""``summit-tui import``: write one YAML readout per meeting found in texts, pages and URLs."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from summit_tui.cli.arguments import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from summit_tui.core.importer import ImportResult, import_text
from summit_tui.core.importer.report import not_a_readout, refusal, review_fields, review_line
from summit_tui.core.importer.request import Overrides
from summit_tui.core.importer.save import (
    ImportSaveError,
    checked_yaml,
    describe,
    target_path,
    write_yaml,
)
from summit_tui.core.importer.sources import STDIN, InputError, expand, read_input
from summit_tui.core.model.readout import KINDS, kind_named
from summit_tui.core.reference import countries
from summit_tui.core.support.safe_text import one_line

DEFAULT_OUTPUT = "readouts"


def default_output() -> Path:
    """``./readouts`` in the current folder (made when first written to)."""
    return Path.cwd() / DEFAULT_OUTPUT


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _country(text: str) -> str:
    found = countries.lookup(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"unknown country {text!r}; use an ISO code like 'MY'")
    return found.code


def _kind(text: str) -> str:
    norm = kind_named(text)
    if norm is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of: {', '.join(KINDS)}")
    return norm


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the import command's arguments."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a plain-text readout, a saved web page (.html, .htm), an http(s):// URL or a "
        "folder of such files; '-' reads standard input",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"folder to write YAML readouts into, made if missing (default: ./{DEFAULT_OUTPUT})",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite a readout file that already exists"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the YAML on standard output and write nothing"
    )
    given = parser.add_argument_group("fields to supply or override (for every input)")
    given.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the meeting's date, when the text lacks it or gives it wrong",
    )
    given.add_argument("--title", metavar="TEXT", help="the readout's title")
    given.add_argument(
        "--country",
        type=_country,
        action="append",
        default=[],
        metavar="CODE",
        help="a party to the meeting (repeat for each party)",
    )
    given.add_argument(
        "--kind", type=_kind, metavar="KIND", help=f"the kind of meeting: {', '.join(KINDS)}"
    )


def _say(name: str, message: str) -> None:
    print(f"{one_line(name)}: {one_line(message)}", file=sys.stderr)


def _handle(result: ImportResult, out_dir: Path, args: argparse.Namespace) -> int:
    """Write (or print) every readout of one input; return how many were written."""
    name = result.source_name
    if not result.is_readout:
        _say(name, not_a_readout(result))
        return 0
    written = 0
    for item in result.readouts:
        if item.readout is None:
            _say(name, f"{describe(item)}: {refusal(item)}")
            continue
        try:
            text = checked_yaml(item, name)
        except ImportSaveError as exc:
            _say(name, f"not written: {exc}")
            continue
        target = target_path(item.readout, out_dir)
        marks = item.readout.review
        status = f", needs review ({review_fields(marks)})" if marks else ""
        unknown = f"; not found: {', '.join(item.missing)}" if item.missing else ""
        if args.dry_run:
            sys.stdout.write(("---\n" if written else "") + text)
            _say(name, f"would write {target.name}{status}: {describe(item)}{unknown}")
        else:
            try:
                write_yaml(text, target, force=args.force)
            except ImportSaveError as exc:
                _say(name, f"not written: {exc}")
                continue
            _say(name, f"wrote {target}{status}: {describe(item)}{unknown}")
        for mark in marks:
            _say(name, f"  review {review_line(mark)}")
        for note in item.notes:
            _say(name, f"  note: {note}")
        written += 1
    return written


def run(args: argparse.Namespace) -> int:
    """Import every input; exit 0 when each gave a readout, 1 when any gave none, 2 on misuse."""
    out_dir: Path = (args.output or default_output()).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        print(f"summit-tui import: {out_dir} exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    names = list(expand(args.inputs))
    if names.count(STDIN) > 1:
        print("summit-tui import: standard input ('-') can be read only once", file=sys.stderr)
        return EXIT_USAGE
    given = Overrides(
        date=args.date,
        title=(args.title or "").strip(),
        countries=tuple(dict.fromkeys(args.country)),
        kind=args.kind or "",
    )
    status = EXIT_OK
    total = 0
    for name in names:
        try:
            source = read_input(name, sys.stdin.read)
        except InputError as exc:
            _say(name, f"not imported: {exc}")
            status = EXIT_NOTHING
            continue
        try:
            result = import_text(source.text, source.name, facts=source.facts, given=given)
        except Exception as exc:  # a fault of ours on one text must not stop the others
            _say(
                name,
                f"not imported: the importer failed on this text ({exc.__class__.__name__}"
                f": {str(exc)[:120]}); please report it with the text",
            )
            status = EXIT_NOTHING
            continue
        count = _handle(result, out_dir, args)
        total += count
        if count == 0:
            status = EXIT_NOTHING
    if total and not args.dry_run and len(names) > 1:
        print(
            f"summit-tui import: {total} readout{'s' * (total != 1)} written to {out_dir}; "
            f"open them with: summit-tui {out_dir}",
            file=sys.stderr,
        )
    return status
