"""ReadoutStore: the only code that touches TinyDB. It mirrors a folder of YAML readouts.

The YAML folder is the source of truth; the store is a rebuildable cache of it, one TinyDB
document per file (the parsed readout and what is derived from it, or the file's
problems), stamped with the file's size and modification time so that unchanged files are
never parsed twice. TinyDB is not thread-safe: one lock guards every call, and the data is
kept in memory (CachingMiddleware) and written to disk once per sync.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import MemoryStorage, Storage

from summit_tui import __version__
from summit_tui.core import countries, topics
from summit_tui.core.folder import (
    FileStamp,
    Parsed,
    entry_doc,
    parse_chunk,
    parse_file,
    problem_doc,
    readout_files,
)
from summit_tui.core.indexcache import gc_paused
from summit_tui.core.models import Entry, Problem, Readout

#: Bump when the stored document shape changes; a mismatch rebuilds the cache.
STORE_FORMAT = 1

ProgressCallback = Callable[[int, int], None]


def _keep_out_of_collections() -> None:
    """Move what exists now out of the cyclic collector's sight (``gc.freeze``).

    The database and its entries are a few million long-lived, acyclic objects: without
    this, the next collections (in the middle of indexing or of a keystroke) walk them all.
    Frozen objects are still freed by reference counting when dropped.
    """
    gc.freeze()


class AtomicJSONStorage(Storage):
    """TinyDB storage in one JSON file, read with orjson, written atomically (temp + rename)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, or None when the file does not exist yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        with gc_paused():  # millions of acyclic objects: collections would only slow it
            data = orjson.loads(raw)
            _keep_out_of_collections()
        if not isinstance(data, dict):
            raise ValueError("the database file does not hold a JSON object")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the file in one step, so a crash leaves the old or the new version."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(orjson.dumps(data))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def close(self) -> None:
        """Nothing to release: the file is opened only while reading or writing."""


@dataclass
class SyncReport:
    """What a sync did: counts of files by fate, and every problem found."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    cancelled: bool = False
    rebuilt: str = ""  # why the cache was rebuilt from scratch, when it was
    problems: list[Problem] = field(default_factory=list)
    #: Ids of readouts that are gone: their file was deleted, or now fails to load.
    removed_ids: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        """True when any file was added, updated or removed."""
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One line for the user: "3 updated, 1 new, 1 removed"."""
        parts = []
        if self.updated:
            parts.append(f"{self.updated:,} updated")
        if self.added:
            parts.append(f"{self.added:,} new")
        if self.removed:
            parts.append(f"{self.removed:,} removed")
        if self.problems:
            files = len({p.path for p in self.problems})
            parts.append(f"{files:,} file{'s' if files != 1 else ''} with problems")
        if self.cancelled:
            parts.append("stopped before the end")
        return ", ".join(parts) or "up to date"


def default_db_path(folder: Path) -> Path:
    """Where the cache for a data folder lives: the user's cache folder, keyed by the path."""
    resolved = folder.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    slug = "".join(ch if ch.isalnum() else "-" for ch in resolved.name)[:40] or "root"
    return platformdirs.user_cache_path("summit-tui") / f"{slug}-{digest}.json"


def _check_shape(db: TinyDB) -> None:
    """Raise if the database is not what this version writes (damaged or foreign JSON).

    The shape of every record is checked, without building readouts: a readout that still
    fails to build later is parsed again from its file (``ReadoutStore.entries``).
    """
    tables = db.storage.read() or {}
    for name, raw in tables.items():
        if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
            raise ValueError(f"table {name!r} is not a mapping of documents")
        for doc_id in raw:
            int(doc_id)
    for doc in tables.get("files", {}).values():
        if not isinstance(doc["path"], str) or not isinstance(doc["size"], int):
            raise ValueError("a file record has the wrong shape")
        int(doc["mtime_ns"])
        if "readout" in doc:
            if not isinstance(doc["readout"], dict) or not isinstance(doc["topics"], list):
                raise ValueError("a readout record has the wrong shape")
        elif not isinstance(doc["problems"], list):
            raise ValueError("a problem record has the wrong shape")


