"""Pausing Python's cyclic garbage collector around work that allocates many acyclic objects."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pauses = 0

#: From this many long-lived objects made at once (entries read from the store, readouts
#: built for a pass over them), they are kept out of the cyclic collector's sight.
FREEZE_FROM = 1000


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a block allocates many acyclic objects.

    With tens of thousands of readouts in memory every full collection walks them all, and
    allocating postings triggers many: indexing and loading run several times faster
    without. Pauses nest and may overlap across threads; the last one out re-enables.
    """
    global _gc_pauses
    with _gc_lock:
        mine = _gc_pauses > 0 or gc.isenabled()  # else someone turned it off for good
        if mine:
            _gc_pauses += 1
            gc.disable()
    try:
        yield
    finally:
        if mine:
            with _gc_lock:
                _gc_pauses -= 1
                if _gc_pauses == 0:
                    gc.enable()


def keep_out_of_collections(count: int) -> None:
    """Move what exists now out of the cyclic collector's sight (``gc.freeze``) when
    ``count`` long-lived objects were just made, ``FREEZE_FROM`` or more.

    Entries and readouts are long-lived and acyclic: without this, every later full
    collection (in the middle of indexing or of a keystroke) walks them all again. Frozen
    objects are still freed by reference counting when dropped.
    """
    if count >= FREEZE_FROM:
        gc.freeze()


def _reset_after_fork() -> None:
    """In a child process forked while another thread held the lock or a pause: a lock of
    its own (the held one would never be let go there) and no pause, the collector on."""
    global _gc_lock, _gc_pauses
    _gc_lock = threading.Lock()
    if _gc_pauses:
        _gc_pauses = 0
        gc.enable()


# The sync's worker processes are forked from the app, whose other threads pause the
# collector too (indexing, statistics): a worker must not inherit their lock held.
if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
    os.register_at_fork(after_in_child=_reset_after_fork)
