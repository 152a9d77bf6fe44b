"""The export dialog: write the current results as CSV, JSON, Markdown or YAML to a file.

The file goes to the current folder by default, named after the search. A file that exists
already is replaced only once the user asked for it a second time.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, RadioButton, RadioSet, Static

from summit_tui.core.export import render
from summit_tui.core.files.export_names import export_file_name
from summit_tui.core.model.entry import Entry, build_all
from summit_tui.core.support.atomic import write_output
from summit_tui.core.support.safe_text import one_line
from summit_tui.widgets.safe_input import SafeInput

FORMAT_LABELS = {
    "md": "Markdown brief",
    "csv": "CSV table",
    "json": "JSON records",
    "yaml": "YAML readouts",
}


def current_folder() -> Path:
    """The folder summit-tui was started in (the home folder if it is gone)."""
    try:
        return Path.cwd()
    except OSError:
        return Path.home()


def default_path(fmt: str, words: Sequence[str] = ()) -> Path:
    """A file in the current folder named after the search and today,
    e.g. ./export-country-jp-2024-05-23.csv."""
    return current_folder() / export_file_name(words, fmt, dt.date.today())


class FormatList(RadioSet, inherit_bindings=False):
    """The formats: the arrow keys choose one; enter chooses it and writes the file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,right,j", "step(1)", "Next format", show=False, id="export.next_format"),
        Binding(
            "up,left,k", "step(-1)", "Previous format", show=False, id="export.previous_format"
        ),
        Binding("enter", "write", "Write", id="export.enter"),
    ]

    class Write(Message):
        """Enter on a format: write the file in that format."""

    def action_step(self, step: int) -> None:
        """Choose the next (1) or previous (-1) format."""
        buttons = list(self.query(RadioButton))
        if buttons:
            buttons[(self.pressed_index + step) % len(buttons)].value = True

    def action_write(self) -> None:
        """Write the file in the chosen format."""
        self.post_message(self.Write())


class ExportScreen(ModalScreen[Path | None]):
    """Choose a format and a file; enter (or ctrl+s) writes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="export.close"),
        Binding("ctrl+s", "export", "Export", id="export.write"),
    ]

    def __init__(self, entries: Sequence[Entry], query: str, words: Sequence[str] = ()) -> None:
        super().__init__()
        self.entries = entries
        self.query_text = query
        self.words = [query, *words]  # what the default file is named after
        self.fmt = "md"
        self.confirmed: Path | None = None  # an existing file the user chose to replace

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body") as body:
            body.border_title = Content(f"Export {_meetings(len(self.entries))}")
            body.border_subtitle = "↑↓ format · enter: write · escape: close"
            with Horizontal(id="export-options"):
                with FormatList(id="export-format"):
                    for fmt, label in FORMAT_LABELS.items():
                        yield RadioButton(label, value=fmt == "md", name=fmt)
                yield Checkbox("One CSV row per section", id="export-sections")
            path = default_path("md", self.words)
            yield SafeInput(str(path), id="export-path")
            yield Static(
                Text(one_line(f"Into the current folder, {path.parent}"), "italic"),
                id="export-status",
            )

    @on(RadioSet.Changed)
    def choose_format(self, event: RadioSet.Changed) -> None:
        """Switch format; the file name's suffix follows."""
        self.fmt = event.pressed.name or "md"
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.name:  # an empty box stays empty
            path_input.value = str(path.with_suffix(f".{self.fmt}"))

    @on(Input.Changed, "#export-path")
    def path_changed(self) -> None:
        """Another name: a file it names is replaced only when asked again."""
        self.confirmed = None

    @on(Input.Submitted, "#export-path")
    @on(FormatList.Write)
    def submitted(self) -> None:
        """Enter in the path box or on a format writes the file."""
        self.action_export()

    def action_export(self) -> None:
        """Write the export in a worker (it can take a while for many meetings)."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._status("Type a file path.", error=True)
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = current_folder() / path
        if os.path.lexists(path) and self.confirmed != path:
            self.confirmed = path
            self._status(
                f"{path} exists. Press enter or ctrl+s again to replace it, or change the name.",
                error=True,
            )
            return
        sections = self.query_one("#export-sections", Checkbox).value
        self._status(f"Writing {path}…")
        self.write_file(path, self.fmt, sections)

    @work(thread=True, exclusive=True, group="export")
    def write_file(self, path: Path, fmt: str, sections: bool) -> None:
        """Render and write off the UI thread; report back either way."""
        title = f"Readouts: {one_line(self.query_text)}" if self.query_text.strip() else "Readouts"
        try:
            text = render(build_all(self.entries), fmt, sections=sections, title=title)
            if not path.parent.is_dir():
                raise OSError(f"the folder {path.parent} does not exist")
            write_output(path, text.encode("utf-8"))
        except OSError as exc:
            self.app.call_from_thread(self._status, f"Could not write: {exc}", True)
            return
        self.app.call_from_thread(self._done, path)

    def _status(self, message: str, error: bool = False) -> None:
        self.query_one("#export-status", Static).update(
            Text(one_line(message), "bold red" if error else "italic")
        )

    def _done(self, path: Path) -> None:
        self.notify(
            f"Wrote {_meetings(len(self.entries))} to {path}",
            title="Exported",
            timeout=10,
            markup=False,
        )
        self.dismiss(path)

    def action_close(self) -> None:
        """Close without writing."""
        self.dismiss(None)


def _meetings(count: int) -> str:
    """ "1 meeting", "12 meetings"."""
    return f"{count:,} meeting" if count == 1 else f"{count:,} meetings"
