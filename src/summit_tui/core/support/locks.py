"""InstanceLock: one summit-tui at a time may write a data file; others open it read-only.

``locked`` holds the same kind of lock for one short change (read a file, change it, write it
back) that another instance may make at the same time, waiting for it a little.

The lock is an OS-level advisory lock on a separate ``<name>.lock`` file, taken without
waiting. The operating system drops it when the holder exits or is killed, so a crash never
leaves a stale lock behind, and the lock file itself is never deleted (deleting it would let
two processes lock two different files of the same name).

- POSIX: ``fcntl.flock``. The lock belongs to the open file description, so two ``open()``
  calls in one process exclude each other too. On network file systems without lock support
  the call fails with an OSError, and the caller falls back to read-only.
- Windows: ``msvcrt.locking`` on the first byte of the lock file, also non-blocking; a
  second process gets a PermissionError and opens read-only. Windows also refuses to replace
  a file another process holds open, which atomic writes never do for long (reads are short).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

#: errno values that mean "somebody else holds the lock" rather than "locks do not work here".
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", -1)}
#: Seconds between two tries at a lock that another holder has, in ``locked``.
_RETRY = 0.005


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``: ``<name>.lock`` beside it."""
    return path.with_name(path.name + ".lock")


def _open_lock_file(path: Path) -> IO[bytes]:
    """Open (creating) the lock file: a regular file, never followed through a symlink.

    A lock file beside a shared file (saved searches in git) is as untrusted as the file:
    a symlink to another file, a FIFO or a device there raises OSError, never opens it.
    """
    flags = (
        os.O_RDWR
        | os.O_CREAT
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    fd = os.open(path, flags, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "the lock file is not a regular file", str(path))
        return os.fdopen(fd, "a+b")
    except BaseException:
        os.close(fd)
        raise


class InstanceLock:
    """A non-blocking, exclusive, process-wide lock on one file."""

    def __init__(self, path: Path) -> None:
        """Prepare to lock ``path`` (the ``.lock`` file itself); nothing happens on disk yet."""
        self.path = path
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fh is not None

    def acquire(self) -> bool:
        """Take the lock if it is free: True if taken, False if another holder has it.

        Raises OSError when locking is impossible here (no lock support, no permission).
        """
        if self._fh is not None:
            return True
        fh = _open_lock_file(self.path)
        try:
            if sys.platform == "win32":
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            if exc.errno in _HELD:
                return False
            raise
        self._fh = fh
        return True

    def release(self) -> None:
        """Let another instance take the lock (closing the file drops it)."""
        fh, self._fh = self._fh, None
        if fh is None:
            return
        # Closing the handle releases the lock on every platform; unlocking first on
        # Windows only makes it prompt, so a failure there changes nothing.
        with fh, contextlib.suppress(OSError):
            if sys.platform == "win32":
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

    def __repr__(self) -> str:
        return f"InstanceLock({os.fspath(self.path)!r}, held={self.held})"


@contextlib.contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock ``path`` (a ``.lock`` file) while the body runs, waiting up to ``timeout``.

    Raises TimeoutError when another holder keeps it that many seconds, and OSError when
    locking is impossible here.
    """
    lock = InstanceLock(path)
    deadline = time.monotonic() + timeout
    while not lock.acquire():
        if time.monotonic() >= deadline:
            raise TimeoutError(
                f"{path.name} was held by another writer for {timeout:g} s; try again"
            )
        time.sleep(_RETRY)
    try:
        yield
    finally:
        lock.release()
