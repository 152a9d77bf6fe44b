"""The wheel carries what the app needs at run time: the bundled readouts, the topic
taxonomy, the stylesheet and the console script, and they load from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built into a temp folder (never into the checkout)."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--wheel-dir",
            str(out),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("summit_tui-*.whl")
    return built


def test_the_wheel_carries_the_bundled_readouts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    readouts = sorted(p.name for p in (REPO / "data").glob("*.yaml"))
    assert readouts
    for name in readouts:
        assert f"summit_tui/bundled_data/{name}" in names


def test_the_wheel_carries_the_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [p for p in (SRC / "summit_tui").rglob("*") if p.suffix in (".yaml", ".tcss")]
    assert any(p.name == "topics.yaml" for p in data)
    for path in data:
        assert path.relative_to(SRC).as_posix() in names


def test_the_wheel_declares_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith("entry_points.txt")]
        text = archive.read(entry_points).decode("utf-8")
    script = next(line for line in text.splitlines() if line.startswith("summit-tui"))
    module, _, function = script.split("=", 1)[1].strip().partition(":")
    assert function == "main"
    path = module.replace(".", "/")
    assert f"{path}.py" in names or f"{path}/__init__.py" in names


def test_the_data_loads_from_the_unpacked_wheel(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    probe = (
        "import summit_tui, sys\n"
        "from summit_tui.paths import bundled_data_dir\n"
        "from summit_tui.core.reference.topics import default_taxonomy\n"
        "print(summit_tui.__file__)\n"
        "print(bundled_data_dir())\n"
        "print(len(list(bundled_data_dir().glob('*.yaml'))))\n"
        "print(len(default_taxonomy().keywords))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    package, bundled, readouts, topics = done.stdout.splitlines()
    assert Path(package).is_relative_to(tmp_path)
    assert Path(bundled) == tmp_path / "summit_tui" / "bundled_data"
    assert int(readouts) == len(list((REPO / "data").glob("*.yaml")))
    assert int(topics) > 0
