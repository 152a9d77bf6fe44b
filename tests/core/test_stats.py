"""Statistics: meetings per period, split series, top values, cross tables; one pass each."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import pytest
from analysis_corpus import load_entries

from summit_tui.core.analysis.stats import (
    OTHER,
    PERIODS,
    SPLITS,
    IndexCounts,
    cross_table,
    per_period,
    per_period_split,
    top_counts,
)
from summit_tui.core.model.entry import Entry
from summit_tui.core.search.filters import Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.store.readouts import ReadoutStore


class OnePass(Sequence[Entry]):
    """A sequence that fails if it is read twice: the functions must be single pass."""

    def __init__(self, entries: list[Entry]) -> None:
        self._entries = entries
        self.passes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        raise AssertionError("iterate, do not index")

    def __iter__(self) -> Iterator[Entry]:
        self.passes += 1
        assert self.passes == 1, "entries read twice"
        return iter(self._entries)


@pytest.fixture
def entries(tmp_path: Path) -> list[Entry]:
    return load_entries(tmp_path)


def test_per_year_includes_empty_years(entries: list[Entry]) -> None:
    assert per_period(entries, "year") == [("2023", 3), ("2024", 2), ("2025", 1)]


def test_per_month_runs_from_first_to_last_with_zeros(entries: list[Entry]) -> None:
    months = per_period(entries, "month")
    assert months[0] == ("2023-01", 1)
    assert months[-1] == ("2025-08", 1)
    assert len(months) == 32  # January 2023 to August 2025
    assert dict(months)["2023-07"] == 2
    assert dict(months)["2023-02"] == 0
    assert sum(n for _, n in months) == len(entries)


def test_per_period_of_nothing_and_bad_period(entries: list[Entry]) -> None:
    assert per_period([], "month") == []
    with pytest.raises(ValueError, match="period"):
        per_period(entries, "week")


def test_split_by_country_counts_each_series_and_other(entries: list[Entry]) -> None:
    periods, series, counts = per_period_split(OnePass(entries), "year", "country", top=2)
    assert periods == ["2023", "2024", "2025"]
    assert series == ["JP", "MY", OTHER]
    assert counts == [[3, 1, 1], [3, 0, 1], [0, 1, 0]]  # other: the DE-IN meeting only


def test_split_by_topic_follows_the_entries_topics(entries: list[Entry]) -> None:
    periods, series, counts = per_period_split(entries, "year", "topic", top=3)
    assert 2 <= len(series) <= 4 and series[-1] == OTHER
    for s, row in zip(series[:-1], counts[:-1], strict=True):
        expected = [
            sum(1 for e in entries if s in e.topics and str(e.readout.date.year) == p)
            for p in periods
        ]
        assert row == expected
    assert "critical minerals" in series


def test_split_of_nothing(entries: list[Entry]) -> None:
    assert per_period_split([], "month", "country") == ([], [OTHER], [[]])
    with pytest.raises(ValueError, match="split"):
        per_period_split(entries, "month", "person")


def test_top_counts_of_each_dimension(entries: list[Entry]) -> None:
    assert top_counts(OnePass(entries), "countries", 3) == [("JP", 5), ("MY", 4), ("FR", 2)]
    assert top_counts(entries, "people", 2) == [("TANAKA Hiroshi", 5), ("Aziz bin Rahman", 4)]
    assert top_counts(entries, "kinds", 1) == [("summit", 3)]
    topics = dict(top_counts(entries, "topics", 50))
    assert topics["critical minerals"] == 3
    assert topics["maritime security"] == 2
    assert top_counts(entries, "countries", 0) == []


def test_top_counts_of_mentions_reads_derived_mentions(entries: list[Entry]) -> None:
    expected: dict[str, int] = {}
    for e in entries:
        for code in set(e.mentions):
            expected[code] = expected.get(code, 0) + 1
    assert dict(top_counts(entries, "mentions", 100)) == expected


def test_cross_table_of_countries_and_topics(entries: list[Entry]) -> None:
    rows, cols, table = cross_table(OnePass(entries), "countries", "topics", 2, 2)
    assert rows == ["JP", "MY"]
    assert len(cols) == 2
    for i, country in enumerate(rows):
        for j, topic in enumerate(cols):
            assert table[i][j] == sum(
                1 for e in entries if country in e.readout.countries and topic in e.topics
            )


def test_cross_table_of_people_shows_names(entries: list[Entry]) -> None:
    rows, cols, table = cross_table(entries, "people", "countries", 2, 3)
    assert rows == ["TANAKA Hiroshi", "Aziz bin Rahman"]
    assert cols == ["JP", "MY", "FR"]
    assert table == [[5, 4, 2], [4, 4, 1]]


def test_stats_follow_a_search_result(entries: list[Entry]) -> None:
    results = SearchIndex(entries).search("country:MY")
    assert per_period(results, "year") == [("2023", 3), ("2024", 0), ("2025", 1)]
    assert top_counts(results, "countries", 2) == [("JP", 4), ("MY", 4)]


def test_a_large_result_set_is_linear(entries: list[Entry]) -> None:
    many = entries * 5000  # 30,000 entries: quadratic work would not finish in time
    _, _, counts = per_period_split(many, "month", "topic")
    assert sum(sum(row) for row in counts) >= len(many) - 5000
    assert top_counts(many, "countries", 1) == [("JP", 25000)]
    assert top_counts(many, "people", 1) == [("TANAKA Hiroshi", 5)]  # distinct meetings


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generate: ModuleType) -> list[Entry]:
    """200 readouts of the benchmark corpus (many countries, topics and months)."""
    folder = tmp_path_factory.mktemp("corpus")
    generate.generate(folder, 200, seed=20240523, processes=1)
    store = ReadoutStore(path=tmp_path_factory.mktemp("db") / "db.json")
    store.sync(folder)
    return store.entries()


def counts_agree(results: Sequence[Entry], counts: IndexCounts) -> None:
    """Every count from the bitmaps is the count from reading the results' readouts."""
    read = list(results)
    for period in PERIODS:
        assert counts.per_period(period) == per_period(read, period)
        for by in SPLITS:
            for top in (0, 1, 5):
                assert counts.per_period_split(period, by, top) == per_period_split(
                    read, period, by, top
                )
    for what in ("countries", "mentions", "topics", "kinds"):
        for limit in (0, 3, 1000):
            assert counts.top_counts(what, limit) == top_counts(read, what, limit)
    for rows, cols in (("countries", "topics"), ("topics", "mentions"), ("kinds", "countries")):
        assert counts.cross_table(rows, cols, 4, 3) == cross_table(read, rows, cols, 4, 3)
        assert counts.cross_table(rows, cols) == cross_table(read, rows, cols)


