"""The search index: bitmaps over readouts, facets, batches added while loading, a cache file.

``SearchIndex`` is the one writer of the engine's data (``state.IndexState``); the matcher,
the ranking, the results and the index file read that state, never the index.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import compress, repeat
from pathlib import Path
from typing import Any

from summit_tui.core.model.entry import Entry
from summit_tui.core.search import index_file, spill
from summit_tui.core.search.doc_terms import MAX_TF, DocTerms
from summit_tui.core.search.filters import FACET_KEY, FACETS, Filters
from summit_tui.core.search.matching import Matcher
from summit_tui.core.search.query import FIELDS, Query, parse, quote
from summit_tui.core.search.query import complete_field_value as _complete_known
from summit_tui.core.search.results import Results
from summit_tui.core.search.state import IndexState
from summit_tui.core.search.tokens import HEADING, PERSON, index_terms
from summit_tui.core.support.gc_pause import gc_paused

_CHUNK = 2000  # entries indexed between two packings of the postings


class SearchIndex:
    """Every loaded entry, indexed for instant search; batches can be added while loading."""

    def __init__(
        self,
        entries: Sequence[Entry] = (),
        *,
        state: IndexState | None = None,
        spill_folder: Path | None = None,
    ) -> None:
        #: The engine's data, written here only: a new index's, or a saved one's.
        self.state = IndexState() if state is None else state
        #: Where postings built here go once they are many (``spill``); None: kept in memory.
        self.spill_folder = spill_folder
        #: How many postings held as arrays make a spill (at least).
        self.spill_at = spill.SPILL_POSTINGS
        self._matcher = Matcher(self.state)
        #: How ``load_or_build`` got this index ("" when built directly).
        self.cache_status = ""
        #: What ``load_or_build`` must tell the user: a cache file it had to set aside.
        self.notices: list[str] = []
        if entries:
            self.add(entries)

    def add(self, entries: Sequence[Entry], terms: Sequence[DocTerms | None] | None = None) -> None:
        """Index a batch of entries; an entry whose id is already indexed replaces it.

        ``terms`` gives the index terms of each entry where a sync's worker gathered them
        (None: the entry is split into words here), with the same result.
        """
        if terms is None:
            terms = [None] * len(entries)
        # Postings gather in lists before they are packed: chunks bound that extra memory.
        with gc_paused():
            for at in range(0, len(entries), _CHUNK):
                self._add_chunk(entries[at : at + _CHUNK], terms[at : at + _CHUNK])
                self._spill_if_due()

    def _spill_if_due(self) -> None:
        """Move the postings out of memory once they are many (a large index being built)."""
        folder = self.spill_folder
        if folder is None or not spill.due(self.state.postings, self.spill_at):
            return
        try:
            spill.spill(self.state.postings, folder)
        except OSError:
            self.spill_folder = None  # a full or read-only disk: they stay in memory

    @classmethod
    def load_or_build(
        cls,
        entries: Sequence[Entry],
        cache_path: Path,
        fingerprint: str,
        *,
        spill_folder: Path | None = None,
    ) -> SearchIndex:
        """The index of these entries, from the cache file when it was built from the same
        data (same fingerprint, same readouts), else built now and saved there.

        Never raises for a missing, damaged or stale cache; ``cache_status`` says what
        happened ("loaded", or "built: why", with "; not saved: why" when writing failed).
        A cache file that is not one to read (a FIFO, a device, a folder, too large) is
        moved aside first, and ``notices`` says so. An empty fingerprint means "nothing to
        check against": the index is built, not saved. An index built here spills its
        postings into ``spill_folder`` (if given) once they are many, and so does every
        batch added to it later (a first start's).
        """
        try:
            # One pause for reading and restoring: the collection due when it ends then
            # walks the objects they made once, not twice.
            with gc_paused():
                index = cls(state=index_file.load(cache_path, fingerprint, entries))
        except index_file.CacheMiss as miss:
            index = cls(spill_folder=spill_folder)
            index.add(entries)
            index.state.postings.warm()
            index.cache_status = f"built: {miss}"
            if isinstance(miss, index_file.CacheSetAside):
                index.notices.append(str(miss))
            if fingerprint:
                try:
                    index.save(cache_path, fingerprint)
                except (OSError, ValueError) as exc:
                    index.cache_status += f"; not saved: {exc}"
            return index
        index.cache_status = "loaded"
        return index

    def save(self, cache_path: Path, fingerprint: str) -> None:
        """Write the index for ``load_or_build`` (atomically); raises OSError or ValueError."""
        self._settle()
        index_file.save(self.state, cache_path, fingerprint)

    def save_live(self, cache_path: Path, fingerprint: str) -> None:
        """Write the index of the live readouts only (``index_file.save_live``); raises
        OSError."""
        self._settle()
        index_file.save_live(self.state, cache_path, fingerprint)

    def _settle(self) -> None:
        """Before a save, an index that spilled spills what it holds since, when that is
        much (the end of a first load, not a few changed files): the save then starts from
        the least memory (the first load's highest point was its save)."""
        post = self.state.postings
        if self.spill_folder is None or not post.packed or post.held * 8 < self.spill_at:
            return
        try:
            spill.spill(post, self.spill_folder)
        except OSError:
            self.spill_folder = None  # saved from memory, as it is

    def _add_chunk(self, entries: Sequence[Entry], terms: Sequence[DocTerms | None]) -> None:
        state = self.state
        post, docs, by_path = state.postings, state.docs, state.by_path
        start = len(docs)
        replaced = 0
        # Each term's new doc ids go straight into an array: packed as they come, no list
        # to convert when merged (arrays of new terms are taken as they are).
        fresh: defaultdict[str, array[int]] = defaultdict(partial(array, "I"))
        # Repeats too: doc ids ("I") and frequencies ("H", at most 65,535) in arrays.
        rep_docs: defaultdict[str, array[int]] = defaultdict(partial(array, "I"))
        rep_tfs: defaultdict[str, array[int]] = defaultdict(partial(array, "H"))
        # The hot loop of indexing runs one append per distinct word of each readout; map()
        # and a zero-length deque keep those appends in C instead of a Python for loop.
        sink: deque[None] = deque(maxlen=0)
        consume, get_list = sink.extend, fresh.__getitem__
        add_doc = array.append
        # Terms gathered by a worker come as positions in its chunk's list of terms: the
        # postings of that list's terms are looked up once per chunk, not once per readout.
        vocabulary: list[str] | None = None
        lists: list[array[int]] = []
        rep_lists: list[array[int]] = []
        tf_lists: list[array[int]] = []
        for doc, (entry, gathered) in enumerate(zip(entries, terms, strict=True), start):
            docs.append(entry)
            state.sort_keys.append((entry.date, entry.title))
            old = by_path.get(entry.path)
            if old is not None:
                replaced |= 1 << old
                state.forget_id(old)
            by_path[entry.path] = doc
            state.note_id(entry.id, doc)
            if gathered is not None:
                chunk, repeated, ids, many, tfs, length = gathered
                if chunk is not vocabulary:
                    vocabulary = chunk
                    lists = list(map(get_list, chunk))
                    rep_lists = list(map(rep_docs.__getitem__, repeated))
                    tf_lists = list(map(rep_tfs.__getitem__, repeated))
                state.doclen.append(length)
                state.total_len += length
                consume(
                    map(add_doc, map(lists.__getitem__, memoryview(ids).cast("I")), repeat(doc))
                )
                if many:
                    at = memoryview(many).cast("I")
                    consume(map(add_doc, map(rep_lists.__getitem__, at), repeat(doc)))
                    consume(map(add_doc, map(tf_lists.__getitem__, at), memoryview(tfs).cast("H")))
                continue
            # A stored entry is indexed from a built copy and stays unbuilt: indexing every
            # readout does not keep every readout in memory.
            tokens, keys = index_terms(entry.transient())
            state.doclen.append(len(tokens))
            state.total_len += len(tokens)
            counts = Counter(tokens)
            consume(map(add_doc, map(get_list, counts), repeat(doc)))
            many_words = list(compress(counts, map((1).__lt__, counts.values())))
            consume(map(add_doc, map(rep_docs.__getitem__, many_words), repeat(doc)))
            consume(
                map(
                    add_doc,
                    map(rep_tfs.__getitem__, many_words),
                    map(min, map(counts.__getitem__, many_words), repeat(MAX_TF)),
                )
            )
            consume(map(add_doc, map(get_list, keys), repeat(doc)))
        post.size = len(docs)
        post.merge(fresh, {t: (ids, rep_tfs[t]) for t, ids in rep_docs.items() if ids})
        state.live |= ((1 << (len(docs) - start)) - 1) << start
        state.live &= ~replaced
        state.generation += 1

    def remove(self, readout_ids: Iterable[str]) -> None:
        """Drop readouts (no file holds their id any more) from every later search."""
        by_id = self.state.by_id
        for rid in readout_ids:
            while (doc := by_id.get(rid)) is not None:
                self._drop(doc)
        self.state.generation += 1

    def remove_paths(self, paths: Iterable[str]) -> None:
        """Drop the readouts of these files (deleted, renamed or broken) from every later
        search; another file's readout with the same id stays."""
        by_path = self.state.by_path
        for path in paths:
            doc = by_path.get(path)
            if doc is not None:
                self._drop(doc)
        self.state.generation += 1

    def _drop(self, doc: int) -> None:
        state = self.state
        state.live &= ~(1 << doc)
        path = state.docs[doc].path
        if state.by_path.get(path) == doc:
            del state.by_path[path]
        state.forget_id(doc)

    def __len__(self) -> int:
        return self.state.live_count()

    def doc_of(self, readout_id: str) -> int | None:
        """The doc id of a live readout."""
        return self.state.doc_of(readout_id)

    def clear_cache(self) -> None:
        """Forget the bitmaps kept for recent queries: the next search computes its own
        afresh, as a new keystroke does (benchmarks time that)."""
        self._matcher.clear_cache()

    def entries(self) -> Sequence[Entry]:
        """Every live entry, newest first (a virtual list)."""
        return self.search()

    def search(
        self,
        query: str = "",
        filters: Filters = Filters(),
        order: str = "newest",
        *,
        marked: Iterable[str] = (),
        only_marked: bool = False,
    ) -> Results:
        """Entries matching the query and filters, with facet counts; raises QueryError.

        ``marked`` names readouts the user marked (bookmarks): their count in the results
        is the "marked" facet, and ``only_marked`` keeps only them.
        """
        if order not in ("newest", "relevance"):
            raise ValueError(f"unknown order {order!r}")
        matched, plan = self._matcher.evaluate(parse(query))
        selected = self._selected(filters)
        result = matched
        for bm in selected.values():
            result &= bm
        mask = self._mask(marked)
        marked_count = (result & mask).bit_count()
        if only_marked:
            matched &= mask
            result &= mask
        facets = {}
        for facet in FACETS:
            # The query and every other facet's filter (standard faceting): a value's count is
            # what choosing it alone would give. Under "all of" the facet's own values count
            # too: a value's count is what adding it would leave.
            base = matched
            for other, bm in selected.items():
                if other != facet or facet in filters.all_of:
                    base &= bm
            facets[facet] = self._counts(facet, base, getattr(filters, facet))
        if mask:
            facets["marked"] = {"marked": marked_count}
        return Results(self.state, query, filters, order, result, plan, facets)

    def count(
        self,
        query: Query,
        filters: Filters = Filters(),
        *,
        marked: Iterable[str] = (),
        only_marked: bool = False,
    ) -> int:
        """How many readouts a parsed query and filters find (what ``search`` would list)."""
        found, _ = self._matcher.evaluate(query)
        for bm in self._selected(filters).values():
            found &= bm
        if only_marked:
            found &= self._mask(marked)
        return found.bit_count()

    def _mask(self, readout_ids: Iterable[str]) -> int:
        """The bitmap of the live readouts with these ids."""
        readout_ids = list(readout_ids)
        if not readout_ids:  # (the look-up by id of a loaded index is made when needed)
            return 0
        mask, by_id = 0, self.state.by_id
        for rid in readout_ids:
            doc = by_id.get(rid)
            if doc is not None:
                mask |= 1 << doc
        return mask

    def _selected(self, filters: Filters) -> dict[str, int]:
        """The bitmap of each facet with values selected: any of them, or all of them."""
        post = self.state.postings
        out = {}
        for facet in FACETS:
            keys = filters.keys(facet)
            if not keys:
                continue
            if facet in filters.all_of:
                bm = self.state.live
                for key in keys:
                    bm &= post.bitmap(key)
            else:
                bm = post.union(keys)
            out[facet] = bm
        return out

    def _counts(self, facet: str, base: int, chosen: Iterable[Any] = ()) -> dict[str, int]:
        post, prefix = self.state.postings, FACET_KEY[facet]
        counts: dict[str, int] = {}
        if base:
            for key in post.with_prefix(prefix):
                n = (base & post.bitmap(key)).bit_count()
                if n:
                    value = key[len(prefix) :]
                    counts[str(int(value)) if facet == "years" else value] = n
        for value in chosen:  # a selected value stays listed, even at zero, so it can be unset
            counts.setdefault(str(value), 0)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def facet_values(self, facet: str) -> dict[str, int]:
        """Counts of every value of a facet over all entries (for completion and the palette)."""
        if facet not in FACETS:
            raise ValueError(f"unknown facet {facet!r}")
        return self._counts(facet, self.state.live)

    def complete_field_value(self, field: str, prefix: str, limit: int = 20) -> list[str]:
        """Values to offer after "field:" (people and headings come from the index)."""
        canonical = FIELDS.get(field.casefold().rstrip(":"))
        key = {"person": PERSON, "section": HEADING}.get(canonical or "")
        if key is None:
            return _complete_known(field, prefix, limit)
        words = self.state.postings.with_prefix(key + prefix.casefold())
        return [quote(w[len(key) :]) for w in words[:limit]]
