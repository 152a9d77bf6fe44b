"""Relevance ranking: BM25 over matched words, plus bonuses for countries and topics.

Only the first rows of a ranked list are ever looked at in most searches, so the ranking
orders a head of the best ``HEAD`` docs (and any tied with the last of them) and sorts the
rest only when someone scrolls past it. Scores add up in a list indexed by doc id, through
``map`` chains that keep the per-posting work in C.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Iterable
from itertools import compress, repeat
from operator import add, mul

from summit_tui.core.search.highlights import Plan
from summit_tui.core.search.postings import positions
from summit_tui.core.search.state import IndexState
from summit_tui.core.search.tokens import MENTION, PARTY, TOPIC

K1, B = 1.2, 0.75
PARTY_BONUS, MENTION_BONUS, TOPIC_BONUS = 3.0, 1.0, 1.0
HEAD = 200  # rows ranked up front; the rest are sorted when first asked for

_sink: deque[None] = deque(maxlen=0)
_consume = _sink.extend


def _add(scores: list[float], docs: list[int], amounts: Iterable[float]) -> None:
    """scores[d] += amount for each doc and amount, in C."""
    _consume(map(scores.__setitem__, docs, map(add, map(scores.__getitem__, docs), amounts)))


class Ranking:
    """Docs best first; ties go to the newer readout. The head is exact, the tail lazy."""

    def __init__(self, state: IndexState, docs: list[int], bitmap: int, plan: Plan) -> None:
        self._order = state.newest_order()
        self._docs = docs
        self._scores = _scores(state, docs, bitmap, plan)
        self._full: list[int] | None = None
        if len(docs) <= 4 * HEAD:
            self.head = self.full()
            return
        scores = self._scores
        cut = scores[heapq.nlargest(HEAD, docs, key=scores.__getitem__)[-1]]
        # Every doc scoring at least the cut: exactly the first rows of the full ranking.
        head = list(compress(docs, map(cut.__le__, map(scores.__getitem__, docs))))
        self.head = self._sort(head)

    def _sort(self, docs: list[int]) -> list[int]:
        ranked = sorted(docs, key=self._order.__getitem__)
        ranked.sort(key=self._scores.__getitem__, reverse=True)  # stable: ties stay newest
        return ranked

    def full(self) -> list[int]:
        """Every doc in rank order (sorted on first call)."""
        if self._full is None:
            self._full = self._sort(self._docs)
        return self._full

    def __getitem__(self, i: int) -> int:
        return self.head[i] if i < len(self.head) else self.full()[i]


def _tf1_factors(dl: list[int], avgdl: float) -> list[float]:
    """By doc id: the BM25 term-frequency factor of a word found once in it."""
    norm, slope = K1 * (1 - B), K1 * B / avgdl
    return [(K1 + 1) / (1 + norm + slope * x) for x in dl]


def _scores(state: IndexState, docs: list[int], bitmap: int, plan: Plan) -> list[float]:
    """BM25 scores by doc id (zero outside the docs)."""
    post = state.postings
    n = max(state.live_count(), 1)
    avgdl = state.total_len / max(len(state.docs), 1) or 1.0
    dl = state.doclen
    size = len(state.docs)
    scores = [0.0] * size
    weights = dict(plan.words)
    for phrase in plan.phrases:  # phrase words count as exact words
        for w in phrase:
            weights.setdefault(w, 1.0)
    one = None  # the tf=1 factor (K1 + 1) / (1 + K1 (1 - B + B dl / avgdl)) of each doc
    member = None  # 1 for each doc in the results
    for word, weight in weights.items():
        df = post.df(word)
        if not df:
            continue
        if one is None:
            one = state.memo("bm25-tf1", lambda: _tf1_factors(dl, avgdl))
            member = bytearray(size)
            _consume(map(member.__setitem__, docs, repeat(1)))
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5)) * weight
        hit = positions(bitmap & post.bitmap(word))
        _add(scores, hit, map(mul, map(one.__getitem__, hit), repeat(idf)))
        rep = post.repeats.get(word)
        if rep:  # docs with the word twice or more: swap the tf=1 part for the real one
            assert member is not None
            for d, tf in zip(*rep, strict=True):
                if d < size and member[d]:
                    length = K1 * (1 - B + B * dl[d] / avgdl)
                    scores[d] += idf * (tf * (K1 + 1) / (tf + length) - one[d])
    for code, weight in plan.countries.items():
        for key, bonus in ((PARTY + code, PARTY_BONUS), (MENTION + code, MENTION_BONUS)):
            hit = positions(bitmap & post.bitmap(key))
            _add(scores, hit, repeat(bonus * weight))
    for topic in plan.topics:
        hit = positions(bitmap & post.bitmap(TOPIC + topic))
        _add(scores, hit, repeat(TOPIC_BONUS))
    return scores
