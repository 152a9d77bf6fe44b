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

import hashlib
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage

from summit_tui import __version__
from summit_tui.core.files.listing import FileStamp, name_is_text, names_are_text, scan_folder
from summit_tui.core.files.reading import PEOPLE, name_problem
from summit_tui.core.model.entry import Entry, any_damaged
from summit_tui.core.model.readout import Problem
from summit_tui.core.reference import topics
from summit_tui.core.store import stamps_file
from summit_tui.core.store.folder_check import FolderCheck
from summit_tui.core.store.layout import SHARDS
from summit_tui.core.store.parallel import parse_files
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.records import Record, doc_entry, read_records, record, shared_ids
from summit_tui.core.store.report import Batch, ProgressCallback, SyncReport
from summit_tui.core.store.shape import DAMAGE, check_shape, check_table
from summit_tui.core.store.shards import Shards, Writer, shard_of
from summit_tui.core.store.storage import AtomicJSONStorage, caching, flush
from summit_tui.core.store.texts import TEXTS_SUFFIX, TextFile
from summit_tui.core.support.atomic import move_aside, remove_dead_temps
from summit_tui.core.support.gc_pause import gc_paused, keep_out_of_collections
from summit_tui.core.support.safe_read import RefusedFile

#: Bump when the stored document shape or the layout changes; a mismatch rebuilds the cache.
STORE_FORMAT = 6
#: Beside the shards: each one's digest (size and CRC-32 of its bytes) when this store last
#: wrote or checked it.
CHECKED_STAMPS = "checked.stamps"
#: From this many files to parse, a sync goes shard by shard, writing each once, when done.
SHARD_ORDER_MIN_FILES = 200
#: Files read between two batches a sync hands on (``on_batch``) and two progress reports.
BATCH_FILES = 500


_STALE, _ENTRY, _PROBLEMS, _RID = (
    attrgetter("stale"),
    attrgetter("entry"),
    attrgetter("problems"),
    attrgetter("rid"),
)


