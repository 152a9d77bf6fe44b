"""What a sync did: counts of files by fate, and every problem found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Problem
from summit_tui.core.search.doc_terms import DocTerms

ProgressCallback = Callable[[int, int], None]


class Batch(list[Entry]):
    """Readouts a sync hands on as it reads them (``on_batch``), with the index terms of each
    that a worker process gathered (``terms``; None where the index is to split it itself)."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[DocTerms | None] = []

    def add(self, entry: Entry, terms: DocTerms | None) -> None:
        """One more readout, with its terms."""
        self.append(entry)
        self.terms.append(terms)


@dataclass
class SyncReport:
    """What a sync did: counts of files by fate, and every problem found."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    cancelled: bool = False
    rebuilt: str = ""  # why the cache was rebuilt from scratch, when it was
    problems: list[Problem] = field(default_factory=list)
    #: Ids of readouts that are gone: their file was deleted, or now fails to load.
    removed_ids: set[str] = field(default_factory=set)
    #: Files whose readout is gone: deleted, renamed, or failing to load now.
    removed_paths: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        """True when any file was added, updated or removed."""
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One line for the user: "3 updated, 1 new, 1 removed"."""
        parts = []
        if self.updated:
            parts.append(f"{self.updated:,} updated")
        if self.added:
            parts.append(f"{self.added:,} new")
        if self.removed:
            parts.append(f"{self.removed:,} removed")
        if self.problems:
            files = len({p.path for p in self.problems})
            parts.append(f"{files:,} file{'s' if files != 1 else ''} with problems")
        if self.cancelled:
            parts.append("stopped before the end")
        return ", ".join(parts) or "up to date"
