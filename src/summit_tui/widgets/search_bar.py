"""The search bar: the query as typed, and what is wrong with it when it is malformed."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from summit_tui.core.textsafe import one_line


class SearchInput(Input):
    """The query box; escape clears it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear search", id="search.clear"),
        Binding("down", "leave", "To the list", show=False, id="search.leave"),
        Binding("enter", "leave", "To the list", show=False, id="search.submit"),
    ]

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

    def compose(self) -> ComposeResult:
        yield SearchInput(
            placeholder="Search: words, countries (malaysia, MY), topics… press / to type",
            id="search-input",
        )
        yield Static("", id="search-status")

    @property
    def input(self) -> SearchInput:
        """The query box."""
        return self.query_one(SearchInput)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def set_status(self, message: str, error: bool = False) -> None:
        """Show a hint or an error (as plain text, never markup) under the box."""
        status = self.query_one("#search-status", Static)
        status.update(Text(one_line(message), style="bold red" if error else "dim"))
        status.set_class(error, "error")
