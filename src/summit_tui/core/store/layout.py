"""The names of the cache's shard files and what tells one content of a file from another.

Kept free of TinyDB and of every other heavy import: the helper process that compares the
folder with the cache (``folder_check``) reads the shards with these alone.
"""

from __future__ import annotations

import zlib

#: Shards of a database on disk: one changed file rewrites about 1/SHARDS of the data.
SHARDS = 32
#: The table of a shard that holds one document per readout file.
FILES_TABLE = "files"


def shard_name(shard: int) -> str:
    """The file name of a shard, in the database's shard folder."""
    return f"shard-{shard:02d}.json"


def digest_of(raw: bytes) -> list[int]:
    """What tells one content of a cache file from another: its size and CRC-32.

    A CRC-32 costs a small fraction of parsing the same bytes as JSON. It finds every
    change of up to 32 bits in a row and all but one in 4 billion others: enough for damage
    on disk or a stray write, though no defence against someone who edits the cache on
    purpose (the cache folder is the user's own).
    """
    return [len(raw), zlib.crc32(raw)]
