"""The load status line: a progress bar with counts and elapsed time while readouts load."""

from __future__ import annotations

import time

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class LoadStatus(Horizontal):
    """Shows "Loading 4,120/10,000 readouts" with a bar; hidden when nothing is loading."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._started = time.monotonic()

    def compose(self) -> ComposeResult:
        yield Static("", id="load-label")
        yield ProgressBar(total=None, show_eta=False, id="load-bar")

    def start(self) -> None:
        """Show the line and restart the clock."""
        self._started = time.monotonic()
        self.display = True
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.query_one("#load-label", Static).update(Text("Opening the readouts…"))

    def checking(self) -> None:
        """Say that the folder is being checked for new, changed and deleted files."""
        label = "Checking the folder for new and changed files…"
        self.query_one("#load-label", Static).update(Text(label))

    def progress(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` files have been read."""
        if not total:  # nothing to read: the folder check goes on under its own label
            return
        elapsed = time.monotonic() - self._started
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        label = f"Loading {done:,}/{total:,} readouts · {elapsed:.1f} s · escape to stop"
        self.query_one("#load-label", Static).update(Text(label))

    def finish(self) -> None:
        """Hide the line."""
        self.display = False
