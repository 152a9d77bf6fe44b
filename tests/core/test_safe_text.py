"""clean() and one_line(): no control characters or bidi overrides reach the terminal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summit_tui.core.support.safe_text import clean, in_line, one_line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "\ufffd[31mred\ufffd[0m"),
        ("\x1b]8;;http://x\x1b\\link", "\ufffd]8;;http://x\ufffd\\link"),
        ("bell\x07", "bell\ufffd"),
        ("csi\x9b2J", "csi\ufffd2J"),
        ("del\x7f", "del\ufffd"),
        ("\u202eevil", "\ufffdevil"),
        ("iso\u2066late\u2069", "iso\ufffdlate\ufffd"),
        ("tab\there", "tab    here"),
        ("line\nbreak", "line\nbreak"),
        ("[bold]kept[/bold] 会談 🤝", "[bold]kept[/bold] 会談 🤝"),
        ("", ""),
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_one_line_folds_whitespace() -> None:
    assert one_line("  a\n\n b\tc \x1b ") == "a b c \ufffd"


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    out = clean(text)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in out)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in out)
    assert not any(ch in out for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_in_line_keeps_spaces_and_folds_newlines() -> None:
    """An input box keeps what is typed (trailing spaces too) but holds one line."""
    assert in_line("country:MY ") == "country:MY "
    assert in_line("a\nb  \x1b]52;c;x\x07") == "a b  \ufffd]52;c;x\ufffd"


@given(st.text())
def test_in_line_holds_nothing_unsafe(text: str) -> None:
    out = in_line(text)
    assert "\n" not in out
    assert out == clean(text).replace("\n", " ")
