"""``summit-tui check``: validate a folder of readouts and report every problem with file:line."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

from summit_tui.cli.arguments import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from summit_tui.core.files.listing import readout_files
from summit_tui.core.files.reading import load_entry, name_problem
from summit_tui.core.files.readout_yaml import ReadoutError, read_readout_bytes
from summit_tui.core.importer.report import review_line
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Problem
from summit_tui.core.store.readouts import duplicate_ids
from summit_tui.core.support.safe_text import one_line
from summit_tui.paths import bundled_data_dir

EARLIEST = dt.date(1900, 1, 1)  # readouts of modern diplomacy; earlier is a typing slip


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the check command's arguments."""
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=None,
        metavar="PATH",
        help="folder of YAML readouts, or one readout file (default: the bundled readouts)",
    )


def _line_of(path: Path, key: str) -> int | None:
    """The line of a top-level key in a readout file, so a problem can point at it."""
    try:  # never blocks on a FIFO, never reads past the size limit
        lines = read_readout_bytes(path).decode("utf-8-sig").splitlines()
    except (ReadoutError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    return next((n for n, line in enumerate(lines, 1) if pattern.match(line)), None)


def _date_problems(entry: Entry, folder: Path, today: dt.date) -> list[Problem]:
    date = entry.readout.date
    if EARLIEST <= date <= today + dt.timedelta(days=1):
        return []
    when = "in the future" if date > today else f"before {EARLIEST.year}"
    return [
        Problem(
            entry.path,
            f"date {date.isoformat()} is {when}; is it a typing slip?",
            _line_of(folder / entry.path, "date"),
        )
    ]


def _same_meeting(entries: list[Entry], folder: Path) -> list[Problem]:
    """Two files for one meeting: same date, same parties and same kind.

    Start times, when both files give one and they differ, tell two meetings apart (a
    press conference and a dinner on one day of a visit).
    """
    groups: dict[tuple, list[Entry]] = defaultdict(list)
    for entry in entries:
        r = entry.readout
        if len(r.countries) >= 2:
            groups[(r.date, frozenset(r.countries), r.kind, r.start_time)].append(entry)
    untimed = {key[:3]: group for key, group in groups.items() if key[3] is None}
    for key, group in list(groups.items()):
        if key[3] is not None and key[:3] in untimed:
            untimed[key[:3]].extend(group)  # an untimed file may report the timed meeting
            del groups[key]
    problems = []
    for (date, codes, kind, _), group in groups.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: e.path)
        for entry in group[1:]:
            problems.append(
                Problem(
                    entry.path,
                    f"same meeting as {group[0].path} ({date.isoformat()}, {kind}, "
                    f"{'+'.join(sorted(codes))}); keep one file per meeting",
                    _line_of(folder / entry.path, "date"),
                )
            )
    return problems


def review_notes(entries: list[Entry], folder: Path) -> list[Problem]:
    """One line per field the importer marked for review, at the file's ``review:`` line."""
    out = []
    for entry in entries:
        line = _line_of(folder / entry.path, "review") if entry.readout.review else None
        for mark in entry.readout.review:
            out.append(Problem(entry.path, f"needs review: {review_line(mark)}", line))
    return out


def check_folder(
    folder: Path, today: dt.date | None = None, reviews: list[Problem] | None = None
) -> tuple[int, list[Problem]]:
    """How many readout files the folder holds, and every problem found in them.

    ``reviews``, when given, receives the fields marked for review (they are not problems:
    the readout is valid, a person should look at it).
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    entries: list[Entry] = []
    files = [rel for rel, _ in readout_files(folder)]
    for rel in files:
        named = name_problem(rel)
        if named is not None:
            problems.append(named)
            continue
        result = load_entry(folder, rel)
        if isinstance(result, Entry):
            entries.append(result)
            problems.extend(_date_problems(result, folder, today))
        else:
            problems.extend(result)
    for problem in duplicate_ids(entries):
        problems.append(
            Problem(problem.path, problem.message, _line_of(folder / problem.path, "id"))
        )
    problems.extend(_same_meeting(entries, folder))
    problems.sort(key=lambda p: (p.path, p.line or 0))
    if reviews is not None:
        reviews.extend(sorted(review_notes(entries, folder), key=lambda p: p.path))
    return len(files), problems


def summary(count: int, problems: list[Problem], reviews: list[Problem] | None = None) -> str:
    """One line: "212 readouts, 3 problems in 2 files, 4 need review"."""
    readouts = f"{count:,} readout{'s' * (count != 1)}"
    waiting = len({p.path for p in reviews or ()})
    review = f", {waiting:,} need{'s' * (waiting == 1)} review" if waiting else ""
    if not problems:
        return f"{readouts}, no problems{review}"
    files = len({p.path for p in problems})
    return (
        f"{readouts}, {len(problems):,} problem{'s' * (len(problems) != 1)} "
        f"in {files:,} file{'s' * (files != 1)}{review}"
    )


def run(args: argparse.Namespace) -> int:
    """Check the folder (or file); exit 0 when clean, 1 on any problem, 2 when PATH is wrong."""
    path: Path = (args.path or bundled_data_dir()).expanduser()
    if path.is_file():
        folder, only = path.parent, path.name
    elif path.is_dir():
        folder, only = path, None
    else:
        print(f"summit-tui check: {path} is not a folder or a readout file", file=sys.stderr)
        return EXIT_USAGE
    reviews: list[Problem] = []
    count, problems = check_folder(folder, reviews=reviews)
    if only is not None:
        problems = [p for p in problems if p.path == only]
        reviews = [p for p in reviews if p.path == only]
        count = 1
    for problem in [*problems, *reviews]:
        shown = Problem(str(folder / problem.path), problem.message, problem.line, problem.column)
        print(one_line(str(shown)))
    if count == 0:
        print(f"no readout files (*.yaml, *.yml) in {path}")
        return EXIT_PROBLEMS
    print(summary(count, problems, reviews))
    return EXIT_PROBLEMS if problems else EXIT_OK
