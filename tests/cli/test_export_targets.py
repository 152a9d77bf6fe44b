"""``summit-tui export -o`` onto a symlink, a device node or a FIFO: written through, never
replaced by a regular file; a symlink keeps pointing at its target, which is replaced."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from summit_tui.cli.main import main

DATA = Path(__file__).resolve().parents[2] / "data"


def export(target: Path, tmp_path: Path, fmt: str = "csv") -> int:
    return main(
        [
            "export",
            "malaysia",
            "-f",
            fmt,
            "-o",
            str(target),
            "--data",
            str(DATA),
            "--db",
            str(tmp_path / "cache" / "db.json"),
        ]
    )


def test_a_symlink_keeps_pointing_at_its_replaced_target(tmp_path: Path) -> None:
    real = tmp_path / "briefs" / "latest.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "brief.csv"
    link.symlink_to(real)
    assert export(link, tmp_path) == 0
    assert link.is_symlink() and link.resolve() == real
    assert "Japan-Malaysia" in real.read_text(encoding="utf-8")
    assert [p.name for p in real.parent.iterdir()] == ["latest.csv"]  # no temp left


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "brief.csv"
    link.symlink_to(tmp_path / "made.csv")
    assert export(link, tmp_path) == 0
    assert link.is_symlink() and "Japan-Malaysia" in (tmp_path / "made.csv").read_text()


def test_a_symlink_to_a_device_writes_to_the_device(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to(os.devnull)
    assert export(link, tmp_path) == 0
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_device_node_is_written_through_not_replaced(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.stat(os.devnull).st_rdev)  # a second /dev/null
    assert export(node, tmp_path) == 0
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert os.lstat(node).st_rdev == os.stat(os.devnull).st_rdev


def test_a_fifo_gets_the_export(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert export(fifo, tmp_path, "json") == 0
    reader.join(10)
    assert got and b"Japan-Malaysia" in got[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert export(tmp_path, tmp_path) == 2
    assert "cannot write" in capsys.readouterr().err
