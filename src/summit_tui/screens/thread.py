"""The relationship thread: every meeting between the same parties, with the gaps between."""

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

from summit_tui.core.analysis.relationships import gap_phrase, thread
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import KIND_LABELS
from summit_tui.core.reference import countries
from summit_tui.core.support.safe_text import one_line


def thread_rows(entry: Entry, entries: Sequence[Entry]) -> list[tuple[Entry, str]]:
    """The meetings of the entry's thread, oldest first, each with its gap phrase."""
    meetings = thread(entry, entries)
    rows = []
    for n, current in enumerate(meetings, start=1):
        previous = meetings[n - 2] if n > 1 else None
        rows.append((current, gap_phrase(previous, current, n)))
    return rows


class ThreadScreen(ModalScreen[str | None]):
    """Pick a meeting of the thread with enter; returns its id (None when closed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "close", "Close", id="thread.close"),
    ]

    def __init__(self, entry: Entry, entries: Sequence[Entry]) -> None:
        super().__init__()
        self.entry = entry
        self.rows = thread_rows(entry, entries)

    def compose(self) -> ComposeResult:
        names = " – ".join(countries.name_of(c) for c in self.entry.readout.countries)
        with Vertical(id="thread-body") as body:
            body.border_title = Content(
                f"{names or 'This meeting'}: "
                f"{len(self.rows)} meeting"
                f"{'s' if len(self.rows) != 1 else ''}"
            )
            body.border_subtitle = "enter opens · escape closes"
            options = []
            for current, phrase in self.rows:
                r = current.readout
                prompt = Text()
                prompt.append(r.date.isoformat(), "bold")
                prompt.append(f"  {one_line(r.title)}")
                prompt.append(f"  ({KIND_LABELS.get(r.kind, r.kind)})", "dim")
                prompt.append(f"\n            {phrase}", "italic")
                options.append(Option(prompt, id=current.id))
            yield OptionList(*options, id="thread-list")

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.focus()
        for i, (current, _) in enumerate(self.rows):
            if current.id == self.entry.id:
                option_list.highlighted = i

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(None)
