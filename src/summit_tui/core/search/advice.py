"""When a search finds nothing: what to loosen (a filter, a word) and what was meant instead."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from summit_tui.core.search.facet_labels import describe, describe_facet
from summit_tui.core.search.filters import FACETS, Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import (
    Query,
    QueryError,
    Term,
    as_typed,
    parse,
    parse_dates,
    replaced,
    terms,
)

#: The most words of a query tried one by one: each is a search of its own.
MAX_TRIED = 12
#: The most suggestions given.
MAX_SHOWN = 5
_YEARISH = re.compile(r"(?<![\w-])[0-9]{4}(?:-[0-9]{1,2}(?:-[0-9]{1,2})?)?(?![\w-])")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One change to the search, in words, and how many meetings it would find."""

    text: str  # "take off the filter Countries: Brunei", "did you mean date:2018?"
    count: int


@dataclass(frozen=True, slots=True)
class Advice:
    """Why nothing was found, and what to try."""

    headline: str  # "nothing matches 'copper' with the filters on (Countries: Brunei)"
    suggestions: tuple[Suggestion, ...]

    @property
    def did_you_mean(self) -> str:
        """The first "did you mean date:2018?" suggestion ("" when there is none)."""
        return next((s.text for s in self.suggestions if s.text.startswith("did you mean")), "")

    def lines(self) -> list[str]:
        """The advice as lines of plain text for the detail pane."""
        out = [f"No meeting: {self.headline}.", ""]
        for s in self.suggestions:
            if not s.count:  # a "did you mean" that finds nothing either
                out.append(f"{s.text[0].upper()}{s.text[1:]} It finds none either.")
        useful = [s for s in self.suggestions if s.count]
        if useful:
            out.append("To find some:")
            for s in useful:
                out.append(f"  • {s.text} — {s.count:,} meeting{'s' * (s.count != 1)}")
        else:
            out.append("Taking off any one word or filter finds nothing either.")
        out += ["", "escape clears the search; c in the filter pane clears the filters."]
        return out


def meant_dates(query: Query) -> list[tuple[Term, Term]]:
    """Words and phrases holding a year, month or day ("2018" in quotes, "G20 2018"), each
    with the date filter the user probably meant."""
    out = []
    for term, negated in terms(query.root):
        if term.field or negated:
            continue
        for m in _YEARISH.finditer(term.value):
            try:
                dates = parse_dates(m[0])
            except QueryError:
                continue
            out.append((term, Term("date", m[0], term.position, dates=dates)))
            break
    return out


def advise(
    index: SearchIndex,
    text: str,
    filters: Filters,
    *,
    marked: Iterable[str] = (),
    only_marked: bool = False,
) -> Advice:
    """What to loosen when the query and filters find nothing: each filter taken off, each
    word dropped, a year in quotes as a date filter; those that find something, most first."""
    marked = list(marked)
    query = parse(text)
    found: list[Suggestion] = []

    def count(root: Query, with_filters: Filters, only: bool = only_marked) -> int:
        return index.count(root, with_filters, marked=marked, only_marked=only)

    for term, date in meant_dates(query):
        n = count(Query(text, replaced(query.root, term, date)), filters)
        found.append(Suggestion(f"did you mean date:{date.value}?", n))
    for term, negated in terms(query.root)[:MAX_TRIED]:
        if term.bare and not negated:
            phrase = replace(term, field="", phrase=True, dates=None, bare=False)
            n = count(Query(text, replaced(query.root, term, phrase)), filters)
            if n:
                found.append(
                    Suggestion(
                        f'"{term.value}" in quotes, to find the number as a '
                        f"word rather than the date {term.value}",
                        n,
                    )
                )
        shown = ("-" if negated else "") + as_typed(term)
        found.append(
            Suggestion(
                f"drop {shown}", count(Query(text, replaced(query.root, term, None)), filters)
            )
        )
    for facet in FACETS:
        if getattr(filters, facet):
            n = count(query, replace(filters, **{facet: frozenset()}))
            found.append(Suggestion(f"take off the filter {describe_facet(facet, filters)}", n))
            if filters.rule(facet) == "all" and len(getattr(filters, facet)) > 1:
                n = count(query, filters.switched(facet))
                found.append(
                    Suggestion(
                        f"take any of the {describe_facet(facet, filters)} (a in the filter pane)",
                        n,
                    )
                )
    if only_marked:
        found.append(
            Suggestion("show all meetings, not only bookmarked ones", count(query, filters, False))
        )
    kept = [s for s in found if s.count or s.text.startswith("did you mean")]
    # "Did you mean" first, then what finds the most.
    kept.sort(key=lambda s: (not s.text.startswith("did you mean"), -s.count))
    return Advice(_headline(text, filters, only_marked), tuple(kept[:MAX_SHOWN]))


def _headline(text: str, filters: Filters, only_marked: bool) -> str:
    on = describe(filters) + (["bookmarked only"] if only_marked else [])
    query = " ".join(text.split())
    if query and on:
        return f"nothing matches '{query}' with the filters on ({'; '.join(on)})"
    if query:
        return f"nothing matches '{query}'"
    return f"nothing matches the filters on ({'; '.join(on)})"