def _caching(storage: type[Storage]) -> CachingMiddleware:
    """Keep the database in memory; write it only when the store flushes (once per sync)."""
    middleware = CachingMiddleware(storage)
    middleware.WRITE_CACHE_SIZE = 2**62  # never flush on a write count; sync() flushes
    return middleware


_entry_doc = entry_doc  # the names the benchmarks and older callers use
_problem_doc = problem_doc


def _doc_entry(doc: dict[str, Any]) -> Entry:
    return Entry(
        readout=Readout.from_dict(doc["readout"]),
        path=doc["path"],
        topics=tuple(doc["topics"]),
        mentions=tuple(doc["mentions"]),
        section_topics=tuple(tuple(t) for t in doc["section_topics"]),
    )


def _doc_problems(doc: dict[str, Any]) -> list[Problem]:
    return [Problem(doc["path"], m, line, col) for m, line, col in doc["problems"]]


class ReadoutStore:
    """The local database of readouts for one data folder."""

    def __init__(self, storage: Storage | None = None, *, path: Path | None = None) -> None:
        """Open the store on a TinyDB storage, or on a JSON file at ``path``, or in memory."""
        self._lock = threading.Lock()
        self.path = path
        self.notices: list[str] = []
        if storage is None:
            if path is None:
                self._db = TinyDB(storage=MemoryStorage)
            else:
                self._db = self._open_file(path)
        else:
            self._db = TinyDB(storage=lambda: storage)
        self._files = self._db.table("files", cache_size=0)
        self._meta = self._db.table("meta", cache_size=0)
        #: Entries built from records, by path, with the record they came from.
        self._entries: dict[str, tuple[dict[str, Any], Entry]] = {}
        #: Entries parsed by the last sync, until ``entries`` pairs them with their records.
        self._pending_entries: dict[str, Entry] = {}
        #: Paths whose records could not be read back: parsed again by the next sync.
        self._stale: set[str] = set()

    def _open_file(self, path: Path) -> TinyDB:
        db = TinyDB(path, storage=_caching(AtomicJSONStorage))
        try:
            _check_shape(db)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # The cache is rebuildable: keep the damaged file for inspection, start afresh.
            db.close()
            aside = path.with_name(path.name + ".corrupt")
            os.replace(path, aside)
            self.notices.append(f"The readout cache {path} was damaged ({exc}); "
                                f"moved it to {aside.name} and rebuilt it from the YAML files.")
            db = TinyDB(path, storage=_caching(AtomicJSONStorage))
        return db

    def close(self) -> None:
        """Write pending changes and close the database."""
        with self._lock:
            self._db.close()

    # --- sync with a folder ---------------------------------------------------------------

    def _fingerprint(self) -> dict[str, Any]:
        taxonomy = topics.default_taxonomy()
        digest = hashlib.sha256(repr(sorted(taxonomy.keywords.items())).encode()).hexdigest()
        return {"format": STORE_FORMAT, "version": __version__, "taxonomy": digest[:16]}

    def sync(
        self,
        folder: Path,
        *,
        on_progress: ProgressCallback | None = None,
        on_batch: Callable[[list[Entry]], None] | None = None,
        cancel: threading.Event | None = None,
        batch_size: int = 500,
    ) -> SyncReport:
        """Bring the store in line with the folder: parse new and changed files only.

        ``on_progress(done, total)`` reports parsing; ``on_batch`` receives newly parsed
        entries; setting ``cancel`` stops after the current file (after the current chunk
        when files are parsed on several processes), keeping what was stored. Every
        callback runs on the calling thread, and so does every write to the database.
        """
        report = SyncReport()
        with self._lock:
            meta = self._meta.get(doc_id=1)
            fingerprint = self._fingerprint()
            if meta is not None and dict(meta) != fingerprint:
                report.rebuilt = "summit-tui or its topic taxonomy changed"
                self._files.truncate()
                self._entries.clear()
            if meta is None or dict(meta) != fingerprint:
                self._meta.truncate()
                self._meta.insert(fingerprint)

            stored = self._stored()
            on_disk = dict(readout_files(folder))
            gone = [doc_id for p, (doc_id, _) in stored.items() if p not in on_disk]
            dropped = {doc["readout"]["id"] for p, (_, doc) in stored.items()
                       if p not in on_disk and "readout" in doc}
            if gone:
                self._files.remove(doc_ids=gone)
                report.removed = len(gone)

            todo: list[tuple[str, FileStamp]] = []
            for rel, stamp in on_disk.items():
                found = stored.get(rel)
                if found is not None and rel not in self._stale:
                    doc = found[1]
                    if doc["size"] == stamp.size and doc["mtime_ns"] == stamp.mtime_ns:
                        report.unchanged += 1
                        if "problems" in doc:
                            report.problems.extend(_doc_problems(doc))
                        continue
                todo.append((rel, stamp))

            total = len(todo)
            if on_progress:
                on_progress(0, total)
            writer = _Writer(self)
            batch: list[Entry] = []
            since = 0  # files read since the last batch
            for done, (rel, _, doc, entry) in enumerate(
                _parse(folder, todo, cancel, report), start=1
            ):
                since += 1
                if "readout" in doc:
                    if entry is None and on_batch is not None:
                        entry = _doc_entry(doc)
                    if entry is not None:
                        batch.append(entry)
                        self._pending_entries[rel] = entry
                else:
                    report.problems.extend(_doc_problems(doc))
                old = stored.get(rel)
                if old is not None:
                    if "readout" in old[1]:
                        dropped.add(old[1]["readout"]["id"])
                    writer.replace(old[0], doc)
                    report.updated += 1
                else:
                    writer.add(doc)
                    report.added += 1
                if since >= batch_size or done == total:
                    if on_batch and batch:
                        on_batch(batch)
                    batch, since = [], 0
                    if on_progress:
                        on_progress(done, total)
                    writer.maybe_checkpoint()
            if on_batch and batch:  # what was read before a cancel is kept
                on_batch(batch)
            writer.finish()
            self._stale.clear()
            if dropped:  # an id that moved to another file (a rename) is not removed
                alive = {d["readout"]["id"] for _, d in self._stored().values() if "readout" in d}
                report.removed_ids = dropped - alive
        report.problems.sort(key=lambda p: (p.path, p.line or 0))
        return report

    def _raw_files(self) -> dict[str, dict[str, Any]]:
        """The files table as TinyDB holds it in memory: no copies (read, never change)."""
        tables = self._db.storage.read() or {}
        return tables.get("files") or {}

    def _stored(self) -> dict[str, tuple[int, dict[str, Any]]]:
        """Every stored file record by path, with its doc id."""
        return {doc["path"]: (int(doc_id), doc) for doc_id, doc in self._raw_files().items()}

    def _write_batch(self, replaced: list[int], docs: list[dict[str, Any]]) -> None:
        # TinyDB copies the whole table on every write call: write in batches, not per file.
        if replaced:
            self._files.remove(doc_ids=replaced)
        if docs:
            self._files.insert_multiple(docs)

    def _flush(self) -> None:
        storage = self._db.storage
        if isinstance(storage, CachingMiddleware):
            storage.flush()

    # --- queries --------------------------------------------------------------------------

    def _entry_of(self, doc: dict[str, Any]) -> Entry | None:
        """The Entry of a stored readout record, built once per record and kept.

        A record that cannot be built (a damaged cache) is marked stale: the next sync
        parses its file again.
        """
        path = doc["path"]
        cached = self._entries.get(path)
        if cached is not None and cached[0] is doc:
            return cached[1]
        entry = self._pending_entries.pop(path, None)
        if entry is None:
            try:
                entry = _doc_entry(doc)
            except (KeyError, TypeError, ValueError, AttributeError):
                self._stale.add(path)
                return None
        self._entries[path] = (doc, entry)
        return entry

    def entries(self) -> list[Entry]:
        """Every readout in the store, newest first (ties by title)."""
        with self._lock, gc_paused():
            docs = [doc for doc in self._raw_files().values() if "readout" in doc]
            built = [self._entry_of(doc) for doc in docs]
            if len(self._entries) > len(docs):  # forget records that are gone
                live = {doc["path"] for doc in docs}
                for path in [p for p in self._entries if p not in live]:
                    del self._entries[path]
            if len(built) > 1000:
                _keep_out_of_collections()
        entries = [e for e in built if e is not None]
        entries.sort(key=lambda e: (e.readout.title, e.path))
        entries.sort(key=lambda e: e.readout.date, reverse=True)  # stable: ties stay by title
        return entries

    def get(self, readout_id: str) -> Entry | None:
        """The readout with this id, or None."""
        with self._lock:
            for doc in self._raw_files().values():
                if "readout" in doc and doc["readout"]["id"] == readout_id:
                    return self._entry_of(doc)
        return None

    def problems(self) -> list[Problem]:
        """Every problem of every file that failed to load, by path."""
        with self._lock:
            docs = [doc for doc in self._raw_files().values() if "problems" in doc]
        found = [p for doc in docs for p in _doc_problems(doc)]
        return sorted(found, key=lambda p: (p.path, p.line or 0))

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for doc in self._raw_files().values() if "readout" in doc)


