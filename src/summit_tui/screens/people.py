"""The people view: participants across meetings, with roles, countries and meeting counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from summit_tui.core.analysis.people_table import listed_people
from summit_tui.core.model.entry import Entry
from summit_tui.core.reference.people import Person
from summit_tui.widgets.people_list import PeopleList

#: People listed at most: the rest are found with person: in the search.
MAX_LISTED = 2000


class PeopleScreen(ModalScreen[Person | None]):
    """Pick a person with enter to search their meetings (None when closed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "close", "Close", id="people.close"),
    ]

    def __init__(self, entries: Sequence[Entry]) -> None:
        super().__init__()
        self.results = entries
        #: The people listed (those with the most meetings, first), once gathered.
        self.people: list[Person] = []
        #: How many people the results name in all, once gathered.
        self.total = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="people-body") as body:
            body.border_title = Content(f"People · {len(self.results):,} meetings")
            body.border_subtitle = "enter searches their meetings · escape closes"
            yield Static(
                Text(f"Gathering the people of {len(self.results):,} meetings…", "italic"),
                id="people-status",
            )
            yield PeopleList(id="people-list")

    def on_mount(self) -> None:
        self.query_one(PeopleList).focus()
        self._gather(self.app)

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def _gather(self, app: App[object]) -> None:
        """Count the people off the UI thread (a few hundred milliseconds at 100,000
        meetings).

        ``app`` comes from the UI thread: once the screen is closed this thread can no
        longer find it through the screen, and the result must still reach ``_gathered``,
        which drops it.
        """
        try:
            found, total = listed_people(self.results, MAX_LISTED)
        except Exception as exc:  # shown to the user; the app goes on
            app.call_from_thread(self._failed, exc)
            return
        app.call_from_thread(self._gathered, found, total)

    def _gathered(self, shown: list[Person], total: int) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.people, self.total = shown, total
        body = self.query_one("#people-body")
        body.border_title = Content(f"People · {total:,} in the current results")
        status = self.query_one("#people-status", Static)
        if total > len(shown):
            status.update(
                Text(
                    f"The {len(shown):,} with the most meetings; search "
                    "person:NAME for anyone else.",
                    "italic",
                )
            )
        else:
            status.display = False
        self.query_one(PeopleList).show(shown)

    def _failed(self, exc: Exception) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.query_one("#people-status", Static).update(
            Text(f"Could not gather the people: {type(exc).__name__}: {exc}", "red")
        )

    def on_people_list_chosen(self, event: PeopleList.Chosen) -> None:
        self.dismiss(event.person)

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(None)
