"""A built search index kept in a file next to the store, so a warm start skips indexing.

The file is ours alone: a magic header, a CRC-32 of the rest, the length of a marshalled
table of plain ints, strings and bytes, that table, then the postings of every term packed
end to end as raw machine ints. A damaged, truncated or foreign file is recognised before
anything is unmarshalled, and the caller simply builds the index again. The packed
postings are not split up when loaded: a term's are cut out when a search first reads them.
Readouts themselves are not in the file; they come from the store, and the file records
which readout each doc id stood for and a fingerprint of the data the index was built from.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import chain, repeat
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from summit_tui import __version__
from summit_tui.core.model.entry import Entry, ids_of, sort_keys_of
from summit_tui.core.search.columns import joined, layout, repeat_terms
from summit_tui.core.search.packed import (
    Column,
    HeldFile,
    Packed,
    PackedDocs,
    PackedRepeats,
)
from summit_tui.core.search.postings import Postings, from_positions, positions
from summit_tui.core.search.state import ALWAYS_CACHED, IndexState
from summit_tui.core.support.atomic import atomic_writer, move_aside
from summit_tui.core.support.gc_pause import gc_paused
from summit_tui.core.support.safe_read import RefusedFile, open_capped

#: Bump when the index layout or the tokenizer changes: an older file is then rebuilt.
INDEX_FORMAT = 6
_MAGIC = b"SUMMIT-IDX\x00\x03"
_HEADER = len(_MAGIC) + 4  # the magic, then the CRC-32 of the rest, big-endian
_LENGTH = 8  # then the length of the marshalled table, big-endian
# marshal's format follows the Python version, raw arrays the machine's ints.
_STAMP = (
    f"{INDEX_FORMAT}/{__version__}/{sys.version_info[0]}.{sys.version_info[1]}"
    f"/{sys.byteorder}/{array('I').itemsize}{array('H').itemsize}{array('Q').itemsize}"
)
_ID_SIZE, _TF_SIZE = array("I").itemsize, array("H").itemsize
V = TypeVar("V")
_DIFFER = "the readouts differ from those the cache was built from"
#: A larger file at the index's place is refused before any byte of it is read, as a store
#: file over this size is (``store.MAX_CACHE_FILE_BYTES``).
MAX_INDEX_FILE_BYTES = 2_000_000_000


class CacheMiss(Exception):
    """The cache file is missing, damaged, or was built from other data: build afresh."""


class CacheSetAside(CacheMiss):
    """The cache file was not one to read (a FIFO, a device, a folder, too large): it was
    moved aside, or could not be; str() is the notice that tells the user."""


def _set_aside(path: Path, why: RefusedFile) -> CacheSetAside:
    """Move a cache file that is not one to read to ``<name>.corrupt-<timestamp>`` (so the
    index saved next is a regular file there, and the odd one is kept to look at); the
    notice of it."""
    try:
        aside = move_aside(path)
    except OSError as exc:
        return CacheSetAside(
            f"The search index file could not be used ({why}) nor moved "
            f"aside ({exc.strerror or exc}); the index is built again."
        )
    return CacheSetAside(
        f"The search index file could not be used ({why}); moved it to "
        f"{aside.name} and built the index again."
    )


def index_cache_path(db_path: Path) -> Path:
    """Where the index of a store's database is kept: ``<db>.index`` beside it."""
    return db_path.with_name(db_path.name + ".index")


def store_fingerprint(db_path: Path) -> str:
    """What changes whenever the store's data does: the stamps of its manifest and shards.

    The store rewrites a file of its database on every sync that changed something, and
    only then. An empty string when the database does not exist (nothing can be trusted).
    """
    from summit_tui.core.store.paths import data_fingerprint  # the store imports this module

    return data_fingerprint(db_path)


def entries_digest(entries: Sequence[Entry]) -> str:
    """A digest of the readouts' dates and titles, in this order.

    The file keeps the ids whole, and the store's fingerprint stands for the rest of the
    data. The file a readout comes from is not indexed: a moved file keeps its index.
    """
    return _digest(sort_keys_of(entries))


#: Readouts whose dates and titles are digested at a time: a save does not join every
#: title into one string (12 MB at 100,000 readouts, while the index is held too).
_DIGEST_PART = 8192


def _digest(sort_keys: list[tuple[dt.date, str]]) -> str:
    # Column by column, a part at a time, with neither sorting nor a string per readout.
    h = hashlib.blake2b(digest_size=16)
    for at in range(0, len(sort_keys), _DIGEST_PART):
        dates, titles = zip(*sort_keys[at : at + _DIGEST_PART], strict=True)
        h.update(array("I", map(dt.date.toordinal, dates)))
        h.update(_column_bytes(titles))
    return h.hexdigest()


