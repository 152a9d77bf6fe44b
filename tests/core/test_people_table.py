"""People counted from the people files beside the shards are those of the reference.

``listed_people`` and ``top_people`` (the fast way, which the people screen and statistics
use) must give exactly what ``people(light_entries(...))`` and ``top_counts(..., "people")``
give, on generated collections in real stores on disk: as read at a start, after syncs that
change, add and remove files, with people files damaged, missing or stale, in memory, for
search results in either order, and for any list of entries.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType

import pytest
from people_corpus import people_readout, write_people_folder

from summit_tui.core.analysis.people_table import listed_people, top_people
from summit_tui.core.analysis.stats import top_counts
from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.entry import Entry, light_entries
from summit_tui.core.reference.people import people
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.people_file import SUFFIX
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.shards import shard_of

#: Enough readouts for the sync to parse them on worker processes, as at a first start.
COUNT = 240
LIMITS = (0, 1, 7, 40, 100_000)


@pytest.fixture(scope="module")
def corpus(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_people_folder(generate, tmp_path_factory.mktemp("people") / "readouts", COUNT)


@pytest.fixture
def folder(corpus: Path, tmp_path: Path) -> Path:
    """A copy of the corpus this test may change."""
    return Path(shutil.copytree(corpus, tmp_path / "readouts"))


def synced(folder: Path, db: Path) -> list[Entry]:
    """Sync the folder into the database, then open it afresh, as a start does."""
    ReadoutStore(path=db).sync(folder)
    return ReadoutStore(path=db).entries()


def assert_as_reference(results: Sequence[Entry]) -> None:
    """Every limit of ``listed_people`` and ``top_people`` is the reference's answer."""
    found = people(light_entries(results))
    for limit in LIMITS:
        assert listed_people(results, limit) == (found[:limit], len(found)), limit
    for limit in (1, 3, 10):
        assert top_people(results, limit) == top_counts(light_entries(results), "people", limit)


def served(entries: Iterable[Entry], monkeypatch: pytest.MonkeyPatch, limit: int = 40) -> object:
    """``listed_people`` with no readout read back: every row from the people files."""

    def read_back(entry: Entry) -> Entry:
        raise AssertionError(f"{entry.path} was read back")

    with monkeypatch.context() as patch:
        patch.setattr(Entry, "light", read_back)
        return listed_people(entries, limit)


def test_the_corpus_has_what_the_tests_need(folder: Path, tmp_path: Path) -> None:
    found = people(light_entries(synced(folder, tmp_path / "db.json")))
    by_key = {p.key: p for p in found}
    assert by_key["fumio kishida"].meetings > 5  # written three ways, and "Kishida" joins
    assert len(by_key["fumio kishida"].roles) > 1
    assert "tanaka" in by_key  # two Tanakas of Japan: the surname alone stays apart
    assert "mr" in by_key and "" not in by_key  # titles alone are a name; punctuation none
    assert sum(p.meetings for p in found) > 2 * len(found)


