"""The one way in: a folder of readouts with its store and search index, synced and searched.

The app's load worker and every command open a folder through a ``Collection``: it finds
the folder's cache (``--db`` or the user's cache folder), falls back to memory when the cache
cannot be used, builds or loads the search index beside it, and tells every notice (a cache
moved aside, a cache that refused a write) to one ``tell`` callback as it happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import index_cache_path, store_fingerprint
from summit_tui.core.search.query import parse
from summit_tui.core.search.results import Results
from summit_tui.core.store.fallback import close_store, in_memory, open_store, sync_or_fall_back
from summit_tui.core.store.folder_check import BackgroundCheck, check_in_background
from summit_tui.core.store.paths import default_db_path
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import ProgressCallback, SyncReport

#: Where a collection's notices go: one line of text for the user each.
Tell = Callable[[str], None]


def _ignore(notice: str) -> None:
    """A ``Tell`` that drops the notice."""


@dataclass
class Contents:
    """What a sync found: every readout, what the sync did, and whether the cache was used."""

    entries: list[Entry]
    report: SyncReport
    in_memory: bool  # the cache could not be used: nothing was kept for the next start


class Collection:
    """A folder of readouts, its cache and its search index: open, sync, search, report.

    A cache that refuses (read-only, full, gone) falls back to memory once: the store in
    memory is kept, and later syncs run on it.
    """

    def __init__(self, folder: Path, db_path: Path | None = None, tell: Tell | None = None) -> None:
        self.folder = folder
        self.db_path = db_path or default_db_path(folder)
        self.index_path = index_cache_path(self.db_path)
        self.tell = tell or _ignore
        #: The store in memory, once the cache could not be used.
        self.memory: ReadoutStore | None = None

    @property
    def in_memory(self) -> bool:
        """True once the cache could not be used: the readouts are read into memory."""
        return self.memory is not None

    # --- the steps, for a caller that shows each one (the app's load worker) ---------------

    def open(self) -> ReadoutStore:
        """The store to sync: the one in memory once the cache refused, else the cache at
        ``db_path`` (or a store in memory when it cannot be opened). The notices of a store
        opened now are told."""
        if self.memory is not None:
            return self.memory  # it told its notices when it was opened
        store = open_store(self.db_path)
        for notice in store.notices:
            self.tell(notice)
        if in_memory(store):
            self.memory = store
        return store

    def sync(
        self,
        store: ReadoutStore,
        *,
        on_fall_back: Callable[[ReadoutStore], None] | None = None,
        **options: Any,
    ) -> tuple[ReadoutStore, SyncReport]:
        """Sync ``store`` with the folder; when its cache refuses, the same sync runs on a
        store in memory (told, and passed to ``on_fall_back`` first). Returns the store to
        use from now on (and to ``close``) and what the sync did.

        ``options`` are those of ``ReadoutStore.sync``.
        """

        def fell_back(memory: ReadoutStore) -> None:
            self.memory = memory
            self.tell(memory.notices[-1])
            if on_fall_back is not None:
                on_fall_back(memory)

        return sync_or_fall_back(store, self.folder, on_fall_back=fell_back, **options)

    def check_in_background(self, start: bool = True) -> BackgroundCheck:
        """The folder compared with this cache by a helper process (``sync``'s ``checked``),
        started now unless ``start`` is False."""
        return check_in_background(self.folder, self.db_path, start)

    def close(self, store: ReadoutStore) -> None:
        """Write what the store holds to the cache; a cache that refuses is told, not raised
        (the next start reads the files again)."""
        if in_memory(store):
            return
        notice = close_store(store)
        if notice is not None:
            self.tell(notice)

    def fingerprint(self) -> str:
        """What the search index file is checked against; "" (not read or saved) in memory."""
        return "" if self.in_memory else store_fingerprint(self.db_path)

    def index(self, entries: list[Entry]) -> SearchIndex:
        """The search index of the entries, from the index file when it is fresh (built, and
        not saved, when the readouts are in memory). A file set aside is told."""
        index = SearchIndex.load_or_build(
            entries,
            self.index_path,
            self.fingerprint(),
            spill_folder=None if self.in_memory else self.index_path.parent,
        )
        for notice in index.notices:
            self.tell(notice)
        return index

    def save_index(self, index: SearchIndex) -> None:
        """Keep the live index in its file for the next start; nothing in memory. Raises
        OSError when the file cannot be written."""
        if self.in_memory:
            return  # no cache to go with it
        index.save_live(self.index_path, store_fingerprint(self.db_path))

    # --- the whole way, for a command -----------------------------------------------------

    def load(self, on_progress: ProgressCallback | None = None) -> Contents:
        """Sync the folder into its store and return every readout, newest first.

        Interrupted, what was read is on disk up to the sync's last checkpoint.
        """
        store = self.open()
        try:
            store, report = self.sync(store, on_progress=on_progress)
            entries = store.entries()
        finally:
            self.close(store)
        return Contents(entries, report, self.in_memory)

    def search(
        self, query: str, order: str = "newest", entries: list[Entry] | None = None
    ) -> Results:
        """The readouts a query of the search bar's language finds, in ``order``: among
        ``entries`` (from ``load``), or in the folder synced now.

        A malformed query raises QueryError before any file is read.
        """
        parse(query)
        if entries is None:
            entries = self.load().entries
        return self.index(entries).search(query, order=order)
