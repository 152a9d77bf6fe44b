"""The import dialog: read a plain-text readout, review what was found, save it as YAML."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.syntax import Syntax
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from summit_tui.core.importer import ImportResult, import_text
from summit_tui.core.importer.save import (
    ImportSaveError,
    checked_yaml,
    describe,
    target_path,
    write_yaml,
)
from summit_tui.core.textsafe import clean, one_line
from summit_tui.core.yamlio import ReadoutError, decode


def review(result: ImportResult) -> RenderableType:
    """What the import found, per meeting: fields, what is missing, and the YAML."""
    if not result.is_readout:
        return Text(f"Not a readout: {one_line(result.not_a_readout)}. Nothing to save.",
                    "bold red")
    parts: list[RenderableType] = []
    for item in result.readouts:
        head = Text(one_line(describe(item)), "bold")
        parts.append(head)
        if item.missing:
            parts.append(Text("Not found in the text: " + ", ".join(item.missing), "yellow"))
        for note in item.notes:
            parts.append(Text("Note: " + one_line(note), "italic"))
        try:
            yaml_text = checked_yaml(item, result.source_name)
        except ImportSaveError as exc:
            parts.append(Text(one_line(str(exc)), "red"))
        else:
            parts.append(Syntax(clean(yaml_text), "yaml", word_wrap=True, theme="ansi_dark"))
        parts.append(Text(""))
    return Group(*parts)


class ImportScreen(ModalScreen[int]):
    """Type a file path, press enter to read it, ctrl+s to save; returns how many were saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="import.close"),
        Binding("ctrl+s", "save", "Save readouts", id="import.save"),
    ]

    def __init__(self, data_folder: Path) -> None:
        super().__init__()
        self.data_folder = data_folder
        self.result: ImportResult | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="import-body") as body:
            body.border_title = "Import a readout from plain text"
            body.border_subtitle = "enter: read · ctrl+s: save · escape: close"
            yield Input(placeholder="Path of a .txt file copied from a government page",
                        id="import-path")
            with VerticalScroll(id="import-review"):
                yield Static(Text("Type the path of a text file and press enter. Nothing is "
                                  f"saved until you press ctrl+s (into {self.data_folder}).",
                                  "italic"), id="import-result")

    def _show(self, renderable: RenderableType) -> None:
        self.query_one("#import-result", Static).update(renderable)

    @on(Input.Submitted, "#import-path")
    def read_file(self, event: Input.Submitted) -> None:
        """Read and import the file named in the box."""
        path = Path(event.value.strip()).expanduser()
        self.result = None
        if not event.value.strip():
            self._show(Text("Type a file path first.", "yellow"))
            return
        self._show(Text(f"Reading {path}…", "italic"))
        self.run_import(path)

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, path: Path) -> None:
        """Read and parse the text off the UI thread."""
        try:
            text = decode(path.read_bytes(), str(path))
        except OSError as exc:
            message = Text(f"Cannot read {path}: {exc.strerror or exc}", "bold red")
            self.app.call_from_thread(self._show, message)
            return
        except ReadoutError as exc:
            self.app.call_from_thread(self._show, Text(one_line(str(exc)), "bold red"))
            return
        result = import_text(text, str(path))
        self.app.call_from_thread(self._finished, result)

    def _finished(self, result: ImportResult) -> None:
        self.result = result
        self._show(review(result))

    def action_save(self) -> None:
        """Write each readout found into the data folder, never over an existing file."""
        if self.result is None or not self.result.is_readout:
            self.notify("Read a readout first (type a path, press enter).", severity="warning")
            return
        if not os.access(self.data_folder, os.W_OK):
            self.notify(f"Cannot write into {self.data_folder}. Open a folder of your own: "
                        "summit-tui ~/readouts", severity="error", markup=False)
            return
        saved = 0
        for item in self.result.readouts:
            if item.readout is None:
                self.notify(f"{one_line(describe(item))}: no title or date; not saved",
                            severity="warning", markup=False)
                continue
            try:
                text = checked_yaml(item, self.result.source_name)
                target = target_path(item.readout, self.data_folder)
                write_yaml(text, target)
            except ImportSaveError as exc:
                self.notify(one_line(str(exc)), severity="warning", markup=False)
                continue
            except OSError as exc:
                self.notify(f"Cannot write: {exc}", severity="error", markup=False)
                continue
            self.notify(f"Saved {target.name}", markup=False)
            saved += 1
        if saved:
            self.dismiss(saved)

    def action_close(self) -> None:
        """Close without saving."""
        self.dismiss(0)
