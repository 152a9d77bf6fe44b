"""ReadoutStore: the only code that touches TinyDB. It mirrors a folder of YAML readouts.

The YAML folder is the source of truth; the store is a rebuildable cache of it, one TinyDB
document per file (the parsed readout and what is derived from it, or the file's
problems), stamped with the file's size and modification time so that unchanged files are
never parsed twice. TinyDB is not thread-safe: one lock guards every call.

On disk the database is a small manifest (``--db PATH``: a TinyDB JSON file holding what
built the cache) and a folder of shards beside it (``PATH.d/shard-NN.json``, TinyDB JSON
files too), each holding the files whose relative path hashes to it. A shard is read at
open, turned into entries and let go, so the store never holds every document at once; a
sync rewrites only the shards whose files changed, and a damaged shard is moved aside and
its files read again. An in-memory or injected storage is one shard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import multiprocessing
import os
import threading
import zlib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import MemoryStorage, Storage

from summit_tui import __version__
from summit_tui.core import countries, topics
from summit_tui.core.atomic import remove_dead_temps
from summit_tui.core.collector import gc_paused
from summit_tui.core.folder import (
    Parsed,
    derive,
    entry_doc,
    name_problem,
    parse_chunk,
    parse_file,
    problem_doc,
)
from summit_tui.core.models import Entry, Problem, Readout, stored_is_sound
from summit_tui.core.safefile import read_capped
from summit_tui.core.scan import FileStamp, name_is_text, scan_folder

#: Bump when the stored document shape or the layout changes; a mismatch rebuilds the cache.
STORE_FORMAT = 4
#: Shards of a database on disk: one changed file rewrites about 1/SHARDS of the data.
SHARDS = 32
#: Beside the shards: each one's digest (size and CRC-32 of its bytes) when this store last
#: wrote or checked it.
CHECKED_STAMPS = "checked.stamps"
#: A cache file larger than this is not one this code wrote (far above any shard it
#: writes); it is refused, and the folder is read in memory.
MAX_CACHE_FILE_BYTES = 2_000_000_000
#: From this many files to parse, a sync goes shard by shard, writing each once, when done.
SHARD_ORDER_MIN_FILES = 200

ProgressCallback = Callable[[int, int], None]


def _keep_out_of_collections() -> None:
    """Move what exists now out of the cyclic collector's sight (``gc.freeze``).

    The entries are a few million long-lived, acyclic objects: without this, the next
    collections (in the middle of indexing or of a keystroke) walk them all. Frozen objects
    are still freed by reference counting when dropped.
    """
    gc.freeze()


def _remove_dead_temps(path: Path) -> None:
    """Remove the temp files of the manifest and shards that a killed sync left behind."""
    remove_dead_temps(path.parent, f".{path.name}.")
    remove_dead_temps(shard_folder(path), ".shard-")


def digest_of(raw: bytes) -> list[int]:
    """What tells one content of a cache file from another: its size and CRC-32.

    A CRC-32 costs about 45 ms over the 330 MB of shards of 100,000 readouts, where parsing
    them costs 0.9 s. It finds every change of up to 32 bits in a row and all but one in
    4 billion others: enough for damage on disk or a stray write, though no defence against
    someone who edits the cache on purpose (the cache folder is the user's own).
    """
    return [len(raw), zlib.crc32(raw)]


class AtomicJSONStorage(Storage):
    """TinyDB storage in one JSON file, read with orjson, written atomically (temp + rename)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        #: ``digest_of`` the bytes last read from or written to the file (None: no file).
        self.digest: list[int] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, or None when the file does not exist yet."""
        self.digest = None
        try:
            # Never a FIFO or a device (RefusedFile, an OSError: the store is used from memory).
            raw = read_capped(self.path, MAX_CACHE_FILE_BYTES)
        except FileNotFoundError:
            return None
        self.digest = digest_of(raw)
        if not raw.strip():
            return None
        with gc_paused():  # many acyclic objects: collections would only slow it
            data = orjson.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("the database file does not hold a JSON object")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the file in one step, so a crash leaves the old or the new version."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        blob = orjson.dumps(data)
        try:
            with open(tmp, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            self.digest = digest_of(blob)
        except BaseException:
            with contextlib.suppress(OSError):  # a full disk leaves no half-written temp
                tmp.unlink()
            raise

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
    #: Files whose readout is gone: deleted, renamed, or failing to load now.
    removed_paths: set[str] = field(default_factory=set)

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


def shard_folder(db_path: Path) -> Path:
    """The folder of a database's shards: ``<db>.d`` beside the manifest."""
    return db_path.with_name(db_path.name + ".d")


def shard_of(rel: str, count: int = SHARDS) -> int:
    """The shard of a file: a stable hash of its path relative to the readouts folder."""
    return zlib.crc32(rel.encode("utf-8", "surrogatepass")) % count


def data_fingerprint(db_path: Path) -> str:
    """What changes whenever the database's data does: the manifest's and shards' stamps.

    Every write replaces a file (new inode, size or time), and unchanged data is never
    rewritten. An empty string when there is no manifest (nothing can then be trusted).
    """
    try:
        st = os.stat(db_path)
    except OSError:
        return ""
    parts = [f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"]
    folder = shard_folder(db_path)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    except OSError:
        names = []
    for name in names:
        try:
            st = os.stat(folder / name)
        except OSError:
            continue
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
    if len(parts) == 1:
        return parts[0]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


def _check_table(raw: Any) -> None:
    """Raise if a files table is not what this version writes (damaged or foreign JSON).

    The shape of every record is checked, without reading the readouts' JSON: a readout
    whose JSON turns out damaged when first read is parsed again from its file by the next
    sync (``Entry.damaged``).
    """
    if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
        raise ValueError("the files table is not a mapping of documents")
    for doc_id, doc in raw.items():
        int(doc_id)
        if not isinstance(doc["path"], str) or not isinstance(doc["size"], int):
            raise ValueError("a file record has the wrong shape")
        int(doc["mtime_ns"])
        if "entry" in doc:
            if not (isinstance(doc["entry"], str) and isinstance(doc["id"], str)
                    and isinstance(doc["title"], str) and isinstance(doc["date"], str)):
                raise ValueError("a readout record has the wrong shape")
        elif not isinstance(doc["problems"], list):
            raise ValueError("a problem record has the wrong shape")


def _check_shape(tables: Any) -> None:
    """Raise if a database file's tables are not mappings of documents (or the files are bad)."""
    if not isinstance(tables, dict):
        raise ValueError("the database does not hold tables")
    for name, raw in tables.items():
        if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
            raise ValueError(f"table {name!r} is not a mapping of documents")
        for doc_id in raw:
            int(doc_id)
    _check_table(tables.get("files", {}))


_DAMAGE = (ValueError, TypeError, KeyError, AttributeError)


def _caching(storage: type[Storage]) -> CachingMiddleware:
    """Keep the database in memory; write it only when the store flushes or closes it."""
    middleware = CachingMiddleware(storage)  # type: ignore[no-untyped-call]  # TinyDB's
    middleware.WRITE_CACHE_SIZE = 2**62  # never flush on a write count; the store flushes
    return middleware


def _flush(db: TinyDB) -> None:
    storage = db.storage
    if isinstance(storage, CachingMiddleware):
        storage.flush()  # type: ignore[no-untyped-call]


_entry_doc = entry_doc  # the names the benchmarks and older callers use
_problem_doc = problem_doc


def _doc_entry(doc: dict[str, Any]) -> Entry:
    """The Entry of a stored readout record; its readout is built when first read."""
    return Entry.stored(doc["entry"], id=doc["id"], date=dt.date.fromisoformat(doc["date"]),
                        title=doc["title"], path=doc["path"])


def _doc_problems(doc: dict[str, Any]) -> list[Problem]:
    return [Problem(doc["path"], m, line, col) for m, line, col in doc["problems"]]


@dataclass(slots=True)
class _Record:
    """What the store keeps of one stored file: its stamp, and its entry or problems.

    ``entry`` is None for a readout whose document is on disk but not built yet (after an
    import on processes); ``stale`` marks a record that could not be built back.
    """

    shard: int
    size: int
    mtime_ns: int
    rid: str | None = None  # the readout's id, None for a file with problems
    entry: Entry | None = None
    problems: list[Problem] | None = None
    stale: bool = False


def _record(doc: dict[str, Any], shard: int, entry: Entry | None, build: bool) -> _Record:
    rec = _Record(shard, doc["size"], int(doc["mtime_ns"]))
    if "entry" in doc:
        rec.rid = doc["id"]
        if entry is None and build:
            try:
                entry = _doc_entry(doc)
            except _DAMAGE:
                rec.stale = True
        rec.entry = entry
    else:
        rec.problems = _doc_problems(doc)
    return rec


class _Shards:
    """Where the files table lives: one TinyDB per shard, open only while read or written."""

    def __init__(self, count: int, single: TinyDB | None = None,
                 folder: Path | None = None) -> None:
        self.count = count
        self.single = single
        self.folder = folder

    def path(self, shard: int) -> Path:
        assert self.folder is not None
        return self.folder / f"shard-{shard:02d}.json"

    def digest(self, db: TinyDB) -> list[int] | None:
        """``digest_of`` the bytes of the shard as ``db`` last read or wrote them; None for
        an in-memory store or a shard with no file."""
        if self.single is not None:
            return None
        storage = db.storage
        if isinstance(storage, CachingMiddleware):
            storage = storage.storage
        return storage.digest if isinstance(storage, AtomicJSONStorage) else None

    def open(self, shard: int) -> TinyDB:
        """The shard's database; pass it to ``done`` after use."""
        if self.single is not None:
            return self.single
        return TinyDB(self.path(shard), storage=_caching(AtomicJSONStorage))

    def done(self, db: TinyDB) -> None:
        """Write the shard if it changed; a file shard is closed and its memory let go."""
        if self.single is not None:
            _flush(self.single)
        else:
            db.close()

    def raw(self, db: TinyDB) -> dict[str, dict[str, Any]]:
        """The files table as TinyDB holds it: no copies (read, never change)."""
        tables = db.storage.read() or {}
        return tables.get("files") or {}

    def wipe(self) -> None:
        """Remove every document of every shard."""
        if self.single is not None:
            self.single.table("files", cache_size=0).truncate()
            _flush(self.single)
            return
        assert self.folder is not None
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return
        for name in names:
            if name.startswith("shard-") and name.endswith(".json"):
                (self.folder / name).unlink(missing_ok=True)

    def exists(self) -> bool:
        """True when any shard holds data (a file shard exists)."""
        if self.single is not None:
            return bool(self.raw(self.single))
        return self.folder is not None and any(
            os.path.exists(self.path(i)) for i in range(self.count)
        )


class ReadoutStore:
    """The local database of readouts for one data folder."""

    def __init__(self, storage: Storage | None = None, *, path: Path | None = None) -> None:
        """Open the store on a TinyDB storage, or on a database at ``path``, or in memory."""
        self._lock = threading.Lock()
        self.path = path
        self.notices: list[str] = []
        if storage is None and path is not None:
            _remove_dead_temps(path)
            self._db = self._open_manifest(path)
            self._shards = _Shards(SHARDS, folder=shard_folder(path))
        else:
            self._db = TinyDB(storage=MemoryStorage if storage is None else lambda: storage)
            self._shards = _Shards(1, single=self._db)
        self._meta = self._db.table("meta", cache_size=0)
        #: Every stored file by path relative to the folder.
        self._records: dict[str, _Record] = {}
        #: Files of the last sync whose names are not UTF-8 (never read nor stored).
        self._name_problems: list[Problem] = []
        if path is not None and storage is None:
            self._migrate(path)
        if self._meta_doc() == self._fingerprint():
            self._read_shards()

    # --- opening ---------------------------------------------------------------------------

    def _open_manifest(self, path: Path) -> TinyDB:
        db = TinyDB(path, storage=_caching(AtomicJSONStorage))
        try:
            _check_shape(db.storage.read() or {})
        except _DAMAGE as exc:
            # The cache is rebuildable: keep the damaged file for inspection, start afresh.
            db.close()
            aside = path.with_name(path.name + ".corrupt")
            os.replace(path, aside)
            self.notices.append(f"The readout cache {path} was damaged ({exc}); "
                                f"moved it to {aside.name} and rebuilt it from the YAML files.")
            db = TinyDB(path, storage=_caching(AtomicJSONStorage))
        return db

    def _migrate(self, path: Path) -> None:
        """Drop the files table of an older single-file database: the next sync rebuilds it."""
        tables = self._db.storage.read() or {}
        if "files" in tables:  # its documents are in an older shape: read the files again
            self._db.drop_table("files")
            _flush(self._db)

    def _read_shards(self) -> None:
        """Read every shard into records and entries, one shard in memory at a time.

        A shard whose bytes are not those this store last wrote or checked (another digest:
        edited, damaged, even in place with its size and times kept, or written by an older
        version) has every stored readout checked: one whose JSON does not build back is
        read again from its file by the next sync.
        """
        known = self._shard_stamps()
        damaged: list[str] = []
        with gc_paused():
            for shard in range(self._shards.count):
                found, digest = self._read_shard(shard, known.get(str(shard)))
                damaged.extend(found)
                if digest is None:
                    known.pop(str(shard), None)
                elif not found:  # sound: not checked again until its bytes change
                    known[str(shard)] = digest
            if len(self._records) > 1000:
                _keep_out_of_collections()
        if damaged:
            shown = ", ".join(sorted(damaged)[:5]) + (" …" if len(damaged) > 5 else "")
            self.notices.append(
                f"The cached copy of {len(damaged):,} readout{'s' * (len(damaged) != 1)} was "
                f"damaged ({shown}); {'they are' if len(damaged) != 1 else 'it is'} read "
                "again from the YAML files.")
        if self._shards.single is None:
            try:
                self._save_shard_stamps(known)
            except OSError as exc:
                self.notices.append(f"Could not note that the readout cache was checked "
                                    f"({exc.strerror}); it is checked again at the next start.")

    def _shard_stamps(self) -> dict[str, list[int]]:
        """The digest of each shard as this store last wrote or checked it, by shard number
        (none known when the file of them is missing or damaged: every shard is checked)."""
        if self._shards.folder is None:
            return {}
        try:
            stamps = orjson.loads((self._shards.folder / CHECKED_STAMPS).read_bytes())
        except (OSError, ValueError):
            return {}
        return stamps if isinstance(stamps, dict) else {}

    def _save_shard_stamps(self, stamps: dict[str, list[int]]) -> None:
        """Keep the shards' digests beside them (not data: the data fingerprint skips them)."""
        if self._shards.folder is None or stamps == self._shard_stamps():
            return
        AtomicJSONStorage(self._shards.folder / CHECKED_STAMPS).write(stamps)  # type: ignore[arg-type]

    def _read_shard(self, shard: int, known: object = None
                    ) -> tuple[list[str], list[int] | None]:
        """Read one shard into records, and give the files of damaged readouts (their
        records marked stale) and the shard's digest (None: no file, or moved aside).

        Unless the shard's bytes have the ``known`` digest, every stored readout is checked.
        """
        records = self._records
        damaged: list[str] = []
        digest = None
        try:
            db = self._shards.open(shard)
            try:
                raw = self._shards.raw(db)
                digest = self._shards.digest(db)
                check = digest is not None and digest != known
                if self._shards.single is None:
                    _check_table(raw)
                for doc in raw.values():
                    rec = records[doc["path"]] = _record(doc, shard, None, build=True)
                    if check and "entry" in doc and not stored_is_sound(doc["entry"]):
                        rec.stale = True
                        damaged.append(doc["path"])
            finally:
                self._shards.done(db)
        except _DAMAGE as exc:
            if self._shards.single is not None:
                raise
            for rel in [rel for rel, rec in records.items() if rec.shard == shard]:
                del records[rel]
            path = self._shards.path(shard)
            aside = path.with_name(path.name + ".corrupt")
            os.replace(path, aside)
            self.notices.append(f"Part of the readout cache ({path.name}) was damaged ({exc}); "
                                f"moved it to {aside.name}; its readouts are read again from "
                                "the YAML files.")
            return [], None
        return damaged, digest

    def close(self) -> None:
        """Write pending changes and close the database."""
        with self._lock:
            self._db.close()

    # --- sync with a folder ---------------------------------------------------------------

    def _fingerprint(self) -> dict[str, Any]:
        taxonomy = topics.default_taxonomy()
        digest = hashlib.sha256(repr(sorted(taxonomy.keywords.items())).encode()).hexdigest()
        return {"format": STORE_FORMAT, "version": __version__, "taxonomy": digest[:16],
                "shards": self._shards.count}

    def _meta_doc(self) -> dict[str, Any] | None:
        meta = self._meta.get(doc_id=1)
        return None if meta is None else dict(meta)

    def sync(
        self,
        folder: Path,
        *,
        on_progress: ProgressCallback | None = None,
        on_batch: Callable[[list[Entry]], None] | None = None,
        cancel: threading.Event | None = None,
        batch_size: int = 500,
        scanned: dict[str, FileStamp] | None = None,
    ) -> SyncReport:
        """Bring the store in line with the folder: parse new and changed files only.

        ``on_progress(done, total)`` reports parsing; ``on_batch`` receives newly parsed
        entries; setting ``cancel`` stops after the current file (after the current chunk
        when files are parsed on several processes), keeping what was stored. Every
        callback runs on the calling thread, and so does every write to the database.
        ``scanned`` is the folder's listing when the caller has it (``scan_folder``, made
        since the folder last changed): the folder is then not listed again.
        """
        report = SyncReport()
        with self._lock:
            meta = self._meta_doc()
            fingerprint = self._fingerprint()
            if meta != fingerprint:
                if meta is not None:
                    report.rebuilt = "summit-tui or its topic taxonomy changed"
                if meta is not None or self._records or self._shards.exists():
                    self._shards.wipe()
                    self._records.clear()
                self._meta.truncate()
                self._meta.insert(fingerprint)
                _flush(self._db)  # first: the shards written next belong to this version

            records = self._records
            # Nothing stored (the first sync): every file is read, and stamped as it is read.
            on_disk = scanned if scanned is not None else scan_folder(folder, stamps=bool(records))
            # A name that is not UTF-8 can be neither stored nor shown: one problem, not read.
            self._name_problems = [p for rel in on_disk if (p := name_problem(rel))]
            if self._name_problems:
                on_disk = {rel: st for rel, st in on_disk.items() if name_is_text(rel)}
                report.problems.extend(self._name_problems)
            writer = _Writer(self._shards)
            gone = [rel for rel in records if rel not in on_disk]
            dropped = set()
            for rel in gone:
                rec = records.pop(rel)
                writer.remove(rec.shard, rel)
                if rec.rid is not None:
                    dropped.add(rec.rid)
                    report.removed_paths.add(rel)
            report.removed = len(gone)

            todo: list[tuple[str, FileStamp]] = []
            for rel, stamp in on_disk.items():
                known = records.get(rel)
                if (known is not None and not known.stale and known.size == stamp.size
                        and known.mtime_ns == stamp.mtime_ns
                        and not (known.entry is not None and known.entry.damaged)):
                    report.unchanged += 1
                    if known.problems:
                        report.problems.extend(known.problems)
                    continue
                todo.append((rel, stamp))
            if len(todo) >= SHARD_ORDER_MIN_FILES:
                # Shard by shard: each shard is written once, as soon as its files are read.
                todo.sort(key=lambda item: (shard_of(item[0], self._shards.count), item[0]))
                writer.eager = True

            total = len(todo)
            if on_progress:
                on_progress(0, total)
            batch: list[Entry] = []
            since = 0  # files read since the last batch
            for done, (rel, doc, entry) in enumerate(
                _parse(folder, todo, cancel, report), start=1
            ):
                since += 1
                shard = shard_of(rel, self._shards.count)
                rec = _record(doc, shard, entry, build=on_batch is not None)
                if rec.entry is not None:
                    batch.append(rec.entry)
                elif rec.problems is not None:
                    report.problems.extend(rec.problems)
                old = records.get(rel)
                if old is not None:
                    if old.rid is not None:
                        dropped.add(old.rid)
                        if rec.rid is None:
                            report.removed_paths.add(rel)
                    writer.remove(old.shard, rel)
                    report.updated += 1
                else:
                    report.added += 1
                records[rel] = rec
                writer.add(shard, doc)
                if since >= batch_size or done == total:
                    if on_batch and batch:
                        on_batch(batch)
                    batch, since = [], 0
                    if on_progress:
                        on_progress(done, total)
            if on_batch and batch:  # what was read before a cancel is kept
                on_batch(batch)
            writer.finish()
            if writer.digests and self._shards.single is None:
                stamps = self._shard_stamps()
                for shard, digest in writer.digests.items():
                    stamps[str(shard)] = digest
                self._save_shard_stamps(stamps)
            if dropped:  # an id that moved to another file (a rename) is not removed
                alive = {rec.rid for rec in records.values() if rec.rid is not None}
                report.removed_ids = dropped - alive
        report.problems.sort(key=lambda p: (p.path, p.line or 0))
        return report

    # --- queries --------------------------------------------------------------------------

    def _build_missing(self) -> None:
        """Build the entries of readouts stored but not built yet, shard by shard."""
        missing: defaultdict[int, set[str]] = defaultdict(set)
        for rel, rec in self._records.items():
            if rec.rid is not None and rec.entry is None and not rec.stale:
                missing[rec.shard].add(rel)
        if not missing:
            return
        with gc_paused():
            for shard, rels in sorted(missing.items()):
                db = self._shards.open(shard)
                try:
                    raw = self._shards.raw(db)
                    for doc in raw.values():
                        if doc.get("path") in rels:
                            rels.discard(doc["path"])
                            rec = self._records[doc["path"]]
                            try:
                                rec.entry = _doc_entry(doc)
                            except _DAMAGE:
                                rec.stale = True
                except _DAMAGE:
                    pass  # handled below: what was not built is parsed again
                finally:
                    self._shards.done(db)
                for rel in rels:  # not in the shard any more: parse its file again
                    self._records[rel].stale = True
            if len(self._records) > 1000:
                _keep_out_of_collections()

    def entries(self) -> list[Entry]:
        """Every readout in the store, newest first (ties by title)."""
        with self._lock:
            self._build_missing()
            entries = [rec.entry for rec in self._records.values() if rec.entry is not None]
        entries.sort(key=lambda e: (-e.date.toordinal(), e.title, e.path))
        return entries

    def get(self, readout_id: str) -> Entry | None:
        """The readout with this id, or None."""
        with self._lock:
            for rec in self._records.values():
                if rec.rid == readout_id:
                    if rec.entry is None:
                        self._build_missing()
                    return rec.entry
        return None

    def problems(self) -> list[Problem]:
        """Every problem of every file that failed to load, by path."""
        with self._lock:
            found = [p for rec in self._records.values() if rec.problems for p in rec.problems]
            found.extend(self._name_problems)
            found.extend(_shared_ids(self._records))
        return sorted(found, key=lambda p: (p.path, p.line or 0))

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for rec in self._records.values() if rec.rid is not None)


class _Writer:
    """The writes of one sync, shard by shard, each shard in few TinyDB calls.

    TinyDB rewrites a whole table on every write call and a shard's file is written whole,
    so the documents of a shard are held here and written together: when the sync moves
    on to the next shard (``eager``, for large syncs read in shard order: a killed import
    loses at most the shard being read) or at the end. Shards written as the sync moves
    on are written by a thread of their own, so that the sync goes on reading while a
    shard is flushed to disk; ``finish`` waits for them.
    """

    def __init__(self, shards: _Shards) -> None:
        self.shards = shards
        self.eager = False
        self.docs: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
        self.removed: defaultdict[int, set[str]] = defaultdict(set)
        self.current = -1
        self._behind: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        #: The shards written, with ``digest_of`` what was written (files only).
        self.digests: dict[int, list[int]] = {}

    def remove(self, shard: int, rel: str) -> None:
        """Drop the stored document of this file."""
        self.removed[shard].add(rel)

    def add(self, shard: int, doc: dict[str, Any]) -> None:
        """A new document for a file (its old one, if any, is removed first)."""
        if self.eager and shard != self.current:
            if self.current >= 0:
                self._write_behind(self.current)
            self.current = shard
        self.docs[shard].append(doc)

    def _write_behind(self, shard: int) -> None:
        if self.shards.single is not None:  # one in-memory database: written at the end
            return
        if self._behind is None:
            self._behind = ThreadPoolExecutor(1, thread_name_prefix="summit-shard-writer")
        docs = self.docs.pop(shard, [])
        removed = self.removed.pop(shard, set())
        self._pending.append(self._behind.submit(self._write, shard, docs, removed))

    def write(self, shard: int) -> None:
        """Write what is held for one shard to it."""
        self._write(shard, self.docs.pop(shard, []), self.removed.pop(shard, set()))

    def _write(self, shard: int, docs: list[dict[str, Any]], removed: set[str]) -> None:
        if not docs and not removed:
            return
        db = self.shards.open(shard)
        try:
            table = db.table("files", cache_size=0)
            if removed:
                raw = self.shards.raw(db)
                ids = [int(k) for k, d in raw.items() if d.get("path") in removed]
                if ids:
                    table.remove(doc_ids=ids)
            if docs:
                table.insert_multiple(docs)
        finally:
            self.shards.done(db)
        digest = self.shards.digest(db)
        if digest is not None:
            self.digests[shard] = digest

    def finish(self) -> None:
        """Write every shard with pending changes; raise what a write raised (OSError)."""
        try:
            for future in self._pending:
                future.result()
        finally:
            if self._behind is not None:
                self._behind.shutdown(wait=True)
                self._behind = None
            self._pending.clear()
        for shard in sorted(set(self.docs) | set(self.removed)):
            self.write(shard)


#: Below this many files to parse, a sync parses them in its own thread (no processes).
PARALLEL_MIN_FILES = 200
#: Files sent to a worker process at a time.
CHUNK_FILES = 100


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
    chunks = [[rel for rel, _ in todo[at : at + CHUNK_FILES]]
              for at in range(0, len(todo), CHUNK_FILES)]
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start at once with the taxonomy and country automata already built.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    _warm_derive()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        # A few chunks ahead of the one being stored, and each let go once stored: parsed
        # documents never pile up in this process (a whole import would be held otherwise).
        # Four a worker, so that one slow chunk taken in order leaves none idle; small ones,
        # so that the last chunks end together and a stop comes soon.
        pending: deque[Future[list[Parsed]]] = deque()
        ahead = iter(chunks)
        for chunk in islice(ahead, 4 * workers):
            pending.append(pool.submit(parse_chunk, os.fspath(folder), chunk))
        while pending:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            parsed = pending.popleft().result()
            for chunk in islice(ahead, 1):
                pending.append(pool.submit(parse_chunk, os.fspath(folder), chunk))
            yield from parsed
            del parsed
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_derive() -> None:
    """Build the matchers before the workers fork, so that each does not build its own:
    the path the workers take (``derive``) and the regexes behind it."""
    derive(Readout(id="warm", title="Warm", date=dt.date(2000, 1, 1),
                   summary="Malaysia and Japan discussed maritime security."), "warm.yaml")
    topics.default_taxonomy().tag("warm")
    countries.find_in_text("warm")


def _shared_ids(records: dict[str, _Record]) -> list[Problem]:
    """A problem for every stored file whose readout id a file earlier by path uses too
    (both readouts load)."""
    first: dict[str, str] = {}
    clashes: dict[str, list[str]] = {}
    for rel, rec in records.items():
        if rec.rid is not None:
            other = first.setdefault(rec.rid, rel)
            if other != rel:
                clashes.setdefault(rec.rid, [other]).append(rel)
    problems = []
    for rid, rels in clashes.items():
        rels.sort()
        for rel in rels[1:]:
            problems.append(Problem(rel, f"duplicate id {rid!r}: {rels[0]} uses it too; both "
                                    "readouts are listed, but bookmarks, notes and "
                                    "'summit-tui show' find one: give each its own id"))
    return problems


def duplicate_ids(entries: Iterable[Entry]) -> list[Problem]:
    """A problem for every file whose readout id another file already uses."""
    first: dict[str, str] = {}
    problems = []
    for entry in sorted(entries, key=lambda e: e.path):
        other = first.setdefault(entry.id, entry.path)
        if other != entry.path:
            problems.append(Problem(entry.path, f"duplicate id {entry.id!r}: {other} uses it too"))
    return problems
