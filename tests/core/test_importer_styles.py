"""One fixture per style of readout (written for these tests), imported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import dump_readout, parse_readout
from summit_tui.core.importer import import_text
from summit_tui.core.model.readout import Readout

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _one(name: str) -> tuple[Readout, tuple[str, ...]]:
    result = import_text((FIXTURES / name).read_text("utf-8"), name)
    assert result.is_readout, result.not_a_readout
    [item] = result.readouts
    assert item.readout is not None, item.missing
    # Whatever the importer builds must survive the loader unchanged.
    assert parse_readout(dump_readout(item.readout), name) == item.readout
    return item.readout, item.missing


# name, kind, date, start, minutes, countries, participant names, location
STYLES = [
    (
        "kantei_style.txt",
        "summit",
        "2024-03-08",
        "18:15",
        70,
        ("JP", "PH"),
        ["KISHIDA Fumio", "Ferdinand Romualdez Marcos Jr."],
        "Prime Minister's Office",
    ),
    (
        "mofa_telephone.txt",
        "telephone-talk",
        "2024-02-02",
        "09:00",
        25,
        ("JP", "AU"),
        ["KISHIDA Fumio", "Anthony Albanese"],
        "",
    ),
    (
        "us_readout.txt",
        "summit",
        "2023-06-04",
        None,
        None,
        ("US", "NO"),
        ["Joseph R. Biden, Jr.", "Hanna Lee"],
        "White House",
    ),
    # "The Prime Minister" of a Downing Street release: the one in office on that date.
    (
        "uk_call.txt",
        "telephone-talk",
        "2023-11-14",
        None,
        None,
        ("GB", "PL"),
        ["Rishi Sunak", "Anna Kowalska"],
        "",
    ),
    (
        "india_mea.txt",
        "telephone-talk",
        "2023-04-27",
        None,
        None,
        ("IN", "KE"),
        ["Narendra Modi", "William Ruto"],
        "",
    ),
    (
        "canada_pm.txt",
        "summit",
        "2024-05-16",
        None,
        None,
        ("CA", "NZ"),
        ["Justin Trudeau", "Christopher Luxon"],
        "Ottawa",
    ),
    (
        "china_mfa.txt",
        "summit",
        "2023-04-14",
        None,
        None,
        ("CN", "BR"),
        ["Xi Jinping", "Luiz Silva"],
        "Great Hall of the People, Beijing",
    ),
    (
        "asean_summit.txt",
        "multilateral",
        "2025-10-11",
        None,
        None,
        ("LA",),
        ["Sonexay Siphandone"],
        "Vientiane, Lao PDR",
    ),
]


@pytest.mark.parametrize("style", STYLES, ids=[s[0] for s in STYLES])
def test_style(style: tuple) -> None:
    name, kind, date, start, minutes, codes, names, location = style
    r, missing = _one(name)
    assert r.kind == kind
    assert r.date.isoformat() == date
    assert (r.start_time.strftime("%H:%M") if r.start_time else None) == start
    assert r.duration_minutes == minutes
    assert r.countries == codes
    assert [p.name for p in r.participants] == names
    assert r.location == location
    for field, value in (
        ("start_time", start),
        ("duration_minutes", minutes),
        ("location", location),
    ):
        assert (field in missing) == (not value)


def test_kantei_flags_and_subsections() -> None:
    r, _ = _one("kantei_style.txt")
    assert r.provisional_translation
    assert r.source.publisher == "Prime Minister's Office of Japan"
    assert [s.label for s in r.sections] == [
        "(1) Opening remarks",
        "(2) Bilateral cooperation",
        "(3) Regional affairs",
    ]


def test_numbered_paragraphs_without_headings() -> None:
    r, _ = _one("mofa_telephone.txt")
    assert [s.number for s in r.sections] == ["1", "2", "3"]
    assert all(not s.heading for s in r.sections)
    assert r.source.category == "Japan-Australia Relations"
    assert r.participants[1].honorific == "Hon."


def test_us_readout_country_from_publisher_is_noted() -> None:
    result = import_text((FIXTURES / "us_readout.txt").read_text("utf-8"))
    [item] = result.readouts
    # The country of a leader named without one is known (the table of office holders) and
    # said so; the publisher's country serves for a name the table does not know.
    assert any("Biden" in note and "office held" in note for note in item.notes)
    assert item.readout is not None and item.readout.mentions == ("UA", "RU")


def test_uk_title_loses_its_date_and_today_is_the_published_date() -> None:
    r, missing = _one("uk_call.txt")
    assert r.title == "PM call with Prime Minister Kowalska of Poland"
    assert "source category" in missing


def test_bullets_become_paragraphs() -> None:
    r, _ = _one("canada_pm.txt")
    assert r.sections[0].paragraphs[0] == "The two leaders discussed:"
    assert r.sections[0].paragraphs[1] == "strengthening trade between Canada and New Zealand;"


def test_multi_meeting_visit_page_gives_one_readout_per_meeting() -> None:
    result = import_text((FIXTURES / "mofa_multi_visit.txt").read_text("utf-8"))
    items = result.readouts
    assert [i.readout.title for i in items if i.readout] == [
        "Japan-U.S. Summit Meeting",
        "Joint Press Conference",
        "State Dinner",
    ]
    summit, press, dinner = (i.readout for i in items)
    assert summit is not None and press is not None and dinner is not None
    assert summit.kind == "summit" and summit.duration_minutes == 120
    assert [s.label for s in summit.sections] == ["(1) One-on-one meeting", "(2) Plenary meeting"]
    assert press.kind == "other" and press.start_time is not None
    assert press.participants[0].name == "KISHIDA Fumio"  # the short name resolved on the page
    assert set(dinner.countries) == {"JP", "US"}
    assert len({summit.id, press.id, dinner.id}) == 3


def test_dirty_text() -> None:
    raw = (FIXTURES / "dirty_mofa.txt").read_text("utf-8")
    raw = raw.replace("\r\n", "\n").replace("\n", "  \r\n")  # CRLF and trailing spaces, always
    [item] = import_text(raw).readouts
    r = item.readout
    assert r is not None
    assert r.kind == "foreign-ministers-meeting"
    assert (r.start_time.strftime("%H:%M"), r.duration_minutes) == ("16:30", 40)
    assert r.participants[1].honorific == "H.E. Dato' Seri Utama Haji"
    assert r.source.category == "Japan-Malaysia Relations"
    text = r.full_text()
    assert "Open a New Window" not in text and "\u00a0" not in text and "\r" not in text
    assert "(OSA) to Malaysia" in r.sections[0].paragraphs[0]


@pytest.mark.parametrize("name", ["empty.txt", "not_a_readout.txt"])
def test_not_a_readout(name: str) -> None:
    result = import_text((FIXTURES / name).read_text("utf-8"), name)
    assert not result.is_readout
    assert result.not_a_readout
    assert result.readouts == ()


def test_missing_date_is_reported_not_guessed() -> None:
    result = import_text(
        "Japan-Peru Summit Meeting\n\nMr. A B, Prime Minister of Japan, held "
        "a Japan-Peru Summit Meeting with Ms. C D, President of Peru."
    )
    [item] = result.readouts
    assert item.readout is None
    assert "date" in item.missing
    assert item.title == "Japan-Peru Summit Meeting"


def test_impossible_date_is_reported() -> None:
    [item] = import_text(
        "February 30, 2024\n\nOn February 30, Mr. A B, Prime Minister of "
        "Japan, held a Japan-Peru Summit Meeting with Ms. C D, President of "
        "Peru."
    ).readouts
    assert item.readout is None
    assert any(m.startswith("date") and "impossible" in m for m in item.missing)


def test_year_comes_from_the_dateline_across_new_year() -> None:
    [item] = import_text(
        "January 2, 2025\n\nOn December 30, Mr. A B, Prime Minister of "
        "Japan, held a Japan-Peru Telephone Talk with Ms. C D, President of "
        "Peru."
    ).readouts
    assert item.readout is not None and item.readout.date.isoformat() == "2024-12-30"
