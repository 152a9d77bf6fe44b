"""Posting lists kept as append-only arrays, served as Python-int bitmaps (bit i = doc i)."""

from __future__ import annotations

import bisect
import threading
from array import array
from collections import deque
from collections.abc import Iterable, Mapping
from itertools import compress, repeat

from summit_tui.core.search.packed import PackedDocs, PackedRepeats

_sink: deque[None] = deque(maxlen=0)
_consume = _sink.extend
# A bitmap is built and read through one byte per doc (0 or 1), which C loops fill and scan:
# set bytes with map(), then translate to "0"/"1" digits and parse them as a base-2 int.
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_TO_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def flags_to_bitmap(flags: bytearray) -> int:
    """A bitmap from one byte per doc (nonzero bytes must be 1)."""
    return int(flags[::-1].translate(_TO_DIGITS), 2) if flags else 0


def set_flags(flags: bytearray, positions: Iterable[int]) -> None:
    """Set the byte of each position to 1."""
    _consume(map(flags.__setitem__, positions, repeat(1)))


def from_positions(positions: Iterable[int], size: int) -> int:
    """A bitmap with the given bits set (all below ``size``)."""
    flags = bytearray(size)
    set_flags(flags, positions)
    return flags_to_bitmap(flags)


def positions(bitmap: int) -> list[int]:
    """The set bits of a bitmap, lowest first."""
    if not bitmap:
        return []
    # bin(), translate() and compress() all run in C; reversing puts bit 0 first.
    flags = bin(bitmap)[:1:-1].encode("ascii").translate(_TO_FLAGS)
    return list(compress(range(len(flags)), flags))


