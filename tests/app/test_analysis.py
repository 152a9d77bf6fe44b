"""Statistics, relationship threads, people, citations: each reachable by key, driven by Pilot."""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from driving import wait_loaded, write_readouts
from rich.console import Console
from textual.widgets import Input, OptionList, Static
from waiting import pilot_wait_until

from summit_tui.screens.export_dialog import ExportScreen
from summit_tui.screens.people import PeopleScreen
from summit_tui.screens.stats import StatsScreen
from summit_tui.screens.thread import ThreadScreen
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.people_list import PeopleList
from summit_tui.widgets.search_bar import SearchInput

SIZE = (160, 48)

# A second and a third fictional Japan-Malaysia meeting, to make a thread with the seed.
MORE = {
    "2023-12-17-japan-malaysia-summit.yaml": """\
title: Japan-Malaysia Summit Meeting in Tokyo
kind: summit
date: 2023-12-17
countries: [JP, MY]
participants:
  - {name: Fumio Kishida, honorific: Mr., role: Prime Minister of Japan, country: JP}
sections:
  - heading: Critical minerals
    paragraphs: [The leaders discussed rare earths.]
""",
    "2024-09-30-japan-malaysia-telephone-talk.yaml": """\
title: Japan-Malaysia Telephone Talk
kind: telephone-talk
date: 2024-09-30
countries: [JP, MY]
source: {publisher: Example Ministry, url: "https://example.org/jp-my"}
""",
}


def folder_with_thread(tmp_path: Path) -> Path:
    folder = write_readouts(tmp_path / "readouts")
    for name, text in MORE.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def plain(renderable) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def current_title(app) -> str:
    return app.screen.query_one(MeetingList).current.readout.title


async def test_statistics_follow_the_query(tmp_path: Path, app_factory) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        search = app.screen.query_one(SearchInput)
        search.value = 'topic:"critical minerals"'
        await pilot.pause()
        app.screen.query_one(MeetingList).focus()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        await app.workers.wait_for_complete()  # counted off the UI thread
        await pilot.pause()
        assert screen.counts is not None  # the seed, the Tokyo summit, the video conference
        assert sum(n for _, n in screen.counts.per_period("year")) == 3
        assert screen.people is not None and len(screen.people) >= 2
        chart = plain(screen.query_one("#stats-chart", Static).content)
        assert "Meetings per month" in chart
        assert "2022-06" in chart and "2024-05" in chart
        top = plain(screen.query_one("#stats-top", Static).content)
        assert "Japan" in top and "critical minerals" in top
        await pilot.press("y", "c")
        await pilot.pause()
        chart = plain(screen.query_one("#stats-chart", Static).content)
        assert "Meetings per year, by country" in chart and "Malaysia" in chart
        cross = plain(screen.query_one("#stats-cross", Static).content)
        assert "Countries × topics" in cross
        await pilot.press("escape")
        assert not isinstance(app.screen, StatsScreen)


async def test_statistics_count_off_the_ui_thread_and_say_so(tmp_path: Path, app_factory) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        results = app.screen.results
        screen = StatsScreen(results, "")
        counting: list[str] = []
        original = screen._count

        def count_later(app) -> None:  # the worker starts only after the first frame is seen
            counting.append(plain(screen.query_one("#stats-chart", Static).content))
            original(app)

        screen._count = count_later  # type: ignore[method-assign]
        await app.push_screen(screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert counting and counting[0].startswith(f"Counting {len(results):,} meetings")
        assert "Meetings per" in plain(screen.query_one("#stats-chart", Static).content)
        await pilot.press("escape")
        empty = StatsScreen([], "brazil")
        await app.push_screen(empty)
        await pilot.pause()
        assert "No meetings in the current results" in plain(
            empty.query_one("#stats-chart", Static).content
        )


class HeldResults(Sequence):
    """Results that a worker can read only once the test lets it: a slow count at will."""

    def __init__(self, entries) -> None:
        self.entries = list(entries)
        self.reading = threading.Event()  # a worker has begun to read
        self.release = threading.Event()

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index):
        return self.entries[index]

    def __iter__(self):
        self.reading.set()
        if not self.release.wait(10):
            raise TimeoutError("the test never let the worker read the results")
        return iter(self.entries)


async def test_a_result_that_arrives_after_statistics_or_people_closed_is_dropped(
    tmp_path: Path, app_factory
) -> None:
    loop = asyncio.get_running_loop()
    # Thread workers run in the loop's default executor. With one thread, a job queued after
    # a worker's ends only once that worker has handed its result to the UI and returned.
    with ThreadPoolExecutor(max_workers=1) as one_thread:
        loop.set_default_executor(one_thread)
        app = app_factory(folder_with_thread(tmp_path), watch=False)
        async with app.run_test(size=SIZE) as pilot:
            await wait_loaded(app, pilot)
            main = app.screen
            for kind in (StatsScreen, PeopleScreen):
                held = HeldResults(main.results)
                screen = StatsScreen(held, "") if kind is StatsScreen else PeopleScreen(held)
                await app.push_screen(screen)
                await pilot_wait_until(pilot, held.reading.is_set, what="the worker to read")
                await pilot.press("escape")
                assert app.screen is main and not screen.is_attached
                held.release.set()
                await loop.run_in_executor(None, lambda: None)  # the worker has reported
                await pilot.pause()
                taken = (
                    (screen.counts, screen.people)
                    if isinstance(screen, StatsScreen)
                    else screen.people
                )
                assert taken in ([], (None, None)), (
                    f"{kind.__name__} took in a result after it was closed"
                )
                assert app.screen is main and app.is_running


