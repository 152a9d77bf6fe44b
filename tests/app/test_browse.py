"""The app driven with Pilot: panes, keys, search, filters, detail, help, problems."""

from __future__ import annotations

from pathlib import Path

from driving import (
    SIZE,
    detail_text,
    palette_offers,
    plain,
    titles,
    wait_loaded,
    write_readouts,
)
from textual.widgets import Static
from waiting import pilot_wait_until

from summit_tui.core.search.filters import Filters
from summit_tui.screens.help import HelpScreen
from summit_tui.screens.problems import ProblemsScreen
from summit_tui.widgets.detail import ReadoutDetail
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput


async def test_lists_meetings_newest_first(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert titles(app) == [
            "Japan-Malaysia Summit Meeting",
            "Japan-Brunei Telephone Talk",
            "Australia-India Video Conference on Critical Minerals",
        ]
        assert app.screen.query_one(MeetingList).border_title == "Meetings 3/3"
        assert app.focused is app.screen.query_one(MeetingList)


async def test_detail_shows_the_highlighted_meeting(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        text = detail_text(app)
        assert "Japan-Malaysia Summit Meeting" in text
        assert "14:10" in text and "about 30 minutes" in text
        assert "Mr. KISHIDA Fumio — Prime Minister of Japan" in text
        assert "1. Introduction" in text and "3. Responding to regional" in text
        assert "Mentions" in text and "North Korea" in text
        await pilot.press("j")
        await pilot.pause()
        assert "Japan-Brunei Telephone Talk" in detail_text(app)
        assert "about 20 minutes" in detail_text(app)


async def test_tab_moves_between_panes(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        screen = app.screen
        assert app.focused is screen.query_one(MeetingList)
        await pilot.press("tab")
        assert app.focused is screen.query_one(ReadoutDetail)
        await pilot.press("tab")  # the filters come after the detail (the list after search)
        assert app.focused is screen.query_one(FilterPane)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchInput)


async def test_enter_opens_and_brackets_jump_sections(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=(120, 24)) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("enter")
        detail = app.screen.query_one(ReadoutDetail)
        assert app.focused is detail
        assert detail.scroll_offset.y == 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first = detail.scroll_offset.y
        assert first > 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert detail.scroll_offset.y > first
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert detail.scroll_offset.y == first


async def test_search_by_country_names_and_codes(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        search = app.screen.query_one(SearchInput)
        for query in ("malaysia", "MY", "MYS", "Malaysian"):
            search.value = ""
            search.focus()
            await pilot.press(*query)
            await pilot.pause()
            assert titles(app) == ["Japan-Malaysia Summit Meeting"], query
        search.value = ""
        await pilot.press(*"ukraine")  # only mentioned in the seed
        await pilot.pause()
        assert titles(app) == ["Japan-Malaysia Summit Meeting"]


async def test_enter_in_search_goes_to_the_list(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"brunei", "enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one(MeetingList)
        assert titles(app) == ["Japan-Brunei Telephone Talk"]


async def test_empty_result_says_so_and_escape_clears(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"brazil")
        await pilot.pause()
        meetings = app.screen.query_one(MeetingList)
        assert meetings.row_count == 0
        assert meetings.empty_message == "No meetings match 'brazil' — press escape to clear"
        assert "No meeting: nothing matches 'brazil'" in detail_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert meetings.row_count == 3
        assert app.screen.query_one(SearchInput).value == ""


async def test_topic_filter_narrows_and_counts_update(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        pane = app.screen.query_one(FilterPane)
        row = next(i for i, r in enumerate(pane.rows) if r.value == "critical minerals")
        assert pane.rows[row].count == 2  # the seed and the fictional video conference
        pane.focus()
        pane.cursor = row
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.filters == Filters(topics=frozenset({"critical minerals"}))
        assert len(titles(app)) == 2
        # AND across facets: critical minerals and India
        india = next(i for i, r in enumerate(pane.rows) if r.value == "IN")
        pane.cursor = india
        await pilot.press("space")
        await pilot.pause()
        assert titles(app) == ["Australia-India Video Conference on Critical Minerals"]
        # OR within a facet: India or Malaysia
        malaysia = next(i for i, r in enumerate(pane.rows) if r.value == "MY")
        pane.cursor = malaysia
        await pilot.press("enter")
        await pilot.pause()
        assert len(titles(app)) == 2
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.filters.is_empty()
        assert len(titles(app)) == 3


async def test_help_opens_with_question_mark_and_f1(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.focused_pane == "Meetings"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("slash")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.focused_pane == "Search bar"
        await pilot.press("f1")
        assert not isinstance(app.screen, HelpScreen)


async def test_broken_file_is_reported_and_others_load(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "mixed", broken=True)
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        assert len(titles(app)) == 3
        assert {p.path for p in app.problems} == {"broken.yaml"}
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        text = plain(app.screen.query_one("#problems-text", Static))
        assert "broken.yaml" in text
        assert "line 2, column 7" in text and "2024-13-45" in text
        assert "line 3" in text and "'ZZ'" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_quit_with_q(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_palette_jumps_to_a_meeting_and_filters_a_country(
    readout_folder: Path, app_factory
) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Brunei Telephone")
        await pilot_wait_until(pilot, lambda: palette_offers(app, "Japan-Brunei Telephone Talk"))
        await pilot.press("enter")
        meetings = app.main.query_one(MeetingList)
        await pilot_wait_until(
            pilot,
            lambda: (
                meetings.current is not None
                and meetings.current.readout.title == "Japan-Brunei Telephone Talk"
            ),
        )
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"meetings of Australia")
        await pilot_wait_until(pilot, lambda: palette_offers(app, "Filter: meetings of Australia"))
        await pilot.press("enter")
        await pilot_wait_until(
            pilot, lambda: app.main.filters == Filters(countries=frozenset({"AU"}))
        )
        assert app.screen is app.main
        assert titles(app) == ["Australia-India Video Conference on Critical Minerals"]


def test_help_lists_every_key_binding() -> None:
    """Each binding of the app, its screens and panes appears in the help screen."""
    from summit_tui.app import SummitApp
    from summit_tui.screens.help import HELP
    from summit_tui.screens.main import MainScreen

    described = " ".join(row.keys for _, rows in HELP for row in rows)
    names = {
        "question_mark": "?",
        "exclamation_mark": "!",
        "slash": "/",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
    }
    from summit_tui.widgets.cursor_list import CursorList

    classes = [
        SummitApp,
        MainScreen,
        CursorList,
        MeetingList,
        FilterPane,
        ReadoutDetail,
        SearchInput,
    ]
    missing = []
    for cls in classes:
        for binding in cls.BINDINGS:
            for key in binding.key.split(","):
                shown = names.get(key, key)
                if shown not in described:
                    missing.append(f"{cls.__name__}: {key}")
    assert not missing, missing


async def test_bookmark_and_note_survive_a_restart(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("j", "b")
        await pilot.pause()
        assert app.userdata.bookmarks() == {"2023-11-02-japan-brunei-telephone-talk"}
        assert "★ Bookmarked" in detail_text(app)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Ask about [bold]LNG[/] prices", "ctrl+s")
        await pilot.pause()
        assert (
            app.userdata.note("2023-11-02-japan-brunei-telephone-talk")
            == "Ask about [bold]LNG[/] prices"
        )
        assert "Your note  Ask about [bold]LNG[/] prices" in detail_text(app)
        # escape in the editor changes nothing
        await pilot.press("e", "x", "escape")
        await pilot.pause()
        assert (
            app.userdata.note("2023-11-02-japan-brunei-telephone-talk")
            == "Ask about [bold]LNG[/] prices"
        )
    again = app_factory(readout_folder)
    async with again.run_test(size=SIZE) as pilot:
        await wait_loaded(again, pilot)
        meetings = again.screen.query_one(MeetingList)
        assert meetings.bookmarks == {"2023-11-02-japan-brunei-telephone-talk"}
        await pilot.press("j")
        await pilot.pause()
        assert "Your note  Ask about [bold]LNG[/] prices" in detail_text(again)
        await pilot.press("b")
        await pilot.pause()
        assert again.userdata.bookmarks() == set()


async def test_second_window_has_read_only_notes(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    from summit_tui.core.userstate.notes import UserData

    holder = UserData(tmp_path / "user" / "userdata.json")  # another window holds the lock
    try:
        app = app_factory(readout_folder)
        async with app.run_test(size=SIZE) as pilot:
            await wait_loaded(app, pilot)
            assert app.userdata.read_only
            status = plain(app.screen.query_one("#search-status", Static))
            assert "read-only" in status
            await pilot.press("b")
            await pilot.pause()
            assert app.userdata.bookmarks() == set()
            assert app.is_running
    finally:
        holder.close()


async def test_keys_typed_in_a_burst_after_slash_reach_the_search(
    readout_folder: Path, app_factory
) -> None:
    """A fast typist (or a paste) sends "/" and the query in one go: nothing is lost."""
    from textual import events

    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        app.post_message(events.Key("slash", "/"))
        for ch in "brunei talk":
            app.post_message(events.Key("space" if ch == " " else ch, ch))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value == "brunei talk"
        assert titles(app) == ["Japan-Brunei Telephone Talk"]
        # "/" typed inside the search box is text, not a jump
        await pilot.press("slash")
        assert app.screen.query_one(SearchInput).value == "brunei talk/"


async def test_bookmarked_filter_shows_only_bookmarks(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        pane = app.screen.query_one(FilterPane)
        assert all(r.facet != "marked" for r in pane.rows)  # no bookmarks yet: no row
        await pilot.press("j", "b")
        await pilot.pause()
        row = next(i for i, r in enumerate(pane.rows) if r.value == "marked")
        assert pane.rows[row].count == 1
        pane.focus()
        pane.cursor = row
        await pilot.press("space")
        await pilot.pause()
        assert titles(app) == ["Japan-Brunei Telephone Talk"]
        await pilot.press("c")
        await pilot.pause()
        assert len(titles(app)) == 3
