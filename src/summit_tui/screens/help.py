"""The help screen: every key, grouped by pane, with the focused pane first.

Opened from the search bar, it starts with the query language and examples. Keys the user
remapped in the keymap file are shown as remapped.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar, NamedTuple

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from summit_tui.keymap import key_display


class Row(NamedTuple):
    """One line of help: the keys as written, what they do, and the binding ids they are."""

    keys: str
    what: str
    ids: tuple[str, ...] = ()  # in the order the keys are written, for a remapped key


#: The query language, shown first when help is opened from the search bar.
QUERY_LANGUAGE = "Query language"
QUERY_HELP: list[Row] = [
    Row("maritime malaysia", "both words (every word must match; the last one is a prefix)"),
    Row('"rule of law"', "the phrase"),
    Row("-ukraine", "without the word; -country:CN without a party"),
    Row("japan OR korea", "either; (japan OR korea) -china groups"),
    Row("country:MY, party:JP", "a party to the meeting, by name or ISO code"),
    Row("mentions:KP", "a country mentioned in the text"),
    Row('topic:"energy transition"', "a topic (right arrow completes what you type)"),
    Row("person:kishida", "a participant"),
    Row("kind:telephone", "a kind of meeting: summit, telephone, video…"),
    Row("section:regional korea", "words in a section whose heading matches"),
    Row("date:2024, date:2024-05", "a year, a month or a day"),
    Row("date:2024-01..2024-06", "a range; date:>=2023-12 an open one"),
    Row("2024, 2024-05", 'on its own, a date filter as date:2024 is ("2024" finds the number)'),
]
EXAMPLES = "Examples"
EXAMPLE_HELP: list[Row] = [
    Row("country:JP country:MY", "meetings of Japan and Malaysia"),
    Row('topic:"critical minerals" date:2024', "critical minerals in 2024"),
    Row("person:anwar date:>=2024-01", "a person's meetings since a date"),
    Row(
        'section:regional "north korea"', "what was said about North Korea in the regional sections"
    ),
]

#: (pane, rows) in the order shown; kept next to the bindings they describe by a test that
#: checks every binding of the app appears here.
HELP: list[tuple[str, list[Row]]] = [
    (
        "Everywhere",
        [
            Row("tab / shift+tab", "move between panes: search bar, meetings, detail, filters"),
            Row("/", "search: type words, country names or codes, topics", ("app.search",)),
            Row("escape", "clear the search (or the filters), close a dialog", ("main.clear",)),
            Row(
                "ctrl+e",
                "export the results: ↑/↓ choose Markdown brief, CSV, JSON or YAML, enter "
                "writes export-SEARCH-DATE.md (or .csv…) to the current folder",
                ("main.export",),
            ),
            Row(
                "s / f2",
                "statistics of the current results (f2 also while typing a search)",
                ("main.statistics",),
            ),
            Row(
                "p / f3",
                "people in the current results (f3 also while typing a search)",
                ("main.people",),
            ),
            Row(
                "f",
                "filters: go to the pane (on a narrow terminal, show it over the list)",
                ("main.filters",),
            ),
            Row("ctrl+p", "command palette: jump to a meeting, country or topic"),
            Row(
                "ctrl+r",
                "reload the readout folder (files changed while the app runs are also "
                "read again by themselves, unless started with --no-watch)",
                ("app.reload",),
            ),
            Row(
                "i",
                "import a readout from a text file, a saved page or a URL, and edit the draft",
                ("app.import",),
            ),
            Row("!", "show files that failed to load", ("app.problems",)),
            Row(
                "? / f1",
                "this help (in the search bar: f1, or ? while the box is empty)",
                ("app.help",),
            ),
            Row("q / ctrl+q", "quit", ("app.quit",)),
        ],
    ),
    (
        "Search bar",
        [
            Row("typing", "narrows the list as you type; words must all match"),
            Row(
                "2018, 2024-05",
                "a year, month or day on its own is a date filter, as date:2018 "
                'is; quote it ("2018") to find the number as a word',
            ),
            Row("right", "accept the suggested value after country:, topic:, kind:…"),
            Row("enter / down / tab", "go to the meeting list", ("search.submit", "search.leave")),
            Row("escape", "clear the search", ("search.clear",)),
        ],
    ),
    (
        "Filters",
        [
            Row("up/down, j/k", "move", ("list.up", "list.down")),
            Row(
                "space / enter / x",
                "select or unselect a country, topic, kind or year",
                ("filters.toggle",),
            ),
            Row(
                "a",
                "countries, mentioned, topics: meetings with any of the selected values, or "
                'with all of them (the heading says which: "Countries: any of")',
                ("filters.rule",),
            ),
            Row("c", "clear all filters", ("filters.clear",)),
            Row("d", "delete the saved search under the cursor", ("filters.delete",)),
            Row(
                "",
                "different kinds of filter: all of them; the pane's title counts the filters "
                "on and the line under the search bar names them",
            ),
        ],
    ),
    (
        "Meetings",
        [
            Row("up/down, j/k", "move", ("list.up", "list.down")),
            Row("pageup/pagedown, ctrl+b/ctrl+f", "page", ("list.page_up", "list.page_down")),
            Row("home/end, g/G", "first / last meeting", ("list.first", "list.last")),
            Row("enter", "open the meeting in the detail pane", ("meetings.open",)),
            Row(
                "o",
                "order: newest first or by relevance (when the search has words)",
                ("main.order",),
            ),
            Row("b", "bookmark the meeting (or remove the bookmark)", ("main.bookmark",)),
            Row("e", "write a note on the meeting (ctrl+s saves, escape cancels)", ("main.note",)),
            Row(
                "t",
                "thread: every meeting between the same parties, with the gaps",
                ("main.thread",),
            ),
            Row(
                "alt+left / alt+right",
                "previous / next meeting with the same parties",
                ("main.thread_previous", "main.thread_next"),
            ),
            Row("y", "copy a citation (publisher, title, date, URL)", ("main.cite",)),
            Row("u", "open the source page in the web browser", ("main.open_source",)),
            Row(
                "s",
                "statistics of the current results: per month or year, top, cross table",
                ("main.statistics",),
            ),
            Row(
                "p",
                "people in the current results; enter searches their meetings",
                ("main.people",),
            ),
            Row(
                "S",
                "save the search and filters under a name (listed in the filter pane)",
                ("main.save_search",),
            ),
            Row(
                "R",
                "mark reviewed: take the importer's review marks (shown '?') out of the file",
                ("main.mark_reviewed",),
            ),
        ],
    ),
    (
        "Detail",
        [
            Row("up/down, j/k", "scroll", ("detail.up", "detail.down")),
            Row(
                "[ / ]",
                "previous / next numbered section",
                ("detail.previous_section", "detail.next_section"),
            ),
            Row(
                "n / N",
                "next / previous passage with a search hit",
                ("detail.next_hit", "detail.previous_hit"),
            ),
            Row("home/end, g/G", "top / bottom", ("detail.top", "detail.bottom")),
        ],
    ),
]

#: Which help group belongs to which focused widget id.
PANE_OF_WIDGET = {
    "search-input": "Search bar",
    "filters": "Filters",
    "meetings": "Meetings",
    "detail": "Detail",
}


def row_keys(row: Row, keymap: Mapping[str, str], defaults: Mapping[str, str]) -> str:
    """The keys of a row as written, or as the user's keymap has them when it remaps one."""
    if not any(binding_id in keymap for binding_id in row.ids):
        return row.keys
    return " / ".join(
        key_display(keymap.get(binding_id) or defaults.get(binding_id, "?"))
        for binding_id in row.ids
    )


