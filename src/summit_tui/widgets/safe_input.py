"""An Input whose value is always clean: what a file put in it cannot reach the terminal."""

from __future__ import annotations

from textual.widgets import Input

from summit_tui.core.support.safe_text import in_line


class SafeInput(Input):
    """Every value set (typed, pasted, restored or taken from a readout) is cleaned first.

    A person's name, a saved search or a session's query can hold ESC, OSC or bidi
    characters; an Input draws its value as it is, so the value itself is cleaned.
    """

    def validate_value(self, value: str) -> str:
        """The value without control or bidi characters, on one line."""
        return in_line(value)
