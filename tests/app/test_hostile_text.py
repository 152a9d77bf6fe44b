"""Untrusted text is shown literally everywhere: no markup, no links, no actions, no escapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from driving import palette_offers, wait_loaded
from textual.app import App, ComposeResult
from textual.widgets import Static
from waiting import pilot_wait_until

from summit_tui.core.support.safe_text import clean
from summit_tui.screens.problems import ProblemsScreen
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.search_bar import SearchInput

NASTY = [
    "Agenda [/] item",
    "[bold]not bold[/bold]",
    "[link=https://evil.example]click me[/link]",
    "[@click=app.quit]quit now[/]",
    "[red on white]styled?[/]",
    ":warning: code",
    "trailing [/",
]
ESC = "\x1b"
CONTROLS = [
    ("\\e[31mred\\e[0m", f"{ESC}[31mred{ESC}[0m"),
    ("\\e]8;;https://evil.example\\e\\\\osc link", f"{ESC}]8;;https://evil.example{ESC}\\osc link"),
    ("\\u202eevil bidi", "\u202eevil bidi"),
    ("bell\\a and \\x9b CSI", "bell\x07 and \x9b CSI"),
]
WIDE = "会談" * 30 + " 🇯🇵🤝🇲🇾 emoji"


def yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nasty_readout() -> str:
    """A readout with hostile strings in every text field (control characters escaped)."""
    n = [yaml_quote(s) for s in NASTY]
    c = ['"' + raw + '"' for raw, _ in CONTROLS]
    return f"""\
id: hostile-1
title: {yaml_quote(NASTY[0] + " Hostile " + NASTY[2])}
kind: summit
date: 2030-01-02
location: {n[3]}
countries: [JP]
participants:
  - name: {n[4]}
    honorific: {n[5]}
    role: {c[0]}
    country: JP
topics: [{n[1]}, {n[6]}]
source:
  publisher: {c[1]}
  url: {n[2]}
  category: {c[2]}
photos:
  - caption: {n[3]}
    credit: {c[3]}
summary: {yaml_quote(" / ".join(NASTY))}
sections:
  - number: {n[0]}
    heading: {n[1]}
    paragraphs:
      - {yaml_quote(" | ".join(NASTY))}
      - {c[0]}
      - {c[1]}
      - {c[2]}
      - {c[3]}
      - {yaml_quote(WIDE)}
