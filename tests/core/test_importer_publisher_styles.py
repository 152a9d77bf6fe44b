"""Habits of real publishers and republishers, each in a short text written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.importer import import_text
from summit_tui.core.importer.offices import holder, known_person
from summit_tui.core.importer.request import Overrides, PageFacts
from summit_tui.core.model.readout import Readout


def _one(text: str, **kwargs: object) -> Readout:
    result = import_text(text, "t.txt", **kwargs)  # type: ignore[arg-type]
    assert result.is_readout, result.not_a_readout
    item = result.readouts[0]
    assert item.readout is not None, item.missing
    return item.readout


def _marks(r: Readout) -> dict[str, str]:
    return {m.field: m.reason for m in r.review}


def test_downing_street_prime_minister_is_the_one_in_office_that_day() -> None:
    r = _one(
        "PM call with President Zoltan of Hungary: 6 July 2024\n\n"
        "The Prime Minister spoke to President Anna Zoltan of Hungary this morning.\n\n"
        "The leaders discussed energy security."
    )
    assert [p.name for p in r.participants] == ["Keir Starmer", "Anna Zoltan"]
    assert r.countries == ("GB", "HU") and r.kind == "telephone-talk"
    assert "named by office only" in _marks(r)["participants"]


def test_office_holders_change_on_the_day_of_handover() -> None:
    assert holder("GB", "Prime Minister", dt.date(2024, 7, 4)).name == "Rishi Sunak"
    assert holder("GB", "Prime Minister", dt.date(2024, 7, 5)).name == "Keir Starmer"
    assert known_person("Obama", "President").country == "US"
    assert known_person("Lee", "President", dt.date(2010, 1, 1)).name == "Lee Myung-bak"
    assert known_person("Lee Hsien Loong", "Prime Minister").country == "SG"
    # A role the table knows must fit: Tusk was Poland's Prime Minister before the Council.
    assert known_person("Donald Tusk", "Prime Minister", dt.date(2011, 8, 26)).country == "PL"
    assert known_person("Donald Tusk", "President", dt.date(2016, 1, 1)).country == "EU"
    assert known_person("Donald Tusk", "Foreign Minister") is None


def test_state_department_attribution_line_names_no_participant() -> None:
    r = _one(
        "Office of the Spokesperson\n\nJune 3, 2021\n\n"
        "The following is attributable to Spokesperson Ned Price:\n\n"
        "Secretary Antony J. Blinken spoke today with Peruvian Foreign Minister "
        "Luis Vargas to discuss regional migration."
    )
    assert [p.name for p in r.participants] == ["Antony J. Blinken", "Luis Vargas"]
    assert r.participants[0].role == "Secretary of State"
    assert (r.date, r.kind, r.countries) == (dt.date(2021, 6, 3), "telephone-talk", ("US", "PE"))


def test_today_is_not_a_date_mentioned_in_the_subject() -> None:
    r = _one(
        "Readout of President Biden's Call with Prime Minister Vale of Estonia\n\n"
        "Published March 9, 2024\n\n"
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Kai Vale of Estonia "
        "to discuss the agreement of February 2, 2024 on energy."
    )
    assert r.date == dt.date(2024, 3, 9)


def test_a_wire_dateline_without_a_year_asks_for_the_date() -> None:
    text = (
        "JAKARTA, Nov. 27 -- Secretary-General of ASEAN, Dr. Kao Kim Hourn, today met "
        "with Foreign Minister Ana Reyes of the Philippines in Jakarta."
    )
    [item] = import_text(text).readouts
    assert item.readout is None and "date" in item.missing
    r = _one(text, given=Overrides(date=dt.date(2025, 11, 27)))
    assert r.location == "Jakarta" and "Kao Kim Hourn" in [p.name for p in r.participants]


def test_republished_readout_keeps_the_original_address_and_its_date() -> None:
    r = _one(
        "Readout of the Secretary's Meeting with Foreign Minister Costa of Portugal\n\n"
        "Secretary Antony J. Blinken met today with Foreign Minister Rui Costa of Portugal "
        "in Washington.\n\n"
        "Official news published at https://www.state.gov/readout-costa/2022/05/04/x/\n\n"
        "More Stories"
    )
    assert r.date == dt.date(2022, 5, 4)
    assert r.source.url == "https://www.state.gov/readout-costa/2022/05/04/x/"
    assert r.source.publisher == "U.S. Department of State"
    assert r.location == "Washington"


def test_hard_wrapped_wire_copy_is_read_as_sentences() -> None:
    text = (
        "TOKYO, Sept 20 (Wire) - Japanese Prime Minister Kenji\n"
        "Arata said he and Peruvian President Dina Luna had held their\n"
        "first telephone conversation on Sunday since Arata took over as\n"
        "Japan's new leader, and they agreed to deepen trade ties in the\n"
        "coming year as the two economies recover from the slowdown.\n"
        "Arata on Wednesday became Japan's first new leader in some time,\n"
        "and he said the call had lasted about twenty-five minutes and more.\n"
    )
    r = _one(text, given=Overrides(date=dt.date(2020, 9, 20)))
    assert [p.name for p in r.participants][:2] == ["Kenji Arata", "Dina Luna"]
    assert r.kind == "telephone-talk"


def test_numbers_only_publication_date_is_read_month_first_and_marked() -> None:
    r = _one(
        "08/10/2018 | 09:30pm CEST\n\n"
        "Prime Minister Kai Vale of Estonia met President Dina Luna of Peru today."
    )
    assert r.date == dt.date(2018, 8, 10)
    assert "numbers only" in _marks(r)["date"]


def test_weekday_is_read_against_the_publication_and_marked() -> None:
    r = _one(
        "Posted on : Nov.17,2006 21:50 KST\n\n"
        "President Kai Vale of Estonia and President Dina Luna of Peru held a summit "
        "here Friday."
    )
    assert r.date == dt.date(2006, 11, 17)
    assert "weekday" in _marks(r)["date"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "European Commission President Ursula von der Leyen spoke with Prime Minister "
            "Kai Vale of Estonia on 3 May 2021.",
            ("EU", "EE"),
        ),
        (
            "President of the European Council Charles Michel met President Dina Luna of Peru "
            "in Brussels on 3 May 2021.",
            ("EU", "PE"),
        ),
    ],
)
def test_the_european_union_is_one_party(text: str, codes: tuple[str, ...]) -> None:
    r = _one(text)
    assert r.countries == codes and r.kind in ("summit", "telephone-talk")


def test_page_facts_give_the_date_and_publisher_of_a_relative_text() -> None:
    facts = PageFacts(
        published=dt.date(2023, 9, 19), url="https://www.pm.gc.ca/en/news/readouts/2023/09/19/x"
    )
    r = _one(
        "Today, Prime Minister Justin Trudeau met with President Dina Luna of Peru.", facts=facts
    )
    assert r.date == dt.date(2023, 9, 19)
    assert r.source.publisher == "Prime Minister of Canada"
    assert "page's publication date" in _marks(r)["date"]


def test_a_republishers_footer_is_not_content() -> None:
    r = _one(
        "Readout of President Biden's Meeting with Prime Minister Vale of Estonia\n\n"
        "President Joseph R. Biden, Jr. met today with Prime Minister Kai Vale of Estonia "
        "at the White House.\n\nThe leaders discussed energy.\n\n###\n\n"
        "Official news published at https://www.whitehouse.gov/briefing-room/2024/09/13/x/\n"
        "The post Readout of President Biden's Meeting first appeared on Gov News.\n"
        "More Stories\nStatement from the Press Secretary on Trade\n"
        "Remarks by the Vice President at a Reception\n(END)"
    )
    text = r.summary + " ".join(p for s in r.sections for p in s.paragraphs)
    for furniture in ("first appeared", "More Stories", "Remarks by", "Statement from", "###"):
        assert furniture not in text
    assert r.date == dt.date(2024, 9, 13)
    assert r.source.url.startswith("https://www.whitehouse.gov/")


def test_bidi_controls_never_reach_a_field() -> None:
    r = _one(
        "Readout\n\nPrime Minister Kai \u202eelaV\u202c of Estonia met President "
        "Dina\u2066 Luna\u2069 of Peru on 3 May 2021."
    )
    for value in (r.title, r.summary, *(p.name for p in r.participants)):
        assert not any(c in value for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
