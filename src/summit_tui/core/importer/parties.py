"""Parties named as a list in the lead: "the leaders of Canada, France, Germany and Italy met"."""

from __future__ import annotations

import re

from summit_tui.core import countries

_GROUP = re.compile(
    r"\b(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|foreign ministers"
    r"|ministers|representatives|delegations|governments)\s+of\s+(?P<list>[^.;:()]{3,400})",
    re.I,
)
# The list ends where the sentence goes on: "..., met in Apulia", "together with ...".
_LIST_END = re.compile(r",?\s+(?:met|meet|held|hold|gathered|convened|together|as well as|who"
                       r"|joined|attended|issued|discussed|agreed|participated|along)\b", re.I)
MAX_ITEMS = 30


def listed_parties(lead: str) -> list[str]:
    """Countries of a "leaders of A, B and C" list; [] unless at least two are countries."""
    for m in _GROUP.finditer(lead):
        text = m.group("list")
        if end := _LIST_END.search(text):
            text = text[: end.start()]
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)[:MAX_ITEMS]
        codes: list[str] = []
        for item in items:
            name = re.sub(r"^the\s+", "", item.strip(), flags=re.I)
            found = countries.lookup(name, strict_codes=True)
            if found is not None and found.code not in codes:
                codes.append(found.code)
        if len(codes) >= 2:
            return codes
    return []
