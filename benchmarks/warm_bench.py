"""Warm start and one changed file, alone or alternating with another checkout's code.

``python benchmarks/warm_bench.py [--sizes 100000 | --folder F --db DB] [--reps K]
[--against SRC --against-db DB2]``

The figures ``run.py`` prints as ``warm_start``, ``warm_synced`` and ``one_changed`` (the
same child processes: the real app headless, from a fresh process), without the import and
search figures before them: for a round that works on the warm start. ``--against SRC``
runs another checkout's ``src`` (``PYTHONPATH``) in the same rounds, alternating with this
one, over its own database (``--against-db``: each code keeps its cache as it writes it),
and prints its figures as the baseline (``warm_start_vs``, ``one_changed_vs``). The app's
peak memory in each way is printed in a note. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

import generate
import run as runner

#: A way to run the app: a label, the folder of its code (None: this checkout) and its database.
Way = tuple[str, str | None, Path]


def _warm(way: Way, folder: Path, session: str) -> tuple[float, float, float, float, float]:
    """One start: ms to the usable list, ms to the folder's check shown, peak RSS in MB,
    and the app's CPU ms (every thread, not the helper's) at the two."""
    _, src, db = way
    saved = os.environ.get("PYTHONPATH")
    if src is not None:
        os.environ["PYTHONPATH"] = src
    try:
        ms, info = runner._child(runner.WARM_APP, str(folder), str(db), session)
    finally:
        if src is not None:
            if saved is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = saved
    return (
        ms,
        info["marks"].get("synced", ms),
        info["rss_kb"] / 1024,
        info.get("cpu_ready_ms", 0.0),
        info.get("cpu_synced_ms", 0.0),
    )


def bench(folder: Path, ways: list[Way], reps: int, n: int) -> None:
    """Alternate warm and changed starts of every way; print the figures."""
    target = sorted(e.path for e in os.scandir(folder) if e.name.endswith((".yaml", ".yml")))[
        n // 2
    ]
    original = Path(target).read_bytes()
    warm: dict[str, list[tuple[float, ...]]] = {label: [] for label, _, _ in ways}
    changed: dict[str, list[tuple[float, ...]]] = {label: [] for label, _, _ in ways}
    with tempfile.TemporaryDirectory(prefix="summit-warm-") as tmp:
        session = str(Path(tmp) / "session.json")
        for way in ways:  # each database in step with the folder first (nothing to save after)
            _warm(way, folder, session)
        try:
            for revision in range(1, reps + 1):
                runner.progress(f"n={n}: round {revision}/{reps}")
                # Each way first in every other round: what running first or second costs
                # (caches, the machine's other work) falls on both.
                order = ways if revision % 2 else ways[::-1]
                for way in order:  # every database in step with the folder
                    warm[way[0]].append(_warm(way, folder, session))
                for way in order:
                    title = f"\ntitle: Revised {revision} {way[0]} ".encode()
                    Path(target).write_bytes(original.replace(b"\ntitle: ", title, 1))
                    changed[way[0]].append(_warm(way, folder, session))
                    for other in ways:  # the others read the change too, untimed
                        if other is not way:
                            _warm(other, folder, session)
        finally:
            Path(target).write_bytes(original)
    base = ways[-1][0]
    if len(ways) > 1:
        for name, runs, at in (
            ("warm_start", warm, 0),
            ("warm_synced", warm, 1),
            ("one_changed", changed, 1),
        ):
            pairs = [a[at] - b[at] for a, b in zip(runs[ways[0][0]], runs[base], strict=True)]
            runner.note(
                f"{name}: {ways[0][0]} - {base} per round "
                f"{', '.join(f'{p:+.0f}' for p in pairs)} ms (median "
                f"{statistics.median(pairs):+.0f}; {sum(p < 0 for p in pairs)} of "
                f"{len(pairs)} rounds lower)"
            )
    for label, _, _ in ways:
        ready = statistics.median(r[0] for r in warm[label])
        synced = statistics.median(r[1] for r in warm[label])
        one = statistics.median(r[1] for r in changed[label])
        pairs = [c[1] - w[0] for w, c in zip(warm[label], changed[label], strict=True)]
        suffix = "" if label == ways[0][0] else "_vs"
        runner.note(
            f"{label}: warm_start runs {', '.join(f'{r[0]:.0f}' for r in warm[label])} ms; "
            f"warm_synced runs {', '.join(f'{r[1]:.0f}' for r in warm[label])} ms; "
            f"one_changed - warm_start per pair {', '.join(f'{p:+.0f}' for p in pairs)} ms "
            f"(median {statistics.median(pairs):+.0f}); peak RSS warm "
            f"{max(r[2] for r in warm[label]):.0f} MB, changed "
            f"{max(r[2] for r in changed[label]):.0f} MB; the app's CPU until the list is "
            f"shown {statistics.median(r[3] for r in warm[label]):.0f} ms, until the change "
            f"is shown {statistics.median(r[4] for r in changed[label]):.0f} ms (medians)"
        )
        if len(ways) > 1 and label != base:
            other = statistics.median(r[0] for r in warm[base])
            runner.figure(f"warm_start{suffix}", n, ready, other)
            runner.note(f"  baseline: {base}'s warm_start in the same rounds")
        else:
            runner.figure(f"warm_start{suffix}", n, ready, ready)
        runner.figure(f"warm_synced{suffix}", n, synced, ready)
        runner.figure(f"one_changed{suffix}", n, one, ready)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated sizes")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--folder", type=Path, default=None, help="a folder of readouts")
    parser.add_argument("--db", type=Path, default=None, help="its database, synced already")
    parser.add_argument("--reps", type=int, default=5, help="rounds")
    parser.add_argument("--against", default=None, help="another checkout's src folder")
    parser.add_argument("--against-db", type=Path, default=None, help="its own database")
    args = parser.parse_args(argv)
    if args.folder is not None:
        targets = [(args.folder, args.db)]
    else:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        targets = [(runner.dataset(n, args.seed), args.db) for n in sizes]
    runner.note(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()}")
    for folder, db in targets:
        n = sum(1 for e in os.scandir(folder) if e.name.endswith((".yaml", ".yml")))
        with tempfile.TemporaryDirectory(prefix="summit-warm-db-") as tmp:
            ways: list[Way] = [("this", None, db or Path(tmp) / "db.json")]
            if args.against:
                ways.append(("against", args.against, args.against_db or Path(tmp) / "vs.json"))
            bench(folder, ways, args.reps, n)
    runner.note(f"load at the end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
