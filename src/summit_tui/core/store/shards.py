"""The files table in shards: one TinyDB per shard, its side file of readout texts, and the
writer of a sync's changes."""

from __future__ import annotations

import contextlib
import os
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from summit_tui.core.model.entry import Entry, Origin
from summit_tui.core.reference.people import PackedRows, PersonRow, unpack_rows
from summit_tui.core.store.layout import SHARDS, shard_name
from summit_tui.core.store.people_file import (
    SUFFIX,
    ShardPeople,
    people_path,
    read_people,
    rows_of_doc,
    shard_people,
    write_people,
)
from summit_tui.core.store.stamps_file import STAMPS_FILE
from summit_tui.core.store.storage import AtomicJSONStorage, caching, flush
from summit_tui.core.store.texts import TEXTS_SUFFIX, StoredText, TextFile, append, texts_path


def shard_of(rel: str, count: int = SHARDS) -> int:
    """The shard of a file: a stable hash of its path relative to the readouts folder."""
    return zlib.crc32(rel.encode("utf-8", "surrogatepass")) % count


class Shards:
    """Where the files table lives: one TinyDB per shard, open only while read or written,
    and beside each shard on disk its side file of readout texts (``texts``)."""

    def __init__(
        self, count: int, single: TinyDB | None = None, folder: Path | None = None
    ) -> None:
        self.count = count
        self.single = single
        self.folder = folder
        #: Each shard's side file, open since the store read the shard or appended to it.
        self.texts: dict[int, TextFile] = {}

    def path(self, shard: int) -> Path:
        assert self.folder is not None
        return self.folder / shard_name(shard)

    def texts_path(self, shard: int) -> Path:
        """The shard's side file of readout texts."""
        return texts_path(self.path(shard))

    def digest(self, db: TinyDB) -> list[int] | None:
        """``digest_of`` the bytes of the shard as ``db`` last read or wrote them; None for
        an in-memory store or a shard with no file."""
        if self.single is not None:
            return None
        storage = db.storage
        if isinstance(storage, CachingMiddleware):
            storage = storage.storage
        return storage.digest if isinstance(storage, AtomicJSONStorage) else None

    def origin(self, shard: int, digest: list[int] | None) -> Origin | None:
        """Where the entries read from (or written to) a shard with this digest come from;
        None for an in-memory store or a shard with no file."""
        if digest is None or self.single is not None:
            return None
        return Origin(self.path(shard), (digest[0], digest[1]))

    def open(self, shard: int) -> TinyDB:
        """The shard's database; pass it to ``done`` after use."""
        if self.single is not None:
            return self.single
        return TinyDB(self.path(shard), storage=caching(AtomicJSONStorage))

    def done(self, db: TinyDB) -> None:
        """Write the shard if it changed; a file shard is closed and its memory let go."""
        if self.single is not None:
            flush(self.single)
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
            flush(self.single)
            return
        assert self.folder is not None
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return
        # Readouts still listed keep their side files open, and so readable, where the
        # system allows a file open for reading to be removed.
        self.texts.clear()
        with contextlib.suppress(OSError):  # made from the shards: let go too (not data)
            (self.folder / STAMPS_FILE).unlink(missing_ok=True)
        for name in names:
            if name.startswith("shard-") and name.endswith((".json", SUFFIX)):
                (self.folder / name).unlink(missing_ok=True)
            elif name.startswith("shard-") and name.endswith(TEXTS_SUFFIX):
                # Where an open file cannot be removed (Windows), the side file stays: the
                # next texts are appended after its old bytes, which nothing points at.
                with contextlib.suppress(PermissionError):
                    (self.folder / name).unlink(missing_ok=True)

    def exists(self) -> bool:
        """True when any shard holds data (a file shard exists)."""
        if self.single is not None:
            return bool(self.raw(self.single))
        return self.folder is not None and any(
            os.path.exists(self.path(i)) for i in range(self.count)
        )


