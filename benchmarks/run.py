"""Benchmarks for opening a large collection and searching it, on synthetic readouts.

``python benchmarks/run.py [--sizes 1000,10000] [--with-100k] [--reps K]``

Readouts are generated once per size into ``benchmarks/out/`` and reused. Every figure is
the median of several runs and is printed next to a baseline measured in the same run, as
``NAME n=N median_ms=X baseline_ms=Y speedup=Z`` (speedup = baseline / ours) and
``peak_rss_mb n=N value=X``. Lines starting with ``#`` are notes. Progress goes to stderr.
What each figure means is in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import generate

import summit_tui
from summit_tui.core.store.paths import shard_folder

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PYTHON = sys.executable

#: Queries typed in the search bar, each with the word ``rg -il`` looks for as its baseline
#: (one pass over the folder for the query's most selective word: a lower bound for rg).
QUERIES: dict[str, str] = {
    "maritime mal": "maritime",
    "malaysia": "malaysia",
    "energy transition": "energy transition",
    "minerals": "minerals",
    "security cooperation": "security cooperation",
}

# --- child processes: each prints one JSON line (and "ready" first when asked) ---------------

_RSS = "import resource; rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"

COLD_SYNC = (
    """
import json, sys, time
from pathlib import Path
from summit_tui.core.store.readouts import ReadoutStore
folder, db = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
store = ReadoutStore(path=db)
report = store.sync(folder)
store.close()
ms = (time.perf_counter() - t0) * 1000
"""
    + _RSS
    + """
print(json.dumps({"ms": ms, "rss_kb": rss_kb, "added": report.added,
                  "problems": len(report.problems),
                  "first_problem": str(report.problems[0]) if report.problems else ""}))
"""
)

# A first start on a new folder, as the app's load does it: the index of the empty cache,
# then a sync whose batches go into the index as they are read (their terms gathered by the
# sync's workers). Then every readout is listed and searchable ("ms": what the user waits
# for); the app saves the index file for the next start after that, in the background
# (``Loader``), which is timed on its own ("save_ms") and counted in the peak memory.
FIRST_START = (
    """
import json, sys, time
from pathlib import Path
from summit_tui.core.collection import Collection
folder, db = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
collection = Collection(folder, db)
store = collection.open()
index = collection.index(store.entries())
store, report = collection.sync(store, on_batch=lambda batch: index.add(batch, batch.terms))
index.remove_paths(report.removed_paths)
index.remove(report.removed_ids)
t1 = time.perf_counter()
collection.save_index(index)
collection.close(store)
t2 = time.perf_counter()
"""
    + _RSS
    + """
print(json.dumps({"ms": (t1 - t0) * 1000, "save_ms": (t2 - t1) * 1000, "rss_kb": rss_kb,
                  "added": report.added, "indexed": len(index),
                  "problems": len(report.problems)}))
"""
)

BASELINE_PARSE = """
import json, os, sys, time
from multiprocessing import Pool
import yaml
def parse(path):
    with open(path, "rb") as fh:
        return len(yaml.load(fh.read(), Loader=yaml.CSafeLoader))
if __name__ == "__main__":
    folder = sys.argv[1]
    t0 = time.perf_counter()
    paths = [e.path for e in os.scandir(folder) if e.name.endswith(".yaml")]
    with Pool(2) as pool:
        n = sum(pool.imap_unordered(parse, paths, chunksize=64))
    ms = (time.perf_counter() - t0) * 1000
    print(json.dumps({"ms": ms, "files": len(paths)}))
"""

# Time to an interactive list in a fresh process, store only: Textual imported as the app
# would, the store opened, the folder synced (nothing to parse when warm), entries read.
WARM_STORE = (
    """
import json, sys
import textual.app
from pathlib import Path
from summit_tui.core.store.readouts import ReadoutStore
folder, db = Path(sys.argv[1]), Path(sys.argv[2])
store = ReadoutStore(path=db)
report = store.sync(folder)
entries = store.entries()
print("ready", flush=True)
store.close()
"""
    + _RSS
    + """
