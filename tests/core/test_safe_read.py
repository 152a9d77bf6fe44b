"""support/safe_read.py: regular files only, read without blocking, size-capped, nesting bounded."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
import yaml

from summit_tui.core.support.safe_read import (
    NotRegularFile,
    TooDeep,
    TooLarge,
    ascii_digits,
    compose_yaml,
    json_depth,
    open_capped,
    read_capped,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "summit_tui"


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100_000)
    assert read_capped(path, 100_000) == b"x" * 100_000


def test_a_symlink_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"data")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert read_capped(tmp_path / "link", 10) == b"data"


def test_absent_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_capped(tmp_path / "none", 10)


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused_without_reading(tmp_path: Path, target: str) -> None:
    (tmp_path / "link").symlink_to(target)
    with pytest.raises(NotRegularFile, match="a device"):
        read_capped(tmp_path / "link", 10)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    raised: list[BaseException] = []

    def read() -> None:
        try:
            read_capped(tmp_path / "fifo", 10)
        except NotRegularFile as exc:
            raised.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert raised and "FIFO" in str(raised[0])


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotRegularFile, match="a folder"):
        read_capped(tmp_path, 10)


def test_the_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "sparse"
    with path.open("wb") as fh:
        fh.truncate(8 << 30)  # 8 GB that take no disk and must not take memory
    with pytest.raises(TooLarge) as caught:
        read_capped(path, 1000)
    assert (caught.value.size, caught.value.cap) == (8 << 30, 1000)
    assert "too large" in str(caught.value)


def test_open_capped_checks_as_read_capped_does_and_gives_the_size(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abcdef")
    fh, size = open_capped(path, 6)
    with fh:
        assert (size, fh.read(size)) == (6, b"abcdef")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(NotRegularFile, match="FIFO"):
        open_capped(tmp_path / "fifo", 10)  # at once: no writer is waited for
    (tmp_path / "link").symlink_to("/dev/zero")
    with pytest.raises(NotRegularFile, match="a device"):
        open_capped(tmp_path / "link", 10)
    with pytest.raises(TooLarge):
        open_capped(path, 5)
    open_fds = len(os.listdir("/proc/self/fd"))
    for _ in range(50):
        with pytest.raises(TooLarge):
            open_capped(path, 5)
    assert len(os.listdir("/proc/self/fd")) == open_fds  # a refused file is closed


def test_at_most_cap_plus_one_bytes_are_read_from_a_growing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grows"
    path.write_bytes(b"x" * 10)
    real_fstat = os.fstat

    def grown(fd: int) -> os.stat_result:  # the file grows between fstat and read
        info = real_fstat(fd)
        path.write_bytes(b"x" * 10_000)
        return info

    monkeypatch.setattr(os, "fstat", grown)
    asked: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: asked.append(n) or real_read(fd, n))
    with pytest.raises(TooLarge):
        read_capped(path, 100)
    assert sum(asked) <= 101


def test_yaml_nesting_past_the_limit_is_a_marked_error() -> None:
    assert isinstance(compose_yaml("- [a, [b]]\n", 3), yaml.SequenceNode)
    with pytest.raises(yaml.MarkedYAMLError, match="nested more than 3 levels") as caught:
        compose_yaml("- [a, [[b]]]\n", 3)
    assert caught.value.problem_mark.line == 0
    for deep in ("[" * 100_000, "{a: " * 50_000, "- " * 50_000 + "x"):
        with pytest.raises(yaml.YAMLError):
            compose_yaml(deep, 10)


def test_json_depth() -> None:
    json_depth({"a": [1, {"b": []}]}, 4)
    with pytest.raises(TooDeep):
        json_depth({"a": [1, {"b": []}]}, 3)
    deep: list[object] = []
    for _ in range(100_000):  # iterative: no recursion limit to reach
        deep = [deep]
    with pytest.raises(TooDeep):
        json_depth(deep, 10)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2025", True),
        ("0", True),
        ("²", False),
        ("٢٠٢٥", False),
        ("", False),
        (" 1", False),
        ("1_000", False),
        ("-1", False),
        ("१", False),
    ],
)
def test_ascii_digits(text: str, ok: bool) -> None:
    assert ascii_digits(text) is ok


def test_no_code_validates_with_isdigit() -> None:
    """str.isdigit() and isnumeric() take "²", which int() refuses: use ascii_digits."""
    found = [
        f"{path.relative_to(SRC)}:{n}"
        for path in SRC.rglob("*.py")
        if path.name != "safe_read.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.is(digit|numeric)\(", line.split("#")[0])
    ]
    assert found == []
