"""Standard output of the commands: a reader that stops early ends them quietly, a write that
fails (a full disk, /dev/full) ends them with one line on standard error.

Every sub-command runs inside ``guarded_stdout``: writes to standard output (``print``,
Rich, ``write_stdout``) go through a stream that turns the two kinds of failure into
``OutputClosed`` and ``OutputFailed``, so that ``cli.main`` can tell them from any other
``OSError`` (a cache folder that is full is not the output).
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


class OutputClosed(Exception):
    """The reader of standard output went away (``| head -1``): not an error."""


class OutputFailed(Exception):
    """Standard output could not be written; str() says why."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))


class _GuardedFile(io.FileIO):
    """File descriptor 1, raising OutputClosed or OutputFailed instead of OSError."""

    def write(self, data: ReadableBuffer) -> int:
        try:
            return super().write(data)
        except BrokenPipeError as exc:
            raise OutputClosed() from exc
        except OSError as exc:
            raise OutputFailed(exc) from exc


def silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so the final flush at exit writes nowhere."""
    with suppress(OSError):  # nothing more can be done about an output that is gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)


@contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run the body with sys.stdout on a guarded copy of the real standard output.

    Nothing changes when sys.stdout is not the process's own (a test capturing it).
    """
    original = sys.stdout
    if not isinstance(original, io.TextIOWrapper) or original is not sys.__stdout__:
        yield
        return
    try:
        original.flush()
        fd = original.fileno()
    except (OSError, ValueError):
        yield
        return
    guarded = io.TextIOWrapper(
        io.BufferedWriter(_GuardedFile(fd, "w", closefd=False)),
        encoding=original.encoding,
        errors=original.errors,
        line_buffering=original.line_buffering,
    )
    sys.stdout = guarded
    try:
        yield
    finally:
        sys.stdout = original
        try:
            guarded.flush()
        except (OutputClosed, OutputFailed):
            silence_stdout()  # what is left in the buffer then goes nowhere
            raise
