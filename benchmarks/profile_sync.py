"""Where the time of a cold ``ReadoutStore.sync`` goes, phase by phase, on one core.

``python benchmarks/profile_sync.py FOLDER [--limit N] [--cprofile] [--keep-db DB]``

It runs what ``sync`` runs in each worker process (``parse_chunk``: the file read, the
loader's YAML composition and schema walk, ``derive`` split into its parts, ``entry_doc``,
the stored document), then what ``sync`` does with each document in its own process
(``record``, the people kept out of the shard) and the store's ``Writer`` writing every
shard in this thread: the texts appended to the side files, TinyDB's inserts, the shard's
JSON write and the people file beside it. Each phase is timed on its own, next to plain
``yaml.load`` with libyaml (``CSafeLoader``) on the same files. ``derive`` split into its
parts is checked against ``derive`` itself on a sample of the files. ``--cprofile`` adds
the top functions by own time of a real sync of the whole folder; ``--keep-db`` leaves
the database there, as a sync would have left it (for profiling a warm start).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from tinydb.table import Table

from summit_tui.core.files.listing import scan_folder
from summit_tui.core.files.reading import PEOPLE, derive, entry_doc
from summit_tui.core.files.readout_yaml import (
    _UntypedLoader,
    _Walker,
    decode,
    read_readout_bytes,
    safe_id,
)
from summit_tui.core.model.entry import Entry
from summit_tui.core.reference import countries, topics
from summit_tui.core.store import shards as shards_module
from summit_tui.core.store.layout import SHARDS
from summit_tui.core.store.parallel import warm_derive
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.records import record
from summit_tui.core.store.shards import Shards, Writer, shard_of

#: Every this many files, the parts of ``derive`` timed here are checked against ``derive``.
CHECK_EVERY = 50

#: What the writer's phases are called in the figures, by the function timed.
WRITE_PHASES = {
    "append": "write: texts appended to the side files (fsync)",
    "insert_multiple": "write: TinyDB inserts",
    "done": "write: the shard's JSON (orjson + atomic write)",
    "shard_people": "write: the people of the shard, gathered",
    "write_people": "write: the people file beside the shard",
}


def _derived(readout: Any, rel: str) -> tuple[Entry, dict[str, float]]:
    """``derive``, as it runs, with the time of each of its parts."""
    clock = time.perf_counter
    t0 = clock()
    text, spans = topics.text_layout(readout)
    t1 = clock()
    scan = topics.scan(text, countries.name_forms(), countries.abbreviation_forms())
    if scan is None:  # text whose lower case is not one character for one: the regexes
        readout_topics, section_topics = topics.tag_readout(readout, None, text, spans)
        t2 = clock()
        found = countries.find_in_text(text)
    else:
        readout_topics, section_topics = topics.topics_of(readout, scan.hits, spans)
        t2 = clock()
        found = countries.find_with_forms(scan.names, scan.exact, text, scan.low)
    mentions = dict.fromkeys(readout.mentions)
    mentions.update(dict.fromkeys(c.code for c, _, _ in found))
    entry = Entry(
        readout=readout,
        path=rel,
        topics=tuple(readout_topics),
        mentions=tuple(c for c in mentions if c not in readout.countries),
        section_topics=tuple(map(tuple, section_topics)),
    )
    t3 = clock()
    return entry, {
        "derive: full text and section spans": t1 - t0,
        "derive: topics and country names (one automaton pass)": t2 - t1,
        "derive: country mentions from the names found": t3 - t2,
    }


@contextlib.contextmanager
def _timed_writes(spent: dict[str, float]) -> Iterator[None]:
    """Time the calls the store's writer makes, each in its phase, while in the block."""
    clock = time.perf_counter
    patched: list[tuple[object, str, Callable[..., Any]]] = []

    def wrap(owner: object, name: str) -> None:
        original = getattr(owner, name)
        label = WRITE_PHASES[name]

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = clock()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += clock() - t0

        patched.append((owner, name, original))
        setattr(owner, name, timed)

    for owner, name in (
        (shards_module, "append"),
        (shards_module, "shard_people"),
        (shards_module, "write_people"),
        (Shards, "done"),
        (Table, "insert_multiple"),
    ):
        wrap(owner, name)
    try:
        yield
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def phases(folder: Path, limit: int | None, db: Path | None = None) -> tuple[dict[str, float], int]:
    """Seconds spent in each phase of a cold sync of the folder's files.

    With ``db``, the database is kept there, as ``sync`` would have left it.
    """
    files = sorted(scan_folder(folder).items())[:limit]
    spent: dict[str, float] = defaultdict(float)
    warm_derive()  # the matchers built outside timing, as before the workers fork
    docs = []
    clock = time.perf_counter
    for n, (rel, stamp) in enumerate(files):
        t0 = clock()
        data = read_readout_bytes(folder / rel)
        t1 = clock()
        yaml.load(data, Loader=yaml.CSafeLoader)
        t2 = clock()
        text = decode(data, rel)
        loader = _UntypedLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        t3 = clock()
        walker = _Walker(rel, careful="&" in text or "!" in text)  # as parse_readout does
        readout = walker.readout(node, safe_id(Path(rel).stem))
        if readout is None:
            raise SystemExit(f"{rel}: {walker.problems}")
        t4 = clock()
        entry, parts = _derived(readout, rel)
        t5 = clock()
        docs.append(entry_doc(entry, stamp))
        t6 = clock()
        spent["read bytes"] += t1 - t0
        spent["(reference) yaml.load CSafeLoader"] += t2 - t1
        spent["loader: decode and compose nodes (libyaml, untyped)"] += t3 - t2
        spent["loader: schema walk -> Readout"] += t4 - t3
        for name, seconds in parts.items():
            spent[name] += seconds
        spent["store: entry_doc (stored JSON, people rows)"] += t6 - t5
        if n % CHECK_EVERY == 0 and derive(readout, rel) != entry:
            raise SystemExit(f"{rel}: the parts of derive timed here differ from derive")
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "db.json"
        path.unlink(missing_ok=True)
        with tempfile.TemporaryDirectory() as empty:
            store = ReadoutStore(path=path)
            store.sync(Path(empty))  # the manifest of this version first, as sync writes it
            store.close()
        writer = Writer(Shards(SHARDS, folder=shard_folder(path)))
        records = {}
        t0 = clock()
        # As sync does with what the workers send: shard by shard, people kept aside.
        for doc in sorted(docs, key=lambda d: (shard_of(d["path"]), d["path"])):
            shard = shard_of(doc["path"])
            people = doc.pop(PEOPLE, None)
            records[doc["path"]] = record(doc, shard, None, build=False)
            writer.add(shard, doc, None, people)
        t1 = clock()
        with _timed_writes(spent):
            writer.finish()  # every shard in this thread, one after the other
        t2 = clock()
        size = sum(f.stat().st_size for f in shard_folder(path).iterdir())
    spent["sync: records of the parsed documents, held for writing"] += t1 - t0
    written = sum(spent[label] for label in WRITE_PHASES.values())
    spent["write: the rest of the writer (removals, digests)"] += max(0.0, t2 - t1 - written)
    spent[f"(reference) shard folder on disk: {size / 1e6:.0f} MB"] += 0.0
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
        if name.startswith("(reference) shard folder"):
            print(f"  {'':27}{name}")
            continue
        share = "" if name.startswith("(reference)") else f"{seconds / total:6.1%}"
        print(f"  {seconds:8.2f} s {seconds / n * 1e6:6.0f} us  {share:>6}  {name}")

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
