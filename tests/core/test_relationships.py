"""Relationship threads: the same parties in date order, gaps in plain words, neighbours."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from analysis_corpus import by_id, load_entries

from summit_tui.core.analysis.relationships import (
    gap_phrase,
    gap_words,
    neighbours,
    ordinal,
    thread,
)


def test_a_bilateral_thread_holds_every_meeting_with_both_parties(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    found = thread(entries["jp-my-2"], entries.values())
    assert [e.id for e in found] == ["jp-my-1", "jp-my-2", "jp-my-fr", "jp-my-3"]


def test_a_trilateral_thread_needs_all_three(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    assert [e.id for e in thread(entries["jp-my-fr"], entries.values())] == ["jp-my-fr"]


def test_a_meeting_without_parties_is_its_own_thread(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    lone = replace(entries["de-in"], readout=replace(entries["de-in"].readout, countries=()))
    assert thread(lone, entries.values()) == [lone]


def test_same_day_meetings_follow_their_start_time(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    base = entries["jp-fr"]
    late = replace(base, readout=replace(base.readout, id="b-late", start_time=dt.time(18)))
    early = replace(base, readout=replace(base.readout, id="c-early", start_time=dt.time(9)))
    found = thread(base, [late, early, base])
    assert [e.id for e in found] == ["jp-fr", "c-early", "b-late"]


def test_neighbours_step_through_the_thread(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    pool = list(entries.values())
    assert neighbours(entries["jp-my-1"], pool) == (None, entries["jp-my-2"])
    assert neighbours(entries["jp-my-fr"], pool)[0] is None  # alone among trilaterals
    before, after = neighbours(entries["jp-my-2"], pool)
    assert (before.id, after.id) == ("jp-my-1", "jp-my-fr")  # type: ignore[union-attr]
    assert neighbours(entries["jp-my-3"], pool) == (entries["jp-my-fr"], None)


def test_neighbours_of_a_meeting_outside_the_list_still_work(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    others = [e for e in entries.values() if e.id != "jp-my-2"]
    before, after = neighbours(entries["jp-my-2"], others)
    assert (before.id, after.id) == ("jp-my-1", "jp-my-fr")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (10, "tenth"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_ordinals(n: int, word: str) -> None:
    assert ordinal(n) == word


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "the same day as the last"),
        (1, "a day after the last"),
        (3, "3 days after the last"),
        (21, "3 weeks after the last"),
        (70, "in 2 months"),
        (182, "in half a year"),
        (280, "in 9 months"),
        (365, "in a year"),
        (548, "in a year and a half"),
        (731, "in 2 years"),
        (3650, "in 10 years"),
    ],
)
def test_gap_words(days: int, words: str) -> None:
    assert gap_words(days) == words


def test_gap_phrases_along_a_thread(tmp_path: Path) -> None:
    entries = by_id(load_entries(tmp_path))
    found = thread(entries["jp-my-1"], entries.values())
    phrases = [gap_phrase(found[i - 1] if i else None, e, i + 1) for i, e in enumerate(found)]
    assert phrases == [
        "first meeting on record",
        "second meeting in half a year",
        "third meeting, 3 weeks after the last",
        "fourth meeting in 2 years",
    ]