print(json.dumps({"rss_kb": rss_kb, "entries": len(entries), "sync": report.summary()}))
"""
)

# The real app, headless, started as the command starts it (``start_app``: the folder's
# listing begun before Textual is imported; ``make_app`` for code before it). "ready": the
# cached readouts are listed and the screen has
# painted them (IndexReady handled, then a refresh: the event the load worker waits on
# before it checks the folder): the list can be scrolled and searched.
# "synced": the folder was checked and what changed is in the list (Loaded handled, then a
# refresh). After a sync that changed something the load worker goes on to refresh the
# index file for the next start: waited for before the process exits (and counted in its
# memory), not timed.
WARM_APP = (
    """
import asyncio, json, resource, sys
from pathlib import Path
folder, db = Path(sys.argv[1]), Path(sys.argv[2])
try:  # as the command starts the app: the folder listed while Textual loads
    from summit_tui.cli.main import start_app
except ImportError:  # the code before it
    from summit_tui.app import make_app as start_app
app = start_app(folder, db_path=db, session_file=Path(sys.argv[3]))
from summit_tui.messages import IndexReady, Loaded
async def main():
    ready, loaded = [], []
    def hook(message):
        if isinstance(message, IndexReady):
            ready.append(message.shown)
        if isinstance(message, Loaded):
            loaded.append(message.shown)
    async def shown(events):
        while not (events and events[0].is_set()):
            await asyncio.sleep(0.002)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await shown(ready)
        print("ready", flush=True)
        cpu.append(cpu_ms())
        await shown(loaded)
        print("synced", flush=True)
        cpu.append(cpu_ms())
        await app.workers.wait_for_complete()
def cpu_ms():  # the process's CPU time so far, every thread's (not the helper's)
    use = resource.getrusage(resource.RUSAGE_SELF)
    return (use.ru_utime + use.ru_stime) * 1000
cpu = []
asyncio.run(main())
"""
    + _RSS
    + """
print(json.dumps({"rss_kb": rss_kb, "cpu_ready_ms": cpu[0], "cpu_synced_ms": cpu[1]}))
"""
)

IMPORT_TEXTUAL = """
import textual.app
print("ready", flush=True)
print("{}")
"""

SEARCH = (
    """
import gc, json, statistics, sys, tempfile, time
from pathlib import Path
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.readouts import ReadoutStore
folder, db, reps = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
queries = json.loads(sys.argv[4])
store = ReadoutStore(path=db)
t0 = time.perf_counter()
entries = store.entries()
t1 = time.perf_counter()
index = SearchIndex(entries)
t2 = time.perf_counter()
out = {"entries_ms": (t1 - t0) * 1000, "build_ms": (t2 - t1) * 1000, "queries": {}}
for query in queries:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        results = index.search(query)
        count, facets = len(results), results.facets
        first = results[:50]  # the rows a list shows first
        times.append((time.perf_counter() - start) * 1000)
    out["queries"][query] = {"ms": statistics.median(times), "hits": count}
with tempfile.TemporaryDirectory() as tmp:  # the warm start's index: loaded from its file
    cache = Path(tmp) / "db.json.index"
    index.save(cache, "bench")
    del index, results, facets, first  # one index in memory at a time, as in the app
    gc.collect()
    loads = []
    for _ in range(3):
        start = time.perf_counter()
        loaded = SearchIndex.load_or_build(entries, cache, "bench")
        loads.append((time.perf_counter() - start) * 1000)
        assert loaded.cache_status == "loaded", loaded.cache_status
        del loaded  # freed outside the timing
    out["load_ms"] = statistics.median(loads)
store.close()
"""
    + _RSS
    + """
out["rss_kb"] = rss_kb
print(json.dumps(out))
"""
)


def _child(code: str, *args: str, timeout: float = 3600) -> tuple[float, dict]:
    """Run Python code in a fresh process; wall ms until it printed "ready" (or exited).

    The JSON line it prints last is returned, with ``marks``: the wall ms at which each
    other one-word line ("synced") was printed.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    ready_ms = None
    last = ""
    marks: dict[str, float] = {}
    for line in proc.stdout:
        word = line.strip()
        if word == "ready" and ready_ms is None:
            ready_ms = (time.perf_counter() - t0) * 1000
        elif word.isalpha():
            marks[word] = (time.perf_counter() - t0) * 1000
        elif word:
            last = line
    proc.wait(timeout=timeout)
    wall_ms = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        assert proc.stderr is not None
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr.read()[-2000:]}")
    info = json.loads(last or "{}")
    info["marks"] = marks
    return (ready_ms if ready_ms is not None else wall_ms), info


