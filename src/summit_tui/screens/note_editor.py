"""The note editor: a free-text note on one readout; ctrl+s saves, escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import TextArea

from summit_tui.core.textsafe import clean, one_line


class NoteEditor(ModalScreen[str | None]):
    """Edit a note; returns the new text (empty deletes the note) or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.readout_title = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="note-body") as body:
            # Content, not a str: a str border title is parsed as markup.
            body.border_title = Content(f"Note on {one_line(self.readout_title)}"[:100])
            body.border_subtitle = "ctrl+s: save · escape: cancel · empty: delete the note"
            # A TextArea draws its text as it is: a note from the notes file is cleaned.
            yield TextArea(clean(self.text), id="note-text", soft_wrap=True)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Close and return the text."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close without changing the note."""
        self.dismiss(None)