@pytest.mark.parametrize(
    "query", ["", "country:MY", "topic:trade", "maritime security", "nothing-matches-this"]
)
def test_index_counts_are_the_counts_of_the_readouts(generated: list[Entry], query: str) -> None:
    results = SearchIndex(generated).search(query)
    counts_agree(results, IndexCounts.of(results))


def test_index_counts_follow_filters_and_leave_out_replaced_and_removed_readouts(
    generated: list[Entry],
) -> None:
    index = SearchIndex(generated)
    first, second = generated[0], generated[1]
    index.add([first])  # the same readout again: the first copy is replaced
    index.remove([second.id])
    filters = Filters(countries=frozenset(first.readout.countries[:1]))
    for results in (index.search(), index.search("", filters), index.search("", filters)):
        assert second.id not in {e.id for e in results}
        counts_agree(results, IndexCounts.of(results))
    assert IndexCounts.of(index.search()).per_period("year") == per_period(
        [e for e in generated if e.id != second.id], "year"
    )


def test_index_counts_follow_filters_taken_all_of(generated: list[Entry]) -> None:
    index = SearchIndex(generated)
    pair = next(e.readout.countries[:2] for e in generated if len(e.readout.countries) > 1)
    both = Filters(countries=frozenset(pair)).switched("countries")
    results = index.search("", both)
    assert results and all(set(pair) <= set(e.readout.countries) for e in results)
    counts_agree(results, IndexCounts.of(results))


def test_index_counts_leave_people_to_the_readouts(entries: list[Entry]) -> None:
    counts = IndexCounts.of(SearchIndex(entries).search())
    with pytest.raises(ValueError, match="people"):
        counts.top_counts("people")
    with pytest.raises(ValueError, match="dimension"):
        counts.top_counts("moods")
    with pytest.raises(ValueError, match="period"):
        counts.per_period("week")


def test_index_counts_build_no_readout(tmp_path: Path) -> None:
    load_entries(tmp_path)
    entries = ReadoutStore(path=tmp_path / "db.json").entries()  # each built when first read
    assert entries and not any(e.built for e in entries)
    counts = IndexCounts.of(SearchIndex(entries).search())
    counts.per_period("month")
    counts.per_period_split("year", "topic")
    counts.top_counts("mentions")
    counts.cross_table("countries", "topics")
    assert entries and not any(e.built for e in entries)
