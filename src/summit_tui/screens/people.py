"""The people view: participants across meetings, with roles, countries and meeting counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summit_tui.core import countries
from summit_tui.core.models import Entry
from summit_tui.core.people import Person, people
from summit_tui.core.textsafe import one_line


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
        self.people = people(entries)

    def compose(self) -> ComposeResult:
        with Vertical(id="people-body") as body:
            body.border_title = Content(f"People · {len(self.people):,} in the current results")
            body.border_subtitle = "enter searches their meetings · escape closes"
            yield OptionList(*[Option(person_prompt(p), id=str(i))
                               for i, p in enumerate(self.people)], id="people-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.people[int(event.option.id or 0)])

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(None)
