"""What a new user tripped on in the first hour: keys that work from any pane, tab order,
the footer, the export dialog, small terminals, a small collection and the user's keymap."""

from __future__ import annotations

from pathlib import Path

from driving import wait_loaded
from textual.command import CommandPalette
from textual.widgets._footer import FooterKey

from summit_tui.screens.export_dialog import ExportScreen
from summit_tui.screens.help import HelpScreen
from summit_tui.screens.people import PeopleScreen
from summit_tui.screens.stats import StatsScreen
from summit_tui.widgets.detail import ReadoutDetail
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput

WIDE = (160, 48)
SMALL = (80, 24)


def footer(app) -> dict[str, str]:
    """The footer's keys as shown -> what they do."""
    return {key.key_display: key.description for key in app.screen.query(FooterKey)}


async def test_global_keys_work_from_the_search_bar(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"japan")
        await pilot.pause()
        search = app.screen.query_one(SearchInput)
        for key, screen in (
            ("ctrl+e", ExportScreen),
            ("f2", StatsScreen),
            ("f3", PeopleScreen),
            ("f1", HelpScreen),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen), key
            await pilot.press("escape")
            await pilot.pause()
            assert app.focused is search, key
            assert search.value == "japan", key  # nothing typed, nothing lost
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_export_statistics_and_people_from_the_filters_and_the_detail(
    readout_folder: Path, app_factory
) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        for pane in (FilterPane, ReadoutDetail):
            app.screen.query_one(pane).focus()
            for key, screen in (("ctrl+e", ExportScreen), ("s", StatsScreen), ("p", PeopleScreen)):
                await pilot.press(key)
                await pilot.pause()
                assert isinstance(app.screen, screen), (pane, key)
                await pilot.press("escape")
                await pilot.pause()


async def test_tab_goes_from_the_search_bar_to_the_list(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"japan", "tab")
        assert app.focused is screen.query_one(MeetingList)
        await pilot.press("tab")
        assert app.focused is screen.query_one(ReadoutDetail)
        await pilot.press("tab")
        assert app.focused is screen.query_one(FilterPane)
        await pilot.press("tab")
        assert isinstance(app.focused, SearchInput)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one(FilterPane)
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert isinstance(app.focused, SearchInput)


