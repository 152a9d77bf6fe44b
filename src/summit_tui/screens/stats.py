"""The statistics screen: meetings over time, top countries, topics and people, a cross table.

It follows the current results, so a search for ``topic:"critical minerals"`` shows how
that topic rose or fell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from summit_tui.core.analysis import stats
from summit_tui.core.analysis.people_table import top_people
from summit_tui.core.model.entry import Entry, light_entries
from summit_tui.core.reference import countries
from summit_tui.core.search.results import Results
from summit_tui.core.support.safe_text import one_line

BAR = "█"
SERIES_STYLES = ("cyan", "magenta", "green", "yellow", "blue", "bright_black")
MAX_PERIODS = 240  # beyond this many months, a year chart reads better
TOP = 10  # values in each column of the top table


def label_of(value: str, what: str) -> str:
    """A country code as its name; anything else as itself, on one line."""
    if what in ("countries", "mentions", "country") and value != stats.OTHER:
        return countries.name_of(value)
    return one_line(value)


def bar_chart(counts: stats.Counts, period: str, split: str | None, width: int) -> RenderableType:
    """Meetings per period as horizontal bars; with a split, one column of bars per series."""
    if split is None:
        text = Text()
        rows = counts.per_period(period)
        peak = max((n for _, n in rows), default=0) or 1
        for key, n in rows:
            text.append(f"{key:<8}", "bold")
            text.append(BAR * max(n * width // peak, 1 if n else 0), SERIES_STYLES[0])
            text.append(f" {n}\n")
        return text
    periods, series, counts_ = counts.per_period_split(period, by=split)
    # A meeting can count in several series (both of its parties): bars side by side.
    peak = max((n for line in counts_ for n in line), default=0) or 1
    cell = max(4, (width - 8) // max(len(series), 1) - 5)
    table = Table(box=None, padding=(0, 1), show_edge=False)
    table.add_column("", style="bold", no_wrap=True)
    for i, name in enumerate(series):
        style = SERIES_STYLES[i % len(SERIES_STYLES)]
        table.add_column(Text(label_of(name, split)[: cell + 4], style), no_wrap=True)
    for col, key in enumerate(periods):
        cells = []
        for i in range(len(series)):
            n = counts_[i][col]
            bar = Text(
                BAR * max(n * cell // peak, 1 if n else 0), SERIES_STYLES[i % len(SERIES_STYLES)]
            )
            bar.append(f" {n}" if n else " ·", "" if n else "dim")
            cells.append(bar)
        table.add_row(key, *cells)
    return table


def top_table(counts: stats.Counts, people: list[tuple[str, int]] | None, limit: int = 10) -> Table:
    """Top parties, mentioned countries, topics and people side by side, with counts.

    ``people`` are counted apart (from the readouts, slower): None while they are counted.
    """
    columns = [
        ("countries", "Countries"),
        ("mentions", "Mentioned"),
        ("topics", "Topics"),
        ("people", "People"),
    ]
    table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
    found = []
    for what, title in columns:
        table.add_column(title, ratio=1, no_wrap=True, overflow="ellipsis")
        if what != "people":
            found.append(counts.top_counts(what, limit))
    found.append(people or [])
    for i in range(max(max((len(f) for f in found), default=0), 1 if people is None else 0)):
        cells = []
        for (what, _), rows in zip(columns, found, strict=True):
            if i < len(rows):
                value, n = rows[i]
                cells.append(Text(f"{n:>4}  {label_of(value, what)}"))
            elif what == "people" and people is None and i == 0:
                cells.append(Text("counting…", "italic dim"))
            else:
                cells.append(Text(""))
        table.add_row(*cells)
    return table


def cross(counts: stats.Counts) -> Table:
    """Meetings per country (rows) and topic (columns)."""
    rows, cols, table_counts = counts.cross_table("countries", "topics")
    table = Table(box=None, padding=(0, 1), show_edge=False)
    table.add_column("")
    for col in cols:
        table.add_column(Text(one_line(col)[:14]), justify="right", no_wrap=True)
    for row, line in zip(rows, table_counts, strict=True):
        table.add_row(
            Text(label_of(row, "countries")),
            *[Text(str(n) if n else "·", "bold" if n else "dim") for n in line],
        )
    return table


class StatsScreen(ModalScreen[None]):
    """Counts for the current results; keys switch the period and the split."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,s", "close", "Close", id="stats.close"),
        Binding("m", "period('month')", "Months", id="stats.months"),
        Binding("y", "period('year')", "Years", id="stats.years"),
        Binding("c", "split('country')", "By country", id="stats.by_country"),
        Binding("t", "split('topic')", "By topic", id="stats.by_topic"),
        Binding("a", "split('')", "All together", id="stats.together"),
    ]

    def __init__(self, entries: Sequence[Entry], query: str) -> None:
        super().__init__()
        self.results = entries
        #: What the chart and tables count with, once ready (None while counting).
        self.counts: stats.Counts | None = None
        #: The people with the most meetings, once counted (None while counting).
        self.people: list[tuple[str, int]] | None = None
        self.query_text = query
        self.period = "month"
        self.split: str | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-body") as body:
            what = f"“{one_line(self.query_text)}”" if self.query_text.strip() else "all"
            body.border_title = Content(f"Statistics · {len(self.results):,} meetings · {what}")
            body.border_subtitle = "m/y months or years · c/t/a split · escape closes"
            yield Static(id="stats-chart")
            yield Static(id="stats-top")
            yield Static(id="stats-cross")

    def on_mount(self) -> None:
        if not self.results:
            self.redraw()
            return
        self.query_one("#stats-chart", Static).update(
            Text(f"Counting {len(self.results):,} meetings…", "italic")
        )
        self._count(self.app)

    @work(thread=True, exclusive=True, group="stats", exit_on_error=False)
    def _count(self, app: App[object]) -> None:
        """Count off the UI thread: search results on the index's bitmaps (milliseconds),
        shown at once; then the people, from what the store keeps of them (a few hundred
        milliseconds at 100,000).

        ``app`` comes from the UI thread: once the screen is closed this thread can no
        longer find it through the screen, and the results must still reach the handlers,
        which drop them.
        """
        try:
            results = self.results
            counts: stats.Counts
            if isinstance(results, Results):
                counts = stats.IndexCounts.of(results)
            else:
                counts = stats.EntryCounts(light_entries(results))
            app.call_from_thread(self._counted, counts, self._months(counts))
            people = top_people(results, TOP)
        except Exception as exc:  # shown to the user; the app goes on
            app.call_from_thread(self._failed, exc)
            return
        app.call_from_thread(self._people_counted, people)

    @staticmethod
    def _months(counts: stats.Counts) -> int:
        return len(counts.per_period("month"))

    def _counted(self, counts: stats.Counts, months: int) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.counts = counts
        self.period = "year" if months > MAX_PERIODS else "month"
        self.redraw()

    def _people_counted(self, people: list[tuple[str, int]]) -> None:
        if not self.is_attached or self.counts is None:  # closed before the worker was done
            return
        self.people = people
        self.query_one("#stats-top", Static).update(
            Group(Text("Most frequent", "bold underline"), top_table(self.counts, people))
        )

    def _failed(self, exc: Exception) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.query_one("#stats-chart", Static).update(
            Text(f"Could not count the meetings: {type(exc).__name__}: {exc}", "red")
        )

    def redraw(self) -> None:
        """Draw the chart for the current period and split, and the tables."""
        if not self.results:
            self.query_one("#stats-chart", Static).update(
                Text("No meetings in the current results.", "italic")
            )
            return
        counts = self.counts
        if counts is None:
            return  # still counting: drawn once done
        width = max(10, self.size.width - 30)
        split = f", by {self.split}" if self.split else ""
        chart: RenderableType = Group(
            Text(f"Meetings per {self.period}{split}", "bold underline"),
            *self._left_out(counts),
            bar_chart(counts, self.period, self.split, width),
        )
        self.query_one("#stats-chart", Static).update(chart)
        self.query_one("#stats-top", Static).update(
            Group(Text("Most frequent", "bold underline"), top_table(counts, self.people))
        )
        self.query_one("#stats-cross", Static).update(
            Group(Text("Countries × topics", "bold underline"), cross(counts))
        )

    def _left_out(self, counts: stats.Counts) -> list[Text]:
        """A line saying how many meetings lie outside the chart's span, when any do."""
        rows = counts.per_period(self.period)
        hidden = len(self.results) - sum(n for _, n in rows)
        if hidden <= 0 or not rows:
            return []
        return [
            Text(
                f"{hidden:,} meeting{'s' * (hidden != 1)} before {rows[0][0]} or after "
                f"{rows[-1][0]} not shown: a chart spans at most "
                f"{stats.MAX_PERIODS} {self.period}s",
                "yellow",
            )
        ]

    def action_period(self, period: str) -> None:
        """Count per month or per year."""
        self.period = period
        self.redraw()

    def action_split(self, split: str) -> None:
        """Split the bars by country or topic, or show all meetings together."""
        self.split = split or None
        self.redraw()

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(None)
