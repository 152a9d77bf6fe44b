"""Filters of one facet taken any of or all of: results and facet counts against a slow path."""

from __future__ import annotations

import random
from pathlib import Path
from types import ModuleType

import pytest

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.facet_labels import FACET_HEADINGS, describe, facet_heading
from summit_tui.core.search.filters import FACETS, MULTI_VALUED, Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.stored_filters import filters_from_dict, filters_to_dict
from summit_tui.core.store.readouts import ReadoutStore
from summit_tui.core.userstate.saved_searches import SavedSearch, load_saved, save_search


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generate: ModuleType) -> list[Entry]:
    """300 readouts of the benchmark corpus: many countries, topics and years."""
    folder = tmp_path_factory.mktemp("corpus")
    generate.generate(folder, 300, seed=1713, processes=1)
    store = ReadoutStore(path=tmp_path_factory.mktemp("db") / "db.json")
    store.sync(folder)
    return store.entries()


def values(entry: Entry, facet: str) -> set[str]:
    """The facet's values of one readout, read from the readout itself."""
    r = entry.readout
    return {
        "countries": set(r.countries),
        "mentions": set(entry.mentions),
        "topics": set(entry.topics),
        "kinds": {r.kind},
        "years": {str(r.date.year)},
        "review": {"needs-review"} if r.review else set(),
    }[facet]


def keeps(entry: Entry, filters: Filters, facet: str) -> bool:
    """Whether the readout passes the facet's filter, by its rule (any of / all of)."""
    chosen = {str(v) for v in getattr(filters, facet)}
    if not chosen:
        return True
    have = values(entry, facet)
    return chosen <= have if filters.rule(facet) == "all" else bool(chosen & have)


def slow_search(
    entries: list[Entry], query_ids: set[str], filters: Filters
) -> tuple[set[str], dict[str, dict[str, int]]]:
    """The matching ids and every facet's counts, one readout at a time."""
    found = {
        e.id for e in entries if e.id in query_ids and all(keeps(e, filters, f) for f in FACETS)
    }
    facets: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        counts: dict[str, int] = {}
        for e in entries:
            if e.id not in query_ids:
                continue
            others = [f for f in FACETS if f != facet or filters.rule(f) == "all"]
            if all(keeps(e, filters, f) for f in others):
                for v in values(e, facet):
                    counts[v] = counts.get(v, 0) + 1
        for v in getattr(filters, facet):
            counts.setdefault(str(v), 0)
        facets[facet] = counts
    return found, facets


def random_filters(rng: random.Random, entries: list[Entry]) -> Filters:
    """Two or three values of a facet or two, from real readouts, some taken all of."""
    filters = Filters()
    for facet in rng.sample(["countries", "mentions", "topics", "years", "kinds"], 2):
        pool = sorted({v for e in rng.sample(entries, 4) for v in values(e, facet)})
        for value in rng.sample(pool, min(len(pool), rng.choice((1, 2, 3)))):
            filters = filters.toggled(facet, value)
        if facet in MULTI_VALUED and rng.random() < 0.6:
            filters = filters.switched(facet)
    return filters


@pytest.mark.parametrize("query", ["", "cooperation", "-energy"])
def test_any_of_and_all_of_match_the_slow_path(generated: list[Entry], query: str) -> None:
    index = SearchIndex(generated)
    query_ids = {e.id for e in index.search(query)}
    rng = random.Random(f"rules {query}")
    all_of_seen = 0
    for _ in range(40):
        filters = random_filters(rng, generated)
        all_of_seen += bool(filters.all_of)
        results = index.search(query, filters)
        found, facets = slow_search(generated, query_ids, filters)
        assert {e.id for e in results} == found, filters
        assert {f: dict(c) for f, c in results.facets.items()} == facets, filters
    assert all_of_seen >= 10


def test_all_of_two_countries_keeps_only_meetings_of_both(generated: list[Entry]) -> None:
    index = SearchIndex(generated)
    pair = next(e.readout.countries[:2] for e in generated if len(e.readout.countries) > 1)
    either = Filters(countries=frozenset(pair))
    both = either.switched("countries")
    assert both.rule("countries") == "all" and either.rule("countries") == "any"
    many, few = index.search("", either), index.search("", both)
    assert 0 < len(few) < len(many)
    assert all(set(pair) <= set(e.readout.countries) for e in few)
    # A chosen value's count under "all of" is the number of results: adding it leaves them.
    assert few.facets["countries"][pair[0]] == len(few)
    with pytest.raises(ValueError, match="one value"):
        either.switched("years")


def test_the_rule_is_kept_in_sessions_and_saved_searches(tmp_path: Path) -> None:
    filters = Filters(countries=frozenset({"JP", "MY"}), years=frozenset({2024})).switched(
        "countries"
    )
    data = filters_to_dict(filters)
    assert data == {"countries": ["JP", "MY"], "years": ["2024"], "all_of": ["countries"]}
    assert filters_from_dict(data) == filters
    assert filters_from_dict({"all_of": ["years", "nonsense"]}) == Filters()
    save_search(tmp_path, SavedSearch("Both", "", data))
    saved, problems = load_saved(tmp_path)
    assert not problems and filters_from_dict(saved[0].filters) == filters


def test_filters_read_as_words() -> None:
    filters = Filters(countries=frozenset({"JP", "MY"}), years=frozenset({2024}))
    assert describe(filters) == ["Countries, any of: Japan, Malaysia", "Year: 2024"]
    assert describe(filters.switched("countries"))[0] == "Countries, all of: Japan, Malaysia"
    assert facet_heading("countries", filters) == "Countries: any of"
    assert facet_heading("years", filters) == "Year"
    assert set(FACET_HEADINGS) == set(FACETS)
