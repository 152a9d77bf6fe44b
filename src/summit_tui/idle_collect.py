"""The garbage collector's full passes, moved to moments when nobody waits for a key."""

from __future__ import annotations

import gc
import time

#: Young collections between two automatic full passes: never, in practice. A full pass
#: walks every live object the screens made (rendered lines and their caches: 100,000 and
#: more) and takes 50-350 ms; left to the collector it falls in the middle of keystrokes.
NO_AUTOMATIC_FULL_PASS = 1_000_000_000
#: Seconds without a search or a move before a full pass runs.
IDLE_SECONDS = 1.5


class IdleCollector:
    """Runs the collector's full passes only after a pause in the user's work.

    Young collections stay automatic (a few ms at most); cycles that outlive them wait for
    the next pause. ``stop`` gives the collector its own thresholds back.
    """

    def __init__(self) -> None:
        self.last_work = time.monotonic()
        self._thresholds: tuple[int, int, int] | None = None

    def start(self) -> None:
        """Take over the full passes."""
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            young, middle, _ = self._thresholds
            gc.set_threshold(young, middle, NO_AUTOMATIC_FULL_PASS)

    def stop(self) -> None:
        """Give the full passes back to the collector."""
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None

    def working(self) -> None:
        """The user did something: the next full pass waits for a pause."""
        self.last_work = time.monotonic()

    def collect_if_idle(self) -> None:
        """Run a full pass when the user has paused and young collections ran since the last
        (not while a load has the collector paused: it would only slow the load)."""
        idle = time.monotonic() - self.last_work >= IDLE_SECONDS
        if self._thresholds is not None and idle and gc.isenabled() and gc.get_count()[2] > 0:
            gc.collect()
