"""Entries read back from the store build their readouts only when these are read."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fault_fs import replace_stored_text

from summit_tui.core.model.entry import Entry, build_all
from summit_tui.core.model.readout import Readout
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.index_file import entries_digest, index_cache_path, store_fingerprint
from summit_tui.core.search.tokens import entry_text, index_text
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import CHECKED_STAMPS, ReadoutStore


def write_readouts(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"r{i:02d}.yaml").write_text(
            f"title: Meeting {i % 7}\ndate: 2031-0{1 + i % 3}-{1 + i % 5:02d}\n"
            "countries: [NO, CL]\nsummary: Maritime cooperation was discussed.\n",
            encoding="utf-8",
        )


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the readouts built from plain data, in order."""
    built: list[str] = []
    original = Readout.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Readout], data: dict[str, Any]) -> Readout:
        built.append(data["id"])
        return original(cls, data)

    monkeypatch.setattr(Readout, "from_dict", classmethod(counting))
    return built


def test_warm_start_builds_no_readout_until_one_is_read(tmp_path: Path, builds: list[str]) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 30)
    first = ReadoutStore(path=db)
    first.sync(folder)
    built_then = first.entries()
    SearchIndex.load_or_build(built_then, index_cache_path(db), store_fingerprint(db))
    builds.clear()

    store = ReadoutStore(path=db)
    store.sync(folder)
    entries = store.entries()
    index = SearchIndex.load_or_build(entries, index_cache_path(db), store_fingerprint(db))
    assert index.cache_status == "loaded"
    assert [r.id for r in index.search("maritime")[:5]]
    assert builds == []
    assert not any(e.built for e in entries)

    assert [e.id for e in entries] == [e.id for e in built_then]  # newest first, same order
    assert [(e.date, e.title) for e in entries] == [
        (e.readout.date, e.readout.title) for e in built_then
    ]
    assert entries_digest(entries) == entries_digest(built_then)
    assert entries[0].readout == built_then[0].readout
    assert builds == [entries[0].id]
    assert entries[0].built and not entries[0].damaged
    assert entries[0].readout is entries[0].readout  # built once, then kept
    assert builds == [entries[0].id]


def test_a_shard_is_checked_at_open_only_when_its_bytes_changed(
    tmp_path: Path, builds: list[str]
) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 12)
    ReadoutStore(path=db).sync(folder)
    builds.clear()
    shards = sorted(shard_folder(db).glob("shard-*.json"))
    for shard in shards:  # new times, the same bytes: nothing to check
        os.utime(shard, ns=(1, 1))
    assert ReadoutStore(path=db).notices == [] and builds == []
    stamps = shard_folder(db) / CHECKED_STAMPS
    stamps.write_text(
        json.dumps(
            {  # stamps as an older version kept them
                shard.stem.removeprefix("shard-").lstrip("0") or "0": [
                    shard.stat().st_size,
                    shard.stat().st_mtime_ns,
                    shard.stat().st_ino,
                ]
                for shard in shards
            }
        ),
        encoding="utf-8",
    )
    assert ReadoutStore(path=db).notices == []
    assert sorted(builds) == [f"r{i:02d}" for i in range(12)]  # each readout checked once
    builds.clear()
    assert ReadoutStore(path=db).notices == [] and builds == []


def test_lazy_entries_keep_value_semantics(tmp_path: Path) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 5)
    ReadoutStore(path=db).sync(folder)
    built = {e.id: e for e in _memory_entries(folder)}  # parsed now, readouts built
    for entry in ReadoutStore(path=db).entries():
        twin = built[entry.id]
        assert hash(entry) == hash(twin) and entry == twin
        assert pickle.loads(pickle.dumps(entry)) == twin
        moved = replace(entry, path="elsewhere.yaml")
        assert moved.readout == twin.readout and moved.path == "elsewhere.yaml"
        assert (entry.id, entry.date, entry.title) == (
            twin.readout.id,
            twin.readout.date,
            twin.readout.title,
        )
        assert isinstance(entry.date, dt.date)
    with pytest.raises(AttributeError):
        _ = entry.missing


def _memory_entries(folder: Path) -> list[Entry]:
    store = ReadoutStore()
    store.sync(folder)
    return store.entries()


def _edit_stored(db: Path, path: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Change one file's stored document in its shard, as damage on disk would (a text
    given as ``entry`` is stored in the shard's side file)."""
    for shard in shard_folder(db).glob("shard-*.json"):
        tables = json.loads(shard.read_text("utf-8"))
        for doc in tables["files"].values():
            if doc["path"] == path:
                change(doc)
                shard.write_text(json.dumps(tables), encoding="utf-8")


def test_stored_readout_with_a_bad_date_is_read_again_from_its_file(tmp_path: Path) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 3)
    ReadoutStore(path=db).sync(folder)
    _edit_stored(db, "r01.yaml", lambda doc: doc.update(date="2031-02-30"))
    store = ReadoutStore(path=db)
    assert "r01" not in {e.id for e in store.entries()}
    report = store.sync(folder)
    assert report.updated == 1
    assert {e.id for e in store.entries()} == {"r00", "r01", "r02"}
    assert all(e.readout.date.year == 2031 for e in store.entries())


