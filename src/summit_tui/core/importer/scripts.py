"""What the readings of languages in scripts of their own share: telling a page's script."""

from __future__ import annotations

import re

_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
HEAD = 4000  # the characters of a page its script is told from


def written_in(text: str, letters: re.Pattern[str], minimum: int) -> bool:
    """The page is written in the script of ``letters``: at least ``minimum`` of them in its
    head, and more words in that script than in Latin letters (not an English page inside a
    site's menus in that script)."""
    head = text[:HEAD]
    if len(letters.findall(head)) < minimum:
        return False
    words = sum(1 for word in head.split() if letters.search(word))
    return words > len(_LATIN_WORD.findall(head))
