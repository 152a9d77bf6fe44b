"""Forms of newswire and ministry copy: counterparts, portfolios, possessive countries.

Each sentence is our own, written the way agency and ministry copy names the two sides.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.importer import import_text
from summit_tui.core.importer.kind import kind_of
from summit_tui.core.importer.parties import all_of_asean
from summit_tui.core.importer.people import find_participants


def _names_and_countries(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_participants(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Ana Lind of Sweden held talks with her Norwegian counterpart Erik Dahl "
     "Tuesday on fisheries.", [("Ana Lind", "SE"), ("Erik Dahl", "NO")]),
    ("HANOI - Chinese Foreign Minister Wu Lei and his Japanese counterpart Sato Ken met "
     "Saturday on the sidelines of the summit.", [("Wu Lei", "CN"), ("Sato Ken", "JP")]),
    ("Indian Prime Minister Dr. Ravi Mehta and his Pakistan counterpart Imran Qadir began a "
     "meeting here this morning.", [("Ravi Mehta", "IN"), ("Imran Qadir", "PK")]),
    ("Chilean President Rosa Vidal met her counterpart from Peru, Luis Ortega, in Lima.",
     [("Rosa Vidal", "CL"), ("Luis Ortega", "PE")]),
])
def test_a_counterpart_is_the_other_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names_and_countries(text) == expected


def test_a_counterpart_holds_the_same_office() -> None:
    people = find_participants("Chinese Foreign Minister Wu Lei and his Japanese counterpart "
                               "Sato Ken met in Hanoi.")
    assert [p.role for p in people] == ["Foreign Minister", "Foreign Minister"]


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    [_, other] = find_participants("President Anna Berg held talks with her Finnish "
                                   "counterpart Matti Koski Wednesday in Oslo.")
    assert other.name == "Matti Koski"


def test_a_role_with_its_portfolio_after_a_name_gives_the_country() -> None:
    people = find_participants(
        "The Minister of Foreign Affairs, Jane Roe, today spoke with Tom Hale, the United "
        "Kingdom's Secretary of State for Foreign, Commonwealth and Development Affairs.")
    assert ("Tom Hale", "GB") in [(p.name, p.country) for p in people]


def test_spoke_on_a_weekday_with_is_a_call() -> None:
    people = find_participants("President Grant spoke Tuesday morning with Palestinian "
                               "Authority Prime Minister Sami Haddad.")
    assert [p.country for p in people][-1] == "PS"
    assert kind_of("", "President Grant spoke Tuesday morning with Palestinian Authority "
                       "Prime Minister Sami Haddad.", people) == "telephone-talk"


def test_a_summit_of_all_asean_members_has_every_member_of_its_day() -> None:
    text = ("Chairman's Statement of the 9th ASEAN-Korea Summit\n\n"
            "1. The 9th ASEAN-Korea Summit was held on 12 May 2005 in Vientiane. The Summit was "
            "chaired by H.E. Som Chanh, Prime Minister of the Lao PDR, and attended by all "
            "Heads of State/Government of ASEAN Member States and H.E. Park Min, President of "
            "the Republic of Korea.\n\n"
            "2. We welcomed the progress of the partnership.")
    [item] = import_text(text, "asean.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.kind == "multilateral"
    # Cambodia joined in 1999 and Timor-Leste in 2025: on this day, ten members.
    assert set(readout.countries) == {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH",
                                      "VN", "KR"}
    assert [p.name for p in readout.participants] == ["Som Chanh", "Park Min"]


def test_asean_membership_follows_the_day() -> None:
    lead = "The Leaders of ASEAN Member States met in Manila."
    assert "KH" not in all_of_asean(lead, dt.date(1998, 12, 15))
    assert "TL" in all_of_asean(lead, dt.date(2025, 10, 27))
    assert all_of_asean("The President met the Prime Minister.", dt.date(2020, 1, 1)) == []
