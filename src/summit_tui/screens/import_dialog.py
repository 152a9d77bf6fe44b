"""The import dialog: read a text file, a saved page or a URL; edit the draft; save it as YAML."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.syntax import Syntax
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from summit_tui.core.importer import ImportResult, import_text
from summit_tui.core.importer.draft import DraftError, DraftForm, build, form_of
from summit_tui.core.importer.report import refusal, review_line
from summit_tui.core.importer.request import NO_OVERRIDES, Overrides
from summit_tui.core.importer.result import ImportedReadout
from summit_tui.core.importer.save import (
    ImportSaveError,
    checked_yaml,
    describe,
    target_path,
    write_yaml,
)
from summit_tui.core.importer.sources import Input as Source
from summit_tui.core.importer.sources import InputError, read_input
from summit_tui.core.model.readout import KINDS, Readout
from summit_tui.core.support.safe_text import clean, one_line
from summit_tui.paths import bundled_data_dir
from summit_tui.widgets.safe_input import SafeInput

_FORM_INPUTS = ("title", "date", "kind", "countries")


def review(result: ImportResult) -> RenderableType:
    """What the import found, per meeting: fields, what to review, what is missing, the YAML."""
    if not result.is_readout:
        return Text(
            f"Not a readout: {one_line(result.not_a_readout)}. If it is one, fill in "
            "the title, date, kind and parties above and press ctrl+s.",
            "bold red",
        )
    parts: list[RenderableType] = []
    for item in result.readouts:
        parts.append(Text(one_line(describe(item)), "bold"))
        if item.readout is None:
            hint = (
                " (type it in Date above and press enter)"
                if "date" in item.missing
                else " (the fields above)"
            )
            parts.append(Text(one_line(refusal(item)) + hint, "bold yellow"))
        else:
            for mark in item.readout.review:
                parts.append(Text("Needs review: " + one_line(review_line(mark)), "yellow"))
        optional = [m for m in item.missing if not m.startswith(("date", "title"))]
        if optional:
            parts.append(Text("Not found in the text: " + ", ".join(optional), "dim"))
        for note in item.notes:
            parts.append(Text("Note: " + one_line(note), "italic"))
        if item.readout is not None:
            try:
                yaml_text = checked_yaml(item, result.source_name)
            except ImportSaveError as exc:
                parts.append(Text(one_line(str(exc)), "red"))
            else:
                parts.append(Syntax(clean(yaml_text), "yaml", word_wrap=True, theme="ansi_dark"))
        parts.append(Text(""))
    return Group(*parts)


class ImportScreen(ModalScreen[int]):
    """Name a file, a saved page or a URL and press enter; edit the draft; ctrl+s saves it.

    Dismissed with how many readouts were saved.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="import.close"),
        Binding("ctrl+s", "save", "Save readouts", id="import.save"),
    ]

    def __init__(self, data_folder: Path) -> None:
        super().__init__()
        self.data_folder = data_folder
        self.source: Source | None = None
        self.result: ImportResult | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="import-body") as body:
            body.border_title = "Import a readout: a text file, a saved page or a URL"
            body.border_subtitle = "enter: read · tab: edit the draft · ctrl+s: save · escape"
            yield SafeInput(
                placeholder="Path of a .txt or .html file, or an https:// address", id="import-path"
            )
            with Grid(id="import-form"):
                yield Label("Title")
                yield SafeInput(id="import-title")
                yield Label("Date")
                yield SafeInput(placeholder="YYYY-MM-DD", id="import-date")
                yield Label("Kind")
                yield SafeInput(placeholder=", ".join(KINDS), id="import-kind")
                yield Label("Parties")
                yield SafeInput(placeholder="ISO codes, e.g. JP, MY", id="import-countries")
                yield Label("People")
                yield TextArea(id="import-participants", soft_wrap=False)
            with VerticalScroll(id="import-review"):
                yield Static(
                    Text(
                        "Type a path or an address and press enter. The draft's "
                        "fields can be edited; nothing is saved until you press "
                        f"ctrl+s (into {one_line(str(self.data_folder))}).",
                        "italic",
                    ),
                    id="import-result",
                )

    def on_mount(self) -> None:
        self.query_one("#import-participants", TextArea).border_title = "name | role | country"

    def _show(self, renderable: RenderableType) -> None:
        self.query_one("#import-result", Static).update(renderable)

    @on(Input.Submitted, "#import-path")
    def read_source(self, event: Input.Submitted) -> None:
        """Read and import what the box names (a file or an address)."""
        name = event.value.strip()
        self.result = None
        self.source = None
        if not name:
            self._show(Text("Type a file path or a web address first.", "yellow"))
            return
        self._show(Text(f"Reading {one_line(name)}…", "italic"))
        self.run_import(name)

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, name: str) -> None:
        """Read (or fetch) and parse off the UI thread."""
        try:
            source = read_input(name if "://" in name else str(Path(name).expanduser()))
        except InputError as exc:
            self.app.call_from_thread(
                self._show, Text(f"Cannot read {one_line(name)}: {one_line(str(exc))}", "bold red")
            )
            return
        self._parse(source, NO_OVERRIDES)

    @on(Input.Submitted, "#import-date")
    def read_with_date(self, event: Input.Submitted) -> None:
        """A text refused for want of a date: read it again with the date typed, so that the
        draft shows what the text gives with it (kind, parties, people) before saving."""
        if self.source is None or self.result is None:
            return
        if any(item.readout is not None for item in self.result.readouts):
            return  # a draft already: enter in a field changes nothing, ctrl+s saves
        try:
            date = dt.date.fromisoformat(event.value.strip())
        except ValueError:
            self._show(Text("Type the date as YYYY-MM-DD, then press enter.", "yellow"))
            return
        self._show(Text(f"Reading {one_line(self.source.name)} again with {date}…", "italic"))
        self.run_again(self.source, date)

    @work(thread=True, exclusive=True, group="import")
    def run_again(self, source: Source, date: dt.date) -> None:
        """Import the same text with the date given, off the UI thread."""
        self._parse(source, Overrides(date=date))

    def _parse(self, source: Source, given: Overrides) -> None:
        """Import a text read (in a worker's thread) and hand the result to the dialog."""
        try:
            result = import_text(source.text, source.name, facts=source.facts, given=given)
        except Exception as exc:  # a fault of ours: say so in the dialog, keep the app
            self.app.call_from_thread(
                self._show,
                Text(
                    f"The importer failed on this text ({exc.__class__.__name__}: "
                    f"{one_line(str(exc))[:120]}); please report it with the text.",
                    "bold red",
                ),
            )
            return
        self.app.call_from_thread(self._finished, source, result)

    def _finished(self, source: Source, result: ImportResult) -> None:
        self.source, self.result = source, result
        items = result.readouts
        form = form_of(items[0]) if len(items) == 1 else DraftForm()
        for name in _FORM_INPUTS:
            self.query_one(f"#import-{name}", Input).value = getattr(form, name)
        # A TextArea draws its text as it is: the importer's text is cleaned first.
        self.query_one("#import-participants", TextArea).text = clean(form.participants)
        self.query_one("#import-form").disabled = len(items) > 1
        self._show(review(result))

    def _form(self) -> DraftForm:
        values = {name: self.query_one(f"#import-{name}", Input).value for name in _FORM_INPUTS}
        return DraftForm(
            **values, participants=self.query_one("#import-participants", TextArea).text
        )

    def _drafts(self) -> list[tuple[str, Readout | str]]:
        """(description, readout or the reason it cannot be saved) for each meeting."""
        assert self.result is not None and self.source is not None
        items = self.result.readouts or ()
        if len(items) > 1:  # a page of several meetings: saved as found
            return [
                (describe(i), i.readout if i.readout is not None else refusal(i)) for i in items
            ]
        item = items[0] if items else ImportedReadout(None, ("date", "title"))
        try:
            readout = build(
                self._form(), item, self.source.text, self.source.name, self.source.facts
            )
        except DraftError as exc:
            return [(describe(item), str(exc))]
        return [(readout.title, readout)]

    def action_save(self) -> None:
        """Write each readout into the data folder, never over an existing file."""
        if self.result is None or self.source is None:
            self.notify(
                "Read a readout first (type a path or an address, press enter).", severity="warning"
            )
            return
        if self.data_folder.resolve() == bundled_data_dir().resolve() or not os.access(
            self.data_folder, os.W_OK
        ):
            self.notify(
                f"Cannot save into {self.data_folder}: it is the bundled readouts or "
                "read-only. Open a folder of your own: summit-tui ~/readouts",
                severity="error",
                markup=False,
            )
            return
        saved = 0
        for label, draft in self._drafts():
            if not isinstance(draft, Readout):
                self.notify(
                    f"{one_line(label)}: not saved: {one_line(str(draft))}",
                    severity="warning",
                    markup=False,
                )
                continue
            item = ImportedReadout(draft)
            try:
                text = checked_yaml(item, self.result.source_name)
                target = target_path(draft, self.data_folder)
                write_yaml(text, target)
            except ImportSaveError as exc:
                self.notify(one_line(str(exc)), severity="warning", markup=False)
                continue
            marks = f", needs review ({len(draft.review)})" if draft.review else ""
            self.notify(f"Saved {target.name}{marks}", markup=False)
            saved += 1
        if saved:
            self.dismiss(saved)

    def action_close(self) -> None:
        """Close without saving."""
        self.dismiss(0)
