"""The answers a new user gets: dates in a query, empty results, filter rules, hit labels,
whose clock a time is, and people named two ways (Pilot)."""

from __future__ import annotations

from pathlib import Path

from conftest import wait_loaded
from test_browse import SIZE, titles

from summit_tui.core.search import Filters
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.search_bar import SearchBar


def status(app) -> str:
    """The line under the search bar."""
    return str(app.screen.query_one(SearchBar).query_one("#search-status").content)


async def choose(app, pilot, value: str) -> None:
    """Select a value in the filter pane with the keyboard."""
    pane = app.screen.query_one(FilterPane)
    pane.focus()
    pane.cursor = next(i for i, r in enumerate(pane.rows) if r.value == value)
    await pilot.press("space")
    await pilot.pause()


async def test_two_countries_any_of_then_all_of(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        pane = app.screen.query_one(FilterPane)
        assert pane.rows[0].label == "Countries: any of"
        await choose(app, pilot, "JP")
        await choose(app, pilot, "MY")
        assert len(titles(app)) == 2  # Japan's two meetings: any of
        assert pane.border_title == "Filters (2 on)"
        assert "filters on: Countries, any of: Japan, Malaysia" in status(app)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.filters == Filters(countries=frozenset({"JP", "MY"}),
                                             all_of=frozenset({"countries"}))
        assert titles(app) == ["Japan-Malaysia Summit Meeting"]
        assert pane.rows[0].label == "Countries: all of"
        # Counts say what adding a value leaves: Japan and Malaysia both give the one meeting.
        counts = {r.value: r.count for r in pane.rows if r.facet == "countries" and r.value}
        assert counts == {"JP": 1, "MY": 1}
        assert "Countries, all of: Japan, Malaysia" in status(app)
        await pilot.press("a")
        await pilot.pause()
        assert len(titles(app)) == 2
        pane.cursor = next(i for i, r in enumerate(pane.rows) if r.value == "2024")
        await pilot.press("a")  # a meeting has one year: the rule stays "any of"
        await pilot.pause()
        assert app.screen.filters.all_of == frozenset()
