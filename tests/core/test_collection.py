"""Collection: the one way into a folder of readouts, for the app's load worker and every
command: open, sync, index, search, and tell what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis_corpus import CORPUS, write_folder

from summit_tui.core.collection import Collection
from summit_tui.core.search.query import QueryError


def test_a_folder_loads_into_its_cache_and_the_index_is_kept(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data")
    told: list[str] = []
    collection = Collection(folder, tmp_path / "db.json", tell=told.append)
    contents = collection.load()
    assert {e.id for e in contents.entries} == {r.id for r in CORPUS}
    assert contents.report.added == len(CORPUS) and not contents.in_memory
    assert collection.index(contents.entries).cache_status.startswith("built")
    assert collection.index_path.is_file()

    again = Collection(folder, tmp_path / "db.json", tell=told.append)
    contents = again.load()
    assert contents.report.unchanged == len(CORPUS) and not contents.report.changed
    assert again.index(contents.entries).cache_status == "loaded"
    assert told == []


def test_search_finds_among_the_entries_or_in_the_folder(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data")
    collection = Collection(folder, tmp_path / "db.json")
    everything = collection.search("")
    assert len(everything) == len(CORPUS)
    first = everything[0]
    assert first.id in {e.id for e in collection.search(f'"{first.title}"', "relevance")}
    assert len(collection.search("", entries=[first])) == 1


def test_a_malformed_query_fails_before_any_file_is_read(tmp_path: Path) -> None:
    collection = Collection(tmp_path / "missing", tmp_path / "db.json")
    with pytest.raises(QueryError):
        collection.search('"unclosed')
    assert not (tmp_path / "db.json").exists()


def test_an_unusable_cache_is_told_and_the_folder_read_in_memory(
    tmp_path: Path, unusable_cache: Path
) -> None:
    folder = write_folder(tmp_path / "data")
    told: list[str] = []
    collection = Collection(folder, unusable_cache, tell=told.append)
    contents = collection.load()
    assert contents.in_memory and collection.in_memory
    assert {e.id for e in contents.entries} == {r.id for r in CORPUS}
    assert len(told) == 1 and "working from memory" in told[0]
    assert collection.fingerprint() == ""
    index = collection.index(contents.entries)
    assert len(index.search("")) == len(CORPUS)
    collection.save_index(index)  # nothing to keep it beside: not written, not an error

    # A second sync goes on in memory, and says nothing more.
    assert collection.load().report.unchanged == len(CORPUS)
    assert len(told) == 1
