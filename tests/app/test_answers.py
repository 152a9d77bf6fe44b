"""The answers a new user gets: dates in a query, empty results, filter rules, hit labels,
whose clock a time is, and people named two ways (Pilot)."""

from __future__ import annotations

from pathlib import Path

from driving import SIZE, detail_text, titles, wait_loaded, write_readouts

from summit_tui.core.search.filters import Filters
from summit_tui.screens.main import DETAIL_DELAY
from summit_tui.screens.people import PeopleScreen
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.people_list import PeopleList
from summit_tui.widgets.search_bar import SearchBar, SearchInput

# Fictional meetings: a summit in Lima at 18:10 local time, and a call at 09:00 JST in which
# the Prime Minister is named by his surname alone.
PERU = {
    "2025-03-04-japan-peru-summit-meeting.yaml": """\
id: 2025-03-04-japan-peru-summit-meeting
title: Japan-Peru Summit Meeting
kind: summit
date: 2025-03-04
start_time: "18:10"
duration_minutes: 20
location: Lima
countries: [JP, PE]
participants:
  - name: Tomoki HANABUSA
    honorific: Mr.
    role: Prime Minister of Japan
    country: JP
  - name: Lucia Arbulu
    role: President of the Republic of Peru
    country: PE
summary: >-
  The two leaders discussed copper, lithium and copper smelting, and the sale of copper
  concentrate.
sections:
  - number: "(1)"
    heading: Bilateral relations
    paragraphs:
      - They welcomed new investment in copper mines.
  - number: "(2)"
    heading: In opening remarks, Prime Minister Hanabusa said that relations had never been closer
    paragraphs:
      - He thanked the President for the guano exhibition in Osaka.
""",
    "2025-03-10-japan-peru-telephone-talk.yaml": """\
id: 2025-03-10-japan-peru-telephone-talk
title: Japan-Peru Telephone Talk
kind: telephone-talk
date: 2025-03-10
start_time: "09:00"
time_zone: JST
countries: [JP, PE]
participants:
  - name: Hanabusa
    role: Prime Minister
    country: JP
sections:
  - heading: Fisheries
    paragraphs:
      - The leaders talked about anchovy stocks.
""",
}


def peru_folder(tmp_path: Path) -> Path:
    """The seed, the two fictional readouts of conftest and the two Japan-Peru meetings."""
    folder = write_readouts(tmp_path / "readouts")
    for name, text in PERU.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


async def search(app, pilot, text: str) -> None:
    """Type a query in the search bar, as a user would."""
    box = app.screen.query_one(SearchInput)
    box.value = ""
    box.focus()
    await pilot.press(*text)
    await pilot.pause()


def hit_line(app, row: int = 0) -> str:
    """The second line of a meeting in the list: where the best hit is, and around it."""
    return app.screen.query_one(MeetingList).render_row_lines(row, 100)[1].plain


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
        assert app.screen.filters == Filters(
            countries=frozenset({"JP", "MY"}), all_of=frozenset({"countries"})
        )
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


async def test_a_year_in_the_query_is_a_date(tmp_path: Path, app_factory) -> None:
    app = app_factory(peru_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await search(app, pilot, "japan peru 2025")
        assert titles(app) == ["Japan-Peru Telephone Talk", "Japan-Peru Summit Meeting"]
        await search(app, pilot, "japan 2023-11")
        assert titles(app) == ["Japan-Brunei Telephone Talk"]
        await search(app, pilot, 'japan "2023"')  # quoted: a word, found nowhere
        assert titles(app) == []
        meetings = app.screen.query_one(MeetingList)
        assert "did you mean date:2023?" in meetings.empty_message
        assert "did you mean date:2023? — 1 meeting" in detail_text(app)


async def test_no_results_say_so_and_what_to_loosen(tmp_path: Path, app_factory) -> None:
    app = app_factory(peru_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await choose(app, pilot, "BN")
        assert "Japan-Brunei Telephone Talk" in detail_text(app)
        await search(app, pilot, "copper")  # not in Brunei's meetings
        assert titles(app) == []
        text = detail_text(app)
        assert "Japan-Brunei Telephone Talk" not in text  # not the last meeting shown
        # A move in the last results that arrives late (typing outruns the list) is dropped.
        meetings = app.screen.query_one(MeetingList)
        brunei = meetings.results.state.docs[0]
        meetings.post_message(MeetingList.Highlighted(brunei, 0))
        # Nothing to wait for: that the pane is not repainted is what is checked, over more
        # than the delay a repaint of the same meeting would wait for.
        await pilot.pause(3 * DETAIL_DELAY)
        assert detail_text(app) == text
        assert (
            "No meeting: nothing matches 'copper' with the filters on (Countries: Brunei)" in text
        )
        assert "take off the filter Countries: Brunei — 1 meeting" in text
        assert "drop copper — 1 meeting" in text
        app.screen.query_one(FilterPane).focus()
        await pilot.press("c")
        await pilot.pause()
        await search(app, pilot, "copper anchovy")
        text = detail_text(app)
        assert "drop copper — 1 meeting" in text and "drop anchovy — 1 meeting" in text


async def test_hit_labels_name_the_passage_and_cut_at_a_word(tmp_path: Path, app_factory) -> None:
    app = app_factory(peru_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await search(app, pilot, "copper")
        # Three hits in the opening paragraph, one in section (1): the label names the first.
        assert hit_line(app).startswith("  Summary: The two leaders discussed copper")
        await search(app, pilot, "guano")
        assert hit_line(app).startswith("  § (2) In opening remarks, Prime Minister…: ")
        assert (
            "(2) In opening remarks, Prime Minister Hanabusa said that relations had "
            "never been closer" in detail_text(app).replace("\n", " ").replace("  ", " ")
        )


async def test_the_time_says_whose_clock(tmp_path: Path, app_factory) -> None:
    app = app_factory(peru_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await search(app, pilot, "peru summit")
        assert "18:10 local time (Lima) · about 20 minutes" in detail_text(app)
        await search(app, pilot, "peru telephone")
        assert "09:00 JST" in detail_text(app)
        await search(app, pilot, "malaysia")
        assert "14:10 local time · about 30 minutes" in detail_text(app)


async def test_a_surname_alone_is_the_same_person(tmp_path: Path, app_factory) -> None:
    app = app_factory(peru_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        named = [p for p in screen.people if "hanabusa" in p.key]
        assert [(p.name, p.meetings) for p in named] == [("Tomoki HANABUSA", 2)]
        screen.query_one(PeopleList).cursor = screen.people.index(named[0])
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value == 'person:"Tomoki HANABUSA"'
        assert titles(app) == ["Japan-Peru Telephone Talk", "Japan-Peru Summit Meeting"]


def test_help_and_readme_say_how_dates_and_filter_rules_work() -> None:
    from summit_tui.screens.help import HELP

    rows = dict(HELP)
    search_rows = " ".join(row.what for row in rows["Search bar"])
    assert "on its own is a date filter, as date:2018" in search_rows
    assert any(row.keys == "a" and "all of" in row.what for row in rows["Filters"])
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert "a year, month or day on its own is a date filter" in readme
    assert "| `a` | in filters:" in readme and '"Countries: all of"' in readme
