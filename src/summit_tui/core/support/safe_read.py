"""Reading a file that others may have written: a regular file only, size-capped, nesting bounded.

Saved searches are shared in git, and the session and notes files can be edited, replaced
or linked by hand, so each is read as untrusted: never a device or a FIFO (opened without
blocking, checked with ``fstat``), never more than a cap of bytes (the size is checked
before reading, and at most ``cap + 1`` bytes are read in case it grows meanwhile), and
parsed with a nesting limit that a hand-written file does not reach.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

import yaml

_CHUNK = 1 << 16


class RefusedFile(OSError):
    """The file is not one to read: not a regular file, or larger than its cap; str() says why."""


class NotRegularFile(RefusedFile):
    """The name leads to a device, a FIFO, a socket or a folder, not to a regular file."""


class TooLarge(RefusedFile):
    """The file holds more bytes than its cap."""

    def __init__(self, message: str, size: int, cap: int) -> None:
        super().__init__(message)
        self.size = size
        self.cap = cap


class TooDeep(ValueError):
    """The data is nested more deeply than its limit."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_checked(path: Path, cap: int) -> tuple[int, int]:
    """The open descriptor of the regular file at ``path`` and its size, checked as
    ``read_capped`` says (the descriptor is closed when a check fails)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{path} is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > cap:
            raise TooLarge(_too_large(path, info.st_size, cap), info.st_size, cap)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def open_capped(path: Path, cap: int) -> tuple[BinaryIO, int]:
    """The regular file at ``path`` open for reading (unbuffered), and its size then.

    Checked as ``read_capped`` checks (the same errors): for a caller that reads a large
    file in parts. It must read no more than the size returned, which is at most ``cap``.
    """
    fd, size = _open_checked(path, cap)
    return os.fdopen(fd, "rb", buffering=0), size


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks to regular files followed).

    Raises FileNotFoundError when it is absent, NotRegularFile for a device, FIFO, socket or
    folder (opening never blocks), TooLarge past ``cap`` bytes (nothing beyond ``cap + 1``
    bytes is read), and OSError when the system refuses.
    """
    fd, size = _open_checked(path, cap)
    try:
        chunks: list[bytes] = []
        got = 0
        step = size + 1  # the whole file in one read, and one byte to see it grew
        while got <= cap:
            chunk = os.read(fd, min(max(step, _CHUNK), cap + 1 - got))
            step = 0
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > cap:  # it grew after the size was checked
            raise TooLarge(_too_large(path, got, cap), got, cap)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(path: Path, size: int, cap: int) -> str:
    return f"{path} is too large ({size:,} bytes; at most {cap:,} are read)"


def is_regular_or_absent(path: Path) -> bool:
    """True when ``path`` (symlinks followed) is a regular file or does not exist."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True


def ascii_digits(text: str) -> bool:
    """True for a non-empty run of 0-9 only; ``str.isdigit`` also takes "²" and "٣"."""
    return bool(text) and text.isascii() and text.isdigit()


class _DepthLimitedLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses collections nested deeper than ``max_depth``."""

    max_depth = 16

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def _deeper(self) -> None:
        self._depth += 1
        if self._depth > self.max_depth:
            event = self.peek_event()  # type: ignore[no-untyped-call]  # PyYAML's stubs
            raise yaml.MarkedYAMLError(
                problem=f"nested more than {self.max_depth} levels deep",
                problem_mark=event.start_mark,
            )

    def compose_sequence_node(self, anchor: Any) -> yaml.SequenceNode:
        """A list, one level deeper."""
        self._deeper()
        try:
            return super().compose_sequence_node(anchor)
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:
        """A mapping, one level deeper."""
        self._deeper()
        try:
            return super().compose_mapping_node(anchor)
        finally:
            self._depth -= 1


def compose_yaml(text: str, max_depth: int) -> yaml.Node | None:
    """The YAML node tree of ``text`` (safe loader), refusing nesting past ``max_depth``.

    Raises yaml.YAMLError (a MarkedYAMLError with the place for too deep a nesting); the
    depth is checked before each level is built, so no nesting reaches the recursion limit.
    """
    loader_class = type("_Limited", (_DepthLimitedLoader,), {"max_depth": max_depth})
    loader = loader_class(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def json_depth(value: object, max_depth: int) -> None:
    """Raise TooDeep when the decoded JSON ``value`` nests deeper than ``max_depth``."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                raise TooDeep(f"nested more than {max_depth} levels deep")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
