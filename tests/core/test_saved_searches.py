"""Saved searches: a hidden YAML file in the data folder, read safely, changed under a lock
and written atomically."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from analysis_corpus import load_entries, write_folder

from summit_tui.core.files.listing import readout_files
from summit_tui.core.support.locks import InstanceLock, lock_path, locked
from summit_tui.core.userstate.saved_searches import (
    FILE_NAME,
    SavedSearch,
    SavedSearchError,
    delete_search,
    load_saved,
    save_search,
    saved_path,
)

MINERALS = SavedSearch("Minerals", 'topic:"critical minerals"', {"countries": ["MY"]})


def test_nothing_saved_yet(tmp_path: Path) -> None:
    assert load_saved(tmp_path) == ([], [])


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    save_search(tmp_path, MINERALS)
    save_search(tmp_path, SavedSearch("Recent", "year:2025"))
    assert saved_path(tmp_path) == tmp_path / FILE_NAME == tmp_path / ".saved-searches.yaml"
    searches, problems = load_saved(tmp_path)
    assert problems == []
    assert searches == [MINERALS, SavedSearch("Recent", "year:2025")]


def test_saving_a_name_again_replaces_it_in_place(tmp_path: Path) -> None:
    save_search(tmp_path, MINERALS)
    save_search(tmp_path, SavedSearch("Other", "kind:summit"))
    save_search(tmp_path, SavedSearch(" Minerals ", "topic:energy"))
    searches, _ = load_saved(tmp_path)
    assert [(s.name, s.query) for s in searches] == [
        ("Minerals", "topic:energy"),
        ("Other", "kind:summit"),
    ]


def test_delete(tmp_path: Path) -> None:
    save_search(tmp_path, MINERALS)
    save_search(tmp_path, SavedSearch("Other", "x"))
    assert delete_search(tmp_path, "Minerals") is True
    assert delete_search(tmp_path, "Minerals") is False
    assert load_saved(tmp_path)[0] == [SavedSearch("Other", "x")]
    assert delete_search(tmp_path, "Other") is True
    assert load_saved(tmp_path) == ([], [])


def test_hostile_text_survives_as_text(tmp_path: Path) -> None:
    odd = SavedSearch("!!python/object:os.system", "a: b # c\n- d\n'\"{}[]&*", {"topics": ["yes"]})
    save_search(tmp_path, odd)
    assert load_saved(tmp_path) == ([odd], [])


def test_an_empty_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="name"):
        save_search(tmp_path, SavedSearch("  ", "x"))
    assert not saved_path(tmp_path).exists()


def test_the_file_is_not_taken_for_a_readout(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data")
    save_search(folder, MINERALS)
    names = [rel for rel, _ in readout_files(folder)]
    assert FILE_NAME not in names and len(names) == 6
    assert len(load_entries(tmp_path)) == 6  # a real sync of the folder still loads cleanly


def test_the_write_is_atomic_and_leaves_no_temp_file(tmp_path: Path) -> None:
    save_search(tmp_path, MINERALS)
    inode = os.stat(saved_path(tmp_path)).st_ino
    save_search(tmp_path, SavedSearch("Other", "x"))
    assert os.stat(saved_path(tmp_path)).st_ino != inode  # replaced, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME, f"{FILE_NAME}.lock"]


# A window of its own: saves its searches as soon as the test says "go".
SAVER = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path

    from summit_tui.core.userstate.saved_searches import SavedSearch, save_search

    folder, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    end = time.monotonic() + 60  # every window starts at once, when the test says "go"
    while not (folder / "go").exists():
        assert time.monotonic() < end, "no go"
        time.sleep(0.001)
    for i in range(count):
        save_search(folder, SavedSearch(f"{who} {i}", f"kind:summit {who} {i}"))
    """
)
WINDOWS = 3
SAVES = 15


def test_windows_saving_at_the_same_time_keep_every_search(tmp_path: Path) -> None:
    save_search(tmp_path, MINERALS)
    windows = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path), f"w{n}", str(SAVES)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(WINDOWS)
    ]
    try:
        for window in windows:
            assert window.stdout is not None and window.stdout.readline() == "ready\n"
        (tmp_path / "go").touch()
        for window in windows:
            assert window.wait(timeout=60) == 0
    finally:
        for window in windows:
            window.kill()
            window.wait()
    searches, problems = load_saved(tmp_path)
    assert problems == []
    expected = {f"w{n} {i}" for n in range(WINDOWS) for i in range(SAVES)} | {"Minerals"}
    assert {s.name for s in searches} == expected  # nobody's save was lost


