"""Splitting text into the words the index and queries share, and an entry's other keys."""

from __future__ import annotations

import re

from summit_tui.core.matching import DAY, HEADING, KIND, MENTION, MONTH, PARTY, PERSON, TOPIC, YEAR
from summit_tui.core.models import Entry

_WORDS = re.compile(r"\w+")
# str.translate with a string table is several times faster than re.findall(r"\w+") on long
# text; every non-word character below U+3000 becomes a space, and the few texts with rarer
# punctuation fall back to the regex so that both always split alike.
_TABLE = "".join(c if re.match(r"\w", c) else " " for c in map(chr, range(0x3000)))
_RARE = re.compile(r"[^\u0000-\u2fff]")


def words(text: str) -> list[str]:
    """The case-folded words of a text, as the index and queries see them."""
    folded = text.casefold()
    if _RARE.search(folded):
        return _WORDS.findall(folded)
    return folded.translate(_TABLE).split()




def entry_keys(entry: Entry) -> dict[str, None]:
    """The non-text index keys of an entry: facets, date parts, people and headings."""
    r = entry.readout
    iso = r.date.isoformat()
    keys = [PARTY + c for c in r.countries]
    keys += [MENTION + c for c in entry.mentions]
    keys += [TOPIC + t for t in entry.topics]
    keys += [KIND + r.kind, f"{YEAR}{r.date.year:04d}", MONTH + iso[:7], DAY + iso]
    keys += [PERSON + w for p in r.participants for w in words(p.name)]
    keys += [HEADING + w for _, s in r.all_sections() for w in words(s.heading)]
    return dict.fromkeys(keys)

