"""The load status line: a progress bar with counts and elapsed time while readouts load."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import var
from textual.widgets import ProgressBar, Static

Stage = Literal["idle", "opening", "checking", "reading"]

#: Seconds a stage of unknown length goes on before its bar moves: a warm start's stages
#: are over sooner, and a moving bar repaints 15 times a second, taking the interpreter
#: from them.
MOVING_BAR_AFTER = 1.0

_LABELS = {
    "opening": "Opening the readouts…",
    "checking": "Checking the folder for new and changed files…",
}


@dataclass(frozen=True)
class LoadState:
    """Where a load is: what the status line shows, passed down from the app."""

    stage: Stage = "idle"  # "idle": nothing loads, and the line is hidden
    done: int = 0  # files read, of ``total``, while "reading"
    total: int = 0
    started: float = 0.0  # time.monotonic() when the load started

    @classmethod
    def opening(cls) -> LoadState:
        """A load that starts now."""
        return cls("opening", started=time.monotonic())

    @property
    def active(self) -> bool:
        """True while a load runs."""
        return self.stage != "idle"

    def checking(self) -> LoadState:
        """The folder is being checked for new, changed and deleted files."""
        return replace(self, stage="checking")

    def reading(self, done: int, total: int) -> LoadState:
        """``done`` of ``total`` files have been read."""
        return replace(self, stage="reading", done=done, total=total)

    def idle(self) -> LoadState:
        """The load ended."""
        return replace(self, stage="idle")


class LoadStatus(Horizontal):
    """Shows "Loading 4,120/10,000 readouts" with a bar; hidden when nothing is loading."""

    #: What to show; bound to the screen's ``load_state``.
    state: var[LoadState] = var(LoadState())

    def compose(self) -> ComposeResult:
        yield Static("", id="load-label")
        yield ProgressBar(total=None, show_eta=False, id="load-bar")

    def watch_state(self, old: LoadState, new: LoadState) -> None:
        """Show the stage the load is at, or hide the line when none runs."""
        if not new.active:
            self.display = False
            return
        bar = self.query_one(ProgressBar)
        if not old.active or new.started != old.started:  # a new load: the bar starts over
            self.display = True
            bar.update(total=1, progress=0)  # still, and hidden until the load takes a while
            bar.display = False
            self.set_timer(MOVING_BAR_AFTER, partial(self._show_moving_bar, new.started))
        label = _LABELS.get(new.stage)
        if new.stage == "reading":
            if not new.total:  # nothing to read: the folder check goes on under its own label
                return
            elapsed = time.monotonic() - new.started
            bar.update(total=max(new.total, 1), progress=new.done)
            bar.display = True
            label = (
                f"Loading {new.done:,}/{new.total:,} readouts · {elapsed:.1f} s · escape to stop"
            )
        if label is not None:
            self.query_one("#load-label", Static).update(Text(label))

    def _show_moving_bar(self, started: float) -> None:
        """The load that started at ``started`` goes on: its bar moves until it has counts."""
        state = self.state
        if state.active and state.started == started and not self.query_one(ProgressBar).display:
            self.query_one(ProgressBar).update(total=None, progress=0)
            self.query_one(ProgressBar).display = True
