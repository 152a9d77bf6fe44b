"""The filter pane: countries, mentions, topics, kinds and years, each with a count."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from summit_tui.core.search.facet_labels import FACET_HEADINGS, facet_heading, facet_label
from summit_tui.core.search.filters import MULTI_VALUED, Filters
from summit_tui.core.support.safe_text import one_line
from summit_tui.widgets.cursor_list import CursorList

SAVED = "saved"  # the pseudo-facet of saved searches, listed first
MARKED = "marked"  # the pseudo-facet of the user's bookmarks, listed next


@dataclass(frozen=True, slots=True)
class FacetRow:
    """One line of the pane: a heading (value is None) or a facet value."""

    facet: str
    value: str | None = None
    label: str = ""
    count: int = 0


def facet_value(facet: str, value: str) -> str | int:
    """The value as Filters holds it (years are numbers)."""
    return int(value) if facet == "years" else value


class FilterPane(CursorList):
    """Facet values with counts; space or enter toggles a value in the filters."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter,x", "toggle_value", "Toggle filter", id="filters.toggle"),
        Binding("a", "switch_rule", "Any/all of", id="filters.rule"),
        Binding("c", "clear", "Clear filters", id="filters.clear"),
        Binding("d", "delete_saved", "Delete saved search", show=False, id="filters.delete"),
    ]

    class BookmarksToggled(Message):
        """The user turned "only bookmarked meetings" on or off."""

    class SavedSearchChosen(Message):
        """The user picked a saved search (its name)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class SavedSearchDeleted(Message):
        """The user asked to delete a saved search (its name)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class FiltersChanged(Message):
        """The user changed the selected filters."""

        def __init__(self, filters: Filters, everything: bool = False) -> None:
            super().__init__()
            self.filters = filters
            self.everything = everything  # also the bookmarks-only switch

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[FacetRow] = []
        self.filters = Filters()
        self.only_marked = False

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def show(
        self,
        facets: dict[str, dict[str, int]],
        filters: Filters,
        saved: list[tuple[str, int]] | None = None,
        only_marked: bool = False,
    ) -> None:
        """Show these counts with these selections, keeping the cursor on the same value.

        ``saved`` lists saved searches by name with their number of meetings.
        """
        current = self.rows[self.cursor] if self.rows and self.cursor < len(self.rows) else None
        self.filters = filters
        self.only_marked = only_marked
        rows: list[FacetRow] = []
        if MARKED in facets or only_marked:
            count = facets.get(MARKED, {}).get(MARKED, 0)
            rows.append(FacetRow(MARKED, None, "Yours", 1))
            rows.append(FacetRow(MARKED, MARKED, "★ Bookmarked", count))
        if saved:
            rows.append(FacetRow(SAVED, None, "Saved searches", len(saved)))
            rows.extend(FacetRow(SAVED, name, name, n) for name, n in saved)
        for facet in FACET_HEADINGS:
            counts = dict(facets.get(facet, {}))
            for selected in getattr(filters, facet):
                counts.setdefault(str(selected), 0)
            values = [(v, n) for v, n in counts.items() if n or self._selected(facet, v)]
            if not values:
                continue
            if facet == "years":
                values.sort(key=lambda item: item[0], reverse=True)
            else:
                values.sort(key=lambda item: (-item[1], facet_label(facet, item[0])))
            rows.append(FacetRow(facet, None, facet_heading(facet, filters), len(values)))
            rows.extend(FacetRow(facet, v, facet_label(facet, v), n) for v, n in values)
        self.rows = rows
        cursor = 1 if rows else 0
        if current is not None:
            for i, row in enumerate(rows):
                if (row.facet, row.value) == (current.facet, current.value):
                    cursor = i
                    break
        active = filters.count() + only_marked
        self.set_title(f"Filters ({active} on)" if active else "Filters")
        # Counts that did not change are not painted again.
        self.set_row_count(len(rows), cursor=cursor)

    def _selected(self, facet: str, value: str) -> bool:
        return facet_value(facet, value) in getattr(self.filters, facet)

    def _is_on(self, row: FacetRow) -> bool:
        """Whether the row's value is among the selected filters."""
        if row.value is None:
            return False
        if row.facet == MARKED:
            return self.only_marked
        return row.facet != SAVED and self._selected(row.facet, row.value)

    def row_key(self, index: int, part: int, width: int) -> Hashable:
        row = self.rows[index]
        return (row, self._is_on(row))

    def is_selectable(self, index: int) -> bool:
        return self.rows[index].value is not None

    def render_row(self, index: int, width: int) -> Text:
        row = self.rows[index]
        if row.value is None:
            return Text(row.label, self.style_of("cursor-list--heading"))
        on = self._is_on(row)
        mark = "» " if row.facet == SAVED else "■ " if on else "□ "
        count = f"{row.count:,}"
        label_width = max(4, width - len(mark) - len(count) - 1)
        label = Text(one_line(row.label), "bold" if on else "")
        label.truncate(label_width, overflow="ellipsis", pad=True)  # in cells, not characters
        text = Text()
        text.append(mark, self.style_of("cursor-list--accent") if on else "")
        text.append_text(label)
        text.append(" ")
        text.append(count, self.style_of("cursor-list--dim"))
        return text

    def render_empty(self, y: int, width: int) -> Text | None:
        return Text(" No filters yet", style="italic") if y == 1 else None

    def current_row(self) -> FacetRow | None:
        """The facet value under the cursor, if any."""
        if not self.rows:
            return None
        row = self.rows[self.cursor]
        return row if row.value is not None else None

    def action_toggle_value(self) -> None:
        """Add or remove the value under the cursor from the filters."""
        row = self.current_row()
        if row is None or row.value is None:
            return
        if row.facet == SAVED:
            self.post_message(self.SavedSearchChosen(row.value))
            return
        if row.facet == MARKED:
            self.post_message(self.BookmarksToggled())
            return
        self.post_message(
            self.FiltersChanged(self.filters.toggled(row.facet, facet_value(row.facet, row.value)))
        )

    def action_delete_saved(self) -> None:
        """Delete the saved search under the cursor."""
        row = self.current_row()
        if row is not None and row.facet == SAVED and row.value is not None:
            self.post_message(self.SavedSearchDeleted(row.value))

    def action_switch_rule(self) -> None:
        """Switch the group under the cursor between any of its selected values and all."""
        row = self.current_row()
        if row is None or row.facet not in MULTI_VALUED:
            if row is not None and row.facet in FACET_HEADINGS:
                what = f"{FACET_HEADINGS[row.facet]}: a meeting has only one, so any of them"
            else:
                what = "a takes any of or all of the values of Countries, Mentioned or Topics"
            self.notify(what, timeout=3, markup=False)
            return
        filters = self.filters.switched(row.facet)
        self.notify(
            f"{FACET_HEADINGS[row.facet]}: {filters.rule(row.facet)} of the selected",
            timeout=2,
            markup=False,
        )
        self.post_message(self.FiltersChanged(filters))

    def action_clear(self) -> None:
        """Remove every filter."""
        self.post_message(self.FiltersChanged(Filters(), everything=True))

    def row_activated(self, index: int) -> None:
        self.action_toggle_value()
