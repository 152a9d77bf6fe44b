"""The help screen: every key, grouped by pane, with the focused pane first."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: (pane, [(keys, what they do)]) in the order shown; kept next to the bindings they describe
#: by a test that checks every binding of the app appears here.
HELP: list[tuple[str, list[tuple[str, str]]]] = [
    ("Everywhere", [
        ("tab / shift+tab", "move between panes: search bar, meetings, detail, filters"),
        ("/", "search: type words, country names or codes, topics"),
        ("escape", "clear the search (or the filters), close a dialog"),
        ("ctrl+e", "export the results: ↑/↓ choose Markdown brief, CSV, JSON or YAML, enter "
                   "writes export-SEARCH-DATE.md (or .csv…) to the current folder"),
        ("s / f2", "statistics of the current results (f2 also while typing a search)"),
        ("p / f3", "people in the current results (f3 also while typing a search)"),
        ("f", "filters: go to the pane (on a narrow terminal, show it over the list)"),
        ("ctrl+p", "command palette: jump to a meeting, country or topic"),
        ("ctrl+r", "reload the readout folder (files changed while the app runs are also "
                   "read again by themselves, unless started with --no-watch)"),
        ("i", "import a readout from a text file, a saved page or a URL, and edit the draft"),
        ("!", "show files that failed to load"),
        ("? / f1", "this help"),
        ("q / ctrl+q", "quit"),
    ]),
    ("Search bar", [
        ("typing", "narrows the list as you type; words must all match"),
        ("right", "accept the suggested value after country:, topic:, kind:…"),
        ("enter / down / tab", "go to the meeting list"),
        ("escape", "clear the search"),
    ]),
    ("Filters", [
        ("up/down, j/k", "move"),
        ("space / enter / x", "select or unselect a country, topic, kind or year"),
        ("c", "clear all filters"),
        ("d", "delete the saved search under the cursor"),
        ("", "several values of one kind: any of them; different kinds: all of them"),
    ]),
    ("Meetings", [
        ("up/down, j/k", "move"),
        ("pageup/pagedown, ctrl+b/ctrl+f", "page"),
        ("home/end, g/G", "first / last meeting"),
        ("enter", "open the meeting in the detail pane"),
        ("o", "order: newest first or by relevance (when the search has words)"),
        ("b", "bookmark the meeting (or remove the bookmark)"),
        ("e", "write a note on the meeting (ctrl+s saves, escape cancels)"),
        ("t", "thread: every meeting between the same parties, with the gaps"),
        ("alt+left / alt+right", "previous / next meeting with the same parties"),
        ("y", "copy a citation (publisher, title, date, URL)"),
        ("u", "open the source page in the web browser"),
        ("s", "statistics of the current results: per month or year, top, cross table"),
        ("p", "people in the current results; enter searches their meetings"),
        ("S", "save the search and filters under a name (listed in the filter pane)"),
        ("R", "mark reviewed: take the importer's review marks (shown '?') out of the file"),
    ]),
    ("Detail", [
        ("up/down, j/k", "scroll"),
        ("[ / ]", "previous / next numbered section"),
        ("n / N", "next / previous passage with a search hit"),
        ("home/end, g/G", "top / bottom"),
    ]),
]

#: Which help group belongs to which focused widget id.
PANE_OF_WIDGET = {
    "search-input": "Search bar",
    "filters": "Filters",
    "meetings": "Meetings",
    "detail": "Detail",
}


def help_table(first: str | None = None) -> Table:
    """The key table, with the group ``first`` (the focused pane) on top."""
    groups = sorted(HELP, key=lambda group: group[0] != first)
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, rows in groups:
        suffix = "  (focused)" if title == first else ""
        table.add_row(Text(title + suffix, style="bold underline"), "")
        for keys, what in rows:
            table.add_row(keys, what)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q, ? or f1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, focused_pane: str | None = None) -> None:
        super().__init__()
        self.focused_pane = focused_pane

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape to close"
            yield Static(help_table(self.focused_pane))

    def action_dismiss(self) -> None:  # type: ignore[override]
        """Close the help."""
        self.dismiss(None)
