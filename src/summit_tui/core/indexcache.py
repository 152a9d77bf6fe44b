"""A built search index kept in a file next to the store, so a warm start skips indexing.

The file is ours alone and holds only plain ints, strings and bytes (marshal), behind a
magic header and a CRC-32 of the payload: a damaged, truncated or foreign file is
recognised before it is unmarshalled, and the caller simply builds the index again. Readouts
themselves are not in the file; they come from the store, and the file records which
readout each doc id stood for and a fingerprint of the data the index was built from.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import marshal
import os
import sys
import threading
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import accumulate, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui import __version__
from summit_tui.core.models import Entry

if TYPE_CHECKING:
    from summit_tui.core.search import SearchIndex

#: Bump when the index layout or the tokenizer changes: an older file is then rebuilt.
INDEX_FORMAT = 3
_MAGIC = b"SUMMIT-IDX\x00\x02"
_HEADER = len(_MAGIC) + 4  # the magic, then the CRC-32 of the rest, big-endian
# marshal's format follows the Python version, raw arrays the machine's ints.
_STAMP = (
    f"{INDEX_FORMAT}/{__version__}/{sys.version_info[0]}.{sys.version_info[1]}"
    f"/{sys.byteorder}/{array('I').itemsize}{array('H').itemsize}"
)


_gc_lock = threading.Lock()
_gc_pauses = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a block allocates many acyclic objects.

    With tens of thousands of readouts in memory every full collection walks them all, and
    allocating postings triggers many: indexing and loading run several times faster
    without. Pauses nest and may overlap across threads; the last one out re-enables.
    """
    global _gc_pauses
    with _gc_lock:
        mine = _gc_pauses > 0 or gc.isenabled()  # else someone turned it off for good
        if mine:
            _gc_pauses += 1
            gc.disable()
    try:
        yield
    finally:
        if mine:
            with _gc_lock:
                _gc_pauses -= 1
                if _gc_pauses == 0:
                    gc.enable()


class CacheMiss(Exception):
    """The cache file is missing, damaged, or was built from other data: build afresh."""


def index_cache_path(db_path: Path) -> Path:
    """Where the index of a store's database is kept: ``<db>.index`` beside it."""
    return db_path.with_name(db_path.name + ".index")


def store_fingerprint(db_path: Path) -> str:
    """What changes whenever the store's data does: the stamps of its manifest and shards.

    The store rewrites a file of its database on every sync that changed something, and
    only then. An empty string when the database does not exist (nothing can be trusted).
    """
    from summit_tui.core.store import data_fingerprint  # the store imports this module

    return data_fingerprint(db_path)


