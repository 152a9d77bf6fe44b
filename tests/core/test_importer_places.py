"""Where a meeting took place, as ministries and wires write it in ways beyond "in Beijing".

Each text is our own, written the way governments, wires and transcripts name a venue.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.core.importer import import_text
from summit_tui.core.importer.place import find_location, here_in, opening_dateline, title_place
from summit_tui.core.importer.request import Overrides

_DAY = dt.date(2023, 5, 12)


def _readout(text: str):  # type: ignore[no-untyped-def]
    [item] = import_text(text, "t.txt", given=Overrides(date=_DAY)).readouts
    assert item.readout is not None
    return item.readout


def test_a_visit_to_a_named_palace_is_the_place_but_a_visit_to_a_country_is_not() -> None:
    assert (
        find_location(
            "President Joko Widodo received Prime Minister Anwar Ibrahim during the latter's "
            "working visit to the Bogor Palace, West Java, on Friday."
        )
        == "the Bogor Palace"
    )
    assert (
        find_location(
            "President Joko Widodo met Prime Minister Anwar Ibrahim during his visit to the "
            "United States on Friday."
        )
        == ""
    )


def test_a_countrys_capital_named_after_it_is_the_place() -> None:
    lead = (
        "At a bilateral meeting on the sidelines of the regional forum in Laos's capital "
        "Vientiane, Foreign Minister Wang Yi met Secretary of State Antony Blinken."
    )
    assert find_location(lead) == "Vientiane"
    assert find_location("The two ministers met in the Thai capital, Bangkok, on Monday.") == (
        "Bangkok"
    )


def test_a_numbered_street_keeps_its_number() -> None:
    assert find_location("The Taoiseach will meet the Prime Minister at No 10 Downing Street.") == (
        "No 10 Downing Street"
    )


def test_a_headline_ending_in_a_venue_or_welcoming_someone_to_a_place() -> None:
    assert title_place("President Widodo Meets ASEAN Envoys at Bogor Palace") == "Bogor Palace"
    assert (
        title_place(
            "Joint press conference with the Prime Minister of Japan, Parliament House, Canberra."
        )
        == "Parliament House, Canberra"
    )
    assert title_place("Carney welcomes Irish Taoiseach to Parliament Hill to talk trade") == (
        "Parliament Hill"
    )
    assert title_place("Carney welcomes Irish Taoiseach to Canada") == ""


def test_a_city_in_the_lead_gains_the_venue_its_headline_names() -> None:
    readout = _readout(
        "President Widodo Meets ASEAN Envoys at Merdeka Palace\n\n"
        "President Joko Widodo met Prime Minister Anwar Ibrahim of Malaysia on Friday, during "
        "the regional meeting held in Jakarta under Indonesia's chairmanship.\n\n"
        "The two leaders discussed trade and the border.\n"
    )
    assert readout.location == "Merdeka Palace, Jakarta"


def test_someone_seen_entering_a_venue_on_the_way_to_the_meeting() -> None:
    readout = _readout(
        "Prime Minister Mark Carney met Prime Minister Keir Starmer in London on Saturday.\n\n"
        "Carney was seen entering 10 Downing Street on his way into the meeting with Starmer.\n"
    )
    assert readout.location == "10 Downing Street, London"


def test_a_dateline_on_a_line_of_its_own_is_where_the_lead_says_here() -> None:
    assert opening_dateline(["Nairobi, October 16", "The minister called on ..."]) == "Nairobi"
    assert opening_dateline(["Nairobi, the capital", "The minister called on ..."]) == ""
    readout = _readout(
        "Minister calls on President\n\n"
        "Nairobi, October 16\n\n"
        "External Affairs Minister S Jaishankar on Sunday called on Kenyan President William "
        "Ruto here and conveyed the greetings of Prime Minister Narendra Modi.\n"
    )
    assert readout.location == "Nairobi"
    assert any(r.field == "location" for r in readout.review)


def test_a_speaker_here_in_a_city_gives_the_place_marked() -> None:
    assert here_in(["It is good to see colleagues here in Geneva, and on the screen."]) == (
        "Geneva"
    )
    assert here_in(["We have many friends here in Australia."]) == ""
    readout = _readout(
        "Secretary Blinken's Meeting with the Foreign Minister of Indonesia\n\n"
        "SECRETARY BLINKEN: Good afternoon. It is very good to see Foreign Minister Retno "
        "Marsudi here in Geneva today.\n\n"
        "FOREIGN MINISTER MARSUDI: Thank you, Secretary.\n\n"
        "SECRETARY BLINKEN: We will talk about the region.\n"
    )
    assert readout.location == "Geneva"
    assert any(r.field == "location" for r in readout.review)


def test_where_the_meeting_took_place_names_a_venue_in_the_datelines_city() -> None:
    readout = _readout(
        "KUALA LUMPUR, May 12 — Prime Minister Anwar Ibrahim today held a meeting with his "
        "Singaporean counterpart Lawrence Wong during Wong's visit to Malaysia.\n\n"
        "The meeting took place at Seri Perdana here, where Anwar also hosted a lunch.\n"
    )
    assert readout.location == "Seri Perdana, Kuala Lumpur"


def test_a_city_with_an_offices_word_after_a_hyphen_is_a_place() -> None:
    readout = _readout(
        "President Kassym-Jomart Tokayev of Kazakhstan met with State Councilor and Foreign "
        "Minister Wang Yi in Nur-Sultan on May 12, 2023.\n\n"
        "The two sides discussed trade.\n"
    )
    assert readout.location == "Nur-Sultan"


def test_a_wires_line_of_agency_city_and_hyphenated_dates_gives_both() -> None:
    readout = _readout(
        "Minister meets Uzbek counterpart\n\n"
        "ANI | New Delhi | Updated: 25-02-2021 16:10 IST | Created: 25-02-2021 16:10 IST\n\n"
        "External Affairs Minister S Jaishankar met his Uzbekistan counterpart Abdulaziz "
        "Kamilov on Thursday and discussed bilateral issues.\n"
    )
    assert readout.location == "New Delhi"


def test_someone_who_attended_an_event_in_a_city_met_there_during_the_visit() -> None:
    readout = _readout(
        "Prime Minister Lee Hsien Loong attended the State Funeral of former Prime Minister "
        "Abe Shinzo in Tokyo, Japan this afternoon.\n\n"
        "During the visit, Prime Minister Lee had a meeting with Prime Minister Kishida Fumio. "
        "They reaffirmed the close ties of Singapore and Japan.\n"
    )
    assert readout.location == "Tokyo, Japan"


def test_with_nothing_else_the_first_capital_near_the_lead_is_the_place_marked() -> None:
    readout = _readout(
        "Secretary Blinken's Meeting with Foreign Minister Chung\n\n"
        "Secretary of State Antony Blinken met with Republic of Korea Foreign Minister Chung "
        "Eui-yong on May 12, 2023.\n\n"
        "The Secretary thanked the Minister for the hospitality he showed in Seoul.\n"
    )
    assert readout.location == "Seoul"
    assert any(r.field == "location" for r in readout.review)
