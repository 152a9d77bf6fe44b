"""Headlines, photo labels and lengths as ministries' pages set them out.

Each text is our own, written the way those pages are laid out.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.core.importer import import_text
from summit_tui.core.importer.kind import clean_title, title_line
from summit_tui.core.importer.people import find_participants
from summit_tui.core.importer.place import title_place
from summit_tui.core.importer.request import Overrides
from summit_tui.core.importer.times import duration_minutes


def _readout(text: str):  # type: ignore[no-untyped-def]
    [item] = import_text(text, "t.txt", given=Overrides(date=dt.date(2023, 7, 13))).readouts
    assert item.readout is not None
    return item.readout


def test_a_photos_label_naming_the_meeting_is_the_headline_and_the_line_above_its_caption() -> None:
    readout = _readout(
        "Japan-Chile Relations\n\n"
        "July 13, 2023\n"
        "Foreign Minister Hayashi shakes hands with H.E. Mr. Alberto van Klaveren, Foreign "
        "Minister of Chile\n"
        "(Photo) Japan-Chile Foreign Ministers' Meeting\n\n"
        "On July 13, commencing at 11:00 a.m. for approximately 40 minutes, Mr. HAYASHI "
        "Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Alberto "
        "van Klaveren, Minister for Foreign Affairs of Chile. The overview is as follows.\n"
    )
    assert readout.title == "Japan-Chile Foreign Ministers' Meeting"
    assert any("shakes hands" in p.caption for p in readout.photos)


def test_a_transcripts_subjects_line_is_not_its_headline() -> None:
    assert title_line("Subjects: Visit of the Indonesian Foreign Minister to Australia") == ""
    assert title_line("Topics: trade; the region") == ""


def test_a_footnote_mark_run_into_the_headline_is_dropped_but_not_a_groups_number() -> None:
    assert clean_title("Japan-Chile Foreign Ministers' Meeting and Joint Press Occasion1") == (
        "Japan-Chile Foreign Ministers' Meeting and Joint Press Occasion"
    )
    assert clean_title("Leaders meet on the sidelines of the G20") == (
        "Leaders meet on the sidelines of the G20"
    )


def test_a_press_conference_headline_names_the_event_then_the_city() -> None:
    assert title_place("Joint press conference, East Asia Summit, Kuala Lumpur") == "Kuala Lumpur"
    assert title_place("Joint press conference, East Asia Summit") == ""


def test_time_spent_with_someone_is_the_meetings_length() -> None:
    assert duration_minutes("The Prime Minister spent 30 minutes at the Oval Office.") == 30
    assert duration_minutes("The Prime Minister spent two days in Washington.") is None


def test_a_body_the_minister_belongs_to_or_a_news_agency_is_not_a_person() -> None:
    readout = _readout(
        "President Kassym-Jomart Tokayev has received Wang Yi, member of the State Council, "
        "Minister of Foreign Affairs of China, Kazinform News Agency reports.\n\n"
        "The two sides discussed trade and the region.\n"
    )
    names = {p.name for p in readout.participants}
    assert "Kazinform News Agency" not in names and "State Council" not in names
    assert {"Kassym-Jomart Tokayev", "Wang Yi"} <= names


def test_two_leaders_of_two_countries_whose_visit_is_reported_held_a_summit() -> None:
    readout = _readout(
        "The visit gives an opportunity to mark sixty years of relations between Canada and "
        "Jamaica. Prime Minister Justin Trudeau of Canada congratulated Prime Minister Andrew "
        "Holness of Jamaica.\n\n"
        "The discussion focused on trade, security and the region, and the prime ministers "
        "agreed to work together in regional bodies.\n"
    )
    assert readout.kind == "summit"
    assert set(readout.countries) == {"CA", "JM"}


def test_a_country_ending_the_sentence_before_is_not_the_next_offices() -> None:
    people = find_participants(
        "They marked sixty years of relations between Canada and Jamaica. Prime Minister "
        "Justin Trudeau congratulated Prime Minister Andrew Holness of Jamaica."
    )
    assert [p.country for p in people][:1] != ["JM"]
    assert (
        find_participants("The U.S. President Joe Biden met Prime Minister Andrew Holness")[
            0
        ].country
        == "US"
    )


def test_a_countrys_leader_named_so_is_a_leader() -> None:
    readout = _readout(
        "President of Kyrgyzstan Sadyr Japarov met with the Russian leader Vladimir Putin "
        "on July 13, 2023. The parties discussed trade and the region.\n"
    )
    assert readout.kind == "summit"


def test_a_photos_caption_with_its_agency_after_a_slash_is_not_the_headline() -> None:
    readout = _readout(
        "Presidents meet in Beijing\n\n"
        "Vladimir Putin and Kim Jong Un / AP\n\n"
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing on "
        "July 13, 2023. The two leaders held talks.\n"
    )
    assert readout.title == "Presidents meet in Beijing"
    assert readout.kind == "summit"  # "North Korean leader": a country's leader


def test_a_posted_line_with_its_update_is_the_pages_date_line() -> None:
    from summit_tui.core.importer.dates import dateline

    found = dateline("Posted 23 August 2025 (18:57) Updated 23 August 2025 (19:06)")
    assert found is not None and (found.year, found.month, found.day) == (2025, 8, 23)


def test_a_paragraph_opening_with_a_date_is_not_a_numbered_section() -> None:
    from summit_tui.core.importer.sections import marker

    assert marker("14 April 2023, Prime Minister Albanese met President Lula.") is None
    assert marker("2 May 17, the two sides agreed.") is None
    found = marker("2 Regional and International Issues")
    assert found is not None and found.number == "2"


def test_a_transcript_label_gives_the_office_the_lead_leaves_out() -> None:
    readout = _readout(
        "Joint press conference, Jakarta\n\n"
        "FOREIGN MINISTER RETNO MARSUDI: We just had a very productive meeting with the "
        "Foreign Minister of Australia, Penny Wong, on July 13, 2023.\n\n"
        "FOREIGN MINISTER PENNY WONG: Thank you Retno. It is good to be here.\n\n"
        "FOREIGN MINISTER RETNO MARSUDI: Thank you.\n"
    )
    roles = {p.name: p.role for p in readout.participants}
    assert roles.get("Retno Marsudi", "").startswith("Foreign Minister")
    assert readout.kind == "foreign-ministers-meeting"


def test_a_link_back_to_the_sites_home_page_is_furniture() -> None:
    from summit_tui.core.importer.furniture import furniture_line

    assert furniture_line("Go to the Globe and Mail homepage")
    assert furniture_line("Back to home page")


def test_a_photo_caption_with_its_photographer_and_agency_is_not_a_headline() -> None:
    assert (
        title_line(
            "Prime Minister Harper meets President Obama in the Oval Office on Sept. 16, 2009 "
            "(Jane Roe/The Associated Press)"
        )
        == ""
    )
    assert title_line("Foreign Minister Tang Met with Powell (22/09/2001)") != ""


def test_a_hyphenated_date_is_read_day_first_when_the_day_says_so() -> None:
    from summit_tui.core.importer.dates import find_dates

    [found] = find_dates("Updated: 25-02-2021 16:10 IST")
    assert (found.year, found.month, found.day, found.ambiguous) == (2021, 2, 25, False)
    [either] = find_dates("06-09-2023")
    assert either.ambiguous  # day first as Europe and Asia write it, marked for review
