"""Keystroke to repainted screen in the real app: search bar, list, filter pane and detail.

The engine alone is timed by search_bench.py; this times what the user waits for. The app
runs headless (Textual's run_test) over an index of N generated readouts, the query is typed
one key at a time, and each key is timed until the app is idle again, all panes repainted.

    python benchmarks/app_keystroke.py [--sizes 10000,100000] [--reps 3]

Prints ``keystroke_repaint n=N median_ms=X baseline_ms=Y speedup=Z`` where the baseline is
``rg -il`` of the query's longest word over the same YAML folder, timed in the same run, with
p90 and max in a note. Every figure is net of the harness: the median time of a one-Input app
typed into the same way (Pilot's own waiting, measured first in the same run) is taken off
each key.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, make_readout
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from summit_tui.app import make_app
from summit_tui.core.files.reading import derive
from summit_tui.core.search.index import SearchIndex
from summit_tui.messages import IndexChanged
from summit_tui.widgets.search_bar import SearchInput

QUERIES = ("maritime malaysia", "energy transition", "country:PL minerals")
OUT = Path(__file__).resolve().parent / "out"


def build_index(n: int) -> SearchIndex:
    """The index of n generated readouts, built in this process."""
    entries = [derive(make_readout(i), f"{i}.yaml") for i in range(n)]
    return SearchIndex(entries)


def rg_baseline(folder: Path, word: str) -> float:
    """Milliseconds for one ``rg -il word folder`` (grep -ril when rg is missing)."""
    tool = (
        ["rg", "-il", word, str(folder)]
        if shutil.which("rg")
        else ["grep", "-ril", word, str(folder)]
    )
    start = time.perf_counter()
    subprocess.run(tool, stdout=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


async def time_keys(index: SearchIndex, reps: int) -> list[float]:
    """Milliseconds from each key of each query to an idle, repainted app."""
    empty = Path(tempfile.mkdtemp())
    app = make_app(
        empty,
        db_path=empty / "db.json",
        userdata_path=empty / "u.json",
        session_file=empty / "s.json",
    )
    times: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        with contextlib.suppress(WorkerCancelled):  # a load superseded by the next one
            await app.workers.wait_for_complete()
        await pilot.pause()
        app.main.post_message(IndexChanged(index, []))  # as the app does after a load
        await pilot.pause()
        await type_queries(pilot, app.main.query_one(SearchInput), reps, times)
    return times


async def type_queries(pilot: Pilot, box: Input, reps: int, times: list[float]) -> None:
    """Type every query into the box a key at a time, timing each key until the app is idle."""
    for _ in range(reps):
        for query in QUERIES:
            box.value = ""
            box.focus()
            await pilot.pause()
            for ch in query:
                start = time.perf_counter()
                await pilot.press("space" if ch == " " else ch)
                await pilot.pause()
                times.append((time.perf_counter() - start) * 1000)


class _OneInput(App[None]):
    """The smallest app with a text box: what Pilot itself costs per key."""

    def compose(self) -> ComposeResult:
        yield Input()


async def harness_keys(reps: int) -> list[float]:
    """Milliseconds per key in the smallest app, measured the same way."""
    app = _OneInput()
    times: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await type_queries(pilot, app.query_one(Input), reps, times)
    return times


def p90(values: list[float]) -> float:
    """The 90th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def main(argv: list[str] | None = None) -> int:
    """Time the app at each size and print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args(argv)
    harness = statistics.median(asyncio.run(harness_keys(args.reps)))
    print(
        f"# pilot_harness median_ms={harness:.1f} (a one-Input app timed the same way: "
        "Pilot's own waiting, taken off every key below)",
        flush=True,
    )
    for n in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"readouts-{n}-seed20240523"
        if not folder.is_dir():
            generate(folder, n)
        index = build_index(n)
        raw = asyncio.run(time_keys(index, args.reps))
        times = [max(0.0, t - harness) for t in raw]
        word = max(QUERIES[0].split(), key=len)
        base = statistics.median(rg_baseline(folder, word) for _ in range(3))
        ours = statistics.median(times)
        print(
            f"keystroke_repaint n={n} median_ms={ours:.1f} baseline_ms={base:.1f} "
            f"speedup={base / max(ours, 0.1):.3g}",
            flush=True,
        )
        print(
            f"# keystroke_repaint n={n} keys={len(times)} p90_ms={p90(times):.1f} "
            f"max_ms={max(times):.1f} (net of the harness; raw median_ms="
            f"{statistics.median(raw):.1f})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
