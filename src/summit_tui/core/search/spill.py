"""Postings moved out of memory while a large index is built (a first start's, or one
built again): at 100,000 readouts they are hundreds of thousands of small arrays.

Once the postings held as arrays pass a bound, they are written as an index file packs
them to a file of their own, which has no name (it goes when let go, even after a crash),
and read from there as a loaded index's are; later batches extend them as they extend a
loaded index's (``Packed`` tails). Each spill writes again what the last one wrote, so
the bound grows with what is packed already: a few spills in all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from summit_tui.core.search.columns import joined, layout, repeat_terms
from summit_tui.core.search.packed import HeldFile, PackedDocs, PackedRepeats
from summit_tui.core.search.postings import Postings

#: Postings held as arrays before they are spilled, at least (and at least as many as
#: were spilled before): about 80 MB of arrays. At 100,000 readouts (22 million postings)
#: that is two spills, and 6 million postings held when the last batch is in.
SPILL_POSTINGS = 8_000_000


def due(post: Postings, at_least: int = SPILL_POSTINGS) -> bool:
    """Whether the postings held as arrays are many enough to spill."""
    return post.held >= max(at_least, post.packed)


def spill(post: Postings, folder: Path) -> None:
    """Write the postings to a file without a name in ``folder`` and read them from there
    on; raises OSError, the postings then held as they were."""
    terms = post.keys()
    rep_terms, _ = repeat_terms(post.repeats, terms)
    ends, (ids,) = layout(post.docs, terms)
    rep_ends, (rep_ids, rep_tfs) = layout(post.repeats, rep_terms, 2)
    folder.mkdir(parents=True, exist_ok=True)
    starts = []
    with tempfile.TemporaryFile(dir=folder) as fh:
        at = 0
        for column in (ids, rep_ids, rep_tfs):
            starts.append(at)
            for piece in joined(column):
                fh.write(piece)
                at += memoryview(piece).nbytes
        fh.flush()
        held = HeldFile(os.dup(fh.fileno()))
    post.pack(
        PackedDocs(terms, ends, (held, starts[0])),
        PackedRepeats(rep_terms, rep_ends, (held, starts[1]), (held, starts[2])),
    )
