"""The import dialog: read a plain-text readout, review it, save it, see it in the list."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from driving import wait_loaded, write_readouts
from rich.console import Console
from textual.widgets import Input, Static, TextArea

from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.screens.import_dialog import ImportScreen
from summit_tui.widgets.meeting_list import MeetingList

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED_TEXT = FIXTURES / "import" / "seed_mofa_japan_malaysia.txt"
UK_CALL = FIXTURES / "import" / "uk_call.txt"
PAGES = FIXTURES / "pages"


def shown(screen: ImportScreen) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(screen.query_one("#import-result", Static).content)
    return console.export_text()


async def read_in_dialog(app, pilot, path: Path | str) -> ImportScreen:
    await pilot.press("i")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    screen.query_one(Input).value = str(path)
    screen.query_one(Input).focus()
    await pilot.press("enter")
    await pilot.pause()
    await screen.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_import_reviews_then_saves_and_reloads(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).row_count == 2
        screen = await read_in_dialog(app, pilot, SEED_TEXT)
        text = shown(screen)
        assert (
            "Japan-Malaysia Summit Meeting (summit, 2024-05-23, 2 participants, 3 sections)" in text
        )
        assert "start_time: '14:10'" in text
        assert not (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").exists()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
        assert (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").exists()
        await wait_loaded(app, pilot)
        meetings = app.screen.query_one(MeetingList)
        assert meetings.row_count == 3
        assert meetings.results[0].readout.title == "Japan-Malaysia Summit Meeting"


async def test_import_never_overwrites(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=True)
    before = (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").read_bytes()
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, SEED_TEXT)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen  # nothing saved, the dialog stays open
        assert (folder / "2024-05-23-japan-malaysia-summit-meeting.yaml").read_bytes() == before
        await pilot.press("escape")
        assert not isinstance(app.screen, ImportScreen)


async def test_import_of_a_missing_file_or_not_a_readout(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts")
    prose = tmp_path / "recipe.txt"
    prose.write_text("Mix flour and water. Bake for twenty minutes.\n", encoding="utf-8")
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, tmp_path / "nope.txt")
        assert "Cannot read" in shown(screen) and "nope.txt" in shown(screen)
        screen.query_one(Input).value = str(prose)
        screen.query_one(Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert "Not a readout" in shown(screen)


async def _type_and_save(app, pilot, screen: ImportScreen, **fields: str) -> None:
    for name, value in fields.items():
        screen.query_one(f"#import-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_text_without_a_date_asks_for_it_and_saves_once_given(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    call = tmp_path / "call.txt"
    call.write_text(
        "The Prime Minister spoke to President Anna Zoltan of Hungary this "
        "evening.\n\nThey discussed energy security.\n",
        encoding="utf-8",
    )
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, call)
        assert "no date in the text" in shown(screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen  # nothing to save yet: the dialog says what is missing
        await _type_and_save(
            app, pilot, screen, date="2024-05-06", countries="GB, HU", title="UK-Hungary call"
        )
        assert not isinstance(app.screen, ImportScreen)
        saved = folder / "2024-05-06-uk-hungary-call.yaml"
        assert saved.exists()
        await wait_loaded(app, pilot)
        assert app.screen.query_one(MeetingList).results[0].readout.countries == ("GB", "HU")


async def test_the_date_typed_for_a_refused_text_reads_it_again_into_the_draft(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    call = tmp_path / "call.txt"
    call.write_text(
        "PM call with President of Hungary\n\nThe Prime Minister spoke to President Anna "
        "Zoltan of Hungary this evening.\n\nThey discussed energy security.\n",
        encoding="utf-8",
    )
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, call)
        assert "type it in Date above and press enter" in shown(screen)
        date = screen.query_one("#import-date", Input)
        date.value = "2024-05-06"
        date.focus()
        await pilot.press("enter")
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#import-kind", Input).value == "telephone-talk"
        assert "HU" in screen.query_one("#import-countries", Input).value
        assert "Zoltan" in screen.query_one("#import-participants", TextArea).text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
        [saved] = folder.glob("2024-05-06-*.yaml")
        assert load_readout(saved).kind == "telephone-talk"


async def test_editing_a_field_replaces_it_and_clears_its_review_mark(
    tmp_path: Path, app_factory
) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, UK_CALL)
        assert "Needs review: participants: Rishi Sunak is named by office only" in shown(screen)
        people = screen.query_one("#import-participants", TextArea)
        first = people.text.splitlines()[0]
        assert first == "Rishi Sunak | Prime Minister of the United Kingdom | GB"
        people.text = "Rishi Sunak | Prime Minister | GB\nAnna Kowalska | Prime Minister | PL"
        await _type_and_save(app, pilot, screen, title="UK-Poland call")
        saved = load_readout(folder / "2023-11-14-uk-poland-call.yaml")
        assert saved.title == "UK-Poland call"
        assert [p.role for p in saved.participants] == ["Prime Minister", "Prime Minister"]
        assert not saved.review  # the user checked the participants


async def test_a_bad_value_in_the_form_is_explained_not_saved(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    app = app_factory(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        screen = await read_in_dialog(app, pilot, UK_CALL)
        await _type_and_save(app, pilot, screen, date="14 Nov 2023")
        assert app.screen is screen
        assert any("must be written YYYY-MM-DD" in str(n.message) for n in app._notifications)
        assert list(folder.glob("2023-11-14-*")) == []


async def test_a_saved_page_and_a_url_import_in_the_dialog(tmp_path: Path, app_factory) -> None:
    folder = write_readouts(tmp_path / "readouts", with_seed=False)
    body = (PAGES / "govuk_call.html").read_bytes()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = app_factory(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await wait_loaded(app, pilot)
            screen = await read_in_dialog(app, pilot, PAGES / "mofa_summit.html")
            assert "Japan-Peru Summit Meeting (summit, 2024-11-15" in shown(screen)
            await pilot.press("ctrl+s")
            await pilot.pause()
            await wait_loaded(app, pilot)
            url = f"http://127.0.0.1:{server.server_address[1]}/news"
            screen = await read_in_dialog(app, pilot, url)  # type: ignore[arg-type]
            assert "PM call with Prime Minister Ilves of Estonia" in shown(screen)
            await pilot.press("ctrl+s")
            await pilot.pause()
    finally:
        server.shutdown()
        server.server_close()
    saved = load_readout(folder / "2025-03-03-pm-call-with-prime-minister-ilves-of-estonia.yaml")
    assert saved.source.url.startswith("https://www.gov.uk/")
    assert (folder / "2024-11-15-japan-peru-summit-meeting.yaml").exists()
