"""A readout's index terms, gathered where it is parsed (a sync's worker process).

A first start parses thousands of files on worker processes; splitting each readout into
words there, while it is at hand, leaves the app's process only the appends of the index
(``SearchIndex.add``). What a worker sends is small and quick to unpickle: the terms of a
chunk of readouts once, as one list, and for each readout the positions of its terms in
that list, as raw machine ints.
"""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import compress, repeat

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.tokens import index_terms

#: One readout's terms: the terms of its chunk and those of them that some readout of the
#: chunk holds twice or more (two lists shared by the chunk's readouts); then, as native
#: unsigned ints ("I"), its distinct words and its keys (indexing the first list), the
#: words it holds twice or more (indexing the second), and how often each as unsigned
#: shorts ("H", at most ``MAX_TF``); then its length in words.
DocTerms = tuple[list[str], list[str], bytes, bytes, bytes, int]

#: The largest term frequency kept (the index keeps them as unsigned shorts).
MAX_TF = 65535


class Vocabulary(dict[str, int]):
    """The terms of one chunk of readouts, each numbered as it is first met."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


def gather(
    entry: Entry, vocabulary: Vocabulary, repeated: Vocabulary
) -> tuple[bytes, bytes, bytes, int]:
    """``index_terms`` of the entry as ``DocTerms`` holds them (without the chunk's lists)."""
    tokens, keys = index_terms(entry)
    counts = Counter(tokens)
    number = vocabulary.__getitem__
    ids = array("I", map(number, counts))
    ids.extend(map(number, keys))
    many = list(compress(counts, map((1).__lt__, counts.values())))
    repeats = array("I", map(repeated.__getitem__, many))
    tfs = array("H", map(min, map(counts.__getitem__, many), repeat(MAX_TF)))
    return ids.tobytes(), repeats.tobytes(), tfs.tobytes(), len(tokens)


def chunk_terms(entries: list[Entry | None]) -> list[DocTerms | None]:
    """``DocTerms`` of each entry of a chunk (None for a file that is no readout)."""
    vocabulary, repeated = Vocabulary(), Vocabulary()
    gathered = [None if e is None else gather(e, vocabulary, repeated) for e in entries]
    terms, repeated_terms = list(vocabulary), list(repeated)
    return [None if g is None else (terms, repeated_terms, *g) for g in gathered]
