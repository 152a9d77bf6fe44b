"""The summit-tui App: stylesheet, global keys, loading and watching the folder, error routing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.widgets import Input, TextArea
from textual.worker import Worker, WorkerState

from summit_tui.core.model.readout import Problem
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.paths import default_db_path
from summit_tui.core.store.report import SyncReport
from summit_tui.core.support.safe_text import clean
from summit_tui.core.userstate.notes import UserData
from summit_tui.core.userstate.session import read_session, save_session, session_path
from summit_tui.keymap import default_keys, load_keymap
from summit_tui.loader import Loader
from summit_tui.messages import (
    BatchIndexed,
    FolderChanged,
    IndexChanged,
    IndexReady,
    Loaded,
    LoadEnded,
    LoadProgress,
    LoadStopAsked,
    ReadoutsAdded,
    ReadoutsEdited,
    WatchFailed,
)
from summit_tui.palette import ReadoutCommands
from summit_tui.paths import keymap_path
from summit_tui.screens.help import PANE_OF_WIDGET, HelpScreen
from summit_tui.screens.main import MainScreen
from summit_tui.screens.problems import ProblemsScreen
from summit_tui.widgets.load_status import LoadState

if TYPE_CHECKING:
    from summit_tui.core.files.watching import FolderWatcher
    from summit_tui.core.store.folder_check import BackgroundCheck


class SummitApp(App[int]):
    """Browse a folder of YAML readouts through a TinyDB cache and a search index.

    The app owns the load: it passes the index down to the main screen with messages and
    the load's stage with data binding (``load_state``), and hears the screen's requests
    as messages.
    """

    CSS_PATH = "app.tcss"
    TITLE = "summit-tui"
    COMMANDS: ClassVar = App.COMMANDS | {ReadoutCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        # A priority binding, so that keys typed right after "/" reach the search box
        # (ordinary bindings run after the keys behind them were sent to the old focus).
        Binding("slash", "focus_search", "Search", key_display="/", priority=True, id="app.search"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+r", "reload", "Reload", id="app.reload"),
        Binding("i", "import_readout", "Import", show=False, id="app.import"),
        Binding(
            "exclamation_mark",
            "problems",
            "Problems",
            key_display="!",
            show=False,
            id="app.problems",
        ),
    ]

    #: Where the load is; bound to the main screen's, which shows it.
    load_state: var[LoadState] = var(LoadState())

    def __init__(
        self,
        folder: Path,
        db_path: Path | None = None,
        userdata_path: Path | None = None,
        session_file: Path | None = None,
        watch: bool = True,
        keymap_file: Path | None = None,
        check: BackgroundCheck | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.keymap_file = keymap_file or keymap_path()
        self.keymap: dict[str, str] = {}
        self.watch_folder = watch  # reload by itself when readout files change
        self.watcher: FolderWatcher | None = None
        self.db_path = db_path or default_db_path(folder)
        self.userdata_path = userdata_path
        self.session_file = session_file or session_path(folder)
        self.problems: list[Problem] = []
        #: The index handed to the main screen: a reload adds to it.
        self.index: SearchIndex | None = None
        self._cancel = threading.Event()
        self._store_lock = threading.Lock()  # one load at a time holds the store
        self.loader = Loader(self, check)
        self._load_number = 0  # of the load started last: the one that runs, if any
        self._reload_due = False  # the folder changed while a load ran
        self.sub_title = str(folder)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification, from any screen, with its text cleaned (safe_text).

        Callers that put file or readout text in a message also pass ``markup=False``.
        """
        super().notify(
            clean(message), title=clean(title), severity=severity, timeout=timeout, markup=markup
        )

    async def on_mount(self) -> None:
        keymap, problems = load_keymap(self.keymap_file)
        self.keymap = keymap  # the user's keys, checked: the help shows them
        self.set_keymap(keymap)
        for problem in problems:
            self.notify(problem, title="Keymap", severity="warning", timeout=15, markup=False)
        self.userdata = UserData(self.userdata_path)
        for notice in self.userdata.notices:
            self.notify(notice, severity="warning", timeout=12, markup=False)
        session, damaged = read_session(self.session_file)
        if damaged is not None:
            self.notify(
                f"Your last session was not restored: {damaged}. Starting afresh.",
                severity="warning",
                timeout=8,
                markup=False,
            )
        if session.theme in self.available_themes:
            self.theme = session.theme
        self.main = MainScreen(self.userdata, self.folder, session).data_bind(SummitApp.load_state)
        await self.push_screen(self.main)  # composed before the load reports to its panes
        self.load()

    def on_unmount(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.userdata.close()  # releases the lock so the next window can write

    def save_session(self) -> None:
        """Remember the query, selection, pane and theme for the next start."""
        if self.index is None:
            return  # nothing was shown: keep the last session as it was
        session = self.main.snapshot()
        session.theme = self.theme
        try:
            save_session(self.session_file, session)
        except OSError as exc:
            self.notify(f"Could not save the session: {exc}", severity="warning", markup=False)

    # --- loading --------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True from the start of a load until it ends (loaded, stopped or failed)."""
        return self.load_state.active

    def load(self) -> None:
        """Start (or restart) loading the folder in a worker thread."""
        self._cancel.set()  # a load already running stops at its next file
        self._reload_due = False  # this load sees every change made so far
        self._load_number += 1
        state = LoadState.opening()
        # A reload: the readouts are listed already.
        self.load_state = state if self.index is None else state.checking()
        self._load(threading.Event(), self._load_number)

    def stop_loading(self) -> bool:
        """Stop a running load after the current file; True when one was running."""
        if not self.loading:
            return False
        self._cancel.set()
        return True

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, cancel: threading.Event, number: int) -> SyncReport:
        """Show what the cache holds at once, then sync the folder in batches."""
        self._cancel = cancel
        try:
            with self._store_lock:  # a stopped earlier load finishes its file and lets go
                return self.loader.run(cancel, number)
        finally:
            self.post_message(LoadEnded())  # the lock is let go: the next load may start

    @on(LoadStopAsked)
    def stop_load(self) -> None:
        """Stop the running load, as the user asked."""
        self.stop_loading()

    @on(LoadProgress)
    def show_progress(self, message: LoadProgress) -> None:
        """Move the progress bar."""
        if self.load_state.active:
            self.load_state = self.load_state.reading(message.done, message.total)

    @on(IndexReady)
    def use_index(self, message: IndexReady) -> None:
        """Show the cached readouts while the folder is checked for changes."""
        self.problems = message.problems
        self.index = message.index
        # The screen sets ``shown`` once it has shown them: the worker may then check the folder.
        self.main.post_message(IndexChanged(message.index, message.problems, message.shown))
        if self.load_state.active:
            self.load_state = self.load_state.checking()

    @on(BatchIndexed)
    def show_batch(self) -> None:
        """Have the screen search again, so that newly read readouts appear in the list."""
        self.main.post_message(ReadoutsAdded())

    @on(Loaded)
    def finish_load(self, message: Loaded) -> None:
        """Hand the final index to the main screen and tell the user what changed."""
        latest = message.number == self._load_number  # else a load started since runs on
        if latest:
            self.load_state = self.load_state.idle()
        report = message.report
        # Once the result is shown, the worker may save the index.
        if report.changed or message.index is not self.index or message.problems != self.problems:
            self.problems = message.problems
            self.index = message.index
            self.main.post_message(IndexChanged(message.index, message.problems, message.shown))
        else:
            self.call_after_refresh(message.shown.set)
        if not latest:
            return
        if report.cancelled:
            self.notify(
                "Loading stopped; what was read is kept. Press ctrl+r to continue.", timeout=6
            )
        if message.problems:
            files = len({p.path for p in message.problems})
            self.notify(
                f"{files} file{'s' if files != 1 else ''} with problems. Press ! to see them.",
                severity="warning",
                timeout=8,
            )
        if report.changed and (report.unchanged or report.removed or report.updated):
            self.notify(f"Readouts: {report.summary()}", timeout=5)
        if report.rebuilt:
            self.notify(f"Rebuilt the readout cache: {report.rebuilt}", timeout=5)
        if report.cancelled:
            self._reload_due = False  # the user stopped loading; ctrl+r goes on

    @on(Worker.StateChanged)
    def report_failure(self, event: Worker.StateChanged) -> None:
        """Route a failed worker to the user instead of crashing the app."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.load_state = self.load_state.idle()
            error = event.worker.error
            self.notify(
                f"{type(error).__name__}: {error}",
                title="Loading failed",
                severity="error",
                timeout=20,
                markup=False,
            )
            self.run_due_reload()

    # --- watching -------------------------------------------------------------------------

    def load_running(self) -> bool:
        """Whether a load runs: started, its thread holding the store, or its worker not done."""
        return (
            self.loading
            or self._store_lock.locked()
            or any(w.group == "load" and not w.is_finished for w in self.workers)
        )

    @on(LoadEnded)
    def after_load(self) -> None:
        """Run the reload that became due while the load ran."""
        self.run_due_reload()

    @on(Worker.StateChanged)
    def run_due_reload(self) -> None:
        """Start the reload that became due while a load ran, once nothing loads any more."""
        if self._reload_due and not self.load_running():
            self.load()

    def start_watching(self, on_ready: Callable[[], object] | None = None) -> None:
        """Reload by itself whenever readout files in the folder change; ``on_ready`` is
        called (in the watcher's thread) once changes are seen.

        Called by the load worker, off the UI thread: importing watchfiles and listing the
        folders to watch then never hold up the event loop.
        """
        # Imported here: an app that does not watch never imports watchfiles.
        from summit_tui.core.files.watching import FolderWatcher

        watcher = FolderWatcher(
            self.folder,
            on_change=lambda: self.post_message(FolderChanged()),
            on_error=lambda reason: self.post_message(WatchFailed(reason)),
            on_ready=on_ready,
        )
        self.watcher = watcher
        watcher.start()
        if not self.is_running:  # the app closed meanwhile: its unmount may have missed it
            watcher.stop()

    @on(ReadoutsEdited)
    def reload_edited(self) -> None:
        """Read the folder again, now: the user changed readout files."""
        self.load()

    @on(FolderChanged)
    def reload_changed(self) -> None:
        """Read what changed: now, or once the load that runs has ended (it is not stopped)."""
        if self.load_running():
            self._reload_due = True
        else:
            self.load()

    @on(WatchFailed)
    def report_watch_failure(self, message: WatchFailed) -> None:
        """Say, once, that changes are no longer picked up by themselves."""
        self.notify(
            f"Changes in the folder are no longer picked up by themselves "
            f"({message.reason}). Press ctrl+r to reload.",
            title="Not watching",
            severity="warning",
            timeout=12,
            markup=False,
        )

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "/" is a search key only on the main screen and outside text boxes."""
        if action == "focus_search":
            return self.screen is self.main and not isinstance(self.focused, Input | TextArea)
        return True

    def action_focus_search(self) -> None:
        """Put the cursor in the search bar, at once."""
        self.main.focus_search()

    def action_help(self) -> None:
        """Show every key, the focused pane's first."""
        focused = self.focused.id if self.focused is not None else None
        defaults = default_keys() if self.keymap else {}
        self.push_screen(
            HelpScreen(PANE_OF_WIDGET.get(focused or ""), self.keymap, defaults, self.keymap_file)
        )

    def action_reload(self) -> None:
        """Read the folder again; only changed files are parsed."""
        self.load()

    def action_import_readout(self) -> None:
        """Open the import dialog; reload the folder when readouts were saved."""
        # Imported here: the importer is needed only now, and the app starts sooner without it.
        from summit_tui.screens.import_dialog import ImportScreen

        def saved(count: int | None) -> None:
            if count:
                self.load()

        self.push_screen(ImportScreen(self.folder), saved)

    def action_problems(self) -> None:
        """Show the files that failed to load."""
        if not self.problems:
            self.notify("Every readout file loaded without problems.", timeout=3)
            return
        self.push_screen(ProblemsScreen(self.problems, str(self.folder)))

    def action_quit(self) -> None:  # type: ignore[override]
        """Stop any load cleanly, remember the session, then quit."""
        self._cancel.set()
        self.save_session()
        self.exit(0)


def make_app(
    folder: Path,
    db_path: Path | None = None,
    userdata_path: Path | None = None,
    session_file: Path | None = None,
    watch: bool = True,
    keymap_file: Path | None = None,
    check: BackgroundCheck | None = None,
) -> SummitApp:
    """The one factory for the app, used by the CLI and the tests.

    ``watch``: reload by itself when readout files in the folder change; ``keymap_file``:
    the user's keys (by default keymap.toml in the user's config folder); ``check``: the
    folder compared with its cache by a helper process, started before the app was made
    (``cli.main.start_app``), which the first load uses instead of starting its own.
    """
    return SummitApp(folder, db_path, userdata_path, session_file, watch, keymap_file, check)
