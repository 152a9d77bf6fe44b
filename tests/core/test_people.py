"""People: one key per person however the name is written; counts, roles and meetings."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis_corpus import load_entries

from summit_tui.core.people import Person, meetings_of, people, person_key


@pytest.mark.parametrize("name", [
    "KISHIDA Fumio", "Fumio Kishida", "Mr. Fumio KISHIDA", "kishida fumio",
    "H.E. Mr. KISHIDA Fumio", "  Kishida,  Fumio ", "The Honourable Fumio Kishida MP",
])
def test_written_forms_of_one_name_share_a_key(name: str) -> None:
    assert person_key(name) == "fumio kishida"


@pytest.mark.parametrize(("a", "b"), [
    ("H.E. Dato' Seri Anwar bin Ibrahim", "Anwar Ibrahim"),
    ("Ursula von der Leyen", "Ursula VON DER LEYEN"),
    ("Jean-Yves Le Drian", "Mr. Jean Yves LE DRIAN"),
    ("José Manuel Albares", "Jose Manuel ALBARES"),
    ("Siti binti Aminah", "Siti Aminah"),
    ("He Jiankui", "H.E. Jiankui HE"),
])
def test_titles_particles_and_accents_do_not_split_a_person(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ferdinand Marcos", "Ferdinand Marcos Jr."),
    ("He Jiankui", "Jiankui"),  # "He" is a family name; only "H.E." is a title
    ("John H. Edwards", "John Edwards"),
    ("Tan Wei", "Wei"),  # "Tan" alone is a family name; "Tan Sri" is a title
])
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
