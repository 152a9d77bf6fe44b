"""A readout cache that cannot be used (read-only, full or gone) falls back to memory.

The YAML files are the source of truth and the cache only saves time, so a cache folder
that refuses is no reason to show nothing or to stop with a traceback: the store is opened
in memory instead, every readout is read from its file, and a notice says so. The CLI and
the app both open and sync through here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import SyncReport


def memory_notice(path: Path, exc: OSError) -> str:
    """What the user is told when the cache at ``path`` refused with ``exc``."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return (
        f"The readout cache {path} cannot be used ({reason}); working from memory: "
        "every readout is read from its file, and nothing is kept for the next start."
    )


def in_memory(store: ReadoutStore) -> bool:
    """True for a store with no cache on disk (opened in memory, or fallen back to it)."""
    return store.path is None


def _memory_store(path: Path, exc: OSError, notices: list[str]) -> ReadoutStore:
    store = ReadoutStore()
    store.notices.extend(notices)
    store.notices.append(memory_notice(path, exc))
    return store


def open_store(path: Path) -> ReadoutStore:
    """The cache at ``path``, or a store in memory (with a notice) when it cannot be opened."""
    try:
        return ReadoutStore(path=path)
    except OSError as exc:
        return _memory_store(path, exc, [])


def abandon(store: ReadoutStore) -> None:
    """Close a store whose cache refused a write: closing writes what is pending, which the
    disk refuses again; the YAML files hold everything, so nothing is lost."""
    with contextlib.suppress(OSError):
        store.close()


def fall_back(store: ReadoutStore, exc: OSError) -> ReadoutStore:
    """A new store in memory in place of ``store``, whose cache refused with ``exc``; its
    notices carry over, with one more that says so."""
    assert store.path is not None
    abandon(store)
    return _memory_store(store.path, exc, store.notices)


def close_store(store: ReadoutStore) -> str | None:
    """Close the store; a cache that refuses the last write is a notice (returned, and added
    to ``store.notices``), not an error: the next start reads the files again."""
    try:
        store.close()
    except OSError as exc:
        notice = (
            f"The readout cache {store.path} could not be written "
            f"({exc.strerror or exc}); the next start reads the files again."
        )
        store.notices.append(notice)
        return notice
    return None


def sync_or_fall_back(
    store: ReadoutStore,
    folder: Path,
    *,
    on_fall_back: Callable[[ReadoutStore], None] | None = None,
    **options: Any,
) -> tuple[ReadoutStore, SyncReport]:
    """Sync ``store`` with ``folder``; when its cache refuses a read or a write, run the same
    sync on a new store in memory. Returns the store to use from now on (and to close).

    ``options`` are those of ``ReadoutStore.sync``; ``on_fall_back`` gets the store in
    memory before it syncs. An OSError of a store already in memory (the folder itself
    cannot be read) is raised.
    """
    try:
        return store, store.sync(folder, **options)
    except OSError as exc:
        if store.path is None:
            raise
        memory = fall_back(store, exc)
        if on_fall_back is not None:
            on_fall_back(memory)
        options.pop("scanned", None)  # the listing is fine, but list again: it is cheap
        options.pop("checked", None)  # (made against the cache, not the store in memory)
        return memory, memory.sync(folder, **options)
