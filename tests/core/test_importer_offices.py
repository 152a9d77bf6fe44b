"""The table of office holders: its conventions, and names it tells apart."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import pairwise

from summit_tui.core.importer import import_text
from summit_tui.core.importer.home import has_office, known_names, most_named
from summit_tui.core.importer.offices import (
    _OFFICE_WORDS,
    Holder,
    fold,
    holder,
    holders,
    known_person,
    someone_else_held,
)
from summit_tui.core.model.readout import Readout


def _one(text: str) -> Readout:
    result = import_text(text, "t.txt")
    assert result.is_readout, result.not_a_readout
    readout = result.readouts[0].readout
    assert readout is not None, result.readouts[0].missing
    return readout


def test_every_office_is_one_the_roles_can_name() -> None:
    assert {h.office for h in holders()} <= set(_OFFICE_WORDS)


def test_terms_of_one_office_never_overlap() -> None:
    terms: dict[tuple[str, str], list[Holder]] = defaultdict(list)
    for h in holders():
        terms[h.country, h.office].append(h)
    for key, held in terms.items():
        held.sort(key=lambda h: h.start)
        for before, after in pairwise(held):
            assert before.end is not None and before.end <= after.start, (key, before, after)


def test_a_family_name_is_part_of_the_full_name() -> None:
    for h in holders():
        assert fold(h.family) in fold(h.name), h


def test_leaders_of_newly_covered_countries_are_known() -> None:
    assert known_person("Salva Kiir", "President").country == "SS"
    assert known_person("Lacalle Pou", "President", dt.date(2024, 2, 1)).country == "UY"
    assert known_person("Ghazouani", "President", dt.date(2023, 3, 30)).country == "MR"
    assert holder("CH", "President", dt.date(2020, 6, 1)).name == "Simonetta Sommaruga"
    assert holder("SG", "President", dt.date(2024, 5, 15)).name == "Tharman Shanmugaratnam"
    assert holder("KH", "Prime Minister", dt.date(2023, 8, 22)).name == "Hun Manet"
    assert holder("SG", "Prime Minister", dt.date(2024, 5, 15)).name == "Lawrence Wong"


def test_abu_dhabis_crown_prince_became_president() -> None:
    before = known_person("Mohamed bin Zayed", "Crown Prince of Abu Dhabi", dt.date(2020, 1, 13))
    assert (before.country, before.office) == ("AE", "Crown Prince")
    after = known_person("Mohamed bin Zayed", "President", dt.date(2023, 3, 30))
    assert (after.country, after.office) == ("AE", "President")


def test_one_name_in_two_countries_is_told_apart_by_office_or_date() -> None:
    # Charles Michel led Belgium's government before he chaired the European Council.
    assert known_person("Charles Michel", "Prime Minister", dt.date(2016, 5, 1)).country == "BE"
    assert known_person("Charles Michel", "President", dt.date(2022, 5, 1)).country == "EU"
    assert known_person("Charles Michel", "", dt.date(2016, 5, 1)).country == "BE"
    # Two Merzes: Switzerland's President of 2009 and Germany's Chancellor.
    assert known_person("Merz", "Chancellor", dt.date(2025, 6, 1)).country == "DE"
    assert known_person("Merz", "President", dt.date(2009, 6, 1)).country == "CH"


def test_a_kings_name_alone_is_not_the_king() -> None:
    found = known_names(
        "Commissioner-General Philippe Lazzarini met the delegation.", [], dt.date(2024, 3, 1)
    )
    assert found == []


def test_a_leader_of_a_newly_covered_country_gives_the_meeting_its_parties() -> None:
    r = _one(
        "Kiir and Ruto discuss cooperation\n\n"
        "President Salva Kiir met President William Ruto of Kenya at State House in Nairobi "
        "on 14 September 2022 and discussed bilateral agreements."
    )
    assert set(r.countries) == {"SS", "KE"}


def test_two_leaders_who_share_a_common_given_name_stay_two_people() -> None:
    r = _one(
        "Nouakchott, 30 March 2023. President Mohamed Ould Cheikh El Ghazouani of Mauritania "
        "spoke by telephone with Sheikh Mohamed bin Zayed Al Nahyan, President of the United "
        "Arab Emirates, about trade between their countries."
    )
    assert set(r.countries) == {"MR", "AE"}
    assert len(r.participants) == 2


def test_a_country_discussed_is_not_the_speakers_own() -> None:
    said = (
        "I raised Australia's concerns with the Vice President, and Australia will host the "
        "next meeting. We had a discussion about Iraq, on issues such as Iraq and Afghanistan."
    )
    assert most_named(said, {"US"}) == "AU"
    about = "We had a discussion about Iraq, and touched on issues such as Iraq and Afghanistan."
    assert most_named(about, {"US"}) == ""


def test_a_term_ends_after_it_begins() -> None:
    for h in holders():
        assert h.end is None or h.start < h.end, h
        assert len(h.country) == 2 and h.country.isupper(), h


def test_heads_of_government_of_newly_covered_countries() -> None:
    assert known_person("Robert Golob", "Prime Minister").country == "SI"
    assert holder("SI", "Prime Minister", dt.date(2021, 6, 1)).name == "Janez Janša"
    assert holder("MT", "Prime Minister", dt.date(2015, 5, 1)).name == "Joseph Muscat"
    assert holder("LB", "Prime Minister", dt.date(2022, 3, 1)).name == "Najib Mikati"
    assert holder("JO", "Prime Minister", dt.date(2019, 3, 1)).name == "Omar Razzaz"
    assert holder("KZ", "Prime Minister", dt.date(2020, 1, 1)).name == "Askar Mamin"
    assert holder("CZ", "Prime Minister", dt.date(2015, 1, 1)).name == "Bohuslav Sobotka"
    assert known_person("Mnangagwa", "President", dt.date(2023, 9, 4)).country == "ZW"
    assert known_person("Akhannouch", "Head of Government", dt.date(2023, 1, 1)).country == "MA"


def test_foreign_ministers_of_newly_covered_countries() -> None:
    assert holder("CH", "Foreign Minister", dt.date(2020, 1, 1)).name == "Ignazio Cassis"
    assert holder("NO", "Foreign Minister", dt.date(2019, 1, 1)).name == "Ine Eriksen Søreide"
    assert holder("IR", "Foreign Minister", dt.date(2015, 7, 14)).name == "Mohammad Javad Zarif"
    assert holder("EG", "Foreign Minister", dt.date(2020, 1, 1)).name == "Sameh Shoukry"
    assert holder("KZ", "Foreign Minister", dt.date(2024, 1, 1)).name == "Murat Nurtleu"
    assert holder("KW", "Foreign Minister", dt.date(2023, 1, 1)).name == (
        "Salem Abdullah Al-Jaber Al-Sabah"
    )
    assert known_person("Ayman Safadi", "Foreign Minister", dt.date(2024, 1, 1)).country == "JO"
    assert known_person("Lajčák", "Foreign Minister", dt.date(2015, 1, 1)) is None


def test_one_person_in_two_offices_of_one_country() -> None:
    # Micheál Martin was Ireland's foreign minister while Varadkar was Taoiseach.
    assert holder("IE", "Foreign Minister", dt.date(2023, 6, 1)).name == "Micheál Martin"
    assert holder("IE", "Taoiseach", dt.date(2023, 6, 1)).name == "Leo Varadkar"
    found = known_person("Micheál Martin", "Foreign Minister", dt.date(2023, 6, 1))
    assert (found.country, found.office) == ("IE", "Foreign Minister")


def test_a_luxembourg_prime_minister_who_led_the_commission() -> None:
    assert known_person("Juncker", "Prime Minister", dt.date(2005, 6, 1)).country == "LU"
    assert known_person("Jean-Claude Juncker", "President", dt.date(2016, 6, 1)).country == "EU"
    assert known_person("Jean-Claude Juncker", "", dt.date(2016, 6, 1)).country == "EU"


def test_a_father_and_son_in_one_office() -> None:
    son = known_person("Mahamat Idriss Déby", "President", dt.date(2023, 1, 1))
    assert son.name == "Mahamat Idriss Déby"
    assert known_person("Idriss Déby", "President", dt.date(2015, 1, 1)).name == "Idriss Déby"
    found = known_names(
        "President Mahamat Idriss Déby Itno received the delegation.", [], dt.date(2023, 1, 1)
    )
    assert [p.name for p in found] == ["Mahamat Idriss Déby"]
    undated = known_names("President Mahamat Idriss Déby Itno received the delegation.", [], None)
    assert [p.name for p in undated] == ["Mahamat Idriss Déby"]


def test_a_common_family_name_alone_is_not_a_minister() -> None:
    # Denmark's Kristian Jensen is known in full only: Norway's Siv Jensen was a minister too.
    assert known_person("Jensen", "Minister of Finance", dt.date(2016, 1, 1)) is None
    assert known_person("Kristian Jensen", "Foreign Minister", dt.date(2016, 1, 1)).country == "DK"


def test_leaders_of_newly_covered_countries_give_the_meeting_its_parties() -> None:
    r = _one(
        "Prime Minister Golob meets Prime Minister Plenković\n\n"
        "Prime Minister Robert Golob met Prime Minister Andrej Plenković at Bled on "
        "29 August 2022 and discussed energy cooperation between their countries."
    )
    assert set(r.countries) == {"SI", "HR"}


def test_a_name_that_holds_a_holders_whole_name_and_more_is_theirs() -> None:
    found = known_person("Joseph Kabila Kabange", "President")
    assert found is not None and found.country == "CD"
    # Other words than the holder's own still make another person.
    assert known_person("Lee Myung Loong") is None


def test_a_holder_named_with_other_given_names_or_a_bare_title_is_known_by_office_and_day() -> None:
    # An honorific and another spelling of a given name; the office and the day fit one holder.
    found = known_person("Makhdoom Shah Mahmood Qureshi", "Foreign Minister", dt.date(2020, 4, 8))
    assert found is not None and found.country == "PK"
    # Not without the office: a family name alone names too many.
    assert known_person("Makhdoom Shah Mahmood Qureshi", "", dt.date(2020, 4, 8)) is None
    # Kenya's "Cabinet Secretary" and the Philippines' "Secretary" of foreign affairs.
    found = known_person("Raychelle Omamo", "Cabinet Secretary", dt.date(2021, 7, 1))
    assert found is not None and found.country == "KE"
    found = known_person("Enrique Manalo", "Secretary", dt.date(2023, 4, 11))
    assert found is not None and found.country == "PH"
    found = known_person("Mike Pompeo", "Secretary", dt.date(2019, 3, 20))
    assert found is not None and found.country == "US"


def test_a_foreign_secretary_named_with_a_bare_title_meets_a_foreign_minister() -> None:
    readout = _one(
        "Secretary Enrique Manalo met Foreign Minister Yoko Kamikawa in Washington on "
        "11 April 2024 to discuss maritime cooperation.\n"
    )
    assert readout.kind == "foreign-ministers-meeting"
    assert set(readout.countries) == {"JP", "PH"}


def test_the_publishers_country_is_not_given_to_one_the_table_says_did_not_hold_the_office() -> (
    None
):
    day = dt.date(2010, 9, 29)
    assert someone_else_held("US", "Vice President", day, "Adil Abd al-Mahdi")
    assert not someone_else_held("US", "Vice President", day, "Joe Biden")
    assert not someone_else_held("US", "President", day, "Obama")
    assert not someone_else_held("US", "Deputy Secretary of State", day, "James Steinberg")
    readout = _one(
        "The White House\n\nOffice of the Vice President\n\n"
        "Readout of the Vice President's Call with an Iraqi Leader\n\n"
        "On September 29, 2010, the Vice President spoke with Vice President Adil Abd "
        "al-Mahdi about the formation of a new government.\n"
    )
    assert not any(p.country == "US" and "Mahdi" in p.name for p in readout.participants), (
        readout.participants
    )


def test_a_kingdom_has_no_president_and_a_republic_no_king() -> None:
    assert not has_office("AU", "President")
    assert not has_office("JP", "President")
    assert has_office("ID", "President")
    assert not has_office("US", "King")
    assert has_office("JO", "King")
    assert has_office("GB", "Prime Minister")
    assert has_office("BE", "President of the European Council")


def test_indonesias_old_spelling_names_the_same_holder() -> None:
    found = known_person("Soeharto", "President", dt.date(1995, 9, 16))
    assert found is not None
    assert (found.country, found.family) == ("ID", "Suharto")
    megawati = known_person("Megawati Soekarnoputri", "President", dt.date(2002, 10, 16))
    assert megawati is not None
    assert megawati.family == "Megawati"


def test_a_long_family_name_spelled_one_letter_apart_is_the_same_holder() -> None:
    day = dt.date(2018, 4, 18)
    found = known_person("Mirziyoev", "President", day)
    assert found is not None
    assert found.name == "Shavkat Mirziyoyev"
    # A short name needs its given name beside it; another name stays another.
    assert known_person("Tokaev", "President", day) is None
    tokayev = known_person("Kassym-Jomart Tokaev", "President", dt.date(2021, 6, 4))
    assert tokayev is not None
    assert tokayev.country == "KZ"


def test_a_short_given_name_of_two_full_ones() -> None:
    found = known_person("Tony Blinken")
    assert found is not None
    assert found.name == "Antony J. Blinken"
