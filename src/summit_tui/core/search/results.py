"""Search results: a virtual list of matching readouts, newest or best first, with facets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.highlights import SNIPPET_CHARS, Plan
from summit_tui.core.search.postings import positions
from summit_tui.core.search.ranking import Ranking
from summit_tui.core.search.state import IndexState
from summit_tui.core.search.tokens import MONTH

if TYPE_CHECKING:
    from summit_tui.core.search.filters import Filters

_SMALL = 2048  # results up to this size are simply sorted whole


class Results(Sequence[Entry]):
    """A virtual list of matching entries: rows are found only when asked for."""

    def __init__(
        self,
        state: IndexState,
        query: str,
        filters: Filters,
        order: str,
        bitmap: int,
        plan: Plan,
        facets: dict[str, dict[str, int]],
    ) -> None:
        self.query = query
        self.filters = filters
        self.order = order
        self.facets = facets
        self.plan = plan
        #: True when the rows are ranked by relevance (ordering asked for it and free text given).
        self.ranked = order == "relevance" and plan.free_text
        self._state = state
        self._bitmap = bitmap
        self._count = bitmap.bit_count()
        self._sorted: list[int] | None = None  # doc ids in display order, when computed whole
        self._ranking: Ranking | None = None
        self._months: list[tuple[str, int]] | None = None  # (month key, rows before it)
        self._month_docs: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return self._count

    @property
    def state(self) -> IndexState:
        """The data of the index these results come from."""
        return self._state

    @property
    def bitmap(self) -> int:
        """The matching readouts as a bitmap of the state's doc ids."""
        return self._bitmap

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entry]: ...
    def __getitem__(self, i: int | slice) -> Entry | list[Entry]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._count))]
        return self._state.docs[self._doc(i)]

    def _doc(self, i: int) -> int:
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError("result index out of range")
        if self.ranked:
            return self._ranked()[i]
        if self._count <= _SMALL:
            return self._all()[i]
        months = self._month_table()
        lo, hi = 0, len(months) - 1
        while lo < hi:  # the last month that starts at or before row i
            mid = (lo + hi + 1) // 2
            if months[mid][1] <= i:
                lo = mid
            else:
                hi = mid - 1
        key, before = months[lo]
        return self._in_month(key)[i - before]

    def _ranked(self) -> Ranking:
        if self._ranking is None:
            docs = positions(self._bitmap)
            self._ranking = Ranking(self._state, docs, self._bitmap, self.plan)
        return self._ranking

    def _all(self) -> list[int]:
        if self.ranked:
            return self._ranked().full()
        if self._sorted is None:
            self._sorted = self._state.newest_first(positions(self._bitmap))
        return self._sorted

    def _month_table(self) -> list[tuple[str, int]]:
        if self._months is None:
            post, bm, total = self._state.postings, self._bitmap, 0
            self._months = []
            for key in reversed(post.with_prefix(MONTH)):
                n = (bm & post.bitmap(key)).bit_count()
                if n:
                    self._months.append((key, total))
                    total += n
        return self._months

    def _in_month(self, key: str) -> list[int]:
        docs = self._month_docs.get(key)
        if docs is None:
            bits = self._bitmap & self._state.postings.bitmap(key)
            docs = self._month_docs[key] = self._state.newest_first(positions(bits))
        return docs

    def index_of(self, readout_id: str) -> int | None:
        """The row of a readout in these results, or None when it is not among them."""
        doc = self._state.doc_of(readout_id)
        if doc is None or not (self._bitmap >> doc) & 1:
            return None
        if self.ranked and doc in self._ranked().head:
            return self._ranked().head.index(doc)
        if self.ranked or self._count <= _SMALL:
            return self._all().index(doc)
        key = MONTH + self._state.docs[doc].date.isoformat()[:7]
        for month, before in self._month_table():
            if month == key:
                return before + self._in_month(key).index(doc)
        return None

    def matched_sections(self, i: int) -> tuple[int, ...]:
        """Indexes into ``list(readout.all_sections())`` of sections whose text matched."""
        if not (self.plan.free_text or self.plan.headings):
            return ()
        return self.plan.matched_sections(self[i])

    def snippet(self, i: int, width: int = SNIPPET_CHARS) -> str:
        """A short passage around the best hit in row i ("" when the query has no free text)."""
        return self.plan.snippet(self[i], width)

    def hit(self, i: int, width: int = SNIPPET_CHARS) -> tuple[str, str]:
        """The label of the passage with the best hit in row i and about ``width``
        characters of label and passage together ("", "" without free text)."""
        return self.plan.hit(self[i], width)

    def highlight_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of matched words, phrases, country names and topics in any text."""
        return self.plan.spans(text)
