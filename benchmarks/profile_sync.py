"""Where the time of a cold ``ReadoutStore.sync`` goes, phase by phase, on one core.

``python benchmarks/profile_sync.py FOLDER [--limit N] [--cprofile]``

It runs the same functions as ``sync`` does in each worker process (the loader's composer
and schema walker, ``derive`` split into its parts, the store's document shape), then
TinyDB's inserts and the shards' JSON writes, timing each phase on its own, next to plain
``yaml.load`` with libyaml (``CSafeLoader``) on the same files. ``--cprofile`` adds the top
functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import yaml

from summit_tui.core.files.listing import readout_files
from summit_tui.core.files.reading import _entry_doc
from summit_tui.core.files.readout_yaml import _UntypedLoader, _Walker, decode
from summit_tui.core.model.entry import Entry
from summit_tui.core.reference import countries, topics
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore, _Writer
from summit_tui.core.store.shards import shard_of


def phases(folder: Path, limit: int | None, db: Path | None = None) -> tuple[dict[str, float], int]:
    """Seconds spent in each phase of a cold sync of the folder's files.

    With ``db``, the database is kept there, as ``sync`` would have left it.
    """
    files = list(readout_files(folder))[:limit]
    spent: dict[str, float] = defaultdict(float)
    tax = topics.default_taxonomy()
    topics.scan(
        "warm the caches: Malaysia", countries.name_forms(), countries.abbreviation_forms()
    )  # build outside timing
    docs = []
    clock = time.perf_counter
    for rel, stamp in files:
        t0 = clock()
        data = (folder / rel).read_bytes()
        t1 = clock()
        yaml.load(data, Loader=yaml.CSafeLoader)
        t2 = clock()
        text = decode(data, rel)
        loader = _UntypedLoader(text)
        node = loader.get_single_node()
        loader.dispose()
        t3 = clock()
        walker = _Walker(rel, careful="&" in text or "!" in text)  # as parse_readout does
        readout = walker.readout(node, Path(rel).stem)
        assert readout is not None
        t4 = clock()
        full, spans = topics.text_layout(readout)
        t5 = clock()
        scan = topics.scan(full, countries.name_forms(), countries.abbreviation_forms())
        assert scan is not None, rel  # text that lowers one character for one, as generated
        readout_topics, per_section = topics.topics_of(readout, scan.hits, spans, tax)
        t6 = clock()
        found = countries.find_with_forms(scan.names, scan.exact, full, scan.low)
        mentions = list(dict.fromkeys(c.code for c, _, _ in found))
        t7 = t8 = clock()
        entry = Entry(
            readout,
            rel,
            tuple(readout_topics),
            tuple(mentions),
            tuple(tuple(t) for t in per_section),
        )
        docs.append(_entry_doc(entry, stamp))
        t9 = clock()
        spent["read bytes"] += t1 - t0
        spent["(reference) yaml.load CSafeLoader"] += t2 - t1
        spent["loader: compose nodes (libyaml, untyped)"] += t3 - t2
        spent["loader: schema walk -> Readout"] += t4 - t3
        spent["derive: full text and section spans"] += t5 - t4
        spent["derive: topics and country names (one automaton pass)"] += t6 - t5
        spent["derive: country mentions from the names found"] += t7 - t6
        spent["store: Entry + to_dict document"] += t9 - t8
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "db.json"
        path.unlink(missing_ok=True)
        store = ReadoutStore(path=path)
        store._meta.insert(store._fingerprint())  # as sync does first
        writer = _Writer(store._shards)  # what sync writes with: shard by shard
        writer.eager = True
        t0 = clock()
        for doc in sorted(docs, key=lambda d: shard_of(d["path"])):
            writer.add(shard_of(doc["path"]), doc)
        writer.finish()
        t1 = clock()
        size = sum(f.stat().st_size for f in shard_folder(path).iterdir())
        store.close()
    spent[f"tinydb: inserts and writes, shard by shard ({size / 1e6:.0f} MB)"] += t1 - t0
    return spent, len(files)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument(
        "--cprofile", action="store_true", help="also profile a real sync of the whole folder"
    )
    parser.add_argument(
        "--keep-db",
        type=Path,
        default=None,
        help="leave the database here (for profiling a warm start)",
    )
    args = parser.parse_args(argv)

    spent, n = phases(args.folder, args.limit, args.keep_db)
    total = sum(v for k, v in spent.items() if not k.startswith("(reference)"))
    print(
        f"cold sync phases, {n:,} files, one core (total {total:.2f} s, "
        f"{total / n * 1000:.2f} ms per file):"
    )
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        share = "" if name.startswith("(reference)") else f"{seconds / total:6.1%}"
        print(f"  {seconds:8.2f} s  {share:>6}  {name}")

    if args.cprofile:
        with tempfile.TemporaryDirectory() as tmp:
            store = ReadoutStore(path=Path(tmp) / "db.json")
            profiler = cProfile.Profile()
            profiler.enable()
            store.sync(args.folder)
            profiler.disable()
            store.close()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(20)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