@pytest.mark.parametrize(
    "damage",
    [
        '{"readout": {"id": "r01", "title": ',
        '{"readout": {"title": "no id"}}',
        "[1, 2]",
        '{"readout": {"id": "r01", "title": "T", "date": "2031-02-02"}, "topics": 7}',
    ],
)
def test_damaged_stored_readout_says_so_and_is_read_again(tmp_path: Path, damage: str) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 3)
    ReadoutStore(path=db).sync(folder)
    replace_stored_text(db, "r01.yaml", damage.encode())
    store = ReadoutStore(path=db)
    entry = next(e for e in store.entries() if e.id == "r01")
    readout = entry.readout  # does not raise: the readout says what happened
    assert entry.damaged and entry.topics == entry.mentions == entry.section_topics == ()
    assert (readout.id, readout.title, readout.date) == ("r01", "Meeting 1", dt.date(2031, 2, 2))
    assert "damaged" in readout.notes and "ctrl+r" in readout.notes
    report = store.sync(folder)
    assert report.updated == 1 and not report.problems
    again = next(e for e in store.entries() if e.id == "r01")
    assert not again.damaged and again.readout.summary.startswith("Maritime")
    assert ReadoutStore(path=db).sync(folder).unchanged == 3


def test_transient_copy_is_built_and_leaves_the_entry_unbuilt(tmp_path: Path) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 4)
    ReadoutStore(path=db).sync(folder)
    built = {e.id: e for e in _memory_entries(folder)}
    for entry in ReadoutStore(path=db).entries():
        copy = entry.transient()
        assert copy is not entry and copy.built and not entry.built
        assert copy == built[entry.id]  # readout, path, topics, mentions, section topics
        assert entry == copy and entry.built  # comparing reads the fields: built now
        assert entry.transient() is entry


def test_build_all_builds_every_stored_entry_and_keeps_the_order(tmp_path: Path) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 12)
    ReadoutStore(path=db).sync(folder)
    entries = ReadoutStore(path=db).entries()
    entries[3].readout  # noqa: B018 - one already built
    out = build_all(iter(entries))
    assert out == entries and [e.id for e in out] == [e.id for e in entries]
    assert all(e.built for e in out)
    assert build_all([]) == []


def test_phrase_search_reads_stored_text_without_building(tmp_path: Path) -> None:
    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    folder.mkdir()
    (folder / "deep.yaml").write_text(
        "title: Deep Meeting\ndate: 2031-05-05\ncountries: [NO, CL]\n"
        "location: Oslo\nnotes: A note.\n"
        "participants:\n  - name: Kari Nord\n  - name: Ana Sur\n    role: Minister\n"
        "sections:\n  - heading: Outer\n    subsections:\n"
        "      - number: '1'\n        paragraphs: [Deep sea mining was raised.]\n"
        "  - paragraphs: [Closing words.]\n",
        encoding="utf-8",
    )
    write_readouts(folder, 6)
    ReadoutStore(path=db).sync(folder)
    built = {e.id: e for e in _memory_entries(folder)}
    store = ReadoutStore(path=db)
    entries = store.entries()
    for entry in entries:  # the same text as from the built readout, and nothing built
        assert entry_text(entry) == index_text(built[entry.id].readout)
        assert not entry.built
    index = SearchIndex(entries)
    assert [r.id for r in index.search('"deep sea mining"')] == ["deep"]
    assert [r.id for r in index.search('"maritime cooperation" ')]
    assert not any(e.built for e in entries)


def test_light_entries_give_the_same_statistics_and_build_nothing(tmp_path: Path) -> None:
    from summit_tui.core.analysis import stats
    from summit_tui.core.model.entry import light_entries
    from summit_tui.core.reference.people import people

    folder, db = tmp_path / "readouts", tmp_path / "db.json"
    write_readouts(folder, 15)
    (folder / "talk.yaml").write_text(
        "title: Talk\ndate: 2031-03-03\ncountries: [NO, JP]\nkind: telephone-talk\n"
        "participants:\n  - name: KISHIDA Fumio\n    role: Prime Minister\n    country: JP\n"
        "summary: Energy transition and Malaysia were discussed.\n",
        encoding="utf-8",
    )
    ReadoutStore(path=db).sync(folder)
    full = _memory_entries(folder)
    stored = ReadoutStore(path=db).entries()
    light = light_entries(stored)
    assert not any(e.built for e in stored)
    assert [e.id for e in light] == [e.id for e in stored]
    assert all(e.readout.sections == () and e.readout.summary == "" for e in light)
    for what in stats.DIMENSIONS:
        assert stats.top_counts(light, what) == stats.top_counts(full, what)
    assert stats.per_period(light, "month") == stats.per_period(full, "month")
    assert stats.cross_table(light, "countries", "topics") == stats.cross_table(
        full, "countries", "topics"
    )
    assert people(light) == people(full)


def test_top_people_are_the_first_of_everyone() -> None:
    from summit_tui.core.analysis import stats
    from summit_tui.core.model.readout import Participant
    from summit_tui.core.reference.people import people

    names = [
        "KISHIDA Fumio",
        "Fumio Kishida",
        "Anwar Ibrahim",
        "Ana Sur",
        "Kari Nord",
        "Mr. Fumio KISHIDA",
        "Bo Li",
        "Li Bo",
        "Zed Alpha",
        "Ana Sur",
    ]
    entries = []
    for i in range(40):
        who = {names[i % len(names)], names[(i * 7) % len(names)], names[(i * 3) % 4]}
        readout = Readout(
            id=f"m{i:02d}",
            title=f"M {i}",
            date=dt.date(2031, 1, 1 + i % 28),
            participants=tuple(Participant(name=n) for n in sorted(who)),
        )
        entries.append(Entry(readout, f"m{i:02d}.yaml"))
    everyone = [(p.name, p.meetings) for p in people(entries)]
    for limit in (0, 1, 2, 3, 5, 50):
        assert stats.top_counts(entries, "people", limit) == everyone[:limit]
