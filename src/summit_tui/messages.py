"""What the load worker and the folder watcher tell the app (progress, an index, a change),
what the app tells the main screen (an index to show) and what the screen asks of the app."""

from __future__ import annotations

import threading

from textual.message import Message

from summit_tui.core.model.readout import Problem
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.report import SyncReport


class LoadProgress(Message):
    """The load worker read ``done`` of ``total`` changed files."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


class IndexReady(Message):
    """The readouts already in the cache are indexed: the list can be used at once."""

    def __init__(self, index: SearchIndex, problems: list[Problem]) -> None:
        super().__init__()
        self.index = index
        self.problems = problems
        self.shown = threading.Event()  # set once the screen has shown the list


class BatchIndexed(Message):
    """The load worker added a batch of new or changed readouts to the index."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, BatchIndexed)


class Loaded(Message):
    """The load worker finished: the index, what the sync did and every problem."""

    def __init__(
        self,
        index: SearchIndex,
        report: SyncReport,
        problems: list[Problem],
        shown: threading.Event | None = None,
        number: int = 0,
    ) -> None:
        super().__init__()
        self.index = index
        self.report = report
        self.problems = problems
        self.shown = shown or threading.Event()  # set once the screen has shown the result
        self.number = number  # which load: one started since has taken over from it


class LoadEnded(Message):
    """A load worker let go of the store: its sync and index file are done, or it failed."""


class FolderChanged(Message):
    """Readout files in the folder changed: one burst of changes, seen by the watcher."""


class WatchFailed(Message):
    """Watching the folder for changes could not start or stopped working."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


# --- from the app to the main screen ----------------------------------------------------------


class IndexChanged(Message, bubble=False):
    """The index to show is new or changed (a load read the folder); ``shown`` is set once
    the screen has shown it."""

    def __init__(
        self, index: SearchIndex, problems: list[Problem], shown: threading.Event | None = None
    ) -> None:
        super().__init__()
        self.index = index
        self.problems = problems
        self.shown = shown or threading.Event()


class ReadoutsAdded(Message, bubble=False):
    """A batch of new or changed readouts joined the index being shown."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ReadoutsAdded)


# --- from the main screen to the app ----------------------------------------------------------


class LoadStopAsked(Message):
    """The user asked to stop the load that runs (escape)."""


class ReadoutsEdited(Message):
    """The user changed readout files from the app (review marks cleared): read them again."""
