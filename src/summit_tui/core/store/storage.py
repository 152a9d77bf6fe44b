"""The store's TinyDB storage: one JSON file, read with orjson, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from summit_tui.core.store.layout import digest_of
from summit_tui.core.support.atomic import atomic_write
from summit_tui.core.support.gc_pause import gc_paused
from summit_tui.core.support.safe_read import read_capped

#: A cache file larger than this is not one this code wrote (far above any shard it
#: writes); it is refused, and the folder is read in memory.
MAX_CACHE_FILE_BYTES = 2_000_000_000


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
        blob = orjson.dumps(data)
        atomic_write(self.path, blob)  # a full disk leaves no half-written temp
        self.digest = digest_of(blob)

    def close(self) -> None:
        """Nothing to release: the file is opened only while reading or writing."""


def caching(storage: type[Storage]) -> CachingMiddleware:
    """Keep the database in memory; write it only when the store flushes or closes it."""
    middleware = CachingMiddleware(storage)  # type: ignore[no-untyped-call]  # TinyDB's
    middleware.WRITE_CACHE_SIZE = 2**62  # never flush on a write count; the store flushes
    return middleware


def flush(db: TinyDB) -> None:
    """Write what the caching middleware holds for ``db`` to its file."""
    storage = db.storage
    if isinstance(storage, CachingMiddleware):
        storage.flush()  # type: ignore[no-untyped-call]
