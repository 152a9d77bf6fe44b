"""Where a folder's readout cache lives, and what tells that its data changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs


def default_db_path(folder: Path) -> Path:
    """Where the cache for a data folder lives: the user's cache folder, keyed by the path."""
    resolved = folder.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    slug = "".join(ch if ch.isalnum() else "-" for ch in resolved.name)[:40] or "root"
    return platformdirs.user_cache_path("summit-tui") / f"{slug}-{digest}.json"


def shard_folder(db_path: Path) -> Path:
    """The folder of a database's shards: ``<db>.d`` beside the manifest."""
    return db_path.with_name(db_path.name + ".d")


def data_fingerprint(db_path: Path) -> str:
    """What changes whenever the database's data does: the manifest's and shards' stamps.

    Every write replaces a file (new inode, size or time), and unchanged data is never
    rewritten. An empty string when there is no manifest (nothing can then be trusted).
    """
    try:
        st = os.stat(db_path)
    except OSError:
        return ""
    parts = [f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"]
    folder = shard_folder(db_path)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    except OSError:
        names = []
    for name in names:
        try:
            st = os.stat(folder / name)
        except OSError:
            continue
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
    if len(parts) == 1:
        return parts[0]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()
