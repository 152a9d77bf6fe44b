"""The people list: name and meetings, then roles and countries, of each person listed."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from summit_tui.core.reference import countries
from summit_tui.core.reference.people import Person
from summit_tui.core.support.safe_text import one_line
from summit_tui.widgets.cursor_list import CursorList

#: Roles shown of each person (the most used first).
ROLES_SHOWN = 3


def person_lines(person: Person) -> tuple[Text, Text]:
    """Name and meeting count, then roles and countries (empty when none are known)."""
    name = Text()
    name.append(one_line(person.name), "bold")
    name.append(f"  {person.meetings} meeting{'s' if person.meetings != 1 else ''}", "dim")
    details = [one_line(r) for r in person.roles[:ROLES_SHOWN]]
    details += [countries.name_of(c) for c in person.countries]
    return name, Text("  " + " · ".join(details), "italic") if details else Text()


class PeopleList(CursorList):
    """People, two lines each; only the rows on screen are drawn, however many are listed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Search their meetings", id="people.choose"),
    ]

    class Chosen(Message):
        """The user pressed enter (or double-clicked) on a person."""

        def __init__(self, person: Person) -> None:
            super().__init__()
            self.person = person

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.people: list[Person] = []
        self._lines: dict[int, tuple[Text, Text]] = {}

    def show(self, people: list[Person]) -> None:
        """List these people, the cursor on the first."""
        self.people = people
        self._lines.clear()
        self.set_row_count(len(people), cursor=0)

    @property
    def row_count(self) -> int:
        return len(self.people)

    @property
    def row_height(self) -> int:
        return 2

    def render_row_lines(self, index: int, width: int) -> list[Text]:
        lines = self._lines.get(index)
        if lines is None:
            if len(self._lines) > 500:
                self._lines.clear()
            lines = self._lines[index] = person_lines(self.people[index])
        return list(lines)

    @property
    def current(self) -> Person | None:
        """The person under the cursor, if any."""
        return self.people[self.cursor] if self.people else None

    def action_choose(self) -> None:
        """Search the meetings of the person under the cursor."""
        if (person := self.current) is not None:
            self.post_message(self.Chosen(person))

    def row_activated(self, index: int) -> None:
        self.action_choose()
