"""People and the people column of statistics: what the user waits for, and the core alone.

``python benchmarks/people_bench.py [--sizes 10000,100000] [--reps K] [--db DB]``

For each size the generated readouts (``run.dataset``) are synced into a database in a
temporary folder (or ``--db``, synced already), then every figure runs in fresh processes:

- ``people_screen``: the real app headless (``make_app`` + ``App.run_test``), the cached
  readouts listed and the folder checked; from the key that opens the people screen (f3)
  until the screen has painted its rows.
- ``stats_people``: the same app, from the key that opens statistics (f2) until the people
  column is painted.
- ``people_core``: the 2,000 people with the most meetings and the count of all, in-process:
  what the people screen gathers.
- ``stats_people_core``: the ten people with the most meetings, in-process: what the
  statistics screen counts.

Each figure is printed as ``NAME n=N median_ms=X baseline_ms=Y speedup=Z``; the baseline is
the reference implementation (the slow path the fast one is tested against: every readout
read back with ``light_entries`` and counted by ``people`` or ``top_counts``), timed in the
same run and, for the app figures, in the same app. The two alternate, and both must find
the same people. ``peak_rss_mb`` is the app's peak after opening both screens. Progress
goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

import generate
import run as runner

# --- child processes: each prints one JSON line -----------------------------------------------

# The two ways to count: the fast path the app uses, and the reference one.
_WAYS = """
from summit_tui.core.analysis.stats import top_counts
from summit_tui.core.model.entry import light_entries
from summit_tui.core.reference.people import people, person_key

def reference_people(results, limit):
    person_key.cache_clear()  # as the first count in a fresh process finds it
    found = people(light_entries(results))
    return found[:limit], len(found)

def reference_top(results, limit):
    person_key.cache_clear()
    return top_counts(light_entries(results), "people", limit)

WAYS = {"reference": (reference_people, reference_top)}
try:
    from summit_tui.core.analysis import people_table
    WAYS["fast"] = (people_table.listed_people, people_table.top_people)
except ImportError:  # before the fast path: the reference alone
    pass
"""

CORE = (
    """
import gc, json, resource, sys, time
from pathlib import Path
from summit_tui.core.store.readouts import ReadoutStore
"""
    + _WAYS
    + """
folder, db, way = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
listed, top = WAYS[way]
store = ReadoutStore(path=db)
entries = store.entries()
store.close()
gc.collect()
t0 = time.perf_counter()
shown, total = listed(entries, 2000)
t1 = time.perf_counter()
ten = top(entries, 10)
t2 = time.perf_counter()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"people_ms": (t1 - t0) * 1000, "top_ms": (t2 - t1) * 1000,
                  "total": total, "first": [p.key for p in shown[:3]], "ten": ten,
                  "rss_kb": rss_kb}))
"""
)

# The app headless: load, wait until the folder is checked and the load worker is done, then
# open the people screen and statistics in turn, each from its key to the screen painted.
APP = (
    """
import asyncio, json, resource, sys, time
from pathlib import Path
from summit_tui.app import make_app
from summit_tui.messages import Loaded
from summit_tui.screens.help import HelpScreen
from summit_tui.screens.people import PeopleScreen
from summit_tui.screens.stats import StatsScreen
import summit_tui.screens.people as people_screen
import summit_tui.screens.stats as stats_screen
"""
    + _WAYS
    + """
folder, db, session, way = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
if "fast" in WAYS:  # the screens count through these names
    people_screen.listed_people, stats_screen.top_people = WAYS[way]
app = make_app(folder, db_path=db, session_file=session, watch=False)

async def until(ready):
    while not ready():
        await asyncio.sleep(0.002)

async def painted():
    shown = asyncio.Event()
    app.call_after_refresh(shown.set)
    await shown.wait()

