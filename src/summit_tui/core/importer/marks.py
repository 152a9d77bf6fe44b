"""Clearing a readout's review marks once the user has checked the fields, in its YAML file.

Only the top-level ``review:`` block is taken out of the text, so the rest of the file stays
as the user wrote it; the result must load as the same readout without its marks, and is
written whole (the project's atomic writer), or not at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from summit_tui.core.files.readout_yaml import MAX_FILE_BYTES, ReadoutError, decode, parse_readout
from summit_tui.core.support.atomic import atomic_write

_TOP_KEY = re.compile(r"^[^\s#-]")  # a line that starts a top-level key (or a document marker)


class ReviewClearError(Exception):
    """The marks could not be cleared, with the reason in plain words."""


def without_review(text: str) -> str:
    """The readout's YAML text without its top-level ``review:`` block."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"review\s*:", line)), None)
    if start is None:
        return text
    end = start + 1
    while end < len(lines) and not _TOP_KEY.match(lines[end]):
        end += 1
    return "".join(lines[:start] + lines[end:])


def clear_review(path: Path, readout_id: str) -> int:
    """Take the review marks out of the readout file; how many there were.

    ReviewClearError when the file cannot be read or written, has no marks, or would read
    back as a different readout (then nothing is written).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReviewClearError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ReviewClearError(f"{path} is larger than a readout may be")
    try:
        text = decode(data, str(path))
        before = parse_readout(text, str(path), default_id=readout_id)
    except ReadoutError as exc:
        raise ReviewClearError(str(exc)) from None
    if not before.review:
        raise ReviewClearError(f"{path.name} has no review marks")
    cleared = without_review(text)
    try:
        after = parse_readout(cleared, str(path), default_id=readout_id)
    except ReadoutError as exc:
        raise ReviewClearError(
            f"{path.name}: the review marks could not be taken out "
            f"cleanly ({exc}); edit the file by hand"
        ) from None
    if after != replace(before, review=()):
        raise ReviewClearError(
            f"{path.name}: the review marks could not be taken out cleanly; edit the file by hand"
        )
    try:
        atomic_write(path, cleared.encode("utf-8"))
    except OSError as exc:
        raise ReviewClearError(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(before.review)
