"""Where a meeting took place: "in Beijing", "at the White House", a dateline "LONDON, 12 May"."""

from __future__ import annotations

import re

from summit_tui.core import countries
from summit_tui.core.importer.dates import MONTHS

_PLACE = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'.-]*)*"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?)"
)
_NOT_PLACES = re.compile(
    r"\b(?:Summit|Meeting|Conference|Talks?|Dinner|Luncheon|Session"
    r"|Dialogue|Japan time|Partnership|Relations|Forum|Agreement|Leaders?|Invitation)\b"
)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,}[A-Z])\s*,\s+\w")


def find_location(lead: str) -> str:
    """The place named in the lead sentence, or "" when it names none we can trust."""
    if m := _DATELINE.match(lead):
        return m.group("place").title()
    # A sentence ends at a full stop after a lower-case word: not "a.m.", "Mr." or "Jr.".
    first_sentence = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", lead, maxsplit=1)[0]
    for m in _PLACE.finditer(first_sentence):
        place = m.group("place").rstrip(".,")
        head = place.split()[0].strip(",").lower()
        if head in MONTHS or _NOT_PLACES.search(place):
            continue
        if "," not in place and countries.lookup(place, strict_codes=True) is not None:
            continue  # a whole country is too vague to call a location ("in Japan")
        return place
    return ""
