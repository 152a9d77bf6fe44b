"""Facet values as a reader sees them: headings, labels, and the filters that are on, in words."""

from __future__ import annotations

from summit_tui.core.model.readout import KIND_LABELS
from summit_tui.core.reference import countries
from summit_tui.core.search.filters import MULTI_VALUED, Filters

#: Facet -> heading shown in the filter pane, in display order.
FACET_HEADINGS: dict[str, str] = {
    "review": "Review",
    "countries": "Countries",
    "mentions": "Mentioned",
    "topics": "Topics",
    "kinds": "Kind",
    "years": "Year",
}


def facet_label(facet: str, value: str) -> str:
    """How a facet value reads to a user: a country's name, a kind's label."""
    if facet in ("countries", "mentions"):
        return countries.name_of(value)
    if facet == "kinds":
        return KIND_LABELS.get(value, value)
    if facet == "review":
        return "? Needs review"
    return value


def facet_heading(facet: str, filters: Filters) -> str:
    """The facet's heading, with its rule when it can have several values ("Countries: any of")."""
    heading = FACET_HEADINGS[facet]
    if facet in MULTI_VALUED:
        return f"{heading}: {filters.rule(facet)} of"
    return heading


def describe_facet(facet: str, filters: Filters) -> str:
    """One facet's selected values in words: "Countries, all of: Japan, Malaysia" ("" if none)."""
    values = sorted(facet_label(facet, str(v)) for v in getattr(filters, facet))
    if not values:
        return ""
    if facet == "review":
        return "needs review"
    rule = f", {filters.rule(facet)} of" if facet in MULTI_VALUED and len(values) > 1 else ""
    return f"{FACET_HEADINGS[facet]}{rule}: {', '.join(values)}"


def describe(filters: Filters) -> list[str]:
    """Every facet with values selected, in words, in the pane's order."""
    return [text for facet in FACET_HEADINGS if (text := describe_facet(facet, filters))]
