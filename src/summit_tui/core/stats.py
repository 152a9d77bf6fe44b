"""Counts over a result set: meetings per period, top values, a country x topic table.

Every function reads the entries once (a Results of 100,000 rows is a virtual list, so a
second pass would find every row again) and keeps only small per-entry tuples.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Callable, Iterable

from summit_tui.core.models import Entry
from summit_tui.core.people import people, person_key

PERIODS = ("month", "year")
SPLITS = ("country", "topic")
DIMENSIONS = ("countries", "mentions", "topics", "people", "kinds")
OTHER = "other"


def _period_key(date: dt.date, period: str) -> str:
    return f"{date.year:04d}-{date.month:02d}" if period == "month" else f"{date.year:04d}"


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")


def period_range(first: dt.date, last: dt.date, period: str) -> list[str]:
    """Every period key from the one holding ``first`` to the one holding ``last``."""
    _check(period, PERIODS, "period")
    if period == "year":
        return [f"{y:04d}" for y in range(first.year, last.year + 1)]
    keys = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def per_period(entries: Iterable[Entry], period: str = "month") -> list[tuple[str, int]]:
    """Meetings per month ("2024-05") or year ("2024"), every period between the first and
    last meeting included, empty ones as zero."""
    _check(period, PERIODS, "period")
    dates = Counter(e.readout.date for e in entries)
    if not dates:
        return []
    counts: Counter[str] = Counter()
    for date, n in dates.items():
        counts[_period_key(date, period)] += n
    return [(key, counts[key]) for key in period_range(min(dates), max(dates), period)]


def _values_of(what: str) -> Callable[[Entry], tuple[str, ...]]:
    """How to read one dimension's values from an entry (each value once)."""
    _check(what, DIMENSIONS, "dimension")
    if what == "countries":
        return lambda e: tuple(dict.fromkeys(e.readout.countries))
    if what == "mentions":
        return lambda e: tuple(dict.fromkeys(e.mentions))
    if what == "topics":
        return lambda e: tuple(dict.fromkeys(e.topics))
    if what == "kinds":
        return lambda e: (e.readout.kind,)
    return lambda e: tuple(dict.fromkeys(
        k for k in (person_key(p.name) for p in e.readout.participants) if k
    ))


def _top(counts: Counter[str], limit: int) -> list[str]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [value for value, _ in ranked[: max(limit, 0)]]


def per_period_split(
    entries: Iterable[Entry], period: str = "month", by: str = "country", top: int = 5
) -> tuple[list[str], list[str], list[list[int]]]:
    """Meetings per period for the ``top`` countries (parties) or topics, and "other".

    Returns (periods, series, counts) with ``counts[series][period]``. A meeting counts
    once in every series it belongs to (a Japan-Malaysia summit in both "JP" and "MY"), so
    draw the series side by side rather than stacked; "other", always last, counts the
    meetings in none of the top series.
    """
    _check(by, SPLITS, "split")
    _check(period, PERIODS, "period")
    values = _values_of("countries" if by == "country" else "topics")
    rows: list[tuple[dt.date, tuple[str, ...]]] = []
    totals: Counter[str] = Counter()
    for entry in entries:
        found = values(entry)
        rows.append((entry.readout.date, found))
        totals.update(found)
    if not rows:
        return [], [OTHER], [[]]
    periods = period_range(min(d for d, _ in rows), max(d for d, _ in rows), period)
    series = _top(totals, top)
    where = {value: i for i, value in enumerate(series)}
    column = {key: i for i, key in enumerate(periods)}
    counts = [[0] * len(periods) for _ in range(len(series) + 1)]
    for date, found in rows:
        col = column[_period_key(date, period)]
        hit = False
        for value in found:
            i = where.get(value)
            if i is not None:
                counts[i][col] += 1
                hit = True
        if not hit:
            counts[-1][col] += 1
    return periods, [*series, OTHER], counts


def top_counts(
    entries: Iterable[Entry], what: str = "countries", limit: int = 10
) -> list[tuple[str, int]]:
    """The most frequent parties, mentions, topics, kinds or people, with meeting counts.

    Countries and mentions are ISO codes; people are shown by their usual written name.
    """
    _check(what, DIMENSIONS, "dimension")
    if what == "people":
        return _top_people(list(entries), limit)
    values = _values_of(what)
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(values(entry))
    return [(value, counts[value]) for value in _top(counts, limit)]


def _top_people(entries: list[Entry], limit: int) -> list[tuple[str, int]]:
    """``people(entries)[:limit]`` as (name, meetings), without a Person for everyone: the
    meetings of each person are counted first, and only those who can be among the first
    ``limit`` are then gathered in full (100,000 readouts name 200,000 people or more)."""
    if limit <= 0:
        return []
    keys_of = [
        {k for k in (person_key(p.name) for p in e.readout.participants) if k} for e in entries
    ]
    counts: Counter[str] = Counter(k for keys in keys_of for k in keys)
    if not counts:
        return []
    threshold = heapq.nlargest(limit, counts.values())[-1]
    wanted = {k for k, n in counts.items() if n >= threshold}
    chosen = [e for e, keys in zip(entries, keys_of, strict=True) if not wanted.isdisjoint(keys)]
    found = [p for p in people(chosen) if p.key in wanted]
    return [(p.name, p.meetings) for p in found[:limit]]


def cross_table(
    entries: Iterable[Entry],
    rows: str = "countries",
    cols: str = "topics",
    limit_rows: int = 10,
    limit_cols: int = 8,
) -> tuple[list[str], list[str], list[list[int]]]:
    """Meetings per (row value, column value) for the most frequent values of each.

    Returns (row values, column values, counts) with ``counts[row][col]``; people appear
    by their usual written name.
    """
    row_values, col_values = _values_of(rows), _values_of(cols)
    kept: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    row_totals: Counter[str] = Counter()
    col_totals: Counter[str] = Counter()
    written: dict[str, Counter[str]] = {}
    for entry in entries:
        r, c = row_values(entry), col_values(entry)
        kept.append((r, c))
        row_totals.update(r)
        col_totals.update(c)
        if "people" in (rows, cols):
            for p in entry.readout.participants:
                written.setdefault(person_key(p.name), Counter())[p.name.strip()] += 1
    row_keys, col_keys = _top(row_totals, limit_rows), _top(col_totals, limit_cols)
    row_at = {v: i for i, v in enumerate(row_keys)}
    col_at = {v: i for i, v in enumerate(col_keys)}
    table = [[0] * len(col_keys) for _ in row_keys]
    for r, c in kept:
        ri = [row_at[v] for v in r if v in row_at]
        if not ri:
            continue
        ci = [col_at[v] for v in c if v in col_at]
        for i in ri:
            line = table[i]
            for j in ci:
                line[j] += 1
    return _shown(row_keys, rows, written), _shown(col_keys, cols, written), table


def _shown(keys: list[str], what: str, written: dict[str, Counter[str]]) -> list[str]:
    """Person keys as their most written name; other values unchanged."""
    if what != "people":
        return keys
    return [min(written[k], key=lambda n: (-written[k][n], n)) for k in keys]
