"""What the store tests share: a stored readout found by its id."""

from __future__ import annotations

from summit_tui.core.model.entry import Entry
from summit_tui.core.store.readouts import ReadoutStore


def entry_by_id(store: ReadoutStore, readout_id: str) -> Entry | None:
    """The store's readout with this id, or None."""
    return next((e for e in store.entries() if e.id == readout_id), None)
