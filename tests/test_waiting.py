"""The tests' one way to wait: until a condition holds, and never past a timeout."""

from __future__ import annotations

import time

import pytest
from waiting import wait_until


def test_waiting_ends_as_soon_as_the_condition_holds() -> None:
    looks: list[int] = []
    wait_until(lambda: looks.append(1) or len(looks) >= 3, timeout=5)
    assert len(looks) == 3


def test_waiting_fails_after_its_timeout_and_says_what_it_waited_for() -> None:
    start = time.monotonic()
    state = {"kettle": "cold"}
    with pytest.raises(AssertionError, match=r"timed out after 0.05 s waiting for \{'kettle'"):
        wait_until(lambda: False, 0.05, what=lambda: state)
    assert time.monotonic() - start < 5
