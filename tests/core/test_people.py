"""People: one key per person however the name is written; counts, roles and meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from analysis_corpus import load_entries

from summit_tui.core.analysis.stats import cross_table, top_counts
from summit_tui.core.files.reading import derive
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant, Readout
from summit_tui.core.reference.people import Person, meetings_of, people, person_key
from summit_tui.core.search.index import SearchIndex


@pytest.mark.parametrize(
    "name",
    [
        "KISHIDA Fumio",
        "Fumio Kishida",
        "Mr. Fumio KISHIDA",
        "kishida fumio",
        "H.E. Mr. KISHIDA Fumio",
        "  Kishida,  Fumio ",
        "The Honourable Fumio Kishida MP",
    ],
)
def test_written_forms_of_one_name_share_a_key(name: str) -> None:
    assert person_key(name) == "fumio kishida"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("H.E. Dato' Seri Anwar bin Ibrahim", "Anwar Ibrahim"),
        ("Ursula von der Leyen", "Ursula VON DER LEYEN"),
        ("Jean-Yves Le Drian", "Mr. Jean Yves LE DRIAN"),
        ("José Manuel Albares", "Jose Manuel ALBARES"),
        ("Siti binti Aminah", "Siti Aminah"),
        ("He Jiankui", "H.E. Jiankui HE"),
    ],
)
def test_titles_particles_and_accents_do_not_split_a_person(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ferdinand Marcos", "Ferdinand Marcos Jr."),
        ("He Jiankui", "Jiankui"),  # "He" is a family name; only "H.E." is a title
        ("John H. Edwards", "John Edwards"),
        ("Tan Wei", "Wei"),  # "Tan" alone is a family name; "Tan Sri" is a title
    ],
)
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert person_key(a) != person_key(b)


def test_a_name_made_only_of_titles_keeps_a_key() -> None:
    assert person_key("Mr.") == "mr"
    assert person_key("") == ""


def test_people_merges_written_forms_and_counts_meetings(tmp_path: Path) -> None:
    found = people(load_entries(tmp_path))
    keys = [p.key for p in found]
    assert len(keys) == len(set(keys)) == 5
    tanaka = found[0]
    assert isinstance(tanaka, Person)
    assert tanaka.key == person_key("Hiroshi Tanaka")
    assert tanaka.name == "TANAKA Hiroshi"  # the most frequent written form
    assert tanaka.meetings == 5
    assert tanaka.readout_ids == ("jp-my-1", "jp-my-2", "jp-my-fr", "jp-fr", "jp-my-3")
    assert tanaka.roles == ("Prime Minister of Japan", "Minister for Foreign Affairs of Japan")
    assert tanaka.countries == ("JP",)
    aziz = found[1]
    assert (aziz.name, aziz.meetings) == ("Aziz bin Rahman", 4)


def test_people_sorted_by_meetings_then_name(tmp_path: Path) -> None:
    found = people(load_entries(tmp_path))
    order = [(-p.meetings, p.name.casefold()) for p in found]
    assert order == sorted(order)
    assert [p.name for p in found[-2:]] == ["Hans Müller", "Priya Sharma"]


def test_meetings_of_accepts_a_key_or_a_written_name(tmp_path: Path) -> None:
    entries = load_entries(tmp_path)
    by_key = meetings_of(person_key("Claire Dubois"), entries)
    assert [e.id for e in by_key] == [e.id for e in entries if e.id in ("jp-fr", "jp-my-fr")]
    assert meetings_of("Ms. Claire DUBOIS", entries) == by_key
    assert meetings_of("Nobody Known", entries) == []
    assert meetings_of("", entries) == []


def test_people_of_nothing_is_empty() -> None:
    assert people([]) == []


def meeting(rid: str, *people_: Participant) -> Entry:
    """A readout of one day in 2024 with these participants."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=int(rid[-1]))
    return derive(
        Readout(
            id=rid,
            title=f"Talks {rid}",
            date=day,
            kind="summit",
            countries=("JP", "PE"),
            participants=people_,
        ),
        f"{rid}.yaml",
    )


FULL = Participant("Tomoki HANABUSA", "Mr.", "Prime Minister of Japan", "JP")
ALONE = Participant("Hanabusa", "", "Prime Minister", "JP")
OTHER = Participant("Reiko Hanabusa", "", "Minister of Justice", "JP")
PERU = Participant("Hanabusa", "", "", "PE")


def test_a_surname_alone_joins_the_one_full_name_of_its_country() -> None:
    entries = [meeting("m1", FULL), meeting("m2", ALONE), meeting("m3", FULL, PERU)]
    found = {p.key: p for p in people(entries)}
    hanabusa = found[person_key("Tomoki Hanabusa")]
    assert hanabusa.name == "Tomoki HANABUSA"  # the full name, though written once each
    assert hanabusa.readout_ids == ("m1", "m2", "m3")
    assert found["hanabusa"].readout_ids == ("m3",)  # Peru's Hanabusa is someone else
    assert top_counts(entries, "people", 1) == [("Tomoki HANABUSA", 3)]
    rows, _, table = cross_table(entries, "people", "countries")
    assert rows[0] == "Tomoki HANABUSA" and table[0] == [3, 3]


def test_a_surname_two_people_of_a_country_share_stays_apart() -> None:
    entries = [meeting("m1", FULL), meeting("m2", ALONE), meeting("m3", OTHER)]
    keys = {p.key: p.meetings for p in people(entries)}
    assert keys == {
        person_key("Tomoki Hanabusa"): 1,
        "hanabusa": 1,
        person_key("Reiko Hanabusa"): 1,
    }


def test_a_full_name_search_finds_the_surname_alone() -> None:
    index = SearchIndex([meeting("m1", FULL), meeting("m2", ALONE), meeting("m3", PERU)])
    assert [e.id for e in index.search('person:"Tomoki Hanabusa"')] == ["m2", "m1"]
    assert [e.id for e in index.search('person:"Hanabusa Tomoki" ')] == ["m2", "m1"]
    assert len(index.search("person:hanabusa")) == 3
    index.add([meeting("m4", OTHER)])
    # Two Japanese Hanabusas: the surname alone names neither.
    assert [e.id for e in index.search('person:"Tomoki Hanabusa"')] == ["m1"]