#: What joins the terms in a saved index (no word or key holds it; checked).
_TERM_SEPARATOR = "\x00"


def _packed_terms(terms: list[str]) -> str | list[str]:
    """The sorted terms as the file keeps them: joined when no term holds the separator."""
    joined_terms = _TERM_SEPARATOR.join(terms)
    if joined_terms.count(_TERM_SEPARATOR) == len(terms) - 1:
        return joined_terms
    return terms


def _unpacked_terms(saved: str | list[str]) -> list[str]:
    """The terms of a saved index (``_packed_terms``)."""
    if isinstance(saved, str):
        return saved.split(_TERM_SEPARATOR) if saved else []
    return saved


def _column_bytes(column: Sequence[str]) -> bytes:
    """The strings as bytes that no other list of strings gives."""
    joined = "\x00".join(column)
    if joined.count("\x00") == len(column) - 1:  # no string holds the separator
        return b"\x00" + joined.encode("utf-8", "surrogatepass")
    return (
        b"\x01"
        + array("I", map(len, column)).tobytes()
        + "".join(column).encode("utf-8", "surrogatepass")
    )


def save(state: IndexState, path: Path, fingerprint: str) -> None:
    """Write the index atomically (temp file, fsync, rename); raises OSError on failure.

    Only an index without removed or replaced docs can be saved: its doc ids are then
    exactly the entries it holds, which is what ``load`` checks against (``save_live``
    saves any index, as if built from its live readouts only).
    """
    if state.live_count() != len(state.docs):
        raise ValueError("the index has removed or replaced readouts: build it afresh to save")
    post = state.postings
    _write(
        path,
        fingerprint,
        state.docs,
        state.sort_keys,
        state.doclen,
        state.newest_order(),
        state.total_len,
        post.keys(),
        post.docs,
        post.repeats,
        post.cached_bitmaps(),
    )


