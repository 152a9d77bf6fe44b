"""The stamp of every stored file in one compact file beside the shards, for the folder check.

The helper that compares the folder with the cache (``folder_check``) needs each stored
file's (size, mtime_ns), which the shards hold among everything else: parsing them all is
about a fifth of its work. ``files.stamps`` keeps, shard by shard, exactly what the helper
reads from each shard (``read_shard``), with the digest of those bytes and the shard file's
``stat`` (size, times, inode) when it was read. The helper takes a shard's stamps from it
only when the shard file's ``stat`` is still the one noted; a shard written since (another
inode, size or time: every write replaces the file, and an edit in place changes its
status-change time), a file that is missing, torn, damaged or of another layout (its CRC,
its shape) has the shard read as before. It is not data: the store rewrites it after a sync
(``keep_stamps``), from the shard files as they are then.

Like ``layout.digest_of``, it guards against damage and stale copies, not against someone
who forges the cache on purpose (the cache folder is the user's own). The module imports
nothing heavy, for the helper process.
"""

from __future__ import annotations

import os
import stat
import zlib
from pathlib import Path
from typing import NamedTuple

import orjson

from summit_tui.core.store.layout import FILES_TABLE, digest_of, shard_name

#: The file's name, in the shard folder.
STAMPS_FILE = "files.stamps"
#: A shard or stamps file larger than this is not one the store wrote: left out.
MAX_FILE_BYTES = 2_000_000_000
#: The start of the file; the layout's version is in it.
_MAGIC = b"summit-tui files.stamps 1\n"
#: After the magic: the header's length and the CRC-32 of everything after them.
_LENGTHS = 8
#: What the header notes of a shard: number, digest (2), stat (5), section offset, length.
_ROW = 10


class ShardStamps(NamedTuple):
    """What the folder check takes from one shard file."""

    #: ``digest_of`` the bytes read.
    digest: list[int]
    #: ``stat_key`` of the file they were read from.
    stat: list[int]
    #: The (size, mtime_ns) of every file the shard stores, by path, in the shard's order.
    found: dict[str, tuple[object, int]]