def _remove_dead_temps(path: Path) -> None:
    """Remove the temp files of the manifest and shards that a killed sync left behind."""
    remove_dead_temps(path.parent, f".{path.name}.")
    remove_dead_temps(shard_folder(path), ".shard-")
    remove_dead_temps(shard_folder(path), f".{stamps_file.STAMPS_FILE}.")


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
            self._shards = Shards(SHARDS, folder=shard_folder(path))
        else:
            self._db = TinyDB(storage=MemoryStorage if storage is None else lambda: storage)
            self._shards = Shards(1, single=self._db)
        self._meta = self._db.table("meta", cache_size=0)
        #: Every stored file by path relative to the folder.
        self._records: dict[str, Record] = {}
        #: Files of the last sync whose names are not UTF-8 (never read nor stored).
        self._name_problems: list[Problem] = []
        #: ``digest_of`` each shard file as this store last read or wrote it.
        self._digests: dict[int, list[int]] = {}
        if path is not None and storage is None:
            self._migrate(path)
        if self._meta_doc() == self._fingerprint():
            self._read_shards()

    # --- opening ---------------------------------------------------------------------------

    def _open_manifest(self, path: Path) -> TinyDB:
        db = TinyDB(path, storage=caching(AtomicJSONStorage))
        try:
            check_shape(db.storage.read() or {})
        except DAMAGE as exc:
            # The cache is rebuildable: keep the damaged file for inspection, start afresh.
            db.close()
            aside = move_aside(path)
            self.notices.append(
                f"The readout cache {path} was damaged ({exc}); "
                f"moved it to {aside.name} and rebuilt it from the YAML files."
            )
            db = TinyDB(path, storage=caching(AtomicJSONStorage))
        return db

    def _migrate(self, path: Path) -> None:
        """Drop the files table of an older single-file database: the next sync rebuilds it."""
        tables = self._db.storage.read() or {}
        if "files" in tables:  # its documents are in an older shape: read the files again
            self._db.drop_table("files")
            flush(self._db)

    def _read_shards(self) -> None:
        """Read every shard into records and entries, one shard in memory at a time.

        A shard whose bytes are not those this store last wrote or checked (another digest:
        edited, damaged, even in place with its size and times kept, or written by an older
        version), or whose side file is not as it was then (another stamp: any write to it
        changes its status-change time), has every stored readout checked: one whose text
        does not build back is read again from its file by the next sync.
        """
        known = self._shard_stamps()
        damaged: list[str] = []
        with gc_paused():
            for shard in range(self._shards.count):
                key, text_key = str(shard), f"{shard}{TEXTS_SUFFIX}"
                found, digest, stamp = self._read_shard(shard, known.get(key), known.get(text_key))
                damaged.extend(found)
                if digest is not None:
                    self._digests[shard] = digest
                for k, value in ((key, digest), (text_key, stamp)):
                    if value is None:
                        known.pop(k, None)
                    elif not found:  # sound: not checked again until its bytes change
                        known[k] = value
            keep_out_of_collections(len(self._records))
        if damaged:
            shown = ", ".join(sorted(damaged)[:5]) + (" …" if len(damaged) > 5 else "")
            self.notices.append(
                f"The cached copy of {len(damaged):,} readout{'s' * (len(damaged) != 1)} was "
                f"damaged ({shown}); {'they are' if len(damaged) != 1 else 'it is'} read "
                "again from the YAML files."
            )
        if self._shards.single is None:
            try:
                self._save_shard_stamps(known)
            except OSError as exc:
                self.notices.append(
                    f"Could not note that the readout cache was checked "
                    f"({exc.strerror}); it is checked again at the next start."
                )

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

    def _read_shard(
        self, shard: int, known: object = None, known_texts: object = None
    ) -> tuple[list[str], list[int] | None, list[int] | None]:
        """Read one shard into records, and give the files of damaged readouts (their
        records marked stale), the shard's digest (None: no file, or moved aside) and its
        side file's stamp (None: no side file).

        Unless the shard's bytes have the ``known`` digest and its side file the
        ``known_texts`` stamp, every stored readout's text is checked.
        """
        records = self._records
        damaged: list[str] = []
        digest = stamp = None
        try:
            db = self._shards.open(shard)
            try:
                raw = self._shards.raw(db)
                digest = self._shards.digest(db)
                texts = None
                check = digest is not None and digest != known
                if self._shards.single is None:
                    if check:  # else these are the bytes this store wrote or checked
                        check_table(raw)
                    texts, stamp = self._open_texts(shard)
                    check = check or stamp != known_texts
                origin = self._shards.origin(shard, digest)
                stale = read_records(raw.values(), shard, texts, records, origin)
                if check:
                    for doc in raw.values():
                        rec = records[doc["path"]]
                        if rec.entry is not None and not rec.entry.sound():
                            rec.stale = True
                            stale.append(doc["path"])
                            # Its people are not those of the shard's people file: the
                            # file was made from the text as it was stored.
                            rec.entry.stored_in(None)
                damaged.extend(stale)
            finally:
                self._shards.done(db)
        except DAMAGE as exc:
            if self._shards.single is not None:
                raise
            for rel in [rel for rel, rec in records.items() if rec.shard == shard]:
                del records[rel]
            path = self._shards.path(shard)
            aside = move_aside(path)
            self.notices.append(
                f"Part of the readout cache ({path.name}) was damaged ({exc}); "
                f"moved it to {aside.name}; its readouts are read again from "
                "the YAML files."
            )
            return [], None, stamp
        return damaged, digest, stamp

    def _open_texts(self, shard: int) -> tuple[TextFile | None, list[int] | None]:
        """The shard's side file open for reading, and its stamp (None, None: no file).

        A side file that is not a regular file (a FIFO, a folder) is moved aside: the
        readouts it should hold are read again from their files.
        """
        path = self._shards.texts_path(shard)
        try:
            texts = TextFile.open(path)
        except RefusedFile:
            aside = move_aside(path)
            self.notices.append(
                f"Part of the readout cache ({path.name}) was not a file; moved it to "
                f"{aside.name}; its readouts are read again from the YAML files."
            )
            return None, None
        if texts is None:
            return None, None
        self._shards.texts[shard] = texts
        return texts, texts.stamp()

    def close(self) -> None:
        """Write pending changes and close the database."""
        with self._lock:
            self._db.close()

    # --- sync with a folder ---------------------------------------------------------------

    def _fingerprint(self) -> dict[str, Any]:
        taxonomy = topics.default_taxonomy()
        digest = hashlib.sha256(repr(sorted(taxonomy.keywords.items())).encode()).hexdigest()
        return {
            "format": STORE_FORMAT,
            "version": __version__,
            "taxonomy": digest[:16],
            "shards": self._shards.count,
        }

    def _meta_doc(self) -> dict[str, Any] | None:
        meta = self._meta.get(doc_id=1)
        return None if meta is None else dict(meta)

    def sync(
        self,
        folder: Path,
        *,
        on_progress: ProgressCallback | None = None,
        on_batch: Callable[[Batch], None] | None = None,
        cancel: threading.Event | None = None,
        batch_size: int = BATCH_FILES,
        scanned: Mapping[str, tuple[int, int]] | None = None,
        checked: FolderCheck | None = None,
        keep_stamps: bool = True,
    ) -> SyncReport:
        """Bring the store in line with the folder: parse new and changed files only.

        ``on_progress(done, total)`` reports parsing; ``on_batch`` receives newly parsed
        entries (with their index terms when worker processes parsed them); setting
        ``cancel`` stops after the current file (after the current chunk when files are
        parsed on several processes), keeping what was stored. Every callback runs on the
        calling thread, and so does every write to the database.
        ``scanned`` is the folder's listing when the caller has it (``scan_folder``, made
        since the folder last changed): the folder is then not listed again. ``checked`` is
        the folder compared with this store's shards by a helper process
        (``BackgroundCheck``): used when it read the shards this store holds (``holds``),
        else the folder is listed here. Unless ``keep_stamps`` is False, the stamps file
        for the next folder check is brought in line with the shards at the end (else the
        caller does it when it has time: ``keep_stamps``).
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
                    self._digests.clear()
                self._meta.truncate()
                self._meta.insert(fingerprint)
                flush(self._db)  # first: the shards written next belong to this version

            records = self._records
            writer = Writer(self._shards)
            if checked is not None and self._holds(checked):
                todo, gone = self._compare_checked(checked, report)
            else:
                # Nothing stored (the first sync): every file is read, and stamped as read.
                on_disk: Mapping[str, tuple[int, int]] = (
                    scanned if scanned is not None else scan_folder(folder, stamps=bool(records))
                )
                todo, gone = self._compare(on_disk, report)
            dropped = set()
            for rel in gone:
                rec = records.pop(rel)
                writer.remove(rec.shard, rel)
                if rec.rid is not None:
                    dropped.add(rec.rid)
                    report.removed_paths.add(rel)
            report.removed = len(gone)
            if len(todo) >= SHARD_ORDER_MIN_FILES:
                # Shard by shard: each shard is written once, as soon as its files are read.
                todo.sort(key=lambda item: (shard_of(item[0], self._shards.count), item[0]))
                writer.eager = True

            total = len(todo)
            if on_progress:
                on_progress(0, total)
            batch = Batch()
            since = 0  # files read since the last batch
            for done, (rel, doc, entry, terms) in enumerate(
                parse_files(folder, todo, cancel, report, terms=on_batch is not None), start=1
            ):
                since += 1
                shard = shard_of(rel, self._shards.count)
                people = doc.pop(PEOPLE, None)  # kept beside the shard, not in it
                rec = record(doc, shard, entry, build=on_batch is not None)
                if rec.entry is not None:
                    batch.add(rec.entry, terms)
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
                unbuilt = rec.entry is not None and not rec.entry.built
                writer.add(shard, doc, rec.entry if unbuilt else None, people)
                if since >= batch_size or done == total:
                    if on_batch and batch:
                        on_batch(batch)
                    batch, since = Batch(), 0
                    if on_progress:
                        on_progress(done, total)
            if on_batch and batch:  # what was read before a cancel is kept
                on_batch(batch)
            writer.finish()
            self._digests.update(writer.digests)
            if writer.digests and self._shards.single is None:
                stamps = self._shard_stamps()
                for shard, digest in writer.digests.items():
                    stamps[str(shard)] = digest
                for shard, text_stamp in writer.text_stamps.items():
                    stamps[f"{shard}{TEXTS_SUFFIX}"] = text_stamp
                self._save_shard_stamps(stamps)
                self._note_origins(writer.digests)
            if keep_stamps:
                self._keep_stamps()
            # An id that moved to another file (a rename) is not removed; one that a file
            # read now still holds (an edit) needs no look at every other record.
            dropped -= {records[rel].rid for rel, _ in todo if rel in records}
            if dropped:
                alive = {rec.rid for rec in records.values() if rec.rid is not None}
                report.removed_ids = dropped - alive
        report.problems.sort(key=lambda p: (p.path, p.line or 0))
        return report

    def keep_stamps(self) -> None:
        """Bring the stamps file beside the shards in line with them, for the next folder
        check (``stamps_file``); a sync does it at its end unless told not to. Nothing for
        a store in memory; a file that cannot be written is a notice."""
        with self._lock:
            self._keep_stamps()

    def _keep_stamps(self) -> None:
        # Whether or not a sync wrote any shard: the file may be missing, damaged or older
        # than the shards. Read once more where it is not as noted (a few ms at 100,000).
        if self._shards.folder is None or self._shards.single is not None:
            return
        try:
            stamps_file.keep_stamps(self._shards.folder, self._shards.count, self._digests)
        except OSError as exc:
            self.notices.append(
                f"Could not keep the stamps of the readout cache ({exc.strerror}); the "
                "next start reads them from the cache itself."
            )

    def holds(self, check: FolderCheck) -> bool:
        """Whether a helper's check of the folder was made against the shards as this store
        holds them: the same bytes of every shard (so the same stored stamps), in this
        version's layout. Else the sync lists the folder itself."""
        with self._lock:
            return self._holds(check)

    def _holds(self, check: FolderCheck) -> bool:
        return (
            self._shards.single is None
            and bool(self._records)
            and check.digests == self._digests
            and self._meta_doc() == self._fingerprint()
        )

    def _compare(
        self, on_disk: Mapping[str, tuple[int, int]], report: SyncReport
    ) -> tuple[list[tuple[str, FileStamp]], list[str]]:
        """The files to read (new, changed, or whose stored copy is damaged) and the stored
        files not listed any more: each listed file's stamp compared with the stored one."""
        records = self._records
        # A name that is not UTF-8 can be neither stored nor shown: one problem, not read.
        self._name_problems = (
            [] if names_are_text(on_disk) else [p for rel in on_disk if (p := name_problem(rel))]
        )
        if self._name_problems:
            on_disk = {rel: st for rel, st in on_disk.items() if name_is_text(rel)}
            report.problems.extend(self._name_problems)
        # A warm start compares every file of the folder here: kept to a tight loop.
        todo: list[tuple[str, FileStamp]] = []
        known_record = records.get
        found = unchanged = 0  # stored files still listed; those of them unchanged
        for rel, stamp in on_disk.items():
            known = known_record(rel)
            if known is not None:
                found += 1
                if (
                    known.size == stamp[0]
                    and known.mtime_ns == stamp[1]
                    and not known.stale
                    and (known.entry is None or not known.entry.damaged)
                ):
                    unchanged += 1
                    if known.problems:
                        report.problems.extend(known.problems)
                    continue
            todo.append((rel, stamp if type(stamp) is FileStamp else FileStamp(*stamp)))
        report.unchanged = unchanged
        gone = [rel for rel in records if rel not in on_disk] if found < len(records) else []
        return todo, gone

    def _compare_checked(
        self, check: FolderCheck, report: SyncReport
    ) -> tuple[list[tuple[str, FileStamp]], list[str]]:
        """``_compare`` from a helper's check (``holds`` it): the files it found changed,
        and those stored unchanged whose stored copy is damaged."""
        records = self._records
        changed = check.changed
        self._name_problems = (
            [] if names_are_text(changed) else [p for rel in changed if (p := name_problem(rel))]
        )
        if self._name_problems:
            changed = {rel: st for rel, st in changed.items() if name_is_text(rel)}
            report.problems.extend(self._name_problems)
        listed = check.listed - (len(check.changed) - len(changed))
        todo = [(rel, FileStamp(*stamp)) for rel, stamp in changed.items()]
        gone = set(check.gone)
        recs = records.values()
        # Loops in C: a warm start asks these of 100,000 records, and they are rare.
        if any(map(_STALE, recs)) or any_damaged(map(_ENTRY, recs)):
            for rel, rec in records.items():
                if rel in changed or rel in gone:
                    continue
                if rec.stale or (rec.entry is not None and rec.entry.damaged):
                    todo.append((rel, FileStamp(rec.size, rec.mtime_ns)))
        for rel, rec in compress(records.items(), map(_PROBLEMS, recs)):
            if rel not in changed and rel not in gone:
                report.problems.extend(rec.problems or ())
        report.unchanged = listed - len(todo)
        return todo, [rel for rel in check.gone if rel in records]

    def _note_origins(self, digests: dict[int, list[int]]) -> None:
        """Tell the entries of the shards just written where they are kept now: every one
        of a written shard, as its other readouts are in the new bytes too."""
        origins = {shard: self._shards.origin(shard, digest) for shard, digest in digests.items()}
        records = self._records.values()
        shards = map(attrgetter("shard"), records)  # loops in C: 100,000 records, 1 shard
        for rec in compress(records, map(origins.__contains__, shards)):
            if rec.entry is not None:
                rec.entry.stored_in(origins[rec.shard])

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
                    origin = self._shards.origin(shard, self._shards.digest(db))
                    for doc in raw.values():
                        if doc.get("path") in rels:
                            rels.discard(doc["path"])
                            rec = self._records[doc["path"]]
                            try:
                                rec.entry = doc_entry(doc, self._shards.texts.get(shard), origin)
                            except DAMAGE:
                                rec.stale = True
                except DAMAGE:
                    pass  # handled below: what was not built is parsed again
                finally:
                    self._shards.done(db)
                for rel in rels:  # not in the shard any more: parse its file again
                    self._records[rel].stale = True
            keep_out_of_collections(len(self._records))

    def entries(self) -> list[Entry]:
        """Every readout in the store, newest first (ties by title)."""
        entries = self.listed()
        entries.sort(key=lambda e: (-e.date.toordinal(), e.title, e.path))
        return entries

    def listed(self) -> list[Entry]:
        """Every readout in the store, in the order it keeps them (as it read them): for a
        caller that orders them itself, such as the search index."""
        with self._lock:
            self._build_missing()
            return [rec.entry for rec in self._records.values() if rec.entry is not None]

    def problems(self) -> list[Problem]:
        """Every problem of every file that failed to load, by path."""
        with self._lock:
            recs = self._records.values()
            found = [p for rec in compress(recs, map(_PROBLEMS, recs)) for p in rec.problems or ()]
            found.extend(self._name_problems)
            found.extend(shared_ids(self._records))
        return sorted(found, key=lambda p: (p.path, p.line or 0))

    def __len__(self) -> int:
        with self._lock:
            recs = self._records.values()
            return len(recs) - list(map(_RID, recs)).count(None)


def duplicate_ids(entries: Iterable[Entry]) -> list[Problem]:
    """A problem for every file whose readout id another file already uses."""
    first: dict[str, str] = {}
    problems = []
    for entry in sorted(entries, key=lambda e: e.path):
        other = first.setdefault(entry.id, entry.path)
        if other != entry.path:
            problems.append(Problem(entry.path, f"duplicate id {entry.id!r}: {other} uses it too"))
    return problems