class Writer:
    """The writes of one sync, shard by shard, each shard in few TinyDB calls.

    TinyDB rewrites a whole table on every write call and a shard's file is written whole,
    so the documents of a shard are held here and written together: when the sync moves
    on to the next shard (``eager``, for large syncs read in shard order: a killed import
    loses at most the shard being read) or at the end. Shards written as the sync moves
    on are written by a thread of their own, so that the sync goes on reading while a
    shard is flushed to disk; ``finish`` waits for them.

    A shard on disk gets its new readouts' texts appended to its side file first, in one
    write, and its documents say where they landed; the entries that held those texts
    (``add``) then read them from there when built. The people of a shard's readouts are
    written beside it, after it (``people_file``).
    """

    def __init__(self, shards: Shards) -> None:
        self.shards = shards
        self.eager = False
        self.docs: defaultdict[int, list[tuple[dict[str, Any], Entry | None]]] = defaultdict(list)
        self.removed: defaultdict[int, set[str]] = defaultdict(set)
        self.people: defaultdict[int, dict[str, PackedRows]] = defaultdict(dict)
        self.current = -1
        self._behind: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        #: The shards written, with ``digest_of`` what was written (files only).
        self.digests: dict[int, list[int]] = {}
        #: The side files appended to, with their ``file_stamp`` after the write.
        self.text_stamps: dict[int, list[int]] = {}

    def remove(self, shard: int, rel: str) -> None:
        """Drop the stored document of this file."""
        self.removed[shard].add(rel)
        self.people[shard].pop(rel, None)

    def add(
        self,
        shard: int,
        doc: dict[str, Any],
        entry: Entry | None = None,
        people: PackedRows | None = None,
    ) -> None:
        """A new document for a file (its old one, if any, is removed first); ``entry`` is
        the unbuilt entry that holds the document's text until it is written; ``people``
        those of its readout when made as it was parsed (else they are read from its text).
        """
        if self.eager and shard != self.current:
            if self.current >= 0:
                self._write_behind(self.current)
            self.current = shard
        if self.shards.single is not None and isinstance(doc.get("entry"), bytes):
            doc["entry"] = doc["entry"].decode()  # a store in memory keeps texts as they are
        self.docs[shard].append((doc, entry))
        if people is not None:
            self.people[shard][doc["path"]] = people

    def _write_behind(self, shard: int) -> None:
        if self.shards.single is not None:  # one in-memory database: written at the end
            return
        if self._behind is None:
            self._behind = ThreadPoolExecutor(1, thread_name_prefix="summit-shard-writer")
        docs = self.docs.pop(shard, [])
        removed = self.removed.pop(shard, set())
        people = self.people.pop(shard, {})
        self._pending.append(self._behind.submit(self._write, shard, docs, removed, people))

    def write(self, shard: int) -> None:
        """Write what is held for one shard to it."""
        self._write(
            shard,
            self.docs.pop(shard, []),
            self.removed.pop(shard, set()),
            self.people.pop(shard, {}),
        )

    def _write(
        self,
        shard: int,
        items: list[tuple[dict[str, Any], Entry | None]],
        removed: set[str],
        people: dict[str, PackedRows],
    ) -> None:
        if not items and not removed:
            return
        if self.shards.single is None:
            self._write_texts(shard, items)
        docs = [doc for doc, _ in items]
        db = self.shards.open(shard)
        try:
            raw = self.shards.raw(db)
            before = self.shards.digest(db)  # of the bytes just read (None: no file yet)
            table = db.table("files", cache_size=0)
            if removed:
                ids = [int(k) for k, d in raw.items() if d.get("path") in removed]
                if ids:
                    table.remove(doc_ids=ids)
            if docs:
                table.insert_multiple(docs)
            kept = self.shards.raw(db).values() if self.shards.folder is not None else ()
        finally:
            self.shards.done(db)
        digest = self.shards.digest(db)
        if digest is not None:
            self._write_people(shard, before, digest, docs, kept, removed, people)
            self.digests[shard] = digest

    def _write_texts(self, shard: int, items: list[tuple[dict[str, Any], Entry | None]]) -> None:
        """Append the texts of the new documents to the shard's side file, durably; each
        document then says where its text lies, and its entry reads it from there."""
        texts = [doc["entry"] for doc, _ in items if "entry" in doc]
        if not texts:
            return
        shards = self.shards
        file, at, self.text_stamps[shard] = append(
            shards.texts_path(shard), texts, shards.texts.get(shard)
        )
        shards.texts[shard] = file
        for doc, entry in items:
            text = doc.pop("entry", None)
            if text is None:
                continue
            size, crc = len(text), zlib.crc32(text)
            doc["text"] = [at, size, crc]
            if entry is not None:
                entry.text_moved(text, StoredText((file, at, size, crc)))
            at += size

    def _shard_texts(self, shard: int) -> TextFile | None:
        """The shard's side file open for reading, to read back texts that a shard's
        documents point at (None: there is none, or it is not a file)."""
        found = self.shards.texts.get(shard)
        if found is not None:
            return found
        try:
            return TextFile.open(self.shards.texts_path(shard))
        except OSError:
            return None

    def _write_people(
        self,
        shard: int,
        before: list[int] | None,
        after: list[int],
        new: list[dict[str, Any]],
        stored: Iterable[dict[str, Any]],
        removed: set[str],
        people: dict[str, PackedRows],
    ) -> None:
        """Write the people of a shard just written (``after``, its new digest, ``stored``,
        its documents): those of the file kept for the shard as it was (``before``), with
        this write's changes (``new`` documents, with the ``people`` made as they were
        parsed); every readout's made afresh when there was no such file.

        A readout document is told by its id (its text is in the side file, where the
        document says); a readout whose people were not made as it was parsed has them
        read from its text there."""
        path = people_path(self.shards.path(shard))
        old = read_people(path, before) if before is not None else None
        if old is None:
            write_people(path, after, shard_people(stored, people, self._shard_texts(shard)))
            return
        rows: dict[str, Sequence[PersonRow]] = dict(old.rows())
        for rel in removed:
            rows.pop(rel, None)
        texts: TextFile | None = None
        for doc in new:
            if "id" in doc:
                rel = doc["path"]
                if rel in people:
                    rows[rel] = unpack_rows(people[rel])
                else:
                    texts = texts or self._shard_texts(shard)
                    rows[rel] = rows_of_doc(doc, texts)
        if rows.keys() == {doc["path"] for doc in stored if "id" in doc}:
            write_people(path, after, ShardPeople.of(rows))
        else:  # not the shard's readouts: made again from them
            write_people(path, after, shard_people(stored, people, self._shard_texts(shard)))

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
