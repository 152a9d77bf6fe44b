"""Relevance ranking: BM25 over matched words, plus bonuses for countries and topics."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from summit_tui.core.bitmaps import positions
from summit_tui.core.hits import Plan
from summit_tui.core.tokens import MENTION, PARTY, TOPIC

if TYPE_CHECKING:
    from summit_tui.core.search import SearchIndex

K1, B = 1.2, 0.75
PARTY_BONUS, MENTION_BONUS, TOPIC_BONUS = 3.0, 1.0, 1.0


def bm25(index: SearchIndex, docs: list[int], bitmap: int, plan: Plan) -> list[int]:
    """The docs best first; ties go to the newer readout."""
    post = index.postings
    scores = dict.fromkeys(docs, 0.0)
    n = max(len(index), 1)
    avgdl = index.total_len / max(len(index.docs), 1) or 1.0
    dl = index.doclen
    weights = dict(plan.words)
    for phrase in plan.phrases:  # phrase words count as exact words
        for w in phrase:
            weights.setdefault(w, 1.0)
    for word, weight in weights.items():
        ids = post.docs.get(word)
        if ids is None:
            continue
        rep = post.repeats.get(word)
        tf_of = dict(zip(*rep, strict=True)) if rep else {}
        idf = math.log(1 + (n - len(ids) + 0.5) / (len(ids) + 0.5)) * weight
        norm = K1 * (1 - B)  # the part of the length normalisation that is the same for all
        for d in ids:
            s = scores.get(d)
            if s is not None:
                tf = tf_of.get(d, 1)
                scores[d] = s + idf * tf * (K1 + 1) / (tf + norm + K1 * B * dl[d] / avgdl)
    for code, weight in plan.countries.items():
        for key, bonus in ((PARTY + code, PARTY_BONUS), (MENTION + code, MENTION_BONUS)):
            for d in positions(bitmap & post.bitmap(key)):
                scores[d] += bonus * weight
    for topic in plan.topics:
        for d in positions(bitmap & post.bitmap(TOPIC + topic)):
            scores[d] += TOPIC_BONUS
    ranked = index.newest_first(docs)
    ranked.sort(key=scores.__getitem__, reverse=True)  # stable: ties stay newest first
    return ranked