def test_a_start_counts_from_the_people_files(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = synced(folder, tmp_path / "db.json")
    assert all(entry.origin is not None for entry in entries)
    found = people(light_entries(entries))
    assert served(entries, monkeypatch) == (found[:40], len(found))
    assert_as_reference(entries)


def test_search_results_in_either_order(folder: Path, tmp_path: Path) -> None:
    index = SearchIndex(synced(folder, tmp_path / "db.json"))
    for query in ("", "person:kishida", "maritime", "kind:summit", "person:tanaka cooperation"):
        for order in ("newest", "relevance"):
            results = index.search(query, order=order)
            assert len(results) > 0, query
            assert_as_reference(results)


def test_after_syncs_that_change_add_and_remove_files(
    folder: Path, tmp_path: Path, generate: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    store = ReadoutStore(path=db)
    store.sync(folder)
    for index in (3, 60, 61, 200):  # other people, in the same files
        readout = people_readout(generate, index + 1000)
        (folder / f"r{index:04d}.yaml").write_text(dump_readout(readout), encoding="utf-8")
    (folder / "r0100.yaml").unlink()
    (folder / "r9999.yaml").write_text(
        dump_readout(people_readout(generate, 9999)), encoding="utf-8"
    )
    report = store.sync(folder)
    assert (report.updated, report.removed, report.added) == (4, 1, 1)
    entries = store.entries()  # the same store: entries made by the sync, and kept ones
    found = people(light_entries(entries))
    assert served(entries, monkeypatch) == (found[:40], len(found))
    assert_as_reference(entries)
    assert_as_reference(ReadoutStore(path=db).entries())  # and at the next start


def test_people_files_made_again_from_the_side_files(
    folder: Path, tmp_path: Path, generate: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    ReadoutStore(path=db).sync(folder)
    for path in shard_folder(db).glob(f"*{SUFFIX}"):
        path.unlink()
    changed = (3, 60, 61, 200)
    for index in changed:  # the other readouts of their shards are read from the side files
        readout = people_readout(generate, index + 1000)
        (folder / f"r{index:04d}.yaml").write_text(dump_readout(readout), encoding="utf-8")
    assert ReadoutStore(path=db).sync(folder).updated == len(changed)
    shards = {shard_of(f"r{index:04d}.yaml") for index in changed}
    assert {p.name for p in shard_folder(db).glob(f"*{SUFFIX}")} == {
        f"shard-{shard:02d}{SUFFIX}" for shard in shards
    }
    entries = ReadoutStore(path=db).entries()
    kept = [entry for entry in entries if shard_of(entry.path) in shards]
    assert len(kept) > len(changed)
    found = people(light_entries(kept))
    assert served(kept, monkeypatch) == (found[:40], len(found))
    assert_as_reference(entries)


def test_a_shard_emptied_by_a_sync(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    store = ReadoutStore(path=db)
    store.sync(folder)
    for path in sorted(folder.iterdir())[1:]:
        path.unlink()
    store.sync(folder)
    assert len(store.entries()) == 1
    assert_as_reference(store.entries())
    for path in sorted(folder.iterdir()):
        path.unlink()
    store.sync(folder)
    assert listed_people(store.entries(), 10) == ([], 0)
    assert top_people(store.entries(), 10) == []


def test_damaged_missing_and_stale_people_files_are_not_believed(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    ReadoutStore(path=db).sync(folder)
    files = sorted(shard_folder(db).glob(f"*{SUFFIX}"))
    assert len(files) > 5
    damaged = bytearray(files[0].read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    files[0].write_bytes(bytes(damaged))
    files[1].unlink()
    files[2].write_bytes(files[3].read_bytes())  # written for another shard's bytes
    files[4].write_bytes(b"")
    files[5].write_bytes(files[5].read_bytes()[:100])
    assert_as_reference(ReadoutStore(path=db).entries())


def test_a_shard_changed_behind_its_people_file(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ReadoutStore(path=db).sync(folder)
    shard = sorted(shard_folder(db).glob("shard-*.json"))[0]
    shard.write_bytes(shard.read_bytes() + b"\n")  # by hand, say: other bytes, same readouts
    entries = ReadoutStore(path=db).entries()
    assert_as_reference(entries)


def test_a_side_file_changed_behind_its_people_file(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ReadoutStore(path=db).sync(folder)
    changed = 0
    for texts in sorted(shard_folder(db).glob("shard-*.texts")):
        raw = texts.read_bytes()
        if b"Fumio" in raw:  # the names are in the side files, not in the shards
            texts.write_bytes(raw.replace(b"Fumio", b"Fumia"))  # by hand, say
            changed += 1
    assert changed > 0
    entries = ReadoutStore(path=db).entries()
    assert any(not entry.sound() for entry in entries)  # their texts are not those stored
    assert_as_reference(entries)


def test_a_store_in_memory(folder: Path) -> None:
    store = ReadoutStore()
    store.sync(folder)
    entries = store.entries()
    assert all(entry.origin is None for entry in entries)
    assert_as_reference(entries)


def test_any_list_of_entries(folder: Path, tmp_path: Path) -> None:
    entries = synced(folder, tmp_path / "db.json")
    assert_as_reference(entries[::3])
    assert_as_reference([*entries[:30], *entries[10:20]])  # some given twice
    assert_as_reference(list(reversed(entries)))
    assert listed_people([], 10) == ([], 0)
    assert top_people(iter(entries[:50]), 5) == top_counts(light_entries(entries[:50]), "people", 5)