async def main():
    loaded = []
    def hook(message):
        if isinstance(message, Loaded):
            loaded.append(message.shown)
    out = {}
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await until(lambda: loaded and loaded[0].is_set())
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["rss_loaded_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        await pilot.press("f3")
        await until(lambda: isinstance(app.screen, PeopleScreen) and app.screen.people)
        await painted()
        out["people_ms"] = (time.perf_counter() - start) * 1000
        out["people_total"] = getattr(app.screen, "total", len(app.screen.people))
        await pilot.press("escape")
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("f2")
        await until(lambda: isinstance(app.screen, StatsScreen) and app.screen.people is not None)
        await painted()
        out["stats_ms"] = (time.perf_counter() - start) * 1000
        out["ten"] = app.screen.people
        await pilot.press("escape")
        await pilot.pause()
        start = time.perf_counter()  # what any screen costs, timed the same way
        await pilot.press("f1")
        await until(lambda: isinstance(app.screen, HelpScreen))
        await painted()
        out["help_ms"] = (time.perf_counter() - start) * 1000
        await pilot.press("escape")
        await pilot.pause()
    out["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))

asyncio.run(main())
"""
)


def _alternate(
    code: str, args: list[str], reps: int, ways: tuple[str, ...]
) -> dict[str, list[dict]]:
    """Run the child ``reps`` times each way, the ways alternating (so that the drift of a
    shared machine falls on both alike); every run's JSON, by way."""
    runs: dict[str, list[dict]] = {way: [] for way in ways}
    for _ in range(reps):
        for way in ways:
            runs[way].append(runner._child(code, *args, way)[1])
    return runs


def _same(runs: dict[str, list[dict]], *keys: str) -> None:
    """Every run must have found the same people: the figure of a wrong answer means nothing."""
    for key in keys:
        values = {json.dumps(run[key]) for way in runs.values() for run in way}
        if len(values) != 1:
            raise RuntimeError(f"the runs differ in {key}: {sorted(values)[:2]}")


def _figure(name: str, n: int, runs: dict[str, list[dict]], key: str) -> None:
    base = statistics.median(run[key] for run in runs["reference"])
    if "fast" not in runs:  # the reference alone: the figures before the fast path
        runner.note(f"{name} n={n} reference_median_ms={base:.1f}")
        return
    runner.figure(name, n, statistics.median(run[key] for run in runs["fast"]), base)


def bench_size(
    n: int,
    seed: int,
    reps: int | None,
    db: Path | None = None,
    ways: tuple[str, ...] = ("fast", "reference"),
    peaks: dict[str, float] | None = None,
) -> None:
    """Every people figure for one collection size; the app's peak memory goes into
    ``peaks`` when given (``run.py`` prints one peak for all its processes), else it is
    printed."""
    folder = runner.dataset(n, seed)
    reps = reps or (5 if n <= 20000 else 3)
    with tempfile.TemporaryDirectory(prefix="summit-people-") as tmp:
        if db is None:
            db = Path(tmp) / "db.json"
            runner.progress(f"n={n}: syncing {folder.name} into a new database")
            runner._child(runner.COLD_SYNC, str(folder), str(db))
        session = str(Path(tmp) / "session.json")
        # A start first: every run then finds the database and its index file in step with
        # the folder (nothing to sync, nothing to save), whatever ran before.
        runner._child(runner.WARM_APP, str(folder), str(db), session, timeout=3600)
        runner.progress(f"n={n}: people in the app, {' and '.join(ways)} alternating, x{reps}")
        app = _alternate(APP, [str(folder), str(db), session], reps, ways)
        _same(app, "people_total", "ten")
        runner.progress(f"n={n}: people in-process, {' and '.join(ways)} alternating, x{reps}")
        core = _alternate(CORE, [str(folder), str(db)], reps, ways)
        _same(core, "total", "first", "ten")
    runner.note(
        "people_screen: the app headless, from f3 to the people screen painted with its rows "
        f"({app[ways[0]][0]['people_total']:,} people); baseline: the same app counting with "
        "the reference people(light_entries(results))"
    )
    _figure("people_screen", n, app, "people_ms")
    runner.note(
        "stats_people: the app headless, from f2 to the people column of statistics painted; "
        "baseline: the same app counting with the reference top_counts(light_entries(...))"
    )
    _figure("stats_people", n, app, "stats_ms")
    runner.note("people_core: the 2,000 people with the most meetings and the count of all")
    _figure("people_core", n, core, "people_ms")
    runner.note("stats_people_core: the ten people with the most meetings")
    _figure("stats_people_core", n, core, "top_ms")
    help_ms = statistics.median(run["help_ms"] for way in ways for run in app[way])
    runner.note(
        f"  opening the help screen (f1) the same way takes {help_ms:.0f} ms: what Pilot and "
        "pushing and painting any screen cost"
    )
    for way in ways:
        peak = max(run["rss_kb"] for run in app[way]) / 1024
        loaded = max(run["rss_loaded_kb"] for run in app[way]) / 1024
        runner.note(
            f"the app, counting the {way} way: {loaded:.0f} MB loaded, {peak:.0f} MB at its "
            "peak, after both screens"
        )
        if way == "fast" and peaks is not None:
            peaks["people"] = peak
        elif way == "fast":
            print(f"peak_rss_mb n={n} value={peak:.0f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated sizes")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--reps", type=int, default=None, help="runs of each way")
    parser.add_argument("--db", type=Path, default=None, help="a database synced already")
    parser.add_argument(
        "--reference-only", action="store_true", help="time the reference way alone"
    )
    args = parser.parse_args(argv)
    ways = ("reference",) if args.reference_only else ("fast", "reference")
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        bench_size(n, args.seed, args.reps, args.db, ways)
    return 0


if __name__ == "__main__":
    sys.exit(main())
