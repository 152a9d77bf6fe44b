"""ReadoutStore: syncing a folder of YAML readouts into TinyDB, on memory and on a JSON file."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest
from stores import entry_by_id
from tinydb.storages import MemoryStorage

from summit_tui.core.files.listing import FileStamp
from summit_tui.core.files.reading import parse_chunk, parse_file
from summit_tui.core.model.entry import Entry
from summit_tui.core.store.paths import default_db_path, shard_folder
from summit_tui.core.store.readouts import CHECKED_STAMPS, ReadoutStore, duplicate_ids
from summit_tui.core.store.report import SyncReport
from summit_tui.core.store.shards import shard_of
from summit_tui.core.store.stamps_file import STAMPS_FILE

StoreFactory = Callable[[], ReadoutStore]


def readout_yaml(title: str, date: str, *, rid: str | None = None, extra: str = "") -> str:
    head = f"id: {rid}\n" if rid else ""
    return f"{head}title: {title}\ndate: {date}\ncountries: [NO, CL]\n{extra}"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def bump_mtime(path: Path) -> None:
    """Give the file a modification time clearly different from the one stored."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def titles(store: ReadoutStore) -> list[str]:
    return [e.readout.title for e in store.entries()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three good fictional readouts on three dates."""
    data = tmp_path / "readouts"
    write(data, "a.yaml", readout_yaml("Alpha Talks", "2031-01-05"))
    write(data, "b.yaml", readout_yaml("Bravo Summit", "2031-03-01"))
    write(data, "c.yaml", readout_yaml("Charlie Call", "2030-12-31"))
    return data


@pytest.fixture(params=["memory", "injected", "json"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """A factory of stores; with "json", each store opens the same database file."""
    storage = MemoryStorage()

    def make() -> ReadoutStore:
        if request.param == "memory":
            return ReadoutStore()
        if request.param == "injected":
            return ReadoutStore(storage)
        return ReadoutStore(path=tmp_path / "cache" / "db.json")

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "db.json"


# --- sync on any storage --------------------------------------------------------------------


def test_first_sync_adds_every_file(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    assert report.changed and not report.cancelled and report.problems == []
    assert report.summary() == "3 new"
    assert len(store) == 3
    assert titles(store) == ["Bravo Summit", "Alpha Talks", "Charlie Call"]  # newest first


def test_second_sync_changes_nothing(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    store.sync(folder)
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 3)
    assert not report.changed
    assert report.summary() == "up to date"


def test_changed_file_is_parsed_again(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    store.sync(folder)
    path = write(folder, "a.yaml", readout_yaml("Alpha Talks, Revised Edition", "2031-01-05"))
    bump_mtime(path)
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 2)
    assert report.summary() == "1 updated"
    assert len(store) == 3
    assert entry_by_id(store, "a").readout.title == "Alpha Talks, Revised Edition"


def test_deleted_file_is_removed(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    store.sync(folder)
    (folder / "b.yaml").unlink()
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 1, 2)
    assert report.summary() == "1 removed"
    assert entry_by_id(store, "b") is None
    assert titles(store) == ["Alpha Talks", "Charlie Call"]


def test_renamed_file_is_one_removal_and_one_addition(
    make_store: StoreFactory, folder: Path
) -> None:
    store = make_store()
    store.sync(folder)
    (folder / "c.yaml").rename(folder / "charlie.yaml")
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 0, 1, 2)
    assert entry_by_id(store, "c") is None
    assert entry_by_id(store, "charlie").path == "charlie.yaml"
    assert len(store) == 3


def test_new_file_is_added(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    store.sync(folder)
    write(folder, "2030/d.yml", readout_yaml("Delta Meeting", "2030-06-01"))
    report = store.sync(folder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 0, 0, 3)
    assert entry_by_id(store, "d").path == os.path.join("2030", "d.yml")


def test_only_visible_yaml_files_are_readouts(make_store: StoreFactory, folder: Path) -> None:
    write(folder, ".hidden.yaml", readout_yaml("Hidden", "2031-01-01"))
    write(folder, ".git/x.yaml", readout_yaml("In A Hidden Folder", "2031-01-01"))
    write(folder, "notes.txt", "title: not a readout\n")
    write(folder, "README.md", "# readme\n")
    write(folder, "UPPER.YAML", readout_yaml("Upper Case Suffix", "2031-01-01"))
    write(folder, "deep/er/e.yaml", readout_yaml("Echo", "2031-01-01"))
    store = make_store()
    report = store.sync(folder)
    assert report.added == 5
    assert sorted(e.path for e in store.entries()) == sorted(
        ["a.yaml", "b.yaml", "c.yaml", "UPPER.YAML", os.path.join("deep", "er", "e.yaml")]
    )


def test_empty_or_missing_folder(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store()
    assert store.sync(tmp_path / "does-not-exist").summary() == "up to date"
    (tmp_path / "empty").mkdir()
    assert store.sync(tmp_path / "empty").added == 0
    assert store.entries() == []


def test_entries_are_derived(make_store: StoreFactory, tmp_path: Path) -> None:
    write(
        tmp_path,
        "x.yaml",
        readout_yaml(
            "Norway-Chile Talks",
            "2031-01-02",
            extra="sections:\n  - paragraphs:\n      - Chile and Norway discussed rare earths"
            " and Ukraine.\n",
        ),
    )
    store = make_store()
    store.sync(tmp_path)
    [entry] = store.entries()
    assert entry.readout.countries == ("NO", "CL")
    assert entry.mentions == ("UA",)  # parties are not mentions
    assert "critical minerals" in entry.topics
    assert entry.section_topics == (("critical minerals", "ukraine"),)


def test_broken_file_does_not_stop_the_good_ones(
    make_store: StoreFactory, tmp_path: Path, fixture_readouts: Path
) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(fixture_readouts / "good", folder)
    shutil.copy(fixture_readouts / "broken" / "impossible-date.yaml", folder / "broken.yaml")
    store = make_store()
    report = store.sync(folder)
    assert report.added == 3
    assert [e.readout.title for e in store.entries()] == [
        "Kenya-Fiji Video Conference",
        "Norway-Chile Telephone Talk",
    ]
    [problem] = report.problems
    assert (problem.path, problem.line, problem.column) == ("broken.yaml", 3, 7)
    assert "2031-02-30" in problem.message
    assert report.summary() == "3 new, 1 file with problems"
    assert store.problems() == [problem]

    warm = store.sync(folder)  # the broken file is not parsed again, its problems remain
    assert (warm.added, warm.unchanged) == (0, 3)
    assert warm.problems == [problem]
    assert warm.summary() == "1 file with problems"


def test_fixing_a_broken_file_clears_its_problems(make_store: StoreFactory, folder: Path) -> None:
    bad = write(folder, "bad.yaml", "title: Broken\ndate: 2031-01-02\ncolour: red\n")
    store = make_store()
    assert [p.line for p in store.sync(folder).problems] == [3]
    write(folder, "bad.yaml", "title: Mended\ndate: 2031-01-02\n")
    bump_mtime(bad)
    report = store.sync(folder)
    assert (report.updated, report.problems) == (1, [])
    assert store.problems() == []
    assert entry_by_id(store, "bad").readout.title == "Mended"


def test_breaking_a_good_file_replaces_its_readout_with_problems(
    make_store: StoreFactory, folder: Path
) -> None:
    store = make_store()
    store.sync(folder)
    path = write(folder, "a.yaml", "title: Alpha\ndate: 2031-13-01\n")
    bump_mtime(path)
    report = store.sync(folder)
    assert report.updated == 1
    assert [(p.path, p.line) for p in report.problems] == [("a.yaml", 2)]
    assert entry_by_id(store, "a") is None
    assert len(store) == 2


def test_problems_sorted_by_file_then_line(make_store: StoreFactory, tmp_path: Path) -> None:
    write(tmp_path, "z.yaml", "title: Z\ndate: 2031-01-02\nkind: banquet\ncolour: red\n")
    write(tmp_path, "m.yaml", "- a list\n")
    store = make_store()
    report = store.sync(tmp_path)
    assert [(p.path, p.line) for p in report.problems] == [
        ("m.yaml", 1),
        ("z.yaml", 3),
        ("z.yaml", 4),
    ]
    assert report.summary() == "2 new, 2 files with problems"


def test_cancel_before_start_stores_nothing_and_a_later_sync_completes(
    make_store: StoreFactory, folder: Path
) -> None:
    store = make_store()
    cancel = threading.Event()
    cancel.set()
    report = store.sync(folder, cancel=cancel)
    assert report.cancelled and report.added == 0
    assert "stopped before the end" in report.summary()
    assert len(store) == 0
    again = store.sync(folder, cancel=threading.Event())
    assert (again.added, again.cancelled) == (3, False)
    assert len(store) == 3


def test_cancel_part_way_keeps_what_was_stored(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    cancel = threading.Event()
    progress: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        progress.append((done, total))
        if done == 1:
            cancel.set()

    report = store.sync(folder, cancel=cancel, on_progress=on_progress, batch_size=1)
    assert report.cancelled
    assert report.added == 1
    assert progress == [(0, 3), (1, 3)]
    assert len(store) == 1
    rest = store.sync(folder)
    assert (rest.added, rest.unchanged, rest.cancelled) == (2, 1, False)
    assert len(store) == 3


def test_progress_and_batches_report_every_new_entry(
    make_store: StoreFactory, folder: Path
) -> None:
    store = make_store()
    progress: list[tuple[int, int]] = []
    batches: list[list[Entry]] = []
    store.sync(
        folder,
        on_progress=lambda d, t: progress.append((d, t)),
        on_batch=batches.append,
        batch_size=2,
    )
    assert progress == [(0, 3), (2, 3), (3, 3)]
    assert [len(b) for b in batches] == [2, 1]
    assert sorted(e.id for b in batches for e in b) == ["a", "b", "c"]
    progress.clear()
    store.sync(folder, on_progress=lambda d, t: progress.append((d, t)))
    assert progress == [(0, 0)]


def test_file_deleted_during_sync_is_a_problem_not_a_crash(
    make_store: StoreFactory, folder: Path
) -> None:
    store = make_store()

    def on_progress(done: int, total: int) -> None:
        if done == 1:
            (folder / "c.yaml").unlink()  # files are parsed in name order: a, b, c

    report = store.sync(folder, on_progress=on_progress, batch_size=1)
    assert report.added == 3
    assert [(p.path, p.message.startswith("cannot read the file")) for p in report.problems] == [
        ("c.yaml", True)
    ]
    later = store.sync(folder)
    assert (later.removed, later.problems) == (1, [])


def test_get_and_len(make_store: StoreFactory, folder: Path) -> None:
    store = make_store()
    assert entry_by_id(store, "a") is None and len(store) == 0
    store.sync(folder)
    assert entry_by_id(store, "b").readout.title == "Bravo Summit"
    assert entry_by_id(store, "nope") is None


def test_entries_newest_first(make_store: StoreFactory, tmp_path: Path) -> None:
    for name, date in [("p", "2029-05-01"), ("q", "2031-07-01"), ("r", "2030-01-01")]:
        write(tmp_path, f"{name}.yaml", readout_yaml(f"Meeting {name}", date))
    store = make_store()
    store.sync(tmp_path)
    assert [e.readout.date.isoformat() for e in store.entries()] == [
        "2031-07-01",
        "2030-01-01",
        "2029-05-01",
    ]


def test_entries_of_the_same_day_are_alphabetical(tmp_path: Path) -> None:
    for name in ("Zulu Call", "Alpha Call", "Mike Call"):
        write(tmp_path, f"{name[0]}.yaml", readout_yaml(name, "2031-01-02"))
    store = ReadoutStore()
    store.sync(tmp_path)
    assert titles(store) == ["Alpha Call", "Mike Call", "Zulu Call"]


def test_duplicate_ids(make_store: StoreFactory, tmp_path: Path) -> None:
    write(tmp_path, "one.yaml", readout_yaml("First", "2031-01-01", rid="same-id"))
    write(tmp_path, "two.yaml", readout_yaml("Second", "2031-01-02", rid="same-id"))
    write(tmp_path, "three.yaml", readout_yaml("Third", "2031-01-03"))
    store = make_store()
    store.sync(tmp_path)
    assert len(store) == 3  # both are kept; the user is told
    [problem] = duplicate_ids(store.entries())
    assert problem.path == "two.yaml"
    assert problem.message == "duplicate id 'same-id': one.yaml uses it too"
    assert duplicate_ids([]) == []


def test_sync_report_summary() -> None:
    assert SyncReport().summary() == "up to date"
    assert SyncReport(added=1_200, updated=2, removed=1).summary() == (
        "2 updated, 1,200 new, 1 removed"
    )
    assert SyncReport(cancelled=True).summary() == "stopped before the end"
    assert not SyncReport(unchanged=5).changed


# --- the JSON file: a cache that survives restarts ------------------------------------------


def test_new_store_on_the_same_file_sees_the_readouts(folder: Path, db_path: Path) -> None:
    ReadoutStore(path=db_path).sync(folder)
    assert db_path.is_file()
    reopened = ReadoutStore(path=db_path)
    assert titles(reopened) == ["Bravo Summit", "Alpha Talks", "Charlie Call"]
    report = reopened.sync(folder)
    assert (report.added, report.unchanged) == (0, 3)


def test_unchanged_files_are_not_parsed_again(folder: Path, db_path: Path) -> None:
    ReadoutStore(path=db_path).sync(folder)
    path = folder / "a.yaml"
    before = path.stat()
    new_text = path.read_text("utf-8").replace("Alpha Talks", "Omega Talks")
    assert len(new_text.encode()) == before.st_size
    path.write_text(new_text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime

    store = ReadoutStore(path=db_path)
    report = store.sync(folder)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert entry_by_id(store, "a").readout.title == "Alpha Talks"  # the old parse, from the cache

    bump_mtime(path)
    report = ReadoutStore(path=db_path).sync(folder)
    assert report.updated == 1
    assert entry_by_id(ReadoutStore(path=db_path), "a").readout.title == "Omega Talks"


def test_problems_survive_a_restart(tmp_path: Path, db_path: Path, fixture_readouts: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(fixture_readouts / "good", folder)
    shutil.copytree(fixture_readouts / "broken", folder / "broken")
    first = ReadoutStore(path=db_path).sync(folder)
    store = ReadoutStore(path=db_path)
    warm = store.sync(folder)
    assert warm.unchanged == 4 and warm.added == 0
    assert warm.problems == first.problems
    assert [(p.path, p.line, p.column) for p in warm.problems] == [
        (os.path.join("broken", "impossible-date.yaml"), 3, 7),
        (os.path.join("broken", "unknown-field.yaml"), 3, 1),
    ]
    assert store.problems() == warm.problems


def stored_docs(db_path: Path) -> list[dict]:
    """Every file record in the database's shards, read as plain JSON."""
    docs = []
    for shard in sorted(shard_folder(db_path).glob("shard-*.json")):
        docs.extend(json.loads(shard.read_text("utf-8"))["files"].values())
    return docs


def test_the_files_are_json_written_atomically(folder: Path, db_path: Path) -> None:
    store = ReadoutStore(path=db_path)
    store.sync(folder)
    assert set(json.loads(db_path.read_text("utf-8"))) == {"meta"}  # the manifest
    assert sorted(d["path"] for d in stored_docs(db_path)) == ["a.yaml", "b.yaml", "c.yaml"]
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["db.json", "db.json.d"]
    shards = {p.name for p in shard_folder(db_path).iterdir()}  # no temp files
    written = {f"shard-{shard_of(n):02d}" for n in ("a.yaml", "b.yaml", "c.yaml")}
    suffixes = (".json", ".texts", ".people")
    assert shards == {f"{name}{suffix}" for name in written for suffix in suffixes} | {
        CHECKED_STAMPS,
        STAMPS_FILE,
    }
    store.close()


def test_cancelled_sync_is_written_too(folder: Path, db_path: Path) -> None:
    cancel = threading.Event()

    def on_progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    ReadoutStore(path=db_path).sync(folder, cancel=cancel, on_progress=on_progress, batch_size=1)
    store = ReadoutStore(path=db_path)
    assert len(store) == 2
    report = store.sync(folder)
    assert (report.added, report.unchanged) == (1, 2)


@pytest.mark.parametrize(
    "damage", [b"garbage", b'{"files": {"1": ', b"[]", b"null", b"\xff\xfe\x00", b"42"]
)
def test_corrupt_file_is_moved_aside_and_rebuilt(
    folder: Path, db_path: Path, damage: bytes
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(damage)
    store = ReadoutStore(path=db_path)
    (aside,) = db_path.parent.glob("db.json.corrupt-*")
    assert aside.read_bytes() == damage
    [notice] = store.notices
    assert aside.name in notice and "rebuilt" in notice
    report = store.sync(folder)
    assert report.added == 3
    assert len(ReadoutStore(path=db_path)) == 3


@pytest.mark.parametrize(
    "damage",
    [
        b'{"files": []}',
        b'{"files": 3}',
        b'{"files": {"x": {}}}',
        b'{"files": {"1": {"path": "a.yaml"}}}',
    ],
)
def test_wrongly_shaped_json_is_moved_aside_and_rebuilt(
    folder: Path, db_path: Path, damage: bytes
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(damage)
    store = ReadoutStore(path=db_path)
    report = store.sync(folder)
    assert report.added == 3
    (aside,) = db_path.parent.glob("db.json.corrupt-*")
    assert aside.read_bytes() == damage


def test_empty_file_is_a_fresh_cache(folder: Path, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    store = ReadoutStore(path=db_path)
    assert store.notices == []
    assert store.sync(folder).added == 3


def test_cache_of_another_version_is_rebuilt(folder: Path, db_path: Path) -> None:
    ReadoutStore(path=db_path).sync(folder)
    data = json.loads(db_path.read_text("utf-8"))
    data["meta"]["1"]["version"] = "0.0.0-old"
    db_path.write_text(json.dumps(data), encoding="utf-8")
    report = ReadoutStore(path=db_path).sync(folder)
    assert report.rebuilt
    assert (report.added, report.unchanged) == (3, 0)
    again = ReadoutStore(path=db_path).sync(folder)
    assert (again.rebuilt, again.unchanged) == ("", 3)


# --- where the cache lives -----------------------------------------------------------------


def test_default_db_path_is_per_folder_in_the_user_cache(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    cache = platformdirs.user_cache_path("summit-tui")
    assert default_db_path(one).parent == cache
    assert default_db_path(one) != default_db_path(two)
    assert default_db_path(one).suffix == ".json"
    assert default_db_path(one).name.startswith("one-")
    # the same folder written differently is the same cache
    assert default_db_path(two / ".." / "one") == default_db_path(one)
    assert default_db_path(Path(str(one) + "/")) == default_db_path(one)


def test_default_db_path_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = default_db_path(tmp_path / "data")
    if not str(path).startswith(str(tmp_path / "xdg")):
        pytest.skip("this platform does not use XDG_CACHE_HOME")
    assert path.parent == tmp_path / "xdg" / "summit-tui"


def test_default_db_path_of_odd_folder_names(tmp_path: Path) -> None:
    odd = tmp_path / "Ré ad/outs [2031]"
    odd.mkdir(parents=True)
    path = default_db_path(odd)
    assert path.name.startswith("outs--2031--")
    assert default_db_path(Path("/")).name.startswith("root-")


def test_removed_ids_name_readouts_that_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "ids"
    folder.mkdir()
    write(folder, "a.yaml", readout_yaml("Alpha Call", "2031-01-02"))
    write(folder, "b.yaml", readout_yaml("Bravo Call", "2031-01-03"))
    write(folder, "c.yaml", readout_yaml("Charlie Call", "2031-01-04", rid="charlie"))
    store = ReadoutStore()
    store.sync(folder)
    ids = {e.path: e.id for e in store.entries()}
    (folder / "a.yaml").unlink()  # deleted
    (folder / "b.yaml").write_text("title: [broken\n", encoding="utf-8")  # now fails
    os.replace(folder / "c.yaml", folder / "renamed.yaml")  # renamed: same id
    report = store.sync(folder)
    assert report.removed_ids == {ids["a.yaml"], ids["b.yaml"]}


def test_a_worker_chunk_gives_what_file_by_file_gives(tmp_path: Path) -> None:
    """A chunk parsed phase by phase in a worker: the same documents, in the same order,
    as each file parsed on its own, good and bad files mixed, each stamped as read."""
    data = tmp_path / "readouts"
    write(data, "a.yaml", readout_yaml("Alpha Talks on Japan and Malaysia", "2031-01-05"))
    write(data, "b.yaml", "title: [unclosed\n")
    (data / "c.yaml").write_bytes(b"title: caf\xe9\ndate: 2031-01-01\n")
    write(data, "d.yaml", readout_yaml("Delta Call", "2030-12-31", rid="delta"))
    names = ["a.yaml", "b.yaml", "c.yaml", "gone.yaml", "d.yaml"]

    chunk = parse_chunk(str(data), names)

    assert [rel for rel, _, _, _ in chunk] == names
    for rel, doc, entry, terms in chunk:
        assert entry is None and terms is None  # the documents hold the entries
        st = (data / rel).stat() if rel != "gone.yaml" else None
        stamp = FileStamp(st.st_size, st.st_mtime_ns) if st else FileStamp(-1, -1)
        assert doc == parse_file(data, rel, stamp)[1]
    docs = {rel: doc for rel, doc, _, _ in chunk}
    with_terms = parse_chunk(str(data), names, terms=True)
    assert [doc for _, doc, _, _ in with_terms] == [doc for _, doc, _, _ in chunk]
    gathered = {rel: terms for rel, _, _, terms in with_terms}
    assert [rel for rel, terms in gathered.items() if terms is not None] == ["a.yaml", "d.yaml"]
    assert docs["a.yaml"]["title"] == "Alpha Talks on Japan and Malaysia"
    assert docs["d.yaml"]["id"] == "delta"
    assert "YAML syntax" in docs["b.yaml"]["problems"][0][0]
    assert "not UTF-8" in docs["c.yaml"]["problems"][0][0]
    assert "cannot read the file" in docs["gone.yaml"]["problems"][0][0]
    assert (docs["gone.yaml"]["size"], docs["gone.yaml"]["mtime_ns"]) == (-1, -1)
