"""The load worker's work: the cached readouts at once, then the folder synced in batches.

Runs in the app's load worker thread (``SummitApp._load``); it tells the app what happened
with messages (``summit_tui.messages``) and shows notices through ``call_from_thread``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from summit_tui.core.collection import Collection
from summit_tui.core.files.listing import name_is_text
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.folder_check import BackgroundCheck
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import Batch, SyncReport
from summit_tui.messages import BatchIndexed, FolderChanged, IndexReady, Loaded, LoadProgress

if TYPE_CHECKING:
    from summit_tui.app import SummitApp

#: How often a wait of the worker looks again whether it was stopped or the app closed.
POLL_SECONDS = 0.05
#: After the screen showed a load's result: the user's first keys go before the index file.
SAVE_AFTER_SECONDS = 0.5


class Loader:
    """Loads the app's folder: one ``run`` at a time, in the load worker's thread."""

    def __init__(self, app: SummitApp, check: BackgroundCheck | None = None) -> None:
        self.app = app
        self.collection = Collection(app.folder, app.db_path, tell=self._tell)
        #: The folder compared with the cache, started before the app (for the first load).
        self._early_check = check

    def run(self, cancel: threading.Event, number: int) -> SyncReport:
        """Show what the cache holds at once, then sync the folder in batches."""
        app = self.app
        # The first load has the folder compared with the cache by a helper process from
        # the start, while it reads the cache (the interpreter's time for a while in a large
        # folder, which the first paint needs); the command starts it before Textual loads.
        early, self._early_check = self._early_check, None
        check = None
        if app.index is None:
            check = early or self.collection.check_in_background()
            check.start()  # (nothing when it was started already)
        elif early is not None:
            early.close()
        try:
            return self._sync_store(cancel, number, check)
        finally:
            if check is not None:
                check.close()

    def _sync_store(
        self,
        cancel: threading.Event,
        number: int,
        check: BackgroundCheck | None,
    ) -> SyncReport:
        app, collection = self.app, self.collection
        store = collection.open()
        try:
            # Reuse the index on a reload: the sync then only adds what changed. Else the
            # cached readouts are listed at once, indexed from the cache file when fresh.
            shown_index = app.index
            index = shown_index if shown_index is not None else collection.index(store.listed())
            if shown_index is None:
                ready = IndexReady(index, store.problems())
                app.post_message(ready)
                # The list first: checking a large folder takes the interpreter for a while,
                # which would hold back its first paint.
                self._wait_shown(ready.shown, cancel)

            todo = 0  # files the sync parses: known at its first progress report

            def progress(done: int, total: int) -> None:
                nonlocal todo
                todo = total
                app.post_message(LoadProgress(done, total))

            def add(batch: Batch) -> None:
                index.add(batch, batch.terms)
                if todo > len(batch):  # else Loaded follows at once and shows it
                    app.post_message(BatchIndexed())

            def start_afresh(memory: ReadoutStore) -> None:
                # The cache refused (read-only, full, gone): every file is read into memory,
                # and what the cache showed may be stale.
                nonlocal index
                index = SearchIndex()

            checked = None
            if check is not None:
                # An empty cache: the sync reads every file and stamps it as it reads.
                checked = check.check() if len(store) else None
                check.close()
                if checked is not None and not store.holds(checked):
                    checked = None  # compared with other bytes than the store's: list here
            if app.watch_folder and checked is None:
                # The sync lists or reads the folder itself: once the watcher sees changes.
                if app.watcher is None:
                    app.start_watching()
                self._watch_before_reading(cancel)
            store, report = collection.sync(
                store,
                on_progress=progress,
                on_batch=add,
                cancel=cancel,
                checked=checked,
                on_fall_back=start_afresh,
                keep_stamps=False,  # below, once the list is shown
            )
            index.remove_paths(report.removed_paths)
            index.remove(report.removed_ids)
            shown = threading.Event()
            app.post_message(Loaded(index, report, store.problems(), shown, number))
            # The stamps the next start's folder check reads: not what the user waits for.
            self._wait_shown(shown, cancel)
            if not cancel.is_set():
                store.keep_stamps()
            recheck = None
            if app.watch_folder and app.watcher is None and checked is not None:
                # Watching starts once the list is complete (setting it up takes the
                # interpreter for a while in a large folder); the folder is compared with
                # the cache again once the watcher is ready (``_recheck``), which finds
                # whatever changed since the helper listed it.
                self._wait_shown(shown, cancel)
                recheck = collection.check_in_background(start=False)
                app.start_watching(on_ready=recheck.start)
            if report.changed:
                # The list is up to date; keep the index file in step for the next start,
                # once the screen has shown the result and had a moment for the user's first
                # keys (saving takes the interpreter for a while in a large folder).
                self._wait_shown(shown, cancel)
                cancel.wait(SAVE_AFTER_SECONDS)
                self._save_index(index)
            if recheck is not None:
                try:
                    self._recheck(recheck, store, cancel)
                finally:
                    recheck.close()
        finally:
            collection.close(store)
        return report

    def _recheck(
        self, recheck: BackgroundCheck, store: ReadoutStore, cancel: threading.Event
    ) -> None:
        """Compare the folder, as listed once the watcher was ready, with the cache the sync
        brought in line with it: a file changed since the helper first listed it (which the
        watcher could not see yet) makes the app read the folder again, as a change the
        watcher sees does.

        The second comparison starts when the watcher is ready: it is waited for first, so
        that a busy machine, on which the watcher gets ready late, does not make the folder
        read again for nothing. A watcher that could not start (told to the user) gives
        none: the folder is read again on ctrl+r, as after any load."""
        self._watch_before_reading(cancel)
        watcher = self.app.watcher
        if cancel.is_set() or not self.app.is_running:
            return
        if watcher is None or not watcher.ready.is_set():
            return
        again = recheck.check()
        if cancel.is_set() or not self.app.is_running:
            return
        if again is None or not store.holds(again) or again.gone or texts(again.changed):
            self.app.post_message(FolderChanged())

    def _tell(self, notice: str) -> None:
        """Show a notice of the collection (from the load worker)."""
        self.app.call_from_thread(
            self.app.notify, notice, severity="warning", timeout=10, markup=False
        )

    def _watch_before_reading(self, cancel: threading.Event) -> None:
        """Wait (in the worker) until the watcher the load started sees changes.

        The folder is read only then: a file changed once it was read is seen by the watcher,
        and a change seen while the load runs is read by the reload that follows it.
        """
        app = self.app
        watcher = app.watcher
        while (
            watcher is not None
            and watcher.running
            and not watcher.ready.wait(POLL_SECONDS)
            and not cancel.is_set()
            and app.is_running
        ):
            pass  # a watcher that cannot start ends its thread and says why (WatchFailed)

    def _wait_shown(self, shown: threading.Event, cancel: threading.Event) -> None:
        """Wait (in the worker) until the screen has shown what was posted to it."""
        while not shown.wait(POLL_SECONDS) and not cancel.is_set() and self.app.is_running:
            pass

    def _save_index(self, index: SearchIndex) -> None:
        """Write the live index to its file for the next start (not built again)."""
        try:
            self.collection.save_index(index)
        except OSError as exc:
            self.app.call_from_thread(
                self.app.notify,
                f"Could not save the search index: {exc}",
                severity="warning",
                timeout=8,
                markup=False,
            )


def texts(rels: Iterable[str]) -> bool:
    """Whether any of the paths is text: one that is not is never stored (a problem at
    every sync), so its being listed is no change."""
    return any(map(name_is_text, rels))
