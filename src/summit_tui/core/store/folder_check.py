"""The folder compared with the cache, in a helper process: only what changed comes back.

A warm start of 100,000 readouts lists the folder (a ``stat`` a file) and compares every
file's stamp with the stored one. ``BackgroundCheck`` does both in a helper process, which
reads the stored stamps itself: from the stamps file beside the cache's shards for each
shard whose file it notes as it is (``stamps_file``), else from the shard. The app
receives what changed and the digest of every shard the helper read, and uses the answer
only when those are the bytes the store holds (``ReadoutStore.holds``). The module imports
nothing heavy, for that process.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from pathlib import Path
from typing import NamedTuple

from summit_tui.core.files.listing import BackgroundScan, scan_pairs
from summit_tui.core.store.layout import SHARDS, shard_name
from summit_tui.core.store.paths import default_db_path, shard_folder
from summit_tui.core.store.stamps_file import (
    current_stat,
    read_shard,
    read_stamps,
    section_stamps,
)


class FolderCheck(NamedTuple):
    """What the helper found: the folder against the stamps stored in the shards it read."""

    #: ``digest_of`` each shard read, by shard number (a shard it could not read is left out).
    digests: dict[int, list[int]]
    #: Every file listed that is not stored, or stored with another stamp: (size, mtime_ns).
    changed: dict[str, tuple[int, int]]
    #: Every stored file that is not listed any more.
    gone: list[str]
    #: How many files the folder holds.
    listed: int


def stored_stamps(folder: Path, count: int) -> tuple[dict[int, list[int]], dict[str, object]]:
    """The digest of each of ``count`` shards in a shard folder, and the stamp of every file
    they store, as (size, mtime_ns) pairs by path. A shard that is missing, is not a regular
    file or cannot be read as the store writes it is left out of both.

    A shard whose file is the one the stamps file beside the shards noted (``stamps_file``)
    is taken from there, with the digest noted; any other is read.
    """
    saved = read_stamps(folder, count)
    digests: dict[int, list[int]] = {}
    stamps: dict[str, object] = {}
    for shard in range(count):
        now = current_stat(folder, shard)
        if now is None:
            continue  # no shard file, or not a regular file: left out, as a read leaves it
        noted = saved.get(shard)
        if noted is not None and noted.stat == now:
            found = section_stamps(noted)
            if found is not None:
                digests[shard] = noted.digest
                stamps.update(found)
                continue
        read = read_shard(folder / shard_name(shard))
        if read is not None:
            digests[shard] = read.digest
            stamps.update(read.found)
    return digests, stamps


def check_folder(folder: Path, shards: Path, count: int) -> FolderCheck:
    """The readout files of ``folder`` compared with the stamps stored in ``count`` shards."""
    digests, stored = stored_stamps(shards, count)
    listed = scan_pairs(folder)
    get = stored.get
    changed = {rel: stamp for rel, stamp in listed.items() if get(rel) != stamp}
    # A listed file not stored is among the changed: when as many stored files are listed
    # as are stored, none is gone (no look at every stored path, the usual case).
    unstored = sum(1 for rel in changed if rel not in stored)
    gone = (
        [rel for rel in stored if rel not in listed] if len(listed) - unstored < len(stored) else []
    )
    return FolderCheck(digests, changed, gone, len(listed))


class BackgroundCheck(BackgroundScan):
    """``check_folder`` run in a helper process (see ``BackgroundScan``), against the
    shards of a database; ``check`` gives its answer."""

    HELPER = __name__

    def __init__(self, folder: Path, shards: Path, count: int, python: str | None = None) -> None:
        super().__init__(folder, python)
        self.shards = shards
        self.count = count

    def args(self) -> list[str]:
        return [os.fspath(self.folder), os.fspath(self.shards), str(self.count)]

    def check(self, timeout: float = 60.0) -> FolderCheck | None:
        """The helper's answer, or None when it was not started or failed."""
        answer = self.answer(timeout)
        if not (isinstance(answer, tuple) and len(answer) == len(FolderCheck._fields)):
            return None
        digests, changed, gone, listed = answer
        if not (
            isinstance(digests, dict)
            and isinstance(changed, dict)
            and isinstance(gone, list)
            and isinstance(listed, int)
        ):
            return None
        return FolderCheck(digests, changed, gone, listed)


def check_in_background(
    folder: Path, db_path: Path | None = None, start: bool = True
) -> BackgroundCheck:
    """The folder compared with its cache (``db_path``, else the one in the user's cache
    folder) by a helper process, started now unless ``start`` is False."""
    db = db_path or default_db_path(folder)
    check = BackgroundCheck(folder, shard_folder(db), SHARDS)
    if start:
        check.start()
    return check


def _main() -> None:
    """The helper process: compare the folder given with the shards given; write it out."""
    gc.disable()  # a short life, and nothing it makes refers back to itself
    folder, shards, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    sys.stdout.buffer.write(marshal.dumps(tuple(check_folder(folder, shards, count))))
