"""Loading a few hundred generated readouts: progress, batches in the list, stop and resume."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from driving import wait_loaded
from textual.widgets import ProgressBar, Static
from waiting import pilot_wait_until

import summit_tui.core.files.watching as watching_module
import summit_tui.widgets.load_status as load_status_module
from summit_tui.messages import (
    BatchIndexed,
    FolderChanged,
    IndexReady,
    Loaded,
    LoadProgress,
    LoadStopAsked,
)
from summit_tui.widgets.load_status import LoadState, LoadStatus
from summit_tui.widgets.meeting_list import MeetingList

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

COUNT = 300


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    folder = tmp_path / "generated"
    generate(folder, COUNT, seed=7)
    return folder


async def fill_cache(app_factory, folder: Path) -> None:
    """A first start over the folder: the next one is a warm start."""
    cold = app_factory(folder, watch=False)
    async with cold.run_test(size=(160, 48)) as pilot:
        await wait_loaded(cold, pilot)


async def test_progress_is_shown_and_the_list_fills_in(generated: Path, app_factory) -> None:
    app = app_factory(generated)
    seen: list[tuple[int, int]] = []

    def hook(message) -> None:
        if isinstance(message, LoadProgress):
            seen.append((message.done, message.total))

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(app, pilot)
        status = app.main.query_one(LoadStatus)
        assert app.main.query_one(MeetingList).row_count == COUNT
        assert not status.display  # hidden once loaded
        app.load_state = LoadState.opening().reading(4120, 10000)  # passed down to the line
        label = str(status.query_one("#load-label", Static).content)
        assert label.startswith("Loading 4,120/10,000 readouts · ")
        assert label.endswith(" s · escape to stop")
        assert status.display
        app.load_state = app.load_state.idle()
        assert not status.display
    assert seen[0] == (0, COUNT)
    assert seen[-1] == (COUNT, COUNT)
    assert len(seen) >= 2


async def test_messages_arrive_in_batches(generated: Path, app_factory) -> None:
    app = app_factory(generated)
    kinds: list[str] = []

    def hook(message) -> None:
        if isinstance(message, (LoadProgress, BatchIndexed, Loaded)):
            kinds.append(type(message).__name__)

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(app, pilot)
    assert "LoadProgress" in kinds and "Loaded" in kinds
    assert kinds.index("LoadProgress") < kinds.index("Loaded")


async def test_stop_keeps_what_was_read_and_reload_resumes(generated: Path, app_factory) -> None:
    app = app_factory(generated)
    async with app.run_test(size=(160, 48)) as pilot:
        app.stop_loading()  # as escape does, right at the start
        await wait_loaded(app, pilot)
        first = app.main.query_one(MeetingList).row_count
        assert first < COUNT
        await pilot.press("ctrl+r")
        await wait_loaded(app, pilot)
        assert app.main.query_one(MeetingList).row_count == COUNT
    again = app_factory(generated)  # a warm start: nothing left to parse
    async with again.run_test(size=(160, 48)) as pilot:
        await wait_loaded(again, pilot)
        assert again.main.query_one(MeetingList).row_count == COUNT


async def test_the_bar_of_a_stage_of_unknown_length_moves_only_once_it_lasts(
    generated: Path, app_factory, monkeypatch
) -> None:
    app = app_factory(generated, watch=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(app, pilot)
        status = app.main.query_one(LoadStatus)
        bar = status.query_one(ProgressBar)
        monkeypatch.setattr(load_status_module, "MOVING_BAR_AFTER", 3600.0)
        app.load_state = LoadState.opening()  # a warm start's first stage: over at once
        await pilot.pause()
        assert status.display and not bar.display and bar.percentage is not None
        app.load_state = app.load_state.idle()
        monkeypatch.setattr(load_status_module, "MOVING_BAR_AFTER", 0.05)
        app.load_state = LoadState.opening()  # one that goes on: its bar moves
        await pilot_wait_until(pilot, lambda: bar.display)
        assert bar.percentage is None
        app.load_state = app.load_state.reading(10, 40)  # counts: the bar shows them
        await pilot.pause()
        assert bar.display and bar.percentage == 0.25
        app.load_state = app.load_state.idle()
        assert not status.display


async def test_escape_asks_the_app_to_stop_the_load(generated: Path, app_factory) -> None:
    app = app_factory(generated, watch=False)
    asked: list[LoadStopAsked] = []
    loaded: list[Loaded] = []

    def hook(message) -> None:
        if isinstance(message, LoadStopAsked) and message not in asked:  # (seen as it bubbles)
            asked.append(message)
        elif isinstance(message, Loaded):
            loaded.append(message)

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await pilot.press("escape")  # while the folder is read
        await wait_loaded(app, pilot)
        assert len(asked) == 1 and loaded[-1].report.cancelled
        assert app.main.query_one(MeetingList).row_count < COUNT
        await pilot.press("escape")  # nothing loads now: escape clears instead
        await pilot.pause()
    assert len(asked) == 1


async def test_warm_start_shows_the_list_first_and_builds_only_what_it_shows(
    generated: Path, app_factory
) -> None:
    await fill_cache(app_factory, generated)

    warm = app_factory(generated)
    order: list[str] = []
    ready: list[IndexReady] = []

    def hook(message) -> None:
        if isinstance(message, IndexReady):
            ready.append(message)
            order.append("ready")
        elif isinstance(message, Loaded):
            # the folder is checked only once the cached list is on screen
            order.append("loaded after shown" if ready[0].shown.is_set() else "loaded early")

    async with warm.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(warm, pilot)
        # The list first, then the folder's check; nothing changed: no second load.
        await pilot_wait_until(pilot, lambda: not warm.load_running())
        assert order == ["ready", "loaded after shown"]
        index = warm.main.index
        assert index is not None and index.cache_status == "loaded"
        assert warm.main.query_one(MeetingList).row_count == COUNT
        built = sum(entry.built for entry in index.state.docs)
        assert 0 < built <= 60  # the rows on screen and the selected meeting, not all 300
        await pilot.press("/", *"maritime")
        await pilot.pause()
        assert warm.main.query_one(MeetingList).row_count > 0


async def test_a_watcher_late_to_start_makes_no_second_load(
    generated: Path, app_factory, monkeypatch
) -> None:
    """On a busy machine the watcher may be ready long after the list is complete: the
    folder is compared with the cache again only then, and, nothing having changed, not
    read again."""
    await fill_cache(app_factory, generated)
    monkeypatch.setattr(watching_module, "STEP_MS", 1500)  # its first report comes late
    warm = app_factory(generated)
    seen: list[str] = []

    def hook(message) -> None:
        if isinstance(message, (Loaded, FolderChanged)):
            seen.append(type(message).__name__)

    async with warm.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(warm, pilot)
        await pilot_wait_until(
            pilot, lambda: warm.watcher is not None and warm.watcher.ready.is_set()
        )
        await pilot_wait_until(pilot, lambda: not warm.load_running())
    assert seen == ["Loaded"]


async def test_one_changed_file_is_shown_once_and_the_stages_are_named(
    generated: Path, app_factory
) -> None:
    await fill_cache(app_factory, generated)
    changed = sorted(generated.glob("*.yaml"))[COUNT // 2]
    text = changed.read_text("utf-8")
    changed.write_text(text.replace("\ntitle: ", "\ntitle: Revised ", 1), encoding="utf-8")

    warm = app_factory(generated, watch=False)
    kinds: list[str] = []
    labels: list[str] = []

    def hook(message) -> None:
        if isinstance(message, (IndexReady, BatchIndexed, Loaded)):
            kinds.append(type(message).__name__)
        if isinstance(message, (IndexReady, LoadProgress)):  # the label as it is then
            labels.append(str(warm.main.query_one("#load-label", Static).content))

    async with warm.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(warm, pilot)
        # one batch, shown by Loaded alone: no second search of the whole list before it
        assert kinds == ["IndexReady", "Loaded"]
        assert labels[0] == "Opening the readouts…"
        assert labels[1] == "Checking the folder for new and changed files…"
        await pilot.press("/", *"revised")
        await pilot.pause()
        meetings = warm.main.query_one(MeetingList)
        assert meetings.row_count == 1
        assert meetings.current is not None and meetings.current.title.startswith("Revised ")
        await pilot.press("ctrl+r")  # a reload says what it does from the start
        assert str(warm.main.query_one("#load-label", Static).content).startswith("Checking")
        await wait_loaded(warm, pilot)


async def test_a_thread_on_a_warm_start_builds_only_its_own_meetings(
    generated: Path, app_factory
) -> None:
    await fill_cache(app_factory, generated)
    warm = app_factory(generated, watch=False)
    async with warm.run_test(size=(160, 48)) as pilot:
        await wait_loaded(warm, pilot)
        index = warm.main.index
        assert index is not None
        current = warm.main.query_one(MeetingList).current
        assert current is not None
        parties = set(current.readout.countries)
        before = sum(entry.built for entry in index.state.docs)
        await pilot.press("t")
        await pilot.pause()
        after = sum(entry.built for entry in index.state.docs)
        thread = warm.screen.rows  # type: ignore[attr-defined]
        assert thread and all(parties <= set(e.readout.countries) for e, _ in thread)
        # only the candidates the index gave were built for the thread, not all 300
        assert after - before <= len(thread) + 5 and after < 100
        same = [e for e in index.state.docs if parties <= set(e.readout.countries)]
        assert len(thread) == len(same)  # and it holds every one of them
        await pilot.press("escape")
