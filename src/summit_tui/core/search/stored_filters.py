"""Filters and queries as plain data, for sessions and saved searches: {facet: [values as text]},
and {"all_of": [facets]} for the facets whose values must all hold."""

from __future__ import annotations

from summit_tui.core.search.filters import FACETS, MULTI_VALUED, Filters
from summit_tui.core.support.safe_read import ascii_digits

#: The key that lists the facets combined by "all of" (the others take any of their values).
ALL_OF = "all_of"

#: A stored query longer than this, or nested deeper, is refused with a reason: the search
#: bar's parser recurses once per group and per "-", and a shared file must not stop the app.
MAX_QUERY_CHARS = 2_000
MAX_QUERY_DEPTH = 32


def filters_to_dict(filters: Filters) -> dict[str, list[str]]:
    """The selected values of each facet, as sorted text, and the facets taken "all of"."""
    out = {
        facet: sorted(str(v) for v in getattr(filters, facet))
        for facet in FACETS
        if getattr(filters, facet)
    }
    if filters.all_of:
        out[ALL_OF] = sorted(filters.all_of)
    return out


def year_of(text: str) -> int | None:
    """The year written as 1 to 4 ASCII digits (1-9999), else None ("²" and "2025.0" are not)."""
    text = text.strip()
    if not ascii_digits(text) or len(text) > 4 or int(text) == 0:
        return None
    return int(text)


def filters_from_dict(data: dict[str, list[str]]) -> Filters:
    """Filters from plain data; unknown facets and years that are not numbers are left out."""
    filters = Filters()
    for facet, values in data.items():
        if facet == ALL_OF:
            for name in {str(v) for v in values} & set(MULTI_VALUED):
                filters = filters.switched(name)
            continue
        if facet not in FACETS:
            continue
        for value in values:
            text = str(value)
            if facet == "years":
                year = year_of(text)
                if year is not None:
                    filters = filters.toggled(facet, year)
            else:
                filters = filters.toggled(facet, text)
    return filters


def query_nesting(text: str) -> int:
    """How deeply the query nests: open groups plus the "-" signs stacked on one term."""
    depth = deepest = minus = 0
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if quoted or ch == '"':
            minus = 0
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        minus = minus + 1 if ch == "-" else 0
        deepest = max(deepest, depth + minus)
    return deepest


def stored_query_problem(query: str) -> str | None:
    """Why a query read from a file is refused (too long or too deeply nested), or None."""
    if len(query) > MAX_QUERY_CHARS:
        return f"the query is longer than {MAX_QUERY_CHARS:,} characters"
    if query_nesting(query) > MAX_QUERY_DEPTH:
        return f"the query nests groups or '-' signs more than {MAX_QUERY_DEPTH} deep"
    return None
