"""The meeting list: date, title and countries of every meeting in the current results."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.highlights import SUMMARY_LABEL
from summit_tui.core.support.safe_text import one_line
from summit_tui.widgets.cursor_list import CursorList

if TYPE_CHECKING:
    from summit_tui.core.search.highlights import Plan
    from summit_tui.core.search.results import Results

#: Rows narrower than this leave out the country codes, to keep the title readable.
CODES_FROM_WIDTH = 48
#: Rendered rows kept for reuse (see KEPT_LINES).
KEPT_ROWS = 150


class Same:
    """A meeting as part of a key: equal only to itself (an entry read again is another
    meeting to paint), and kept alive while a key holds it, so that its id is not reused."""

    __slots__ = ("entry",)

    def __init__(self, entry: Entry) -> None:
        self.entry = entry

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.entry is self.entry

    def __hash__(self) -> int:
        return id(self.entry)


def marks_of(plan: Plan) -> Hashable:
    """What a query highlights and which passage it picks, as a key: two queries with the
    same key show every meeting's second line alike ("maritime" and "maritime " do)."""
    return (
        frozenset(plan.words),
        frozenset(plan.prefixes),
        frozenset(plan.phrases),
        frozenset(plan.countries),
        frozenset(plan.topics),
        tuple(plan.headings),
    )


class MeetingList(CursorList):
    """Newest-first (or ranked) meetings; only the rows on screen are drawn."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="meetings.open"),
    ]

    class Highlighted(Message):
        """The cursor moved onto a meeting."""

        def __init__(self, entry: Entry, index: int) -> None:
            super().__init__()
            self.entry = entry
            self.index = index

    class Opened(Message):
        """The user pressed enter (or double-clicked) on a meeting."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.results: Results | None = None
        self.total = 0
        self.empty_message = "Loading readouts…"
        self._lines: dict[Hashable, list[Text]] = {}  # (row's key, width) -> lines
        self._marks: Hashable = None  # the second lines' key (None: one line a meeting)
        self.bookmarks: set[str] = set()  # readout ids the user bookmarked

    def show(self, results: Results, total: int, keep_id: str | None = None) -> None:
        """Show a result set of ``total`` readouts; keep the cursor on ``keep_id`` if present.

        Rows already on screen that show the same meeting the same way are not painted again.
        """
        self.results = results
        self.total = total
        self._marks = marks_of(results.plan) if results.plan.free_text else None
        index = results.index_of(keep_id) if keep_id else None
        self.set_title(f"Meetings {len(results):,}/{total:,}")
        subtitle = "by relevance" if results.ranked else "newest first"
        if self.border_subtitle != subtitle:
            self.border_subtitle = subtitle
        self.set_row_count(len(results), cursor=index if index is not None else 0)

    @property
    def row_count(self) -> int:
        return len(self.results) if self.results is not None else 0

    @property
    def current(self) -> Entry | None:
        """The meeting under the cursor, if any."""
        if self.results is None or not len(self.results):
            return None
        return self.results[self.cursor]

    @property
    def row_height(self) -> int:
        # With free text in the query, each meeting gets a second line: the best passage.
        return 2 if self.results is not None and self.results.plan.free_text else 1

    def set_bookmarks(self, ids: set[str]) -> None:
        """Mark these readouts with a star."""
        self.bookmarks = ids
        self._lines.clear()
        self.invalidate()

    def row_key(self, index: int, part: int, width: int) -> Hashable:
        assert self.results is not None
        entry = self.results[index]
        if not part:  # the meeting: date, title, countries, star
            return (Same(entry), entry.readout.id in self.bookmarks)
        # The passage the query picks: often the same after one more letter ("mari" and
        # "marit" both find "maritime"), and then the line is not painted again.
        line = self.render_row_lines(index, width)[part]
        return (line.plain, tuple(line.spans))

    def render_row_lines(self, index: int, width: int) -> list[Text]:
        assert self.results is not None
        entry = self.results[index]
        key = (Same(entry), entry.readout.id in self.bookmarks, self._marks, width)
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > KEPT_ROWS:
                self._lines.clear()
            lines = [self.render_row(index, width)]
            if self.row_height == 2:
                lines.append(self._snippet_line(index, width))
            self._lines[key] = lines
        return lines

    def _snippet_line(self, index: int, width: int) -> Text:
        assert self.results is not None
        results = self.results
        text = Text("  ")
        label, snippet = results.hit(index, max(20, width - 3))
        if label:
            mark = "" if label == SUMMARY_LABEL else "§ "  # the summary has no number
            text.append(f"{mark}{one_line(label)}: ", self.style_of("cursor-list--accent"))
        snippet = one_line(snippet)
        body = Text(snippet, self.style_of("cursor-list--dim"))
        for start, end in results.highlight_spans(snippet):
            body.stylize(self.style_of("cursor-list--match"), start, end)
        text.append_text(body)
        return text

    def render_row(self, index: int, width: int) -> Text:
        assert self.results is not None
        readout = self.results[index].readout
        # A narrow list gives the title the room of the country codes (the detail has them).
        codes = " ".join(readout.countries) if width >= CODES_FROM_WIDTH else ""
        title_width = max(10, width - 14 - (len(codes) + 2 if codes else 0))
        text = Text()
        # A bookmark's star, else "?" for a readout whose import left fields to review.
        star = "★ " if readout.id in self.bookmarks else "? " if readout.review else "  "
        text.append(star, self.style_of("cursor-list--accent"))
        text.append(readout.date.isoformat(), self.style_of("cursor-list--dim"))
        text.append("  ")
        # Cells, not characters: CJK and emoji are two cells wide and must keep columns aligned.
        title = Text(one_line(readout.title))
        title.truncate(title_width, overflow="ellipsis", pad=True)
        text.append_text(title)
        if codes:
            text.append("  ")
            text.append(codes, self.style_of("cursor-list--accent"))
        return text

    def render_empty(self, y: int, width: int) -> Text | None:
        if y == 1:
            return Text(f" {self.empty_message}", style="italic")
        return None

    def cursor_moved(self, index: int) -> None:
        if self.results is not None and index < len(self.results):
            self.post_message(self.Highlighted(self.results[index], index))

    def action_open(self) -> None:
        """Open the meeting under the cursor."""
        if (entry := self.current) is not None:
            self.post_message(self.Opened(entry))

    def row_activated(self, index: int) -> None:
        self.action_open()
