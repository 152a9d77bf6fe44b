"""Filters as plain data, for sessions and saved searches: {facet: [values as text]}."""

from __future__ import annotations

from summit_tui.core.search import FACETS, Filters


def filters_to_dict(filters: Filters) -> dict[str, list[str]]:
    """The selected values of each facet, as sorted text."""
    return {facet: sorted(str(v) for v in getattr(filters, facet))
            for facet in FACETS if getattr(filters, facet)}


def filters_from_dict(data: dict[str, list[str]]) -> Filters:
    """Filters from plain data; unknown facets and years that are not numbers are left out."""
    filters = Filters()
    for facet, values in data.items():
        if facet not in FACETS:
            continue
        for value in values:
            text = str(value)
            if facet == "years":
                if text.isdigit():
                    filters = filters.toggled(facet, int(text))
            else:
                filters = filters.toggled(facet, text)
    return filters
