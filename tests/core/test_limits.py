"""Allowed but extreme input does bounded work: query depth and term length."""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.analysis import stats
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Readout
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import MAX_DEPTH, MAX_TERM_CHARS, QueryError, parse


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 300 + "trade" + ")" * 300, "more than 32 levels deep"),
        ("-" * 3000 + "trade", "more than 32 levels deep"),
        ("NOT " * 200 + "trade", "more than 32 levels deep"),
        ("a" * 10_000, "10,000 characters long; the longest searched is 200"),
        ('"' + "maritime " * 30 + '"', "270 characters long"),
        ("person:" + "x" * 300, "300 characters long"),
        ('topic:"' + "x" * 300 + '"', "300 characters long"),
    ],
    ids=[
        "parentheses",
        "dashes",
        "nots",
        "long-word",
        "long-phrase",
        "long-value",
        "long-quoted-value",
    ],
)
def test_extreme_queries_are_refused_with_a_clear_message(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)
    with pytest.raises(QueryError):  # before any matching
        SearchIndex().search(query)


def test_queries_at_the_limits_still_parse() -> None:
    assert parse("(" * MAX_DEPTH + "trade" + ")" * MAX_DEPTH).root is not None
    assert parse("-" * MAX_DEPTH + "trade").root is not None
    assert parse("a" * MAX_TERM_CHARS).root is not None
    assert parse("-(a OR -(b c)) country:MY").root is not None


# --- chart spans ------------------------------------------------------------------------------


def far_dated_entries() -> list[Entry]:
    """Three meetings in 2023-2024, and two dated at the ends of the calendar."""
    dates = ["0001-01-01", "2023-02-10", "2023-11-02", "2024-05-23", "9999-12-31"]
    return [
        Entry(
            Readout(
                id=f"r{i}",
                title=f"Meeting {i}",
                date=dt.date.fromisoformat(d),
                countries=("JP", "MY"),
            ),
            f"r{i}.yaml",
        )
        for i, d in enumerate(dates)
    ]


def test_a_chart_spans_at_most_max_periods() -> None:
    entries = far_dated_entries()
    index = SearchIndex(entries)
    for counts in (stats.EntryCounts(entries), stats.IndexCounts.of(index.search())):
        months = counts.per_period("month")
        assert [key for key, _ in months][:: len(months) - 1] == ["2023-02", "2024-05"]
        assert sum(n for _, n in months) == 3
        periods, _, table = counts.per_period_split("month", by="country")
        assert periods == [key for key, _ in months] and len(table[0]) == len(periods)
        years = counts.per_period("year")
        assert years == [("2023", 2), ("2024", 1)]
    assert len(stats.per_period(entries, "year")) <= stats.MAX_PERIODS


def test_the_chart_window_holds_the_most_meetings() -> None:
    counts = {"0001-01": 1, "2023-02": 1, "2023-11": 1, "2024-05": 1, "9999-12": 1}
    periods = stats.chart_periods(counts, "month")
    assert (periods[0], periods[-1], len(periods)) == ("2023-02", "2024-05", 16)
    assert stats.left_out(counts, periods) == 2
    spread = {f"{y:04d}": 1 for y in range(1000, 3000, 100)}  # 20 years, 100 apart
    years = stats.chart_periods(spread, "year")
    assert len(years) <= stats.MAX_PERIODS and years[-1] == "2900"  # the latest of equals
    assert stats.chart_periods({"2024-05": 2}, "month") == ["2024-05"]
    assert stats.chart_periods({}, "year") == []
