"""The folder compared with the cache by a helper process: the same sync as a listing gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import orjson
import pytest

from summit_tui.core.files.listing import scan_folder
from summit_tui.core.store import folder_check, stamps_file
from summit_tui.core.store.folder_check import (
    BackgroundCheck,
    FolderCheck,
    check_folder,
    check_in_background,
    stored_stamps,
)
from summit_tui.core.store.layout import SHARDS, shard_name
from summit_tui.core.store.paths import shard_folder
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.store.report import SyncReport
from summit_tui.core.store.shards import shard_of
from summit_tui.core.store.stamps_file import STAMPS_FILE


def write_readouts(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"r{i:03d}.yaml").write_text(
            f"title: Meeting {i}\ndate: 2031-01-{1 + i % 28:02d}\ncountries: [NO, CL]\n",
            encoding="utf-8",
        )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "readouts"
    write_readouts(folder, 60)
    (folder / "2031").mkdir()
    (folder / "2031" / "nested.yaml").write_text(
        "title: Nested Meeting\ndate: 2031-02-01\ncountries: [JP, MY]\n", encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")  # a problem
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "db.json"


def synced(data: Path, db: Path) -> None:
    store = ReadoutStore(path=db)
    store.sync(data)
    store.close()


def change_the_folder(data: Path) -> None:
    """One file edited (new size), one added, one removed."""
    (data / "r017.yaml").write_text(
        "title: Meeting 17, Revised\ndate: 2031-01-18\ncountries: [NO, CL]\n", encoding="utf-8"
    )
    (data / "r099.yaml").write_text(
        "title: Meeting 99\ndate: 2031-03-01\ncountries: [FR, DE]\n", encoding="utf-8"
    )
    (data / "r005.yaml").unlink()


def outcome(store: ReadoutStore, report: SyncReport) -> tuple[object, ...]:
    """What a sync did and what the store holds after it."""
    return (
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        sorted(report.removed_paths),
        sorted(report.removed_ids),
        [(p.path, p.message) for p in report.problems],
        [(e.path, e.id, e.title, e.date) for e in store.entries()],
        [(p.path, p.message) for p in store.problems()],
    )


def both_ways(
    data: Path, db: Path, tmp_path: Path, stamps: bool = False
) -> tuple[tuple[object, ...], ...]:
    """The sync of a copy of the cache with the helper's check, and of another copy with a
    listing of its own: (checked, listed). With ``stamps``, each copy's stamps file is
    made for its own shard files first (a copy's shard files are others than those the
    stamps file copied with it notes)."""
    results = []
    for way in ("checked", "listed"):
        copy = tmp_path / way / "db.json"
        copy.parent.mkdir()
        shutil.copy2(db, copy)
        shutil.copytree(shard_folder(db), shard_folder(copy))
        if stamps:
            stamps_file.keep_stamps(shard_folder(copy), SHARDS)
        store = ReadoutStore(path=copy)
        check = check_folder(data, shard_folder(copy), SHARDS)
        if way == "checked":
            assert store.holds(check)
            report = store.sync(data, checked=check)
        else:
            report = store.sync(data)
        results.append(outcome(store, report))
        store.close()
    return results[0], results[1]


def test_the_helper_finds_what_changed_and_nothing_else(data: Path, db: Path) -> None:
    synced(data, db)
    unchanged = check_folder(data, shard_folder(db), SHARDS)
    assert (unchanged.changed, unchanged.gone, unchanged.listed) == ({}, [], 62)
    change_the_folder(data)
    check = check_folder(data, shard_folder(db), SHARDS)
    listed = scan_folder(data)
    assert check.changed == {rel: tuple(listed[rel]) for rel in ("r017.yaml", "r099.yaml")}
    assert check.gone == ["r005.yaml"]
    assert check.listed == 62
    assert sorted(check.digests) == sorted({shard_of(rel) for rel in listed})


def test_a_helper_process_answers_as_this_one_does(data: Path, db: Path) -> None:
    synced(data, db)
    change_the_folder(data)
    background = check_in_background(data, db)
    assert background.check() == check_folder(data, shard_folder(db), SHARDS)
    background.close()
    never = check_in_background(data, db, start=False)
    assert never.check() is None  # not started
    broken = BackgroundCheck(data, shard_folder(db), SHARDS, python=str(data / "no-python"))
    broken.start()
    assert broken.check() is None  # no helper here: the sync lists the folder itself


def test_a_sync_with_the_check_does_what_a_sync_with_a_listing_does(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    change_the_folder(data)
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert checked[:4] == (1, 1, 1, 60)  # (the problem file is unchanged, and stays one)
    assert "broken.yaml" in {path for path, _ in checked[6]}


def test_a_damaged_copy_in_the_cache_is_read_again_with_the_check(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    tables = json.loads(shard.read_text("utf-8"))
    docs = {d["path"]: d for d in tables["files"].values()}
    other = next(p for p in docs if p != "r010.yaml")
    docs["r010.yaml"]["text"] = docs[other]["text"]  # sound bytes, but another readout's
    shard.write_text(json.dumps(tables), encoding="utf-8")
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert checked[1] == 1  # r010 read again, though its file did not change
    assert ("r010.yaml", "r010", "Meeting 10") in {e[:3] for e in checked[7]}


def test_a_shard_that_is_not_json_is_left_out_and_its_readouts_read_again(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    shard.write_bytes(b"{not json")
    check = check_folder(data, shard_folder(db), SHARDS)
    assert shard_of("r010.yaml") not in check.digests and "r010.yaml" in check.changed
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert "r010.yaml" in {e[0] for e in checked[7]}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_shard_that_is_a_fifo_is_left_out_without_waiting(data: Path, db: Path) -> None:
    synced(data, db)
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    shard.unlink()
    os.mkfifo(shard)
    check = check_folder(data, shard_folder(db), SHARDS)  # a read would never end
    assert shard_of("r010.yaml") not in check.digests and "r010.yaml" in check.changed


def test_a_check_of_other_bytes_is_not_used(data: Path, db: Path) -> None:
    synced(data, db)
    store = ReadoutStore(path=db)  # holds the shards as they are now
    other = ReadoutStore(path=db)
    change_the_folder(data)
    other.sync(data)  # another window rewrites shards meanwhile
    other.close()
    check = check_folder(data, shard_folder(db), SHARDS)
    assert (check.changed, check.gone) == ({}, [])  # in step with the other window's shards
    assert not store.holds(check)
    report = store.sync(data, checked=check)  # so the folder is listed here
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert not ReadoutStore().holds(FolderCheck({}, {}, [], 0))  # in memory: no shards


def test_a_store_holds_the_shards_it_wrote(data: Path, db: Path) -> None:
    store = ReadoutStore(path=db)
    store.sync(data)
    assert store.holds(check_folder(data, shard_folder(db), SHARDS))
    change_the_folder(data)
    store.sync(data, checked=check_folder(data, shard_folder(db), SHARDS))
    again = check_folder(data, shard_folder(db), SHARDS)
    assert store.holds(again) and (again.changed, again.gone) == ({}, [])


def test_the_helper_imports_nothing_heavy() -> None:
    """The helper process starts with the app, beside the imports of Textual: it loads
    neither TinyDB, YAML, the store nor the search engine."""
    script = (
        "import sys\n"
        "import summit_tui.core.store.folder_check\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in\n"
        "    ('tinydb', 'yaml', 'textual', 'rich') or m.startswith(\n"
        "    ('summit_tui.core.store.readouts', 'summit_tui.core.store.shards',\n"
        "     'summit_tui.core.search', 'summit_tui.core.model')))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_a_readout_found_damaged_after_the_start_is_read_again_with_the_check(
    data: Path, db: Path
) -> None:
    synced(data, db)
    store = ReadoutStore(path=db)  # the stored texts are sound: every entry unbuilt
    shard = shard_folder(db) / f"shard-{shard_of('r010.yaml'):02d}.json"
    doc = next(
        d
        for d in json.loads(shard.read_text("utf-8"))["files"].values()
        if d["path"] == "r010.yaml"
    )
    with shard.with_suffix(".texts").open("r+b") as fh:  # damaged in place, after the start
        fh.seek(doc["text"][0] + 2)
        fh.write(b"\x00\x00")
    entry = next(e for e in store.entries() if e.id == "r010")
    assert entry.readout is not None and entry.damaged  # found when the list showed it
    check = check_folder(data, shard_folder(db), SHARDS)
    assert store.holds(check) and check.changed == {}  # its file did not change
    report = store.sync(data, checked=check)
    assert (report.updated, report.unchanged) == (1, 61)
    again = next(e for e in store.entries() if e.id == "r010")
    assert not again.damaged and again.readout.title == "Meeting 10"


def test_a_file_name_that_is_not_text_is_one_problem_with_the_check(
    data: Path, db: Path, tmp_path: Path
) -> None:
    synced(data, db)
    try:
        with open(os.path.join(os.fsencode(data), b"caf\xe9.yaml"), "wb") as fh:
            fh.write(b"title: Caf\ndate: 2031-01-01\n")
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    checked, listed = both_ways(data, db, tmp_path)
    assert checked == listed
    assert any(
        path == "caf\\xe9.yaml" and message.startswith("the file name is not valid UTF-8")
        for path, message in checked[6]
    )


# --- the stamps file beside the shards ---------------------------------------------------------


def stamps_path(db: Path) -> Path:
    return shard_folder(db) / STAMPS_FILE


def from_the_shards(data: Path, db: Path) -> FolderCheck:
    """The helper's answer with no stamps file: every shard read."""
    saved = stamps_path(db).with_name("saved.stamps")
    had = stamps_path(db).exists()
    if had:
        stamps_path(db).rename(saved)
    try:
        return check_folder(data, shard_folder(db), SHARDS)
    finally:
        if had:
            saved.rename(stamps_path(db))


