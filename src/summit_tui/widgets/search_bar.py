"""The search bar: the query as typed, and what is wrong with it when it is malformed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Static

from summit_tui.core.support.safe_text import in_line, one_line
from summit_tui.widgets.safe_input import SafeInput

#: (field, typed prefix) -> values to offer after "field:".
Completer = Callable[[str, str], list[str]]

_FIELD_TAIL = re.compile(r'(?:^|[\s(-])([A-Za-z]+):("?)([^"\s]*)$')


def field_tail(value: str) -> tuple[str, str] | None:
    """The field and the typed prefix (quote included) when the value ends "field:pre"."""
    m = _FIELD_TAIL.search(value)
    if m is None:
        return None
    return m.group(1), m.group(2) + m.group(3)


class FieldSuggester(Suggester):
    """Completes the value after ``country:``, ``topic:`` and the other fields, inline."""

    def __init__(self, complete: Completer) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.complete = complete

    async def get_suggestion(self, value: str) -> str | None:
        tail = field_tail(value)
        if tail is None:
            return None
        field, typed = tail
        for candidate in self.complete(field, typed.lstrip('"')):
            if not typed.startswith('"') and candidate.startswith('"'):
                candidate = candidate.strip('"')
                if " " in candidate:
                    continue  # a space ends the word: the user must type the quote first
            if candidate.casefold().startswith(typed.casefold()) and len(candidate) > len(typed):
                return in_line(value + candidate[len(typed) :])  # shown as typed text
        return None


class SearchInput(SafeInput):
    """The query box; escape clears it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear", id="search.clear"),
        Binding("enter", "leave", "List", id="search.submit"),
        Binding("down", "leave", "To the list", show=False, id="search.leave"),
    ]

    async def on_key(self, event: events.Key) -> None:
        """ "?" in an empty box opens the help (no query starts with it); else it is typed."""
        if event.key == "question_mark" and not self.value:
            event.stop()
            event.prevent_default()  # not typed
            await self.run_action("app.help")

    def action_clear(self) -> None:
        """Empty the box, or leave it when it is already empty."""
        if self.value:
            self.value = ""
        else:
            self.action_leave()

    class Done(Message):
        """The user is done typing (enter, down, or escape on an empty box)."""

    def action_leave(self) -> None:
        """Tell the screen the user wants to go to the results."""
        self.post_message(self.Done())


class SearchBar(Vertical):
    """A query box with a line under it for query errors and hints."""

    class QueryChanged(Message):
        """The user edited the query (sent on every keystroke)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

        def can_replace(self, message: Message) -> bool:
            # Only the latest text matters when keystrokes arrive faster than searches.
            return isinstance(message, SearchBar.QueryChanged)

    def __init__(self, complete: Completer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.complete = complete

    def compose(self) -> ComposeResult:
        yield SearchInput(
            placeholder='Search: words, "phrases", -not, OR, country:MY, topic:"energy '
            'transition", date:2024…  press / to type',
            suggester=FieldSuggester(self.complete),
            id="search-input",
        )
        yield Static("", id="search-status")

    def hint(self, value: str) -> str | None:
        """Known values for the field being typed, as a line under the box."""
        tail = field_tail(value)
        if tail is None:
            return None
        field, typed = tail
        values = self.complete(field, typed.lstrip('"'))
        if not values:
            return None
        return (
            f"{field}: "
            + ", ".join(values[:8])
            + (" …" if len(values) > 8 else "")
            + "   (right arrow completes)"
        )

    @property
    def input(self) -> SearchInput:
        """The query box."""
        return self.query_one(SearchInput)

    def on_input_changed(self, event: SafeInput.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def set_status(self, message: str, error: bool = False) -> None:
        """Show a hint or an error (as plain text, never markup) under the box."""
        status = self.query_one("#search-status", Static)
        # One line of fixed height: a repaint will do, no layout of the whole screen.
        status.update(Text(one_line(message), style="bold red" if error else "dim"), layout=False)
        status.set_class(error, "error")
