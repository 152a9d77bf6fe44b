"""The footer: the focused pane's own keys, then the screen's keys most useful in that pane."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.keys import key_to_character
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input

# FooterKey is not exported by textual.widgets; Textual is pinned to an exact version.
from textual.widgets._footer import FooterKey


class PaneFooter(Footer):
    """A footer that follows focus: each pane lists its own keys and a chosen few others.

    ``chosen`` maps a focused widget's id to the ids of screen and app bindings worth
    showing there, in order ("" for any other widget). A key is shown as remapped by the
    user's keymap; in a text box, only keys that do not type a character are offered.
    """

    def __init__(
        self, chosen: Mapping[str, Sequence[str]], *, compact: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id, compact=compact)
        self.chosen = chosen

    def shown_bindings(self) -> list[tuple[Binding, bool, str]]:
        """(binding, enabled, tooltip) of every key to show for the focused widget."""
        screen = self.screen
        focused = screen.focused
        typing = isinstance(focused, Input)
        own: list[tuple[Binding, bool, str]] = []
        by_id: dict[str, tuple[Binding, bool, str]] = {}
        for key, active in screen.active_bindings.items():
            node, binding, enabled, tooltip = active
            if isinstance(node, Widget) and not isinstance(node, Screen):
                if binding.show:
                    own.append((binding, enabled, tooltip))
                continue
            if binding.id is None or binding.id in by_id:
                continue
            if typing and key_to_character(key) is not None:
                continue  # this key would be typed into the box
            by_id[binding.id] = (binding, enabled, tooltip)
        wanted = self.chosen.get(
            focused.id or "" if focused is not None else "", self.chosen.get("", ())
        )
        shown: list[tuple[Binding, bool, str]] = []
        actions: set[str] = set()
        for binding, enabled, tooltip in own + [by_id[i] for i in wanted if i in by_id]:
            if binding.action not in actions:  # "space,enter,x": one key for one action
                actions.add(binding.action)
                shown.append((binding, enabled, tooltip))
        return shown

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        shown = self.shown_bindings()
        self.styles.grid_size_columns = len(shown)
        for binding, enabled, tooltip in shown:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette:
            _node, binding, enabled, _tooltip = palette
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )
