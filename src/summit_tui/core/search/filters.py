"""Filters: what the filter pane selected, facet by facet, as plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from summit_tui.core.search.tokens import KIND, MENTION, PARTY, REVIEW, TOPIC, YEAR

FACETS = ("review", "countries", "mentions", "topics", "kinds", "years")
#: Facets of which one meeting may have several values: only they can ask for "all of".
MULTI_VALUED = ("countries", "mentions", "topics")
#: The index key prefix of each facet's values.
FACET_KEY = {
    "countries": PARTY,
    "mentions": MENTION,
    "topics": TOPIC,
    "kinds": KIND,
    "years": YEAR,
    "review": REVIEW,
}


@dataclass(frozen=True)
class Filters:
    """What the filter pane selected: any of the values of a facet (or all of them, for the
    facets in ``all_of``), and every facet."""

    countries: frozenset[str] = frozenset()
    mentions: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    years: frozenset[int] = frozenset()
    review: frozenset[str] = frozenset()  # {"needs-review"}: readouts marked for review
    all_of: frozenset[str] = frozenset()  # facets whose values must all hold, not any of them

    def toggled(self, facet: str, value: Any) -> Filters:
        """A copy with the value added to the facet, or removed when it was there."""
        if facet not in FACETS:
            raise ValueError(f"unknown facet {facet!r}")
        if facet == "years":
            value = int(value)
        current: frozenset[Any] = getattr(self, facet)
        changed = current - {value} if value in current else current | {value}
        return replace(self, **{facet: frozenset(changed)})

    def rule(self, facet: str) -> str:
        """How the facet's values combine: "all" (every one) or "any" (at least one)."""
        return "all" if facet in self.all_of else "any"

    def switched(self, facet: str) -> Filters:
        """A copy whose facet combines its values by the other rule (any of / all of)."""
        if facet not in MULTI_VALUED:
            raise ValueError(f"a meeting has one value of {facet!r}: no 'all of' rule")
        return replace(self, all_of=self.all_of ^ {facet})

    def is_empty(self) -> bool:
        """True when nothing is selected."""
        return not any(getattr(self, f) for f in FACETS)

    def count(self) -> int:
        """How many values are selected, over every facet."""
        return sum(len(getattr(self, f)) for f in FACETS)

    def keys(self, facet: str) -> list[str]:
        """The index keys of the facet's selected values."""
        return [_key(facet, v) for v in getattr(self, facet)]


def _key(facet: str, value: Any) -> str:
    return f"{YEAR}{int(value):04d}" if facet == "years" else FACET_KEY[facet] + str(value)
