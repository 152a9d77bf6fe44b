"""The note editor: a free-text note on one readout; ctrl+s saves, escape cancels.

A save that fails keeps the editor open with the text as typed and says why, so that a full
disk or a lost folder never costs the user what they wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import TextArea

from summit_tui.core.support.safe_text import clean, one_line

#: Saves the text; returns None when it was saved, else why not, in a sentence for the user.
SaveNote = Callable[[str], str | None]


class NoteEditor(ModalScreen[str | None]):
    """Edit a note; returns the saved text (empty deletes the note) or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, title: str, text: str, save: SaveNote | None = None) -> None:
        """Edit ``text``; with ``save``, ctrl+s closes the editor only once it succeeded."""
        super().__init__()
        self.readout_title = title
        self.text = text
        self.save = save

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
        """Save and close; when saving fails, stay open with the text and say why."""
        text = self.query_one(TextArea).text
        if self.save is not None and (why := self.save(text)) is not None:
            self.query_one(
                "#note-body"
            ).border_subtitle = "not saved · ctrl+s: try again · escape: discard"
            self.notify(why, severity="error", timeout=12, markup=False)
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Close without changing the note."""
        self.dismiss(None)
