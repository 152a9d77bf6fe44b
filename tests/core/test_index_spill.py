"""An index whose postings were spilled to a file while it was built answers as one held in
memory: the same postings, results, counts, facets and highlights, saved and loaded alike."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

from summit_tui.core.collection import Collection
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.packed import PackedDocs
from summit_tui.core.store import parallel
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import Batch

FILES = parallel.PARALLEL_MIN_FILES + 130  # on worker processes, in several chunks

QUERIES = [
    "",
    "maritime",
    "maritime mal",
    "energy transition",
    '"security cooperation"',
    "minerals -energy",
    "person:kael",
    "section:outcome",
    "country:JP OR mentions:MY",
    "cooperation year:2021..2024",
]


@pytest.fixture(scope="module")
def folder(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("readouts")
    generate.generate(out, FILES, seed=29, processes=1)
    return out


@pytest.fixture(autouse=True)
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two worker processes, however many cores the machine running the tests has."""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)


def first_start(folder: Path, db: Path, spill_at: int | None) -> tuple[ReadoutStore, SearchIndex]:
    """A first start's index, built as the sync reads the folder: spilled from
    ``spill_at`` postings on, or held in memory (None)."""
    store = ReadoutStore(path=db)
    index = SearchIndex(spill_folder=db.parent if spill_at is not None else None)
    if spill_at is not None:
        index.spill_at = spill_at

    def add(batch: Batch) -> None:
        index.add(batch, batch.terms)

    report = store.sync(folder, on_batch=add, batch_size=40)
    assert report.added == FILES
    return store, index


def assert_same_answers(ours: SearchIndex, reference: SearchIndex) -> None:
    """Results, counts, facets, snippets and highlights alike for every query."""
    for query in QUERIES:
        for order in ("newest", "relevance"):
            mine, theirs = ours.search(query, order=order), reference.search(query, order=order)
            assert [e.path for e in mine] == [e.path for e in theirs], query
            assert len(mine) == len(theirs) and mine.facets == theirs.facets, query
            for i in range(min(len(theirs), 5)):
                assert mine.hit(i) == theirs.hit(i), query
                assert mine.matched_sections(i) == theirs.matched_sections(i), query
                text = theirs[i].title
                assert mine.highlight_spans(text) == theirs.highlight_spans(text), query


def test_a_spilled_index_holds_the_same_postings(folder: Path, tmp_path: Path) -> None:
    spilled_store, spilled = first_start(folder, tmp_path / "a" / "db.json", spill_at=3000)
    held_store, held = first_start(folder, tmp_path / "b" / "db.json", spill_at=None)
    post, reference = spilled.state.postings, held.state.postings
    assert isinstance(post.docs, PackedDocs) and post.packed > 0  # it did spill
    assert not isinstance(reference.docs, PackedDocs)
    # The spill file has no name: nothing is left beside the store.
    assert not [n for n in os.listdir(tmp_path / "a") if n.startswith("tmp")]
    terms = reference.keys()
    assert post.keys() == terms
    for term in terms:
        assert list(post.docs[term]) == list(reference.docs[term]), term
        assert post.df(term) == reference.df(term), term
        theirs = reference.repeats.get(term)
        mine = post.repeats.get(term)
        assert (mine is None) == (theirs is None), term
        if mine is not None and theirs is not None:
            assert [list(c) for c in mine] == [list(c) for c in theirs], term
    assert_same_answers(spilled, held)
    spilled_store.close()
    held_store.close()


def test_a_spilled_index_saves_and_loads_as_one_held_in_memory(
    folder: Path, tmp_path: Path
) -> None:
    spilled_store, spilled = first_start(folder, tmp_path / "a" / "db.json", spill_at=3000)
    held_store, held = first_start(folder, tmp_path / "b" / "db.json", spill_at=None)
    mine, theirs = tmp_path / "a" / "db.json.index", tmp_path / "b" / "db.json.index"
    spilled.save(mine, "same")
    held.save(theirs, "same")
    assert mine.read_bytes() == theirs.read_bytes()
    # The save spilled what was held since the last spill first: it starts from little.
    assert spilled.state.postings.held == 0
    assert_same_answers(spilled, held)
    entries = list(held.state.docs)
    loaded = SearchIndex.load_or_build(entries, mine, "same")
    assert loaded.cache_status == "loaded"
    assert_same_answers(loaded, held)
    spilled_store.close()
    held_store.close()


def test_a_new_collection_spills_beside_its_index_file(tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    on_disk = Collection(folder, tmp_path / "db.json")
    store = on_disk.open()
    index = on_disk.index(store.listed())
    assert index.cache_status.startswith("built") and index.spill_folder == tmp_path
    on_disk.close(store)


def test_a_spill_that_cannot_be_written_keeps_the_postings_in_memory(
    folder: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the spill's folder should be")
    store = ReadoutStore(path=tmp_path / "db.json")
    index = SearchIndex(spill_folder=blocked / "inside")
    index.spill_at = 3000
    store.sync(folder, on_batch=lambda batch: index.add(batch, batch.terms), batch_size=40)
    assert index.spill_folder is None  # given up on, at the first spill
    assert not isinstance(index.state.postings.docs, PackedDocs)
    assert len(index.search("")) == FILES
    store.close()


def test_a_few_changes_after_a_spill_are_saved_without_spilling_again(
    folder: Path, tmp_path: Path
) -> None:
    store, spilled = first_start(folder, tmp_path / "db.json", spill_at=3000)
    cache = tmp_path / "db.json.index"
    spilled.save(cache, "first")
    packed = spilled.state.postings.packed
    changed = spilled.state.docs[7]
    spilled.add([changed])  # its file read again: the same readout, a new doc
    assert 0 < spilled.state.postings.held * 8 < spilled.spill_at
    spilled.save_live(cache, "second")
    assert spilled.state.postings.packed == packed  # not spilled again for so little
    live = [spilled.state.docs[d] for d in sorted(spilled.state.by_path.values())]
    loaded = SearchIndex.load_or_build(live, cache, "second")
    assert loaded.cache_status == "loaded"
    assert_same_answers(loaded, SearchIndex(live))
    store.close()
