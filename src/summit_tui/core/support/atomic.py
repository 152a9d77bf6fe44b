"""Crash-safe file replacement: temp file, fsync, rename, fsync the folder; one backup kept.

Every file summit-tui writes goes through here: the readout cache and its index, the notes,
the session and saved searches, exports and imported readouts. A reader of the target path
sees either the whole previous version or the whole new one, never a mix or an empty file,
even if the writing process is killed at any instruction. After a power loss the same holds
on file systems that honour fsync (ext4, APFS, NTFS); the backup keeps the version before
the last write. A file found damaged is moved aside under a timestamped name, never over
one moved aside before.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from summit_tui.core.support.safe_read import ascii_digits

TEMP_SUFFIX = ".tmp"


def backup_path(path: Path) -> Path:
    """Where the version before the last write is kept: ``<name>.bak`` beside the file."""
    return path.with_name(path.name + ".bak")


def _temp_path(path: Path) -> Path:
    # Hidden, in the same folder (rename is atomic only within one file system), unique
    # per process and call, and recognisable by remove_stale_temps(); the writer's process
    # id comes last, for remove_dead_temps().
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.{os.getpid()}{TEMP_SUFFIX}")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. A no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return  # NTFS journals renames; Windows cannot open a folder for fsync.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes, durable: bool = True) -> Path:
    tmp = _temp_path(path)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file to write the new content of ``path`` into, piece by piece; it replaces
    ``path`` in one step when the block ends, or is removed (``path`` unchanged) when the
    block or the write raises. Raises OSError when the disk refuses.
    """
    tmp = _temp_path(path)
    try:
        with open(tmp, "xb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):  # a full disk leaves no half-written temp
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def _keep_backup(path: Path) -> None:
    """Point ``<name>.bak`` at the current version of ``path``, atomically."""
    bak = backup_path(path)
    try:
        tmp = _temp_path(path)
        os.link(path, tmp)  # cheap: the backup shares the old version's bytes
    except FileNotFoundError:
        return  # nothing written yet, nothing to back up
    except OSError:
        # No hard links here (FAT, some network shares): copy the bytes instead.
        try:
            tmp = _write_temp(path, path.read_bytes())
        except FileNotFoundError:
            return
    try:
        os.replace(tmp, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write(
    path: Path, data: bytes, *, keep_backup: bool = False, durable: bool = True
) -> None:
    """Replace ``path`` with ``data`` in one step; with ``keep_backup`` the old version
    becomes ``<name>.bak`` first. Raises OSError when the disk refuses; the file is then
    unchanged.

    Not ``durable``: no wait for the disk (no fsync), for a file made again from others
    whenever it is found damaged, whose readers check it whole (after a power loss it may
    hold the old bytes, or none).
    """
    tmp = _write_temp(path, data, durable)
    try:
        if keep_backup:
            _keep_backup(path)
        # The target never goes missing: the backup is a second name for the old bytes,
        # and os.replace swaps the new bytes in under the target name in one step.
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_dir(path.parent)


def atomic_create(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data`` whole, or raise FileExistsError and change nothing.

    The bytes go to a temp file first and are linked in under the name, so no reader ever
    sees a half-written file and an existing file is never replaced, even by a racing writer.
    """
    tmp = _write_temp(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT, some network shares): an exclusive create is the
            # next best thing, then the whole bytes renamed over it.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.close(fd)
            try:
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    path.unlink()  # our empty placeholder: no empty file is left named
                raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def write_output(path: Path, data: bytes) -> None:
    """Write a file the user named (an export), the way a shell's ``>`` would, but safely.

    A regular file (or a new name) is replaced atomically; behind a symlink, the link's
    target is replaced and the link kept; a device, a FIFO or a terminal is written
    through, never replaced by a regular file (``-o /dev/null`` as root must not destroy the
    device). Raises OSError (IsADirectoryError for a folder) when the write fails.
    """
    try:
        mode = os.stat(path).st_mode  # follows symlinks: what the name leads to
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a folder", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        return
    atomic_write(Path(os.path.realpath(path)) if os.path.islink(path) else path, data)


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename ``path`` to ``<name>.<label>-<UTC timestamp>`` and return the new path.

    Never over a file moved aside before: a name in use gets ``-1``, ``-2``... A file (or a
    FIFO, or a symlink) is linked under the new name first, which fails rather than replace
    one that appeared meanwhile, then unlinked; a folder, or a file where links cannot be
    made, is renamed.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    n = 0
    while True:
        aside = path.with_name(f"{path.name}.{label}-{stamp}" + (f"-{n}" if n else ""))
        n += 1
        if os.path.lexists(aside):
            continue
        try:
            os.link(path, aside, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError:
            os.replace(path, aside)  # a folder, or no hard links here: the name was free
        else:
            os.unlink(path)
        break
    fsync_dir(path.parent)
    return aside


def remove_stale_temps(path: Path) -> int:
    """Delete temp files left by a writer of ``path`` that died mid-write; how many.

    Call only while holding the instance lock: then no live writer owns them.
    """
    prefix = f".{path.name}."
    removed = 0
    try:
        names = os.listdir(path.parent)
    except FileNotFoundError:
        return 0
    for name in names:
        if name.startswith(prefix) and name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path.parent / name)
                removed += 1
    return removed


#: A temp file older than this is stale even when its writer's process id is in use again.
STALE_AFTER = 3600.0


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # ours: maybe a write in another thread of this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or not a pid we can ask about: leave it
    return True


def remove_dead_temps(folder: Path, prefix: str) -> int:
    """Delete ``<prefix>[<name>.]<pid>.tmp`` files in ``folder`` whose writer is gone; how many.

    For files written without an instance lock (the readout cache, which two windows may
    share): a temp file is stale when the process that wrote it no longer runs, or when it
    is older than ``STALE_AFTER`` seconds (its process id may have been reused).
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return 0  # no folder, or one we cannot list: nothing we could remove either
    removed = 0
    now = time.time()
    for name in names:
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        pid_text = name[len(prefix) : -len(TEMP_SUFFIX)].rsplit(".", 1)[-1]
        if not ascii_digits(pid_text):
            continue
        path = folder / name
        try:
            old = now - path.stat().st_mtime > STALE_AFTER
            if old or not _writer_alive(int(pid_text)):
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue  # its writer renamed or removed it meanwhile
        except OSError:
            continue  # a folder we cannot change: the temp stays, harmless
    return removed
