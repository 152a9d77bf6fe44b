"""Saving a live index that has replaced and removed readouts, without building it again."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from small_index import ENTRIES, answers, make

from summit_tui.core.files.reading import derive
from summit_tui.core.model.entry import Entry
from summit_tui.core.search import index_file
from summit_tui.core.search.index import SearchIndex

MORE = [
    make(
        f"m{i}",
        f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}",
        random.Random(i).choice(
            [
                "Maritime fisheries.",
                "Energy transition talks.",
                "The rule of law and trade.",
                "Fisheries and energy.",
            ]
        ),
        random.Random(i).choice(["Trade", "Regional affairs", "Energy"]),
    )
    for i in range(40)
]


def live_entries(index: SearchIndex) -> list[Entry]:
    """The entries a search can still find."""
    return [e for doc, e in enumerate(index.state.docs) if index.doc_of(e.id) == doc]


def test_index_with_replaced_and_removed_readouts_is_saved_as_if_built(tmp_path: Path) -> None:
    index = SearchIndex([*ENTRIES, *MORE])
    index.add([make("a", "2024-01-02", "Changed text about fisheries.")])  # replaced
    index.add([make("m3", "2019-02-03", "Now about maritime energy.", "Energy")])
    index.add([make("new", "2025-01-01", "A new readout on the rule of law.")])
    index.remove(["b", "m7", "m39"])
    index.state.postings.warm()
    assert len(index) != len(index.state.docs)
    live = live_entries(index)
    assert len(live) == len(index)
    cache = tmp_path / "db.json.index"
    index.save_live(cache, "fp")

    loaded = SearchIndex.load_or_build(live, cache, "fp")
    assert loaded.cache_status == "loaded"
    assert len(loaded) == len(live) == len(loaded.state.docs)
    fresh = SearchIndex(sorted(live, key=lambda e: e.id))
    assert answers(loaded) == answers(fresh)
    assert sorted(loaded.state.postings.keys()) == sorted(fresh.state.postings.keys())


def test_index_without_holes_is_saved_as_it_is(tmp_path: Path) -> None:
    index = SearchIndex(ENTRIES)
    cache = tmp_path / "db.json.index"
    index_file.save_live(index.state, cache, "fp")
    assert SearchIndex.load_or_build(ENTRIES, cache, "fp").cache_status == "loaded"


def test_index_with_many_holes_is_saved_as_if_built(tmp_path: Path) -> None:
    later = [make(f"n{i}", "2021-02-03", "Later: energy and fisheries.") for i in range(40)]
    index = SearchIndex([*ENTRIES, *MORE, *later])
    index.remove([f"m{i}" for i in range(0, 40, 2)])
    index.add([make(f"m{i}", "2020-01-01", "Replaced: maritime law.") for i in range(1, 40, 2)])
    live = live_entries(index)
    assert len(index.state.docs) - len(live) > 32  # more holes than the few-changes path takes
    cache = tmp_path / "db.json.index"
    index.save_live(cache, "fp")
    loaded = SearchIndex.load_or_build(live, cache, "fp")
    assert loaded.cache_status == "loaded"
    assert answers(loaded) == answers(SearchIndex(live))


def test_a_loaded_index_finds_readouts_by_id_and_file_as_the_built_one(tmp_path: Path) -> None:
    """A loaded index makes its look-ups by id and by file when first needed: two files
    that hold readouts with one id included, before and after one of them is removed."""
    twin = derive(replace(ENTRIES[0].readout, title="Talks a, again"), "copy-of-a.yaml")
    entries = [*ENTRIES, *MORE, twin]
    built = SearchIndex(entries)
    cache = tmp_path / "db.json.index"
    built.save(cache, "fp")
    loaded = SearchIndex.load_or_build(entries, cache, "fp")
    assert loaded.cache_status == "loaded"
    for index in (built, loaded):
        state = index.state
        assert state.shared == {"a": {0, len(entries) - 1}}
        assert state.by_path["copy-of-a.yaml"] == len(entries) - 1
        assert {rid: index.doc_of(rid) for rid in ("a", "b", "m7")} == {
            "a": len(entries) - 1,
            "b": 1,
            "m7": 10,
        }
    for index in (built, loaded):
        index.remove_paths(["copy-of-a.yaml"])  # the first file's readout stays
        index.remove(["m7"])
    assert answers(loaded) == answers(built)
    assert loaded.doc_of("a") == built.doc_of("a") == 0
    assert loaded.doc_of("m7") is None and loaded.state.shared == {}


def test_a_loaded_index_makes_its_look_ups_only_when_a_search_needs_them(tmp_path: Path) -> None:
    """The first search of a start (nothing bookmarked) needs neither look-up: the list is
    shown without them. Bookmarks need the look-up by id alone; a change, the one by file."""
    entries = [*ENTRIES, *MORE]
    cache = tmp_path / "db.json.index"
    SearchIndex(entries).save(cache, "fp")
    loaded = SearchIndex.load_or_build(entries, cache, "fp")
    state = loaded.state
    assert len(loaded.search("")) == len(entries)
    assert state._by_id is None and state._by_path is None
    results = loaded.search("", marked=["b", "m3", "gone"])
    assert results.facets["marked"] == {"marked": 2}
    assert state._by_id is not None and state._by_path is None
    loaded.add([make("m3", "2019-02-03", "Now about maritime energy.", "Energy")])
    assert state._by_path is not None
    assert loaded.doc_of("m3") == len(entries)  # the new doc of the file
    assert len(loaded) == len(entries)
