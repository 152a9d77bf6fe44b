"""What the user does with a meeting or the results: bookmark, note, cite, thread, statistics.

A mixin of the main screen, kept apart so that the screen itself stays about state and
searching. It relies on the main screen's ``index``, ``results``, ``userdata``, ``folder``
and its panes.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen

from summit_tui.core.analysis.relationships import neighbours
from summit_tui.core.export import citation
from summit_tui.core.model.entry import Entry
from summit_tui.core.reference.people import Person
from summit_tui.core.search.filters import Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import QueryError, quote
from summit_tui.core.search.results import Results
from summit_tui.core.search.stored_filters import filters_from_dict, filters_to_dict
from summit_tui.core.support.safe_text import one_line
from summit_tui.core.userstate.notes import UserData, UserDataError
from summit_tui.core.userstate.saved_searches import (
    SavedSearch,
    SavedSearchError,
    delete_search,
    load_saved,
    save_search,
)
from summit_tui.messages import ReadoutsEdited
from summit_tui.screens.export_dialog import ExportScreen
from summit_tui.screens.name_prompt import NamePrompt
from summit_tui.screens.note_editor import NoteEditor
from summit_tui.screens.people import PeopleScreen
from summit_tui.screens.stats import StatsScreen
from summit_tui.screens.thread import ThreadScreen
from summit_tui.widgets.filter_pane import FilterPane
from summit_tui.widgets.meeting_list import MeetingList


class ReadoutActions(Screen[None]):
    """Keys that act on the highlighted meeting or on the current results.

    The base of the main screen, which provides the state and the methods declared here.
    """

    index: SearchIndex | None
    results: Results | None
    userdata: UserData
    folder: Path
    query_text: str
    filters: Filters
    only_marked: bool
    saved: list[SavedSearch]
    _saved_counts: list[tuple[str, int]]

    def jump_to(self, readout_id: str) -> None:
        """Select a meeting by id (the main screen implements it)."""
        raise NotImplementedError

    def set_query(self, text: str) -> None:
        """Replace the search text (the main screen implements it)."""
        raise NotImplementedError

    def apply_search(self) -> None:
        """Search again and update the panes (the main screen implements it)."""
        raise NotImplementedError

    def after_typing(self, then: Callable[[], object]) -> None:
        """Run ``then`` on the results of every key typed so far (the main screen implements
        it)."""
        raise NotImplementedError

    async def _show_entry(self, entry: Entry | None, row: int | None = None) -> None:
        raise NotImplementedError

    ACTION_BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "toggle_bookmark", "Bookmark", id="main.bookmark"),
        Binding("e", "edit_note", "Note", id="main.note"),
        # f2, f3 and ctrl+e also work in the search bar (where letters are typed); ctrl+e is
        # a priority key because the text box would take it as "end of line".
        Binding("s,f2", "statistics", "Stats", id="main.statistics"),
        Binding("t", "thread", "Thread", id="main.thread"),
        Binding(
            "alt+left",
            "thread_step(-1)",
            "Previous with the same parties",
            show=False,
            id="main.thread_previous",
        ),
        Binding(
            "alt+right",
            "thread_step(1)",
            "Next with the same parties",
            show=False,
            id="main.thread_next",
        ),
        Binding("p,f3", "people", "People", id="main.people"),
        Binding("y", "cite", "Cite", id="main.cite"),
        Binding("u", "open_source", "Open source URL", show=False, id="main.open_source"),
        Binding("S", "save_search", "Save search", show=False, id="main.save_search"),
        Binding("ctrl+e", "export", "Export", priority=True, id="main.export"),
        Binding("R", "mark_reviewed", "Mark reviewed", show=False, id="main.mark_reviewed"),
    ]

    def _current(self) -> Entry | None:
        entry = self.query_one(MeetingList).current
        if entry is None:
            self.notify("No meeting is selected.", timeout=2)
        return entry

    async def _refresh_detail(self, entry: Entry) -> None:
        meetings = self.query_one(MeetingList)
        if meetings.current is entry:
            await self._show_entry(entry, meetings.cursor)

    # --- the user's own data ----------------------------------------------------------------

    async def action_toggle_bookmark(self) -> None:
        """Bookmark the highlighted meeting, or remove its bookmark."""
        entry = self._current()
        if entry is None:
            return
        try:
            on = self.userdata.toggle_bookmark(entry.id)
        except UserDataError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.query_one(MeetingList).set_bookmarks(self.userdata.bookmarks())
        self.apply_search()  # the "Bookmarked" count (and list, when only those are shown)
        self.notify("Bookmarked" if on else "Bookmark removed", timeout=2)
        await self._refresh_detail(entry)

    def action_mark_reviewed(self) -> None:
        """Clear the highlighted readout's review marks in its file (the user checked them)."""
        from summit_tui.core.importer.marks import ReviewClearError, clear_review

        entry = self._current()
        if entry is None:
            return
        if not entry.readout.review:
            self.notify("This meeting has no fields marked for review.", timeout=2)
            return
        path = self.folder / entry.path
        try:
            count = clear_review(path, entry.id)
        except ReviewClearError as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False)
            return
        self.notify(
            f"Marked reviewed: {count} mark{'s' * (count != 1)} taken out of "
            f"{one_line(entry.path)}",
            timeout=3,
            markup=False,
        )
        self.post_message(ReadoutsEdited())  # the app reads the folder again

    def action_edit_note(self) -> None:
        """Write or change the note on the highlighted meeting."""
        entry = self._current()
        if entry is None:
            return
        if self.userdata.read_only:
            self.notify(
                self.userdata.read_only_reason or "Notes are read-only in this window.",
                severity="warning",
                markup=False,
            )
            return

        changed: list[str] = []

        def store(text: str) -> str | None:
            if text == self.userdata.note(entry.id):
                return None
            try:
                self.userdata.set_note(entry.id, text)
            except UserDataError as exc:
                return (
                    f"{exc} Your text is still in the editor: ctrl+s tries again, "
                    "escape discards it."
                )
            changed.append(text)
            return None

        async def saved(text: str | None) -> None:
            if text is None or not changed:
                return
            self.notify("Note saved" if text.strip() else "Note deleted", timeout=2)
            await self._refresh_detail(entry)

        editor = NoteEditor(entry.readout.title, self.userdata.note(entry.id), store)
        self.app.push_screen(editor, saved)

    # --- citing -------------------------------------------------------------------------------

    def action_cite(self) -> None:
        """Copy a citation of the highlighted meeting to the clipboard."""
        entry = self._current()
        if entry is None:
            return
        text = citation(entry)  # clean: citation() builds it from one_line() parts
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied: {text}", timeout=4, markup=False)

    def action_open_source(self) -> None:
        """Open the highlighted meeting's source page in the web browser."""
        entry = self._current()
        if entry is None:
            return
        url = entry.readout.source.url.strip()
        if not url.lower().startswith(("https://", "http://")):
            self.notify("This readout has no web address (source: url).", timeout=3)
            return
        # webbrowser may block while it starts a browser: keep it off the UI thread.
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        self.notify(f"Opening {one_line(url)}", timeout=3, markup=False)

    # --- threads, people, statistics ----------------------------------------------------------

    def _with_parties_of(self, entry: Entry) -> Sequence[Entry]:
        """The readouts whose parties include all of this one's, found through the index:
        only those are built (the thread's own check reads their parties)."""
        assert self.index is not None
        codes = entry.readout.countries
        if not codes:
            return [entry]
        try:
            # (a trailing space: the last code is not a prefix being typed)
            return self.index.search("".join(f"party:{code} " for code in codes))
        except QueryError:  # a code the query language does not know: look at every one
            return self.index.entries()

    def action_thread(self) -> None:
        """Show every meeting between the same parties, with the gaps between them."""
        entry = self._current()
        if entry is None or self.index is None:
            return

        def chosen(readout_id: str | None) -> None:
            if readout_id:
                self.jump_to(readout_id)

        self.app.push_screen(ThreadScreen(entry, self._with_parties_of(entry)), chosen)

    def action_thread_step(self, step: int) -> None:
        """Go to the previous or next meeting with the same parties."""
        entry = self._current()
        if entry is None or self.index is None:
            return
        before, after = neighbours(entry, self._with_parties_of(entry))
        target = before if step < 0 else after
        if target is None:
            self.notify(
                "No earlier meeting between these parties."
                if step < 0
                else "No later meeting between these parties.",
                timeout=2,
            )
            return
        self.jump_to(target.id)

    def action_people(self) -> None:
        """List the people in the current results; enter searches one person's meetings."""
        self.after_typing(self._people)

    def _people(self) -> None:
        if self.results is None:
            return

        def chosen(person: Person | None) -> None:
            if person is not None:
                self.set_query(f"person:{quote(person.name)}")

        self.app.push_screen(PeopleScreen(self.results), chosen)

    def action_export(self) -> None:
        """Write the current results to a file: Markdown, CSV, JSON or YAML."""
        self.after_typing(self._export)

    def _export(self) -> None:
        if self.results is None or not len(self.results):
            self.notify("No meetings to export.", timeout=2)
            return
        words = [value for values in filters_to_dict(self.filters).values() for value in values]
        self.app.push_screen(ExportScreen(list(self.results), self.query_text, words))

    def action_statistics(self) -> None:
        """Charts and tables of the current results."""
        self.after_typing(self._statistics)

    def _statistics(self) -> None:
        if self.results is None:
            return
        self.app.push_screen(StatsScreen(self.results, self.query_text))

    # --- saved searches -----------------------------------------------------------------------

    def load_saved_searches(self) -> None:
        """Read the folder's saved searches (a broken file is reported, never fatal)."""
        self.saved, problems = load_saved(self.folder)
        for problem in problems:
            self.notify(f"Saved searches: {problem}", severity="warning", timeout=8, markup=False)
        self.count_saved_searches()

    def count_saved_searches(self) -> None:
        """How many meetings each saved search finds now."""
        counts = []
        for saved in self.saved:
            n = 0
            if self.index is not None:
                try:
                    n = len(self.index.search(saved.query, filters_from_dict(saved.filters)))
                except QueryError:
                    n = 0  # a saved query the language no longer accepts finds nothing
            counts.append((saved.name, n))
        self._saved_counts = counts

    def action_save_search(self) -> None:
        """Save the current query and filters under a name, in the data folder."""
        if not self.query_text.strip() and self.filters.is_empty():
            self.notify("Type a search or select filters first.", timeout=3)
            return

        def save(name: str | None) -> None:
            if not name:
                return
            search = SavedSearch(name, self.query_text, filters_to_dict(self.filters))
            try:
                save_search(self.folder, search)
            except (SavedSearchError, OSError, ValueError) as exc:
                self.notify(f"Could not save the search: {exc}", severity="error", markup=False)
                return
            self.load_saved_searches()
            self.apply_search()
            self.notify(f"Saved search: {name}", timeout=2, markup=False)

        self.app.push_screen(NamePrompt("Save this search as"), save)

    def on_filter_pane_saved_search_deleted(self, event: FilterPane.SavedSearchDeleted) -> None:
        """Remove a saved search from the file."""
        try:
            delete_search(self.folder, event.name)
        except (SavedSearchError, OSError) as exc:
            self.notify(f"Could not delete the search: {exc}", severity="error", markup=False)
            return
        self.load_saved_searches()
        self.apply_search()
        self.notify(f"Deleted saved search: {event.name}", timeout=2, markup=False)
