"""What the readings of languages in scripts of their own share: telling a page's script."""

from __future__ import annotations

import re

from summit_tui.core.importer.dates import MONTH_NAMES

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


def in_english(day: int, month: int, year: object = None, *, on: bool = True) -> str:
    """A date the reading found, as the English rules read it: "on 12 May 2024", or "12 May
    2024" (``on`` False) where the year makes it a date line's; "on 12 May" without one."""
    said = f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year else "")
    return f"on {said}" if on or not year else said


def month_named(word: str, table: tuple[tuple[str, int], ...]) -> int:
    """The number of the month ``word`` names in ``table`` ("মে|...", 5), 0 when none."""
    return next((n for names, n in table if word in names.split("|")), 0)
