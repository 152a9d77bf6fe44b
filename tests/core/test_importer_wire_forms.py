"""Forms of newswire and ministry copy: counterparts, portfolios, possessive countries.

Each sentence is our own, written the way agency and ministry copy names the two sides.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.importer import import_text
from summit_tui.core.importer.dates import find_dates, relative_day
from summit_tui.core.importer.furniture import date_in_address, strip_furniture
from summit_tui.core.importer.home import UNNAMED_HOME
from summit_tui.core.importer.kind import clean_title, kind_of, one_side_kind, title_line
from summit_tui.core.importer.lead import pick_lead, timing_text, who_met
from summit_tui.core.importer.normalise import normalise
from summit_tui.core.importer.parties import all_of_asean, group_members
from summit_tui.core.importer.people import find_participants, find_speakers, header_people
from summit_tui.core.importer.place import find_location
from summit_tui.core.importer.request import Overrides, PageFacts
from summit_tui.core.importer.sections import paragraphs
from summit_tui.core.importer.times import timing_with_note


def _names_and_countries(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ana Lind of Sweden held talks with her Norwegian "
            "counterpart Erik Dahl "
            "Tuesday on fisheries.",
            [("Ana Lind", "SE"), ("Erik Dahl", "NO")],
        ),
        (
            "HANOI - Chinese Foreign Minister Wu Lei and his Japanese counterpart Sato Ken met "
            "Saturday on the sidelines of the summit.",
            [("Wu Lei", "CN"), ("Sato Ken", "JP")],
        ),
        (
            "Indian Prime Minister Dr. Ravi Mehta and his Pakistan counterpart Imran Qadir began a "
            "meeting here this morning.",
            [("Ravi Mehta", "IN"), ("Imran Qadir", "PK")],
        ),
        (
            "Chilean President Rosa Vidal met her counterpart from Peru, Luis Ortega, in Lima.",
            [("Rosa Vidal", "CL"), ("Luis Ortega", "PE")],
        ),
    ],
)
def test_a_counterpart_is_the_other_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names_and_countries(text) == expected


def test_a_counterpart_holds_the_same_office() -> None:
    people = find_participants(
        "Chinese Foreign Minister Wu Lei and his Japanese counterpart Sato Ken met in Hanoi."
    )
    assert [p.role for p in people] == ["Foreign Minister", "Foreign Minister"]


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    [_, other] = find_participants(
        "President Anna Berg held talks with her Finnish counterpart Matti Koski Wednesday in Oslo."
    )
    assert other.name == "Matti Koski"


def test_a_role_with_its_portfolio_after_a_name_gives_the_country() -> None:
    people = find_participants(
        "The Minister of Foreign Affairs, Jane Roe, today spoke with Tom Hale, the United "
        "Kingdom's Secretary of State for Foreign, Commonwealth and Development Affairs."
    )
    assert ("Tom Hale", "GB") in [(p.name, p.country) for p in people]


def test_spoke_on_a_weekday_with_is_a_call() -> None:
    people = find_participants(
        "President Grant spoke Tuesday morning with Palestinian "
        "Authority Prime Minister Sami Haddad."
    )
    assert [p.country for p in people][-1] == "PS"
    assert (
        kind_of(
            "",
            "President Grant spoke Tuesday morning with Palestinian Authority "
            "Prime Minister Sami Haddad.",
            people,
        )
        == "telephone-talk"
    )


def test_a_summit_of_all_asean_members_has_every_member_of_its_day() -> None:
    text = (
        "Chairman's Statement of the 9th ASEAN-Korea Summit\n\n"
        "1. The 9th ASEAN-Korea Summit was held on 12 May 2005 in Vientiane. The Summit was "
        "chaired by H.E. Som Chanh, Prime Minister of the Lao PDR, and attended by all "
        "Heads of State/Government of ASEAN Member States and H.E. Park Min, President of "
        "the Republic of Korea.\n\n"
        "2. We welcomed the progress of the partnership."
    )
    [item] = import_text(text, "asean.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.kind == "multilateral"
    # Cambodia joined in 1999 and Timor-Leste in 2025: on this day, ten members.
    assert set(readout.countries) == {
        "BN",
        "KH",
        "ID",
        "LA",
        "MY",
        "MM",
        "PH",
        "SG",
        "TH",
        "VN",
        "KR",
    }
    assert [p.name for p in readout.participants] == ["Som Chanh", "Park Min"]


def test_asean_membership_follows_the_day() -> None:
    lead = "The Leaders of ASEAN Member States met in Manila."
    assert "KH" not in all_of_asean(lead, dt.date(1998, 12, 15))
    assert "TL" in all_of_asean(lead, dt.date(2025, 10, 27))
    assert all_of_asean("The President met the Prime Minister.", dt.date(2020, 1, 1)) == []


def test_an_agency_tag_before_the_prime_minister_is_still_the_publishers_leader() -> None:
    assert UNNAMED_HOME.match("(PIB NEWS) The Prime Minister spoke this evening with")
    m = UNNAMED_HOME.match("During the Prime Minister's meeting with Chancellor Roth today")
    assert m is not None and m.group("office") == "Prime Minister"
    assert UNNAMED_HOME.match("During the President Grant visit") is None


def test_a_known_name_in_the_headline_is_the_other_side() -> None:
    text = (
        "PM phone call with Barack Obama\n\n"
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister spoke to the President of the United States this afternoon "
        "about trade."
    )
    [item] = import_text(text, "call.txt", given=Overrides(date=dt.date(2014, 1, 10))).readouts
    assert item.readout is not None
    assert {"Barack Obama", "David Cameron"} <= {p.name for p in item.readout.participants}


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (
            "https://www.gov.uk/government/news/pm-call-with-president-grant-25-october-2022",
            dt.date(2022, 10, 25),
        ),
        ("https://example.org/news/2024/09/13/readout", dt.date(2024, 9, 13)),
        ("https://example.org/news/march-31-2019/", dt.date(2019, 3, 31)),
        ("https://example.org/news/31-february-2019", None),
        ("https://example.org/news/may-2018-review", None),
    ],
)
def test_the_date_an_address_carries(url: str, day: dt.date | None) -> None:
    assert date_in_address(url) == day


def test_a_release_with_a_posting_line_and_its_own_date_line() -> None:
    text = (
        "Press Releases\n\n"
        "Telephone conversation between PM and the Prime Minister of Vietnam\n\n"
        "Posted on: June 12, 2020 | Back | Print\n\n"
        "Telephone conversation between PM and H.E. Tran Van Minh, Prime Minister of "
        "Vietnam\n\n"
        "13 April 2020\n\n"
        "Prime Minister Shri Narendra Modi had a telephone conversation today with H.E. Mr. "
        "Tran Van Minh, Prime Minister of the Socialist Republic of Vietnam. They discussed "
        "the pandemic."
    )
    [item] = import_text(text, "in.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.date == dt.date(2020, 4, 13)
    assert "date" in {m.field for m in readout.review}  # two dates printed: worth a look
    assert set(readout.countries) == {"IN", "VN"}


def test_a_year_from_the_address_is_marked() -> None:
    text = (
        "Secretary Grant's Call With Foreign Minister Petrov\n\n"
        "On July 21, Secretary of State Ann Grant spoke with Russian Foreign Minister "
        "Ivan Petrov. They discussed Syria."
    )
    facts = PageFacts(url="https://example.org/2018/07/23/secretary-grants-call/")
    [item] = import_text(text, "call.txt", facts=facts).readouts
    assert item.readout is not None and item.readout.date == dt.date(2018, 7, 21)
    assert "date" in {m.field for m in item.readout.review}


def test_a_wire_lead_that_names_both_sides_before_the_verb_paragraph() -> None:
    text = (
        "Park, Grant agree to strengthen alliance\n\n"
        "SEOUL, Nov. 7 (Agency) -- South Korean President Park Min-ho and U.S. "
        "President-elect Sam Grant on Friday agreed to further reinforce the two countries' "
        "alliance, Park's spokesman said.\n\n"
        "Park and Grant discussed these issues during a telephone conversation held early "
        "Friday morning (Korean time), said the spokesman.\n\n"
        "The two leaders also agreed to meet at the summit slated for Nov. 15 in Washington."
    )
    [item] = import_text(text, "wire.txt", given=Overrides(date=dt.date(2008, 11, 7))).readouts
    readout = item.readout
    assert readout is not None
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Park Min-ho", "KR"),
        ("Sam Grant", "US"),
    ]
    assert readout.kind == "telephone-talk"


def test_a_numbers_only_date_is_read_the_way_the_dateline_says() -> None:
    text = (
        "Sec-Gen holds video conference with minister\n\n"
        "01/10/2024 07:45 PM\n\n"
        "JAKARTA, Oct 1 (Agency) -- ASEAN Secretary-General Dr Kao Lim held a video "
        "conference with Malaysian Foreign Minister Aziz Rahman on Tuesday."
    )
    [item] = import_text(text, "wire.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2024, 10, 1)


def test_a_weekday_in_the_paragraph_before_the_lead() -> None:
    text = (
        "Strategic dialogue highly necessary\n\n"
        "Updated: 2011-05-13 14:47\n\n"
        "BUDAPEST - The second round of the strategic dialogue was held here on Thursday "
        "with the two sides exchanging views.\n\n"
        "Speaking to reporters after the dialogue, Wei Ming, State Councilor of China, said "
        "the talks were candid."
    )
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None and readout.date == dt.date(2011, 5, 12)
    assert "date" in {m.field for m in readout.review}


def test_a_recalled_meeting_is_not_the_lead_and_comment_boxes_are_furniture() -> None:
    text = (
        "PM call with Prime Minister Hale of New Zealand: 13 February 2023\n\n"
        "Prime Ministers Office 10 Downing Street\n\n"
        "The Prime Minister congratulated Prime Minister Hale on his new role as leader of "
        "New Zealand.\n\n"
        "Updating on his meeting with Ukrainian President Petro Marchenko last week, the "
        "Prime Minister paid tribute to New Zealand's support for Ukraine.\n\n"
        "We don't have any comments for this article yet. Why not join in and start a "
        "discussion."
    )
    [item] = import_text(text, "call.txt").readouts
    readout = item.readout
    assert readout is not None
    assert set(readout.countries) == {"GB", "NZ"}
    assert {p.name for p in readout.participants} == {"Rishi Sunak", "Hale"}
    assert "discussion" not in readout.full_text()


def test_a_family_name_in_the_meeting_sentence_is_the_person_named_before() -> None:
    text = (
        "Jakarta (Agency) - Thai Foreign Minister Somchai Wongsa has expressed his "
        "country's support for Indonesia's chairmanship.\n\n"
        "Wongsa voiced the support during a meeting with Indonesian Foreign Minister Dewi "
        "Lestari on the sidelines of the General Assembly in New York on Monday "
        "(September 19, 2022)."
    )
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Somchai Wongsa", "TH"),
        ("Dewi Lestari", "ID"),
    ]
    assert readout.kind == "foreign-ministers-meeting"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "The Prime Minister met Chancellor Roth at the European Political Community meeting in "
            "Granada, Spain today.",
            "Granada, Spain",
        ),
        (
            "Secretary of State Ann Grant met with Foreign Secretary Tom Hale at the Department of "
            "State in Washington, D.C. on December 12, 2011.",
            "the Department of State, Washington, D.C.",
        ),
        (
            "President Grant arrived at the presidential office in Yongsan-gu, "
            "Seoul around 1:30 pm.",
            "the presidential office in Yongsan-gu, Seoul",
        ),
        (
            "Addu City (Maldives), Nov. 10 (ANI): Indian Prime Minister Ravi Mehta "
            "and his Pakistan "
            "counterpart Imran Qadir began a meeting.",
            "Addu City",
        ),
        (
            "Jakarta, Nov. 27 -- Secretary-General Dr. Kao Lim met with Minister "
            "Rex Cruz in Manila, "
            "the Philippines.",
            "Manila",
        ),
    ],
)
def test_location_forms_of_wires_and_venues(lead: str, place: str) -> None:
    found = find_location(lead)
    assert place in found or found in place, found


def test_a_wire_dateline_before_the_lead_is_the_place_marked_for_review() -> None:
    text = (
        "Strategic dialogue highly necessary\n\n"
        "BUDAPEST - The second round of the strategic dialogue was held here on 12 May 2011 "
        "with the two sides exchanging views.\n\n"
        "Speaking to reporters after the dialogue, Wei Ming, State Councilor of China, said "
        "the talks were candid."
    )
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None and readout.location == "Budapest"
    assert "location" in {m.field for m in readout.review}


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Today, the Prime Minister, Jane Roe, had a productive and "
            "wide-ranging conversation with "
            "the President of the United States, Sam Grant.",
            "telephone-talk",
        ),
        (
            "Minister of Foreign Affairs Lee Min had a virtual conversation for "
            "about one hour with "
            "Minister of Foreign Affairs of China Wu Lei on Monday.",
            "video-conference",
        ),
        (
            "President Jean Roux and Prime Minister Tom Hale had a working lunch "
            "today in Luxembourg.",
            "summit",
        ),
    ],
)
def test_kinds_in_the_words_of_other_offices(lead: str, kind: str) -> None:
    assert kind_of("", lead, find_participants(lead)) == kind


def test_a_conversation_read_as_a_call_is_marked() -> None:
    text = (
        "OTTAWA, March 8, 2026 - The Prime Minister, Jane Roe, and the President of the "
        "United States, Sam Grant, held a conversation this afternoon on trade."
    )
    [item] = import_text(text, "ca.txt").readouts
    readout = item.readout
    assert readout is not None and readout.kind == "telephone-talk"
    assert "kind" in {m.field for m in readout.review}


def test_a_call_timed_in_the_next_paragraph() -> None:
    text = (
        "President Park Min on Nov. 7, 2024 made his first phone call to U.S. "
        "President-elect Sam Grant.\n\n"
        'The adviser told a briefing, "President Park from 7:59 a.m. (Korean Standard '
        "Time) held a phone conversation with President-elect Grant for about 12 "
        'minutes."'
    )
    [item] = import_text(text, "kr.txt").readouts
    readout = item.readout
    assert readout is not None
    assert (str(readout.start_time), readout.duration_minutes) == ("07:59:00", 12)


def test_offices_in_lower_case_after_a_demonym() -> None:
    people = find_participants(
        "Prime Minister Datuk Seri Aziz Rahman received a courtesy call "
        "from former Indonesian vice-president Budi Santoso and his "
        "wife."
    )
    assert ("Budi Santoso", "ID") in [(p.name, p.country) for p in people]
    [kao] = find_participants(
        "JAKARTA (Agency) -- ASEAN secretary-general Dr Kao Lim held a video conference"
    )
    assert kao.name == "Kao Lim"


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        (
            "Press Releases: Secretary Grant's Meeting With Dutch Foreign Minister Blok",
            "Secretary Grant's Meeting With Dutch Foreign Minister Blok",
        ),
        (
            "[OS] Readout by the Press Secretary on the President's meeting",
            "Readout by the Press Secretary on the President's meeting",
        ),
        ("News: short", "News: short"),
    ],
)
def test_a_list_label_before_a_headline_is_dropped(title: str, clean: str) -> None:
    assert clean_title(title) == clean


def test_a_headline_word_after_a_role_is_not_a_name() -> None:
    people = find_participants(
        "Sec-Gen Holds Video Conference With Malaysian Minister Ahead Of 2025 Chairmanship"
    )
    assert all(p.name != "Ahead" for p in people)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Joint statement following the working dinner\n\n"
            "The following joint statement was issued by President Jean Roux and "
            "Prime Minister Tom "
            "Hale following their working dinner in Brussels on 16 October 2017:\n\n"
            "\u201cThe Prime Minister and the President of the European Commission had a broad, "
            "constructive exchange on current challenges.\u201d"
        ),
        (
            "Foreign policy chief Jan Berg and Ukrainian Foreign Minister Ivan Petrenko focused on "
            "security in a phone call, the service said in a press release on Thursday.\n\n"
            '"On 23 December 2021, High Representative Jan Berg held a phone call with Ukrainian '
            'Foreign Affairs Minister Ivan Petrenko to discuss the security situation," '
            "the release says."
        ),
    ],
)
def test_a_text_that_states_its_date_is_not_refused(text: str) -> None:
    result = import_text(text, "stated.txt")
    [item] = result.readouts
    assert item.readout is not None, item.missing
    assert item.readout.date.year in (2017, 2021)
    assert "date" in {m.field for m in item.readout.review}


def test_a_later_event_does_not_date_a_meeting_of_today() -> None:
    text = (
        "Prime Minister Ravi Mehta had a phone call today with Her Excellency Ursula von der "
        "Leyen, President of the European Commission.\n\n"
        "The leaders agreed that the forthcoming Leaders' Meeting on 8 May 2021 was an "
        "important opportunity."
    )
    [item] = import_text(text, "today.txt").readouts
    assert item.readout is None and "date" in item.missing


def test_following_his_meeting_with_names_the_other_side() -> None:
    assert (
        who_met("Remarks by President Michel following his meeting with President Macron")
        == "Remarks by President Michel following his meeting with "
        "President Macron"
    )
    assert who_met(
        "Prime Minister Hale met President Roux following the election of President Grant."
    ).endswith("Roux ")


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        (
            "Call On Prime Minister Lee By Former Japanese Prime Minister Mori",
            "Former Japanese Prime Minister Yoshiro Mori called on Prime Minister "
            "Lee Hsien Loong at "
            "the Istana this afternoon.",
            "other",
        ),
        (
            "Readout of Secretary Grant and Russian FM Petrov Call on September 11, 2013",
            "Secretary Grant and Foreign Minister Petrov spoke this morning in "
            "advance of the meeting "
            "in Geneva tomorrow.",
            "telephone-talk",
        ),
        (
            "Leaders agree on early summit",
            "Japanese Prime Minister Ken Sato and South Korea's President Park Min agreed on "
            "Thursday to work together and to hold a bilateral summit meeting at an early date.",
            "",
        ),
    ],
)
def test_a_meeting_to_come_or_a_courtesy_call_is_not_this_ones_kind(
    title: str, lead: str, kind: str
) -> None:
    assert kind_of(title, lead, find_participants(lead)) == kind


def test_a_photo_caption_is_not_the_lead() -> None:
    caption = (
        "South Korean President Park Min (left) and Japanese Prime Minister Ken Sato have "
        "met for talks in Tokyo."
    )
    lead = (
        "TOKYO (Agency) - Japanese Prime Minister Ken Sato and South Korea's President Park "
        "Min held talks on Thursday on North Korea."
    )
    assert pick_lead([caption, lead], []) == lead


def test_glued_sentences_are_split() -> None:
    assert normalise(
        "held talks at the House on Monday.Following the meeting, U.S.A and gov.uk"
    ) == ("held talks at the House on Monday. Following the meeting, U.S.A and gov.uk")


def test_yesterday_under_a_dated_headline_counts_back_from_it() -> None:
    text = (
        "PM call with Prime Minister Roy of Canada: 15 October 2024\n\n"
        "The Prime Minister spoke to Canadian Prime Minister Jean Roy yesterday evening."
    )
    [item] = import_text(text, "uk.txt").readouts
    readout = item.readout
    assert readout is not None and readout.date == dt.date(2024, 10, 14)
    assert "date" in {m.field for m in readout.review}


def test_a_numbers_only_date_read_day_first_beside_the_pages_date() -> None:
    text = (
        "President meets ASEAN foreign ministers\n\n"
        "4 February 2023 01:53\n\n"
        "President Budi Santoso met Foreign Minister Dewi Lestari and Malaysian Foreign "
        "Minister Aziz Rahman in Jakarta on Friday (3/2/2023)."
    )
    [item] = import_text(text, "id.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2023, 2, 3)


def test_a_short_name_in_brackets_is_the_same_person() -> None:
    people = find_participants(
        "President Budi Santoso (Budiman) received guests. President "
        "Budiman met Prime Minister Tom Hale."
    )
    assert [p.name for p in people] == ["Budi Santoso", "Tom Hale"]


def test_republished_white_house_call_with_a_german_date_line() -> None:
    text = (
        "13.08.2014 - 08:08 [ Weisses Haus ]\n\n"
        "Readout of the President's Call with Prime Minister Erdem of Turkey\n\n"
        "(12. August) The President praised the Prime Minister's speech on Sunday. The "
        "President and Prime Minister agreed on close cooperation."
    )
    [item] = import_text(text, "wh.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.date == dt.date(2014, 8, 12)
    assert readout.title.startswith("Readout of the President's Call")
    assert "Barack Obama" in [p.name for p in readout.participants]


def test_bulleted_photo_lines_and_an_overview_as_follows() -> None:
    text = (
        "Overview of the Foreign Ministers' Meeting\n\n"
        "\u2022 (photo) Foreign Minister Sato shaking hands with Dr. Wu, Minister of "
        "Foreign Affairs of China\n\n"
        "November 14, 2010\n\n"
        "On November 14, Mr. Ken Sato, Minister for Foreign Affairs, held talks with Dr. Wu "
        "Lei, Minister of Foreign Affairs of the People's Republic of China, for "
        "approximately 35 minutes, on the sidelines of the APEC Summit Meeting in Yokohama. "
        "The overview of the meeting is as follows:\n\n"
        "1. Relations\n\nMinister Sato referred to the talks on resources."
    )
    [item] = import_text(text, "jp.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.photos and readout.photos[0].caption.startswith("Foreign Minister Sato")
    assert [p.name for p in readout.participants] == ["Ken Sato", "Wu Lei"]
    assert (readout.duration_minutes, readout.location) == (35, "Yokohama")


def test_the_mourned_are_not_at_the_table() -> None:
    people = find_participants(
        "Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit "
        "meeting with the Hon. Jon Reed, Prime Minister of Australia, "
        "who is visiting Japan to attend the state funeral for former "
        "Prime Minister ABE."
    )
    assert [p.name for p in people] == ["KISHIDA Fumio", "Jon Reed"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Leaders talk for 50 minutes\n\nBy Ravi Kumar, AgencyThursday, April 29, 2010\n\n"
            "THIMPHU - Indian Prime Minister Ravi Mehta and his Pakistani "
            "counterpart Imran Qadir met "
            "for about 50 minutes on the sidelines of the summit here.",
            dt.date(2010, 4, 29),
        ),
        (
            "Premium\n\nThis is an archive article published on November 7, 2010\n\n"
            "Leaders meet ahead of formal talks\n\n"
            "Prime Minister Ravi Mehta and President Sam Grant of the United States had a meeting "
            "here tonight.",
            dt.date(2010, 11, 7),
        ),
        (
            "Last updated at: (Beijing Time) Thursday, August 14, 2003\n\n"
            "Foreign ministers hold talks\n\n"
            "Chinese Foreign Minister Wu Lei held talks with his South Korean counterpart Park Min "
            "Wednesday on bilateral relations.",
            dt.date(2003, 8, 13),
        ),
    ],
)
def test_a_date_printed_near_the_top_dates_the_meeting(text: str, day: dt.date) -> None:
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None, item.missing
    assert readout.date == day
    assert "date" in {m.field for m in readout.review}


def test_a_transcripts_dateline_and_speaker() -> None:
    text = (
        "Secretary of State Ann Grant And German Foreign Minister Jan Roth\n\n"
        "Remarks at Joint Press Availability\n\n"
        "Washington, DC, May 8, 2000\n\n"
        "SECRETARY GRANT: Good morning. I am pleased to welcome my friend, Foreign Minister "
        "Roth, to the Department of State."
    )
    result = import_text(text, "sd.txt")
    [item] = result.readouts
    assert item.readout is not None, item.missing
    assert item.readout.date == dt.date(2000, 5, 8)
    assert "Secretary" not in item.readout.location


def test_a_transcript_without_a_reporting_sentence_is_written_for_review() -> None:
    text = (
        "Joint press release\n\n02 March 2018\n\nPrime Ministerial bilateral meeting\n\n"
        "Prime Minister:\n\nWell, welcome. We have had a very good discussion this morning."
        "\n\nRt Hon Jane Roe, Prime Minister of New Zealand:\n\nThank you Prime Minister for "
        "your hospitality."
    )
    [item] = import_text(text, "transcript.txt").readouts
    readout = item.readout
    assert readout is not None, item.missing
    assert readout.date == dt.date(2018, 3, 2)
    assert [p.name for p in readout.participants] == ["Jane Roe"]
    assert "participants" in {m.field for m in readout.review}


@pytest.mark.parametrize(
    "lead",
    [
        (
            "Today in Brussels, the High Representative of the European Union for "
            "Foreign Affairs and "
            "Security Policy/Vice-President of the European Commission, Anna Berg, met with the US "
            "Secretary of State, Sam Grant."
        ),
        (
            "The Honourable Jane Roe, Minister of Foreign Affairs, met yesterday with Jean Roux, "
            "France's Minister for Europe and Foreign Affairs."
        ),
    ],
)
def test_foreign_ministers_in_other_words(lead: str) -> None:
    assert kind_of("", lead, find_participants(lead)) == "foreign-ministers-meeting"


def test_a_slash_joins_two_offices_and_a_nickname_stays_out_of_a_name() -> None:
    [berg, _] = find_participants(
        "the High Representative of the European Union for Foreign Affairs and Security "
        "Policy/Vice-President of the European Commission, Anna Berg, met with the US "
        "Secretary of State, Sam Grant."
    )
    assert berg.role.startswith("High Representative") and berg.country == "EU"
    [marcos, _] = find_participants(
        "President Ferdinand \u201cBongbong\u201d Marcos Jr. holds a "
        "bilateral meeting with US President Sam Grant"
    )
    assert marcos.name == "Ferdinand Marcos Jr."


def test_a_known_name_without_an_office_takes_the_one_held_on_the_day() -> None:
    text = (
        "Foreign Secretary meets Turkish Foreign Minister\n\n"
        "William Hague met Turkish Minister of Foreign Affairs Ahmet Davutoglu and discussed "
        "bilateral relations on 7 March 2012."
    )
    [item] = import_text(text, "uk.txt").readouts
    readout = item.readout
    assert readout is not None
    hague = next(p for p in readout.participants if p.name == "William Hague")
    assert (hague.country, readout.kind) == ("GB", "foreign-ministers-meeting")
    assert "Foreign Secretary" in hague.role


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "During the half-hour meeting, the first between the two leaders, they spoke of trade.",
            30,
        ),
        ("During our 40-minute discussion, Prime Minister Wong and I exchanged views.", 40),
        ("They held unscheduled talks for two hours.", 120),
    ],
)
def test_more_ways_to_say_how_long(text: str, minutes: int) -> None:
    assert timing_with_note(text)[1] == minutes


def test_a_meetings_length_a_few_paragraphs_after_the_lead() -> None:
    lead = "Prime Minister Roy met President Grant at the White House on Monday."
    paras = [
        lead,
        "They spoke of trade.",
        "And of security.",
        "During the half-hour meeting, the first between the two leaders, they agreed.",
    ]
    assert timing_with_note(timing_text(lead, paras))[1] == 30


def test_a_ministers_first_person_release_without_a_publisher() -> None:
    text = (
        "Media release 12 October 2018\n\n"
        "My first visit to Papua New Guinea as Foreign Minister reaffirmed the strength of "
        "Australia's bilateral relationship with one of our closest neighbours.\n\n"
        "In my discussion with Prime Minister Peter O'Neill, I congratulated PNG on its "
        "preparations for APEC. Australia will provide security support."
    )
    [item] = import_text(text, "au.txt").readouts
    readout = item.readout
    assert readout is not None
    assert set(readout.countries) == {"AU", "PG"}
    assert "Marise Payne" in [p.name for p in readout.participants]
    assert "participants" in {m.field for m in readout.review}


def test_the_writers_own_visit_names_no_counterpart() -> None:
    text = (
        "Foreign Minister hails talks\n\nBerlin, 22 May 2017\n\n"
        "I had many opportunities to come here as defence minister and meet Mr Thomas Roth. "
        "For me, another chapter is being written with President Macron's arrival."
    )
    result = import_text(text, "fr.txt")
    people = [p.name for i in result.readouts if i.readout for p in i.readout.participants]
    assert "Frank-Walter Steinmeier" not in people


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Leaders hold frank talks",
            "South Korean President Park Min and U.S. President Sam Grant "
            "held frank discussions during their dinner meeting Thursday.",
        ),
        (
            "President attends private dinner",
            "Visiting Chinese President Wu Lei attended a private "
            "dinner hosted by US President Sam Grant at the White House last night.",
        ),
        (
            "EU-India Joint Statement",
            "The Eleventh European Union - India Summit was held in "
            "Brussels. India was represented by Prime Minister Ravi Mehta, the EU "
            "by President of the "
            "European Council Jan Berg.",
        ),
    ],
)
def test_two_leaders_dining_or_a_joint_statement_of_their_summit(title: str, lead: str) -> None:
    people = find_participants(lead)
    assert kind_of(title, lead, people) == "summit"


def test_venues_particles_and_section_labels() -> None:
    [grant] = find_participants(
        "Ann Grant Secretary of State Treaty Room Washington, DC "
        "April 30, 2010 and then Secretary Ann Grant spoke."
    )
    assert grant.name == "Ann Grant"
    [_, zardari] = find_participants(
        "Prime Minister Ravi Mehta met Pakistan President Asif ali Zardari on the sidelines."
    )
    assert zardari.name == "Asif ali Zardari"
    assert clean_title("Politics FM Kang Meets Russian Counterpart in Germany") == (
        "FM Kang Meets Russian Counterpart in Germany"
    )
    assert clean_title("Nation Builds") == "Nation Builds"


def test_a_wire_dateline_anchors_yesterday_and_its_city_holds_the_venue() -> None:
    text = (
        "Minister calls on Prime Minister\n\n"
        "Published on 01 Aug 2013\n\n"
        "SINGAPORE, 23 July 2013 - Chinese Defence Minister Wu Lei called on Prime Minister "
        "Lee Hsien Loong at the Istana yesterday as part of his visit."
    )
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.date == dt.date(2013, 7, 22)
    assert readout.location == "Istana, Singapore"


def test_a_group_photo_caption_is_not_the_lead() -> None:
    caption = (
        "Leaders of APEC, including Chinese President Wu Lei and Korean President Park "
        "Min, pose for a group photo at the Leaders' Meeting."
    )
    lead = "President Park Min met with Chinese President Wu Lei and discussed the peninsula."
    assert pick_lead([caption, lead], []) == lead


def test_a_place_from_a_later_paragraph_is_marked() -> None:
    text = (
        "Leaders talk for 50 minutes\n\n"
        "Indian Prime Minister Ravi Mehta and his Pakistani counterpart Imran Qadir met for "
        "about 50 minutes on 29 April 2010 on the sidelines of the summit.\n\n"
        "The two prime ministers met at Bhutan House in the summit village."
    )
    [item] = import_text(text, "wire.txt").readouts
    readout = item.readout
    assert readout is not None and readout.location.startswith("Bhutan House")
    assert "location" in {m.field for m in readout.review}


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "The Prime Minister of Australia, the Honourable Jon Reed MP, welcomed "
            "the Prime Minister "
            "of Canada, the Right Honourable Mark Hale MP, to Canberra for his first visit.",
            "Canberra",
        ),
        (
            "The Secretary met the Foreign Minister at the Foreign Secretary's "
            "residence in Carlton "
            "Gardens, London.",
            "Carlton Gardens, London",
        ),
    ],
)
def test_welcomed_to_a_city_and_an_owners_residence(lead: str, place: str) -> None:
    assert find_location(lead) == place


def test_two_people_under_one_plural_office_and_an_ambassadors_post() -> None:
    people = find_participants("Presidents Grant and Ortega spoke for 20 minutes this afternoon")
    assert [(p.name, p.role) for p in people] == [("Grant", "President"), ("Ortega", "President")]
    [_, envoy] = find_participants(
        "Prime Minister Pham Minh Chinh received Chinese Ambassador to Vietnam Wu Lei."
    )
    assert (envoy.name, envoy.role, envoy.country) == ("Wu Lei", "Ambassador to Vietnam", "CN")


def test_a_publication_line_run_into_the_first_sentence() -> None:
    page = strip_furniture(
        normalise(
            "Prime Minister receives call\n\nPosted On: 24 MAR 2026 8:48PM by PIB Delhi The Prime "
            "Minister, Shri Ravi Mehta, received a call from the President of the United States."
        )
    )
    assert page.dates and page.dates[0].resolve(None) == dt.date(2026, 3, 24)
    assert any(line.startswith("The Prime Minister, Shri Ravi Mehta") for line in page.lines)


def test_today_said_of_the_visit_not_of_the_meeting_is_marked() -> None:
    text = (
        "Senior Minister Lee Hsien Loong concluded his visit to Malaysia today. In Kuala "
        "Lumpur, Senior Minister Lee also met Prime Minister Dato' Seri Anwar Ibrahim.\n\n"
        "MINISTRY OF FOREIGN AFFAIRS\n\n22 JULY 2024"
    )
    [item] = import_text(text, "sg.txt").readouts
    assert item.readout is not None and "date" in {m.field for m in item.readout.review}


def test_a_length_said_of_the_meeting_further_on() -> None:
    lead = "Prime Minister Ken Sato and President Sam Grant spoke by phone on Monday."
    paras = [
        lead,
        "One.",
        "Two.",
        "Three.",
        "Four.",
        "The weather was fine for 20 minutes. During the 25-minute phone talk, they agreed "
        "to meet.",
    ]
    assert timing_with_note(timing_text(lead, paras))[1] == 25
    assert (
        timing_with_note("During this \u201cvery good 25-minute exchange\u201d they spoke.")[1]
        == 25
    )


def test_a_call_with_a_group_has_its_members() -> None:
    assert set(
        group_members("Secretary of State Sam Grant spoke yesterday with G7 foreign ministers.")
    ) == {"US", "CA", "FR", "DE", "IT", "JP", "GB"}
    assert group_members("on the sidelines of the G7 summit") == []
    text = (
        "Secretary Grant's Call With G7 Foreign Ministers\n\n"
        "Secretary of State Sam Grant spoke on 5 January 2026 with G7 foreign ministers."
    )
    [item] = import_text(text, "g7.txt").readouts
    assert item.readout is not None and item.readout.kind == "multilateral"


def test_a_meeting_of_listed_parties_before_a_side_meeting() -> None:
    listed = (
        "On May 8, 2006, foreign ministers of China, the United States, Russia, Britain, "
        "France and Germany held a meeting in New York. Foreign Minister Wu Lei attended "
        "the meeting."
    )
    side = (
        "During the meeting, Wu met with Russian Foreign Minister Ivan Petrov and US "
        "Secretary of State Ann Grant respectively."
    )
    assert pick_lead([listed, side], []) == listed


def test_a_country_section_run_into_a_headline_is_dropped() -> None:
    text = (
        "Thursday, December 02, 1999, updated at 09:56(GMT+8)\n"
        "China Wu Lei Meets US Senator\n\n"
        "Chinese President Wu Lei met with US Senator Sam Grant and his delegation at the "
        "Great Hall of the People in Beijing on December 1."
    )
    [item] = import_text(text, "cn.txt").readouts
    assert item.readout is not None and item.readout.title == "Wu Lei Meets US Senator"


def test_an_office_run_into_a_name_is_taken_apart() -> None:
    assert normalise("UK Foreign SecretaryDominicRaab met McDonald and DeSantis") == (
        "UK Foreign Secretary Dominic Raab met McDonald and DeSantis"
    )
    assert normalise("MacArthur, YouTube, LeBlanc") == "MacArthur, YouTube, LeBlanc"


def test_a_portfolio_in_capitals() -> None:
    people = find_participants(
        "the newly appointed Secretary of State for ASEAN Affairs of "
        "Timor-Leste, H.E. Dr. Jose Pires, who paid a courtesy call"
    )
    assert [(p.name, p.country) for p in people] == [("Jose Pires", "TL")]


def test_the_subject_named_in_full_before_the_lead_and_an_honourable_guest() -> None:
    text = (
        "China Wu Jian Meets Grant in Beijing\n\n"
        "Vice Premier Wu said that relations are of great significance.\n\n"
        "Wu made the remarks on February 18, 2000, while he met at the Great Hall of the "
        "People with Grant, US Deputy Secretary of State, along with Mr. Hale, US Under "
        "Secretary of Defense."
    )
    [item] = import_text(text, "cn.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.title == "Wu Jian Meets Grant in Beijing"
    assert "Wu" in [p.name for p in readout.participants]
    assert (
        find_location(
            "Prime Minister Sato held a summit meeting for the Hon. Jon Reed MP, "
            "Prime Minister of Australia, at Akasaka Palace State Guest House."
        )
        == "Akasaka Palace State Guest House"
    )


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        (
            "Australia-New Zealand Leaders' Meeting 2023",
            "The Prime Minister of New Zealand, Rt Hon Jane Roe, and the Prime "
            "Minister of Australia, "
            "the Hon Jon Reed MP, met in Wellington on 26 July 2023.",
            "summit",
        ),
        ("ASEAN-Japan Leaders' Meeting", "The leaders met in Jakarta.", "multilateral"),
        (
            "Republic of Korea-EU Summit - Joint Press Statement",
            "The Sixth Summit between the Republic of Korea and the European Union took place in "
            "Seoul. Korea was represented by President Park Min and the EU by Mr. "
            "Jan Berg, President "
            "of the European Council.",
            "summit",
        ),
        (
            "",
            "Malaysian Prime Minister Aziz Rahman on Thursday held a four-eyed meeting at his "
            "office here with Singapore Prime Minister Lee Hsien Loong.",
            "summit",
        ),
    ],
)
def test_bilateral_leaders_meetings_in_other_words(title: str, lead: str, kind: str) -> None:
    assert kind_of(title, lead, find_participants(lead)) == kind


def test_honourables_without_a_full_stop_and_a_place_in_the_standfirst() -> None:
    people = find_participants(
        "Minister for Defence the Hon Peter Dunn MP hosted the Secretary "
        "of State for Defence the Rt Hon Ben Walsh MP for the talks."
    )
    assert [p.name for p in people] == ["Peter Dunn", "Ben Walsh"]
    text = (
        "Ministerial Meeting 2022: joint statement\n\n"
        "The two governments issued a joint statement following the talks held in Sydney on "
        "21 January 2022.\n\nDetails\n\n"
        "On 21 January 2022, Minister for Foreign Affairs Senator the Hon Jane Roe hosted "
        "the Foreign Secretary of the United Kingdom the Rt Hon Tom Hale MP."
    )
    [item] = import_text(text, "au.txt").readouts
    assert item.readout is not None and item.readout.location == "Sydney"


def test_an_anniversarys_first_year_does_not_date_the_meeting() -> None:
    text = (
        "Prime Minister receives Ambassador\n\n"
        "On the afternoon of October 1, at the Government Headquarters, Prime Minister Pham "
        "Minh Chinh received Chinese Ambassador to Vietnam Wu Lei on the 75th anniversary "
        "of China's National Day (October 1, 1949 - October 1, 2024)."
    )
    [item] = import_text(text, "vn.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2024, 10, 1)


def test_a_bare_minister_the_table_knows_is_the_foreign_minister() -> None:
    text = (
        "FM Kang Meets Russian Counterpart\n\n"
        "Seoul's Foreign Ministry says Minister Kang Kyung-wha held talks with Russian "
        "Foreign Minister Sergey Lavrov on 15 February 2019 in Munich."
    )
    [item] = import_text(text, "kr.txt").readouts
    assert item.readout is not None and item.readout.kind == "foreign-ministers-meeting"


def test_asean_members_in_the_paragraph_after_an_introduction() -> None:
    text = (
        "Chairman's Statement of the 23rd ASEAN-China Summit\n\n"
        "The 23rd ASEAN-China Summit was held via video conference on 12 November 2020. "
        "Below is the full text of the Summit's Chairman's Statement.\n\n"
        "1. The Summit was chaired by H.E. General Prayut Chan-o-cha (Ret.), Prime Minister "
        "of the Kingdom of Thailand, and attended by Heads of State/Government and High "
        "Representatives of ASEAN Member States and H.E. Li Keqiang, Premier of the State "
        "Council of the People's Republic of China."
    )
    [item] = import_text(text, "asean.txt").readouts
    readout = item.readout
    assert readout is not None and readout.kind == "multilateral"
    assert {"TH", "CN", "VN"} <= set(readout.countries) and "TL" not in readout.countries
    assert [p.name for p in readout.participants][:2] == ["Prayut Chan-o-cha", "Li Keqiang"]


def test_embassies_in_all_member_states_is_not_a_summit_of_them() -> None:
    assert (
        all_of_asean(
            "He urged the country to open embassies in all ASEAN Member States.",
            dt.date(2012, 1, 1),
        )
        == []
    )


def test_wednesday_at_six_is_a_weekday_and_took_place_on_monday() -> None:
    text = (
        "18 December 2009\n\nPresident holds bilateral talks with Norwegian PM\n\n"
        "Copenhagen - President Budi Santoso here on Wednesday at 6 pm local time held "
        "bilateral talks with Norwegian Prime Minister Jens Stoltenberg."
    )
    [item] = import_text(text, "id.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2009, 12, 16)
    text = (
        "January 4, 2022 5:50:06 pm\n\n"
        "External Affairs Minister Ravi Mehta has spoken to US Secretary of State Sam Grant, "
        "covering a range of issues.\n\n"
        "The telephonic conversation took place on Monday night, Mehta said."
    )
    [item] = import_text(text, "in.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2022, 1, 3)


def test_long_headlines_and_a_lead_without_its_full_stop() -> None:
    long_title = (
        "Joint media release on the occasion of the meeting between European Commission "
        "President Anna Berg and New Zealand's Prime Minister Jane Roe, 30 June 2022, "
        "Brussels"
    )
    assert title_line(long_title) == clean_title(long_title)
    assert (
        title_line(
            "US President Sam Grant and newly re-elected European Commission President "
            "Anna Berg held a telephone conversation, the White House press service "
            "reports"
        )
        == ""
    )


def test_a_one_line_page_gives_its_repeated_headline() -> None:
    text = (
        "HomeOffice of the SpokespersonPress Releases...Secretary Grant's Call with Australian "
        "Foreign Minister Roe hide Secretary Grant's Call with Australian Foreign Minister Roe "
        "Readout Office of the Spokesperson June 7, 2022 The below is attributable to "
        "Spokesperson Ned Price: Secretary of State Sam Grant spoke yesterday with Australian "
        "Foreign Minister Jane Roe about our ongoing coordination on regional issues, as well "
        "as to discuss the upcoming ministerial meetings in Bali."
    )
    [item] = import_text(text, "sd.txt").readouts
    readout = item.readout
    assert readout is not None
    assert readout.title == "Secretary Grant's Call with Australian Foreign Minister Roe"


def test_on_monday_beside_a_weekday_the_text_dates() -> None:
    text = (
        "PUTRAJAYA: Foreign Minister Aziz Rahman met his Singaporean counterpart Dr Tan Wei "
        "on Monday, where both reaffirmed the relations.\n\n"
        "It was their first meeting since Aziz took office on Dec 2, 2022. Tan is in Malaysia "
        "on a working visit from Sunday (Jan 15) to Wednesday (Jan 18)."
    )
    [item] = import_text(text, "my.txt").readouts
    readout = item.readout
    assert readout is not None and readout.date == dt.date(2023, 1, 16)
    assert "date" in {m.field for m in readout.review}


def test_wire_lines_each_in_a_block_of_their_own_are_one_paragraph() -> None:
    lines = [
        "TOKYO, Sept 20 (Agency) - Japanese Prime Minister Ken Sato said",
        "",
        "he and U.S. President Sam Grant had held their first telephone",
        "",
        "conversation on Sunday since Sato took over as the new leader",
        "",
        "of Japan, in a call that both sides described as warm and open.",
        "",
        "During the 25-minute phone talk, Grant and Sato briefly talked",
        "",
        "about China, a deputy chief cabinet secretary told reporters.",
    ]
    paras = paragraphs(lines)
    assert len(paras) == 2 and paras[0].endswith("warm and open.")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Minister for Europe and Foreign Affairs Jean Roux hosted his new "
            "Danish counterpart, Jens "
            "Holm, this morning.",
            ("Jens Holm", "DK"),
        ),
        (
            "Sato on Nov. 26 met with Turkmenistan's Foreign Minister Rashid Orazov.",
            ("Rashid Orazov", "TM"),
        ),
        (
            "Mr. Ken Sato, Minister for Foreign Affairs of Japan, held a telephone "
            "meeting with Hon. "
            "Jose A. Cruz, Secretary for Foreign Affairs of the Republic of the Philippines.",
            ("Jose A. Cruz", "PH"),
        ),
    ],
)
def test_more_ways_to_name_the_other_foreign_minister(text: str, other: tuple[str, str]) -> None:
    assert other in [(p.name, p.country) for p in find_participants(text)]


def test_a_transcripts_speakers_and_a_counterpart_named_by_office() -> None:
    assert [
        (p.name, p.role)
        for p in find_speakers(
            [
                "SECRETARY KERRY: Good morning.",
                "FOREIGN SECRETARY MEADE: Thank you.",
                "QUESTION: (Inaudible.)",
                "SECRETARY KERRY: Thanks.",
            ]
        )
    ] == [("Kerry", "Secretary"), ("Meade", "Foreign Secretary")]
    text = (
        "Joint press conference, Canberra, 10 March 2006\n\n"
        "PRIME MINISTER HOWARD:\n\n"
        "The Prime Minister of New Zealand and I have had a very friendly and full "
        "discussion, as is typical of our meetings."
    )
    [item] = import_text(text, "au.txt").readouts
    readout = item.readout
    assert readout is not None
    assert {p.name for p in readout.participants} >= {"Howard", "Helen Clark"}
    assert set(readout.countries) == {"AU", "NZ"}


def test_an_earlier_call_in_the_same_sentence_is_another_meeting() -> None:
    text = (
        "Foreign Minister Holds Telephone Conversation with her Japanese Counterpart\n\n"
        "1. Foreign Minister Kang Kyung-wha talked to Foreign Minister Taro Kono of Japan over "
        "the phone on August 29, 2017 at the latter's request after her telephone "
        "conversation with Secretary of State Rex Tillerson of the US earlier in the day."
    )
    [item] = import_text(text, "kr.txt").readouts
    readout = item.readout
    assert readout is not None
    assert set(readout.countries) == {"KR", "JP"} and readout.kind == "telephone-talk"


def test_a_prime_minister_in_his_capacity_as_president_of_the_european_council() -> None:
    [pm] = find_participants(
        "Prime Minister Jan Peeters of Belgium in his capacity as "
        "President of the European Council, assisted by officials"
    )
    assert pm.country == "EU"
    assert (
        kind_of(
            "Joint Press Statement, 10th Japan-EU Summit",
            "The 10th Summit meeting between the European Union and Japan was held in "
            "Brussels. Prime Minister Jan Peeters of Belgium in his capacity as President "
            "of the European Council met with Prime Minister Ken Sato of Japan.",
            find_participants(
                "Prime Minister Jan Peeters of Belgium in his capacity as "
                "President of the European Council met with Prime "
                "Minister Ken Sato of Japan."
            ),
        )
        == "summit"
    )


def test_the_only_date_a_text_writes_is_used_rather_than_refusing() -> None:
    text = (
        "VALLADOLID (Agency) - President Andres Lopez and U.S. President-elect Sam Grant had "
        "their first phone conversation. They pledged to work together.\n\n"
        "\u201cI have spoken on the phone with the President-elect,\u201d Lopez wrote.\n\n"
        "\u2014 Andres Lopez (@alopez) December 20, 2020"
    )
    [item] = import_text(text, "mx.txt").readouts
    readout = item.readout
    assert readout is not None and readout.date == dt.date(2020, 12, 20)
    assert "date" in {m.field for m in readout.review}


def test_a_weekday_after_on_is_not_part_of_a_place() -> None:
    assert (
        find_location("Chancellor Roth received President Roux in Berlin on Friday evening.")
        == "Berlin"
    )
    assert find_location("The leaders met in Rostov on Don.") == "Rostov on Don"


def test_a_date_in_the_sentence_beats_the_wires_dateline_date() -> None:
    text = (
        "Minister's call with State Councilor\n\n"
        "SINGAPORE, May 11, 2020 /PRNewswire/ -- Minister for Foreign Affairs Dr Tan Wei "
        "spoke with PRC State Councilor and Minister of Foreign Affairs Wu Lei on 28 April "
        "2020 via telephone."
    )
    [item] = import_text(text, "sg.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2020, 4, 28)


def test_a_header_names_a_person_a_line_above_the_office() -> None:
    people = header_people(
        [
            "EUCO 140/12",
            "Remarks by Jan Berg",
            "President of the European Council",
            "following the meeting with Prime Minister of Malta",
            "Karl Borg",
        ]
    )
    assert [(p.name, p.country) for p in people] == [("Jan Berg", "EU")]
    [counsellor] = find_participants(
        "Prime Minister Gen Prayut Chan-o-cha has spoken to the "
        "State Counselor of Myanmar Aung San Suu Kyi by phone."
    )[1:]
    assert counsellor.country == "MM"


def test_the_paragraph_naming_both_sides_before_one_on_a_meeting_to_prepare() -> None:
    first = (
        "KUALA LUMPUR: Foreign Minister Datuk Seri Aziz Rahman and his Indonesian "
        "counterpart, Dewi Lestari have reaffirmed the excellent relations between the two "
        "countries."
    )
    second = (
        "The ministry said the discussion took place during the luncheon hosted by Dewi to "
        "prepare the meeting between Prime Minister Tan Sri Omar Yusof and Indonesian "
        "President Budi Santoso tomorrow."
    )
    assert pick_lead([first, second], []) == first


def test_a_counterpart_named_after_a_role_and_a_clause_since() -> None:
    people = find_participants(
        "Philippine Foreign Secretary Jose Cruz met with his American "
        "counterpart, US Secretary of State Sam Grant, for the first time "
        "since Philippine President Rodrigo Duterte threatened to cut "
        "ties."
    )
    assert [p.name for p in people][:2] == ["Jose Cruz", "Sam Grant"]
    assert who_met(
        "Foreign Secretary Cruz met Secretary Grant for the first time since "
        "President Duterte threatened to cut ties."
    ).endswith("Grant ")


@pytest.mark.parametrize(
    "line",
    [
        "September 2024",
        "(View from the most recent)",
        'Respiratory Syndrome (MERS)," said H.E. Le Luong Minh, Secretary-General of ASEAN',
    ],
)
def test_lines_that_are_not_headlines(line: str) -> None:
    assert title_line(line) == ""


def test_a_language_link_and_a_file_picture_caption_leave_the_headline() -> None:
    assert title_line(
        "Readout - Prime Minister Roy speaks with Prime Minister of the United "
        "Kingdom Sir Tom Hale Français"
    ) == (
        "Readout - Prime Minister Roy speaks with Prime Minister of the United Kingdom Sir Tom Hale"
    )
    page = strip_furniture(
        normalise(
            "Malaysia, Indonesia reaffirm excellent relations\n\nAziz is visiting Jakarta from Feb "
            "4 to 5 with the Prime Minister. - Filepic\n\nKUALA LUMPUR: Foreign Minister Aziz "
            "Rahman met his Indonesian counterpart Dewi Lestari."
        )
    )
    assert page.photos and page.photos[0].caption.startswith("Aziz is visiting Jakarta")


def test_the_other_side_met_in_the_paragraph_after_the_lead() -> None:
    text = (
        "FM attends ECO summit\n\n"
        "ANKARA\n\n"
        "Turkish Foreign Minister Ali Demir is in Turkmenistan to attend the Council of "
        "Ministers meeting and to hold bilaterals on Nov. 26-28, 2021.\n\n"
        "Demir on Nov. 26 met with Turkmenistan's Foreign Minister Rashid Orazov. The "
        "ministers discussed the coming visit."
    )
    [item] = import_text(text, "tr.txt", given=Overrides(date=dt.date(2021, 11, 26))).readouts
    readout = item.readout
    assert readout is not None
    assert set(readout.countries) == {"TR", "TM"}
    assert readout.kind == "foreign-ministers-meeting"
    assert (
        kind_of(
            "",
            "Federal Chancellor Anna Roth received French President Jean Roux in "
            "Berlin on Friday evening.",
            find_participants(
                "Federal Chancellor Anna Roth received French President "
                "Jean Roux in Berlin on Friday evening."
            ),
        )
        == "summit"
    )


def test_a_participants_name_is_never_the_place() -> None:
    text = (
        "Remarks With Mexican Foreign Secretary Jose Meade Before Their Meeting\n\n"
        "John Kerry\n\nSecretary of State\n\nTreaty Room\n\nWashington, DC\n\n"
        "January 17, 2014\n\n"
        "SECRETARY KERRY: I'm really delighted to welcome Foreign Secretary Meade here so we "
        "can continue the dialogue."
    )
    [item] = import_text(text, "sd.txt").readouts
    readout = item.readout
    assert readout is not None and "Kerry" not in readout.location


def test_a_persons_country_from_their_office_named_elsewhere() -> None:
    text = (
        "Remarks by Jan Berg\n\nPresident of the European Council\n\n"
        "following the meeting with Prime Minister of Malta\n\nKarl Borg\n\n"
        "As usual, I have had a very fruitful meeting with Prime Minister Borg on "
        "12 July 2012."
    )
    [item] = import_text(text, "eu.txt").readouts
    readout = item.readout
    assert readout is not None and "MT" in readout.countries
    assert [p.country for p in readout.participants if p.name.endswith("Borg")] == ["MT"]


def test_many_people_named_are_marked_and_an_honorific_alone_is_no_name() -> None:
    text = (
        "President receives guests\n\n"
        "On 20 October 2014, President Budi Santoso received the Prime Minister of Australia "
        "Tony Abbott, the Prime Minister of Malaysia Najib Razak, the Prime Minister of "
        "Singapore Lee Hsien Loong and US Secretary of State John Kerry."
    )
    [item] = import_text(text, "id.txt").readouts
    readout = item.readout
    assert readout is not None and "participants" in {m.field for m in readout.review}
    assert all(
        p.name not in ("Mr", "Mr.")
        for p in find_participants(
            "Chairman Mr, Premier Wen Jiabao met President Jose Manuel Barroso."
        )
    )


def test_a_meeting_in_person_that_recalls_earlier_calls() -> None:
    text = (
        "Remarks, Bilateral Meeting with Rt Hon Jane Roe, Prime Minister of New Zealand\n\n"
        "31 May 2021\n\n"
        "PRIME MINISTER: Thank you very much Prime Minister. It's very good to be here in "
        "person and to have these discussions in person. We've had many over the phone over "
        "this past year, and when we last met it was in Sydney."
    )
    [item] = import_text(text, "au.txt").readouts
    assert item.readout is not None and item.readout.kind == "summit"


def test_a_kind_read_from_one_sides_office_is_marked() -> None:
    assert (
        one_side_kind(
            "FM Kang meets South African counterpart",
            "Foreign Minister Kang Min-ji has met with her South African counterpart.",
            find_participants("Foreign Minister Kang Min-ji has met with her counterpart."),
        )
        == "foreign-ministers-meeting"
    )
    assert (
        one_side_kind(
            "Leaders speak by phone",
            "Prime Minister Ken Sato spoke by phone.",
            find_participants("Prime Minister Ken Sato spoke by phone."),
        )
        == ""
    )


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("President Kim and his Chinese counterpart held 30 minutes of one-to-one talks.", 30),
        ("the verdict on Prime Minister Ravi Mehta's 45-minute meeting with the President", 45),
        ("The phone call started at 6:15PM and ended at 6:40PM.", 25),
        (
            "commencing at 4:46 p.m. for approximately 75 minutes. The first 20 minutes of the "
            "summit meeting was held between the two leaders alone.",
            75,
        ),
    ],
)
def test_still_more_ways_to_say_how_long(text: str, minutes: int) -> None:
    assert timing_with_note(text, remote=True)[1] == minutes


def test_a_call_named_after_the_lead_with_the_same_people() -> None:
    lead = "Japanese Prime Minister Ken Sato and South Korea's new president agreed on Thursday."
    people = find_participants(lead)
    assert (
        one_side_kind(
            "Leaders agree",
            lead,
            people,
            "The two leaders agreed, a spokesman told reporters following Sato's "
            "phone call with Park.",
        )
        == "telephone-talk"
    )
    assert (
        one_side_kind(
            "Leaders agree", lead, people, "The vice president had a phone call with others."
        )
        != "telephone-talk"
    )


def test_yesterday_of_an_arrival_is_not_the_meetings_day() -> None:
    text = (
        "Media briefing by the Foreign Secretary\n\nWashington, DC\n\nApril 11, 2010\n\n"
        "Spokesperson: As you are aware, the Prime Minister of India Dr. Ravi Mehta arrived "
        "in Washington yesterday to attend the Nuclear Security Summit. Today, the Prime "
        "Minister of India met with the President of the United States."
    )
    [item] = import_text(text, "in.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2010, 4, 11)


def test_a_recalled_meeting_later_does_not_date_the_release() -> None:
    text = (
        "For Immediate Release\n\nOffice of the Press Secretary\n\nJune 13, 2002\n\n"
        "President Grant Meets with Australian Prime Minister\n\n"
        "THE PRESIDENT: It was a great honor to have received Prime Minister Jon Reed of "
        "Australia in the Oval Office.\n\n"
        "Mr. Prime Minister, welcome. When we met on September 10 at the Pentagon, we "
        "talked about our alliance."
    )
    [item] = import_text(text, "wh.txt").readouts
    readout = item.readout
    assert readout is not None and readout.date == dt.date(2002, 6, 13)
    assert "date" in {m.field for m in readout.review}


def test_a_weekday_to_come_is_not_the_meetings() -> None:
    text = (
        "Doorstop Interview, Washington\n\nRelease Date: 13/05/2006\n\n"
        "PRIME MINISTER: Well the important thing is the wide range of discussions starting "
        "on Monday that I'll have with the administration, including a meeting with "
        "President Sam Grant."
    )
    [item] = import_text(text, "au.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2006, 5, 13)


def test_a_dated_weekday_in_numbers_read_the_way_that_falls_on_it() -> None:
    text = (
        "President Budi talks with PM Omar on the back porch of the palace, Jakarta, "
        "Friday (05/02/2021) morning. (Source: Presidential Secretariat)\n\n"
        "Jakarta (Agency) - Indonesian President Budi Santoso welcomed the official visit of "
        "Malaysian Prime Minister Tan Sri Omar Yusof at the palace on Friday morning."
    )
    [item] = import_text(text, "id.txt").readouts
    assert item.readout is not None and item.readout.date == dt.date(2021, 2, 5)


def test_last_night_is_a_day_back_unless_the_meeting_is_this_morning() -> None:
    assert relative_day("received a courtesy call at Seri Perdana last night") == 1
    assert (
        relative_day("delighted to be with you last night at home and welcome you this morning")
        == 0
    )


def test_a_date_the_text_states_beats_the_pages_metadata_date() -> None:
    text = (
        "Joint statement following the working dinner\n\n"
        "The following joint statement was issued by President Jan Berg and Prime Minister "
        "Tom Hale following their working dinner in Brussels on 16 October 2017:\n\n"
        "\u201cThe Prime Minister and the President had a broad, constructive exchange.\u201d"
    )
    facts = PageFacts(published=dt.date(2017, 10, 17), url="https://example.org/2017/10/17/x")
    [item] = import_text(text, "eu.txt", facts=facts).readouts
    assert item.readout is not None and item.readout.date == dt.date(2017, 10, 16)


def test_part_of_a_named_place_and_an_archives_place_field() -> None:
    assert (
        find_location(
            "President Park met U.S. Secretary of State Sam Grant at the main "
            "building of Cheong Wa Dae from 9:00 this morning."
        )
        == "Cheong Wa Dae"
    )
    text = (
        "[Title] Chairman's Statement of the 11th ASEAN-Japan Summit\n\n[Place] Singapore\n\n"
        "[Date] November 21, 2007\n\n"
        "1. The Summit chaired by H.E. Lee Hsien Loong, Prime Minister of the Republic of "
        "Singapore, was convened on 21 November 2007 with H.E. Ken Sato, Prime Minister of "
        "Japan."
    )
    [item] = import_text(text, "db.txt").readouts
    assert item.readout is not None and item.readout.location == "Singapore"


def test_a_date_in_numbers_with_dots_is_read_day_first() -> None:
    [mention] = find_dates("06.09.2023 Minister's call with the Secretary of State")
    assert (mention.day, mention.month, mention.year) == (6, 9, 2023)
    [mention] = find_dates("Posted 06/09/2023")
    assert (mention.month, mention.day) == (6, 9)  # slashes: the US habit, month first


def test_clock_times_with_a_needless_pm_and_in_words() -> None:
    late = timing_with_note("commencing at 18:10 p.m. for approximately 15 minutes")
    assert late[:2] == (dt.time(18, 10), 15)
    words = timing_with_note("held a 50-minute phone discussion from nine o’clock this evening")
    assert words[:2] == (dt.time(21, 0), 50)
    assert timing_with_note("They met at 10 o'clock in the morning.")[0] == dt.time(10, 0)
