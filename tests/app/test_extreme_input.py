"""Allowed but extreme input in the app: the work is bounded and the user is told."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import wait_loaded
from rich.console import Console
from textual.widgets import Static

from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput

SIZE = (160, 48)


def plain(static: Static) -> str:
    """What a Static shows, as plain text."""
    console = Console(width=400, record=True, file=io.StringIO())
    console.print(static.content)
    return console.export_text()


@pytest.mark.parametrize(("query", "message"), [
    ("(" * 300 + "energy", "more than 32 levels deep"),
    ("-" * 3000 + "energy", "more than 32 levels deep"),
    ("energy " + "w" * 10_000, "the longest searched is 200"),
], ids=["parentheses", "dashes", "long-word"])
async def test_an_extreme_query_is_refused_in_the_search_bar(
        readout_folder: Path, app_factory, query: str, message: str) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        rows = app.screen.query_one(MeetingList).row_count
        app.screen.query_one(SearchInput).value = query
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        status = plain(app.screen.query_one("#search-status", Static))
        assert message in status and "showing the last results" in status
        assert app.screen.query_one(MeetingList).row_count == rows
