"""Bitmaps over doc ids: built from positions, read back, and unions of posting lists."""

from __future__ import annotations

import random
from array import array
from itertools import accumulate

import pytest

from summit_tui.core.search.packed import PackedDocs, PackedRepeats
from summit_tui.core.search.postings import Postings, from_positions, positions


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
        *range(0, 3, 2),
        3,
        *range(4, 99, 2),
        99,
    ]
    assert positions(post.union(["rare", "other"])) == [3, 5, 99]
    assert post.union([]) == 0


def packed(postings: dict[str, list[int]]) -> PackedDocs:
    """The postings as an index file holds them: sorted terms, ends, all ids end to end."""
    terms = sorted(postings)
    ends = array("Q", accumulate(len(postings[t]) for t in terms))
    ids = array("I", [d for t in terms for d in postings[t]])
    return PackedDocs(terms, ends, memoryview(ids.tobytes()))


def packed_repeats(repeats: dict[str, tuple[list[int], list[int]]]) -> PackedRepeats:
    """Repeats as an index file holds them."""
    terms = sorted(repeats)
    ends = array("Q", accumulate(len(repeats[t][0]) for t in terms))
    ids = array("I", [d for t in terms for d in repeats[t][0]])
    tfs = array("H", [tf for t in terms for tf in repeats[t][1]])
    return PackedRepeats(terms, ends, memoryview(ids.tobytes()), memoryview(tfs.tobytes()))


POSTINGS = {"common": list(range(0, 100, 2)), "rare": [3, 99], "other": [5], "ore": [1, 7]}


def test_packed_postings_read_like_a_dict() -> None:
    docs = packed(POSTINGS)
    assert len(docs) == 4 and list(docs) == ["common", "ore", "other", "rare"]
    assert "rare" in docs and "missing" not in docs and 3 not in docs
    assert docs.get("missing") is None and docs.get("missing", ()) == ()
    with pytest.raises(KeyError):
        docs["missing"]
    assert {t: list(ids) for t, ids in docs.items()} == POSTINGS
    assert sorted(map(list, docs.values())) == sorted(POSTINGS.values())
    assert docs.count("common") == 50 and docs.count("missing") == 0
    rare = docs.get("rare")
    assert rare is not None and list(rare) == [3, 99]
    assert docs["rare"] is rare  # cut out once, then kept
    rare.append(120)  # a later batch extends the postings kept
    assert docs.count("rare") == 3 and list(docs.view("rare") or ()) == [3, 99, 120]
    assert docs.peek("other") is not docs.peek("other")  # read, not kept
    assert list(docs.view("ore") or ()) == [1, 7] and docs.view("missing") is None
    docs["new"] = array("I", [9])
    assert len(docs) == 5 and "new" in docs and list(docs)[-1] == "new"


def test_packed_repeats_cut_ids_and_frequencies_together() -> None:
    reps = packed_repeats({"law": ([2, 8], [3, 2]), "sea": ([4], [5])})
    law = reps.get("law")
    assert law is not None and (list(law[0]), list(law[1])) == ([2, 8], [3, 2])
    assert reps.count("law") == 2 and reps.get("land") is None and list(reps) == ["law", "sea"]


def test_loaded_postings_answer_and_take_batches_like_built_ones() -> None:
    built = Postings()
    built.size = 100
    built.merge({t: list(ids) for t, ids in POSTINGS.items()}, {"rare": ([3], [2])})
    loaded = Postings.restored(
        packed(POSTINGS), packed_repeats({"rare": ([3], [2])}), 100, sorted(POSTINGS), {}
    )
    for post in (built, loaded):
        post.size = 130
        post.merge(
            {"rare": [101, 120], "fresh": [110], "common": [100, 102]},
            {"rare": ([120], [4]), "fresh": ([110], [2])},
        )
    for term in [*POSTINGS, "fresh", "missing"]:
        assert loaded.bitmap(term) == built.bitmap(term)
        assert loaded.df(term) == built.df(term) and (term in loaded) == (term in built)
    assert loaded.union(["rare", "other", "fresh", "missing"]) == built.union(
        ["rare", "other", "fresh", "missing"]
    )
    assert loaded.union(loaded.with_prefix("o")) == built.union(built.with_prefix("o"))
    assert loaded.keys() == built.keys() == sorted([*POSTINGS, "fresh"])
    rep = loaded.repeats.get("rare")
    assert rep is not None and (list(rep[0]), list(rep[1])) == ([3, 120], [2, 4])


def test_a_batch_of_known_words_keeps_the_sorted_terms() -> None:
    post = Postings()
    post.size = 10
    post.merge({"b": [0], "a": [1]}, {})
    keys = post.keys()
    post.merge({"a": [2]}, {})
    assert post.keys() is keys
    post.merge({"c": [3]}, {})
    assert post.keys() == ["a", "b", "c"]


def test_a_few_new_words_go_into_a_copy_of_the_sorted_terms() -> None:
    post = Postings()
    post.size = 10
    post.merge({w: [0] for w in ("delta", "alpha", "kilo")}, {})
    keys = post.keys()
    post.merge({"charlie": [1], "alpha": [1], "zulu": [1], "bravo": [1]}, {})
    now = post._sorted
    assert now is not None and now is not keys  # not sorted again, and not changed in place
    assert keys == ["alpha", "delta", "kilo"]
    assert (
        post.keys() == sorted(post.docs) == ["alpha", "bravo", "charlie", "delta", "kilo", "zulu"]
    )
    assert post.with_prefix("c") == ["charlie"]


def test_many_new_words_sort_the_terms_again_when_asked() -> None:
    post = Postings()
    post.size = 10
    post.merge({"m": [0]}, {})
    post.keys()
    many = {f"w{i:05d}": [1] for i in range(3000, 0, -1)}
    post.merge(many, {})
    assert post._sorted is None
    assert post.keys() == sorted(["m", *many])
