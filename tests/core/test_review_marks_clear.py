"""Clearing review marks in a readout file: only the review block goes, or nothing does."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.core.importer.marks import ReviewClearError, clear_review, without_review

MARKED = """\
title: UK-Estonia Telephone Talk   # from the page
date: 2025-01-20
review:
  - field: date
    reason: >-
      the year is not given
    from: On January 20
  # a comment inside the block goes with it
  - field: countries
notes: |
  My own note, kept.
"""


def test_only_the_review_block_is_taken_out(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(MARKED, encoding="utf-8")
    assert clear_review(path, "r") == 2
    text = path.read_text("utf-8")
    assert text == (
        "title: UK-Estonia Telephone Talk   # from the page\ndate: 2025-01-20\n"
        "notes: |\n  My own note, kept.\n"
    )
    r = load_readout(path)
    assert not r.review and r.notes == "My own note, kept.\n"


def test_nothing_is_written_when_there_is_nothing_to_clear_or_it_does_not_read(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "plain.yaml"
    plain.write_text("title: T\ndate: 2024-01-01\n", encoding="utf-8")
    with pytest.raises(ReviewClearError, match="no review marks"):
        clear_review(plain, "plain")
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: T\ndate: 2024-13-01\nreview:\n  - field: date\n", encoding="utf-8")
    before = broken.read_bytes()
    with pytest.raises(ReviewClearError, match="not a real date"):
        clear_review(broken, "broken")
    assert broken.read_bytes() == before
    with pytest.raises(ReviewClearError, match="cannot read"):
        clear_review(tmp_path / "gone.yaml", "gone")


def test_without_review_leaves_a_text_without_marks_alone() -> None:
    assert without_review("title: T\ndate: 2024-01-01\n") == "title: T\ndate: 2024-01-01\n"
