"""The index built from the terms a sync's workers gather is the index built from the entries."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from summit_tui.core.search.index import SearchIndex
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
]


@pytest.fixture(scope="module")
def folder(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("readouts")
    generate.generate(out, FILES, seed=23, processes=1)
    return out


@pytest.fixture(autouse=True)
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two worker processes, however many cores the machine running the tests has."""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)


def test_terms_from_the_workers_build_the_same_index(folder: Path, tmp_path: Path) -> None:
    store = ReadoutStore(path=tmp_path / "db.json")
    index = SearchIndex()
    gathered = []

    def add(batch: Batch) -> None:
        gathered.extend(batch.terms)
        index.add(batch, batch.terms)

    report = store.sync(folder, on_batch=add, batch_size=70)
    assert report.added == FILES and len(gathered) == FILES
    assert all(terms is not None for terms in gathered)  # none split in this process
    built = SearchIndex(list(index.state.docs))  # the same readouts, in the same order
    mine, theirs = index.state, built.state
    assert mine.doclen == theirs.doclen and mine.total_len == theirs.total_len
    terms = theirs.postings.keys()
    assert mine.postings.keys() == terms
    for term in terms:
        assert mine.postings.docs[term] == theirs.postings.docs[term], term
        assert mine.postings.repeats.get(term) == theirs.postings.repeats.get(term), term
    for query in QUERIES:
        for order in ("newest", "relevance"):
            ours, reference = index.search(query, order=order), built.search(query, order=order)
            assert [e.path for e in ours] == [e.path for e in reference], query
            assert ours.facets == reference.facets, query
    store.close()
