"""The index file's packed postings: older files rebuilt, loaded indexes changed and saved."""

from __future__ import annotations

import dataclasses
import marshal
import zlib
from pathlib import Path

import pytest
from small_index import ENTRIES, answers, make

from summit_tui.core.files.reading import derive
from summit_tui.core.model.entry import Entry
from summit_tui.core.search import index_file
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.packed import PackedDocs


def saved_parts(path: Path) -> tuple[object, bytes]:
    """An index file's table, read, and its packed postings."""
    raw = path.read_bytes()
    size = int.from_bytes(raw[16:24], "big")
    return marshal.loads(raw[24 : 24 + size]), raw[24 + size :]


def titled(entry: Entry, title: str) -> Entry:
    """The same readout under another title."""
    return derive(dataclasses.replace(entry.readout, title=title), entry.path)


def test_file_of_the_previous_format_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    payload = marshal.dumps({"stamp": "3/0.1.0/3.11/little/42", "fingerprint": "fp"})
    cache.write_bytes(b"SUMMIT-IDX\x00\x02" + zlib.crc32(payload).to_bytes(4, "big") + payload)
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert index.cache_status == "built: not an index cache file"
    assert SearchIndex.load_or_build(ENTRIES, cache, "fp").cache_status == "loaded"


def test_table_of_another_version_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    table = marshal.dumps({"stamp": "3/0.1.0/3.11/little/42", "fingerprint": "fp"})
    body = len(table).to_bytes(8, "big") + table
    cache.write_bytes(index_file._MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert index.cache_status == "built: the cache was written by another version"


def test_table_length_beyond_the_file_is_damage(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    raw = cache.read_bytes()
    cache.write_bytes(raw[:16] + (1 << 62).to_bytes(8, "big") + raw[24:])
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert index.cache_status == "built: the cache file is damaged"


def test_loaded_index_stays_packed_until_searched(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    loaded = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    docs = loaded.state.postings.docs
    assert isinstance(docs, PackedDocs) and not docs._out
    loaded.save(tmp_path / "y.index", "fp")  # reads every term once, keeps none
    assert not docs._out
    assert [e.id for e in loaded.search("fisheries")] == ["c"]
    assert set(docs._out) <= {"fisheries"}


def test_loaded_index_changed_and_saved_loads_alike(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    later = [make("d", "2025-01-01", "Maritime patrols and deepwater fisheries.")]
    index.add(later)  # known words and new ones
    docs = index.state.postings.docs
    assert isinstance(docs, PackedDocs)
    assert "fisheries" in docs._tails and "fisheries" not in docs._out  # not cut out
    assert answers(index) == answers(SearchIndex([*ENTRIES, *later]))
    index.save(cache, "fp2")
    again = SearchIndex.load_or_build([*ENTRIES, *later], cache, "fp2")
    assert again.cache_status == "loaded"
    assert answers(again) == answers(SearchIndex([*ENTRIES, *later]))

    again.add([make("a", "2024-01-02", "Deepwater trade, rewritten.")])  # replaced
    again.remove(["b"])
    again.save_live(cache, "fp3")
    live = [e for doc, e in enumerate(again.state.docs) if again.doc_of(e.id) == doc]
    third = SearchIndex.load_or_build(live, cache, "fp3")
    assert third.cache_status == "loaded"
    assert answers(third) == answers(SearchIndex(sorted(live, key=lambda e: e.id)))


def test_postings_left_in_the_file_are_checked_and_read_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_file, "_CHECK_PIECE", 16)  # left in the file, checked in pieces
    cache = tmp_path / "x.index"
    built = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    loaded = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert loaded.cache_status == "loaded"
    assert answers(loaded) == answers(built)
    loaded.add([make("a", "2024-01-02", "Deepwater trade, rewritten.")])
    loaded.save_live(tmp_path / "y.index", "fp2")  # runs copied from the loaded file
    raw = bytearray(cache.read_bytes())
    raw[-3] ^= 0x40  # one bit of the packed postings
    cache.write_bytes(bytes(raw))
    again = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert again.cache_status == "built: the cache file is damaged"


@pytest.mark.parametrize("in_file", [False, True], ids=["read", "left-in-the-file"])
def test_loaded_index_with_a_readout_changed_alike_is_saved_as_if_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_file: bool
) -> None:
    if in_file:
        monkeypatch.setattr(index_file, "_CHECK_PIECE", 16)
    more = [
        make(f"m{i}", f"2020-0{1 + i % 9}-1{i % 10}", "Fisheries and trade.") for i in range(30)
    ]
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build([*ENTRIES, *more], cache, "fp")
    index = SearchIndex.load_or_build([*ENTRIES, *more], cache, "fp")
    assert index.cache_status == "loaded"
    index.add([make("m4", "2020-05-14", "Fisheries and trade.")])  # the same readout again
    index.save_live(tmp_path / "same.index", "fp")
    assert saved_parts(tmp_path / "same.index") == saved_parts(cache)  # as it was
    index.add([make("m9", "2020-01-19", "Deepwater routes instead.")])  # other terms
    index.remove(["b"])
    index.save_live(cache, "fp2")
    live = [e for doc, e in enumerate(index.state.docs) if index.doc_of(e.id) == doc]
    again = SearchIndex.load_or_build(live, cache, "fp2")
    assert again.cache_status == "loaded"
    assert answers(again) == answers(SearchIndex(sorted(live, key=lambda e: e.id)))
    assert [e.id for e in again.search("deepwater")] == ["m9"]


def test_moved_file_keeps_the_index_and_shows_its_new_path(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    moved = [derive(e.readout, f"moved/{e.path}") for e in ENTRIES]
    loaded = SearchIndex.load_or_build(moved, cache, "fp")
    assert loaded.cache_status == "loaded"  # the file a readout comes from is not indexed
    assert sorted(e.path for e in loaded.state.docs) == [
        "moved/a.yaml",
        "moved/b.yaml",
        "moved/c.yaml",
    ]


def test_any_retitling_is_noticed(tmp_path: Path) -> None:
    a, b = ENTRIES[:2]
    joined = [titled(a, "North\x00Sea"), titled(b, "talks")]
    shifted = [titled(a, "North"), titled(b, "Sea\x00talks")]
    assert index_file.entries_digest(joined) != index_file.entries_digest(shifted)
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(joined, cache, "fp")
    assert SearchIndex.load_or_build(joined, cache, "fp").cache_status == "loaded"
    assert SearchIndex.load_or_build(shifted, cache, "fp").cache_status.startswith(
        "built: the readouts differ"
    )