def entries_digest(entries: Sequence[Entry]) -> str:
    """A digest of which readouts there are (id, file, date, title), in any order."""
    h = hashlib.blake2b(digest_size=16)
    rows = sorted(
        f"{e.id}\x1f{e.path}\x1f{e.date.toordinal()}\x1f{e.title}"
        for e in entries
    )
    h.update("\x1e".join(rows).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def save(index: SearchIndex, path: Path, fingerprint: str) -> None:
    """Write the index atomically (temp file, fsync, rename); raises OSError on failure.

    Only an index without removed or replaced docs can be saved: its doc ids are then
    exactly the entries it holds, which is what ``load`` checks against (``save_live``
    saves any index, as if built from its live readouts only).
    """
    if len(index) != len(index.docs):
        raise ValueError("the index has removed or replaced readouts: build it afresh to save")
    post = index.postings
    _write(path, fingerprint, index.docs, index.doclen, index.newest_order(), index.total_len,
           post.keys(), post.docs, post.repeats, post.cached_bitmaps())


def save_live(index: SearchIndex, path: Path, fingerprint: str) -> None:
    """Write the index of the live readouts only, without building it again.

    Replaced and removed docs leave holes in the doc ids; the last live docs move into
    them, so only the postings that hold a hole or a moved doc change. Raises OSError.
    """
    post = index.postings
    n = len(index.docs)
    live = index.live & ((1 << n) - 1)
    dead = set(_positions(~live & ((1 << n) - 1)))
    if not dead:
        save(index, path, fingerprint)
        return
    m = n - len(dead)
    holes = sorted(d for d in dead if d < m)
    movers = [d for d in range(m, n) if d not in dead]
    moved = dict(zip(movers, holes, strict=True))
    order = list(range(m))
    for src, dst in moved.items():
        order[dst] = src  # new doc id -> old doc id
    docs = [index.docs[old] for old in order]
    doclen = [index.doclen[old] for old in order]
    keys = [index.sort_keys[old] for old in order]
    by_row = sorted(range(m), key=keys.__getitem__, reverse=True)
    newest = [0] * m
    for row, doc in enumerate(by_row):
        newest[doc] = row

    few = len(holes) <= 32  # the usual case: a few files changed since the index was built

    def fix(ids: array[int], tfs: array[int] | None = None) -> tuple[array[int], array[int] | None]:
        """The postings without dead docs, moved docs renumbered (unchanged when untouched)."""
        tail = bisect.bisect_left(ids, m)
        if few:
            hit = [at for at in map(partial(_find, ids), holes)
                   if at >= 0]
            if tail == len(ids) and not hit:
                return ids, tfs
            # Few changes in a long list: edit a copy in place (C moves), no re-sort.
            new_ids = array("I", ids)
            new_tfs = array("H", tfs) if tfs is not None else None
            moving = [(moved[d], tfs[at] if tfs is not None else 0)
                      for at, d in enumerate(ids[tail:], tail) if d not in dead]
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
        return (array("I", [d for d, _ in pairs]),
                array("H", [tf for _, tf in pairs]) if tfs is not None else None)

    postings: dict[str, array[int]] = {}
    changed: set[str] = set()
    for term, ids in post.docs.items():
        new_ids, _ = fix(ids)
        if new_ids is not ids:
            changed.add(term)
        if new_ids:
            postings[term] = new_ids
    repeats: dict[str, tuple[array[int], array[int]]] = {}
    for term, (ids, tfs) in post.repeats.items():
        new_ids, new_tfs = fix(ids, tfs)
        if new_ids and new_tfs is not None:
            repeats[term] = (new_ids, new_tfs)
    bitmaps = {}  # kept where the postings did not change, built again where they did
    for t, (bm, covered) in post.cached_bitmaps().items():
        if t in changed and t in postings:
            bitmaps[t] = (_from_positions(postings[t], m), len(postings[t]))
        elif t in postings and covered == len(postings[t]):
            bitmaps[t] = (bm, covered)
    _write(path, fingerprint, docs, doclen, newest, sum(doclen), sorted(postings), postings,
           repeats, bitmaps)


def _from_positions(ids: array[int], size: int) -> int:
    from summit_tui.core.bitmaps import from_positions

    return from_positions(ids, size)


def _find(ids: array[int], doc: int) -> int:
    """Where the doc is in ascending ids, or -1."""
    at = bisect.bisect_left(ids, doc)
    return at if at < len(ids) and ids[at] == doc else -1


def _positions(bitmap: int) -> list[int]:
    from summit_tui.core.bitmaps import positions  # bitmaps imports the search modules

    return positions(bitmap)


def _write(
    path: Path, fingerprint: str, docs: Sequence[Entry], doclen: Sequence[int],
    newest: Sequence[int], total_len: int, terms: list[str], postings: dict[str, array[int]],
    repeats: dict[str, tuple[array[int], array[int]]], bitmaps: dict[str, tuple[int, int]],
) -> None:
    rep_terms = list(repeats)
    state: dict[str, Any] = {
        "stamp": _STAMP,
        "fingerprint": fingerprint,
        "digest": entries_digest(docs),
        "ids": [e.id for e in docs],
        "doclen": array("I", doclen).tobytes(),
        "newest": array("I", newest).tobytes(),
        "total_len": total_len,
        "terms": terms,  # sorted, so the first prefix search after a load need not sort
        "lengths": array("I", [len(postings[t]) for t in terms]).tobytes(),
        "postings": b"".join(postings[t].tobytes() for t in terms),
        "rep_terms": rep_terms,
        "rep_lengths": array("I", [len(repeats[t][0]) for t in rep_terms]).tobytes(),
        "rep_ids": b"".join(repeats[t][0].tobytes() for t in rep_terms),
        "rep_tfs": b"".join(repeats[t][1].tobytes() for t in rep_terms),
        # Facet and common-word bitmaps, so the first search after a load is as quick as
        # the next: (term, postings covered, little-endian bytes).
        "bitmaps": [
            (t, n, bm.to_bytes((bm.bit_length() + 7) // 8, "little"))
            for t, (bm, n) in bitmaps.items()
        ],
    }
    payload = marshal.dumps(state)
    state.clear()  # the joined postings: a copy of the index as large as the payload
    digest = zlib.crc32(payload).to_bytes(4, "big")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(_MAGIC + digest)  # not joined to the payload: that would copy it again
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def load(path: Path, fingerprint: str, entries: Sequence[Entry]) -> dict[str, Any]:
    """The saved state for exactly these entries and fingerprint; raises CacheMiss otherwise."""
    if not fingerprint:
        raise CacheMiss("no fingerprint of the data to check the cache against")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CacheMiss("no cache file yet") from None
    except OSError as exc:
        raise CacheMiss(f"cannot read the cache file: {exc}") from None
    if len(raw) < _HEADER or not raw.startswith(_MAGIC):
        raise CacheMiss("not an index cache file")
    payload = memoryview(raw)[_HEADER:]
    if zlib.crc32(payload).to_bytes(4, "big") != raw[len(_MAGIC) : _HEADER]:
        raise CacheMiss("the cache file is damaged")
    try:
        state = marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as exc:
        raise CacheMiss(f"the cache file is damaged: {exc}") from None
    if not isinstance(state, dict) or state.get("stamp") != _STAMP:
        raise CacheMiss("the cache was written by another version")
    if state.get("fingerprint") != fingerprint:
        raise CacheMiss("the data changed since the cache was written")
    if len(state.get("ids", ())) != len(entries) or state.get("digest") != entries_digest(
        entries
    ):
        raise CacheMiss("the readouts differ from those the cache was built from")
    return state


def unpack(state: dict[str, Any], entries: Sequence[Entry]) -> dict[str, Any]:
    """Arrays and doc order from a loaded state; raises CacheMiss when it does not add up."""
    try:
        by_id = {e.id: e for e in entries}
        docs = [by_id[rid] for rid in state["ids"]]
        doclen = _ints("I", state["doclen"])
        newest = _ints("I", state["newest"])
        if not len(doclen) == len(newest) == len(by_id) == len(docs):
            raise CacheMiss("the cache's tables disagree")
        postings = _split(state["terms"], state["lengths"], state["postings"], "I")
        rep_ids = _split(state["rep_terms"], state["rep_lengths"], state["rep_ids"], "I")
        rep_tfs = _split(state["rep_terms"], state["rep_lengths"], state["rep_tfs"], "H")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CacheMiss(f"the cache file is damaged: {exc!r}") from None
    repeats = {t: (ids, rep_tfs[t]) for t, ids in rep_ids.items()}
    bitmaps = {}
    try:
        for term, n, blob in state["bitmaps"]:
            if len(postings.get(term, ())) == n:  # else it is simply built when needed
                bitmaps[term] = (int.from_bytes(blob, "little"), n)
    except (KeyError, TypeError, ValueError) as exc:
        raise CacheMiss(f"the cache file is damaged: {exc!r}") from None
    return {
        "bitmaps": bitmaps,
        "docs": docs,
        "doclen": list(doclen),
        "newest": list(newest),
        "terms": state["terms"],
        "total_len": int(state["total_len"]),
        "postings": postings,
        "repeats": repeats,
    }


def _ints(code: str, blob: bytes) -> array[int]:
    out = array(code)
    out.frombytes(blob)
    return out


def _split(terms: list[str], lengths: bytes, blob: bytes, code: str) -> dict[str, array[int]]:
    """Cut one concatenated array back into one array per term."""
    sizes = _ints("I", lengths)
    flat = _ints(code, blob)
    if len(sizes) != len(terms) or sum(sizes) != len(flat):
        raise ValueError("posting lengths do not match the postings")
    ends = list(accumulate(sizes))
    starts = [0, *ends[:-1]]
    return dict(zip(terms, map(flat.__getitem__, map(slice, starts, ends)), strict=True))