def test_a_change_waits_for_the_lock_and_gives_up_with_a_reason(tmp_path: Path) -> None:
    other = InstanceLock(lock_path(saved_path(tmp_path)))
    assert other.acquire()  # another window in the middle of its change
    done = threading.Timer(0.2, other.release)  # the other change ends in a moment
    try:
        with (
            pytest.raises(TimeoutError, match="held by another writer"),
            locked(other.path, timeout=0.05),
        ):
            pass
        done.start()
        save_search(tmp_path, MINERALS)  # waits until the other change is done
    finally:
        done.cancel()
        if done.is_alive():
            done.join()
        other.release()
    assert not other.held and load_saved(tmp_path) == ([MINERALS], [])


def test_a_hand_written_file_with_single_values_and_nulls(tmp_path: Path) -> None:
    saved_path(tmp_path).write_text(
        "- name: 2024\n  query: ~\n  filters:\n    countries: MY\n    years: [2024]\n"
        "- name: Plain\n  query: kind:summit\n  filters: ~\n",
        encoding="utf-8",
    )
    searches, problems = load_saved(tmp_path)
    assert problems == []
    assert searches == [
        SavedSearch("2024", "", {"countries": ["MY"], "years": ["2024"]}),
        SavedSearch("Plain", "kind:summit"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- name: a\n  query: [unclosed\n", 3, "not valid YAML"),
        ("- name: a\n\tquery: x\n", 2, "not valid YAML"),
        ("name: a\nquery: b\n", 1, "list of saved searches"),
        ("- name: a\n  query: x\n- just text\n", 3, "mapping with name and query"),
        ("- query: x\n", 1, "needs a name"),
        ("- name: a\n  query: x\n  colour: red\n", 3, "unknown field 'colour'"),
        ("- name: a\n  query: x\n  filters:\n    planets: [mars]\n", 4, "unknown filter"),
        ("- name: a\n  query: {x: 1}\n", 2, "query should be text"),
        ("- name: a\n  query: x\n- name: a\n  query: y\n", 3, "second search named 'a'"),
        ("- name: ''\n  query: x\n", 1, "name is empty"),
    ],
)
def test_a_broken_file_gives_problems_with_lines(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    saved_path(tmp_path).write_text(text, encoding="utf-8")
    searches, problems = load_saved(tmp_path)
    assert problems, searches
    assert problems[0].line == line
    assert message in problems[0].message
    assert problems[0].path == str(saved_path(tmp_path))


def test_good_entries_beside_a_broken_one_still_load(tmp_path: Path) -> None:
    saved_path(tmp_path).write_text("- name: good\n  query: x\n- 42\n", encoding="utf-8")
    searches, problems = load_saved(tmp_path)
    assert searches == [SavedSearch("good", "x")]
    assert len(problems) == 1


@pytest.mark.parametrize(
    "raw",
    [b"\xff\xfe\x00bad", b"!!python/object/apply:os.system ['x']\n", b"- &a [*a]\n", b"\x00\x01"],
)
def test_hostile_or_binary_files_never_raise(tmp_path: Path, raw: bytes) -> None:
    saved_path(tmp_path).write_bytes(raw)
    searches, problems = load_saved(tmp_path)
    assert searches == [] and problems


def test_an_unreadable_path_is_a_problem(tmp_path: Path) -> None:
    saved_path(tmp_path).mkdir()
    searches, problems = load_saved(tmp_path)
    assert searches == [] and "cannot be read" in problems[0].message


def test_a_broken_file_is_never_overwritten(tmp_path: Path) -> None:
    broken = "- name: mine\n  query: [oops\n"
    saved_path(tmp_path).write_text(broken, encoding="utf-8")
    with pytest.raises(SavedSearchError, match=r"\.saved-searches\.yaml:3"):
        save_search(tmp_path, MINERALS)
    with pytest.raises(SavedSearchError):
        delete_search(tmp_path, "mine")
    assert saved_path(tmp_path).read_text(encoding="utf-8") == broken


# --- a shared file is untrusted: size, nesting, kind of file, each field ---------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[" * 400 + "]" * 400, 1),
        ("- name: a\n  query: x\n  filters:\n    countries: " + "[" * 300 + "]" * 300 + "\n", 4),
        ("- " * 500 + "x\n", 1),
    ],
)
def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path, text: str, line: int) -> None:
    saved_path(tmp_path).write_text(text, encoding="utf-8")
    searches, problems = load_saved(tmp_path)
    assert searches == []
    assert "nested more than" in problems[0].message and problems[0].line == line


