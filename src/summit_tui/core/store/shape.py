"""Checks that a cache file holds what this version writes, before any of it is trusted."""

from __future__ import annotations

from typing import Any

#: What reading a damaged or foreign cache file raises: it is set aside, never trusted.
DAMAGE = (ValueError, TypeError, KeyError, AttributeError)


def check_table(raw: Any) -> None:
    """Raise if a files table is not what this version writes (damaged or foreign JSON).

    The shape of every record is checked, without reading the readouts' JSON: a readout
    whose JSON turns out damaged when first read is parsed again from its file by the next
    sync (``Entry.damaged``).
    """
    if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
        raise ValueError("the files table is not a mapping of documents")
    for doc_id, doc in raw.items():
        int(doc_id)
        if not isinstance(doc["path"], str) or not isinstance(doc["size"], int):
            raise ValueError("a file record has the wrong shape")
        int(doc["mtime_ns"])
        if "id" in doc:
            if not (
                isinstance(doc["id"], str)
                and isinstance(doc["title"], str)
                and isinstance(doc["date"], str)
                and (isinstance(doc.get("entry"), str) or _is_place(doc.get("text")))
            ):
                raise ValueError("a readout record has the wrong shape")
        elif not isinstance(doc["problems"], list):
            raise ValueError("a problem record has the wrong shape")


def _is_place(value: Any) -> bool:
    """True for where a text lies in a side file: [offset, length, CRC-32], each an int."""
    return (
        isinstance(value, list)
        and len(value) == 3
        and all(type(v) is int and v >= 0 for v in value)
    )


def check_shape(tables: Any) -> None:
    """Raise if a database file's tables are not mappings of documents (or the files are bad)."""
    if not isinstance(tables, dict):
        raise ValueError("the database does not hold tables")
    for name, raw in tables.items():
        if not isinstance(raw, dict) or not all(isinstance(d, dict) for d in raw.values()):
            raise ValueError(f"table {name!r} is not a mapping of documents")
        for doc_id in raw:
            int(doc_id)
    check_table(tables.get("files", {}))
