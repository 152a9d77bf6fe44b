"""The search engine's plain data: docs, postings, live bitmap, lengths and id maps.

One ``IndexState`` is what ``SearchIndex`` writes as readouts come and go, and what the
matcher, the ranking, the results and the index file read (the index file also makes one
from a saved index). None of those modules needs the ``SearchIndex`` itself.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar, cast

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.postings import Postings
from summit_tui.core.search.tokens import KIND, MENTION, MONTH, PARTY, TOPIC, YEAR

#: The file of an entry (its path relative to the folder).
_PATH = attrgetter("path")

T = TypeVar("T")

#: Key prefixes whose bitmaps are always kept: facets and dates, which every search reads.
ALWAYS_CACHED = (PARTY, MENTION, TOPIC, KIND, YEAR, MONTH)


def _note(by_id: dict[str, int], shared: dict[str, set[int]], rid: str, doc: int) -> None:
    """Note in the look-ups that the doc is live with this id (``IndexState.note_id``)."""
    other = by_id.get(rid)
    if other is not None and other != doc:
        shared.setdefault(rid, {other}).add(doc)
    by_id[rid] = doc


def _postings() -> Postings:
    return Postings(keep=ALWAYS_CACHED)


@dataclass(eq=False, slots=True)
class IndexState:
    """Every doc ever indexed (doc id = position), which are live, and what ranks them.

    Docs are only appended: a replaced or removed readout stays at its doc id with its
    bit cleared in ``live``. ``generation`` goes up on every change, so that values
    derived from the state (``memo``) and the matcher's cached bitmaps expire.
    """

    docs: list[Entry] = field(default_factory=list)  # by doc id, in the order they were added
    postings: Postings = field(default_factory=_postings)
    live: int = 0  # bitmap of docs not replaced or removed
    generation: int = 0
    doclen: list[int] = field(default_factory=list)  # by doc id: words in its text
    sort_keys: list[tuple[dt.date, str]] = field(default_factory=list)  # by doc id: (date, title)
    total_len: int = 0  # words in every doc's text, for BM25's average length
    derived: dict[str, tuple[int, Any]] = field(default_factory=dict)  # key -> (generation, value)
    # The look-ups by id and by file (``by_id``, ``by_path``, ``shared``): a restored state
    # makes them when first needed, from the ids it was given (a start shows the list
    # first; at 100,000 readouts they take a twentieth of a second).
    _by_id: dict[str, int] | None = field(default_factory=dict)  # None: not made yet
    _by_path: dict[str, int] | None = field(default_factory=dict)  # None: not made yet
    _shared: dict[str, set[int]] = field(default_factory=dict)
    _ids: Sequence[str] = ()  # of a restored state, until its look-up by id is made
    _making: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def restored(
        cls,
        docs: list[Entry],
        ids: Sequence[str],
        sort_keys: list[tuple[dt.date, str]],
        doclen: list[int],
        newest: list[int],
        total_len: int,
        postings: Postings,
    ) -> IndexState:
        """The state of a saved index: every doc live, ``newest`` its newest-first rows."""
        state = cls(
            docs=docs,
            postings=postings,
            live=(1 << len(docs)) - 1,
            generation=1,
            doclen=doclen,
            sort_keys=sort_keys,
            total_len=total_len,
            _by_id=None,
            _by_path=None,
            _ids=ids,
        )
        state.derived["newest"] = (state.generation, newest)
        return state

    @property
    def by_id(self) -> dict[str, int]:
        """A live doc of each readout id."""
        by_id = self._by_id
        if by_id is None:
            by_id = self._make_by_id()
        return by_id

    @property
    def shared(self) -> dict[str, set[int]]:
        """The live docs of each id that two files or more share."""
        if self._by_id is None:
            self._make_by_id()
        return self._shared

    @property
    def by_path(self) -> dict[str, int]:
        """The live doc of each file: a file's new readout replaces its old one (two files
        may hold readouts with the same id, and both are indexed)."""
        by_path = self._by_path
        if by_path is None:
            with self._making:  # once, whichever thread asks first
                if self._by_path is None:
                    docs = self.docs
                    self._by_path = dict(zip(map(_PATH, docs), range(len(docs)), strict=True))
                by_path = self._by_path
        return by_path

    def _make_by_id(self) -> dict[str, int]:
        """Make the look-up by id of a restored state (once, whichever thread asks first)."""
        with self._making:
            if self._by_id is not None:
                return self._by_id
            ids, shared = self._ids, self._shared
            by_id = dict(zip(ids, range(len(ids)), strict=True))
            if len(by_id) != len(ids):  # two files hold readouts with one id
                by_id = {}
                for doc, rid in enumerate(ids):
                    _note(by_id, shared, rid, doc)
            self._ids = ()
            self._by_id = by_id  # last: a look-up that finds it made finds ``shared`` made too
            return by_id

    def live_count(self) -> int:
        """How many docs are live."""
        return self.live.bit_count()

    def doc_of(self, readout_id: str) -> int | None:
        """The doc id of a live readout."""
        return self.by_id.get(readout_id)

    def note_id(self, rid: str, doc: int) -> None:
        """The doc is live with this id (another file's readout may have it too)."""
        _note(self.by_id, self.shared, rid, doc)

    def forget_id(self, doc: int) -> None:
        """The doc is no longer live: its id names another live doc with it, if any."""
        by_id, shared = self.by_id, self.shared
        rid = self.docs[doc].id
        same = shared.get(rid)
        if same is not None:
            same.discard(doc)
            if by_id.get(rid) == doc:
                by_id[rid] = min(same)
            if len(same) <= 1:
                del shared[rid]
        elif by_id.get(rid) == doc:
            del by_id[rid]

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value derived from the whole state, computed once per generation."""
        hit = self.derived.get(key)
        generation = self.generation  # read first: a batch added meanwhile expires the value
        if hit is None or hit[0] != generation:
            hit = self.derived[key] = (generation, compute())
        return cast(T, hit[1])

    def newest_order(self) -> list[int]:
        """By doc id: its row in the newest-first order of every doc (kept per generation)."""
        return self.memo("newest", self._newest_order)

    def _newest_order(self) -> list[int]:
        by_row = sorted(range(len(self.docs)), key=self.sort_keys.__getitem__, reverse=True)
        order = [0] * len(by_row)
        for row, doc in enumerate(by_row):
            order[doc] = row
        return order

    def newest_first(self, docs: list[int]) -> list[int]:
        """Doc ids sorted as the store lists readouts: newest date first, then by title."""
        return sorted(docs, key=self.sort_keys.__getitem__, reverse=True)
