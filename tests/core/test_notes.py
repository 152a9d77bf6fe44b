"""UserData: bookmarks and notes by readout id, atomic writes, recovery, one writer at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
import pytest
from tinydb.storages import MemoryStorage

from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.support.atomic import atomic_write, backup_path
from summit_tui.core.support.locks import InstanceLock, lock_path
from summit_tui.core.userstate import notes as userdata_module
from summit_tui.core.userstate.notes import (
    LOCKED_NOTICE,
    ReadOnlyError,
    SaveError,
    UserData,
    default_path,
)
from summit_tui.paths import user_data_dir

Factory = Callable[[], UserData]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "userdata.json"


@pytest.fixture(params=["memory", "json"])
def make(request: pytest.FixtureRequest, path: Path) -> Iterator[Factory]:
    """A factory of UserData objects that all open the same data, on memory or on a file."""
    storage = MemoryStorage()
    opened: list[UserData] = []

    def factory() -> UserData:
        for old in opened:  # one writer at a time: close the previous one
            old.close()
        data = UserData(storage=storage) if request.param == "memory" else UserData(path)
        opened.append(data)
        return data

    yield factory
    for data in opened:
        data.close()


def saved(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- round trips ---------------------------------------------------------------------------


def test_a_new_database_is_empty_and_writable(make: Factory) -> None:
    data = make()
    assert data.bookmarks() == set()
    assert data.notes() == {}
    assert data.note("nowhere") == ""
    assert data.note_record("nowhere") is None
    assert not data.is_bookmarked("nowhere")
    assert data.read_only is False
    assert data.notices == []


def test_toggle_bookmark_round_trip(make: Factory) -> None:
    data = make()
    assert data.toggle_bookmark("r1") is True
    assert data.toggle_bookmark("r2") is True
    assert data.is_bookmarked("r1")
    assert data.bookmarks() == {"r1", "r2"}
    assert data.toggle_bookmark("r1") is False
    assert not data.is_bookmarked("r1")
    assert data.bookmarks() == {"r2"}
    data.set_bookmark("r2", True)  # already on: no change
    data.set_bookmark("r3", False)  # already off: no change
    assert data.bookmarks() == {"r2"}


def test_note_round_trip_and_blank_text_deletes(make: Factory) -> None:
    data = make()
    data.set_note("r1", "Ask about the fisheries annex.")
    data.set_note("r2", "line one\nline two [bold]not markup[/]")
    assert data.note("r1") == "Ask about the fisheries annex."
    assert data.notes() == {
        "r1": "Ask about the fisheries annex.",
        "r2": "line one\nline two [bold]not markup[/]",
    }
    data.set_note("r1", "Revised.")
    assert data.note("r1") == "Revised."
    data.set_note("r1", "")
    data.set_note("r2", "  \n\t")
    assert data.notes() == {}
    assert data.note("r1") == ""
    data.set_note("r3", "")  # deleting what is not there is fine
    assert data.notes() == {}


def test_bookmarks_and_notes_are_independent(make: Factory) -> None:
    data = make()
    data.toggle_bookmark("r1")
    data.set_note("r1", "note")
    data.toggle_bookmark("r1")
    assert data.note("r1") == "note"
    data.set_note("r1", "")
    data.toggle_bookmark("r1")
    assert data.bookmarks() == {"r1"}
    assert data.notes() == {}


def test_everything_survives_reopening(make: Factory) -> None:
    data = make()
    data.toggle_bookmark("r1")
    data.toggle_bookmark("r2")
    data.toggle_bookmark("r2")
    data.set_note("r1", "first")
    data.set_note("r2", "second — ünïcödé 漢字 🙂")
    data.set_note("r3", "gone")
    data.set_note("r3", "")
    again = make()
    assert again.bookmarks() == {"r1"}
    assert again.notes() == {"r1": "first", "r2": "second — ünïcödé 漢字 🙂"}
    again.set_note("r1", "changed")
    assert make().note("r1") == "changed"


def test_timestamps_created_kept_updated_moves(
    make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter(["2031-01-01T10:00:00+00:00", "2031-01-02T11:00:00+00:00"])
    monkeypatch.setattr(userdata_module, "_now", lambda: next(clock))
    data = make()
    data.set_note("r1", "v1")
    data.set_note("r1", "v2")
    record = make().note_record("r1")
    assert record is not None
    assert (record.text, record.created, record.updated) == (
        "v2",
        "2031-01-01T10:00:00+00:00",
        "2031-01-02T11:00:00+00:00",
    )


def test_setting_the_same_note_does_not_write(make: Factory) -> None:
    data = make()
    data.set_note("r1", "same")
    before = data.note_record("r1")
    data.set_note("r1", "same")
    assert data.note_record("r1") == before


@pytest.mark.parametrize("bad", ["", None, 42])
def test_a_readout_id_must_be_a_non_empty_string(make: Factory, bad: object) -> None:
    data = make()
    with pytest.raises(ValueError, match="readout id"):
        data.set_note(bad, "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="readout id"):
        data.toggle_bookmark(bad)  # type: ignore[arg-type]


def test_concurrent_threads_lose_nothing(path: Path) -> None:
    data = UserData(path)

    def work(n: int) -> None:
        for i in range(15):
            data.set_note(f"t{n}-{i}", f"note {n} {i}")
            data.toggle_bookmark(f"t{n}-{i}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    data.close()
    with UserData(path) as again:
        assert len(again.notes()) == 90
        assert len(again.bookmarks()) == 90
        assert again.note("t5-14") == "note 5 14"


# --- where the data lives --------------------------------------------------------------------


def test_default_file_is_in_the_user_data_folder_not_the_cache() -> None:
    assert default_path().parent == user_data_dir()
    assert platformdirs.user_cache_path("summit-tui") not in default_path().parents


def test_notes_survive_a_rebuilt_readout_cache(tmp_path: Path, path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    yaml = "id: 2031-oslo-talks\ntitle: Oslo Talks\ndate: 2031-02-03\ncountries: [NO, CL]\n"
    (folder / "oslo.yaml").write_text(yaml, encoding="utf-8")
    cache = tmp_path / "cache.json"
    store = ReadoutStore(path=cache)
    store.sync(folder)
    (rid,) = [e.readout.id for e in store.entries()]
    store.close()
    with UserData(path) as data:
        data.set_note(rid, "follow up")
        data.toggle_bookmark(rid)
    # The user renames the file and the cache is thrown away: a full re-import.
    cache.unlink()
    (folder / "oslo.yaml").rename(folder / "2031-02-03-oslo.yaml")
    store = ReadoutStore(path=cache)
    store.sync(folder)
    (entry,) = store.entries()
    store.close()
    with UserData(path) as data:
        assert data.note(entry.readout.id) == "follow up"
        assert data.is_bookmarked(entry.readout.id)


# --- atomic writes and the backup ----------------------------------------------------------


def test_each_write_keeps_the_previous_version_as_backup(path: Path) -> None:
    with UserData(path) as data:
        data.set_note("r1", "one")
        assert not backup_path(path).exists() or "notes" not in saved(backup_path(path))
        data.set_note("r1", "two")
        assert saved(path)["notes"]["1"]["text"] == "two"
        assert saved(backup_path(path))["notes"]["1"]["text"] == "one"
        data.set_note("r2", "three")
        assert saved(backup_path(path))["notes"]["1"]["text"] == "two"
        assert os.stat(path).st_ino != os.stat(backup_path(path)).st_ino
    assert leftovers(path.parent) == []


def test_atomic_write_failure_leaves_the_file_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = UserData(path)
    data.set_note("r1", "kept")
    before = path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(userdata_module, "atomic_write", refuse)
    with pytest.raises(SaveError, match="No space left"):
        data.set_note("r1", "lost")
    with pytest.raises(SaveError):
        data.toggle_bookmark("r2")
    with pytest.raises(SaveError):
        data.set_note("r1", "")
    assert data.note("r1") == "kept"
    assert data.bookmarks() == set()
    assert path.read_bytes() == before
    monkeypatch.undo()
    data.set_note("r3", "after")  # the object still works once the disk does
    data.close()
    with UserData(path) as again:
        assert again.notes() == {"r1": "kept", "r3": "after"}


def test_a_failed_rename_removes_its_temp_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.parent.mkdir(parents=True)
    atomic_write(path, b"{}")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(path, b'{"x": {}}', keep_backup=True)
    monkeypatch.undo()
    assert path.read_bytes() == b"{}"
    assert leftovers(path.parent) == []


def test_temp_files_of_a_dead_writer_are_removed_at_open(path: Path) -> None:
    path.parent.mkdir(parents=True)
    stale = path.parent / f".{path.name}.99999.deadbeef.tmp"
    stale.write_bytes(b'{"half')
    other = path.parent / "unrelated.tmp"
    other.write_bytes(b"x")
    with UserData(path) as data:
        assert data.notices == []
    assert not stale.exists()
    assert other.exists()


# --- a damaged file at start ---------------------------------------------------------------


def seed(path: Path) -> tuple[bytes, bytes]:
    """Write two versions: the main file holds r1+r2, the backup holds r1 only."""
    with UserData(path) as data:
        data.set_note("r1", "in backup")
        data.toggle_bookmark("r1")
        data.set_note("r2", "only in main")
    return path.read_bytes(), backup_path(path).read_bytes()


def aside(path: Path, stem: str) -> list[Path]:
    return sorted(path.parent.glob(f"{stem}.corrupt-*"))


DAMAGE = {
    "truncated": b'{"notes": {"1": {"id": "r1", "te',
    "not json": b"\x00\x00\x00\x00garbage",
    "not utf-8": b'{"notes": {"1": {"id": "\xff\xfe"}}}',
    "empty file": b"",
    "a list": b"[1, 2, 3]",
    "a table that is a list": b'{"notes": []}',
    "a record that is a string": b'{"notes": {"1": "text"}}',
    "a record id that is not a number": b'{"notes": {"x": {}}}',
    "a note without text": b'{"notes": {"1": {"id": "r1", "created": "", "updated": ""}}}',
    "a note with a number": (
        b'{"notes": {"1": {"id": "r1", "text": 5, "created": "", "updated": ""}}}'
    ),
    "a bookmark without id": b'{"bookmarks": {"1": {"created": "", "updated": ""}}}',
    "a malformed format record": b'{"_meta": {"1": {"format": "one"}}}',
    # "²" passes str.isdigit() but not int(): TinyDB failed at start with an unrelated error.
    "a record id with a superscript digit": (
        '{"notes": {"²": {"id": "r1", "text": "t", "created": "", "updated": ""}}}'.encode()
    ),
    "a record id in Arabic-Indic digits": (
        '{"notes": {"١": {"id": "r1", "text": "t", "created": "", "updated": ""}}}'.encode()
    ),
    # "1" and "01" are both record 1 to TinyDB: the next write kept only one of them.
    "record ids 1 and 01": (
        b'{"notes": {"1": {"id": "r1", "text": "a", "created": "", "updated": ""},'
        b' "01": {"id": "r2", "text": "b", "created": "", "updated": ""}}}'
    ),
    "a record id written twice": (
        b'{"notes": {"1": {"id": "r1", "text": "a", "created": "", "updated": ""},'
        b' "1": {"id": "r2", "text": "b", "created": "", "updated": ""}}}'
    ),
    "deep nesting": b'{"notes": ' + b"[" * 3000 + b"]" * 3000 + b"}",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_main_file_is_moved_aside_and_backup_restored(path: Path, damage: bytes) -> None:
    seed(path)
    path.write_bytes(damage)
    with UserData(path) as data:
        assert data.notes() == {"r1": "in backup"}
        assert data.bookmarks() == {"r1"}
        assert data.read_only is False
        (notice,) = data.notices
        assert "damaged" in notice and "restored from the backup" in notice
        data.set_note("r3", "after recovery")
    (moved,) = aside(path, path.name)
    assert moved.read_bytes() == damage  # kept for inspection, byte for byte
    assert moved.name in notice
    with UserData(path) as again:
        assert again.notices == []
        assert again.notes() == {"r1": "in backup", "r3": "after recovery"}


def test_both_damaged_opens_empty_keeps_both_and_says_so(path: Path) -> None:
    seed(path)
    path.write_bytes(b"{broken")
    backup_path(path).write_bytes(b"[]")
    with UserData(path) as data:
        assert data.notes() == {}
        assert data.bookmarks() == set()
        assert data.read_only is False
        (notice,) = data.notices
        assert "backup was damaged too" in notice
        assert "no bookmarks or notes" in notice
    (main_aside,) = aside(path, path.name)
    (bak_aside,) = aside(path, backup_path(path).name)
    assert main_aside.read_bytes() == b"{broken"
    assert bak_aside.read_bytes() == b"[]"
    assert main_aside.name in notice and bak_aside.name in notice


def test_damaged_main_without_any_backup_opens_empty_and_keeps_it(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"notes": {"1": {"id": "r1", "te')
    with UserData(path) as data:
        assert data.notes() == {}
        assert data.read_only is False
        (notice,) = data.notices
        assert "there is no backup" in notice
        data.set_note("r1", "fresh start")
    (moved,) = aside(path, path.name)
    assert moved.read_bytes() == b'{"notes": {"1": {"id": "r1", "te'
    assert moved.name in notice
    with UserData(path) as again:
        assert again.notes() == {"r1": "fresh start"}


def test_missing_main_file_is_restored_from_backup(path: Path) -> None:
    seed(path)
    path.unlink()
    with UserData(path) as data:
        assert data.notes() == {"r1": "in backup"}
        (notice,) = data.notices
        assert "missing" in notice and "restored" in notice
    assert path.exists()


def test_missing_main_and_damaged_backup_opens_empty_and_says_so(path: Path) -> None:
    seed(path)
    path.unlink()
    backup_path(path).write_bytes(b"nonsense")
    with UserData(path) as data:
        assert data.notes() == {}
        (notice,) = data.notices
        assert "backup was damaged too" in notice
    assert len(aside(path, backup_path(path).name)) == 1


def test_a_damaged_backup_alone_is_no_problem(path: Path) -> None:
    main, _ = seed(path)
    backup_path(path).write_bytes(b"nonsense")
    with UserData(path) as data:
        assert data.notices == []
        assert data.notes() == {"r1": "in backup", "r2": "only in main"}
        data.set_note("r4", "x")
    assert backup_path(path).read_bytes() == main  # the next write renews the backup


def test_two_damages_in_one_second_do_not_overwrite_each_other(path: Path) -> None:
    seed(path)
    for junk in (b"first junk", b"second junk"):
        path.write_bytes(junk)
        UserData(path).close()
    assert sorted(p.read_bytes() for p in aside(path, path.name)) == [
        b"first junk",
        b"second junk",
    ]


def test_unreadable_file_is_not_moved_and_opens_read_only(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main, _ = seed(path)
    real = userdata_module.read_capped

    def deny(self: Path, cap: int) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, cap)

    monkeypatch.setattr(userdata_module, "read_capped", deny)
    with UserData(path) as data:
        assert data.read_only
        assert "Permission denied" in data.notices[0]
        with pytest.raises(ReadOnlyError):
            data.set_note("r1", "x")
    monkeypatch.undo()
    assert path.read_bytes() == main
    assert aside(path, path.name) == []


def test_a_file_from_a_newer_version_opens_read_only(path: Path) -> None:
    path.parent.mkdir(parents=True)
    newer = {"_meta": {"1": {"format": 99}}, "notes": {}, "threads": {"1": {"x": 1}}}
    path.write_text(json.dumps(newer), encoding="utf-8")
    with UserData(path) as data:
        assert data.read_only
        assert "newer summit-tui" in data.notices[0]
        with pytest.raises(ReadOnlyError, match="newer"):
            data.toggle_bookmark("r1")
    assert saved(path) == newer


def test_tables_of_other_versions_are_kept_on_write(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"tags": {"1": {"id": "r1", "tag": "x"}}}), encoding="utf-8")
    with UserData(path) as data:
        data.set_note("r1", "n")
    assert saved(path)["tags"] == {"1": {"id": "r1", "tag": "x"}}


# --- two instances and read-only -----------------------------------------------------------


def assert_read_only(data: UserData) -> None:
    for change in (
        lambda: data.toggle_bookmark("r1"),
        lambda: data.set_bookmark("r9", True),
        lambda: data.set_bookmark("r9", False),
        lambda: data.set_note("r1", "new"),
        lambda: data.set_note("r1", ""),
        lambda: data.set_note("r1", "in backup"),
    ):
        with pytest.raises(ReadOnlyError):
            change()


def test_second_instance_in_this_process_is_read_only(path: Path) -> None:
    seed(path)
    first = UserData(path)
    second = UserData(path)
    assert first.read_only is False
    assert second.read_only is True
    assert second.notices == [LOCKED_NOTICE]
    assert second.notes() == first.notes()  # it can still read
    assert_read_only(second)
    first.set_note("r1", "first still writes")
    first.close()
    second.close()
    with UserData(path) as third:  # the lock went with the first instance
        assert third.read_only is False
        assert third.note("r1") == "first still writes"


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from summit_tui.core.userstate.notes import UserData
    data = UserData(Path(sys.argv[1]))
    print("read_only" if data.read_only else "writer", flush=True)
    sys.stdin.readline()
    data.set_note("from-holder", "written while the other was open")
    print("saved", flush=True)
    sys.stdin.readline()
    """
)


