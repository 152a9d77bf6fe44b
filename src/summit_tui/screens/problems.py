"""The problems dialog: every file that failed to load, with line and a plain message."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from summit_tui.core.model.readout import Problem
from summit_tui.core.support.safe_text import one_line


def problems_text(problems: list[Problem], folder: str) -> Text:
    """The problems as plain text grouped by file, never parsed as markup."""
    text = Text()
    files = len({p.path for p in problems})
    text.append(
        f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} "
        f"file{'s' if files != 1 else ''} under {one_line(folder)}\n",
        "bold",
    )
    text.append(
        "Files with errors were skipped and every other readout loaded (a file whose "
        "id another file uses too is loaded and listed). Fix them and press ctrl+r to "
        "reload.\n\n",
        "italic",
    )
    last = None
    for p in problems:
        if p.path != last:
            text.append(one_line(p.path) + "\n", "bold")
            last = p.path
        where = f"line {p.line}, column {p.column}" if p.line is not None else "file"
        text.append(f"  {where}: ", "yellow")
        text.append(one_line(p.message) + "\n")
    return text


class ProblemsScreen(ModalScreen[None]):
    """Shows load problems; escape or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,exclamation_mark", "dismiss", "Close", id="problems.close"),
    ]

    def __init__(self, problems: list[Problem], folder: str) -> None:
        super().__init__()
        self.problems = problems
        self.folder = folder

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-body") as body:
            body.border_title = "Problems"
            body.border_subtitle = "escape to close"
            yield Static(problems_text(self.problems, self.folder), id="problems-text")

    def action_dismiss(self) -> None:  # type: ignore[override]
        """Close the dialog."""
        self.dismiss(None)
