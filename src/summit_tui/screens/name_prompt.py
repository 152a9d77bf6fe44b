"""A one-line prompt: ask the user for a name (for a saved search)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from summit_tui.widgets.safe_input import SafeInput


class NamePrompt(ModalScreen[str | None]):
    """Returns the name typed (stripped), or None on escape or an empty name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.prompt_title = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-body") as body:
            body.border_title = Content(self.prompt_title)
            body.border_subtitle = "enter: save · escape: cancel"
            yield SafeInput(self.value, id="prompt-input")

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        """Return the name."""
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Return nothing."""
        self.dismiss(None)