def stat_key(st: os.stat_result) -> list[int]:
    """What tells one shard file from another without reading it: any write replaces the
    file (another inode) or, in place, changes its status-change time."""
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def read_shard(path: Path) -> ShardStamps | None:
    """The stamps a shard file stores, with the digest and ``stat_key`` of what was read;
    None when it is missing, not a regular file, or not as the store writes it."""
    read = _read_regular(path)
    if read is None:
        return None
    raw, st = read
    found: dict[str, tuple[object, int]] = {}
    if raw.strip():
        try:
            for doc in orjson.loads(raw)[FILES_TABLE].values():
                found[doc["path"]] = (doc["size"], int(doc["mtime_ns"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # not as the store writes it: it will not agree with the store
    return ShardStamps(digest_of(raw), stat_key(st), found)


def _read_regular(path: Path) -> tuple[bytes, os.stat_result] | None:
    """The bytes of a regular file (never a FIFO or a device) and its ``fstat`` taken before
    they were read, or None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_FILE_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(), st
    except OSError:
        return None
    finally:
        os.close(fd)


class Saved(NamedTuple):
    """One shard as the stamps file notes it; ``section`` is its stamps, still encoded."""

    digest: list[int]
    stat: list[int]
    section: bytes


def read_stamps(folder: Path, count: int) -> dict[int, Saved]:
    """The shards the stamps file in a shard folder notes, by number; none when the file is
    missing, damaged (its CRC), of another layout or made for another number of shards."""
    read = _read_regular(folder / STAMPS_FILE)
    if read is None:
        return {}
    raw = read[0]
    start = len(_MAGIC) + _LENGTHS
    if len(raw) < start or not raw.startswith(_MAGIC):
        return {}
    size = int.from_bytes(raw[len(_MAGIC) : len(_MAGIC) + 4], "big")
    crc = int.from_bytes(raw[len(_MAGIC) + 4 : start], "big")
    if zlib.crc32(memoryview(raw)[start:]) != crc or start + size > len(raw):
        return {}
    body = start + size
    try:
        noted, rows = orjson.loads(raw[start:body])
        if noted != count or type(noted) is not int or not isinstance(rows, list):
            return {}
        saved: dict[int, Saved] = {}
        for row in rows:
            if not (isinstance(row, list) and len(row) == _ROW):
                return {}
            if not all(type(v) is int for v in row):
                return {}
            shard, offset, length = row[0], row[8], row[9]
            if not (0 <= shard < count and offset >= 0 and length >= 0):
                return {}
            if body + offset + length > len(raw):
                return {}
            at = body + offset
            saved[shard] = Saved(row[1:3], row[3:8], raw[at : at + length])
    except (ValueError, TypeError):  # not two things, or not JSON: not as written here
        return {}
    return saved


def section_stamps(saved: Saved) -> dict[str, tuple[object, object]] | None:
    """A shard's stamps as ``read_shard`` found them, from the stamps file; None when its
    section is not as written here."""
    try:
        paths, sizes, mtimes = orjson.loads(saved.section)
        if not (
            isinstance(paths, list)
            and isinstance(sizes, list)
            and isinstance(mtimes, list)
            and len(paths) == len(sizes) == len(mtimes)
        ):
            return None
        found = dict(zip(paths, zip(sizes, mtimes, strict=True), strict=True))
    except (ValueError, TypeError):  # not JSON, not three lists, a path not text
        return None
    return found if len(found) == len(paths) else None


def current_stat(folder: Path, shard: int) -> list[int] | None:
    """``stat_key`` of a shard file as it is now; None when it is missing or not a regular
    file (then it is left out, as ``read_shard`` leaves it)."""
    try:
        st = os.stat(folder / shard_name(shard))
    except OSError:
        return None
    return stat_key(st) if stat.S_ISREG(st.st_mode) else None


def encode_section(found: dict[str, tuple[object, int]]) -> bytes | None:
    """A shard's stamps as the stamps file keeps them; None when they cannot be (a value
    JSON cannot hold: that shard is left out, and read by the folder check)."""
    sizes: list[object] = []
    mtimes: list[int] = []
    for size, mtime in found.values():
        sizes.append(size)
        mtimes.append(mtime)
    try:
        return orjson.dumps([list(found), sizes, mtimes])
    except TypeError:
        return None


def encode(count: int, shards: dict[int, Saved]) -> bytes:
    """The stamps file for these shards."""
    rows, sections, at = [], [], 0
    for shard, saved in sorted(shards.items()):
        rows.append([shard, *saved.digest, *saved.stat, at, len(saved.section)])
        sections.append(saved.section)
        at += len(saved.section)
    header = orjson.dumps([count, rows])
    rest = header + b"".join(sections)
    lengths = len(header).to_bytes(4, "big") + zlib.crc32(rest).to_bytes(4, "big")
    return _MAGIC + lengths + rest


def keep_stamps(folder: Path, count: int, known: dict[int, list[int]] | None = None) -> bool:
    """Bring the stamps file of a shard folder in line with its shard files: a shard whose
    file is as noted is kept as noted; the others are read. ``known`` is the digest of each
    shard as the caller read it: a shard noted with another digest is read too (its file
    changed in a way its ``stat`` does not show: where the status-change time is the
    creation time, or an inode used again). Written only when it changes; True when it
    was. Raises OSError when it cannot be written."""
    saved = read_stamps(folder, count)
    known = known or {}
    shards: dict[int, Saved] = {}
    for shard in range(count):
        now = current_stat(folder, shard)
        if now is None:
            continue
        old = saved.get(shard)
        if old is not None and old.stat == now and known.get(shard, old.digest) == old.digest:
            shards[shard] = old
            continue
        read = read_shard(folder / shard_name(shard))
        section = None if read is None else encode_section(read.found)
        if read is not None and section is not None:
            shards[shard] = Saved(read.digest, read.stat, section)
    if shards == saved:
        return False
    from summit_tui.core.support.atomic import atomic_write  # not for the helper process

    # Not waited onto the disk: a file torn by a power cut fails its CRC and is not used.
    atomic_write(folder / STAMPS_FILE, encode(count, shards), durable=False)
    return True
