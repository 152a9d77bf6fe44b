"""Splitting text into index words: every path splits as the plain definition does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summit_tui.core.search.tokens import words


def _defined(text: str) -> list[str]:
    """What ``words`` means: the runs of word characters of the case-folded text."""
    return re.findall(r"\w+", text.casefold())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_splits_as_defined(text: str) -> None:
    assert words(text) == _defined(text)


@given(st.text())
def test_any_text_splits_as_defined(text: str) -> None:
    assert words(text) == _defined(text)


def test_mixed_texts_split_alike() -> None:
    samples = [
        "Maritime SECURITY, energy-transition; 2024_05 (Kuala Lumpur)",
        "Ministers\tmet\x1fin\x0bGeneva\r\nand\x00Bern",
        "Åland’s “straße” — Ça va? İstanbul",
        "mixed ASCII and ünïcödé words",
    ]
    for text in samples:
        assert words(text) == _defined(text)
