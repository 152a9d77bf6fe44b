"""The console script: version, help, bad paths, and the bundled data location."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from summit_tui import __version__
from summit_tui.cli.main import main
from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.paths import bundled_data_dir


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summit_tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"summit-tui {__version__}"


def test_help_lists_sub_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "folder of YAML readouts" in result.stdout
    assert "import" in result.stdout and "check" in result.stdout


def test_missing_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "is not a folder of readouts" in capsys.readouterr().err


def test_bundled_data_is_found_from_any_directory(tmp_path: Path) -> None:
    folder = bundled_data_dir()
    files = sorted(folder.glob("*.yaml"))
    assert [f.name for f in files] == ["2024-05-23-japan-malaysia-summit-meeting.yaml"]
    assert load_readout(files[0]).title == "Japan-Malaysia Summit Meeting"
    code = "from summit_tui.paths import bundled_data_dir; print(bundled_data_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    ).stdout.strip()
    assert Path(out) == folder
