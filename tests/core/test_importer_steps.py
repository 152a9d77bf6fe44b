"""Each named extraction step of the importer, on small strings written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.importer.dates import dateline, find_dates, relative_day
from summit_tui.core.importer.furniture import strip_furniture
from summit_tui.core.importer.kind import clean_title, kind_of, title_from_lead, title_line
from summit_tui.core.importer.normalise import normalise
from summit_tui.core.importer.people import find_participants
from summit_tui.core.importer.pipeline import make_id
from summit_tui.core.importer.place import find_location
from summit_tui.core.importer.sections import build_sections, paragraphs
from summit_tui.core.importer.split import split_meetings
from summit_tui.core.importer.times import timing
from summit_tui.core.model.readout import Participant


def test_normalise_cleans_line_endings_spaces_and_link_labels() -> None:
    raw = (
        "A\u00a0line  \r\nwith (OSA)Open a New Window, and\r\n\r\n\r\n\r\nDato\u2019 Seri “x”\t \n"
    )
    assert normalise(raw) == "A line\nwith (OSA), and\n\nDato' Seri “x”"


def test_normalise_keeps_glued_words_apart() -> None:
    assert normalise("RelationsOpen a New WindowThe") == "Relations The"
    # A country run into the name after it; a name of two capitals stays whole.
    assert normalise("President of BrazilLuiz Silva") == "President of Brazil Luiz Silva"
    assert normalise("Senator McDonald and DeSantis") == "Senator McDonald and DeSantis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 23, 2024", (5, 23, 2024)),
        ("27 April 2023", (4, 27, 2023)),
        ("On May 16th the", (5, 16, None)),
        ("Monday, May 15, 2023", (5, 15, 2023)),
        ("2023-04-14 22:10", (4, 14, 2023)),
        ("the 3rd of March, 2022", (3, 3, 2022)),
    ],
)
def test_find_dates(text: str, expected: tuple) -> None:
    d = find_dates(text)[0]
    assert (d.month, d.day, d.year) == expected


def test_impossible_date_does_not_resolve() -> None:
    assert find_dates("February 30, 2024")[0].resolve(None) is None


def test_dateline_only_for_lines_that_are_a_date() -> None:
    assert dateline("Published 14 November 2023") is not None
    assert dateline("Posted On: 16 MAY 2023 9:45PM by PIB Delhi") is not None
    assert dateline("On May 23, 2024 the leaders met.") is None


def test_relative_day() -> None:
    assert relative_day("spoke to him today.") == 0
    assert relative_day("met yesterday") == 1
    assert relative_day("met on Monday") is None


@pytest.mark.parametrize(
    ("text", "start", "minutes"),
    [
        ("commencing at 2:10 p.m. for approximately 30 minutes", "14:10", 30),
        (
            "from 10:05 a.m. local time (11:05 a.m. Japan time) for approximately one hour and "
            "ten minutes",
            "10:05",
            70,
        ),
        ("from 2:00 p.m. to 3:15 p.m.", "14:00", 75),
        ("for about an hour and a half", None, 90),
        ("discussed 2 issues at length", None, None),
    ],
)
def test_timing(text: str, start: str | None, minutes: int | None) -> None:
    t, m = timing(text)
    assert (t.strftime("%H:%M") if t else None, m) == (start, minutes)


def test_participants_family_name_first_with_honorifics() -> None:
    people = find_participants(
        "Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Dato' Seri "
        "Anwar bin Ibrahim, Prime Minister of Malaysia."
    )
    assert people == [
        Participant("KISHIDA Fumio", "Mr.", "Prime Minister of Japan", "JP"),
        Participant("Anwar bin Ibrahim", "H.E. Dato' Seri", "Prime Minister of Malaysia", "MY"),
    ]


def test_participants_role_first() -> None:
    people = find_participants(
        "President Joseph R. Biden, Jr. met today with Prime Minister "
        "Fumio Kishida of Japan. Prime Minister Kishida thanked him."
    )
    assert people == [
        Participant("Joseph R. Biden, Jr.", "", "President", ""),
        Participant("Fumio Kishida", "", "Prime Minister of Japan", "JP"),
    ]


def test_participants_country_from_adjective_and_of_phrase() -> None:
    people = find_participants(
        "Chinese President Xi Jinping met President of the Republic of Indonesia Joko Widodo."
    )
    assert [(p.name, p.country) for p in people] == [("Xi Jinping", "CN"), ("Joko Widodo", "ID")]


def test_no_participants_in_plain_prose() -> None:
    assert find_participants("The leaders discussed the economy.") == []


def test_paragraphs_join_hard_wrapped_lines_only() -> None:
    lines = ["The two leaders met and", "discussed trade.", "In response, he agreed."]
    assert paragraphs(lines) == [
        "The two leaders met and discussed trade.",
        "In response, he agreed.",
    ]


def test_sections_headings_and_subsections() -> None:
    lead, sections = build_sections(
        [
            "Lead.",
            "1. Opening",
            "Para one.",
            "(1) Small group",
            "Para two.",
            "2 Trade",
            "Para three.",
        ]
    )
    assert lead == ["Lead."]
    assert [s.label for s in sections] == ["1. Opening", "2. Trade"]
    assert sections[0].subsections[0].label == "(1) Small group"
    assert sections[0].subsections[0].paragraphs == ("Para two.",)


def test_numbered_paragraphs_without_headings() -> None:
    _, sections = build_sections(["Lead.", "1 The leaders agreed to meet again next year."])
    assert sections[0].number == "1" and sections[0].heading == ""
    assert sections[0].paragraphs == ("The leaders agreed to meet again next year.",)


def test_parenthesised_numbers_are_top_level_without_dotted_ones() -> None:
    _, sections = build_sections(["Lead.", "(1) Opening", "Text.", "(2) Close", "More."])
    assert [s.number for s in sections] == ["(1)", "(2)"]


def test_furniture_keeps_photos_category_flag_and_dateline() -> None:
    page = strip_furniture(
        normalise(
            "Home > Countries > Japan-Peru Relations\nJapan-Peru Relations\n[Provisional "
            "translation]\nJune 1, 2024\nLeaders at the table (Photo: Cabinet Public Affairs "
            "Office)\nBody text.\nBack to Japan-Peru Relations"
        )
    )
    assert page.lines == ("Body text.",)
    assert page.category == "Japan-Peru Relations"
    assert page.provisional_translation
    assert page.photos[0].caption == "Leaders at the table"
    assert page.photos[0].credit == "Cabinet Public Affairs Office"
    assert page.dates[0].resolve(None) == dt.date(2024, 6, 1)
    assert page.publisher is not None and page.publisher.country == "JP"


def test_titles() -> None:
    assert (
        title_line("PM call with Prime Minister Kowalska of Poland: 14 November 2023")
        == "PM call with Prime Minister Kowalska of Poland"
    )
    assert title_line("The two leaders met and discussed trade.") == ""
    assert clean_title("Japan-Peru Summit Meeting") == "Japan-Peru Summit Meeting"
    assert (
        title_from_lead(
            "Mr. X, Prime Minister of Japan, held a Japan-Peru Summit Meeting with Ms. Y"
        )
        == "Japan-Peru Summit Meeting"
    )


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        ("Japan-Peru Summit Telephone Talk", "", "telephone-talk"),
        ("PM call with the Chancellor", "", "telephone-talk"),
        ("", "The Prime Minister spoke to President X today.", "telephone-talk"),
        ("G7 Leaders' Video Conference", "", "video-conference"),
        ("Japan-Peru Foreign Ministers' Meeting", "", "foreign-ministers-meeting"),
        ("Japan-Peru Summit Meeting", "", "summit"),
        ("50th ASEAN Summit", "", "multilateral"),
        ("State Dinner", "", "other"),
        ("Some headline", "Something happened.", ""),
    ],
)
def test_kind(title: str, lead: str, kind: str) -> None:
    assert kind_of(title, lead, []) == kind


def test_kind_from_roles() -> None:
    people = [Participant("A", role="President"), Participant("B", role="Prime Minister of Peru")]
    assert kind_of("Readout", "President A met with Prime Minister B.", people) == "summit"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("President A met today with Prime Minister B at the White House.", "the White House"),
        ("On May 2, Mr. A met Ms. B in Vientiane, Lao PDR.", "Vientiane, Lao PDR"),
        ("Mr. A met Ms. B in Japan.", ""),  # a whole country is not a location
        ("On May 2, from 10:05 a.m. local time, Mr. A met Ms. B.", ""),
        ("LONDON, 12 May 2024 - The Prime Minister met ...", "London"),
    ],
)
def test_location(lead: str, place: str) -> None:
    assert find_location(lead) == place


def test_split_only_meetings_with_their_own_dated_lead() -> None:
    lines = (
        "Visit",
        "1. Summit Meeting",
        "On May 1, A met B.",
        "(1) One-on-one",
        "Text.",
        "2. Dinner",
        "On May 1, A hosted B.",
    )
    opening, parts = split_meetings(lines)
    assert opening == ["Visit"]
    assert [p.heading for p in parts] == ["Summit Meeting", "Dinner"]
    _, none = split_meetings(("Lead.", "1. Summit Meeting", "On May 1, A met B."))
    assert none == []


def test_make_id() -> None:
    assert (
        make_id(dt.date(2024, 5, 23), "Japan-Malaysia Summit Meeting")
        == "2024-05-23-japan-malaysia-summit-meeting"
    )
    assert (
        make_id(dt.date(2024, 1, 1), "President Biden's Call") == "2024-01-01-president-bidens-call"
    )


def test_an_id_spells_accented_letters_plainly() -> None:
    assert make_id(dt.date(2018, 9, 24), "Merkel telefoniert mit Erdoğan") == (
        "2018-09-24-merkel-telefoniert-mit-erdogan"
    )
    assert make_id(dt.date(2018, 9, 24), "Gespräch in der Straße") == (
        "2018-09-24-gesprach-in-der-strasse"
    )
