"""Real file-system faults for tests: a tmpfs of its own, mounted read-only or tiny (full),
and a stored readout's text damaged, in place or not."""

from __future__ import annotations

import contextlib
import os
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from summit_tui.core.store.paths import shard_folder


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[None]:
    """A real file system of its own at ``folder`` (root only; the test is skipped otherwise)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def stored_text_place(db: Path, rel: str) -> tuple[Path, int, int]:
    """Where one stored readout's text lies: its shard's side file, offset and length."""
    for shard in shard_folder(db).glob("shard-*.json"):
        for doc in orjson.loads(shard.read_bytes())["files"].values():
            if doc["path"] == rel:
                offset, length, _ = doc["text"]
                return shard.with_suffix(".texts"), offset, length
    raise AssertionError(f"{rel} is not stored")


def damage_record(db: Path, rel: str) -> None:
    """Damage one stored readout's text in its shard's side file (the second half of it
    overwritten); the file is written again, the shard left as it is."""
    texts, offset, length = stored_text_place(db, rel)
    raw = bytearray(texts.read_bytes())
    raw[offset + length // 2 : offset + length] = b" " * (length - length // 2)
    texts.write_bytes(bytes(raw))


def damage_record_in_place(db: Path, rel: str) -> None:
    """Flip one bit of one stored readout's text inside its shard's side file, in place, as
    a disk error would: the file keeps its size, inode and modification time."""
    texts, at, _ = stored_text_place(db, rel)
    raw = texts.read_bytes()
    assert raw[at : at + 1] == b"{"  # the text's opening "{"
    before = os.stat(texts)
    with open(texts, "r+b") as fh:
        fh.seek(at)
        fh.write(b"[")  # 0x7b -> 0x5b: the JSON no longer builds a readout
    os.utime(texts, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(texts)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )


def replace_stored_text(db: Path, rel: str, text: bytes) -> None:
    """Make one stored readout's text ``text``: appended to its shard's side file, and its
    record pointed at it (with the CRC of those bytes: only what they hold is wrong)."""
    for shard in shard_folder(db).glob("shard-*.json"):
        tables = orjson.loads(shard.read_bytes())
        for doc in tables["files"].values():
            if doc["path"] == rel:
                texts = shard.with_suffix(".texts")
                offset = texts.stat().st_size
                with open(texts, "ab") as fh:
                    fh.write(text)
                doc["text"] = [offset, len(text), zlib.crc32(text)]
                shard.write_bytes(orjson.dumps(tables))
                return
    raise AssertionError(f"{rel} is not stored")
