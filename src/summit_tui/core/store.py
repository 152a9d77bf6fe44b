"""ReadoutStore: the only code that touches TinyDB. It mirrors a folder of YAML readouts.

The YAML folder is the source of truth; the store is a rebuildable cache of it, one TinyDB
document per file (the parsed readout and what is derived from it, or the file's
problems), stamped with the file's size and modification time so that unchanged files are
never parsed twice. TinyDB is not thread-safe: one lock guards every call, and the data is
kept in memory (CachingMiddleware) and written to disk once per sync.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import MemoryStorage, Storage

from summit_tui import __version__
from summit_tui.core import topics
from summit_tui.core.folder import FileStamp, load_entry, readout_files
from summit_tui.core.models import Entry, Problem, Readout

#: Bump when the stored document shape changes; a mismatch rebuilds the cache.
STORE_FORMAT = 1

ProgressCallback = Callable[[int, int], None]


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
        data = orjson.loads(raw)
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
    """Raise if the database is not what this version writes (damaged or foreign JSON)."""
    for name in db.tables():
        raw = db.storage.read()[name]
        if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
            raise ValueError(f"table {name!r} is not a mapping of documents")
        for doc_id in raw:
            int(doc_id)
    for doc in db.table("files").all():
        if not isinstance(doc["path"], str) or not isinstance(doc["size"], int):
            raise ValueError("a file record has the wrong shape")
        int(doc["mtime_ns"])
        if "readout" in doc:
            _doc_entry(doc)
        else:
            _doc_problems(doc)


def _caching(storage: type[Storage]) -> CachingMiddleware:
    """Keep the database in memory; write it only when the store flushes (once per sync)."""
    middleware = CachingMiddleware(storage)
    middleware.WRITE_CACHE_SIZE = 2**62  # never flush on a write count; sync() flushes
    return middleware


def _entry_doc(entry: Entry, stamp: FileStamp) -> dict[str, Any]:
    return {
        "path": entry.path,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "readout": entry.readout.to_dict(),
        "topics": list(entry.topics),
        "mentions": list(entry.mentions),
        "section_topics": [list(t) for t in entry.section_topics],
    }


def _problem_doc(path: str, stamp: FileStamp, problems: list[Problem]) -> dict[str, Any]:
    return {
        "path": path,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "problems": [[p.message, p.line, p.column] for p in problems],
    }


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
        entries; setting ``cancel`` stops after the current file, keeping what was stored.
        """
        report = SyncReport()
        with self._lock:
            meta = self._meta.get(doc_id=1)
            fingerprint = self._fingerprint()
            if meta is not None and dict(meta) != fingerprint:
                report.rebuilt = "summit-tui or its topic taxonomy changed"
                self._files.truncate()
            if meta is None or dict(meta) != fingerprint:
                self._meta.truncate()
                self._meta.insert(fingerprint)

            stored = {doc["path"]: doc for doc in self._files.all()}
            on_disk = dict(readout_files(folder))
            gone = [stored[p].doc_id for p in stored if p not in on_disk]
            dropped = {stored[p]["readout"]["id"] for p in stored
                       if p not in on_disk and "readout" in stored[p]}
            if gone:
                self._files.remove(doc_ids=gone)
                report.removed = len(gone)

            todo: list[tuple[str, FileStamp]] = []
            for rel, stamp in on_disk.items():
                doc = stored.get(rel)
                if doc is not None and FileStamp(doc["size"], doc["mtime_ns"]) == stamp:
                    report.unchanged += 1
                    if "problems" in doc:
                        report.problems.extend(_doc_problems(doc))
                else:
                    todo.append((rel, stamp))

            total = len(todo)
            if on_progress:
                on_progress(0, total)
            batch: list[Entry] = []
            docs: list[dict[str, Any]] = []
            replaced: list[int] = []
            for done, (rel, stamp) in enumerate(todo, start=1):
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                result = load_entry(folder, rel)
                if isinstance(result, Entry):
                    docs.append(_entry_doc(result, stamp))
                    batch.append(result)
                else:
                    docs.append(_problem_doc(rel, stamp, result))
                    report.problems.extend(result)
                old = stored.get(rel)
                if old is not None:
                    if "readout" in old:
                        dropped.add(old["readout"]["id"])
                    replaced.append(old.doc_id)
                    report.updated += 1
                else:
                    report.added += 1
                if len(docs) >= batch_size or done == total:
                    self._write_batch(replaced, docs)
                    if on_batch and batch:
                        on_batch(batch)
                    batch, docs, replaced = [], [], []
                    if on_progress:
                        on_progress(done, total)
            self._write_batch(replaced, docs)  # what was read before a cancel is kept
            if on_batch and batch:
                on_batch(batch)
            self._flush()
            if dropped:  # an id that moved to another file (a rename) is not removed
                alive = {d["readout"]["id"] for d in self._files.all() if "readout" in d}
                report.removed_ids = dropped - alive
        report.problems.sort(key=lambda p: (p.path, p.line or 0))
        return report

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

    def entries(self) -> list[Entry]:
        """Every readout in the store, newest first (ties by title)."""
        with self._lock:
            docs = [doc for doc in self._files.all() if "readout" in doc]
        entries = [_doc_entry(doc) for doc in docs]
        entries.sort(key=lambda e: (e.readout.title, e.path))
        entries.sort(key=lambda e: e.readout.date, reverse=True)  # stable: ties stay by title
        return entries

    def get(self, readout_id: str) -> Entry | None:
        """The readout with this id, or None."""
        with self._lock:
            for doc in self._files.all():
                if "readout" in doc and doc["readout"]["id"] == readout_id:
                    return _doc_entry(doc)
        return None

    def problems(self) -> list[Problem]:
        """Every problem of every file that failed to load, by path."""
        with self._lock:
            docs = [doc for doc in self._files.all() if "problems" in doc]
        found = [p for doc in docs for p in _doc_problems(doc)]
        return sorted(found, key=lambda p: (p.path, p.line or 0))

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for doc in self._files.all() if "readout" in doc)


def duplicate_ids(entries: Iterable[Entry]) -> list[Problem]:
    """A problem for every file whose readout id another file already uses."""
    first: dict[str, str] = {}
    problems = []
    for entry in sorted(entries, key=lambda e: e.path):
        other = first.setdefault(entry.id, entry.path)
        if other != entry.path:
            problems.append(Problem(entry.path, f"duplicate id {entry.id!r}: {other} uses it too"))
    return problems
