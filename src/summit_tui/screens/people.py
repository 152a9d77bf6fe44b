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
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from summit_tui.core.model.entry import Entry, light_entries
from summit_tui.core.reference import countries
from summit_tui.core.reference.people import Person, people
from summit_tui.core.support.safe_text import one_line

#: People listed at most: the rest are found with person: in the search.
MAX_LISTED = 2000


def person_prompt(person: Person) -> Text:
    """Name and meeting count, then roles and countries on a second line."""
    text = Text()
    text.append(one_line(person.name), "bold")
    text.append(f"  {person.meetings} meeting{'s' if person.meetings != 1 else ''}", "dim")
    details = [one_line(r) for r in person.roles[:3]]
    details += [countries.name_of(c) for c in person.countries]
    if details:
        text.append("\n  " + " · ".join(details), "italic")
    return text


class PeopleScreen(ModalScreen[Person | None]):
    """Pick a person with enter to search their meetings (None when closed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "close", "Close", id="people.close"),
    ]

    def __init__(self, entries: Sequence[Entry]) -> None:
        super().__init__()
        self.results = entries
        #: Everyone in the results, most meetings first, once gathered.
        self.people: list[Person] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="people-body") as body:
            body.border_title = Content(f"People · {len(self.results):,} meetings")
            body.border_subtitle = "enter searches their meetings · escape closes"
            yield Static(
                Text(f"Gathering the people of {len(self.results):,} meetings…", "italic"),
                id="people-status",
            )
            yield OptionList(id="people-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._gather(self.app)

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def _gather(self, app: App[object]) -> None:
        """Read the results off the UI thread (seconds at 100,000 meetings).

        ``app`` comes from the UI thread: once the screen is closed this thread can no
        longer find it through the screen, and the result must still reach ``_gathered``,
        which drops it.
        """
        try:
            found = people(light_entries(self.results))
        except Exception as exc:  # shown to the user; the app goes on
            app.call_from_thread(self._failed, exc)
            return
        app.call_from_thread(self._gathered, found)

    def _gathered(self, found: list[Person]) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.people = found
        shown = found[:MAX_LISTED]
        body = self.query_one("#people-body")
        body.border_title = Content(f"People · {len(found):,} in the current results")
        status = self.query_one("#people-status", Static)
        if len(found) > len(shown):
            status.update(
                Text(
                    f"The {len(shown):,} with the most meetings; search "
                    "person:NAME for anyone else.",
                    "italic",
                )
            )
        else:
            status.display = False
        self.query_one(OptionList).add_options(
            [Option(person_prompt(p), id=str(i)) for i, p in enumerate(shown)]
        )

    def _failed(self, exc: Exception) -> None:
        if not self.is_attached:  # closed before the worker was done
            return
        self.query_one("#people-status", Static).update(
            Text(f"Could not gather the people: {type(exc).__name__}: {exc}", "red")
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.people[int(event.option.id or 0)])

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(None)
