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
        self.query_one("#load-label", Static).update(Text("Scanning the readout folder…"))

    def progress(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` files have been read."""
        elapsed = time.monotonic() - self._started
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        label = f"Loading {done:,}/{total:,} readouts · {elapsed:.1f} s · escape to stop"
        self.query_one("#load-label", Static).update(Text(label))

    def finish(self) -> None:
        """Hide the line."""
        self.display = False