def test_second_instance_in_another_process_is_read_only(path: Path) -> None:
    seed(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "writer"
        with UserData(path) as mine:
            assert mine.read_only
            assert mine.notices == [LOCKED_NOTICE]
            assert_read_only(mine)
            holder.stdin.write("go\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "saved"
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    with UserData(path) as mine:
        assert mine.read_only is False
        assert mine.note("from-holder") == "written while the other was open"
        assert mine.note("r2") == "only in main"


def test_read_only_window_changes_nothing_on_disk_even_when_damaged(path: Path) -> None:
    seed(path)
    path.write_bytes(b"{broken")
    lock = InstanceLock(lock_path(path))
    assert lock.acquire()  # another instance holds the lock
    try:
        with UserData(path) as data:
            assert data.read_only
            assert data.notes() == {"r1": "in backup"}
            assert data.notices[0] == LOCKED_NOTICE
            assert "read-only window shows the backup" in data.notices[1]
    finally:
        lock.release()
    assert path.read_bytes() == b"{broken"
    assert aside(path, path.name) == []


def test_locks_that_do_not_work_fall_back_to_read_only(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(self: InstanceLock) -> bool:
        raise OSError(37, "No locks available")

    monkeypatch.setattr(InstanceLock, "acquire", no_locks)
    with UserData(path) as data:
        assert data.read_only
        assert "No locks available" in data.notices[0]
        with pytest.raises(ReadOnlyError, match="Could not lock"):
            data.set_note("r1", "x")


def test_explicit_read_only_takes_no_lock(path: Path) -> None:
    seed(path)
    with UserData(path, read_only=True) as viewer, UserData(path) as writer:
        assert viewer.read_only and viewer.notices == []
        assert writer.read_only is False
        assert_read_only(viewer)
    with UserData(storage=MemoryStorage(), read_only=True) as memory, pytest.raises(ReadOnlyError):
        memory.set_note("r1", "x")


def test_closing_twice_is_harmless(path: Path) -> None:
    data = UserData(path)
    data.close()
    data.close()
    with UserData(path) as again:  # the lock was let go once, and nothing broke
        assert not again.read_only
        again.set_note("r1", "after two closes")
        assert again.note("r1") == "after two closes"


# --- the file is read as untrusted; a linked file is written through its link --------------


def test_a_symlinked_notes_file_is_written_through_the_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "userdata.json"
    link = tmp_path / "data" / "userdata.json"
    link.parent.mkdir()
    link.symlink_to(target)
    with UserData(link) as data:
        data.set_note("r1", "first")
        data.set_note("r1", "second")
    assert link.is_symlink() and link.resolve() == target
    assert saved(target)["notes"]["1"]["text"] == "second"
    assert backup_path(target).exists()
    assert leftovers(dotfiles) == [] and leftovers(link.parent) == []
    with UserData(link) as again:
        assert again.notes() == {"r1": "second"}


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_a_notes_file_that_is_not_a_regular_file_opens_read_only(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True)
    if kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    opened: list[UserData] = []
    opener = threading.Thread(target=lambda: opened.append(UserData(path)), daemon=True)
    opener.start()
    opener.join(5)
    assert opened, "opening the notes blocked"
    with opened[0] as data:
        assert data.read_only and data.notes() == {}
        assert "not a regular file" in data.notices[0]
        with pytest.raises(ReadOnlyError):
            data.set_note("r1", "x")
    assert aside(path, path.name) == []  # not known to be damaged: left where it is


def test_a_notes_file_over_the_cap_opens_read_only_without_reading_it(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with path.open("wb") as fh:
        fh.truncate(userdata_module.MAX_FILE_BYTES + 1)  # sparse: nothing to read
    with UserData(path) as data:
        assert data.read_only
        assert "too large" in data.notices[0]
    assert path.stat().st_size == userdata_module.MAX_FILE_BYTES + 1
    assert aside(path, path.name) == []