def help_table(
    first: str | None = None,
    keymap: Mapping[str, str] | None = None,
    defaults: Mapping[str, str] | None = None,
    keymap_file: Path | None = None,
) -> Group:
    """The key table, with the group ``first`` (the focused pane) on top; from the search bar,
    the query language comes before every key. Last, where the user's keymap is read from."""
    groups = sorted(HELP, key=lambda group: group[0] != first)
    language = [(QUERY_LANGUAGE, QUERY_HELP), (EXAMPLES, EXAMPLE_HELP)]
    groups = [*language, *groups] if first == "Search bar" else [*groups, *language]
    if keymap_file is not None:
        groups.append(
            (
                "Your keys",
                [
                    Row(
                        "keymap.toml",
                        f"change any key by its id (listed in the README) in {keymap_file}",
                    )
                ],
            )
        )
    # A table a group: a long key in one group does not narrow the text of the others.
    tables = []
    for title, rows in groups:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        suffix = "  (focused)" if title == first else ""
        table.add_row(Text(title + suffix, style="bold underline"), "")
        for row in rows:
            keys = row_keys(row, keymap or {}, defaults or {})
            table.add_row(Text(keys), Text(row.what))
        table.add_row("", "")
        tables.append(table)
    return Group(*tables)


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q, ? or f1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(
        self,
        focused_pane: str | None = None,
        keymap: Mapping[str, str] | None = None,
        defaults: Mapping[str, str] | None = None,
        keymap_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.focused_pane = focused_pane
        self.keymap = keymap or {}
        self.defaults = defaults or {}
        self.keymap_file = keymap_file

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = (
                "Keys" if self.focused_pane != "Search bar" else "Searching and keys"
            )
            body.border_subtitle = "escape to close"
            yield Static(
                help_table(self.focused_pane, self.keymap, self.defaults, self.keymap_file)
            )

    def action_dismiss(self) -> None:  # type: ignore[override]
        """Close the help."""
        self.dismiss(None)
