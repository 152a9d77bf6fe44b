"""The index cache file: loaded when the data is the same, rebuilt when not, never a crash."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import stat
import threading
from pathlib import Path

import pytest
from small_index import ENTRIES, answers, make

from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.search import index_file, postings
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import index_cache_path, store_fingerprint
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.support.gc_pause import gc_paused


def test_saved_index_loads_and_answers_alike(tmp_path: Path) -> None:
    cache = tmp_path / "db.json.index"
    built = SearchIndex.load_or_build(ENTRIES, cache, "fp1")
    assert built.cache_status.startswith("built")
    assert cache.exists()
    loaded = SearchIndex.load_or_build(list(reversed(ENTRIES)), cache, "fp1")
    assert loaded.cache_status == "loaded"
    assert answers(loaded) == answers(SearchIndex(ENTRIES))
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was renamed into place


def test_loaded_index_takes_later_batches(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    index.add([make("d", "2025-01-01", "Maritime patrols.")])
    index.remove(["a"])
    assert [e.id for e in index.search("maritime")] == ["d"]


def test_other_fingerprint_or_readouts_rebuild(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp1")
    other = SearchIndex.load_or_build(ENTRIES, cache, "fp2")
    assert other.cache_status == "built: the data changed since the cache was written"
    assert SearchIndex.load_or_build(ENTRIES, cache, "fp2").cache_status == "loaded"
    fewer = SearchIndex.load_or_build(ENTRIES[:2], cache, "fp2")
    assert fewer.cache_status.startswith("built: the readouts differ")
    assert [e.id for e in fewer.search("")] == ["a", "b"]
    retitled = [*ENTRIES[:2], make("c", "2022-07-09", "Fisheries.")]
    assert SearchIndex.load_or_build(retitled, cache, "fp2").cache_status.startswith(
        "built: the readouts differ"
    )


def test_empty_fingerprint_never_uses_or_writes_a_cache(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    index = SearchIndex.load_or_build(ENTRIES, cache, "")
    assert index.cache_status.startswith("built") and not cache.exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 0xFF]),
        lambda raw: b"not an index at all",
        lambda raw: raw[:12] + b"\x00" * 4 + raw[16:],
        lambda raw: os.urandom(len(raw)),
    ],
    ids=["empty", "truncated", "flipped-byte", "foreign", "zeroed-checksum", "random"],
)
def test_damaged_cache_is_rebuilt_and_rewritten(tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    cache.write_bytes(damage(cache.read_bytes()))  # type: ignore[operator]
    index = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert index.cache_status.startswith("built: ")
    assert answers(index) == answers(SearchIndex(ENTRIES))
    assert SearchIndex.load_or_build(ENTRIES, cache, "fp").cache_status == "loaded"


def test_unwritable_cache_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    index = SearchIndex.load_or_build(ENTRIES, blocker / "sub" / "x.index", "fp")
    assert "; not saved: " in index.cache_status
    assert len(index) == 3


def test_index_with_replaced_readouts_is_not_saved(tmp_path: Path) -> None:
    index = SearchIndex(ENTRIES)
    index.add([make("a", "2024-01-02", "Changed text.")])
    with pytest.raises(ValueError):
        index.save(tmp_path / "x.index", "fp")


def test_store_fingerprint_follows_the_store_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for e in ENTRIES:
        (data / e.path).write_text(dump_readout(e.readout), encoding="utf-8")
    db = tmp_path / "db.json"
    assert store_fingerprint(db) == ""
    store = ReadoutStore(path=db)
    store.sync(data)
    first = store_fingerprint(db)
    store.sync(data)  # nothing changed: the store file is not rewritten
    assert store_fingerprint(db) == first
    cache = index_cache_path(db)
    assert cache == tmp_path / "db.json.index"
    assert SearchIndex.load_or_build(store.entries(), cache, first).cache_status.startswith("built")
    assert SearchIndex.load_or_build(store.entries(), cache, first).cache_status == "loaded"
    os.utime(data / "b.yaml", ns=(1, 1))  # a changed stamp makes the store parse it again
    store.sync(data)
    assert store_fingerprint(db) != first
    store.close()


def test_gc_pauses_nest_and_restore() -> None:
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left off, as the caller had it
    finally:
        gc.enable()


def test_cache_miss_messages_name_the_cause(tmp_path: Path) -> None:
    with pytest.raises(index_file.CacheMiss, match="no cache file"):
        index_file.load(tmp_path / "none.index", "fp", ENTRIES)


def test_facet_bitmaps_come_ready_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    loaded = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    ready = loaded.state.postings.cached_bitmaps()
    fresh = SearchIndex(ENTRIES)
    assert "@c:FR" in ready and "@y:2024" in ready
    for term, (bm, _) in ready.items():
        assert fresh.state.postings.bitmap(term) == bm


def _no_sorting(*args: object, **kwargs: object) -> list[str]:
    raise AssertionError("the vocabulary was sorted again")


def test_sorted_vocabulary_and_newest_order_come_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "x.index"
    SearchIndex.load_or_build(ENTRIES, cache, "fp")
    loaded = SearchIndex.load_or_build(list(reversed(ENTRIES)), cache, "fp")
    state = loaded.state
    vocabulary = SearchIndex(ENTRIES).state.postings.keys()
    with monkeypatch.context() as patch:
        patch.setattr(postings, "sorted", _no_sorting, raising=False)
        assert state.postings.keys() == vocabulary
    newest = state.newest_order()
    assert [state.docs[d].id for d in sorted(range(3), key=newest.__getitem__)] == ["a", "b", "c"]
    loaded.add([make("d", "2025-01-01", "Later.")])
    assert state.newest_order()[3] == 0  # recomputed once the index changed


# --- a cache file that is not one to read ------------------------------------------------------


def unblock(fifo: Path) -> None:
    """Let a reader stuck opening the FIFO go on (it then reads nothing)."""
    with contextlib.suppress(OSError):  # nobody was waiting any more
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def load_or_build_unblocked(cache: Path) -> SearchIndex:
    """``load_or_build`` in a thread; a FIFO at ``cache`` is opened for writing after ten
    seconds, so that a reader waiting for a writer there ends (and the test fails)."""
    built: list[SearchIndex] = []
    worker = threading.Thread(
        target=lambda: built.append(SearchIndex.load_or_build(ENTRIES, cache, "fp")), daemon=True
    )
    worker.start()
    worker.join(10)
    waited = worker.is_alive()
    if waited and stat.S_ISFIFO(os.lstat(cache).st_mode):
        unblock(cache)
    worker.join(10)
    assert not waited, "loading the index waited for a writer to the FIFO"
    assert built, "loading the index raised"
    return built[0]


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "too-large"])
def test_a_cache_file_that_is_not_one_to_read_is_set_aside_and_rebuilt(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "x.index"
    if kind == "fifo":
        os.mkfifo(cache)
    elif kind == "device":
        cache.symlink_to("/dev/zero")
    elif kind == "folder":
        cache.mkdir()
        (cache / "inside").write_text("")
    else:
        SearchIndex.load_or_build(ENTRIES, cache, "fp")
        monkeypatch.setattr(index_file, "MAX_INDEX_FILE_BYTES", cache.stat().st_size - 1)
    index = load_or_build_unblocked(cache)
    assert index.cache_status.startswith("built: ")
    (notice,) = index.notices
    (aside,) = tmp_path.glob("x.index.corrupt-*")
    assert "could not be used" in notice and f"moved it to {aside.name}" in notice
    assert answers(index) == answers(SearchIndex(ENTRIES))
    assert {
        "fifo": stat.S_ISFIFO,
        "device": stat.S_ISLNK,
        "folder": stat.S_ISDIR,
        "too-large": stat.S_ISREG,
    }[kind](os.lstat(aside).st_mode)  # kept as it was
    assert stat.S_ISREG(os.lstat(cache).st_mode)  # the index saved in its place
    monkeypatch.undo()
    again = SearchIndex.load_or_build(ENTRIES, cache, "fp")
    assert again.cache_status == "loaded" and again.notices == []


def test_a_cache_file_that_cannot_be_set_aside_is_still_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "x.index"
    os.mkfifo(cache)

    def refuse(path: Path, label: str = "corrupt") -> Path:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(index_file, "move_aside", refuse)
    index = load_or_build_unblocked(cache)
    monkeypatch.undo()
    (notice,) = index.notices
    assert "nor moved aside" in notice
    assert answers(index) == answers(SearchIndex(ENTRIES))
    assert SearchIndex.load_or_build(ENTRIES, cache, "fp").cache_status == "loaded"


def test_terms_are_kept_joined_unless_one_holds_the_separator() -> None:
    for terms in ([], ["maritime"], ["@c:FR", "energy", "maritime"], ["a\x00b", "c"]):
        packed = index_file._packed_terms(terms)
        assert index_file._unpacked_terms(packed) == terms
    assert isinstance(index_file._packed_terms(["a", "b"]), str)
    assert index_file._packed_terms(["a\x00b", "c"]) == ["a\x00b", "c"]