async def test_thread_lists_meetings_with_gaps_and_alt_keys_step(
    tmp_path: Path, app_factory
) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        app.screen.jump_to("2024-05-23-japan-malaysia-summit-meeting")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThreadScreen)
        phrases = [phrase for _, phrase in screen.rows]
        assert phrases == [
            "first meeting on record",
            "second meeting in half a year",
            "third meeting in 4 months",
        ]
        options = screen.query_one(OptionList)
        assert options.highlighted == 1  # the meeting we came from
        await pilot.press("down", "enter")
        await pilot.pause()
        assert current_title(app) == "Japan-Malaysia Telephone Talk"
        await pilot.press("alt+left")
        await pilot.pause()
        assert current_title(app) == "Japan-Malaysia Summit Meeting"
        await pilot.press("alt+left")
        await pilot.pause()
        assert current_title(app) == "Japan-Malaysia Summit Meeting in Tokyo"
        await pilot.press("alt+right", "alt+right")
        await pilot.pause()
        assert current_title(app) == "Japan-Malaysia Telephone Talk"


async def test_people_view_searches_a_person(tmp_path: Path, app_factory) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        await app.workers.wait_for_complete()  # gathered off the UI thread
        await pilot.pause()
        kishida = next(p for p in screen.people if "kishida" in p.key)
        assert kishida.meetings == 2  # "KISHIDA Fumio" and "Fumio Kishida" are one person
        screen.query_one(PeopleList).cursor = screen.people.index(kishida)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value.startswith("person:")
        meetings = app.screen.query_one(MeetingList)
        titles = {meetings.results[i].readout.title for i in range(meetings.row_count)}
        assert titles == {"Japan-Malaysia Summit Meeting", "Japan-Malaysia Summit Meeting in Tokyo"}


async def test_people_view_lists_the_first_and_says_how_to_find_the_rest(
    tmp_path: Path, app_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summit_tui.screens.people as people_screen

    monkeypatch.setattr(people_screen, "MAX_LISTED", 2)
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        assert screen.total > 2 and len(screen.people) == 2
        assert screen.query_one(PeopleList).row_count == 2
        status = plain(screen.query_one("#people-status", Static).content)
        assert status.startswith("The 2 with the most meetings") and "person:" in status


async def test_cite_copies_a_citation(tmp_path: Path, app_factory) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        app.screen.jump_to("2024-09-30-japan-malaysia-telephone-talk")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == (
            'Example Ministry, "Japan-Malaysia Telephone Talk", '
            "30 September 2024. https://example.org/jp-my"
        )


async def test_saved_search_is_listed_run_and_deleted(tmp_path: Path, app_factory) -> None:
    folder = folder_with_thread(tmp_path)
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"rare earths", "enter", "S")
        await pilot.pause()
        await pilot.press(*"Minerals [watch]", "enter")
        await pilot.pause()
        saved_file = folder / ".saved-searches.yaml"
        assert "Minerals [watch]" in saved_file.read_text(encoding="utf-8")
        pane = app.screen.query_one(FilterPane)
        row = next(i for i, r in enumerate(pane.rows) if r.value == "Minerals [watch]")
        assert pane.rows[row].count == 3
        await pilot.press("escape", "escape")  # clear the search
        await pilot.pause()
        assert app.screen.query_one(MeetingList).row_count == 5
        pane.focus()
        pane.cursor = row
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value == "rare earths"
        assert app.screen.query_one(MeetingList).row_count == 3
        pane.cursor = row
        await pilot.press("d")
        await pilot.pause()
        assert "Minerals" not in saved_file.read_text(encoding="utf-8")
        assert all(r.value != "Minerals [watch]" for r in pane.rows)


async def test_session_is_restored(tmp_path: Path, app_factory) -> None:
    folder = folder_with_thread(tmp_path)
    app = app_factory(folder)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"japan", "enter", "j", "o", "tab")
        await pilot.pause()
        app.theme = "nord"
        selected = app.screen.query_one(MeetingList).current.id
        await pilot.press("q")
    again = app_factory(folder)
    async with again.run_test(size=SIZE) as pilot:
        await wait_loaded(again, pilot)
        assert again.theme == "nord"
        assert again.screen.query_one(SearchInput).value == "japan"
        assert again.screen.order == "relevance"
        assert again.screen.query_one(MeetingList).current.id == selected
        assert again.focused is not None and again.focused.id == "detail"


def test_no_color_is_honoured(tmp_path: Path, app_factory, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_factory(folder_with_thread(tmp_path))
    assert app.no_color


async def test_export_writes_the_results(tmp_path: Path, app_factory) -> None:
    app = app_factory(folder_with_thread(tmp_path))
    target = tmp_path / "brief.md"
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"country:MY", "enter", "ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        path_box = screen.query_one("#export-path", Input)
        path_box.value = str(target)
        path_box.focus()
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
    text = target.read_text(encoding="utf-8")
    assert "Japan-Malaysia Summit Meeting" in text and "Japan-Malaysia Telephone Talk" in text
    assert "Japan-Brunei" not in text
    assert "Bilateral Relations" in text  # sections are in the brief
