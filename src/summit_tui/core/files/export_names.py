"""File names made from what the user typed: safe characters only, e.g. export-country-jp.csv."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

_UNSAFE = re.compile(r"[^a-z0-9]+")

#: The longest part of a name taken from the user's words.
MAX_STEM = 60


def safe_stem(text: str, limit: int = MAX_STEM) -> str:
    """``text`` as a file-name part: ASCII letters and digits in lower case, joined by single
    hyphens ("country:JP" -> "country-jp"); accents dropped, other scripts left out."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", ascii_text.lower()).strip("-")
    return stem[:limit].rstrip("-")


def export_file_name(words: Iterable[str], suffix: str, today: dt.date) -> str:
    """The name of an export of the results of a search: export-WORDS-DATE.SUFFIX."""
    stem = safe_stem(" ".join(words))
    parts = ["export", stem, today.isoformat()] if stem else ["export", today.isoformat()]
    return "-".join(parts) + "." + safe_stem(suffix, 8)
