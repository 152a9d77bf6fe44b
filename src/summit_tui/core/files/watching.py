"""Watching the readout folder: one call per burst of changes to its readout files."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import Change, watch

from summit_tui.core.files.listing import SUFFIXES

#: Seconds without a change that end a burst (a git checkout writes its files closer together).
QUIET = 0.3
#: Seconds after which a burst that goes on is reported anyway (and again while it lasts).
LONGEST = 5.0
#: Milliseconds between two looks at what the OS reported and at the stop request.
STEP_MS = 50
#: Times in a row that watching is set up again when a folder vanished while it was set up.
RETRIES = 3


def watched_folders(folder: Path) -> list[str]:
    """The folder and every folder under it that ``readout_files`` searches.

    Hidden folders are left out with all they hold, so that a ``.git`` folder costs no OS
    watches and its churn during a checkout no wake-ups. Folders that cannot be read are left
    out too (their files are not loaded either); the top folder must be readable.
    """
    root = os.fspath(folder)
    found = []
    stack = [root]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                subfolders = [
                    e.path
                    for e in it
                    if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
                ]
        except OSError:
            if current == root:
                raise
            continue
        found.append(current)
        stack.extend(subfolders)
    return found


def is_readout_change(change: Change, path: str, root: str, folders: Iterable[str]) -> bool:
    """Whether a change can alter what the folder holds: a readout file or a folder of them.

    The rule of ``readout_files``: names that start with a dot are skipped with all they hold.
    A deleted path cannot be looked at: it was a folder when it was one of those watched.
    """
    rel = os.path.relpath(path, root)
    if rel == "." or any(part.startswith(".") for part in rel.split(os.sep)):
        return False  # the folder itself, a hidden file or folder, or outside the folder
    if path.lower().endswith(SUFFIXES):
        return True
    if change == Change.deleted:
        return path in folders
    return os.path.isdir(path) and not os.path.islink(path)


class FolderGone(FileNotFoundError):
    """The watched folder was removed, moved away or replaced by another."""


class FolderWatcher:
    """Watches a folder in a thread and calls ``on_change`` once per burst of readout changes.

    A burst ends after ``quiet`` seconds without a change, so a checkout of 500 files is one
    call; one that goes on is reported every ``longest`` seconds. Only the folder and its
    non-hidden subfolders are watched (one OS watch each); when a folder appears or goes,
    watching is set up again before the burst is reported, so that whatever the new watch
    missed is seen by the reload that follows.

    When watching cannot start or stops working (the OS limit on watches, the folder removed,
    no permission), ``on_error`` is called once with the reason and the thread ends.
    ``on_ready`` is called once when the OS first reports on the folder: whatever changes
    from then on is seen. Every callback runs in the watcher's thread.
    """

    def __init__(
        self,
        folder: Path,
        on_change: Callable[[], object],
        on_error: Callable[[str], object],
        *,
        quiet: float = QUIET,
        longest: float = LONGEST,
        on_ready: Callable[[], object] | None = None,
    ) -> None:
        self.folder = folder
        self.quiet = quiet
        self.longest = longest
        self._on_change = on_change
        self._on_error = on_error
        self._on_ready = on_ready  # called once, just before ``ready`` is set
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: Set once the OS reports changes in the folder (a step after watching is set up).
        self.ready = threading.Event()

    @property
    def running(self) -> bool:
        """Whether the watching thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start watching in a background thread."""
        self._thread = threading.Thread(target=self._run, name="summit-tui-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop watching and wait (up to ``timeout`` seconds) for the thread to end."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._watch(os.fspath(self.folder))
        except Exception as exc:  # whatever ends watching is told to the owner, once
            if not self._stop.is_set():
                self._on_error(_reason(exc))

    def _watch(self, root: str) -> None:
        try:
            identity = _identity(root)
        except FileNotFoundError:
            raise FolderGone(f"{root} is gone") from None
        burst: float | None = None  # when the first change of the burst came
        last = 0.0  # when the OS last reported a change
        rewatch = False  # a folder came or went during the burst
        retries = RETRIES
        while not self._stop.is_set():
            folders = set(watched_folders(Path(root)))
            # A look every step, changes or not: ``ready`` is set as soon as the watches are
            # in place (a load waits for it), and the quiet that ends a burst is timed here.
            changes_seen = watch(
                *folders,
                watch_filter=None,
                step=STEP_MS,
                rust_timeout=STEP_MS,
                yield_on_timeout=True,
                stop_event=self._stop,
                raise_interrupt=False,
                recursive=False,
            )
            try:
                for changes in changes_seen:
                    if not self.ready.is_set():
                        if self._on_ready is not None:
                            self._on_ready()
                        self.ready.set()
                    retries = RETRIES
                    if (Change.deleted, root) in changes:
                        raise FolderGone(f"{root} was moved away or removed")
                    _check_same(root, identity)
                    now = time.monotonic()
                    if changes:
                        last = now
                    for change, path in changes:
                        if not is_readout_change(change, path, root, folders):
                            continue
                        burst = now if burst is None else burst
                        if change == Change.deleted:
                            rewatch = rewatch or path in folders
                        elif path not in folders and os.path.isdir(path):
                            rewatch = True
                    if burst is None or (now - last < self.quiet and now - burst < self.longest):
                        continue  # nothing to report yet, or the burst goes on
                    if rewatch:
                        rewatch = False
                        break  # watch the folders as they are now; report at the next quiet
                    burst = None
                    self._on_change()
            except FolderGone:
                raise
            except RuntimeError as exc:
                if not _undecodable(exc):
                    raise
                # A change to a file whose name is not UTF-8: the OS's report on it cannot
                # be read (nor the others with it), so watching is set up again and the
                # change is reported as a burst (the reload lists the whole folder).
                last = time.monotonic()
                burst = last if burst is None else burst
            except FileNotFoundError:
                # A folder listed a moment ago vanished before its watch was set up: list
                # them again (what changed meanwhile is reported as a burst).
                _check_same(root, identity)
                if retries == 0:
                    raise
                retries -= 1
                last = time.monotonic()
                burst = last if burst is None else burst
            finally:
                changes_seen.close()


def _undecodable(exc: RuntimeError) -> bool:
    """Whether watchfiles stopped on a path that is not UTF-8 (its only way to say so)."""
    return str(exc).startswith("Unable to decode path")


def _identity(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _check_same(root: str, identity: tuple[int, int]) -> None:
    """Raise FolderGone unless ``root`` is still the folder that was first watched."""
    try:
        same = _identity(root) == identity
    except OSError:
        same = False
    if not same:
        raise FolderGone(f"{root} was moved away or removed")


def _reason(exc: Exception) -> str:
    """What went wrong, in words for the user."""
    if isinstance(exc, FolderGone):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "the folder or one of its subfolders is gone"
    if isinstance(exc, PermissionError):
        return "no permission to watch the folder"
    text = str(exc).strip().rstrip(".")
    return text or type(exc).__name__