notes: {n[4]}
"""


def screen_strips(app: App) -> list:
    return app.screen._compositor.render_strips()


def screen_text(app: App) -> str:
    return "\n".join(strip.text for strip in screen_strips(app))


def assert_no_links_or_actions(app: App) -> None:
    for strip in screen_strips(app):
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            assert not style.link, f"a link reached the screen: {style.link!r}"
            meta = style.meta or {}
            assert not any("evil" in str(v) or "quit" in str(v) for v in meta.values()), meta


def assert_no_controls(app: App) -> None:
    text = screen_text(app)
    for ch in (ESC, "\x07", "\x9b", "\u202e"):
        assert ch not in text, f"control character {ch!r} reached the screen"


def assert_shown_literally(app: App, *needles: str) -> None:
    text = screen_text(app)
    for needle in needles:
        assert needle in text, f"{needle!r} is not on screen literally"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.yaml").write_text(nasty_readout(), encoding="utf-8")
    (folder / "broken [bold]x[red].yaml").write_text("title: [/\ndate: x\n", encoding="utf-8")
    return folder


async def test_every_pane_shows_hostile_text_literally(hostile_folder: Path, app_factory) -> None:
    app = app_factory(hostile_folder)
    async with app.run_test(size=(200, 80)) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 1
        # The detail pane: title, location, participants, topics, summary, sections.
        assert_shown_literally(
            app,
            "Agenda [/] item",
            "[bold]not bold[/bold]",
            "[@click=app.quit]quit now[/]",
            "[red on white]styled?[/]",
            ":warning: code",
            "trailing [/",
        )
        assert_shown_literally(app, clean(CONTROLS[0][1]), clean(CONTROLS[2][1]))
        assert_no_links_or_actions(app)
        assert_no_controls(app)
        # The filter pane lists the readout's own topics.
        pane = app.screen.query_one(FilterPane)
        assert {"[bold]not bold[/bold]", "trailing [/"} <= {r.value for r in pane.rows}
        # The detail scrolled to its end: the sections and notes.
        detail = app.screen.query_one("#detail")
        detail.scroll_end(animate=False)
        await pilot.pause()
        assert_shown_literally(app, "会談会談", "🤝")
        assert_no_links_or_actions(app)
        assert_no_controls(app)
        # Searching for markup finds the readout and stays literal.
        await pilot.press("slash", *"agenda")
        await pilot.pause()
        assert app.screen.query_one(MeetingList).row_count == 1
        assert_no_links_or_actions(app)
        assert app.is_running


async def test_problems_dialog_and_notes_stay_literal(hostile_folder: Path, app_factory) -> None:
    app = app_factory(hostile_folder)
    async with app.run_test(size=(200, 60)) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        assert_shown_literally(app, "broken [bold]x[red].yaml")
        assert_no_links_or_actions(app)
        await pilot.press("escape", "e")
        await pilot.pause()
        await pilot.press(*"[link=https://evil.example]mine[/link]", "ctrl+s")
        await pilot.pause()
        assert_shown_literally(app, "[link=https://evil.example]mine[/link]")
        assert_no_links_or_actions(app)


async def test_palette_shows_hostile_titles_literally(hostile_folder: Path, app_factory) -> None:
    app = app_factory(hostile_folder)
    async with app.run_test(size=(200, 60)) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Hostile")
        await pilot_wait_until(pilot, lambda: palette_offers(app))
        assert_shown_literally(app, "Agenda [/] item")
        assert_no_links_or_actions(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


class MarkupApp(App[None]):
    """A deliberately wrong app: it passes untrusted text as markup."""

    def compose(self) -> ComposeResult:
        yield Static(NASTY[1])
        yield Static(NASTY[3])
        yield Static('[link="https://evil.example"]click me[/link]')


async def test_negative_control_catches_markup() -> None:
    """The checks above fail on an app that renders the same strings as markup."""
    app = MarkupApp()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        with pytest.raises(AssertionError):
            assert_shown_literally(app, NASTY[1])
        with pytest.raises(AssertionError):
            assert_no_links_or_actions(app)


async def test_wide_titles_keep_the_columns_aligned(tmp_path: Path, app_factory) -> None:
    folder = tmp_path / "wide"
    folder.mkdir()
    for i, title in enumerate(["会談" * 40, "🇯🇵🤝🇲🇾 " * 20, "A" * 300, "Plain title"]):
        (folder / f"r{i}.yaml").write_text(
            f"title: {yaml_quote(title)}\ndate: 2030-01-0{i + 1}\ncountries: [JP, MY]\n",
            encoding="utf-8",
        )
    app = app_factory(folder)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_loaded(app, pilot)
        meetings = app.screen.query_one(MeetingList)
        lines = [line for line in screen_text(app).splitlines() if "JP MY" in line]
        assert len(lines) == 4
        ends = {line.index("JP MY") for line in lines}
        # the same cell column on every row (str.index counts characters, so measure cells)
        from rich.cells import cell_len

        cells = {cell_len(line[: line.index("JP MY")]) for line in lines}
        assert len(cells) == 1, (cells, ends)
        assert meetings.row_count == 4


# --- inputs, text areas, notifications and the clipboard ------------------------------------

OSC52 = f"{ESC}]52;c;SE9TVElMRTUy\x07"
OSC0 = f"{ESC}]0;TITLE\x07"
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_clean(text: str, what: str) -> None:
    assert not _UNSAFE.search(text), f"{what} holds a control character: {text!r}"


def notification_texts(app: App) -> list[str]:
    return [f"{n.title} {n.message}" for n in app._notifications]


@pytest.fixture
def osc_folder(tmp_path: Path) -> Path:
    """A readout whose participant and saved searches hold OSC 52 and OSC 0 sequences
    (written with YAML escapes: the reader refuses raw control characters)."""
    folder = tmp_path / "osc"
    folder.mkdir()
    name = json.dumps(f"Taro {OSC52}{OSC0} Yamada")
    (folder / "osc.yaml").write_text(
        f"id: osc-1\ntitle: Talks\nkind: summit\ndate: 2024-01-02\ncountries: [JP, MY]\n"
        f"participants:\n  - name: {name}\n    country: JP\n",
        encoding="utf-8",
    )
    (folder / ".saved-searches.yaml").write_text(
        f"- name: {json.dumps('Mine ' + OSC52 + OSC0)}\n  query: {json.dumps('talks ' + OSC52)}\n",
        encoding="utf-8",
    )
    return folder


async def test_choosing_a_person_puts_a_clean_name_in_the_search_bar(
    osc_folder: Path, app_factory
) -> None:
    app = app_factory(osc_folder)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        value = app.screen.query_one(SearchInput).value
        assert value.startswith('person:"Taro ') and "Yamada" in value
        assert_clean(value, "the search bar")
        assert_no_controls(app)
        # The cleaned name still finds the meeting: a control is not part of a word.
        assert app.screen.query_one(MeetingList).row_count == 1


async def test_choosing_a_saved_search_notifies_and_searches_cleanly(
    osc_folder: Path, app_factory
) -> None:
    app = app_factory(osc_folder)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_loaded(app, pilot)
        pane = app.screen.query_one(FilterPane)
        pane.focus()
        pane.cursor = next(
            i for i, row in enumerate(pane.rows) if row.facet == "saved" and row.value is not None
        )
        await pilot.press("enter")
        await pilot.pause()
        value = app.screen.query_one(SearchInput).value
        assert value.startswith("talks ")
        assert_clean(value, "the search bar")
        texts = notification_texts(app)
        assert any("Saved search: Mine" in t for t in texts), texts
        for text in texts:
            assert_clean(text, "a notification")
        assert_no_controls(app)
        assert app.screen.query_one(MeetingList).row_count == 1


async def test_a_restored_session_query_is_clean(
    osc_folder: Path, app_factory, tmp_path: Path
) -> None:
    from summit_tui.core.userstate.session import Session, save_session

    save_session(tmp_path / "state" / "session.json", Session(query="talks " + OSC52))
    app = app_factory(osc_folder)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_loaded(app, pilot)
        value = app.screen.query_one(SearchInput).value
        assert value.startswith("talks ")
        assert_clean(value, "the search bar")
        assert_clean(app.screen.query_text, "the query searched")
        assert_no_controls(app)


async def test_the_note_editor_shows_a_stored_note_clean(
    osc_folder: Path, app_factory, tmp_path: Path
) -> None:
    from textual.widgets import TextArea

    from summit_tui.core.userstate.notes import UserData

    data = UserData(path=tmp_path / "user" / "userdata.json")
    data.set_note("osc-1", "my note " + OSC52 + OSC0)
    data.close()
    app = app_factory(osc_folder)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        text = app.screen.query_one(TextArea).text
        assert text.startswith("my note ")
        assert_clean(text, "the note editor")
        assert_no_controls(app)


async def test_notifications_and_the_clipboard_are_clean(osc_folder: Path, app_factory) -> None:
    app = app_factory(osc_folder)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_loaded(app, pilot)
        app.notify(f"from a file: {OSC52}", title=OSC0, markup=False)
        app.screen.notify(f"from a screen: {OSC0}", markup=False)
        await pilot.press("y")  # copy the citation
        await pilot.pause()
        for text in notification_texts(app):
            assert_clean(text, "a notification")
        assert_clean(app.clipboard, "the clipboard")
        assert_no_controls(app)
