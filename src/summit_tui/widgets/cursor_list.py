"""CursorList: a virtual list with a cursor that renders only the rows on screen."""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar, Self

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

#: Rendered lines kept for reuse: a few screens' worth. Each keeps what Textual derived
#: from it (crops, filters), so a large cache is many live objects for every collection of
#: the garbage collector to walk, a pause in the middle of a keystroke.
KEPT_LINES = 300


class CursorList(ScrollView, can_focus=True):
    """A scrollable list of one-line rows; subclasses say how many rows and how each looks.

    Only visible rows are rendered, so a list of 100,000 rows costs what a list of 50 does.
    When the rows change, only the lines on screen whose look changed are painted again:
    each line is painted with a key (``line_key``), and a line whose key is the same as
    when it was painted is left as it is.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "cursor-list--cursor",
        "cursor-list--dim",
        "cursor-list--accent",
        "cursor-list--heading",
        "cursor-list--match",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    _title_only = False  # a new title is being set: no repaint of every line

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._row_count = 0
        # Bumped whenever rows change in a way their keys do not tell (``invalidate``).
        self._generation = 0
        # Rendered lines by their key: scrolling, moving the cursor and new rows that look
        # like rows already seen then render only what changed.
        self._strips: dict[Hashable, Strip] = {}
        self._styles: dict[str, Style] = {}
        # The key each line on screen was painted with, and at what scroll offset and width.
        self._painted: dict[int, Hashable] = {}
        self._painted_at = (-1, -1)

    def style_of(self, component: str) -> Style:
        """A component class's style, looked up once per stylesheet (rows ask for it a lot)."""
        style = self._styles.get(component)
        if style is None:
            style = self._styles[component] = self.get_component_rich_style(component)
        return style

    @property
    def base_style(self) -> Style:
        """The widget's own style, looked up once per stylesheet."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def set_title(self, title: str) -> None:
        """Put a new title on the top border, painting that line only (setting
        ``border_title`` itself paints every line of the list again)."""
        if title == self.border_title:
            return
        self._title_only = True
        try:
            self.border_title = title
        finally:
            self._title_only = False
        top = self.content_offset
        self.refresh(Region(-top.x, -top.y, self.outer_size.width, 1))

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        if self._title_only:  # the title's line is painted by set_title
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def invalidate(self) -> None:
        """Forget rendered lines (rows changed in a way their keys do not tell) and repaint."""
        self._generation += 1
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        self._strips.clear()  # a new theme or stylesheet: every line looks different
        self._styles.clear()
        super().notify_style_update()

    # --- what subclasses provide -----------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows the list has."""
        return self._row_count

    @property
    def row_height(self) -> int:
        """Lines per row (every row has the same height)."""
        return 1

    def render_row(self, index: int, width: int) -> Text:
        """The text of one single-line row (styles applied by the subclass)."""
        raise NotImplementedError

    def render_row_lines(self, index: int, width: int) -> list[Text]:
        """The lines of one row; ``row_height`` of them."""
        return [self.render_row(index, width)]

    def row_key(self, index: int, part: int, width: int) -> Hashable:
        """What line ``part`` of row ``index`` looks like at this width, as a key: two lines
        with the same key look the same (the cursor and focus aside).

        The default holds for rows that change only with ``set_row_count`` or
        ``invalidate``; subclasses that know what their rows show say so, and new rows
        that look like the old ones are then not painted again.
        """
        return (self._generation, index)

    def is_selectable(self, index: int) -> bool:
        """Whether the cursor may rest on a row (headings are not selectable)."""
        return True

    def cursor_moved(self, index: int) -> None:
        """Called when the cursor lands on a row."""

    def render_empty(self, y: int, width: int) -> Text | None:
        """What to show on line ``y`` when the list has no rows."""
        return None

    # --- rows and cursor ------------------------------------------------------------------

    def set_row_count(self, count: int, cursor: int | None = None) -> None:
        """Change the number of rows and optionally move the cursor, then repaint the lines
        that changed."""
        self._generation += 1
        self._row_count = count
        self._set_virtual_height(count * self.row_height)
        target = self.cursor if cursor is None else cursor
        target = max(0, min(target, count - 1)) if count else 0
        if count and not self.is_selectable(target):
            target = self._next_selectable(target, 1)
        self.set_reactive(CursorList.cursor, target)
        self._scroll_to_cursor()
        self.repaint_changed()
        self.call_after_refresh(self._scroll_to_cursor)  # once a first layout gave a size
        if count:
            self.cursor_moved(target)

    def _set_virtual_height(self, height: int) -> None:
        """Set the scrollable height; a layout of the screen only when the scrollbar comes
        or goes (the scrollbar's size and place are all that change otherwise)."""
        size = Size(self.size.width, height)
        if size == self.virtual_size:
            return
        overflow = self.styles.overflow_y
        bar = overflow == "scroll" or (overflow == "auto" and height > self.container_size.height)
        if not self.is_mounted or bar != self.show_vertical_scrollbar or not self.size:
            self.virtual_size = size
            return
        self.set_reactive(CursorList.virtual_size, size)
        if bar:
            self.vertical_scrollbar.window_virtual_size = height

    def repaint_changed(self) -> None:
        """Paint again the lines on screen whose key changed since they were painted."""
        width = self.scrollable_content_region.width
        top = self.scroll_offset.y
        if (top, width) != self._painted_at:
            self.refresh()  # scrolled or resized: every line is painted again anyway
            return
        start = None
        height = self.scrollable_content_region.height
        for y in range(height + 1):
            changed = y < height and self._painted.get(y) != self._line_key(y, width)
            if changed and start is None:
                start = y
            elif not changed and start is not None:
                self.refresh_lines(top + start, y - start)
                start = None

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.repaint_changed()
        if self.row_count:
            self.cursor_moved(new)

    def validate_cursor(self, value: int) -> int:
        if not self.row_count:
            return 0
        return max(0, min(value, self.row_count - 1))

    def _scroll_to_cursor(self) -> None:
        if self.row_count:
            h = self.row_height
            self.scroll_to_region(Region(0, self.cursor * h, 1, h), animate=False, immediate=True)

    def _next_selectable(self, start: int, step: int) -> int:
        index = start
        while 0 <= index < self.row_count:
            if self.is_selectable(index):
                return index
            index += step
        if self.is_selectable(self.cursor):
            return self.cursor
        return max(0, min(start, self.row_count - 1))

    def move_cursor(self, delta: int) -> None:
        """Move the cursor by ``delta`` rows, skipping rows that cannot be selected."""
        if not self.row_count:
            return
        target = max(0, min(self.cursor + delta, self.row_count - 1))
        self.cursor = self._next_selectable(target, 1 if delta >= 0 else -1)

    def action_cursor_up(self) -> None:
        self.move_cursor(-1)

    def action_cursor_down(self) -> None:
        self.move_cursor(1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_page_up(self) -> None:
        self.move_cursor(-self._page())

    def action_page_down(self) -> None:
        self.move_cursor(self._page())

    def action_first(self) -> None:
        self.move_cursor(-self.row_count)

    def action_last(self) -> None:
        self.move_cursor(self.row_count)

    async def _on_click(self, event: events.Click) -> None:
        index = (self.scroll_offset.y + event.y) // self.row_height
        if 0 <= index < self.row_count and self.is_selectable(index):
            self.cursor = index
            if event.chain >= 2:
                self.row_activated(index)

    def row_activated(self, index: int) -> None:
        """Called on a double click on a row; subclasses bind ``enter`` to the same."""

    # --- rendering ------------------------------------------------------------------------

    def _line_key(self, y: int, width: int) -> Hashable:
        """The key of what line ``y`` on screen shows now."""
        index, part = divmod(self.scroll_offset.y + y, self.row_height)
        if not self.row_count:
            return ("empty", self._generation, y, width)
        if index >= self.row_count:
            return ("blank", width)
        key = self.row_key(index, part, width)
        return (key, part, width, index == self.cursor, self.has_focus)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        at = (self.scroll_offset.y, width)
        if at != self._painted_at:
            self._painted.clear()
            self._painted_at = at
        key = self._line_key(y, width)
        self._painted[y] = key
        index, part = divmod(self.scroll_offset.y + y, self.row_height)
        base = self.base_style
        if not self.row_count:
            text = self.render_empty(y, width)
            if text is None:
                return Strip.blank(width, base)
            return self._to_strip(text, width)
        if index >= self.row_count:
            return Strip.blank(width, base)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > KEPT_LINES:
                self._strips.clear()
            lines = self.render_row_lines(index, width)
            text = lines[part].copy() if part < len(lines) else Text()
            if index == self.cursor:
                style = self.style_of("cursor-list--cursor")
                if not self.has_focus:
                    style = style + self.style_of("cursor-list--dim")
                text.stylize(style)
            strip = self._strips[key] = self._to_strip(text, width)
        return strip

    def _to_strip(self, text: Text, width: int) -> Strip:
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console, end=""))
        strip = Strip(segments, cell_len(text.plain))
        base = self.base_style
        return strip.crop_extend(0, width, base).apply_style(base)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count * self.row_height)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
