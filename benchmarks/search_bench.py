"""Search-engine benchmark on synthetic readouts: build time and per-keystroke latency.

Usage: python benchmarks/search_bench.py [--sizes 1000,10000,100000]
Prints lines such as ``keystroke n=100000 median_ms=8.1``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import time
from collections.abc import Callable

from summit_tui.core.models import Entry, Participant, Readout, Section
from summit_tui.core.search import Filters, Results, SearchIndex
from summit_tui.core.topics import default_taxonomy

CODES = ["JP", "MY", "US", "FR", "DE", "IN", "BR", "KR", "CN", "GB", "AU", "ID", "VN", "PH",
         "TH", "SG", "CA", "IT", "ES", "MX", "ZA", "NG", "EG", "TR", "SA", "AE", "UA", "PL"]
KINDS = ["summit", "telephone-talk", "video-conference", "foreign-ministers-meeting"]
SYLLABLES = ["ka", "ri", "to", "mo", "na", "se", "lu", "vi", "po", "de", "ra", "ti", "ma",
             "ne", "zo", "qu", "le", "fa", "gri", "sol"]
REAL = str.split("maritime security cooperation energy transition trade investment rule of law "
        "critical minerals supply chain climate development education health defence "
        "regional international partnership dialogue economic digital cyber")


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    """Clearly fictional words, plus a few real ones so topic queries find something."""
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return sorted(words) + REAL * 20


def synthetic(n: int, seed: int = 7) -> list[Entry]:
    """N fictional readouts of about 3 KB each, with real country codes."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    topic_names = default_taxonomy().names
    start = dt.date(1995, 1, 1)
    out = []
    for i in range(n):
        parties = tuple(rng.sample(CODES, 2))
        mentions = tuple(c for c in rng.sample(CODES, 3) if c not in parties)

        def para(k: int) -> str:
            return " ".join(rng.choices(vocab, k=k)).capitalize() + "."

        sections = tuple(
            Section(heading=para(3), number=str(s + 1), paragraphs=(para(80), para(70)))
            for s in range(3)
        )
        readout = Readout(
            id=f"synthetic-{i:06d}",
            title=f"Fictional meeting {para(4)}",
            date=start + dt.timedelta(days=rng.randrange(11000)),
            kind=rng.choice(KINDS),
            countries=parties,
            mentions=mentions,
            participants=(Participant(name=para(2)), Participant(name=para(2))),
            summary=para(40),
            sections=sections,
        )
        topics = tuple(rng.sample(topic_names, 4))
        out.append(Entry(readout, f"{readout.id}.yaml", topics, mentions, ((), (), ())))
    return out


def median_ms(fn: Callable[[], object], index: SearchIndex, repeat: int = 5) -> float:
    """Median wall time of fn() in milliseconds, each run without the last run's cache."""
    times = []
    for _ in range(repeat):
        # Prefix, phrase and date bitmaps are memoised per keystroke; a real user types new
        # ones, so drop them (word bitmaps stay: common words are cached in use too).
        index._matcher._cache.clear()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run(n: int) -> None:
    """Build an index of n readouts and time typical keystrokes."""
    entries = synthetic(n)
    t = time.perf_counter()
    index = SearchIndex(entries)
    print(f"build n={n} ms={(time.perf_counter() - t) * 1000:.0f}")
    typed = "maritime malaysia"
    keystrokes = [typed[:k] for k in range(1, len(typed) + 1)]
    queries = {
        "keystroke": lambda: [_show(index.search(q)) for q in keystrokes],
        "phrase": lambda: _show(index.search('"energy transition" trade')),
        "fields": lambda: _show(index.search("country:MY date:2010..2020 kind:summit")),
        "filtered": lambda: _show(index.search("trade", Filters(countries=frozenset({"MY"})))),
        "relevance": lambda: _show(index.search("maritime security", order="relevance")),
        "empty": lambda: _show(index.search("")),
    }
    for name, fn in queries.items():
        ms = median_ms(fn, index)
        if name == "keystroke":
            ms /= len(keystrokes)
        print(f"{name} n={n} median_ms={ms:.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory n={n} max_rss_mb={rss:.0f}")


def _show(results: Results) -> None:
    """What the UI does after a keystroke: read the visible rows and their snippets."""
    for i in range(min(50, len(results))):
        results[i]
    for i in range(min(20, len(results))):
        results.snippet(i)


def main() -> None:
    """Parse --sizes and run each size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        run(n)


if __name__ == "__main__":
    main()