@pytest.mark.parametrize("query", ["(" * 300 + "x" + ")" * 300, "-" * 3000 + "x", "x" * 5000])
def test_a_deeply_nested_or_huge_query_is_left_out_with_a_reason(
    tmp_path: Path, query: str
) -> None:
    saved_path(tmp_path).write_text(
        f"- name: good\n  query: x\n- name: bad\n  query: '{query}'\n", encoding="utf-8"
    )
    searches, problems = load_saved(tmp_path)
    assert searches == [SavedSearch("good", "x")]
    assert problems[0].line == 4 and "'bad' is left out" in problems[0].message


@pytest.mark.parametrize("year", ["²", "2025²", "٢٠٢٥", "99999", "0", "-1", "2025.0"])
def test_a_year_that_is_not_ascii_digits_is_a_problem(tmp_path: Path, year: str) -> None:
    saved_path(tmp_path).write_text(
        f"- name: a\n  query: x\n  filters:\n    years: ['2024', '{year}']\n", encoding="utf-8"
    )
    searches, problems = load_saved(tmp_path)
    assert searches == [SavedSearch("a", "x", {"years": ["2024"]})]
    assert problems[0].line == 4 and "is not a year" in problems[0].message


def test_a_year_from_any_file_never_reaches_int(tmp_path: Path) -> None:
    from summit_tui.core.search.stored_filters import filters_from_dict

    assert filters_from_dict({"years": ["²", "2024", "١٩٩٩", " 7 "]}).years == {2024, 7}


def test_a_symlink_to_a_device_is_refused_without_reading(tmp_path: Path) -> None:
    saved_path(tmp_path).symlink_to("/dev/zero")
    searches, problems = load_saved(tmp_path)
    assert searches == [] and "a device" in problems[0].message


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(saved_path(tmp_path))
    done: list[object] = []
    reader = threading.Thread(target=lambda: done.append(load_saved(tmp_path)), daemon=True)
    reader.start()
    reader.join(5)
    assert done, "reading a FIFO blocked"
    searches, problems = done[0]  # type: ignore[misc]
    assert searches == [] and "FIFO" in problems[0].message


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.yaml"
    real.write_text("- name: a\n  query: x\n", encoding="utf-8")
    saved_path(tmp_path).symlink_to(real)
    assert load_saved(tmp_path) == ([SavedSearch("a", "x")], [])


def test_a_file_over_the_cap_is_reported_at_once(tmp_path: Path) -> None:
    import time

    from summit_tui.core.userstate.saved_searches import MAX_FILE_BYTES

    entry = '- name: search {}\n  query: topic:"critical minerals" OR country:MY\n'
    with saved_path(tmp_path).open("w", encoding="utf-8") as fh:
        for i in range(150_000):  # about 10 MB of valid searches
            fh.write(entry.format(i))
    assert saved_path(tmp_path).stat().st_size > 10 * MAX_FILE_BYTES
    start = time.monotonic()
    searches, problems = load_saved(tmp_path)
    assert time.monotonic() - start < 1.0
    assert searches == [] and "too large" in problems[0].message
    with pytest.raises(SavedSearchError):  # and never overwritten
        save_search(tmp_path, MINERALS)


def test_more_searches_than_the_limit_are_reported(tmp_path: Path) -> None:
    from summit_tui.core.userstate.saved_searches import MAX_SEARCHES

    saved_path(tmp_path).write_text(
        "".join(f"- {{name: s{i}, query: x}}\n" for i in range(MAX_SEARCHES + 5)), encoding="utf-8"
    )
    searches, problems = load_saved(tmp_path)
    assert len(searches) == MAX_SEARCHES
    assert problems[0].line == MAX_SEARCHES + 1 and "only the first" in problems[0].message


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_a_planted_lock_file_is_never_opened(tmp_path: Path, kind: str) -> None:
    victim = tmp_path / "elsewhere" / "victim"
    victim.parent.mkdir()
    folder = tmp_path / "shared"
    folder.mkdir()
    lock = lock_path(saved_path(folder))
    if kind == "symlink":
        lock.symlink_to(victim)  # git stores symlinks: the lock could point anywhere
    else:
        os.mkfifo(lock)
    with pytest.raises(OSError):
        save_search(folder, MINERALS)
    assert not victim.exists() and not saved_path(folder).exists()
