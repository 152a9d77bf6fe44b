"""Posting lists as an index file holds them: packed end to end, each cut out on first use."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from itertools import chain
from typing import Literal, TypeVar, Union, overload

#: Bytes to write: a packed column's piece or a term's array.
Buffer = Union[memoryview, "array[int]"]
#: The array types of packed columns: doc ids, term frequencies.
Code = Literal["I", "H"]

V = TypeVar("V")
D = TypeVar("D")


class Packed(Mapping[str, V]):
    """Term -> postings, kept packed as read from an index file and cut out on first use.

    A search reads a few terms out of hundreds of thousands: cutting every term's postings
    out when the file is loaded took longer than the rest of the load. The terms stay in
    one sorted list, found by bisection, with where each one's postings end in the packed
    columns (doc ids; frequencies too for repeats). A term cut out is kept (later batches
    extend it); one added after the load goes beside the packed ones. A pass over every
    term (``items()``, ``values()``, saving) cuts each one afresh and keeps none.
    """

    def __init__(
        self, terms: list[str], ends: array[int], columns: tuple[tuple[Code, memoryview], ...]
    ) -> None:
        self._terms = terms  # sorted
        self._ends = ends  # by term: where its postings end in the columns, in postings
        self._columns = columns  # (array type code, raw bytes)
        self._out: dict[str, V] = {}  # cut out, or added since the load
        self._added: list[str] = []
        self._next = 0  # the packed term after the last one found

    def _value(self, parts: tuple[array[int], ...]) -> V:
        raise NotImplementedError

    def _parts(self, value: V) -> tuple[array[int], ...]:
        raise NotImplementedError

    def _cut(self, at: int) -> V:
        start, end = self._ends[at - 1] if at else 0, self._ends[at]
        parts = []
        for code, raw in self._columns:
            part = array(code)
            part.frombytes(raw[start * part.itemsize : end * part.itemsize])
            parts.append(part)
        return self._value(tuple(parts))

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
                value = self._cut(at)
        return value

    @overload
    def get(self, term: str) -> V | None: ...
    @overload
    def get(self, term: str, default: V | D) -> V | D: ...
    def get(self, term: str, default: V | D | None = None) -> V | D | None:
        """The term's postings (cut out now if need be and kept), or the default."""
        value = self._out.get(term)
        if value is None:
            value = self.peek(term)
            if value is None:
                return default
            # Two threads may cut the same term out: the first one kept wins, so a batch
            # merged meanwhile extends the postings that everyone reads.
            value = self._out.setdefault(term, value)
        return value

    def count(self, term: str) -> int:
        """How many postings the term has, without cutting them out."""
        value = self._out.get(term)
        if value is not None:
            return len(self._parts(value)[0])
        at = self._find(term)
        return self._ends[at] - (self._ends[at - 1] if at else 0) if at >= 0 else 0

    def layout(self, terms: Iterable[str]) -> tuple[array[int], list[list[Buffer]]]:
        """For writing these terms' postings end to end: where each term's end, and the
        pieces of each column, in order. Runs of packed terms not cut out are one piece
        each, not copied. Raises KeyError for a term not held."""
        kept, names, packed_ends = self._out, self._terms, self._ends
        n, at, total = len(names), 0, 0
        ends = array("Q")
        pieces: list[list[Buffer]] = [[] for _ in self._columns]
        run = [0, 0]  # the packed postings gathered into the next piece

        def flush() -> None:
            if run[1] > run[0]:
                for (code, raw), column in zip(self._columns, pieces, strict=True):
                    size = array(code).itemsize
                    column.append(raw[run[0] * size : run[1] * size])
            run[0] = run[1]

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
            else:
                flush()
                parts = self._parts(value)
                for part, column in zip(parts, pieces, strict=True):
                    column.append(part)
                total += len(parts[0])
            ends.append(total)
        flush()
        return ends, pieces

    def views(self) -> Iterator[tuple[str, tuple[Sequence[int], ...]]]:
        """Every term with its columns, the packed ones viewed in place: a pass over every
        term that copies nothing (the views stay valid as long as this mapping)."""
        views = [raw.cast(code) for code, raw in self._columns]
        ids, tfs = views[0], views[-1]
        kept, parts, start, pairs = self._out, self._parts, 0, len(views) == 2
        for term, end in zip(self._terms, self._ends, strict=True):
            value = kept.get(term)
            if value is not None:
                yield term, parts(value)
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
        kept, cut = self._out, self._cut
        for at, term in enumerate(self._terms):
            value = kept.get(term)
            yield term, cut(at) if value is None else value
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

    def __init__(self, terms: list[str], ends: array[int], ids: memoryview) -> None:
        super().__init__(terms, ends, (("I", ids),))
        self._ids = ids.cast("I")

    def _value(self, parts: tuple[array[int], ...]) -> array[int]:
        return parts[0]

    def _parts(self, value: array[int]) -> tuple[array[int], ...]:
        return (value,)

    def view(self, term: str) -> array[int] | memoryview | None:
        """The term's doc ids to read once: the postings kept, else a view of the packed ones.

        A prefix search reads thousands of rare terms once each: neither copied nor kept.
        """
        value = self._out.get(term)
        if value is None:
            at = self._find(term)
            if at >= 0:
                return self._ids[self._ends[at - 1] if at else 0 : self._ends[at]]
        return value


class PackedRepeats(Packed["tuple[array[int], array[int]]"]):
    """Term -> (doc ids, term frequencies), packed as unsigned ints ("I") and shorts ("H")."""

    def __init__(
        self, terms: list[str], ends: array[int], ids: memoryview, tfs: memoryview
    ) -> None:
        super().__init__(terms, ends, (("I", ids), ("H", tfs)))

    def _value(self, parts: tuple[array[int], ...]) -> tuple[array[int], array[int]]:
        return parts[0], parts[1]

    def _parts(self, value: tuple[array[int], array[int]]) -> tuple[array[int], ...]:
        return value
