"""Command line: ``summit-tui [PATH]`` opens the app; sub-commands work without the UI."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui import __version__
from summit_tui.cli.arguments import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    add_db_argument,
)
from summit_tui.cli.output import (
    OutputClosed,
    OutputFailed,
    guarded_stdout,
    silence_stdout,
)
from summit_tui.paths import bundled_data_dir

if TYPE_CHECKING:
    from summit_tui.app import SummitApp

#: Sub-command name -> (module under summit_tui.cli, one-line help).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "validate a folder of readouts and report every problem"),
    "import": (
        "import_readouts",
        "turn official readouts (text, saved pages, URLs) into YAML readouts",
    ),
    "search": ("search", "search readouts with the search bar's query language"),
    "export": ("export", "export matching readouts as CSV, JSON, a Markdown brief or YAML"),
    "show": ("show", "show one readout as readable text or JSON"),
    "index": ("index", "sync a folder into its database without the UI (progress on a terminal)"),
}


def _app_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {name:<8} {help_}" for name, (_, help_) in SUBCOMMANDS.items())
    commands += (
        "\n\nA command whose reader stops early (| head) ends quietly with exit code 0;"
        "\none that cannot write its output (a full disk) says why and exits 3."
    )
    parser = argparse.ArgumentParser(
        prog="summit-tui",
        description="Browse, search and cite diplomatic meeting readouts in the terminal.",
        epilog=f"sub-commands (summit-tui COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=None,
        help="folder of YAML readouts (default: the bundled readouts)",
    )
    add_db_argument(parser)
    parser.add_argument(
        "--no-watch",
        dest="watch",
        action="store_false",
        help="do not reload by itself when readout files change (ctrl+r still reloads)",
    )
    parser.add_argument("--version", action="version", version=f"summit-tui {__version__}")
    return parser


def _run_subcommand(name: str, argv: Sequence[str]) -> int:
    module_name, help_ = SUBCOMMANDS[name]
    module = importlib.import_module(f"summit_tui.cli.{module_name}")
    parser = argparse.ArgumentParser(prog=f"summit-tui {name}", description=help_)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    return int(module.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``summit-tui`` console script; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    try:
        with guarded_stdout():
            if command is not None:
                return _run_subcommand(command, argv[1:])
            args = _app_parser().parse_args(argv)  # --help and --version write here too
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OutputClosed:
        silence_stdout()
        return EXIT_OK
    except OutputFailed as exc:
        silence_stdout()
        prog = f"summit-tui {command}" if command else "summit-tui"
        print(f"{prog}: cannot write the output: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    folder = (args.path or bundled_data_dir()).expanduser()
    if not folder.is_dir():
        print(f"summit-tui: {folder} is not a folder of readouts", file=sys.stderr)
        return EXIT_USAGE
    app = start_app(folder, db_path=args.db, watch=args.watch)
    app.run()
    return app.return_code or EXIT_OK


def start_app(folder: Path, **options: Any) -> SummitApp:
    """The app as the command starts it (``options`` are ``make_app``'s).

    The folder is compared with its cache by a helper process from now on, while Textual
    and the app's modules load (a quarter of a second): a warm start then finds the
    answer ready once its list is shown.
    """
    from summit_tui.core.store.folder_check import check_in_background

    check = check_in_background(folder, options.get("db_path"))
    from summit_tui.app import make_app  # Textual loads only when the UI is wanted

    return make_app(folder, check=check, **options)
