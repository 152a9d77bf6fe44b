"""SVG snapshots of what the user sees (pytest-textual-snapshot; update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path

from driving import wait_loaded

SIZE = (160, 48)


def test_main_screen(readout_folder: Path, app_factory, snap_compare) -> None:
    app = app_factory(readout_folder)

    async def loaded(pilot) -> None:
        await wait_loaded(app, pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=loaded)


def test_search_with_no_match(readout_folder: Path, app_factory, snap_compare) -> None:
    app = app_factory(readout_folder)

    async def search(pilot) -> None:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"brazil")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=search)


def test_topic_selected_and_search_highlight(
    readout_folder: Path, app_factory, snap_compare
) -> None:
    app = app_factory(readout_folder)

    async def narrow(pilot) -> None:
        await wait_loaded(app, pilot)
        await pilot.press("slash", *"rare earths")
        await pilot.pause()
        await pilot.press("shift+tab", "j", "space")  # to the filters; select the 2nd country
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=narrow)


def test_help_screen(readout_folder: Path, app_factory, snap_compare) -> None:
    app = app_factory(readout_folder)

    async def help_(pilot) -> None:
        await wait_loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=help_)


def test_main_screen_at_80x24(readout_folder: Path, app_factory, snap_compare) -> None:
    """The filter pane folds away; the list and the detail share the width."""
    app = app_factory(readout_folder)

    async def loaded(pilot) -> None:
        await wait_loaded(app, pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)


def test_main_screen_at_100x30(readout_folder: Path, app_factory, snap_compare) -> None:
    app = app_factory(readout_folder)

    async def loaded(pilot) -> None:
        await wait_loaded(app, pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=loaded)


def test_filters_over_the_list_at_80x24(readout_folder: Path, app_factory, snap_compare) -> None:
    app = app_factory(readout_folder)

    async def filters(pilot) -> None:
        await wait_loaded(app, pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=filters)


def test_help_from_the_search_bar_at_80x24(readout_folder: Path, app_factory, snap_compare) -> None:
    """The query language and examples come first."""
    app = app_factory(readout_folder)

    async def help_(pilot) -> None:
        await wait_loaded(app, pilot)
        await pilot.press("slash", "f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=help_)


def test_first_start_at_80x24(app_factory, snap_compare) -> None:
    """The bundled readouts, and how to get more."""
    from summit_tui.paths import bundled_data_dir

    app = app_factory(bundled_data_dir(), watch=False)

    async def loaded(pilot) -> None:
        await wait_loaded(app, pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)
