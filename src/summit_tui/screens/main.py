"""The main screen: search bar, filters, meeting list and detail, and the state they share."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Input

from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Problem
from summit_tui.core.search.advice import Advice, advise
from summit_tui.core.search.facet_labels import describe
from summit_tui.core.search.filters import Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import QueryError
from summit_tui.core.search.results import Results
from summit_tui.core.search.stored_filters import filters_from_dict, filters_to_dict
from summit_tui.core.support.safe_text import one_line
from summit_tui.core.userstate.notes import UserData
from summit_tui.core.userstate.saved_searches import SavedSearch
from summit_tui.core.userstate.session import Session
from summit_tui.idle_collect import IDLE_SECONDS, IdleCollector
from summit_tui.messages import IndexChanged, LoadStopAsked, ReadoutsAdded
from summit_tui.paths import bundled_data_dir
from summit_tui.screens.main_actions import ReadoutActions
from summit_tui.screens.pane_focus import PaneFocus
from summit_tui.widgets.detail import ReadoutDetail
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.getting_started import GettingStarted
from summit_tui.widgets.load_status import LoadState, LoadStatus
from summit_tui.widgets.meeting_list import MeetingList
from summit_tui.widgets.pane_footer import PaneFooter
from summit_tui.widgets.search_bar import SearchBar, SearchInput

#: Seconds without a keystroke before the detail pane repaints new highlights.
DETAIL_DELAY = 0.12

#: The order of the panes for tab: after typing a query, the list comes next.
PANE_ORDER = ("search-input", "meetings", "detail", "filters")

#: Below this many columns the filter pane folds away (f shows it over the list).
NARROW_BELOW = 120
#: The screen's class by width: "-narrow" below NARROW_BELOW, else "-wide".
BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

#: Focused widget id -> ids of the screen's and app's keys the footer shows there, after
#: the pane's own keys. Keys that work from every pane (export, statistics, people, help)
#: are shown in the search bar by the keys that work while typing (ctrl+e, f2, f3, f1).
FOOTER_KEYS: dict[str, tuple[str, ...]] = {
    "search-input": ("main.export", "main.statistics", "main.people", "app.help"),
    "meetings": (
        "app.search",
        "main.filters",
        "main.cite",
        "main.people",
        "main.statistics",
        "main.export",
        "app.help",
    ),
    "detail": ("main.cite", "main.bookmark", "main.note", "app.help"),
    "filters": ("main.filters", "app.help"),
    "": ("app.search", "main.export", "app.help"),
}


class MainScreen(ReadoutActions, PaneFocus):
    """Owns the query, the filters and the current results; panes show what it passes down.

    The app sends it the index to show (``IndexChanged``, ``ReadoutsAdded``) and binds its
    ``load_state``, which the load status line shows.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear", id="main.clear"),
        Binding("o", "toggle_order", "Order", id="main.order"),
        Binding("f", "toggle_filters", "Filters", id="main.filters"),
        *ReadoutActions.ACTION_BINDINGS,
    ]

    PANE_ORDER = PANE_ORDER
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    #: Where the app's load is (bound by the app); passed down to the load status line.
    load_state: var[LoadState] = var(LoadState())

    def __init__(self, userdata: UserData, folder: Path, session: Session | None = None) -> None:
        super().__init__()
        self.userdata = userdata
        self.folder = folder
        self.session = session  # restored once, when the first index arrives
        self.saved: list[SavedSearch] = []
        self._saved_counts: list[tuple[str, int]] = []
        self.index: SearchIndex | None = None
        self.query_text = ""
        self.filters = Filters()
        self.only_marked = False  # show only bookmarked meetings
        self.order = "newest"
        self.results: Results | None = None
        self._detail_timer: Timer | None = None
        self._detail_due: MeetingList.Highlighted | None = None  # the last meeting asked for
        self._advice: Advice | None = None  # what to loosen, while nothing is found
        self.problems: list[Problem] = []
        self._replacing = False  # the box is being given a query that is searched once
        self._collector = IdleCollector()  # full garbage collections wait for a pause

    def compose(self) -> ComposeResult:
        yield SearchBar(self.complete_field, id="search")
        yield LoadStatus(id="load-status").data_bind(state=MainScreen.load_state)
        with Horizontal(id="panes"):
            yield FilterPane(id="filters")
            yield MeetingList(id="meetings")
            yield ReadoutDetail(id="detail")
        yield GettingStarted(id="getting-started")
        yield PaneFooter(FOOTER_KEYS, compact=True)

    def on_mount(self) -> None:
        self.query_one(MeetingList).set_bookmarks(self.userdata.bookmarks())
        self.query_one(FilterPane).border_title = "Filters"
        self.query_one(MeetingList).border_title = "Meetings"
        self.query_one(ReadoutDetail).border_title = "Detail"
        self.watch(self.query_one(SearchInput), "value", self.apply_typed, init=False)
        self.query_one(MeetingList).focus()
        self._collector.start()
        self.set_interval(IDLE_SECONDS / 2, self._collector.collect_if_idle)

    def on_unmount(self) -> None:
        self._collector.stop()

    # --- state from the app ---------------------------------------------------------------

    @on(IndexChanged)
    def show_index(self, message: IndexChanged) -> None:
        """Show the app's new or changed index; tell the load worker once it is on screen."""
        self.set_index(message.index, message.problems)
        self.call_after_refresh(message.shown.set)

    @on(ReadoutsAdded)
    def search_again(self) -> None:
        """Search again, so that newly read readouts appear in the list."""
        self.apply_search()

    def set_index(self, index: SearchIndex, problems: list[Problem]) -> None:
        """Use a (new) index of readouts; keep the query, filters and selection."""
        first = self.index is None
        self.index = index
        self.problems = problems
        self.query_one(MeetingList).empty_message = "No readouts in this folder"
        bundled = self.folder.resolve() == bundled_data_dir().resolve()
        self.query_one(GettingStarted).show_for(len(index), bundled)
        if first:
            self.load_saved_searches()
            if self.session is not None:
                self.restore(self.session)
                return
        self.count_saved_searches()
        self.apply_search()

    # --- session --------------------------------------------------------------------------

    def restore(self, session: Session) -> None:
        """Bring back the query, filters, order, selection and focused pane of last time."""
        self.order = session.order
        self.replace_search(session.query, filters_from_dict(session.filters))
        if session.selected_id and self.results is not None:
            row = self.results.index_of(session.selected_id)
            if row is not None:
                self.query_one(MeetingList).cursor = row
        if session.focused:
            self.focus_pane(session.focused)

    def snapshot(self) -> Session:
        """What to restore on the next start."""
        current = self.query_one(MeetingList).current
        focused = self.app.focused.id if self.app.focused is not None else None
        return Session(
            query=self.query_text,
            filters=filters_to_dict(self.filters),
            selected_id=current.id if current is not None else None,
            focused=focused,
            order=self.order,
        )

    # --- searching ------------------------------------------------------------------------

    def replace_search(self, query: str, filters: Filters) -> None:
        """Put a new query and filters in place (bookmarks-only off) and search once."""
        self.filters = filters
        self.only_marked = False
        search = self.query_one(SearchInput)
        self._replacing = True  # the box would search a second time
        try:
            with search.prevent(Input.Changed):
                search.value = query
        finally:
            self._replacing = False
        self.query_text = search.value  # cleaned by the box: search what the user sees
        self.apply_search()

    def complete_field(self, field: str, prefix: str) -> list[str]:
        """Values to offer after "field:" in the search bar."""
        if self.index is None:
            return []
        return self.index.complete_field_value(field, prefix)

    def apply_search(self) -> None:
        """Run the query with the filters and pass the results down to the panes."""
        if self.index is None:
            return
        self._collector.working()
        bar = self.query_one(SearchBar)
        try:
            results = self.index.search(
                self.query_text,
                self.filters,
                self.order,
                marked=self.userdata.bookmarks(),
                only_marked=self.only_marked,
            )
        except QueryError as exc:
            bar.set_status(
                f"{exc.message} (at character {exc.position + 1}); showing the last results",
                error=True,
            )
            return
        self.results = results
        meetings = self.query_one(MeetingList)
        keep = meetings.current.id if meetings.current is not None else None
        self._advice = None
        asked = self.query_text.strip() or not self.filters.is_empty() or self.only_marked
        if not len(results) and asked:
            self._advice = advise(
                self.index,
                self.query_text,
                self.filters,
                marked=self.userdata.bookmarks(),
                only_marked=self.only_marked,
            )
            what = f"{self.query_text.strip()!r}" if self.query_text.strip() else "the filters"
            meant = f" — {self._advice.did_you_mean}" if self._advice.did_you_mean else ""
            meetings.empty_message = (
                f"No meetings match {one_line(what)}{meant} — press escape to clear"
            )
        elif not len(results):  # nothing asked for: the folder has no readouts
            meetings.empty_message = "No readouts in this folder"
        meetings.show(results, len(self.index), keep_id=keep)
        self.query_one(FilterPane).show(
            results.facets, self.filters, self._saved_counts, self.only_marked
        )
        hint = bar.hint(self.query_text)
        bar.set_status(hint or self._status_line(results))
        if not len(results):
            if self._detail_timer is not None:  # a repaint of the last meeting still due
                self._detail_timer.stop()
                self._detail_timer = None
            self.call_later(self._show_entry, None)

    def _status_line(self, results: Results) -> str:
        count = f"{len(results):,} meeting{'s' if len(results) != 1 else ''}"
        parts = [count]
        on = describe(self.filters) + (["bookmarked only"] if self.only_marked else [])
        if on:
            parts.append("filters on: " + "; ".join(on))
        if self.problems:
            files = len({p.path for p in self.problems})
            parts.append(f"{files} file{'s' if files != 1 else ''} with problems (press !)")
        if self.userdata.read_only:
            parts.append("bookmarks and notes are read-only in this window")
        return " · ".join(parts)

    async def _show_entry(self, entry: Entry | None, row: int | None = None) -> None:
        results = self.results
        if results is not None and not len(results):
            entry = None  # a repaint asked for before the results went empty
        highlight = results.highlight_spans if results and self.query_text.strip() else None
        matched = results.matched_sections(row) if results and row is not None else ()
        message = self.query_one(MeetingList).empty_message
        if entry is None and self._advice is not None:
            message = "\n".join(one_line(line) for line in self._advice.lines())
        mine = None
        if entry is not None:
            mine = (self.userdata.is_bookmarked(entry.id), self.userdata.note(entry.id))
        await self.query_one(ReadoutDetail).show(
            entry, highlight, empty_message=message, matched=matched, userdata=mine
        )

    def after_typing(self, then: Callable[[], object]) -> None:
        """Run ``then`` on the results of every key typed so far.

        A key that works while typing (ctrl+e is a priority key) can arrive before the keys
        typed just ahead of it reached the box: ``then`` waits for them in the box's queue,
        and the search for the box's text runs at once rather than in its turn.
        """
        search = self.query_one(SearchInput)

        def run() -> None:
            if search.value != self.query_text:
                self.query_text = search.value
                self.apply_search()
            then()

        if self.focused is search:  # (has_focus follows later, once the box hears of it)
            search.call_later(run)
        else:
            run()

    def apply_typed(self, value: str) -> None:
        """Search as soon as the box's text changes, in the same turn as the key.

        The key's echo and its results then reach the screen in one repaint: a search left
        to the box's message would come a frame after the echo.
        """
        if not self._replacing and value != self.query_text:
            self.query_text = value
            self.apply_search()

    @on(SearchBar.QueryChanged)
    def apply_query(self, event: SearchBar.QueryChanged) -> None:
        """Search again with the box's text, unless that was searched as it changed."""
        self.apply_typed(self.query_one(SearchInput).value)

    @on(FilterPane.FiltersChanged)
    def apply_filters(self, event: FilterPane.FiltersChanged) -> None:
        """Search again with the new filters."""
        self.filters = event.filters
        if event.everything:
            self.only_marked = False
        self.apply_search()

    @on(FilterPane.BookmarksToggled)
    def toggle_bookmarked_only(self) -> None:
        """Show only bookmarked meetings, or all again."""
        self.only_marked = not self.only_marked
        self.apply_search()

    @on(FilterPane.SavedSearchChosen)
    def apply_saved_search(self, event: FilterPane.SavedSearchChosen) -> None:
        """Replace the query and filters with a saved search's."""
        self.use_saved_search(event.name)

    def use_saved_search(self, name: str) -> None:
        """Replace the query and filters with those of the saved search of this name."""
        for saved in self.saved:
            if saved.name == name:
                self.replace_search(saved.query, filters_from_dict(saved.filters))
                self.notify(f"Saved search: {saved.name}", timeout=2, markup=False)
                return

    @on(MeetingList.Highlighted)
    async def show_meeting(self, event: MeetingList.Highlighted) -> None:
        """Show the highlighted meeting in the detail pane.

        While the user types, the same meeting often stays on top with new highlights:
        that repaint waits for a pause in typing, so the list keeps up with every key. A
        new meeting on top waits for the list's repaint.
        """
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        self._collector.working()
        if self.results is not None and not len(self.results):
            return  # a move in results since replaced by none: the pane says so instead
        self._detail_due = event
        shown = self.query_one(ReadoutDetail).entry
        if shown is not None and shown.id == event.entry.id:
            self._detail_timer = self.set_timer(
                DETAIL_DELAY, partial(self._show_entry, event.entry, event.index)
            )
            return
        if self.focused is self.query_one(SearchInput):
            # Typed: the list with the key's results is painted first.
            self.call_after_refresh(self._show_due, event)
            return
        await self._show_entry(event.entry, event.index)

    def focus_search(self) -> None:
        """Put the cursor in the search bar, at once."""
        self.set_focus(self.query_one(SearchInput))

    async def _show_due(self, event: MeetingList.Highlighted) -> None:
        """Show a meeting asked for before a repaint, unless another was asked for since."""
        if self._detail_due is event:
            await self._show_entry(event.entry, event.index)

    @on(SearchInput.Done)
    def focus_results(self) -> None:
        """Go from the search bar to the meeting list."""
        self.query_one(MeetingList).focus()

    @on(MeetingList.Opened)
    def open_meeting(self, event: MeetingList.Opened) -> None:
        """Move to the detail pane to read the meeting."""
        self.query_one(ReadoutDetail).focus()

    # --- actions --------------------------------------------------------------------------

    def action_toggle_order(self) -> None:
        """Switch between newest first and relevance (relevance needs words to rank by)."""
        self.order = "relevance" if self.order == "newest" else "newest"
        label = "by relevance" if self.order == "relevance" else "newest first"
        words = self.results is not None and self.results.plan.free_text
        if self.order == "relevance" and not words:
            label += " (once the search has words)"
        self.notify(f"Meetings: {label}", timeout=2)
        self.apply_search()

    def action_clear(self) -> None:
        """Stop a load; else fold the shown filters; else clear the search; when it is
        already empty, clear the filters."""
        if self.load_state.active:
            self.post_message(LoadStopAsked())
            return
        if self.filters_shown:
            self.hide_filters()
            return
        search = self.query_one(SearchInput)
        if search.value:
            search.value = ""  # searched again as the box changes
        elif not self.filters.is_empty() or self.only_marked:
            self.filters = Filters()
            self.only_marked = False
            self.apply_search()

    def jump_to(self, readout_id: str) -> None:
        """Select a meeting by id, clearing the search and filters if they hide it."""
        if self.index is None:
            return
        if self.results is None or self.results.index_of(readout_id) is None:
            self.replace_search("", Filters())
        meetings = self.query_one(MeetingList)
        if self.results is not None and (i := self.results.index_of(readout_id)) is not None:
            meetings.cursor = i
            meetings.focus()

    def set_query(self, text: str) -> None:
        """Replace the search text (the list follows)."""
        self.query_one(SearchInput).value = text  # searched as the box changes
        self.query_one(MeetingList).focus()

    def toggle_filter(self, facet: str, value: str | int) -> None:
        """Add or remove one filter value (from the command palette)."""
        self.filters = self.filters.toggled(facet, value)
        self.apply_search()
