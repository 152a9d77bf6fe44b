"""FolderWatcher on real folders: one call per burst, readout files only, errors once, stop."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from waiting import wait_until
from watchfiles import Change

from summit_tui.core.files.watching import FolderWatcher, is_readout_change, watched_folders

QUIET = 0.1  # short bursts keep the tests fast
TIMEOUT = 5.0


class Calls:
    """What the watcher reported, for the test thread to wait on."""

    def __init__(self) -> None:
        self.changes = 0
        self.errors: list[str] = []
        self._lock = threading.Lock()

    def change(self) -> None:
        with self._lock:
            self.changes += 1

    def error(self, reason: str) -> None:
        with self._lock:
            self.errors.append(reason)


def settle() -> None:
    """Long enough for a burst to have ended and been reported, had there been one.

    Nothing to wait for: the tests check that no more changes are reported than so far.
    """
    time.sleep(QUIET * 5)


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[tuple[Path, Calls, FolderWatcher]]:
    folder = tmp_path / "readouts"
    folder.mkdir()
    (folder / "2023").mkdir()
    calls = Calls()
    watcher = FolderWatcher(folder, calls.change, calls.error, quiet=QUIET)
    watcher.start()
    assert watcher.ready.wait(TIMEOUT)
    yield folder, calls, watcher
    watcher.stop()
    assert not watcher.running


def test_a_burst_of_writes_is_one_call(watched) -> None:
    folder, calls, _ = watched
    for i in range(300):
        (folder / f"readout-{i}.yaml").write_text(f"title: {i}\n", encoding="utf-8")
    wait_until(lambda: calls.changes == 1)
    settle()
    assert calls.changes == 1
    (folder / "readout-7.yaml").unlink()
    wait_until(lambda: calls.changes == 2, what=lambda: (calls.changes, calls.errors))


def test_only_readout_files_count(watched) -> None:
    folder, calls, _ = watched
    (folder / "notes.txt").write_text("not a readout", encoding="utf-8")
    (folder / ".hidden.yaml").write_text("title: hidden\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "inside.yml").write_text("title: hidden\n", encoding="utf-8")
    settle()
    assert calls.changes == 0
    (folder / "2023" / "meeting.YML").write_text("title: seen\n", encoding="utf-8")
    wait_until(lambda: calls.changes == 1)


def test_new_and_moved_folders_are_watched(watched, tmp_path: Path) -> None:
    folder, calls, _ = watched
    (folder / "2024").mkdir()
    (folder / "2024" / "a.yaml").write_text("title: a\n", encoding="utf-8")
    wait_until(lambda: calls.changes == 1)
    (folder / "2024" / "b.yaml").write_text("title: b\n", encoding="utf-8")  # new folder
    wait_until(lambda: calls.changes == 2)
    shutil.move(folder / "2024", tmp_path / "elsewhere")  # a folder of readouts moved out
    wait_until(lambda: calls.changes == 3)
    (tmp_path / "elsewhere" / "a.yaml").write_text("title: gone\n", encoding="utf-8")
    settle()
    assert calls.changes == 3  # no longer watched there
    shutil.move(tmp_path / "elsewhere", folder / "2025")  # and moved back in
    wait_until(lambda: calls.changes == 4)
    assert calls.errors == []


def test_folder_removed_is_reported_once(watched) -> None:
    folder, calls, watcher = watched
    shutil.rmtree(folder)
    wait_until(lambda: not watcher.running)
    assert len(calls.errors) == 1
    assert "moved away or removed" in calls.errors[0]
    assert calls.changes == 0


def test_a_missing_folder_is_reported_and_the_thread_ends(tmp_path: Path) -> None:
    calls = Calls()
    watcher = FolderWatcher(tmp_path / "nowhere", calls.change, calls.error, quiet=QUIET)
    watcher.start()
    wait_until(lambda: not watcher.running)
    assert calls.errors == [f"{tmp_path / 'nowhere'} is gone"]
    assert not watcher.ready.is_set()


def test_stop_is_prompt_and_reports_nothing(watched) -> None:
    folder, calls, watcher = watched
    (folder / "a.yaml").write_text("title: a\n", encoding="utf-8")  # a burst under way
    start = time.monotonic()
    watcher.stop()
    assert time.monotonic() - start < 1.0
    assert not watcher.running
    assert calls.errors == []
    assert "summit-tui-watch" not in {t.name for t in threading.enumerate()}


def test_watched_folders_skip_hidden_ones(tmp_path: Path) -> None:
    for rel in ("2023/japan", ".git/objects", "2024", "2024/.cache"):
        (tmp_path / rel).mkdir(parents=True)
    (tmp_path / "2024" / "file.yaml").write_text("", encoding="utf-8")
    found = {os.path.relpath(p, tmp_path) for p in watched_folders(tmp_path)}
    assert found == {".", "2023", os.path.join("2023", "japan"), "2024"}


@pytest.mark.parametrize(
    ("change", "rel", "expected"),
    [
        (Change.added, "a.yaml", True),
        (Change.modified, "2023/a.yml", True),
        (Change.deleted, "A.YAML", True),
        (Change.added, "notes.txt", False),
        (Change.added, ".a.yaml", False),
        (Change.modified, ".git/a.yaml", False),
        (Change.deleted, "2023/.swap/a.yaml", False),
        (Change.added, "2024", True),  # a folder appeared (made by the test)
        (Change.deleted, "2023", True),  # a watched folder went
        (Change.deleted, "notes", False),  # not a folder that was watched
        (Change.deleted, ".", False),  # the folder itself: reported apart
    ],
)
def test_readout_change_rule(tmp_path: Path, change: Change, rel: str, expected: bool) -> None:
    (tmp_path / "2024").mkdir()
    root = os.fspath(tmp_path)
    path = os.path.normpath(os.path.join(root, rel))
    assert is_readout_change(change, path, root, {root, os.path.join(root, "2023")}) is expected


def test_a_name_that_is_not_utf8_is_a_change_and_watching_goes_on(watched) -> None:
    folder, calls, watcher = watched
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.yaml"), "wb") as fh:
        fh.write(b"title: x\n")
    wait_until(lambda: calls.changes == 1, what=lambda: (calls.changes, calls.errors))
    settle()
    assert calls.errors == [] and watcher.running
    (folder / "later.yaml").write_text("title: later\n", encoding="utf-8")
    wait_until(lambda: calls.changes == 2, what=lambda: (calls.changes, calls.errors))