async def test_the_footer_shows_the_focused_panes_keys(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        keys = footer(app)  # the meeting list
        assert {"/", "^e", "p", "y", "s", "?"} <= keys.keys()
        assert keys["^e"] == "Export" and keys["y"] == "Cite"
        await pilot.press("tab")  # the detail
        await pilot.pause()
        keys = footer(app)
        assert {"]", "n", "y", "b", "e", "?"} <= keys.keys()
        await pilot.press("slash")
        await pilot.pause()
        keys = footer(app)  # only keys that do not type into the box
        assert {"^e", "f2", "f3", "f1"} <= keys.keys()
        assert not {"s", "p", "y", "?", "/"} & keys.keys()
        # Every key shown fits on the line at 80 columns.
        for key in app.screen.query(FooterKey):
            assert key.region.right <= SMALL[0], key.key_display


async def test_on_a_small_terminal_the_filters_fold_away(readout_folder: Path, app_factory) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        screen = app.screen
        filters = screen.query_one(FilterPane)
        meetings = screen.query_one(MeetingList)
        detail = screen.query_one(ReadoutDetail)
        assert not filters.display
        assert meetings.region.width >= 38 and detail.region.width >= 38
        assert meetings.region.x == 0  # the list starts at the left edge
        await pilot.press("f")
        await pilot.pause()
        assert filters.display and app.focused is filters
        assert filters.region.x == 0 and meetings.region.width >= 38  # over the list
        await pilot.press("j", "space")  # a filter can be chosen from the overlay
        await pilot.pause()
        assert not screen.filters.is_empty()
        assert filters.display  # still shown: more can be chosen
        await pilot.press("escape")
        await pilot.pause()
        assert not filters.display and app.focused is meetings
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("tab")  # leaving the filters folds them away
        await pilot.pause()
        assert not filters.display and isinstance(app.focused, SearchInput)
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert filters.display and filters.region.width >= 30  # wide again: a pane of its own
        await pilot.press("escape", "f")  # f goes to the filters, f again back to the list
        await pilot.pause()
        assert app.focused is filters
        await pilot.press("f")
        assert app.focused is meetings


async def test_export_chooses_with_the_arrows_and_writes_with_enter(
    readout_folder: Path, app_factory, tmp_path: Path, monkeypatch
) -> None:
    import datetime as dt

    from textual.widgets import Input

    here = tmp_path / "work"
    here.mkdir()
    monkeypatch.chdir(here)
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"country:JP", "ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        path_box = screen.query_one("#export-path", Input)
        today = dt.date.today().isoformat()
        assert path_box.value == str(here / f"export-country-jp-{today}.md")
        await pilot.press("down")  # the arrow chooses: no space needed
        await pilot.pause()
        assert screen.fmt == "csv"
        target = here / f"export-country-jp-{today}.csv"
        assert path_box.value == str(target)
        await pilot.press("enter")  # writes
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not screen
        assert [n.message for n in app._notifications][-1] == f"Wrote 2 meetings to {target}"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and "Japan-Brunei Telephone Talk" in lines[2]


async def test_export_asks_before_replacing_when_enter_is_pressed_on_a_format(
    readout_folder: Path, app_factory, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        await pilot.press("up")  # YAML, named after no search: export-DATE.yaml
        await pilot.pause()
        target = tmp_path / screen.query_one("#export-path").value
        assert target.name.startswith("export-2") and target.suffix == ".yaml"
        target.write_text("mine\n", encoding="utf-8")
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        assert app.screen is screen and target.read_text(encoding="utf-8") == "mine\n"
        await pilot.press("enter")  # asked twice: replaced
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not screen
        assert "Japan-Malaysia Summit Meeting" in target.read_text(encoding="utf-8")


async def test_ctrl_e_right_after_typing_exports_what_was_typed(
    readout_folder: Path, app_factory
) -> None:
    """Keys that arrive together (a fast typist, a paste): ctrl+e, a priority key, must wait
    for the letters before it to reach the search box."""
    from textual import events

    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash")
        for key in [*"country:JP", "ctrl+e"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert len(screen.entries) == 2
        assert "export-country-jp-" in screen.query_one("#export-path").value


def help_text(app) -> str:
    """What the help screen shows, as plain text."""
    import io

    from rich.console import Console
    from textual.widgets import Static

    console = Console(width=200, record=True, file=io.StringIO())
    console.print(app.screen.query_one(Static).content)
    return console.export_text()


async def test_help_from_the_search_bar_starts_with_the_query_language(
    readout_folder: Path, app_factory
) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("slash", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == "Query language"
        first = "\n".join(lines[:25])
        for example in (
            '"rule of law"',
            "-ukraine",
            "country:MY",
            "date:2024",
            "date:2024-01..2024-06",
            "person:",
            "topic:",
            "Examples",
        ):
            assert example in first, example
        assert (
            text.index("Query language")
            < text.index("Search bar  (focused)")
            < text.index("Meetings")
        )
        await pilot.press("escape", "question_mark")  # ? in the empty box: the help too
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert help_text(app).lstrip().startswith("Query language")
        await pilot.press("escape", "j", "question_mark")  # else ? is typed
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert app.screen.query_one(SearchInput).value == "j?"
        await pilot.press("tab", "question_mark")  # from the list: its keys first
        await pilot.pause()
        lines = [line.strip() for line in help_text(app).splitlines() if line.strip()]
        assert lines[0] == "Meetings  (focused)"


def write_keymap(tmp_path: Path, text: str) -> Path:
    """The keymap file the app_factory's apps read."""
    path = tmp_path / "config" / "keymap.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def notices(app) -> str:
    return "\n".join(n.message for n in app._notifications)


async def test_a_keymap_remaps_keys_by_their_id(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    write_keymap(
        tmp_path,
        '"main.export" = "ctrl+x"\n[detail]\nnext_section = "."\n[main]\ncite = ["c", "ctrl+y"]\n',
    )
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        assert "Keymap" not in notices(app)
        keys = footer(app)
        assert keys.get("^x") == "Export" and "^e" not in keys
        assert keys.get("c") == "Cite" and "y" not in keys
        await pilot.press("ctrl+e")  # the old key does nothing now
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        await pilot.press("slash", *"japan", "ctrl+x")  # works while typing, as ctrl+e did
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape", "f1")
        await pilot.pause()
        text = help_text(app)
        assert "ctrl+x  " in text and "ctrl+e" not in text
        assert "[ / .  " in text  # the detail's sections, as remapped
        assert "c, ctrl+y  " in text
        assert f"in {tmp_path / 'config' / 'keymap.toml'}" in text  # where to change them


async def test_a_bad_keymap_entry_is_reported_not_fatal(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    write_keymap(
        tmp_path,
        '"main.export" = "ctrl+x"\n'
        '"main.nonsense" = "z"\n'
        '"main.people" = "hyperz+p"\n'
        '"main.statistics" = "ctrl+nokey"\n'
        '"main.cite" = 5\n'
        '"main.bookmark" = "\\u001b[31mred"\n',
    )  # TOML's escape
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        told = notices(app)
        assert "main.nonsense: no binding has this id" in told
        assert "main.people: 'hyperz' is not a modifier" in told
        assert "main.statistics: 'ctrl+nokey' is not a key name" in told
        assert "lost it" not in told
        assert "main.cite: the keys must be text" in told
        assert "main.bookmark:" in told and "\x1b" not in told
        await pilot.press("ctrl+x")  # the good entry is used
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape", "p")  # the bad ones keep their default keys
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)


async def test_a_keymap_that_takes_a_key_says_which_binding_lost_it(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    write_keymap(tmp_path, '"main.export" = "b"\n')
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        told = notices(app)
        assert told.count("main.bookmark") == 1
        assert 'b is given to main.export, so "Bookmark" (main.bookmark) no longer has it' in told


async def test_a_hostile_keymap_file_is_refused(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    import os

    path = tmp_path / "config" / "keymap.toml"
    path.parent.mkdir(parents=True)
    os.mkfifo(path)  # reading it would wait for a writer forever
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        assert "is not a regular file; the default keys are used" in notices(app)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
    path.unlink()
    path.write_bytes(b'"main.export" = "ctrl+x"\n' + b"#" * 100_000)
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        assert "is larger than 65,536 bytes; the default keys are used" in notices(app)


def guide_text(app) -> str:
    import io

    from rich.console import Console

    from summit_tui.widgets.getting_started import GettingStarted

    guide = app.screen.query_one(GettingStarted)
    if not guide.display:
        return ""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(guide.content)
    return console.export_text()


async def test_the_first_start_says_how_to_get_readouts(app_factory) -> None:
    from summit_tui.paths import bundled_data_dir

    app = app_factory(bundled_data_dir(), watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        text = guide_text(app)
        assert "sample readouts" in text
        assert "summit-tui import FILE-OR-URL -o FOLDER" in text
        assert "summit-tui FOLDER" in text


async def test_a_small_or_empty_folder_says_how_to_add_readouts(
    readout_folder: Path, app_factory, tmp_path: Path
) -> None:
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        text = guide_text(app)
        assert "This folder has 3 meetings. Press i to import" in text
        assert "summit-tui import FILE-OR-URL -o FOLDER" in text
    empty = tmp_path / "empty"
    empty.mkdir()
    app = app_factory(empty, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        assert "This folder has no readouts yet" in guide_text(app)
        assert app.screen.query_one(MeetingList).empty_message == "No readouts in this folder"


async def test_the_guide_goes_once_the_collection_has_grown(
    readout_folder: Path, app_factory
) -> None:
    text = (readout_folder / "2022-06-15-australia-india-video-conference.yaml").read_text()
    for n in range(2):
        (readout_folder / f"extra-{n}.yaml").write_text(
            text.replace("2022-06-15-australia-india", f"2021-01-0{n + 1}-extra").replace(
                "2022-06-15", f"2021-01-0{n + 1}"
            ),
            encoding="utf-8",
        )
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).total == 5
        assert guide_text(app) == ""


def test_the_readme_first_screen_says_the_same() -> None:
    from summit_tui.widgets.getting_started import IMPORT_COMMAND, OPEN_COMMAND

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:24])
    assert IMPORT_COMMAND in first_screen and OPEN_COMMAND in first_screen
    assert "i imports more" in first_screen


async def test_filters_focused_on_a_small_terminal_are_shown(
    readout_folder: Path, app_factory
) -> None:
    """However the filters get the focus (the last session), they are not hidden; narrowed
    while they have it, the focus moves to a pane in sight."""
    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(app, pilot)
        filters = app.screen.query_one(FilterPane)
        filters.focus()
        await pilot.pause()
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not None and app.focused.region.width > 0
        filters.focus()
        await pilot.pause()
        assert app.focused is filters and filters.display and filters.region.width > 0
        await pilot.press("q")
    again = app_factory(readout_folder, watch=False)
    async with again.run_test(size=SMALL) as pilot:
        await wait_loaded(again, pilot)
        filters = again.screen.query_one(FilterPane)
        assert again.focused is filters and filters.display


async def test_keys_right_after_f_or_tab_go_to_the_new_pane(
    readout_folder: Path, app_factory
) -> None:
    """Keys sent together (a fast typist, a script): the focus moves before the next key."""
    from textual import events

    app = app_factory(readout_folder, watch=False)
    async with app.run_test(size=SMALL) as pilot:
        await wait_loaded(app, pilot)
        for key in ("f", "space"):
            app.post_message(events.Key(key, " " if key == "space" else key))
        await pilot.pause()
        await pilot.pause()
        assert app.focused is app.screen.query_one(FilterPane)
        assert not app.screen.filters.is_empty()  # the filter chosen, not the meeting opened
        for key in ("escape", "tab", "j"):
            app.post_message(events.Key(key, "j" if key == "j" else None))
        await pilot.pause()
        await pilot.pause()
        assert app.focused is app.screen.query_one(ReadoutDetail)
        assert app.screen.query_one(MeetingList).cursor == 0  # j scrolled the detail
