"""Real file-system faults for tests: a tmpfs of its own, mounted read-only or tiny (full),
and a cache shard damaged in place."""

from __future__ import annotations

import contextlib
import os
import subprocess
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


def damage_record_in_place(db: Path, rel: str) -> None:
    """Flip one bit of one stored readout's JSON inside its shard, in place, as a disk error
    would: the shard stays a valid TinyDB file with its size, inode and modification time."""
    for shard in shard_folder(db).glob("shard-*.json"):
        raw = shard.read_bytes()
        for doc in orjson.loads(raw)["files"].values():
            if doc["path"] != rel:
                continue
            at = raw.index(orjson.dumps(doc["entry"])) + 1  # the readout's opening "{"
            assert raw[at : at + 1] == b"{"
            before = os.stat(shard)
            with open(shard, "r+b") as fh:
                fh.seek(at)
                fh.write(b"[")  # 0x7b -> 0x5b: the JSON no longer builds a readout
            os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))
            after = os.stat(shard)
            assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
                before.st_size,
                before.st_mtime_ns,
                before.st_ino,
            )
            return
    raise AssertionError(f"{rel} is not stored")
