"""Finding the readout files of a folder, with the stamp that tells a changed file.

A folder of 100,000 readouts takes a second to list (a ``stat`` a file), all of it in the
interpreter. ``BackgroundScan`` lists it in a helper process instead, so that the app can
read its cache and paint meanwhile; the module imports nothing heavy, for that process.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

SUFFIXES = (".yaml", ".yml")


class FileStamp(NamedTuple):
    """What tells us a file changed without reading it: size and modification time."""

    size: int
    mtime_ns: int


#: The stamp of a file listed without one (``scan_folder(stamps=False)``): it is taken from
#: the open file when the file is read. Matches no file's real stamp.
UNSTAMPED = FileStamp(-1, -1)


def readout_files(folder: Path) -> Iterator[tuple[str, FileStamp]]:
    """Every readout file under the folder as (path relative to it, stamp), hidden ones skipped.

    Subfolders are searched too, so a collection can be organised by year or country.
    """
    return iter(scan_folder(folder).items())


def scan_folder(folder: Path, stamps: bool = True) -> dict[str, FileStamp]:
    """Every readout file under the folder by path relative to it, with its stamp.

    Hidden files and folders are skipped; subfolders are searched too. One ``stat`` a file
    (what tells a changed file), none for a folder or a name that is no readout's. A warm
    start checks every file this way, so it is kept to plain loops.

    Without ``stamps`` no file is stat'ed and each is given ``UNSTAMPED``: for a sync that
    reads every file anyway (the first), which stamps each as it reads it.
    """
    return _scan(folder, stamps, FileStamp)


def _scan(folder: Path, stamps: bool, stamp: Callable[[int, int], Any]) -> dict[str, Any]:
    """``scan_folder``, each stamp made by ``stamp(size, modification time)``."""
    root = os.path.join(os.fspath(folder), "")
    cut = len(root)  # scandir joins names onto the folder as given: slicing gives the rel path
    found: dict[str, FileStamp] = {}
    stack = [root]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=_NAME)
        except OSError:
            continue
        prefix = os.path.join(current, "")[cut:]  # the folder's path relative to the root
        for entry in entries:
            name = entry.name
            if name[0] == "." or not (name.endswith(SUFFIXES) or name.lower().endswith(SUFFIXES)):
                if name[0] != ".":
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                    except OSError:
                        pass
                continue
            try:
                if entry.is_file():
                    if stamps:
                        st = entry.stat()
                        found[prefix + name] = stamp(st.st_size, st.st_mtime_ns)
                    else:
                        found[prefix + name] = UNSTAMPED
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)  # a folder named like a readout
            except OSError:
                continue
    return found


def scan_pairs(folder: Path) -> dict[str, tuple[int, int]]:
    """``scan_folder`` with each stamp a plain (size, modification time) pair: what a helper
    process writes out (cheaper to make, and to send)."""
    return _scan(folder, True, _pair)


def name_is_text(rel: str) -> bool:
    """Whether a listed path is text: a name that is not UTF-8 holds escaped bytes
    (surrogates), which cannot be stored, indexed or shown as they are."""
    if rel.isascii():
        return True
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def names_are_text(rels: Iterable[str]) -> bool:
    """Whether every listed path is text (``name_is_text``), checked all at once."""
    joined = "\n".join(rels)
    return joined.isascii() or name_is_text(joined)


def shown_name(rel: str) -> str:
    """A listed path as text to show: bytes that are not UTF-8 written as ``\\xff``."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_NAME = attrgetter("name")


def _pair(size: int, mtime_ns: int) -> tuple[int, int]:
    return size, mtime_ns


class BackgroundScan:
    """``scan_folder`` run in a helper process: ``start`` it (from any thread), take its
    ``result`` when needed, ``close`` it when done (it stops the process if still running).

    The process is a fresh interpreter (no fork of a threaded app) that imports only its
    module (``HELPER``) from the same place as this one, and writes its answer to its
    output in ``marshal`` form (both ends are the same interpreter, so the format is the
    same). Whatever goes wrong gives no result, and the caller scans the folder itself.
    """

    #: The module whose ``_main`` the helper process runs, with ``args`` as its arguments.
    HELPER = __name__

    def __init__(self, folder: Path, python: str | None = None) -> None:
        self.folder = folder
        self.python = python or sys.executable
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._closed = False

    def args(self) -> list[str]:
        """The helper's arguments."""
        return [os.fspath(self.folder)]

    def start(self) -> None:
        """List the folder from now on (nothing once closed or started)."""
        code = (
            f"import sys; sys.path.insert(0, {_SOURCE_ROOT!r}); "
            f"from {self.HELPER} import _main; _main()"
        )
        with self._lock:
            if self._closed or self._proc is not None or getattr(sys, "frozen", False):
                return  # (a frozen app's executable runs the app, not Python code)
            try:
                self._proc = subprocess.Popen(
                    [self.python, "-c", code, *self.args()],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
            except OSError:
                self._closed = True  # no helper here: the caller lists the folder itself

    def result(self, timeout: float = 60.0) -> dict[str, tuple[int, int]] | None:
        """The listing (as ``scan_folder`` gives it, each stamp a plain (size, modification
        time) pair), or None when the process was not started or failed."""
        listed = self.answer(timeout)
        return listed if isinstance(listed, dict) else None

    def answer(self, timeout: float = 60.0) -> object:
        """What the helper wrote, unmarshalled; None when it was not started or failed."""
        with self._lock:
            proc = self._proc
        if proc is None:
            return None
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.close()
            return None
        if proc.returncode != 0:
            return None
        try:
            return marshal.loads(out)
        except (EOFError, ValueError, TypeError):
            return None

    def close(self) -> None:
        """Stop the process if it still runs (a load that was stopped); start no other."""
        with self._lock:
            self._closed = True
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.communicate()


#: The folder that holds the ``summit_tui`` package (this module is four levels down).
_SOURCE_ROOT = os.fspath(Path(os.path.abspath(__file__)).parents[3])


def _main() -> None:
    """The helper process: list the folder given and write it out."""
    sys.stdout.buffer.write(marshal.dumps(scan_pairs(Path(sys.argv[1]))))
