"""Which pane tab goes to next, and the filter pane that folds away on narrow terminals.

A mixin of the main screen: below a width (the screen's ``-narrow`` breakpoint class) the
filter pane is hidden so that the list and the detail stay readable; ``f`` shows it over
the list, and it folds away again once the user leaves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.css.query import QueryType
from textual.screen import Screen
from textual.widget import Widget

#: The class the screen carries while the folded filter pane is shown over the list.
FILTERS_SHOWN = "-filters-shown"


class PaneFocus(Screen[None]):
    """Tab through the panes in ``PANE_ORDER``; fold the filters on narrow terminals."""

    #: Widget ids in tab order (the main screen sets it).
    PANE_ORDER: ClassVar[Sequence[str]] = ()
    FILTERS_ID: ClassVar[str] = "filters"
    LIST_ID: ClassVar[str] = "meetings"

    @property
    def narrow(self) -> bool:
        """Whether the filter pane is folded away (the terminal is narrow)."""
        return self.has_class("-narrow")

    @property
    def filters_shown(self) -> bool:
        """Whether the folded filter pane is shown over the list."""
        return self.narrow and self.has_class(FILTERS_SHOWN)

    def focus_next(self, selector: str | type[QueryType] = "*") -> Widget | None:
        """The next pane in tab order (the list after the search bar)."""
        return self._step_pane(1, selector) or super().focus_next(selector)

    def focus_previous(self, selector: str | type[QueryType] = "*") -> Widget | None:
        """The previous pane in tab order."""
        return self._step_pane(-1, selector) or super().focus_previous(selector)

    def _step_pane(self, step: int, selector: str | type[QueryType]) -> Widget | None:
        focused = self.focused
        if selector != "*" or focused is None or focused.id not in self.PANE_ORDER:
            return None
        by_id = {widget.id: widget for widget in self.focus_chain}
        panes = [by_id[pane] for pane in self.PANE_ORDER if pane in by_id]
        if focused not in panes:
            return None
        target = panes[(panes.index(focused) + step) % len(panes)]
        self.set_focus(target)  # at once: the next key, maybe already sent, goes there
        return target

    def focus_pane(self, pane_id: str) -> None:
        """Focus the widget of this id, if it can be; the folded filters are shown first."""
        for widget in self.query(f"#{pane_id}"):
            if widget.id == self.FILTERS_ID and self.narrow:
                self.add_class(FILTERS_SHOWN)
                self.call_after_refresh(widget.focus)  # once shown: hidden, it cannot be
            elif widget.focusable:
                widget.focus()

    def action_toggle_filters(self) -> None:
        """Go to the filters (shown over the list on a narrow terminal), or back to the list."""
        filters = self.query_one(f"#{self.FILTERS_ID}")
        if filters.has_focus:
            self.hide_filters()
            return
        if self.narrow:
            self.add_class(FILTERS_SHOWN)
        self.set_focus(filters)

    def hide_filters(self) -> bool:
        """Fold the shown filter pane away and go back to the list; True when it was shown."""
        shown = self.filters_shown
        self.remove_class(FILTERS_SHOWN)
        filters = self.query_one(f"#{self.FILTERS_ID}")
        if filters.has_focus:
            self.set_focus(self.query_one(f"#{self.LIST_ID}"))
        return shown

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The filters focused by any way (a click, the palette, the last session) are shown."""
        if event.widget.id == self.FILTERS_ID and self.narrow:
            self.add_class(FILTERS_SHOWN)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Fold the shown filter pane away once the user moved to another pane."""
        widget = event.widget
        if widget.id == self.FILTERS_ID and self.app.screen is self:
            self.remove_class(FILTERS_SHOWN)