def save_live(state: IndexState, path: Path, fingerprint: str) -> None:
    """Write the index of the live readouts only, without building it again.

    Replaced and removed docs leave holes in the doc ids; the last live docs move into
    them, so only the postings that hold a hole or a moved doc change. Raises OSError.
    """
    post = state.postings
    n = len(state.docs)
    live = state.live & ((1 << n) - 1)
    dead = set(positions(~live & ((1 << n) - 1)))
    if not dead:
        save(state, path, fingerprint)
        return
    m = n - len(dead)
    holes = sorted(d for d in dead if d < m)
    movers = [d for d in range(m, n) if d not in dead]
    moved = dict(zip(movers, holes, strict=True))
    order = list(range(m))
    for src, dst in moved.items():
        order[dst] = src  # new doc id -> old doc id
    docs = [state.docs[old] for old in order]
    doclen = [state.doclen[old] for old in order]
    keys = [state.sort_keys[old] for old in order]
    by_row = sorted(range(m), key=keys.__getitem__, reverse=True)
    newest = [0] * m
    for row, doc in enumerate(by_row):
        newest[doc] = row

    few = len(holes) <= 32  # the usual case: a few files changed since the index was built

    def fix(
        ids: Sequence[int], tfs: Sequence[int] | None = None
    ) -> tuple[Sequence[int], Sequence[int] | None]:
        """The postings without dead docs, moved docs renumbered (unchanged when untouched)."""
        tail = bisect.bisect_left(ids, m)
        if few:
            hit = [at for at in map(partial(_find, ids), holes) if at >= 0]
            if tail == len(ids) and not hit:
                return ids, tfs
            # Few changes in a long list: edit a copy in place (C moves), no re-sort.
            new_ids = array("I", ids)
            new_tfs = array("H", tfs) if tfs is not None else None
            moving = [
                (moved[d], tfs[at] if tfs is not None else 0)
                for at, d in enumerate(ids[tail:], tail)
                if d not in dead
            ]
            del new_ids[tail:]
            for at in sorted(hit, reverse=True):
                del new_ids[at]
            if new_tfs is not None:
                del new_tfs[tail:]
                for at in sorted(hit, reverse=True):
                    del new_tfs[at]
            for d, tf in moving:
                at = bisect.bisect_left(new_ids, d)
                new_ids.insert(at, d)
                if new_tfs is not None:
                    new_tfs.insert(at, tf)
            return new_ids, new_tfs
        if tail == len(ids) and not any(_find(ids, h) >= 0 for h in holes):
            return ids, tfs
        pairs = sorted(
            (moved.get(d, d), tf)
            for d, tf in zip(ids, tfs if tfs is not None else repeat(0), strict=False)
            if d not in dead
        )
        return (
            array("I", [d for d, _ in pairs]),
            array("H", [tf for _, tf in pairs]) if tfs is not None else None,
        )

    # Only the postings that change are held: the others are written as they are (runs of
    # a loaded index's packed postings are not even cut out), so that saving after a few
    # changes needs little more memory than the index itself.
    postings: dict[str, Sequence[int]] = {}  # changed terms -> new doc ids (empty: gone)
    repeats: dict[str, tuple[Sequence[int], Sequence[int]]] = {}
    docs_post, rep_post = post.docs, post.repeats
    if few and isinstance(docs_post, Packed) and isinstance(rep_post, Packed):
        # A loaded index: the few terms that hold a dead or moving doc are found by reading
        # the packed doc ids through once, and only theirs are cut out.
        # A term whose postings come out as its packed ones (a changed readout's old doc
        # and new doc hold it alike: the new one takes the old one's doc id) is written
        # from the file again, not held.
        touched = dead | set(movers)
        as_packed: dict[str, int] = {}  # term -> its postings, as packed
        for term in docs_post.touching(touched):
            held = docs_post.peek(term)
            if held is not None:
                fixed, _ = fix(held)
                if fixed is held:
                    continue
                if fixed == docs_post.packed_part(term):
                    as_packed[term] = len(fixed)
                else:
                    postings[term] = fixed
        rep_as_packed: set[str] = set()
        for term in rep_post.touching(touched):
            pair = rep_post.peek(term)
            if pair is not None:
                new_ids, new_tfs = fix(*pair)
                if new_ids is pair[0] or new_tfs is None:
                    continue
                if (new_ids, new_tfs) == rep_post.packed_part(term):
                    rep_as_packed.add(term)
                else:
                    repeats[term] = (new_ids, new_tfs)
    else:
        as_packed, rep_as_packed = {}, set()
        for term, (ids,) in _views(docs_post):
            new_ids, _ = fix(ids)
            if new_ids is not ids:
                postings[term] = new_ids
        for term, (ids, tfs) in _views(rep_post):
            new_ids, new_tfs = fix(ids, tfs)
            if new_ids is not ids and new_tfs is not None:
                repeats[term] = (new_ids, new_tfs)
    all_terms = post.keys()
    terms = [t for t in all_terms if t not in postings or postings[t]]
    rep_terms = [t for t in _sorted_terms(post.repeats) if t not in repeats or repeats[t][0]]
    bitmaps = {}  # kept where the postings did not change, built again where they did
    dead_bits = from_positions(dead, n)
    for t, (bm, covered) in post.cached_bitmaps().items():
        if t in postings:
            if postings[t]:
                bitmaps[t] = (from_positions(postings[t], m), len(postings[t]))
        elif t in as_packed:
            if covered == as_packed[t]:  # the packed postings': theirs again
                bitmaps[t] = (bm, covered)
            elif covered == post.df(t):  # its docs renumbered as the postings are
                moving = sum(1 << dst for src, dst in moved.items() if bm >> src & 1)
                bitmaps[t] = (bm & ~dead_bits & ((1 << m) - 1) | moving, as_packed[t])
        elif covered == post.df(t):  # else built when needed
            bitmaps[t] = (bm, covered)
    _write(
        path,
        fingerprint,
        docs,
        keys,
        doclen,
        newest,
        sum(doclen),
        terms,
        _overlaid(post.docs, postings, as_packed),
        _overlaid(post.repeats, repeats, rep_as_packed),
        bitmaps,
        rep_terms,
    )


def _sorted_terms(mapping: Mapping[str, Any]) -> list[str]:
    """The terms of a postings mapping, sorted (a packed mapping's are sorted already)."""
    if isinstance(mapping, Packed):
        return mapping.sorted_terms()
    return sorted(mapping)


def _overlaid(
    mapping: Mapping[str, V], changed: Mapping[str, Any], as_packed: Iterable[str]
) -> Mapping[str, V]:
    """The mapping with the changed terms' postings in place of their own, and those of
    ``as_packed`` as they were packed (a packed mapping's only)."""
    if isinstance(mapping, Packed):
        return mapping.overlaid(changed, as_packed)
    return {**mapping, **changed}


def _views(
    mapping: Mapping[str, array[int]] | Mapping[str, tuple[array[int], array[int]]],
) -> Iterator[tuple[str, tuple[Sequence[int], ...]]]:
    """Every term with its columns (doc ids; frequencies too for repeats), nothing copied."""
    if isinstance(mapping, Packed):
        return mapping.views()
    return ((t, v if isinstance(v, tuple) else (v,)) for t, v in mapping.items())