#: Below this many files to parse, a sync parses them in its own thread (no processes).
PARALLEL_MIN_FILES = 200
#: Files sent to a worker process at a time.
CHUNK_FILES = 200


def _parse(
    folder: Path, todo: list[tuple[str, FileStamp]], cancel: threading.Event | None,
    report: SyncReport,
) -> Iterator[Parsed]:
    """Parse the files to do, in this thread or on a pool of processes; stop on ``cancel``."""
    workers = min(os.cpu_count() or 1, 2)
    if len(todo) < PARALLEL_MIN_FILES or workers < 2:
        for rel, stamp in todo:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            yield parse_file(folder, rel, stamp)
        return
    chunks = [
        [(rel, st.size, st.mtime_ns) for rel, st in todo[at : at + CHUNK_FILES]]
        for at in range(0, len(todo), CHUNK_FILES)
    ]
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start at once with the taxonomy and country automata already built.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    _warm_derive()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        futures = [pool.submit(parse_chunk, os.fspath(folder), chunk) for chunk in chunks]
        for future in futures:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_derive() -> None:
    """Build the matchers before the workers fork, so that each does not build its own."""
    topics.default_taxonomy().tag("warm")
    countries.find_in_text("warm")


class _Writer:
    """The writes of one sync, in few TinyDB calls, with checkpoints to disk along the way.

    TinyDB rewrites the whole table on every write call and the JSON file is written whole,
    so writing per batch would make a large import quadratic. Parsed records are held here
    and written (then flushed to disk) at checkpoints: at most every ``CHECKPOINT_SECONDS``
    and never more often than ten times the last write took, so that writing costs at most
    about a tenth of the import while a killed import loses at most the last few seconds.
    """

    CHECKPOINT_SECONDS = 5.0

    def __init__(self, store: ReadoutStore) -> None:
        self.store = store
        self.docs: list[dict[str, Any]] = []
        self.replaced: list[int] = []
        self.last = time.monotonic()
        self.interval = self.CHECKPOINT_SECONDS

    def add(self, doc: dict[str, Any]) -> None:
        """A record for a new file."""
        self.docs.append(doc)

    def replace(self, doc_id: int, doc: dict[str, Any]) -> None:
        """A record that replaces the stored one with this doc id."""
        self.replaced.append(doc_id)
        self.docs.append(doc)

    def maybe_checkpoint(self) -> None:
        """Write what is held and flush it to disk, when a checkpoint is due."""
        if self.docs and time.monotonic() - self.last >= self.interval:
            start = time.monotonic()
            self.finish()
            took = time.monotonic() - start
            self.last = time.monotonic()
            self.interval = max(self.CHECKPOINT_SECONDS, 10 * took)

    def finish(self) -> None:
        """Write what is held and flush the database to disk (when anything changed)."""
        self.store._write_batch(self.replaced, self.docs)
        self.docs, self.replaced = [], []
        self.store._flush()


def duplicate_ids(entries: Iterable[Entry]) -> list[Problem]:
    """A problem for every file whose readout id another file already uses."""
    first: dict[str, str] = {}
    problems = []
    for entry in sorted(entries, key=lambda e: e.path):
        other = first.setdefault(entry.id, entry.path)
        if other != entry.path:
            problems.append(Problem(entry.path, f"duplicate id {entry.id!r}: {other} uses it too"))
    return problems