class Postings:
    """Term -> ascending doc ids (and term frequencies for text words), bitmaps on demand.

    Docs only ever get appended, so a cached bitmap is brought up to date by OR-ing in the
    postings added since it was built, never rebuilt.
    """

    def __init__(self, keep: tuple[str, ...] = ()) -> None:
        # Plain dicts while indexing; packed mappings when loaded from an index file.
        self.docs: dict[str, array[int]] | PackedDocs = {}
        # Term frequencies only where a term occurs twice or more (tf 1 is the default):
        # term -> (doc ids, frequencies).
        self.repeats: dict[str, tuple[array[int], array[int]]] | PackedRepeats = {}
        self._bitmaps: dict[str, tuple[int, int]] = {}
        self._sorted: list[str] | None = []
        self.size = 0  # number of docs: bitmaps are at most this many bits
        self.keep = keep  # key prefixes whose bitmaps are always cached
        #: Postings merged since they were last packed (``pack``), and those packed then.
        self.held = 0
        self.packed = 0
        # A loader thread merges batches while the UI searches: the lock keeps a merge from
        # growing the dict under sorted(), the only place that iterates it.
        self._lock = threading.Lock()

    @classmethod
    def restored(
        cls,
        docs: PackedDocs,
        repeats: PackedRepeats,
        size: int,
        terms: list[str],
        bitmaps: dict[str, tuple[int, int]],
        keep: tuple[str, ...] = (),
    ) -> Postings:
        """Postings as an index file kept them: ``terms`` every term of ``docs``, sorted, and
        ``bitmaps`` term -> (bitmap, postings it covers) for the bitmaps it saved."""
        post = cls(keep)
        post.docs = docs
        post.repeats = repeats
        post.size = size
        post._bitmaps = bitmaps
        post._sorted = terms
        return post

    def merge(
        self,
        fresh: Mapping[str, array[int] | list[int]],
        repeats: Mapping[str, tuple[array[int] | list[int], array[int] | list[int]]],
    ) -> None:
        """Append a batch's postings (term -> new doc ids, ascending, above all earlier ones).

        ``repeats`` maps a term to the docs holding it twice or more and those frequencies.

        A batch's doc ids come in arrays (``SearchIndex`` appends to them as it goes; the
        array of a new term is taken as it is) or lists, packed here once per term.
        """
        with self._lock:
            self._merge(fresh, repeats)

    def pack(self, docs: PackedDocs, repeats: PackedRepeats) -> None:
        """Hold the same postings packed from now on (``spill``): the arrays that held them
        are let go once no search reads them."""
        with self._lock:
            self.docs, self.repeats = docs, repeats
            self.packed += self.held
            self.held = 0

    def _merge(
        self,
        fresh: Mapping[str, array[int] | list[int]],
        repeats: Mapping[str, tuple[array[int] | list[int], array[int] | list[int]]],
    ) -> None:
        self.held += sum(map(len, fresh.values()))
        self.held += sum(len(ids) for ids, _ in repeats.values())
        docs = self.docs
        added: list[str] = []
        if isinstance(docs, PackedDocs):  # loaded or spilled: its packed postings get tails
            added = docs.extend_all(
                (term, ids if isinstance(ids, array) else array("I", ids))
                for term, ids in fresh.items()
            )
        else:
            for term, ids in fresh.items():
                arr = docs.get(term)
                if arr is None:
                    docs[term] = ids if isinstance(ids, array) else array("I", ids)
                    added.append(term)
                else:
                    arr.extend(ids)
        packed_repeats = self.repeats
        if isinstance(packed_repeats, PackedRepeats):
            packed_repeats.extend_all(
                (term, _repeat_arrays(*pair)) for term, pair in repeats.items()
            )
            repeats = {}
        for term, (ids, tfs) in repeats.items():
            more = _repeat_arrays(ids, tfs)
            ids_tfs = self.repeats.get(term)
            if ids_tfs is None:
                self.repeats[term] = more
            else:
                ids_tfs[0].extend(more[0])
                ids_tfs[1].extend(more[1])
        if added:  # the sorted terms stay right while a batch only holds known words
            self._sorted = _with_terms(self._sorted, added)

    def __contains__(self, term: str) -> bool:
        return term in self.docs

    def df(self, term: str) -> int:
        """How many docs hold the term (replaced docs included)."""
        docs = self.docs
        if isinstance(docs, PackedDocs):
            return docs.count(term)  # without cutting the postings out
        arr = docs.get(term)
        return len(arr) if arr is not None else 0

    def bitmap(self, term: str) -> int:
        """The docs holding the term, as a bitmap."""
        cached = self._bitmaps.get(term)
        if cached is not None and cached[1] == self.df(term):
            return cached[0]
        arr = self.docs.get(term)
        if arr is None:
            return 0
        done = cached[1] if cached else 0
        bm = (cached[0] if cached else 0) | from_positions(arr[done:], self.size)
        # Only common terms are cached: a rare one is rebuilt in microseconds, and caching
        # every term would cost size/8 bytes for each word of the vocabulary.
        if len(arr) * 16 >= self.size or term.startswith(self.keep):
            self._bitmaps[term] = (bm, len(arr))
        return bm

    def warm(self) -> None:
        """Build the bitmaps a first search needs: facet keys and common words."""
        for term in list(self.docs):
            if self.df(term) * 16 >= self.size or term.startswith(self.keep):
                self.bitmap(term)

    def cached_bitmaps(self) -> dict[str, tuple[int, int]]:
        """Term -> (bitmap, postings it covers) for every bitmap kept in memory."""
        return dict(self._bitmaps)

    def union(self, terms: Iterable[str]) -> int:
        """The docs holding any of the terms."""
        out = 0
        flags: bytearray | None = None
        docs = self.docs
        read = docs.view if isinstance(docs, PackedDocs) else docs.get
        for term in terms:
            if term in self._bitmaps:
                out |= self.bitmap(term)
                continue
            arr = read(term)
            if arr is None:
                continue
            if len(arr) * 16 >= self.size or term.startswith(self.keep):
                out |= self.bitmap(term)
            else:  # rare terms go straight into one buffer
                if flags is None:
                    flags = bytearray(self.size)
                set_flags(flags, arr)
        return out | flags_to_bitmap(flags) if flags is not None else out

    def keys(self) -> list[str]:
        """Every term, sorted (kept until a batch brings a new term)."""
        keys = self._sorted
        if keys is None:
            with self._lock:
                keys = self._sorted = sorted(self.docs)
        return keys

    def with_prefix(self, prefix: str) -> list[str]:
        """Every term that starts with the prefix, in sorted order."""
        keys = self.keys()
        lo = bisect.bisect_left(keys, prefix)
        hi = bisect.bisect_left(keys, prefix + "\U0010ffff")
        return keys[lo:hi]


def _repeat_arrays(
    ids: array[int] | list[int], tfs: array[int] | list[int]
) -> tuple[array[int], array[int]]:
    """A batch's docs that hold a term twice or more, and how often (at most 65,535), as
    arrays: those given as arrays ("I", "H") are taken as they are."""
    if isinstance(ids, array) and isinstance(tfs, array) and ids.typecode + tfs.typecode == "IH":
        return ids, tfs
    return (
        array("I", ids),
        array("H", tfs if max(tfs) < 65536 else [min(tf, 65535) for tf in tfs]),
    )


#: Up to this many new terms are put into the sorted terms one by one (each a copy of the
#: list's tail: about 30 us at 400,000 terms); more sort them again when next asked for.
_INSERT_MAX = 64


def _with_terms(keys: list[str] | None, added: list[str]) -> list[str] | None:
    """The sorted terms with new ones in, or None (sorted again when next asked for).

    A few new terms (one changed readout brings a handful) go into a copy one by one, so
    that a sync of one file does not sort every term again (long in a large folder); the
    list that searches may be reading is never changed in place.
    """
    if keys is None or not keys or len(added) > _INSERT_MAX:
        return None
    out = list(keys)
    for term in added:
        bisect.insort(out, term)
    return out
