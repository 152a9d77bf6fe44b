"""Standard output that goes away: a reader that stops early (| head) ends every command
quietly with 0; a device that is full (/dev/full) gives one line on stderr and exit code 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.readout import Readout, Section

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and /dev/full")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Enough readouts that each command writes more than a pipe holds."""
    import datetime as dt

    folder = tmp_path / "data"
    folder.mkdir()
    for i in range(60):
        r = Readout(
            id=f"r{i:03d}",
            title=f"Talks {i} " + "word " * 200,
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            kind="summit",
            countries=("JP", "MY"),
            sections=(
                Section(heading="Energy", number="1", paragraphs=("Energy cooperation. " * 100,)),
            ),
        )
        (folder / f"{r.id}.yaml").write_text(dump_readout(r), encoding="utf-8")
    return folder


def commands(data: Path, tmp_path: Path) -> list[list[str]]:
    """Every command, each writing its data to standard output."""
    db = ["--data", str(data), "--db", str(tmp_path / "db.json")]
    text = tmp_path / "readout.txt"
    text.write_text(
        "Japan-Malaysia Summit Meeting\n\nOn 2 January 2024, Prime Minister "
        "Taro Yamada of Japan met Prime Minister Aziz of Malaysia.\n\n"
        + "They discussed energy. " * 300
        + "\n",
        encoding="utf-8",
    )
    return [
        ["search", "energy", *db],
        ["search", "energy", "--json", *db],
        ["export", "", "-f", "csv", *db],
        ["export", "", "-f", "md", *db],
        ["show", "r001", *db],
        ["show", "r001", "--json", *db],
        ["check", str(data / "r001.yaml")],
        ["import", str(text), "--dry-run"],
        ["search", "--help"],
        ["--help"],
    ]


def run(args: list[str], stdout: int, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "summit_tui", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_reader_that_stops_early_ends_every_command_quietly(data: Path, tmp_path: Path) -> None:
    # The index first, so that each command below starts writing at once.
    assert (
        run(
            ["index", str(data), "--db", str(tmp_path / "db.json")], subprocess.DEVNULL, tmp_path
        ).returncode
        == 0
    )
    for args in commands(data, tmp_path):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the first byte: | head -0
        try:
            done = run(args, write, tmp_path)
        finally:
            os.close(write)
        err = done.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err and "Exception ignored" not in err, (args, err)
        assert "Broken pipe" not in err, (args, err)
        assert done.returncode == 0, (args, done.returncode, err)


def test_head_reads_one_line_and_the_command_ends_quietly(data: Path, tmp_path: Path) -> None:
    command = (
        f"{sys.executable} -m summit_tui search energy --data {data} "
        f'--db {tmp_path / "db.json"} | head -1; echo "status=${{PIPESTATUS[0]}}"'
    )
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, cwd=tmp_path, timeout=120, check=False
    )
    out, err = done.stdout.decode(), done.stderr.decode()
    assert out.splitlines()[0] == "[" and out.splitlines()[-1] == "status=0", out
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_gives_one_clear_line_and_exit_code_3(data: Path, tmp_path: Path) -> None:
    for args in commands(data, tmp_path):
        with open("/dev/full", "wb") as full:
            done = run(args, full.fileno(), tmp_path)
        err = done.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err and "Exception ignored" not in err, (args, err)
        last = err.strip().splitlines()[-1]
        assert "cannot write the output: No space left on device" in last, (args, err)
        assert last.startswith("summit-tui"), (args, err)
        assert done.returncode == 3, (args, done.returncode, err)


def test_commands_that_write_nothing_to_stdout_are_unaffected(data: Path, tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = run(["index", str(data), "--db", str(tmp_path / "db.json")], full.fileno(), tmp_path)
    assert done.returncode == 0, done.stderr
