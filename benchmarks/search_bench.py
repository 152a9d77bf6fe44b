"""Search-engine benchmark on the generated readouts, against ``rg -il`` over the same folder.

``python benchmarks/search_bench.py [--sizes 1000,10000,100000] [--reps K] [--full-derive]``

For each size the YAML folder comes from ``benchmarks/generate.py`` (through ``run.dataset``,
so ``run.py`` and this script share ``benchmarks/out/``), and the same readouts are built
in-process from the generator. Every figure is a median, printed as
``NAME n=N median_ms=X baseline_ms=Y speedup=Z`` (speedup = baseline / ours), the baseline
measured in the same run; lines starting with ``#`` say what was measured.

- ``keystroke``: each prefix of the typed queries, from a cold per-keystroke cache:
  ``search()`` + result count + facet counts. ``keystroke_list`` adds what the list paints:
  the first 50 rows, and the snippet and matched sections of the first 20.
  Baseline: ``rg -il`` over the folder for the query's words (one pass each, summed).
- ``phrase``, ``relevance``, ``fields``, ``section``: one query each, first time.
- ``index_build``: ``SearchIndex(entries)``; baseline: one ``rg -il`` pass (how many
  searches the build is worth). ``index_load``: ``SearchIndex.load_or_build`` from the
  cache file; baseline: ``index_build``.
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import generate
import run as runner

from summit_tui.core.files.reading import derive
from summit_tui.core.model.entry import Entry
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.results import Results

#: Queries typed one character at a time, with the words a grep must look for.
TYPED: dict[str, list[str]] = {
    "maritime malaysia": ["maritime", "malaysia"],
    "critical minerals": ["critical", "minerals"],
    "energy": ["energy"],
}
#: Single queries (name -> query, order, words for the baseline).
SINGLE: dict[str, tuple[str, str, list[str]]] = {
    "phrase": ('"the rule of law"', "newest", ["rule of law"]),
    "relevance": ("security cooperation", "relevance", ["security", "cooperation"]),
    "fields": ("country:MY date:2015..2020 kind:summit", "newest", ["malaysia"]),
    "section": ("section:regional maritime", "newest", ["maritime"]),
}


def entries_for(n: int, seed: int, full_derive: bool) -> list[Entry]:
    """The readouts of the folder, built from the generator instead of parsed from YAML.

    By default topics and mentions are the declared ones: the taxonomy's text tagging
    costs tens of milliseconds a readout, which at 100,000 is most of an hour.
    """
    out = []
    for i in range(n):
        r = generate.make_readout(i, seed)
        path = generate.file_name(r)
        if full_derive:
            out.append(derive(r, path))
        else:
            blank = tuple(() for _ in r.all_sections())
            out.append(Entry(r, path, r.topics, r.mentions, blank))
    return out


def grep_tool() -> tuple[list[str], str]:
    """``rg -il`` when installed, else ``grep -ril`` (named so in the notes)."""
    rg = shutil.which("rg")
    return ([rg, "-il"], "rg -il") if rg else (["grep", "-ril"], "grep -ril")


def scan_ms(tool: list[str], words: Sequence[str], folder: Path) -> float:
    """Wall time of one grep pass per word over the folder."""
    t0 = time.perf_counter()
    for word in words:
        subprocess.run([*tool, word, str(folder)], stdout=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - t0) * 1000


def median_ms(
    fn: Callable[[], object], reps: int, before: Callable[[], None] | None = None
) -> float:
    """Median wall time of fn() in milliseconds; ``before`` runs untimed ahead of each."""
    times = []
    for _ in range(reps):
        if before is not None:
            before()
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def figure(name: str, n: int, ours: float, baseline: float) -> None:
    """One line in the shared format."""
    print(
        f"{name} n={n} median_ms={ours:.1f} baseline_ms={baseline:.1f} "
        f"speedup={baseline / ours:.2f}",
        flush=True,
    )


def note(text: str) -> None:
    """A line the figure parsers skip."""
    print(f"# {text}", flush=True)


def _facets(results: Results) -> int:
    return len(results) + sum(len(v) for v in results.facets.values())


def _paint(results: Results) -> None:
    """What the meeting list reads after a keystroke: 50 rows, 20 snippets and sections."""
    _facets(results)
    for i in range(min(50, len(results))):
        results[i]
    for i in range(min(20, len(results))):
        results.snippet(i)
        results.matched_sections(i)


def bench(n: int, seed: int, reps: int, full_derive: bool) -> None:
    """Every figure for one size."""
    folder = runner.dataset(n, seed)
    tool, tool_name = grep_tool()
    entries = entries_for(n, seed, full_derive)
    gc.collect()
    build_reps = max(1, min(reps, 3 if n >= 100_000 else reps))
    SearchIndex(entries[:200])  # warms the tokenizer and the taxonomy
    built: list[SearchIndex] = []
    build = median_ms(lambda: built.append(SearchIndex(entries)), build_reps, built.clear)
    built.clear()
    one_scan = statistics.median(scan_ms(tool, ["maritime"], folder) for _ in range(reps))
    figure("index_build", n, build, one_scan)
    note(f"index_build: SearchIndex(entries), {build_reps} runs; baseline: one {tool_name} pass")

    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "db.json.index"
        index = SearchIndex.load_or_build(entries, cache, "bench")
        last: list[SearchIndex] = []  # freed untimed, before the next run
        load = median_ms(
            lambda: last.append(SearchIndex.load_or_build(entries, cache, "bench")),
            reps,
            last.clear,
        )
        assert last[0].cache_status == "loaded", last[0].cache_status
        last.clear()
        size_mb = cache.stat().st_size / 2**20
    figure("index_load", n, load, build)
    note(
        f"index_load: SearchIndex.load_or_build from a {size_mb:.0f} MB cache file; "
        "baseline: index_build"
    )

    forget = index.clear_cache  # a new keystroke finds no memoised bitmaps
    ours, painted, base = [], [], []
    for typed, words in TYPED.items():
        grep = statistics.median(scan_ms(tool, words, folder) for _ in range(reps))
        for k in range(1, len(typed) + 1):
            q = typed[:k]
            ours.append(median_ms(lambda q=q: _facets(index.search(q)), reps, forget))
            painted.append(median_ms(lambda q=q: _paint(index.search(q)), reps, forget))
        base.append(grep)
        note(f"  {typed!r}: {len(index.search(typed))} hits; {tool_name} {words}: {grep:.0f} ms")
    baseline = statistics.median(base)
    figure("keystroke", n, statistics.median(ours), baseline)
    figure("keystroke_list", n, statistics.median(painted), baseline)
    note(
        f"keystroke: {len(ours)} keystrokes; worst {max(ours):.1f} ms, "
        f"with the list painted {max(painted):.1f} ms"
    )

    for name, (query, order, words) in SINGLE.items():
        ms = median_ms(lambda q=query, o=order: _paint(index.search(q, order=o)), reps, forget)
        grep = statistics.median(scan_ms(tool, words, folder) for _ in range(reps))
        figure(name, n, ms, grep)
        note(
            f"  {name}: {query!r} ({order}) {len(index.search(query, order=order))} hits, "
            f"list painted; baseline {tool_name} {words}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_rss_mb n={n} value={rss:.0f}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument(
        "--full-derive",
        action="store_true",
        help="tag topics and mentions in the text as the loader does (slow)",
    )
    args = parser.parse_args(argv)
    note(f"{time.strftime('%Y-%m-%d %H:%M')} python {sys.version.split()[0]}")
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        bench(n, args.seed, args.reps, args.full_derive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
