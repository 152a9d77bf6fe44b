"""``summit-tui import``: write one YAML readout per meeting found in plain-text readouts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summit_tui.core.importer import ImportResult, import_text
from summit_tui.core.importer.save import (
    ImportSaveError,
    checked_yaml,
    describe,
    target_path,
    write_yaml,
)
from summit_tui.core.yamlio import ReadoutError, decode
from summit_tui.paths import bundled_data_dir

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


def default_output() -> Path:
    """The current directory's data/ folder when there is one, else the bundled readouts."""
    local = Path.cwd() / "data"
    return local if local.is_dir() else bundled_data_dir()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the import command's arguments."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE",
        help="plain-text readout(s) copied from a government page; '-' reads standard input",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, metavar="DIR",
        help="folder to write YAML readouts into (default: ./data if it exists, "
             "otherwise the bundled readouts folder)",
    )
    parser.add_argument("--force", action="store_true",
                        help="overwrite a readout file that already exists")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the YAML on standard output and write nothing")


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    return decode(path.read_bytes(), name)


def _report(name: str, message: str) -> None:
    print(f"{name}: {message}", file=sys.stderr)


def _handle(result: ImportResult, out_dir: Path, args: argparse.Namespace) -> int:
    """Write (or print) every readout of one input; return how many were written."""
    name = result.source_name
    if not result.is_readout:
        _report(name, f"not a readout ({result.not_a_readout}); nothing written")
        return 0
    written = 0
    for item in result.readouts:
        unknown = f"; not found: {', '.join(item.missing)}" if item.missing else ""
        if item.readout is None:
            _report(name, f"{describe(item)}: cannot be saved without a title and a date"
                          f"{unknown}")
            continue
        try:
            text = checked_yaml(item, name)
        except ImportSaveError as exc:
            _report(name, f"{exc}; not saved")
            continue
        target = target_path(item.readout, out_dir)
        if args.dry_run:
            sys.stdout.write(("---\n" if written else "") + text)
            _report(name, f"{describe(item)}{unknown}")
            written += 1
            continue
        try:
            write_yaml(text, target, force=args.force)
        except ImportSaveError as exc:
            _report(name, str(exc))
            continue
        _report(name, f"wrote {target}: {describe(item)}{unknown}")
        for note in item.notes:
            _report(name, f"  note: {note}")
        written += 1
    return written


def run(args: argparse.Namespace) -> int:
    """Import every file; exit 0 when each gave a readout, 1 when any gave none, 2 on bad input."""
    out_dir: Path = (args.output or default_output()).expanduser()
    if not args.dry_run and not out_dir.is_dir():
        print(f"summit-tui import: {out_dir} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.files.count("-") > 1:
        print("summit-tui import: standard input ('-') can be read only once", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    for name in args.files:
        try:
            text = _read(name)
        except OSError as exc:
            print(f"summit-tui import: cannot read {name}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
        except ReadoutError as exc:
            print(f"summit-tui import: {exc}", file=sys.stderr)
            status = EXIT_NOTHING
            continue
        result = import_text(text, "<stdin>" if name == "-" else name)
        if _handle(result, out_dir, args) == 0:
            status = EXIT_NOTHING
    return status
