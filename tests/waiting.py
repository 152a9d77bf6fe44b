"""Waiting in tests: until a condition holds, never for a fixed time, and never unbounded.

``wait_until`` blocks the calling thread (threads, processes, files); ``pilot_wait_until``
lets a Pilot-driven app run meanwhile (its workers, timers and messages). Both look again
every few milliseconds and fail the test, naming what they waited for, once ``timeout``
seconds have passed: long enough for two busy cores, short of the per-test timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

#: Seconds to wait for a condition unless a test says otherwise.
TIMEOUT = 10.0
#: Seconds between two looks at the condition.
STEP = 0.01


#: What was waited for, told when the wait fails: text, or a function that tells the state
#: things were left in.
What = str | Callable[[], object]


def _timed_out(timeout: float, condition: Callable[[], object], what: What) -> AssertionError:
    told = what() if callable(what) else what
    return AssertionError(f"timed out after {timeout} s waiting for {told or condition}")


def wait_until(condition: Callable[[], object], timeout: float = TIMEOUT, what: What = "") -> None:
    """Block until ``condition()`` is true; AssertionError after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise _timed_out(timeout, condition, what)
        time.sleep(STEP)


async def pilot_wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], timeout: float = TIMEOUT, what: What = ""
) -> None:
    """Let the app run until ``condition()`` is true; AssertionError after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise _timed_out(timeout, condition, what)
        await pilot.pause(STEP)
