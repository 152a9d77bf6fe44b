"""The folder check's helper alone (``folder_check``), alternating with another checkout's.

``python benchmarks/folder_check_bench.py --folder F --db DB [--reps K] [--against SRC]``

Each round runs, for this checkout's ``src`` and then the other's (``--against``): the real
helper process as the app starts it (``BackgroundCheck``: a fresh interpreter, the folder
listed and compared with the stamps stored in the cache, its answer written out), timed
from outside (wall ms, and its CPU ms from ``getrusage``); then a fresh process that times
the helper's two parts in it (CPU ms): ``stored_stamps`` (the stored stamps read: from the
shards, or from the stamps file beside them) and ``scan_pairs`` (the listing). The
database is first brought in step with the folder by this checkout's code (a sync, which
keeps its stamps file); both ways read the same shards. Figures are medians, in the
``NAME n=N median_ms=X baseline_ms=Y speedup=Z`` form with the other checkout as the
baseline (this checkout against itself without ``--against``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import run as runner

HERE_SRC = os.fspath(Path(__file__).resolve().parents[1] / "src")

SYNC = """
import sys
from pathlib import Path
from summit_tui.core.store.readouts import ReadoutStore
store = ReadoutStore(path=Path(sys.argv[2]))
store.sync(Path(sys.argv[1]))
store.close()
"""

HELPER = "from summit_tui.core.store.folder_check import _main; _main()"

PARTS = """
import json, sys, time
from pathlib import Path
from summit_tui.core.files.listing import scan_pairs
from summit_tui.core.store.folder_check import stored_stamps
from summit_tui.core.store.layout import SHARDS
clock = time.process_time
folder, shards = Path(sys.argv[1]), Path(sys.argv[2])
t0 = clock()
digests, stamps = stored_stamps(shards, SHARDS)
t1 = clock()
listed = scan_pairs(folder)
t2 = clock()
print(json.dumps({"stamps_ms": (t1 - t0) * 1000, "listing_ms": (t2 - t1) * 1000,
                  "stored": len(stamps), "shards": len(digests)}))
"""


def _env(src: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": src}


def helper_run(src: str, folder: Path, shards: Path) -> tuple[float, float, bytes]:
    """One helper process as the app starts it: wall ms, CPU ms, its answer."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", HELPER, os.fspath(folder), os.fspath(shards), "32"],
        env=_env(src),
        capture_output=True,
        check=True,
    ).stdout
    wall = (time.perf_counter() - t0) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu, out


def parts_run(src: str, folder: Path, shards: Path) -> dict[str, float]:
    """The helper's two parts timed in a fresh process (CPU ms)."""
    out = subprocess.run(
        [sys.executable, "-c", PARTS, os.fspath(folder), os.fspath(shards)],
        env=_env(src),
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    parts: dict[str, float] = json.loads(out)
    return parts


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, required=True, help="a folder of readouts")
    parser.add_argument("--db", type=Path, required=True, help="its database (synced here)")
    parser.add_argument("--reps", type=int, default=9, help="rounds")
    parser.add_argument("--against", default=None, help="another checkout's src folder")
    args = parser.parse_args(argv)
    shards = args.db.with_name(args.db.name + ".d")
    n = sum(1 for e in os.scandir(args.folder) if e.name.endswith((".yaml", ".yml")))
    runner.note(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()}")
    runner.progress("syncing the database with this checkout's code")
    subprocess.run(
        [sys.executable, "-c", SYNC, os.fspath(args.folder), os.fspath(args.db)],
        env=_env(HERE_SRC),
        check=True,
    )
    ways = [("this", HERE_SRC)] + ([("against", args.against)] if args.against else [])
    helper: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in ways}
    parts: dict[str, list[dict[str, float]]] = {label: [] for label, _ in ways}
    answers: dict[str, bytes] = {}
    for revision in range(1, args.reps + 1):
        runner.progress(f"n={n}: round {revision}/{args.reps}")
        for label, src in ways if revision % 2 else ways[::-1]:  # each first in turn
            wall, cpu, out = helper_run(src, args.folder, shards)
            helper[label].append((wall, cpu))
            answers.setdefault(label, out)
            parts[label].append(parts_run(src, args.folder, shards))
    if len(set(answers.values())) != 1:
        runner.note("the ways' answers DIFFER")
    else:
        runner.note("every way gave the same answer (marshal bytes equal)")
    base = ways[-1][0]

    def med(label: str, pick: str) -> float:
        if pick == "wall":
            return statistics.median(w for w, _ in helper[label])
        if pick == "cpu":
            return statistics.median(c for _, c in helper[label])
        return statistics.median(p[pick] for p in parts[label])

    for label, _ in ways:
        runner.note(
            f"{label}: helper wall {', '.join(f'{w:.0f}' for w, _ in helper[label])} ms; "
            f"CPU {', '.join(f'{c:.0f}' for _, c in helper[label])} ms; stored stamps "
            f"{', '.join(f'{p:.0f}' for p in (q['stamps_ms'] for q in parts[label]))} ms"
        )
    for pick, name in (
        ("wall", "folder_check_wall"),
        ("cpu", "folder_check_cpu"),
        ("stamps_ms", "stored_stamps_cpu"),
        ("listing_ms", "listing_cpu"),
    ):
        runner.figure(name, n, med("this", pick), med(base, pick))
    runner.note(f"baseline: {base}'s figures in the same rounds; load at the end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
