"""Posting lists as an index file holds them: packed end to end, each cut out on first use.

The packed postings stay in the index file, read by offset (``HeldFile``): a term's are
read when a search first needs them, and the file's other bytes never enter the app's
memory. Saving writes the runs of postings that did not change straight from the old file
to the new one (``FileSpan``).
"""

from __future__ import annotations

import bisect
import os
import sys
import threading
from array import array
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from itertools import chain
from typing import Literal, NamedTuple, TypeVar, Union, overload

#: The array types of packed columns: doc ids, term frequencies.
Code = Literal["I", "H"]

V = TypeVar("V")
D = TypeVar("D")

#: Bytes of a file read at a time when they are copied or searched.
_PIECE = 1 << 20


class HeldFile:
    """An index file held open for reading by offset, for as long as postings come from it.

    Held open, it stays the file the index was loaded from when the next save replaces it.
    """

    __slots__ = ("_fd", "_lock")

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._lock = threading.Lock()  # for systems without pread: seek and read together

    def read(self, offset: int, size: int) -> bytes:
        """The ``size`` bytes at ``offset`` (OSError when the file has fewer)."""
        parts = []
        while size > 0:
            if hasattr(os, "pread"):
                part = os.pread(self._fd, size, offset)
            else:
                with self._lock:
                    os.lseek(self._fd, offset, os.SEEK_SET)
                    part = os.read(self._fd, size)
            if not part:
                raise OSError("the index file is shorter than it was")
            parts.append(part)
            size -= len(part)
            offset += len(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def __del__(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)


class FileSpan(NamedTuple):
    """Bytes of a held file to copy as they are: a run of packed postings."""

    file: HeldFile
    offset: int
    size: int

    def pieces(self) -> Iterator[bytes]:
        """The bytes, a piece at a time."""
        for at in range(self.offset, self.offset + self.size, _PIECE):
            yield self.file.read(at, min(_PIECE, self.offset + self.size - at))


#: Bytes to write: a packed column's piece, a run of a held file, a term's array, or joined ones.
Buffer = Union[bytes, memoryview, "array[int]", FileSpan]
#: Where a packed column is: its bytes in memory, or a held file and where it starts there.
Column = memoryview | tuple[HeldFile, int]


class Packed(Mapping[str, V]):
    """Term -> postings, kept packed as read from an index file and cut out on first use.

    A search reads a few terms out of hundreds of thousands: cutting every term's postings
    out when the file is loaded took longer than the rest of the load. The terms stay in
    one sorted list, found by bisection, with where each one's postings end in the packed
    columns (doc ids; frequencies too for repeats). A term cut out is kept (later batches
    extend it); one added after the load goes beside the packed ones. Postings a batch adds
    to a packed term not cut out go to a tail of their own (``extend``): a changed readout
    does not cut out the long postings of every common word it holds. A pass over every
    term (``items()``, ``values()``, saving) cuts each one afresh and keeps none.
    """

    def __init__(
        self, terms: list[str], ends: array[int], columns: tuple[tuple[Code, Column], ...]
    ) -> None:
        self._terms = terms  # sorted
        self._ends = ends  # by term: where its postings end in the columns, in postings
        self._columns = columns  # (array type code, where the bytes are)
        self._out: dict[str, V] = {}  # cut out, or added since the load
        self._added: list[str] = []
        #: Packed terms not cut out -> the postings added to them since the load.
        self._tails: dict[str, V] = {}
        self._lock = threading.Lock()  # a tail moves into a term cut out, or grows: not both
        self._next = 0  # the packed term after the last one found

    def _value(self, parts: tuple[array[int], ...]) -> V:
        raise NotImplementedError

    def _parts(self, value: V) -> tuple[array[int], ...]:
        raise NotImplementedError

    def _cut(self, at: int, tail: V | None = None) -> V:
        start, end = self._ends[at - 1] if at else 0, self._ends[at]
        parts = []
        for code, column in self._columns:
            part = array(code)
            part.frombytes(_bytes(column, start * part.itemsize, end * part.itemsize))
            parts.append(part)
        if tail is not None:
            for part, more in zip(parts, self._parts(tail), strict=True):
                part.extend(more)
        return self._value(tuple(parts))

    def extend(self, term: str, value: V) -> None:
        """Append postings (above every one the term holds) to the term, added if new."""
        with self._lock:
            kept = self._out.get(term)
            if kept is None:
                if self._find(term) < 0:
                    self[term] = value
                    return
                kept = self._tails.get(term)
                if kept is None:
                    self._tails[term] = value
                    return
            for part, more in zip(self._parts(kept), self._parts(value), strict=True):
                part.extend(more)

    def extend_all(self, values: Iterable[tuple[str, V]]) -> list[str]:
        """``extend`` each term (a batch's postings, term by term): the terms that were new.

        One pass under one lock, a look-up or two a term (a bisection for a term new since
        the last batch): a spilled index takes every batch of a first start this way.
        """
        added: list[str] = []
        with self._lock:
            out, tails, terms, grow = self._out, self._tails, self._terms, self._grow
            n, bisect_left = len(terms), bisect.bisect_left
            for term, value in values:
                kept = out.get(term)
                if kept is None:
                    kept = tails.get(term)
                    if kept is None:
                        at = bisect_left(terms, term)
                        if at < n and terms[at] == term:
                            tails[term] = value
                        else:
                            out[term] = value
                            added.append(term)
                        continue
                grow(kept, value)
        self._added.extend(added)
        return added

    def _grow(self, kept: V, value: V) -> None:
        """Append postings to those a term holds."""
        for part, more in zip(self._parts(kept), self._parts(value), strict=True):
            part.extend(more)

    def _find(self, term: str) -> int:
        """Where the term is among the packed ones, or -1."""
        terms = self._terms
        # Terms are often read in order (all those with a prefix): try after the last first.
        at = self._next
        if at >= len(terms) or terms[at] != term:
            at = bisect.bisect_left(terms, term)
            if at >= len(terms) or terms[at] != term:
                return -1
        self._next = at + 1  # only a guess, checked on use: threads may race for it
        return at

    def peek(self, term: str) -> V | None:
        """The term's postings without keeping them cut out."""
        value = self._out.get(term)
        if value is None:
            at = self._find(term)
            if at >= 0:
                value = self._cut(at, self._tails.get(term))
        return value

    @overload
    def get(self, term: str) -> V | None: ...
    @overload
    def get(self, term: str, default: V | D) -> V | D: ...
    def get(self, term: str, default: V | D | None = None) -> V | D | None:
        """The term's postings (cut out now if need be and kept), or the default."""
        value = self._out.get(term)
        if value is None:
            at = self._find(term)
            if at < 0:
                return default
            # Two threads may cut the same term out: the first one kept wins, so a batch
            # merged meanwhile extends the postings that everyone reads.
            with self._lock:
                value = self._out.get(term)
                if value is None:
                    value = self._out[term] = self._cut(at, self._tails.pop(term, None))
        return value

    def count(self, term: str) -> int:
        """How many postings the term has, without cutting them out."""
        value = self._out.get(term)
        if value is not None:
            return len(self._parts(value)[0])
        at = self._find(term)
        if at < 0:
            return 0
        tail = self._tails.get(term)
        more = len(self._parts(tail)[0]) if tail is not None else 0
        return self._ends[at] - (self._ends[at - 1] if at else 0) + more

    def layout(self, terms: Iterable[str]) -> tuple[array[int], list[Iterator[Buffer]]]:
        """For writing these terms' postings end to end: where each term's end, and the
        pieces of each column, in order (made as they are written). Runs of packed terms
        not cut out are read from where they are, a large piece at a time, never copied
        whole. Raises KeyError for a term not held."""
        kept, tails, names, packed_ends = self._out, self._tails, self._terms, self._ends
        n, at, total = len(names), 0, 0
        ends = array("Q")
        # The plan, two ints a step: a run of packed postings (start, end), or a value held
        # apart (-1 - its place in ``held``, 0). Plain ints: a few MB where a piece object
        # a run took tens at 100,000 readouts.
        plan = array("q")
        held: list[V] = []
        run = [0, 0]  # the packed postings gathered into the next step

        def flush() -> None:
            if run[1] > run[0]:
                plan.append(run[0])
                plan.append(run[1])
            run[0] = run[1]

        def hold(value: V) -> int:
            flush()
            plan.append(-1 - len(held))
            plan.append(0)
            held.append(value)
            return len(self._parts(value)[0])

        for term in terms:
            value = kept.get(term)
            if value is None:
                if at >= n or names[at] != term:
                    at = bisect.bisect_left(names, term)
                    if at >= n or names[at] != term:
                        raise KeyError(term)
                start, end = packed_ends[at - 1] if at else 0, packed_ends[at]
                if start != run[1]:
                    flush()
                    run[0] = run[1] = start
                run[1] = end
                total += end - start
                at += 1
                tail = tails.get(term)
                if tail is not None:  # its packed postings, then those added since
                    total += hold(tail)
            else:
                total += hold(value)
            ends.append(total)
        flush()
        return ends, [self._pieces(plan, held, column) for column in range(len(self._columns))]

    def _pieces(self, plan: array[int], held: list[V], column: int) -> Iterator[Buffer]:
        """The bytes of one column as ``layout`` planned them: packed runs read ahead a
        large piece at a time from the file (one read for many small runs), values held
        apart as they are."""
        code, source = self._columns[column]
        size = array(code).itemsize
        packed_bytes = (self._ends[-1] if self._ends else 0) * size
        window_start, window = 0, memoryview(b"")
        for step in range(0, len(plan), 2):
            a, b = plan[step], plan[step + 1]
            if a < 0:
                yield self._parts(held[-1 - a])[column]
                continue
            a, b = a * size, b * size
            if isinstance(source, memoryview):
                yield source[a:b]
            elif b - a >= _PIECE:
                yield FileSpan(source[0], source[1] + a, b - a)
            else:
                if not window_start <= a or b > window_start + len(window):
                    ahead = max(b - a, min(_PIECE, packed_bytes - a))
                    window_start, window = a, memoryview(source[0].read(source[1] + a, ahead))
                yield window[a - window_start : b - window_start]

    def sorted_terms(self) -> list[str]:
        """Every term, sorted."""
        if not self._added:
            return self._terms
        return sorted(chain(self._terms, self._added))

    def overlaid(self, changed: Mapping[str, V], as_packed: Iterable[str] = ()) -> Packed[V]:
        """A mapping over the same packed postings with every term held apart (cut out, or
        added since the load) taken from here or, where ``changed`` has it, from there,
        and the ``as_packed`` terms as they were packed: for writing (``layout``), not for
        searching."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._out = {**self._out, **changed}
        copy._added = list(self._added)
        copy._tails = dict(self._tails)
        copy._lock = threading.Lock()
        for term in as_packed:
            copy._out.pop(term, None)
            copy._tails.pop(term, None)
        return copy

    def packed_part(self, term: str) -> V | None:
        """The term's postings as packed in the file (none added since), or None."""
        at = self._find(term)
        return self._cut(at) if at >= 0 else None

    def touching(self, docs: Iterable[int]) -> set[str]:
        """Every term whose postings may hold any of these doc ids: the packed terms whose
        packed postings hold one (``holding``), and every term held apart (cut out, with a
        tail, or added since the load)."""
        return self.holding(docs) | set(self._out) | set(self._tails)

    def holding(self, docs: Iterable[int]) -> set[str]:
        """The packed terms whose packed postings hold any of these doc ids (the postings
        held apart, cut out or in tails, are not searched), found by reading the doc ids
        column through once."""
        patterns = [d.to_bytes(4, sys.byteorder) for d in set(docs)]
        found: set[str] = set()
        if not patterns:
            return found
        code, column = self._columns[0]
        total = (self._ends[-1] if self._ends else 0) * array(code).itemsize
        for start in range(0, total, _PIECE):  # pieces of whole ids: none is split
            piece = bytes(_bytes(column, start, min(total, start + _PIECE)))
            for pattern in patterns:
                at = piece.find(pattern)
                while at >= 0:
                    if at % 4 == 0:  # else the bytes of two neighbouring ids
                        posting = (start + at) // 4
                        found.add(self._terms[bisect.bisect_right(self._ends, posting)])
                    at = piece.find(pattern, at + 1)
        return found

    def views(self) -> Iterator[tuple[str, tuple[Sequence[int], ...]]]:
        """Every term with its columns, the packed ones viewed in place when in memory: a
        pass over every term that copies nothing then (the views stay valid as long as
        this mapping); packed postings in a file are cut out afresh."""
        if not all(isinstance(source, memoryview) for _, source in self._columns):
            for term, cut in self.peek_all():
                yield term, self._parts(cut)
            return
        views = [raw.cast(code) for code, raw in self._columns if isinstance(raw, memoryview)]
        ids, tfs = views[0], views[-1]
        kept, tails, parts = self._out, self._tails, self._parts
        start, pairs = 0, len(views) == 2
        for at, (term, end) in enumerate(zip(self._terms, self._ends, strict=True)):
            value = kept.get(term)
            if value is not None:
                yield term, parts(value)
            elif term in tails:
                yield term, parts(self._cut(at, tails.get(term)))
            else:
                yield term, (ids[start:end], tfs[start:end]) if pairs else (ids[start:end],)
            start = end
        for term in self._added:
            yield term, parts(kept[term])

    def __getitem__(self, term: str) -> V:
        value = self.get(term)
        if value is None:
            raise KeyError(term)
        return value

    def __setitem__(self, term: str, value: V) -> None:
        if term not in self:
            self._added.append(term)
        self._out[term] = value

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and (term in self._out or self._find(term) >= 0)

    def __iter__(self) -> Iterator[str]:
        return chain(self._terms, self._added)

    def __len__(self) -> int:
        return len(self._terms) + len(self._added)

    def items(self) -> ItemsView[str, V]:
        """Every term with its postings, none kept cut out."""
        return _PeekItems(self)

    def peek_all(self) -> Iterator[tuple[str, V]]:
        """Every term with its postings, each cut out afresh and not kept."""
        kept, cut, tails = self._out, self._cut, self._tails
        for at, term in enumerate(self._terms):
            value = kept.get(term)
            yield term, cut(at, tails.get(term)) if value is None else value
        for term in self._added:
            yield term, kept[term]

    def values(self) -> ValuesView[V]:
        """Every term's postings, none kept cut out."""
        return _PeekValues(self)


class _PeekItems(ItemsView[str, V]):
    """The items of a packed mapping, each term cut out afresh and not kept."""

    _mapping: Packed[V]

    def __iter__(self) -> Iterator[tuple[str, V]]:
        return self._mapping.peek_all()


class _PeekValues(ValuesView[V]):
    """The values of a packed mapping, each term cut out afresh and not kept."""

    _mapping: Packed[V]

    def __iter__(self) -> Iterator[V]:
        return (value for _, value in _PeekItems(self._mapping))


class PackedDocs(Packed["array[int]"]):
    """Term -> ascending doc ids, packed as native unsigned ints ("I")."""

    def __init__(self, terms: list[str], ends: array[int], ids: Column) -> None:
        super().__init__(terms, ends, (("I", ids),))
        self._ids = ids.cast("I") if isinstance(ids, memoryview) else None

    def _value(self, parts: tuple[array[int], ...]) -> array[int]:
        return parts[0]

    def _parts(self, value: array[int]) -> tuple[array[int], ...]:
        return (value,)

    def _grow(self, kept: array[int], value: array[int]) -> None:
        kept.extend(value)

    def view(self, term: str) -> array[int] | memoryview | None:
        """The term's doc ids to read once: the postings kept, else a view of the packed ones.

        A prefix search reads thousands of rare terms once each: neither copied nor kept.
        """
        value = self._out.get(term)
        if value is None:
            at = self._find(term)
            if at >= 0:
                if term in self._tails or self._ids is None:
                    return self._cut(at, self._tails.get(term))
                return self._ids[self._ends[at - 1] if at else 0 : self._ends[at]]
        return value


class PackedRepeats(Packed["tuple[array[int], array[int]]"]):
    """Term -> (doc ids, term frequencies), packed as unsigned ints ("I") and shorts ("H")."""

    def __init__(self, terms: list[str], ends: array[int], ids: Column, tfs: Column) -> None:
        super().__init__(terms, ends, (("I", ids), ("H", tfs)))

    def _value(self, parts: tuple[array[int], ...]) -> tuple[array[int], array[int]]:
        return parts[0], parts[1]

    def _parts(self, value: tuple[array[int], array[int]]) -> tuple[array[int], ...]:
        return value


def _bytes(column: Column, start: int, end: int) -> bytes | memoryview:
    """Bytes ``start`` to ``end`` of a packed column."""
    if isinstance(column, memoryview):
        return column[start:end]
    file, offset = column
    return file.read(offset + start, end - start) if end > start else b""