@pytest.fixture
def shards_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The shard files the helper reads (those it does not take from the stamps file)."""
    read: list[Path] = []
    real = folder_check.read_shard

    def counted(path: Path) -> stamps_file.ShardStamps | None:
        read.append(path)
        return real(path)

    monkeypatch.setattr(folder_check, "read_shard", counted)
    return read


def test_the_stamps_file_gives_what_the_shards_give(
    data: Path, db: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    assert stamps_path(db).is_file()
    expected = from_the_shards(data, db)
    shards_read.clear()
    assert check_folder(data, shard_folder(db), SHARDS) == expected
    assert shards_read == []  # every shard from the stamps file
    with_file = stored_stamps(shard_folder(db), SHARDS)
    assert with_file == (expected.digests, with_file[1])
    stamps_path(db).unlink()
    assert stored_stamps(shard_folder(db), SHARDS) == with_file  # the same pairs, in order
    assert list(stored_stamps(shard_folder(db), SHARDS)[1]) == list(with_file[1])

    synced(data, db)  # the next sync writes it again
    change_the_folder(data)
    shards_read.clear()
    check = check_folder(data, shard_folder(db), SHARDS)
    assert shards_read == []
    assert check == from_the_shards(data, db)
    assert check.changed.keys() == {"r017.yaml", "r099.yaml"} and check.gone == ["r005.yaml"]


def test_a_sync_with_a_check_from_the_stamps_file_does_what_a_listing_does(
    data: Path, db: Path, tmp_path: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    change_the_folder(data)
    checked, listed = both_ways(data, db, tmp_path, stamps=True)
    assert shards_read == []  # the check's stamps from the stamps file
    assert checked == listed
    assert checked[:4] == (1, 1, 1, 60)


def test_a_stale_stamps_file_has_the_changed_shards_read(
    data: Path, db: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    old = stamps_path(db).read_bytes()
    change_the_folder(data)
    synced(data, db)  # shards rewritten, and the stamps file with them
    assert stamps_path(db).read_bytes() != old
    stamps_path(db).write_bytes(old)  # as if the sync had stopped before it
    expected = from_the_shards(data, db)
    assert (expected.changed, expected.gone) == ({}, [])
    shards_read.clear()
    assert check_folder(data, shard_folder(db), SHARDS) == expected
    rewritten = {shard_of(rel) for rel in ("r005.yaml", "r017.yaml", "r099.yaml")}
    assert sorted(shards_read) == sorted(shard_folder(db) / shard_name(s) for s in rewritten)
    ReadoutStore(path=db).sync(data)  # the next sync brings it in line again
    shards_read.clear()
    assert check_folder(data, shard_folder(db), SHARDS) == expected
    assert shards_read == []


def test_a_shard_changed_in_place_with_its_size_and_time_is_read(
    data: Path, db: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    shard = shard_folder(db) / shard_name(shard_of("r010.yaml"))
    before = shard.stat()
    raw = shard.read_bytes()
    size = (data / "r010.yaml").stat().st_size
    other = size + 1 if size % 10 != 9 else size - 1  # as many digits
    old = f'"path":"r010.yaml","size":{size},'.encode()
    assert raw.count(old) == 1
    with shard.open("r+b") as fh:  # the same length in the same file: only its change time tells
        fh.write(raw.replace(old, f'"path":"r010.yaml","size":{other},'.encode()))
    os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = shard.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    shards_read.clear()
    check = check_folder(data, shard_folder(db), SHARDS)
    assert shards_read == [shard]
    assert check == from_the_shards(data, db)
    assert "r010.yaml" in check.changed  # its stored stamp is not the file's now


@pytest.mark.parametrize(
    "damage",
    [
        "missing",
        "empty",
        "truncated",
        "garbage",
        "a flipped byte",
        "another layout",
        "a folder",
    ],
)
def test_a_missing_or_damaged_stamps_file_has_every_shard_read(
    data: Path, db: Path, damage: str, shards_read: list[Path]
) -> None:
    synced(data, db)
    change_the_folder(data)
    expected = from_the_shards(data, db)
    path = stamps_path(db)
    raw = path.read_bytes()
    if damage == "missing":
        path.unlink()
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(raw)))
    elif damage == "a flipped byte":
        at = len(raw) - 10
        path.write_bytes(raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1 :])
    elif damage == "another layout":
        path.write_bytes(raw.replace(b"stamps 1\n", b"stamps 9\n", 1))
    else:
        path.unlink()
        path.mkdir()
    shards_read.clear()
    assert check_folder(data, shard_folder(db), SHARDS) == expected
    assert sorted(shards_read) == sorted(shard_folder(db).glob("shard-*.json"))  # all
    store = ReadoutStore(path=db)
    store.sync(data)  # the next sync writes it afresh (a folder in its way: a notice)
    if damage == "a folder":
        assert any("stamps" in notice for notice in store.notices)
    else:
        shards_read.clear()
        again = check_folder(data, shard_folder(db), SHARDS)
        assert shards_read == []
        assert again == from_the_shards(data, db)


def hostile(db: Path, rows: object, sections: bytes = b"", count: int = SHARDS) -> None:
    """A stamps file with a sound CRC around the header and sections given."""
    header = orjson.dumps([count, rows])
    rest = header + sections
    crc = zlib.crc32(rest).to_bytes(4, "big")
    magic = stamps_path(db).read_bytes().split(b"\n", 1)[0] + b"\n"
    stamps_path(db).write_bytes(magic + len(header).to_bytes(4, "big") + crc + rest)


def test_a_stamps_file_of_the_wrong_shape_is_not_believed(
    data: Path, db: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    change_the_folder(data)
    expected = from_the_shards(data, db)
    folder = shard_folder(db)
    shard = shard_of("r010.yaml")
    noted = stamps_file.read_stamps(folder, SHARDS)[shard]
    row = [shard, *noted.digest, *noted.stat]

    def at(section: bytes, offset: int = 0) -> list[object]:
        return [*row, offset, len(section)]

    three = b'[["r010.yaml"],[1],[1]]'
    cases: list[tuple[object, bytes, int]] = [
        ([], b"", SHARDS + 1),  # made for another number of shards
        ("rows", b"", SHARDS),
        ([row], b"", SHARDS),  # a row too short
        ([[*row, 0, "9"]], b"[]", SHARDS),  # not a number
        ([[*row, 0, True]], b"[]", SHARDS),  # nor is this
        ([at(three, -1)], three, SHARDS),  # before the sections
        ([[*row, 0, 99]], three, SHARDS),  # past the end
        ([[SHARDS, *at(three)[1:]]], three, SHARDS),  # no such shard
        ([at(b"{}")], b"{}", SHARDS),  # a section that is not three lists
        ([at(b"[1,2,3]")], b"[1,2,3]", SHARDS),
        ([at(b"[[[1]],[1],[1]]")], b"[[[1]],[1],[1]]", SHARDS),  # a path that is a list
        ([at(b'[["a","b"],[1],[1]]')], b'[["a","b"],[1],[1]]', SHARDS),  # other lengths
        ([at(b'[["a","a"],[1,1],[1,1]]')], b'[["a","a"],[1,1],[1,1]]', SHARDS),  # twice
        ([at(b"[[")], b"[[", SHARDS),  # not JSON
    ]
    for rows, sections, count in cases:
        hostile(db, rows, sections, count)
        shards_read.clear()
        assert check_folder(data, folder, SHARDS) == expected, (rows, sections)
        assert folder / shard_name(shard) in shards_read


def test_the_stamps_file_goes_with_the_shards_when_the_cache_is_rebuilt(
    data: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced(data, db)
    assert stamps_path(db).is_file()
    store = ReadoutStore(path=db)
    monkeypatch.setattr(store, "_fingerprint", lambda: {"format": -1})  # another version
    wiped: list[bool] = []
    real_wipe = store._shards.wipe

    def wipe() -> None:
        real_wipe()
        wiped.append(stamps_path(db).exists())

    monkeypatch.setattr(store._shards, "wipe", wipe)
    store.sync(data)
    assert wiped == [False]  # let go with the shards it was made from
    assert check_folder(data, shard_folder(db), SHARDS) == from_the_shards(data, db)


def test_a_stamps_file_that_cannot_be_written_is_a_notice(
    data: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("summit_tui.core.support.atomic.atomic_write", refuse)
    store = ReadoutStore(path=db)
    report = store.sync(data)
    assert report.added == 62 and not stamps_path(db).exists()
    assert any("stamps" in notice for notice in store.notices)
    assert check_folder(data, shard_folder(db), SHARDS) == from_the_shards(data, db)


def test_the_gone_files_are_found_whether_files_came_too_or_not(data: Path, db: Path) -> None:
    synced(data, db)
    (data / "r005.yaml").unlink()  # one gone, none new
    assert check_folder(data, shard_folder(db), SHARDS).gone == ["r005.yaml"]
    (data / "r005.yaml").write_text("title: Back\ndate: 2031-01-06\n", encoding="utf-8")
    (data / "r006.yaml").unlink()  # one gone, one new
    check = check_folder(data, shard_folder(db), SHARDS)
    assert (check.gone, set(check.changed)) == (["r006.yaml"], {"r005.yaml"})
    (data / "r006.yaml").write_text("title: New\ndate: 2031-01-07\n", encoding="utf-8")
    (data / "new.yaml").write_text("title: Newer\ndate: 2031-01-08\n", encoding="utf-8")
    check = check_folder(data, shard_folder(db), SHARDS)  # none gone, three new or changed
    assert (check.gone, set(check.changed)) == ([], {"r005.yaml", "r006.yaml", "new.yaml"})


def test_a_sync_can_leave_the_stamps_file_to_later(
    data: Path, db: Path, shards_read: list[Path]
) -> None:
    synced(data, db)
    change_the_folder(data)
    store = ReadoutStore(path=db)
    before = stamps_path(db).read_bytes()
    store.sync(data, keep_stamps=False)  # the app: once the list is shown
    assert stamps_path(db).read_bytes() == before
    shards_read.clear()
    stale = check_folder(data, shard_folder(db), SHARDS)
    assert shards_read  # the shards written since are read
    store.keep_stamps()
    shards_read.clear()
    assert check_folder(data, shard_folder(db), SHARDS) == stale
    assert shards_read == []
    ReadoutStore().keep_stamps()  # in memory: nothing to keep


def test_a_shard_noted_with_other_bytes_than_the_store_read_is_read_again(
    data: Path, db: Path
) -> None:
    """Where a shard's stat cannot tell (a status-change time that is the creation time, an
    inode used again), the store's own digest of the shard has it read again."""
    synced(data, db)
    folder = shard_folder(db)
    shard = shard_of("r010.yaml")
    saved = stamps_file.read_stamps(folder, SHARDS)
    wrong = saved[shard]._replace(digest=[0, 0], section=b'[["r010.yaml"],[1],[1]]')
    stamps_path(db).write_bytes(stamps_file.encode(SHARDS, {**saved, shard: wrong}))
    assert not stamps_file.keep_stamps(folder, SHARDS)  # by its stat, as noted
    store = ReadoutStore(path=db)
    store.keep_stamps()  # the store read other bytes: read again
    assert stamps_file.read_stamps(folder, SHARDS) == saved
    assert check_folder(data, folder, SHARDS) == from_the_shards(data, db)
