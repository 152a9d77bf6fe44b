"""Readouts the importer marked for review: the list's mark, the detail, the filter."""

from __future__ import annotations

from pathlib import Path

from driving import detail_text, titles, wait_loaded, write_readouts

from summit_tui.core.search.filters import Filters
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList

SIZE = (160, 48)

MARKED = """\
title: UK-Estonia Telephone Talk
kind: telephone-talk
date: 2025-01-20
countries: [GB, EE]
participants:
  - name: Kadri Ilves
    role: Prime Minister of Estonia
    country: EE
review:
  - field: date
    reason: the year is not given; 2025 is taken from another date in the text
    from: On January 20
  - field: countries
    reason: United Kingdom is taken from the publisher
"""


async def test_marked_readouts_show_a_mark_their_doubts_and_a_filter(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts")
    (folder / "2025-01-20-uk-estonia-telephone-talk.yaml").write_text(MARKED, encoding="utf-8")
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        meetings = app.screen.query_one(MeetingList)
        assert titles(app)[0] == "UK-Estonia Telephone Talk"
        assert meetings.render_row(0, 100).plain.startswith("? 2025-01-20")
        assert meetings.render_row(1, 100).plain.startswith("  ")
        text = detail_text(app)
        assert "Needs review" in text
        assert (
            "date: the year is not given; 2025 is taken from another date in the text "
            "(from “On January 20”)" in text
        )
        pane = app.screen.query_one(FilterPane)
        assert [(r.label, r.count) for r in pane.rows[:2]] == [("Review", 1), ("? Needs review", 1)]
        pane.focus()
        pane.cursor = 1
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.filters == Filters(review=frozenset({"needs-review"}))
        assert titles(app) == ["UK-Estonia Telephone Talk"]
        # Clearing the marks in the file (the user checked the fields) clears the filter's
        # only value; the readout stays.
        path = folder / "2025-01-20-uk-estonia-telephone-talk.yaml"
        path.write_text(MARKED.split("review:")[0], encoding="utf-8")
        await pilot.press("ctrl+r")
        await wait_loaded(app, pilot)
        assert titles(app) == []  # the filter still on, nothing left to review
        await pilot.press("c")
        await pilot.pause()
        assert titles(app)[0] == "UK-Estonia Telephone Talk"
        assert "Needs review" not in detail_text(app)
        assert not meetings.render_row(0, 100).plain.startswith("?")


async def test_the_detail_says_whose_clock_the_start_time_is(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts")
    (folder / "2025-02-01-japan-peru-summit-meeting.yaml").write_text(
        "title: Japan-Peru Summit Meeting\nkind: summit\ndate: 2025-02-01\n"
        'start_time: "18:10"\ntime_zone: local time\nlocation: Lima\ncountries: [JP, PE]\n',
        encoding="utf-8",
    )
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert titles(app)[0] == "Japan-Peru Summit Meeting"
        assert "18:10 local time (Lima)" in detail_text(app)


async def test_capital_r_clears_the_marks_in_the_file_and_keeps_the_rest(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts")
    path = folder / "2025-01-20-uk-estonia-telephone-talk.yaml"
    path.write_text(
        "# checked against the source\n"
        + MARKED.replace("review:", "notes: Checked by me.\nreview:"),
        encoding="utf-8",
    )
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert titles(app)[0] == "UK-Estonia Telephone Talk"
        await pilot.press("R")
        await wait_loaded(app, pilot)
        text = path.read_text("utf-8")
        assert "review:" not in text and "the year is not given" not in text
        assert text.startswith("# checked against the source\n")
        assert "notes: Checked by me." in text
        assert "Needs review" not in detail_text(app)
        await pilot.press("R")  # nothing left to clear: said, and the file is untouched
        await pilot.pause()
        assert path.read_text("utf-8") == text
