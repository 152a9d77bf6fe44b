"""Each shard's readout texts in a side file: appended to, never rewritten, read by offset.

A shard holds, for each readout, where its text (``Entry.stored_json``: the readout and what
is derived from it) lies in the shard's side file, ``shard-NN.texts``: offset, length and
CRC-32. A start then reads only the small shards, and a readout's text is read when the
readout is first built. A sync appends the texts it stored in one write (with ``O_APPEND``:
the offsets are taken from where the bytes landed), makes them durable, and only then
writes the shard that points at them; bytes that a shard no longer points at stay where
they are (a readout of this or another window may still point at them). A text read back
is checked to be the one its readout stored (its CRC-32, then its path and id, by the
entry): otherwise the readout says it is damaged and the next sync reads its file again.
"""

from __future__ import annotations

import os
import stat
import threading
import zlib
from pathlib import Path

from summit_tui.core.support.safe_read import NotRegularFile

#: The side file of shard NN: ``shard-NN`` + this.
TEXTS_SUFFIX = ".texts"

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_READ_FLAGS |= getattr(os, "O_BINARY", 0)
_APPEND_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
_APPEND_FLAGS |= getattr(os, "O_BINARY", 0)


def file_stamp(st: os.stat_result) -> list[int]:
    """What tells one state of a side file from another without reading it: any write to it,
    even one that puts its size and times back, changes its status-change time."""
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


class TextFile:
    """One side file, open for reading for as long as readouts point into it.

    Held open, it stays the file those readouts were stored in even when the name comes to
    lead to another one (a rebuilt cache), on systems that let an open file be removed.
    """

    __slots__ = ("__weakref__", "_fd", "_lock", "ident")

    def __init__(self, fd: int) -> None:
        self._fd = fd
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            self._fd = -1
            raise NotRegularFile("not a regular file")
        #: Which file this is: (device, inode).
        self.ident = (st.st_dev, st.st_ino)
        self._lock = threading.Lock()  # for systems without pread: seek and read together

    @classmethod
    def open(cls, path: Path) -> TextFile | None:
        """The side file at ``path`` open for reading; None when there is none."""
        try:
            fd = os.open(path, _READ_FLAGS)
        except FileNotFoundError:
            return None
        return cls(fd)

    def read(self, offset: int, length: int) -> bytes:
        """The bytes at ``offset`` (fewer at the end of the file)."""
        if hasattr(os, "pread"):
            return os.pread(self._fd, length, offset)
        with self._lock:
            os.lseek(self._fd, offset, os.SEEK_SET)
            return os.read(self._fd, length)

    def stamp(self) -> list[int]:
        """``file_stamp`` of this file as it is now."""
        return file_stamp(os.fstat(self._fd))

    def close(self) -> None:
        """Let the file go (readouts that still point into it then read nothing)."""
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def __del__(self) -> None:
        self.close()


class StoredText(tuple[TextFile, int, int, int]):
    """Where one readout's text lies: a side file, offset, length and CRC-32 of the bytes.

    A plain tuple underneath: a start makes one for every readout it lists.
    """

    __slots__ = ()

    def read(self) -> bytes:
        """The text as stored; ValueError when the bytes there are not those (OSError when
        the file cannot be read)."""
        file, offset, length, crc = self
        raw = file.read(offset, length)
        if len(raw) != length or zlib.crc32(raw) != crc:
            raise ValueError("the cached text is not this readout's")
        return raw


def append(
    path: Path, texts: list[bytes], current: TextFile | None
) -> tuple[TextFile, int, list[int]]:
    """Append the texts to the side file at ``path`` in one write, durably: the file open for
    reading (``current`` when it is that file), where the first text landed, and the file's
    stamp (``file_stamp``) after the write.

    Raises OSError when the disk refuses (what a short write left is never pointed at).
    """
    blob = b"".join(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, _APPEND_FLAGS, 0o644)
    try:
        written = os.write(fd, blob)
        if written != len(blob):
            raise OSError(28, "No space left on device (a short write)", str(path))
        end = os.lseek(fd, 0, os.SEEK_CUR)
        os.fsync(fd)
        st = os.fstat(fd)
    finally:
        os.close(fd)
    if current is None or current.ident != (st.st_dev, st.st_ino):
        current = TextFile(os.open(path, _READ_FLAGS))
    return current, end - len(blob), file_stamp(st)


def texts_path(shard_path: Path) -> Path:
    """The side file of the shard at ``shard_path`` (``shard-NN.json``)."""
    return shard_path.with_suffix(TEXTS_SUFFIX)
