"""How long a warm start takes to load the search index from its cache file, and its memory.

``python benchmarks/index_load.py DB [DB ...] [--reps N] [--cprofile]``

For each store database (a synced ``db.json``), reads its entries once, then times
``SearchIndex.load_or_build`` from the index file beside it ``--reps`` times and prints
the median, next to the first search (the list with its facet counts) that a warm start
runs right after. The first load builds and saves the index when the file is missing or
stale, and is not counted. Memory is what the first load added to the process's resident
size (later loads reuse memory freed by earlier ones), and the peak resident size.
``--cprofile`` adds the top functions of one more load.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import resource
import statistics
import time
from pathlib import Path

from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import index_cache_path, store_fingerprint
from summit_tui.core.store.readouts import ReadoutStore


def rss_mb() -> float:
    """The process's resident size now, in MB (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """The process's peak resident size so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Time the index loads and print one line of figures per database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="+", type=Path)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()
    for db in args.db:
        store = ReadoutStore(path=db)
        entries = store.entries()
        store.close()
        store_peak = peak_mb()
        cache, fingerprint = index_cache_path(db), store_fingerprint(db)
        gc.collect()
        before = rss_mb()
        index = SearchIndex.load_or_build(entries, cache, fingerprint)
        held = f"{rss_mb() - before:.0f}"
        if index.cache_status != "loaded":
            print(f"# {db.name}: {index.cache_status}")
            held = "?"  # built: measured again next time
        del index
        gc.collect()
        loads, firsts = [], []
        for _ in range(args.reps):
            t0 = time.perf_counter()
            index = SearchIndex.load_or_build(entries, cache, fingerprint)
            t1 = time.perf_counter()
            results = index.search("")
            len(results), results.facets, results[:50]
            firsts.append(time.perf_counter() - t1)
            loads.append(t1 - t0)
            assert index.cache_status == "loaded", index.cache_status
            del index, results
            gc.collect()
        print(
            f"index_load n={len(entries)} median_ms={statistics.median(loads) * 1000:.0f} "
            f"min_ms={min(loads) * 1000:.0f} first_search_ms="
            f"{statistics.median(firsts) * 1000:.0f} held_mb={held} "
            f"peak_rss_mb={peak_mb():.0f} (store alone {store_peak:.0f})"
        )
        if args.cprofile:
            profile = cProfile.Profile()
            profile.enable()
            SearchIndex.load_or_build(entries, cache, fingerprint)
            profile.disable()
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(15)
            print(out.getvalue())


if __name__ == "__main__":
    main()
