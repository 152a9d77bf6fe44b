"""``summit-tui import`` onto a full disk: a plain error, and nothing left in the folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from fault_fs import tmpfs

from summit_tui.cli.main import main
from summit_tui.core.support import atomic

TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "asean_chair.txt"


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _check_nothing_left(folder: Path, capsys: pytest.CaptureFixture) -> None:
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir() if p.name != "fill") == []


def test_a_full_file_system(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "readouts"
    with tmpfs(folder, "size=8k"):
        (folder / "fill").write_bytes(b"\0" * 6144)  # room for less than the readout
        assert main(["import", str(TEXT), "-o", str(folder)]) == 1
        _check_nothing_left(folder, capsys)


@pytest.mark.parametrize("step", ["fsync", "link and create", "replace"])
def test_each_step_that_can_meet_a_full_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    if step == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", _refuse)
    elif step == "link and create":
        monkeypatch.setattr(atomic.os, "link", _refuse)
        real_open = os.open

        def refuse_create(path: object, flags: int, *args: object) -> int:
            if flags & os.O_EXCL:
                _refuse()
            return real_open(path, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(atomic.os, "open", refuse_create)
    else:  # no hard links: the name is taken, then the rename of the bytes fails
        monkeypatch.setattr(atomic.os, "link", _refuse)
        monkeypatch.setattr(atomic.os, "replace", _refuse)
    assert main(["import", str(TEXT), "-o", str(folder)]) == 1
    _check_nothing_left(folder, capsys)