def _median(run: Callable[[], float], reps: int) -> float:
    return statistics.median(run() for _ in range(reps))


def figure(name: str, n: int, ours: float, baseline: float) -> None:
    """Print one figure in the shared format."""
    print(
        f"{name} n={n} median_ms={ours:.1f} baseline_ms={baseline:.1f} "
        f"speedup={baseline / ours:.3g}",
        flush=True,
    )


def note(text: str) -> None:
    """Print a note: a line the figure parsers skip."""
    print(f"# {text}", flush=True)


def progress(text: str) -> None:
    """Tell the person waiting what is running."""
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def dataset(n: int, seed: int) -> Path:
    """The folder of ``n`` generated readouts, generated now unless already there."""
    digest = hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:12]
    folder = OUT / f"readouts-{n}-seed{seed}"
    marker = folder / ".complete"
    if marker.exists() and marker.read_text() == digest:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    progress(f"generating {n:,} readouts into {folder}")
    paths = generate.generate(folder, n, seed)
    generate.check_sample(paths)
    marker.write_text(digest)
    return folder


def _app_available() -> bool:
    try:
        return importlib.util.find_spec("summit_tui.app") is not None
    except ImportError:
        return False


def bench_size(n: int, seed: int, reps: int | None, only_import: bool = False) -> None:
    """Measure every figure for one collection size (``only_import``: the cold import and
    the first start only)."""
    folder = dataset(n, seed)
    mb = sum(e.stat().st_size for e in os.scandir(folder) if e.name.endswith(".yaml")) / 1e6
    note(f"n={n}: {mb:.1f} MB of YAML in {folder.relative_to(HERE.parent)}")
    fast_reps = reps or (7 if n <= 20000 else 3)
    peaks: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="summit-bench-") as tmp:
        db = Path(tmp) / "db.json"

        # cold import: sync on an empty database vs libyaml on two processes
        def cold() -> float:
            db.unlink(missing_ok=True)
            shutil.rmtree(shard_folder(db), ignore_errors=True)
            wall, info = _child(COLD_SYNC, str(folder), str(db))
            peaks["cold_import"] = max(peaks.get("cold_import", 0), info["rss_kb"] / 1024)
            if info["problems"] or info["added"] != n:
                raise RuntimeError(f"cold sync: {info}")
            return info["ms"], wall

        def first() -> tuple[float, float, float]:
            db.unlink(missing_ok=True)
            shutil.rmtree(shard_folder(db), ignore_errors=True)
            wall, info = _child(FIRST_START, str(folder), str(db))
            peaks["first_start"] = max(peaks.get("first_start", 0), info["rss_kb"] / 1024)
            if info["problems"] or info["added"] != n or info["indexed"] != n:
                raise RuntimeError(f"first start: {info}")
            return info["ms"], info["save_ms"], wall

        # The baseline and ours alternate, so that the drift of a shared machine falls on
        # both alike; five rounds up to 20,000 readouts (the target's size), as the figures
        # are close to their targets and one round can be off by a fifth.
        pairs = reps or (5 if n <= 20000 else 1)
        progress(
            f"n={n}: cold_import, first_start and their baseline (CSafeLoader, 2 processes), "
            f"alternating, x{pairs}"
        )
        # A round: the baseline, cold_import (ms, wall ms), first_start (ms, save ms, wall ms).
        runs = [
            (_child(BASELINE_PARSE, str(folder))[1]["ms"], cold(), first()) for _ in range(pairs)
        ]
        base_ms = statistics.median(r[0] for r in runs)

        def ratio(pick: Callable[[tuple[float, ...]], float]) -> float:
            """The median over the rounds of a time over the same round's baseline."""
            return statistics.median(pick(r) / r[0] for r in runs)

        note(
            "cold_import: ReadoutStore.sync of the folder into an empty database, timed in "
            "its process (the interpreter's start and imports left out, as the baseline's "
            "are); baseline: yaml.load with CSafeLoader over the same files on 2 processes "
            f"(run alternately with it; median ratio of the rounds {ratio(lambda r: r[1][0]):.2f};"
            f" with the start and imports {ratio(lambda r: r[1][1]):.2f})"
        )
        figure("cold_import", n, statistics.median(r[1][0] for r in runs), base_ms)
        note(
            "first_start: a new folder's import plus index, as the app's first load, until "
            "every readout is listed and searchable: the sync's batches indexed as they are "
            "read (terms gathered by its workers); baseline: as cold_import (median ratio of "
            f"the rounds {ratio(lambda r: r[2][0]):.2f}; with the start and imports "
            f"{ratio(lambda r: r[2][2] - r[2][1]):.2f})"
        )
        figure("first_start", n, statistics.median(r[2][0] for r in runs), base_ms)
        note(
            "first_start_saved: the same, until the index file is saved too (the app saves "
            "it after the list is complete, in the background: median "
            f"{statistics.median(r[2][1] for r in runs):.0f} ms of it; median ratio of the "
            f"rounds {ratio(lambda r: r[2][0] + r[2][1]):.2f})"
        )
        figure("first_start_saved", n, statistics.median(r[2][0] + r[2][1] for r in runs), base_ms)
        if only_import:
            print_peaks(n, peaks)
            return

        # warm start: a fresh process to an interactive list
        progress(f"n={n}: warm_start baseline (python -c 'import textual.app') x{fast_reps}")
        base = _median(lambda: _child(IMPORT_TEXTUAL)[0], fast_reps)
        session = str(Path(tmp) / "session.json")  # not the user's own
        warm_code, warm_name = WARM_STORE, "store only"
        if _app_available():
            try:
                _child(WARM_APP, str(folder), str(db), session, timeout=600)
                warm_code, warm_name = WARM_APP, "the real app, headless (run_test)"
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                note(f"the app could not start headless, measuring the store only: {exc}")
        else:
            note("summit_tui.app is not there yet: warm_start measures the store only")

        def warm(code: str, label: str) -> Callable[[], tuple[float, float]]:
            """A run: ms to the usable list, and ms until the folder's changes are shown."""

            def run() -> tuple[float, float]:
                ms, info = _child(code, str(folder), str(db), session)
                peaks[label] = max(peaks.get(label, 0), info["rss_kb"] / 1024)
                return ms, info["marks"].get("synced", ms)

            return run

        # warm_start and one_changed alternate, so that the drift of a shared machine falls
        # on both alike: each warm run finds the file as the previous changed run left it
        # (nothing to parse), each changed run finds one file modified among n.
        target = sorted(e.path for e in os.scandir(folder) if e.name.endswith(".yaml"))[n // 2]
        original = Path(target).read_bytes()
        warm_runs: list[tuple[float, float]] = []
        changed_runs: list[tuple[float, float]] = []
        progress(f"n={n}: warm_start ({warm_name}) and one_changed, alternating, x{fast_reps}")
        try:
            for revision in range(1, fast_reps + 1):
                warm_runs.append(warm(warm_code, "warm_start")())
                title = f"\ntitle: Revised {revision} ".encode()
                Path(target).write_bytes(original.replace(b"\ntitle: ", title, 1))
                changed_runs.append(warm(warm_code, "one_changed")())
        finally:
            Path(target).write_bytes(original)
        warm_ms = statistics.median(ready for ready, _ in warm_runs)
        note(
            f"warm_start: {warm_name}: process start to the cached readouts listed on "
            "screen (scroll and search work; the folder is checked next); baseline: "
            "python -c 'import textual.app'"
        )
        figure("warm_start", n, warm_ms, base)
        note(
            "warm_synced: the same runs, until the check of the folder (nothing changed) "
            "is done and shown"
        )
        figure("warm_synced", n, statistics.median(synced for _, synced in warm_runs), base)
        if warm_code is WARM_APP:
            progress(f"n={n}: warm_store (store only) x{fast_reps}")
            store_ms = _median(lambda: warm(WARM_STORE, "warm_store")()[0], fast_reps)
            figure("warm_store", n, store_ms, base)
        changed_ms = statistics.median(synced for _, synced in changed_runs)
        pairs = statistics.median(c[1] - w[0] for w, c in zip(warm_runs, changed_runs, strict=True))
        note(
            "one_changed: one file modified, then a warm start until the modified readout "
            "is in the list; baseline: warm_start (run alternately with it; median "
            f"difference of the pairs {pairs:+.0f} ms)"
        )
        figure("one_changed", n, changed_ms, warm_ms)

        if importlib.util.find_spec("summit_tui.core.search.index") is not None:
            bench_search(n, folder, db, fast_reps, peaks)
        else:
            note("summit_tui.core.search.index is not there yet: no search figures")
        if warm_code is WARM_APP:
            bench_typing(n, folder, db)
            import people_bench  # it imports this module: not at the top

            progress(f"n={n}: people and statistics")
            people_bench.bench_size(n, seed, reps, db=db, peaks=peaks)

    print_peaks(n, peaks)


def print_peaks(n: int, peaks: dict[str, float]) -> None:
    """The largest peak memory of the processes measured, and each one's in a note."""
    print(f"peak_rss_mb n={n} value={max(peaks.values()):.0f}", flush=True)
    note("peak RSS by process (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(peaks.items())))


def bench_search(n: int, folder: Path, db: Path, reps: int, peaks: dict[str, float]) -> None:
    """Keystroke latency of SearchIndex.search in-process, against ``rg -il`` on the folder."""
    rg = shutil.which("rg")
    tool = [rg, "-il"] if rg else ["grep", "-ril"]
    tool_name = "rg -il" if rg else "grep -ril"
    progress(f"n={n}: search ({len(QUERIES)} queries)")
    _, info = _child(SEARCH, str(folder), str(db), str(max(reps, 15)), json.dumps(list(QUERIES)))
    peaks["search"] = info["rss_kb"] / 1024
    figure("index_build", n, info["build_ms"], info["entries_ms"])
    note("index_build: SearchIndex(entries) in-process; baseline: store.entries() that feeds it")
    figure("index_load", n, info["load_ms"], info["build_ms"])
    note("index_load: SearchIndex.load_or_build from its cache file; baseline: index_build")

    def scan(word: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([*tool, word, str(folder)], stdout=subprocess.DEVNULL, check=False)
        return (time.perf_counter() - t0) * 1000

    ours_all, base_all = [], []
    for query, word in QUERIES.items():
        base = _median(lambda w=word: scan(w), reps)
        ours = info["queries"][query]["ms"]
        ours_all.append(ours)
        base_all.append(base)
        figure(f"keystroke[{query.replace(' ', '_')}]", n, ours, base)
        note(f"  {query!r}: {info['queries'][query]['hits']} hits; baseline {tool_name} {word!r}")
    figure("keystroke", n, statistics.median(ours_all), statistics.median(base_all))
    note(
        f"keystroke: search + count + facets + first 50 rows, median over queries; "
        f"baseline: {tool_name} over the YAML folder"
    )


def _relay(script: str, *args: str) -> None:
    """Run a benchmark script of this folder and pass on its figures and notes."""
    proc = subprocess.run(
        [PYTHON, str(HERE / script), *args], stdout=subprocess.PIPE, text=True, check=False
    )
    for line in proc.stdout.splitlines():
        print(line, flush=True)
    if proc.returncode != 0:
        note(f"{script} failed with exit code {proc.returncode}")


def bench_typing(n: int, folder: Path, db: Path) -> None:
    """Keystroke to repainted screen in the real app: in a terminal, and headless (Pilot)."""
    if importlib.util.find_spec("pyte") is None:
        note("pyte is not installed (pip install -e '.[dev]'): no terminal_keystroke figures")
    else:
        progress(f"n={n}: terminal_keystroke (the app in a pty, typing)")
        _relay("terminal_keystroke.py", "--folder", str(folder), "--db", str(db))
    progress(f"n={n}: keystroke_repaint (the app headless, Pilot)")
    _relay("app_keystroke.py", "--sizes", str(n))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000",
        help="comma-separated collection sizes (default: 1000,10000)",
    )
    parser.add_argument("--with-100k", action="store_true", help="also measure 100,000")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument(
        "--reps", type=int, default=None, help="repetitions of every figure (default: by size)"
    )
    parser.add_argument(
        "--only-import",
        action="store_true",
        help="only cold_import and first_start (with their baseline and peak memory)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_100k and 100_000 not in sizes:
        sizes.append(100_000)
    note(
        f"{time.strftime('%Y-%m-%d')} python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, summit_tui from {Path(summit_tui.__file__).parent}"
    )
    for n in sizes:
        bench_size(n, args.seed, args.reps, args.only_import)
    return 0


if __name__ == "__main__":
    sys.exit(main())
