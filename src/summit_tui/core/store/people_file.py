"""The people of a shard's readouts, in a file beside the shard: what counting people reads.

Counting the people of 100,000 readouts from the readouts themselves means reading every
one back (seconds). Their participants, as counting reads them (``participant_rows``: the
person key of each name, the name, the role, the country), are made where each readout is
parsed and kept apart instead: ``shard-NN.people`` beside ``shard-NN.json``, written with
it, holding the rows of every readout file in the shard a column at a time. The start never
reads these files.

The file names the digest of the shard bytes it was written with, and a stored entry the
digest of the bytes it was read from (``Entry.origin``): the file serves an entry only when
the two are the same, so a file that a crash left behind its shard, or a shard changed by
hand, is never believed. What it cannot serve is read from the readouts.

The file is ours alone, like the search index's: a magic header, a CRC-32 of the rest, then
a marshalled tuple of plain lists (marshal reads them several times faster than JSON, and
keeps one copy of each role and country). A damaged, truncated or foreign file is
recognised before anything is unmarshalled.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from pathlib import Path
from typing import Any, cast

from summit_tui import __version__
from summit_tui.core.model.entry import StoredText, stored_participants
from summit_tui.core.reference.people import (
    FIELD,
    PackedRows,
    PersonRow,
    participant_rows,
    unpack_rows,
)
from summit_tui.core.store.records import doc_text
from summit_tui.core.store.shape import DAMAGE
from summit_tui.core.store.texts import TextFile
from summit_tui.core.support.atomic import atomic_write
from summit_tui.core.support.safe_read import read_capped

#: Bump when what a row holds changes (``participant_rows``, ``person_key``) or the layout
#: does: an older file is then not believed, and the next write of its shard makes it again.
PEOPLE_FORMAT = 1
_MAGIC = b"SUMMIT-PEOPLE\x00\x01"
_HEADER = len(_MAGIC) + 4  # the magic, then the CRC-32 of the rest, big-endian
# marshal's format follows the Python version.
_STAMP = f"{PEOPLE_FORMAT}/{__version__}/{sys.version_info[0]}.{sys.version_info[1]}"
#: The file's name after its shard's ("shard-07.json" -> "shard-07.people").
SUFFIX = ".people"
#: A people file is a fraction of its shard (``store.storage.MAX_CACHE_FILE_BYTES``).
MAX_PEOPLE_FILE_BYTES = 500_000_000


@dataclass(frozen=True, slots=True)
class ShardPeople:
    """The participant rows of every readout of one shard, a column at a time: readout
    ``i`` (``rels[i]``, its file) has ``counts[i]`` participants, whose rows follow those of
    the readouts before it in ``keys``, ``names``, ``roles`` and ``countries``."""

    rels: list[str]
    counts: list[int]
    keys: list[str]
    names: list[str]
    roles: list[str]
    countries: list[str]

    @classmethod
    def of(cls, rows: Mapping[str, Sequence[PersonRow]]) -> ShardPeople:
        """The columns of these rows (by readout file)."""
        return cls.of_readouts(list(rows), list(rows.values()))

    @classmethod
    def of_readouts(cls, rels: list[str], rows: Sequence[Sequence[PersonRow]]) -> ShardPeople:
        """The columns of the rows of these readouts (``rows[i]``, those of ``rels[i]``)."""
        flat = list(chain.from_iterable(rows))
        keys, names, roles, countries = zip(*flat, strict=True) if flat else ((), (), (), ())
        shared: dict[str, str] = {}  # one copy of each role and country in the file
        return cls(
            rels=rels,
            counts=list(map(len, rows)),
            keys=list(keys),
            names=list(names),
            roles=list(map(shared.setdefault, roles, roles)),
            countries=list(map(shared.setdefault, countries, countries)),
        )

    @classmethod
    def of_packed(cls, rels: list[str], packed: Sequence[PackedRows]) -> ShardPeople:
        """The columns of the packed rows of these readouts (``pack_rows``), cut apart at
        once: one ``split`` for the shard rather than a tuple a participant."""
        if not all(isinstance(rows, str) for rows in packed):
            return cls.of_readouts(rels, [unpack_rows(rows) for rows in packed])
        texts = cast("Sequence[str]", packed)
        joined = FIELD.join(text for text in texts if text)
        fields = joined.split(FIELD) if joined else []
        shared: dict[str, str] = {}  # one copy of each role and country in the file
        roles, countries = fields[2::4], fields[3::4]
        return cls(
            rels=rels,
            counts=[(text.count(FIELD) + 1) // 4 if text else 0 for text in texts],
            keys=fields[0::4],
            names=fields[1::4],
            roles=list(map(shared.setdefault, roles, roles)),
            countries=list(map(shared.setdefault, countries, countries)),
        )

    def rows(self) -> dict[str, list[PersonRow]]:
        """The rows of each readout, by its file."""
        columns = list(zip(self.keys, self.names, self.roles, self.countries, strict=True))
        ends = list(accumulate(self.counts))
        starts = [0, *ends][:-1]
        return {
            rel: columns[start:end] for rel, start, end in zip(self.rels, starts, ends, strict=True)
        }

    def sound(self) -> bool:
        """Whether the columns fit together (a file read back may be damaged)."""
        n = sum(self.counts)
        return len(self.rels) == len(self.counts) and all(
            len(column) == n for column in (self.keys, self.names, self.roles, self.countries)
        )


def people_path(shard: Path) -> Path:
    """Where the people of a shard file are kept."""
    return shard.with_suffix(SUFFIX)


def write_people(path: Path, digest: Sequence[int], people: ShardPeople) -> None:
    """Keep the people of a shard whose bytes have this digest (raises OSError)."""
    body = marshal.dumps(
        (
            _STAMP,
            list(digest),
            people.rels,
            people.counts,
            people.keys,
            people.names,
            people.roles,
            people.countries,
        )
    )
    # Not waited onto the disk: a file lost or torn by a power cut fails its check and is
    # not believed, and the people are then read from the readouts.
    atomic_write(path, _MAGIC + zlib.crc32(body).to_bytes(4, "big") + body, durable=False)


def read_people(path: Path, digest: Sequence[int]) -> ShardPeople | None:
    """The people kept for a shard whose bytes have this digest; None when there is no such
    file, or it was written for other bytes, by another version, or is damaged."""
    try:
        raw = read_capped(path, MAX_PEOPLE_FILE_BYTES)
    except OSError:
        return None
    body = memoryview(raw)[_HEADER:]
    if not raw.startswith(_MAGIC) or raw[len(_MAGIC) : _HEADER] != zlib.crc32(body).to_bytes(
        4, "big"
    ):
        return None
    try:
        state: Any = marshal.loads(body)
        stamp, written_for, *columns = state
        people = ShardPeople(*columns)
    except (ValueError, EOFError, TypeError):
        return None
    if stamp != _STAMP or written_for != list(digest) or not people.sound():
        return None
    return people


def rows_of_stored(text: StoredText) -> list[PersonRow]:
    """The rows of a stored readout's JSON (``Entry.stored_json``), or of the text where it
    lies: none when it is damaged or cannot be read, as its readout then has no
    participants."""
    return participant_rows(stored_participants(text))


def rows_of_doc(doc: dict[str, Any], texts: TextFile | None) -> list[PersonRow]:
    """The rows of a stored readout document: of its text, held in the document or in the
    shard's side file ``texts`` where the document says (none when it cannot be read)."""
    try:
        text = doc_text(doc, texts)
    except DAMAGE:
        return []
    return rows_of_stored(text)


def shard_people(
    docs: Iterable[dict[str, Any]], given: Mapping[str, PackedRows], texts: TextFile | None
) -> ShardPeople:
    """The people of every readout among a shard's documents: those ``given`` (made as their
    files were parsed), the others read from their stored text (in the shard's side file
    ``texts``, where the document says)."""
    rels: list[str] = []
    packed: list[PackedRows] = []
    for doc in docs:
        if "id" in doc:  # a file with problems has no readout
            rel = doc["path"]
            found = given.get(rel)
            rels.append(rel)
            packed.append(found if found is not None else rows_of_doc(doc, texts))
    return ShardPeople.of_packed(rels, packed)