def _find(ids: Sequence[int], doc: int) -> int:
    """Where the doc is in ascending ids, or -1."""
    at = bisect.bisect_left(ids, doc)
    return at if at < len(ids) and ids[at] == doc else -1


# Saving makes many objects and frees none (the table's lists, the joined pieces): a
# collection meanwhile would only walk every readout held (a fifth of the save at 100,000
# readouts).
@gc_paused()
def _write(
    path: Path,
    fingerprint: str,
    docs: Sequence[Entry],
    sort_keys: list[tuple[dt.date, str]],
    doclen: Sequence[int],
    newest: Sequence[int],
    total_len: int,
    terms: list[str],
    postings: Mapping[str, Sequence[int]],
    repeats: Mapping[str, tuple[Sequence[int], Sequence[int]]],
    bitmaps: dict[str, tuple[int, int]],
    rep_terms: list[str] | None = None,
) -> None:
    rep_terms, rep_at = repeat_terms(repeats, terms, rep_terms)
    ends, (ids,) = layout(postings, terms)
    rep_ends, (rep_ids, rep_tfs) = layout(repeats, rep_terms, 2)
    saved: dict[str, Any] = {
        "stamp": _STAMP,
        "fingerprint": fingerprint,
        "digest": _digest(sort_keys),
        "ids": [e.id for e in docs],
        "doclen": array("I", doclen).tobytes(),
        "newest": array("I", newest).tobytes(),
        "total_len": total_len,
        # Sorted, so the first prefix search after a load need not sort; one string where
        # no term holds the separator (marshal keeps no table of 400,000 strings then).
        "terms": _packed_terms(terms),
        "ends": ends.tobytes(),  # by term: where its postings end in the packed ones
        "rep_at": rep_at.tobytes(),  # among terms
        "rep_ends": rep_ends.tobytes(),
        # Facet and common-word bitmaps, so the first search after a load is as quick as
        # the next: (term, postings covered, little-endian bytes).
        "bitmaps": [
            (t, n, bm.to_bytes((bm.bit_length() + 7) // 8, "little"))
            for t, (bm, n) in bitmaps.items()
        ],
    }
    table = marshal.dumps(saved)
    saved.clear()
    packed = chain(ids, rep_ids, rep_tfs)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(path) as fh:
        fh.write(_MAGIC + bytes(4))  # the checksum goes there once the rest is written
        length = len(table).to_bytes(_LENGTH, "big")
        crc = zlib.crc32(table, zlib.crc32(length))
        fh.write(length)
        fh.write(table)
        del table  # let go before the postings are read and joined
        # The postings go out piece by piece: never joined in one copy.
        for chunk in joined(packed):
            crc = zlib.crc32(chunk, crc)
            fh.write(chunk)
        fh.seek(len(_MAGIC))
        fh.write(crc.to_bytes(4, "big"))


def load(path: Path, fingerprint: str, entries: Sequence[Entry]) -> IndexState:
    """The saved index for exactly these entries and fingerprint; raises CacheMiss otherwise."""
    if not fingerprint:
        raise CacheMiss("no fingerprint of the data to check the cache against")
    try:
        # Never a FIFO or a device, never past the cap; a few large reads, straight to bytes,
        # none beyond the size the file had when opened.
        fh, total = open_capped(path, MAX_INDEX_FILE_BYTES)
        with fh:
            head = _read(fh, _HEADER + _LENGTH)
            if len(head) < _HEADER + _LENGTH or not head.startswith(_MAGIC):
                raise CacheMiss("not an index cache file")
            rest = total - len(head)
            size = int.from_bytes(head[_HEADER:], "big")
            if size > rest:
                raise CacheMiss("the cache file is damaged")
            # The table is let go once unmarshalled; the packed postings stay, mapped where
            # the system allows (only the pages a search reads are then in memory).
            table = _read(fh, size)
            crc = zlib.crc32(table, zlib.crc32(head[_HEADER:]))
            packed, crc = _packed(fh, len(head) + size, rest - size, crc)
            at = len(head) + size  # where the packed postings start in the file
    except FileNotFoundError:
        raise CacheMiss("no cache file yet") from None
    except RefusedFile as exc:
        raise _set_aside(path, exc) from None
    except OSError as exc:
        raise CacheMiss(f"cannot read the cache file: {exc}") from None
    if crc.to_bytes(4, "big") != head[len(_MAGIC) : _HEADER]:
        raise CacheMiss("the cache file is damaged")
    try:
        saved = marshal.loads(table)
    except (ValueError, EOFError, TypeError) as exc:
        raise CacheMiss(f"the cache file is damaged: {exc}") from None
    del table
    if not isinstance(saved, dict) or saved.get("stamp") != _STAMP:
        raise CacheMiss("the cache was written by another version")
    if saved.get("fingerprint") != fingerprint:
        raise CacheMiss("the data changed since the cache was written")
    try:
        return _restored(saved, packed, at, rest - size, entries)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CacheMiss(f"the cache file is damaged: {exc!r}") from None


#: Bytes of the packed postings checked at a time when they are left in the file.
_CHECK_PIECE = 1 << 20


def _packed(fh: BinaryIO, start: int, size: int, crc: int) -> tuple[bytes | HeldFile, int]:
    """The packed postings (``size`` bytes from ``start``), or the file held open to read
    them from, and the CRC-32 taken on with them.

    Large postings are checked piece by piece and left in the file, held open (a file
    replaced by the next save stays readable for as long as it is held): the index does
    not hold a copy of them, and a search reads those of its terms. Small ones are read,
    and so are all where a file held open cannot be replaced (Windows).
    """
    if size < _CHECK_PIECE or os.name != "posix":
        packed = _read(fh, size)
        return packed, zlib.crc32(packed, crc)
    left = size
    while left:
        piece = fh.read(min(left, _CHECK_PIECE))
        if not piece:
            raise CacheMiss("the cache file is damaged")
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    return HeldFile(os.dup(fh.fileno())), crc


def _read(fh: BinaryIO, size: int) -> bytes:
    """Up to size bytes (fewer at the end of the file); one read unless the system splits it."""
    parts = []
    while size > 0 and (part := fh.read(size)):
        parts.append(part)
        size -= len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _restored(
    saved: dict[str, Any],
    packed: bytes | HeldFile,
    at: int,
    size: int,
    entries: Sequence[Entry],
) -> IndexState:
    ids: list[str] = saved["ids"]
    n = len(ids)
    if len(entries) != n:
        raise CacheMiss(_DIFFER)
    # Each entry's id, date and title are read once: at 100,000 readouts, every pass over
    # them costs more than reading the whole file.
    given = ids_of(entries)
    if given == ids:  # the store lists them as they were indexed: the usual case
        docs = list(entries)
    else:
        by_id = dict(zip(given, entries, strict=True))
        if len(by_id) != n:  # two files hold readouts with one id: which is which is unknown
            raise CacheMiss(_DIFFER)
        try:
            docs = list(map(by_id.__getitem__, ids))
        except KeyError:
            raise CacheMiss(_DIFFER) from None
    sort_keys = sort_keys_of(docs)
    if saved["digest"] != _digest(sort_keys):
        raise CacheMiss(_DIFFER)
    doclen = _ints("I", saved["doclen"])
    newest = _ints("I", saved["newest"])
    terms = _unpacked_terms(saved["terms"])
    ends = _ints("Q", saved["ends"])
    rep_at = _ints("I", saved["rep_at"])
    rep_ends = _ints("Q", saved["rep_ends"])
    n_ids = ends[-1] if ends else 0
    n_reps = rep_ends[-1] if rep_ends else 0
    if (
        not len(doclen) == len(newest) == n
        or len(ends) != len(terms)
        or len(rep_ends) != len(rep_at)
        or size != n_ids * _ID_SIZE + n_reps * (_ID_SIZE + _TF_SIZE)
    ):
        raise CacheMiss("the cache's tables disagree")
    a, b = n_ids * _ID_SIZE, (n_ids + n_reps) * _ID_SIZE
    columns: list[Column]
    if isinstance(packed, HeldFile):
        columns = [(packed, at), (packed, at + a), (packed, at + b)]
    else:
        view = memoryview(packed)
        columns = [view[:a], view[a:b], view[b:]]
    postings = PackedDocs(terms, ends, columns[0])
    repeats = PackedRepeats(list(map(terms.__getitem__, rep_at)), rep_ends, columns[1], columns[2])
    bitmaps = {
        term: (int.from_bytes(blob, "little"), covers)
        for term, covers, blob in saved["bitmaps"]
        if postings.count(term) == covers  # else it is simply built when needed
    }
    return IndexState.restored(
        docs=docs,
        ids=ids,
        sort_keys=sort_keys,
        doclen=list(doclen),
        newest=list(newest),
        total_len=int(saved["total_len"]),
        postings=Postings.restored(postings, repeats, n, terms, bitmaps, keep=ALWAYS_CACHED),
    )


def _ints(code: str, blob: bytes) -> array[int]:
    out = array(code)
    out.frombytes(blob)
    return out
