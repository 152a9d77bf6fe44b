"""Postings laid out for writing as packed columns: each term's end, and the bytes to write.

The index file and a spilled index (``spill``) write postings alike: every term's doc ids
end to end, then the repeats' doc ids and frequencies. Terms held as arrays are joined a
run at a time in C; runs of postings packed in a file are copied a piece at a time.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress
from typing import Any

from summit_tui.core.search.packed import Buffer, FileSpan, Packed


def layout(
    mapping: Mapping[str, Any], terms: list[str], width: int = 1
) -> tuple[array[int], Sequence[Iterable[Buffer]]]:
    """Where each term's postings end, and the pieces of each column, in the terms' order.

    ``width`` columns: 1 for doc ids, 2 for repeats, whose values are (ids, frequencies).
    """
    if isinstance(mapping, Packed):
        return mapping.layout(terms)  # runs of untouched postings go out as they came in
    values = list(map(mapping.__getitem__, terms))
    columns = [values] if width == 1 else [[v[i] for v in values] for i in range(width)]
    ends = array("Q", accumulate(map(len, columns[0])))
    return ends, [runs(column, ends) for column in columns]


#: Postings of many terms joined into one piece to write (a term's array is one piece).
RUN_POSTINGS = 1 << 18


def runs(values: list[Any], ends: array[int]) -> Iterator[bytes]:
    """The terms' arrays joined a run of terms at a time (about ``RUN_POSTINGS`` postings
    each): one join in C a run, not a step of Python a term; never all joined at once."""
    start, count = 0, len(values)
    while start < count:
        goal = (ends[start - 1] if start else 0) + RUN_POSTINGS
        stop = min(count, bisect.bisect_left(ends, goal, start) + 1)
        yield b"".join(values[start:stop])
        start = stop


#: Pieces of postings written together: small ones are joined up to this many bytes, and
#: larger ones are written as they are (never copied).
WRITE_BYTES = 1 << 20


def joined(pieces: Iterable[Buffer]) -> Iterator[bytes | memoryview | array[int]]:
    """The pieces to write, small ones joined: few writes, no copy of a large piece, and a
    run of the old file read a piece at a time."""
    batch: list[bytes | memoryview | array[int]] = []
    held = 0
    for piece in pieces:
        if isinstance(piece, FileSpan):
            if batch:
                yield b"".join(batch)
                batch, held = [], 0
            yield from piece.pieces()
            continue
        size = memoryview(piece).nbytes
        if size >= WRITE_BYTES:
            if batch:
                yield b"".join(batch)
                batch, held = [], 0
            yield piece
            continue
        batch.append(piece)
        held += size
        if held >= WRITE_BYTES:
            yield b"".join(batch)
            batch, held = [], 0
    if batch:
        yield b"".join(batch)


def repeat_terms(
    repeats: Mapping[str, Any], terms: list[str], rep_terms: list[str] | None = None
) -> tuple[list[str], array[int]]:
    """The terms with repeats, sorted, and where each is among ``terms`` (every term,
    sorted): found by one look-up a term in a dict, not by a sort; ``rep_terms`` when
    the caller has them."""
    if rep_terms is None:
        if isinstance(repeats, Packed):
            rep_terms = repeats.sorted_terms()
        else:
            held = list(map(repeats.__contains__, terms))
            return list(compress(terms, held)), array("I", compress(range(len(terms)), held))
    out = array("I")
    at = 0
    for term in rep_terms:
        at = bisect.bisect_left(terms, term, at)
        out.append(at)
    return rep_terms, out
