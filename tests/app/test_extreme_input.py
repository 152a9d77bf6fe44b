"""Allowed but extreme input in the app: the work is bounded and the user is told."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from driving import wait_loaded
from rich.console import Console
from textual.widgets import Static

from summit_tui.screens.stats import StatsScreen
from summit_tui.widgets.detail import MAX_SECTIONS, ReadoutDetail
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput

SIZE = (160, 48)


def plain(static: Static) -> str:
    """What a Static shows, as plain text."""
    console = Console(width=400, record=True, file=io.StringIO())
    console.print(static.content)
    return console.export_text()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 300 + "energy", "more than 32 levels deep"),
        ("-" * 3000 + "energy", "more than 32 levels deep"),
        ("energy " + "w" * 10_000, "the longest searched is 200"),
    ],
    ids=["parentheses", "dashes", "long-word"],
)
async def test_an_extreme_query_is_refused_in_the_search_bar(
    readout_folder: Path, app_factory, query: str, message: str
) -> None:
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


def write_far_dated(folder: Path) -> Path:
    """Three meetings in 2023-2024 and two at the ends of the calendar."""
    folder.mkdir(parents=True)
    for i, date in enumerate(
        ["0001-01-01", "2023-02-10", "2023-11-02", "2024-05-23", "9999-12-31"]
    ):
        (folder / f"r{i}.yaml").write_text(
            f"title: Meeting {i}\ndate: {date}\ncountries: [JP, MY]\n", encoding="utf-8"
        )
    return folder


async def test_statistics_of_far_dates_chart_a_bounded_span(tmp_path: Path, app_factory) -> None:
    app = app_factory(write_far_dated(tmp_path / "readouts"), watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        app.screen.query_one(MeetingList).focus()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        chart = plain(screen.query_one("#stats-chart", Static))
        assert "Meetings per month" in chart
        assert "2 meetings before 2023-02 or after 2024-05 not shown" in chart
        assert len(chart.splitlines()) < 40  # 16 months, not 119,988
        for keys in (("y",), ("m", "c"), ("y", "t")):
            await pilot.press(*keys)
            await pilot.pause()
            chart = plain(screen.query_one("#stats-chart", Static))
            assert "not shown" in chart and len(chart.splitlines()) < 40


def write_huge_readouts(folder: Path, sections: int, participants: int) -> Path:
    """A readout with many sections, another with many participants (both allowed: under
    the size limit), and a short one."""
    folder.mkdir(parents=True)
    head = "date: 2024-05-23\ncountries: [JP, MY]\n"
    listed = ",".join(f"{{heading: S{i}}}" for i in range(sections))
    (folder / "sections.yaml").write_text(
        f"title: Many sections\n{head}sections: [{listed}]\n", encoding="utf-8"
    )
    listed = ",".join(f"{{name: P{i}}}" for i in range(participants))
    (folder / "people.yaml").write_text(
        f"title: Many participants\n{head}participants: [{listed}]\n", encoding="utf-8"
    )
    (folder / "small.yaml").write_text(
        "title: A short meeting\ndate: 2024-01-02\ncountries: [JP, MY]\n", encoding="utf-8"
    )
    return folder


def shown_text(detail: ReadoutDetail) -> str:
    return "\n".join(plain(s) for s in detail.query_children(Static))


async def test_huge_readouts_show_a_bounded_number_of_sections_and_participants(
    tmp_path: Path, app_factory
) -> None:
    app = app_factory(write_huge_readouts(tmp_path / "readouts", 100_000, 40_000), watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert not app.problems
        meetings = app.screen.query_one(MeetingList)
        meetings.focus()
        await pilot.pause()
        detail = app.screen.query_one(ReadoutDetail)
        by_title = {}
        for title in ("Many sections", "Many participants"):
            # The cursor first, then the detail pane, which follows it after a pause: on a
            # busy machine the pane may lag a key behind, so it is waited for, not raced.
            for _ in range(meetings.row_count):
                if meetings.current is not None and meetings.current.readout.title == title:
                    break
                await pilot.press("down")
            for _ in range(200):
                await pilot.pause(0.05)
                if detail.entry is not None and detail.entry.readout.title == title:
                    break
            assert detail.entry is not None and detail.entry.readout.title == title
            by_title[title] = (
                len(detail.sections()),
                len(detail.query_children(Static)),
                shown_text(detail),
            )
            await pilot.press("home")
            await pilot.pause()
        sections, blocks, text = by_title["Many sections"]
        assert sections == MAX_SECTIONS and blocks <= MAX_SECTIONS + 5
        assert "99,800 more sections not shown" in text
        assert re.search(r"\bS199\b", text) and not re.search(r"\bS200\b", text)
        _, blocks, text = by_title["Many participants"]
        assert blocks <= 5 and "and 39,900 more participants" in text
        assert re.search(r"\bP99\b", text) and not re.search(r"\bP100\b", text)
