"""support/atomic.py: the one writer of every file, and moving a damaged file aside."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from summit_tui.core.support.atomic import (
    atomic_write,
    atomic_writer,
    move_aside,
    remove_dead_temps,
)


def test_a_file_written_piece_by_piece_replaces_the_old_one_whole(tmp_path: Path) -> None:
    path = tmp_path / "index"
    path.write_bytes(b"old")
    with atomic_writer(path) as fh:
        fh.write(b"new ")
        assert path.read_bytes() == b"old"  # not yet: the new bytes go to a temp file
        fh.write(b"bytes")
    assert path.read_bytes() == b"new bytes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_a_write_that_fails_leaves_the_file_and_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "index"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(path) as fh:
        fh.write(b"half")
        raise RuntimeError("stopped half way")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_a_temp_of_a_dead_writer_is_found_by_its_process_id(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    atomic_write(path, b"{}")
    with atomic_writer(path) as fh:  # a live writer's temp: ours, left alone
        (temp,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert temp.name.startswith(".db.json.")
        assert temp.name.removesuffix(".tmp").rsplit(".", 1)[1] == str(os.getpid())
        assert remove_dead_temps(tmp_path, ".db.json.") == 0
        fh.write(b"[]")
    dead = tmp_path / ".db.json.0badc0de.999999999.tmp"
    dead.write_bytes(b"half")
    assert remove_dead_temps(tmp_path, ".db.json.") == 1
    assert not dead.exists() and path.read_bytes() == b"[]"


def test_moving_aside_never_replaces_a_file_moved_aside_before(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    asides = []
    for damage in (b"first", b"second", b"third"):
        path.write_bytes(damage)
        asides.append(move_aside(path))
        assert not path.exists()
    assert len(set(asides)) == 3
    assert [a.read_bytes() for a in asides] == [b"first", b"second", b"third"]
    assert all(a.name.startswith("db.json.corrupt-") for a in asides)


def test_a_fifo_a_symlink_and_a_folder_are_moved_aside_as_they_are(tmp_path: Path) -> None:
    fifo, link, folder = tmp_path / "fifo", tmp_path / "link", tmp_path / "folder"
    os.mkfifo(fifo)
    link.symlink_to("/dev/null")
    folder.mkdir()
    (folder / "inside").write_text("kept")
    assert stat.S_ISFIFO(os.lstat(move_aside(fifo)).st_mode)
    assert os.readlink(move_aside(link)) == "/dev/null"
    assert (move_aside(folder) / "inside").read_text() == "kept"
    assert not fifo.exists() and not link.is_symlink() and not folder.exists()
