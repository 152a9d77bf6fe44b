"""Counts over a result set: meetings per period, top values, a country x topic table.

Every function reads the entries once (a Results of 100,000 rows is a virtual list, so a
second pass would find every row again) and keeps only small per-entry tuples.

``IndexCounts`` gives the same counts for search results from the index's bitmaps, without
reading a readout: milliseconds at 100,000 results, where reading them takes seconds. It
counts everything but people, whom the index knows only by the words of their names.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Callable, Iterable

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant
from summit_tui.core.reference.people import Surnames, people, person_key
from summit_tui.core.search.postings import Postings
from summit_tui.core.search.results import Results
from summit_tui.core.search.tokens import KIND, MENTION, MONTH, PARTY, TOPIC, YEAR

PERIODS = ("month", "year")
SPLITS = ("country", "topic")
DIMENSIONS = ("countries", "mentions", "topics", "people", "kinds")
OTHER = "other"
#: The most periods (months or years) a chart spans: 50 years of months.
MAX_PERIODS = 600


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


def _ordinal(key: str) -> int:
    """A period key as a number: months ("2024-05") counted from year 0, or the year."""
    return int(key[:4]) * 12 + int(key[5:7]) - 1 if len(key) > 4 else int(key)


def _key(ordinal: int, period: str) -> str:
    return f"{ordinal // 12:04d}-{ordinal % 12 + 1:02d}" if period == "month" else f"{ordinal:04d}"


def chart_periods(counts: dict[str, int], period: str) -> list[str]:
    """The periods to chart, given meetings per period key: every period from the first
    meeting's to the last one's, empty ones too, but at most ``MAX_PERIODS`` of them.

    Past that (a date such as 0001-01-01 or 9999-12-31 among today's), the chart covers the
    ``MAX_PERIODS`` periods that hold the most meetings (the latest of equals), from the
    first meeting in them to the last; ``left_out`` counts the meetings outside.
    """
    points = sorted((_ordinal(k), n) for k, n in counts.items() if n)
    if not points:
        return []
    first, last = points[0][0], points[-1][0]
    if last - first >= MAX_PERIODS:
        best, held, lo = -1, 0, 0
        for at, n in points:
            held += n
            while at - points[lo][0] >= MAX_PERIODS:
                held -= points[lo][1]
                lo += 1
            if held >= best:
                best, first, last = held, points[lo][0], at
    return [_key(at, period) for at in range(first, last + 1)]


def left_out(counts: dict[str, int], periods: list[str]) -> int:
    """Meetings in periods that ``chart_periods`` left out of the chart."""
    shown = set(periods)
    return sum(n for key, n in counts.items() if key not in shown)


def per_period(entries: Iterable[Entry], period: str = "month") -> list[tuple[str, int]]:
    """Meetings per month ("2024-05") or year ("2024"), every period between the first and
    last meeting included, empty ones as zero (at most ``MAX_PERIODS``: ``chart_periods``)."""
    _check(period, PERIODS, "period")
    dates = Counter(e.readout.date for e in entries)
    if not dates:
        return []
    counts: Counter[str] = Counter()
    for date, n in dates.items():
        counts[_period_key(date, period)] += n
    return [(key, counts[key]) for key in chart_periods(counts, period)]


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
    raise ValueError("people are read by _people_keys, which joins surnames written alone")


def _no_values(entry: Entry) -> tuple[str, ...]:
    """No values: people are read apart, once every name is known."""
    return ()


def _people_keys(
    parts: Iterable[tuple[Participant, ...]], surnames: Surnames
) -> list[tuple[str, ...]]:
    """Each meeting's person keys (each once), a surname alone joined to its full name."""
    return [tuple(dict.fromkeys(k for k in map(surnames.key_of, ps) if k)) for ps in parts]


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
    periods = chart_periods(Counter(_period_key(d, period) for d, _ in rows), period)
    series = _top(totals, top)
    where = {value: i for i, value in enumerate(series)}
    column = {key: i for i, key in enumerate(periods)}
    counts = [[0] * len(periods) for _ in range(len(series) + 1)]
    for date, found in rows:
        col = column.get(_period_key(date, period))
        if col is None:
            continue  # outside the chart's span
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
    surnames = Surnames(p for e in entries for p in e.readout.participants)
    keys_of = [
        set(keys) for keys in _people_keys((e.readout.participants for e in entries), surnames)
    ]
    # Meetings as ``people`` counts them: readouts by id (two files may share one).
    met = {(k, e.readout.id) for e, keys in zip(entries, keys_of, strict=True) for k in keys}
    counts: Counter[str] = Counter(k for k, _ in met)
    if not counts:
        return []
    threshold = heapq.nlargest(limit, counts.values())[-1]
    wanted = {k for k, n in counts.items() if n >= threshold}
    chosen = [e for e, keys in zip(entries, keys_of, strict=True) if not wanted.isdisjoint(keys)]
    found = [p for p in people(chosen, surnames) if p.key in wanted]
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
    row_values = _no_values if rows == "people" else _values_of(rows)
    col_values = _no_values if cols == "people" else _values_of(cols)
    kept: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    parts: list[tuple[Participant, ...]] = []  # each meeting's participants, for people
    surnames = Surnames()
    written: dict[str, Counter[str]] = {}
    for entry in entries:
        kept.append((row_values(entry), col_values(entry)))
        if "people" in (rows, cols):
            parts.append(entry.readout.participants)
            for p in entry.readout.participants:
                surnames.add(p)
    if parts:  # known only once every name is: a surname alone may join a full name
        keys = _people_keys(parts, surnames)
        kept = [
            (k if rows == "people" else r, k if cols == "people" else c)
            for (r, c), k in zip(kept, keys, strict=True)
        ]
        joined: dict[str, Counter[str]] = {}  # surnames written alone, shown only if no other
        for ps in parts:
            for p in ps:
                key = surnames.key_of(p)
                into = written if person_key(p.name) == key else joined
                into.setdefault(key, Counter())[p.name.strip()] += 1
        for key, names in joined.items():
            written.setdefault(key, names)
    row_totals: Counter[str] = Counter()
    col_totals: Counter[str] = Counter()
    for r, c in kept:
        row_totals.update(r)
        col_totals.update(c)
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


#: The index key prefix of each dimension the bitmaps can count.
_KEYS = {"countries": PARTY, "mentions": MENTION, "topics": TOPIC, "kinds": KIND}


class IndexCounts:
    """``per_period``, ``per_period_split``, ``top_counts`` and ``cross_table`` of search
    results, counted on the index's bitmaps: each count is the size of an AND of bitmaps.

    Every dimension but "people" (the index holds the words of names, not who is who):
    ``top_counts(entries, "people")`` counts them from the readouts.
    """

    def __init__(self, bitmap: int, postings: Postings) -> None:
        self.bitmap = bitmap
        self.postings = postings

    @classmethod
    def of(cls, results: Results) -> IndexCounts:
        """The counts of these results."""
        return cls(results.bitmap, results.state.postings)

    def _totals(self, prefix: str) -> dict[str, tuple[int, int]]:
        """value -> (meetings among the results, bitmap of those meetings), for every value
        of the key prefix that any of the results has."""
        post, bm, cut = self.postings, self.bitmap, len(prefix)
        out = {}
        if bm:
            for key in post.with_prefix(prefix):
                docs = bm & post.bitmap(key)
                if docs:
                    out[key[cut:]] = (docs.bit_count(), docs)
        return out

    def _dimension(self, what: str) -> dict[str, tuple[int, int]]:
        if what not in _KEYS:
            _check(what, DIMENSIONS, "dimension")
            raise ValueError(f"{what} are not counted from the index; count their readouts")
        return self._totals(_KEYS[what])

    def _periods(self, period: str) -> dict[str, tuple[int, int]]:
        _check(period, PERIODS, "period")
        return self._totals(MONTH if period == "month" else YEAR)

    def per_period(self, period: str = "month") -> list[tuple[str, int]]:
        """``per_period`` of the results."""
        found = self._periods(period)
        keys = chart_periods({key: n for key, (n, _) in found.items()}, period)
        return [(key, found[key][0] if key in found else 0) for key in keys]

    def per_period_split(
        self, period: str = "month", by: str = "country", top: int = 5
    ) -> tuple[list[str], list[str], list[list[int]]]:
        """``per_period_split`` of the results."""
        _check(by, SPLITS, "split")
        found = self._periods(period)
        if not found:
            return [], [OTHER], [[]]
        periods = chart_periods({key: n for key, (n, _) in found.items()}, period)
        values = self._dimension("countries" if by == "country" else "topics")
        series = _ranked(values, top)
        in_series = 0
        for value in series:
            in_series |= values[value][1]
        lines = [values[value][1] for value in series] + [self.bitmap & ~in_series]
        counts = [
            [(line & found[key][1]).bit_count() if key in found else 0 for key in periods]
            for line in lines
        ]
        return periods, [*series, OTHER], counts

    def top_counts(self, what: str = "countries", limit: int = 10) -> list[tuple[str, int]]:
        """``top_counts`` of the results, for every dimension but people."""
        values = self._dimension(what)
        return [(value, values[value][0]) for value in _ranked(values, limit)]

    def cross_table(
        self,
        rows: str = "countries",
        cols: str = "topics",
        limit_rows: int = 10,
        limit_cols: int = 8,
    ) -> tuple[list[str], list[str], list[list[int]]]:
        """``cross_table`` of the results, for every dimension but people."""
        row_values, col_values = self._dimension(rows), self._dimension(cols)
        row_keys = _ranked(row_values, limit_rows)
        col_keys = _ranked(col_values, limit_cols)
        table = [
            [(row_values[r][1] & col_values[c][1]).bit_count() for c in col_keys] for r in row_keys
        ]
        return row_keys, col_keys, table


class EntryCounts:
    """The counts of ``IndexCounts`` for entries read into memory (results that do not come
    from an index), every dimension included."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries

    def per_period(self, period: str = "month") -> list[tuple[str, int]]:
        """``per_period`` of the entries."""
        return per_period(self.entries, period)

    def per_period_split(
        self, period: str = "month", by: str = "country", top: int = 5
    ) -> tuple[list[str], list[str], list[list[int]]]:
        """``per_period_split`` of the entries."""
        return per_period_split(self.entries, period, by, top)

    def top_counts(self, what: str = "countries", limit: int = 10) -> list[tuple[str, int]]:
        """``top_counts`` of the entries."""
        return top_counts(self.entries, what, limit)

    def cross_table(
        self,
        rows: str = "countries",
        cols: str = "topics",
        limit_rows: int = 10,
        limit_cols: int = 8,
    ) -> tuple[list[str], list[str], list[list[int]]]:
        """``cross_table`` of the entries."""
        return cross_table(self.entries, rows, cols, limit_rows, limit_cols)


#: What the statistics screen counts with: the index's bitmaps or entries in memory.
Counts = IndexCounts | EntryCounts


def _ranked(found: dict[str, tuple[int, int]], limit: int) -> list[str]:
    """``_top`` of values counted on the bitmaps (value -> (count, bitmap))."""
    return _top(Counter({value: n for value, (n, _) in found.items()}), limit)
