"""Bitmaps over doc ids: built from positions, read back, and unions of posting lists."""

from __future__ import annotations

import random

from summit_tui.core.bitmaps import Postings, from_positions, positions


def test_positions_round_trip() -> None:
    rng = random.Random(4)
    for size in (0, 1, 7, 8, 9, 1000, 4099):
        for share in (0.0, 0.01, 0.5, 1.0):
            chosen = sorted(p for p in range(size) if rng.random() < share)
            bm = from_positions(chosen, size)
            assert bm == sum(1 << p for p in chosen)
            assert positions(bm) == chosen
    assert positions(0) == [] and from_positions([], 0) == 0


def test_union_mixes_common_and_rare_terms() -> None:
    post = Postings()
    post.size = 100
    post.merge({"common": list(range(0, 100, 2)), "rare": [3, 99], "other": [5]}, {})
    assert positions(post.union(["common", "rare", "missing"])) == [
        *range(0, 3, 2), 3, *range(4, 99, 2), 99
    ]
    assert positions(post.union(["rare", "other"])) == [3, 5, 99]
    assert post.union([]) == 0
