"""Page styles met in real readouts: a presidential site's date line under its headline, a
wire's photo credits and standfirst, an archived ministry's banner, a site's date banner, and
readouts in Indonesian and Japanese that give their clock and length in their own way.

Each text is our own, written the way those pages lay a readout out.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.core.importer import import_text
from summit_tui.core.importer import kind as kind_module
from summit_tui.core.importer.dates import dateline, place_of_dateline
from summit_tui.core.importer.kind import kind_of, title_line
from summit_tui.core.importer.lead import lead_index
from summit_tui.core.importer.people import find_participants, header_secretary
from summit_tui.core.importer.place import find_location, here_in, later_location, met_at
from summit_tui.core.importer.request import Overrides
from summit_tui.core.importer.times import timing_with_note
from summit_tui.core.model.readout import Participant, Readout


def _readout(text: str, given: Overrides | None = None) -> Readout:
    result = import_text(text, "page.txt", given=given or Overrides())
    [item] = result.readouts
    assert item.readout is not None, result.not_a_readout or item.missing
    return item.readout


def _written(text: str) -> list[Readout]:
    """Every readout the page gives, in order (a page may report several meetings)."""
    result = import_text(text, "page.txt")
    return [item.readout for item in result.readouts if item.readout is not None]


def _families(readout: Readout) -> set[str]:
    return {p.name.split()[-1] for p in readout.participants}


def test_a_date_line_under_the_headline_with_its_place_after_the_date() -> None:
    readout = _readout(
        "Meeting with President of Kazakhstan Kassym-Jomart Tokayev\n\n"
        "October 13, 2023, Bishkek\n\n"
        "Vladimir Putin met with President of Kazakhstan Kassym-Jomart Tokayev on the "
        "sidelines of the Commonwealth summit.\n\n"
        "President of Russia Vladimir Putin: Mr President, I am glad to see you again. We last "
        "spoke when you came for the celebrations on May 9.\n"
    )
    assert readout.date == dt.date(2023, 10, 13)  # not the "May 9" of another visit
    assert readout.location == "Bishkek"
    assert _families(readout) == {"Putin", "Tokayev"}


def test_a_place_after_the_date_is_read_but_not_a_label() -> None:
    assert place_of_dateline("June 18, 2015, St Petersburg") == "St Petersburg"
    assert place_of_dateline("June 18, 2015, 14:00, The Kremlin, Moscow") == "The Kremlin, Moscow"
    assert place_of_dateline("12 March 2020, Press Release") == ""
    assert place_of_dateline("Rome, Italy, March 24, 1998") == "Rome, Italy"
    assert place_of_dateline("London, Tuesday, 24 March 2020") == "London"
    assert dateline("Tokyo, Japan, November 20, 1998") is not None


def test_a_wires_photo_credit_caption_and_standfirst_are_not_the_lead_or_the_headline() -> None:
    readout = _readout(
        "All news\n"
        "4 Mar 2024, 15:10\n\n"
        "Russian top diplomat meets Chinese counterpart ahead of the spring forum\n\n"
        "The forum is due in the Chinese capital on March 5-6 and will bring together "
        "ministers from forty countries for the first time since it was founded\n"
        "Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi "
        "Ivan Petrov/Russian Foreign Ministry/TASS\n"
        "Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi\n\n"
        "BEIJING, March 4. /TASS/. Trade between the two countries keeps growing, Russian "
        "Foreign Minister Sergey Lavrov said at a meeting with Chinese Foreign Minister Wang Yi "
        "on Monday.\n\n"
        "The two ministers spoke of the forum and of regional security.\n"
    )
    assert readout.title == (
        "Russian top diplomat meets Chinese counterpart ahead of the spring forum"
    )
    assert readout.date == dt.date(2024, 3, 4)  # not the forum's March 5-6
    assert _families(readout) == {"Lavrov", "Yi"} or _families(readout) == {"Lavrov", "Wang"}
    assert all("Petrov" not in p.name for p in readout.participants)


def test_an_archived_ministrys_banner_and_image_names_are_furniture() -> None:
    readout = _readout(
        "U.S. Department of State\n"
        "The State Department web site below is a permanent electronic archive of information "
        "released online from January 1, 1997 to January 20, 2001. Archive sites are not "
        "updated, so external links may no longer function.\n\n"
        "Great Seal Secretary of State Madeleine K. Albright\n"
        "and Japanese Foreign Minister Masahiko Komura\n"
        "Joint Press Availability, Ministry of Foreign Affairs\n"
        "Tokyo, Japan, November 20, 1998\n"
        "As released by the Office of the Spokesman\n\n"
        "Blue Bar\n\n"
        "FOREIGN MINISTER KOMURA: I was glad to welcome the Secretary to Tokyo today, and we "
        "held talks on the region and on our alliance.\n\n"
        "SECRETARY ALBRIGHT: Thank you, Minister. Our talks were most useful.\n"
    )
    assert readout.date == dt.date(1998, 11, 20)  # not the archive's January 1, 1997
    assert "Great Seal" not in readout.title
    assert "Tokyo" in readout.location
    assert _families(readout) == {"Albright", "Komura"}


def test_a_sites_date_banner_above_the_article_is_not_its_date() -> None:
    readout = _readout(
        "Monday, December 29, 2025\n"
        "World\n\n"
        "Leaders Talk Over Phone, Discuss Trade and Vaccines\n\n"
        "IANS, 13 Mar, 2021 01:49 AM\n\n"
        "Prime Minister Narendra Modi and Australian Prime Minister Scott Morrison held a "
        "telephonic conversation last evening and spoke of trade and vaccines.\n"
    )
    assert readout.date == dt.date(2021, 3, 12)
    assert readout.kind == "telephone-talk"


def test_a_wires_dateline_with_its_date_in_brackets_anchors_the_weekday() -> None:
    readout = _readout(
        "Leaders Discuss Regional Issues In Phone Call\n\n"
        "ANKARA (Daily Wire / Agency - 23rd September, 2019) Turkish President Recep Tayyip "
        "Erdogan called his US counterpart, Donald Trump, on Sunday to discuss bilateral and "
        "regional issues, his office said.\n"
    )
    assert readout.date == dt.date(2019, 9, 22)
    assert readout.kind == "telephone-talk"


def test_a_leaders_press_conference_on_his_meeting_with_another_is_a_summit() -> None:
    readout = _readout(
        "Press conference - Washington\n\n"
        "Transcript\n"
        "Prime Minister Anthony Albanese\n\n"
        "ANTHONY ALBANESE, PRIME MINISTER: It was an honour to have a meeting with President "
        "Biden at the White House this morning, a warm discussion between friends and allies. "
        "We spoke of the alliance and of the region.\n",
        Overrides(date=dt.date(2023, 10, 25)),
    )
    assert readout.kind == "summit"
    assert _families(readout) == {"Albanese", "Biden"}


def test_an_indonesian_wire_story_with_its_photo_caption_clock_and_zone() -> None:
    readout = _readout(
        "Menlu RI Gelar Pertemuan Bilateral dengan Menlu Malaysia\n"
        "12 Maret 2024 10:02 WIB\n"
        "Menteri Luar Negeri Retno Marsudi (kanan) berbincang dengan Menteri Luar Negeri "
        "Malaysia Mohamad Hasan (kiri) di Jakarta, Senin (11/3). (FOTO ANTARA/Budi Santoso)\n"
        "Jakarta (ANTARA) - Menteri Luar Negeri RI Retno Marsudi dan Menteri Luar Negeri "
        "Malaysia Mohamad Hasan mengadakan pertemuan bilateral di sela-sela forum regional, "
        "Selasa.\n"
        "Pertemuan tersebut dimulai sekitar pukul 10.15 WIB dan berlangsung selama satu jam.\n"
    )
    assert readout.date == dt.date(2024, 3, 12)  # Selasa, not the caption's Senin
    assert readout.kind == "foreign-ministers-meeting"
    assert readout.start_time == dt.time(10, 15)
    assert readout.location == "Jakarta"
    assert {p.name for p in readout.participants} == {"Retno Marsudi", "Mohamad Hasan"}


def test_a_japanese_readout_gives_local_and_japan_time_and_a_length_in_hours_and_minutes() -> None:
    readout = _readout(
        "日豪首脳会談\n"
        "令和6年10月10日\n"
        "現地時間10月10日午後6時15分(日本時間同日午後8時15分)から約1時間30分、"
        "ASEAN関連首脳会議に出席するためにラオスを訪問中の石破茂内閣総理大臣は、"
        "アンソニー・アルバニージー・オーストラリア連邦首相と日豪首脳会談を行ったところ、"
        "概要は以下のとおりです。\n"
        "- 両首脳は、両国の協力を一層深めていくことで一致しました。\n"
    )
    assert readout.date == dt.date(2024, 10, 10)
    assert readout.start_time == dt.time(18, 15)  # local, not Japan's clock
    assert readout.duration_minutes == 90
    assert readout.location == "Laos"  # only the country visited, marked for review
    assert any(r.field == "location" for r in readout.review)


def test_an_office_in_lower_case_with_its_country_is_the_other_side() -> None:
    readout = _readout(
        "Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, received a phone call from "
        "the foreign minister of Iran on Thursday.\n",
        Overrides(date=dt.date(2022, 3, 10)),
    )
    assert readout.countries == ("AE", "IR")
    assert readout.kind == "telephone-talk"
    assert any(r.field == "participants" for r in readout.review)  # named from the table


def test_talks_between_an_office_and_a_named_leader_are_two_people() -> None:
    readout = _readout(
        "Talks between the Federal Chancellor and President Macron in Meseberg focused on "
        "the recovery programme.\n",
        Overrides(date=dt.date(2020, 6, 29), countries=("DE", "FR")),
    )
    macron = next(p for p in readout.participants if p.name.endswith("Macron"))
    assert macron.role == "President"
    assert readout.location == "Meseberg"


def test_a_guest_in_the_city_on_a_visit_or_welcomed_to_it_gives_the_place() -> None:
    readout = _readout(
        "Vladimir Putin held talks with President of Finland Sauli Niinisto.\n\n"
        "The presidents discussed bilateral relations.\n\n"
        "Attending the talks were the two foreign ministers.\n\n"
        "Mr Sauli Niinisto is in Moscow on a working visit at the invitation of the Russian "
        "President.\n",
        Overrides(date=dt.date(2019, 10, 29)),
    )
    assert readout.location == "Moscow"
    readout = _readout(
        "President Moon Jae-in held a summit with Prime Minister Lee Hsien Loong.\n\n"
        "President Moon said: It is a pleasure to welcome you to Seoul again.\n",
        Overrides(date=dt.date(2019, 11, 24)),
    )
    assert readout.location == "Seoul"


def test_a_clock_said_with_this_afternoon_is_after_noon_and_a_difference_is_no_length() -> None:
    readout = _readout(
        "President Moon Jae-in and Japanese Prime Minister Shinzo Abe had a telephone "
        "conversation for 45 minutes from 4:30 this afternoon.\n",
        Overrides(date=dt.date(2018, 5, 4)),
    )
    assert readout.start_time == dt.time(16, 30)
    assert readout.duration_minutes == 45
    readout = _readout(
        "On August 28 Foreign Minister Yohei Kono met with Minister of Foreign Affairs of "
        "China Tang Jiaxuan. The meeting, which took place from 17:30 to 20:30, lasted about "
        "an hour longer than the two hours first planned.\n",
        Overrides(date=dt.date(2000, 8, 28)),
    )
    assert readout.duration_minutes == 180


def test_a_counterpart_with_his_excellency_and_the_pair_whose_relations_end_a_sentence() -> None:
    readout = _readout(
        "Today, 5 May 2024, Minister Naledi Pandor held bilateral talks with her counterpart, "
        "HE Mr Simeon Oyono Esono Angue, Minister of Foreign Affairs.\n\n"
        "The discussions focussed on relations between South Africa and Equatorial Guinea. "
        "The Ministers also discussed regional issues.\n"
    )
    assert readout.countries == ("ZA", "GQ")
    angue = next(p for p in readout.participants if p.name.endswith("Angue"))
    assert angue.name == "Simeon Oyono Esono Angue"
    assert angue.country == "GQ"


def test_another_meeting_after_following_is_not_of_the_call() -> None:
    readout = _readout(
        "South Korean President Moon Jae-in spoke on the phone with U.S. President Donald "
        "Trump on Thursday following an abrupt end to the summit talks between Trump and "
        "North Korean leader Kim Jong-un in Hanoi.\n",
        Overrides(date=dt.date(2019, 2, 28)),
    )
    assert readout.kind == "telephone-talk"
    assert readout.countries == ("KR", "US")


def test_a_wires_name_after_its_dateline_and_two_offices_before_a_name() -> None:
    readout = _readout(
        "NUR-SULTAN. KAZINFORM - Kassym-Jomart Tokayev received State Councilor, Minister of "
        "Foreign Affairs Wang Yi of China, who arrived in Kazakhstan on an official visit.\n",
        Overrides(date=dt.date(2022, 6, 8)),
    )
    assert readout.location == "Nur-Sultan"
    assert "Minister" not in {p.name for p in readout.participants}
    assert _families(readout) == {"Tokayev", "Yi"}


def test_a_transcripts_header_gives_its_headline_and_place_above_the_first_turn() -> None:
    readout = _readout(
        "SEARCHU.S. Department of State\n"
        "Subject IndexBookmark and Share\n"
        "HomeTopics, press releases, passports, visas, hotline, business support and more "
        "for journalists, students and travellers, with the biographies and more\n\n"
        "Remarks with Swedish Foreign Affairs Minister Carl Bildt Before Their Meeting\n\n"
        "Secretary Condoleezza Rice\n"
        "Washington, DC\n"
        "May 22, 2007\n\n"
        "SECRETARY RICE: Welcome. It is good to have you here.\n\n"
        "FOREIGN MINISTER BILDT: Thank you. There is much to talk about.\n"
    )
    assert readout.title == (
        "Remarks with Swedish Foreign Affairs Minister Carl Bildt Before Their Meeting"
    )
    assert readout.location == "Washington, DC"
    assert readout.date == dt.date(2007, 5, 22)


def test_this_morning_in_a_release_is_its_date_not_the_last_day_of_the_visit() -> None:
    readout = _readout(
        "Official Visit of Malaysian Prime Minister Tun Dr Mahathir Mohamad to Singapore, "
        "12 to 13 November 2018\n\n"
        "12 November 2018\n\n"
        "Malaysian Prime Minister Tun Dr Mahathir Mohamad, who is visiting Singapore from 12 "
        "to 13 November 2018, met Prime Minister Lee Hsien Loong at the Istana this morning.\n"
    )
    assert readout.date == dt.date(2018, 11, 12)


def test_a_leader_named_in_full_above_a_lead_about_the_two_leaders() -> None:
    readout = _readout(
        "Nursultan Nazarbayev congratulated Shinzo Abe on his recent re-election.\n\n"
        "The President stressed the friendship between the two countries.\n\n"
        "Shinzo Abe, in turn, noted that this was the two leaders' fourth meeting.\n",
        Overrides(date=dt.date(2015, 10, 27)),
    )
    assert set(readout.countries) == {"JP", "KZ"}
    assert _families(readout) == {"Abe", "Nazarbayev"}


def test_a_vice_presidents_call_today_that_thanks_for_last_weeks_message() -> None:
    readout = _readout(
        "Vice President Biden spoke to the President of Ukraine, Viktor Yanukovych, today to "
        "thank him for his message following last week's election.\n",
        Overrides(date=dt.date(2012, 11, 13)),
    )
    assert readout.kind == "telephone-talk"
    assert readout.countries == ("US", "UA")
    assert _families(readout) == {"Biden", "Yanukovych"}


def test_a_headlines_verb_in_title_case_ends_a_name() -> None:
    readout = _readout(
        "Readout of Secretary Kerry's Call With Russian Foreign Minister Lavrov\n\n"
        "July 27, 2014\n"
        "Secretary Kerry Makes a Phone Call During Travel to the Middle East\n\n"
        "Today, Secretary of State John Kerry spoke with Russian Foreign Minister Sergey "
        "Lavrov about the situation in Ukraine.\n"
    )
    assert readout.countries == ("US", "RU")
    assert all("Makes" not in p.name for p in readout.participants)


def test_noon_a_foreign_secretarys_office_and_a_leaders_dialogue() -> None:
    readout = _readout(
        "At noon on March 3, 2014, Foreign Minister Wang Yi held telephone talks with Russian "
        "Foreign Minister Sergei Lavrov.\n"
    )
    assert readout.start_time == dt.time(12, 0)
    readout = _readout(
        "On April 9, 2016, Foreign Minister Wang Yi met in Beijing with Secretary of State for "
        "Foreign and Commonwealth Affairs Philip Hammond of the UK.\n"
    )
    assert readout.kind == "foreign-ministers-meeting"
    readout = _readout(
        "Australia-Papua New Guinea Annual Leaders' Dialogue\n\n"
        "Prime Minister James Marape and Prime Minister Anthony Albanese held the fifth "
        "Papua New Guinea-Australia Annual Leaders' Dialogue on 8 February 2024 in Canberra.\n"
    )
    assert readout.kind == "summit"


def test_an_archived_transcripts_photo_description_header_venue_and_earlier_trip() -> None:
    readout = _readout(
        "Remarks With Mongolian Foreign Minister Sukhbaatar Batbold Before Their Meeting\n\n"
        "Hillary Rodham Clinton\n"
        "Secretary of State\n"
        "Treaty Room\n"
        "Washington, DC\n"
        "June 9, 2009\n\n"
        "Date: 06/09/2009 Description: Remarks by Secretary Clinton and Foreign Minister "
        "Batbold before their meeting. © State Dept Photo by Michael GrossSECRETARY CLINTON: "
        "Good morning. Minister Batbold is here on behalf of his country, and so soon after "
        "my trip to Ulaanbaatar it is an honour to welcome him.\n\n"
        "FOREIGN MINISTER BATBOLD: Thank you. I am delighted to be here in D.C.\n"
    )
    assert readout.location == "Treaty Room, Washington, DC"
    assert set(readout.countries) == {"MN", "US"}
    said = "\n".join([readout.summary, *(p for s in readout.sections for p in s.paragraphs)])
    assert "Description" not in said
    assert "Good morning" in said


def test_a_venue_in_a_header_takes_the_city_of_the_date_line_under_it() -> None:
    readout = _readout(
        "Secretary of State Madeleine K. Albright\n"
        "And German Foreign Minister Joschka Fischer\n\n"
        "Remarks at Joint Press Availability\n"
        "Treaty Room\n"
        "Washington, DC, May 8, 2000\n\n"
        "SECRETARY ALBRIGHT: Good morning. I am pleased to welcome my good friend, Foreign "
        "Minister Fischer, back to the Department of State.\n"
    )
    assert readout.location == "Treaty Room, Washington, DC"


def test_a_states_long_name_is_not_a_person_and_two_offices_are_one_role() -> None:
    readout = _readout(
        "Secretary of State Madeleine K. Albright and\n"
        "His Excellency Qian Qichen, Vice Premier and Minister of Foreign Affairs, People's "
        "Republic of China\n"
        "Press Remarks Prior to Their Meeting\n"
        "Washington, D.C., April 28, 1997\n\n"
        "SECRETARY ALBRIGHT: Good afternoon. I am pleased to welcome the Vice Premier to the "
        "State Department, so soon after my February trip to Beijing.\n"
    )
    assert "Beijing" not in readout.location
    assert all("Republic" not in p.name for p in readout.participants)


def test_a_short_given_name_finds_the_office_holder() -> None:
    readout = _readout(
        "Vice President Joe Biden spoke with Ukrainian President Petro Poroshenko about the "
        "situation in the east of the country.\n",
        Overrides(date=dt.date(2014, 8, 23)),
    )
    assert readout.countries == ("US", "UA")


def test_an_office_named_after_its_holder_is_not_the_publishers_unnamed_principal() -> None:
    readout = _readout(
        "The Prime Minister and current President of the European Council, Jean-Claude "
        "Juncker, met with British Prime Minister Tony Blair in London on Friday, 4 February "
        "2005.\n"
    )
    assert _families(readout) == {"Juncker", "Blair"}


def test_a_call_about_an_upcoming_meeting_of_leaders_is_a_call() -> None:
    readout = _readout(
        "Prime Minister Justin Trudeau speaks with President of Ghana Nana Addo Dankwa "
        "Akufo-Addo\n\n"
        "Today, Prime Minister Justin Trudeau spoke with the President of Ghana, Nana Addo "
        "Dankwa Akufo-Addo, about the upcoming Commonwealth Heads of Government Meeting.\n",
        Overrides(date=dt.date(2022, 6, 17)),
    )
    assert readout.kind == "telephone-talk"


def test_a_portuguese_presidency_page_asks_whose_president_rather_than_guessing() -> None:
    readout = _readout(
        "O Presidente da República reuniu-se esta noite em Cascais, num jantar de trabalho, "
        "com a Presidente do Parlamento Europeu Roberta Metsola.\n"
        "01 de dezembro de 2023\n"
    )
    assert readout.date == dt.date(2023, 12, 1)
    assert readout.countries == ("EU",)  # Portugal is not guessed as the United States
    assert _families(readout) == {"Metsola"}
    assert any(r.field == "countries" for r in readout.review)
    assert readout.location == "Cascais"


def test_a_call_in_the_headline_is_not_the_leaders_virtual_meeting_said_after() -> None:
    readout = _readout(
        "Wang Yi Speaks on the Phone with US Secretary of State Blinken\n\n"
        "On November 13, 2021, State Councilor and Foreign Minister Wang Yi spoke on the "
        "phone with US Secretary of State Antony J. Blinken.\n\n"
        "Wang Yi said that President Xi Jinping will hold a virtual meeting with President "
        "Biden on November 16.\n"
    )
    assert readout.kind == "telephone-talk"


def test_he_in_the_meeting_sentence_is_the_one_named_just_before() -> None:
    readout = _readout(
        "United Nations Secretary-General Kofi Annan travelled to Washington, D.C., on "
        "Friday, 23 September 2005, where he attended a forum. He later held a one-on-one "
        "meeting with United States Secretary of State Condoleezza Rice.\n"
    )
    assert _families(readout) == {"Annan", "Rice"}
    assert readout.kind == "other"


def test_a_capital_ending_the_sentence_and_a_meeting_two_paragraphs_on() -> None:
    readout = _readout(
        "KUWAIT, May 31 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya met on Friday "
        "with the Chinese Foreign Minister Wang Yi, in the Chinese capital, Beijing.\n\n"
        "The meeting was followed by the signing of an agreement on land for the Consulate "
        "General in the city of Guangzhou.\n",
        Overrides(date=dt.date(2024, 5, 31)),
    )
    assert readout.location == "Beijing"
    readout = _readout(
        "Foreign Minister Mevlüt Çavuşoğlu visited Brussels to attend the NATO Foreign "
        "Ministers' Meeting and hold bilaterals on 20 November 2019.\n\n"
        "During his speech at the meeting, Minister Çavuşoğlu spoke of solidarity.\n\n"
        "On the same day, Minister Çavuşoğlu met with President David Maria Sassoli of the "
        "European Parliament.\n"
    )
    assert set(readout.countries) == {"TR", "EU"}


def test_the_secretary_general_the_page_names_wins_over_the_date() -> None:
    readout = _readout(
        "Readout of the Secretary-General's meeting with H.E. Ms. Theresa May, Prime Minister "
        "of the United Kingdom\n"
        "Readouts | Ban Ki-moon, Former Secretary-General\n"
        "The Secretary-General met today with H.E. Ms. Theresa May, Prime Minister of the "
        "United Kingdom.\n",
        Overrides(date=dt.date(2000, 1, 1)),  # a date the user guessed wrong
    )
    assert _families(readout) == {"May", "Ban Ki-moon"} or any(
        p.name == "Ban Ki-moon" for p in readout.participants
    )


def test_a_second_call_after_followed_by_and_a_news_sections_label() -> None:
    readout = _readout(
        "On July 29, Foreign Minister Kang Kyung-wha held an emergency telephone "
        "conversation with US Secretary of State Rex Tillerson, followed by another with "
        "Japanese Foreign Minister Fumio Kishida.\n",
        Overrides(date=dt.date(2017, 7, 29)),
    )
    assert readout.countries == ("KR", "US")
    readout = _readout(
        "NATO: Albright Meets Britain's New Foreign Secretary\n\n"
        "Washington, 20 May 1997 (RFE/RL) - U.S. Secretary of State Madeleine Albright and "
        "British Foreign Secretary Robin Cook yesterday discussed NATO expansion. They met "
        "for 90 minutes.\n"
    )
    assert readout.kind == "foreign-ministers-meeting"


def test_a_nickname_in_quotes_and_a_weekday_dated_in_numbers() -> None:
    readout = _readout(
        "President Jokowi Holds Bilateral Meetings with State Leaders ahead of G20 Summit\n\n"
        "Ahead of the G20 Summit that will take place on November 15-16, 2022, President Joko "
        "“Jokowi” Widodo Monday (11/14) held bilateral meetings with leaders of G20 countries "
        "at the Apurva Kempinski Hotel, Bali.\n\n"
        "In a bilateral meeting with President of the United States Joe Biden, President "
        "Jokowi expressed appreciation for the support of the US.\n"
    )
    assert readout.date == dt.date(2022, 11, 14)
    assert {p.name for p in readout.participants} == {"Joko Widodo", "Joe Biden"}
    assert readout.location == "Apurva Kempinski Hotel, Bali"


def test_visiting_a_secretary_of_state_is_a_person_not_a_place() -> None:
    readout = _readout(
        "President Xi Jinping on Saturday, April 13, 2013, met with visiting US Secretary of "
        "State John Kerry in Beijing.\n"
    )
    assert readout.location == "Beijing"


def test_a_house_number_a_date_before_an_office_and_a_headline_over_its_date_line() -> None:
    readout = _readout(
        "Taoiseach Enda Kenny today met with British Prime Minister David Cameron in 10 "
        "Downing Street.\n",
        Overrides(date=dt.date(2011, 3, 17)),
    )
    assert readout.location == "10 Downing Street"
    readout = _readout(
        "Themes Mark all newsUncheck all news\n\n"
        "Lithuania's Foreign Minister Gabrielius Landsbergis and his Dutch counterpart "
        "discussed prospects for bilateral cooperation\n\n"
        "Created: 2021.01.08 / Updated: 2021.01.11 17:26\n\n"
        "On 8 January, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis had "
        "a telephone conversation with the Minister of Foreign Affairs of the Netherlands Stef "
        "Blok.\n"
    )
    assert readout.title.startswith("Lithuania's Foreign Minister")
    assert {p.name for p in readout.participants} == {"Gabrielius Landsbergis", "Stef Blok"}


def test_a_leader_mourned_is_not_at_the_table_and_a_venue_note_is_the_place() -> None:
    readout = _readout(
        "Japan-Mongolia Summit\n\n"
        "On June 7, 2000, for approximately 20 minutes beginning at 18:30, Prime Minister Mori "
        "spoke with Prime Minister Amarjargal of Mongolia, who was visiting Japan for the "
        "funeral of former Prime Minister Keizo Obuchi (venue: Prime Minister's Official "
        "Residence).\n"
    )
    assert _families(readout) == {"Mori", "Amarjargal"}
    assert readout.kind == "summit"
    assert readout.location == "Prime Minister's Official Residence"


def test_calls_with_several_leaders_in_turn_are_one_readout_each() -> None:
    result = import_text(
        "PM speaks with world leaders\n\n"
        "Prime Minister Benjamin Netanyahu, today (Saturday, 17 November 2012), spoke with "
        "German Chancellor Angela Merkel, Italian Prime Minister Mario Monti and Greek Prime "
        "Minister Antonis Samaras.\n\n"
        "The Prime Minister said in his conversations that no country would accept such a "
        "threat.\n",
        "calls.txt",
    )
    readouts = [item.readout for item in result.readouts if item.readout is not None]
    assert [r.countries for r in readouts] == [("IL", "DE"), ("IL", "IT"), ("IL", "GR")]
    assert {r.kind for r in readouts} == {"telephone-talk"}
    assert len({r.id for r in readouts}) == 3
    assert all(any(m.field == "kind" for m in r.review) for r in readouts)


def test_a_joint_call_of_several_leaders_stays_one() -> None:
    result = import_text(
        "Prime Minister Keir Starmer held a joint call with President Emmanuel Macron, "
        "Chancellor Friedrich Merz and Prime Minister Giorgia Meloni on 10 August 2025.\n",
        "call.txt",
    )
    [item] = result.readouts
    assert item.readout is not None
    assert item.readout.kind == "multilateral"
    readout = _readout(
        "Prime Minister Keir Starmer spoke with President Emmanuel Macron, Chancellor "
        "Friedrich Merz and Prime Minister Giorgia Meloni on a video call on 10 August 2025.\n"
    )
    assert len(readout.countries) == 4


def test_a_portfolio_then_its_country_and_a_constructive_meeting_two_lines_on() -> None:
    readout = _readout(
        "Gudlaugur Thór Thórdarson, Minister for Foreign Affairs of Iceland, met with Mike "
        "Pompeo, United States Secretary of State, in Washington DC on 16 January 2019.\n"
    )
    assert readout.countries == ("IS", "US")
    readout = _readout(
        "Foreign Minister Mevlüt Çavuşoğlu visited Israel on 25 May 2022.\n\n"
        "Minister Çavuşoğlu first held a constructive meeting with Foreign Minister Yair Lapid "
        "of Israel, and discussed all aspects of our relations.\n"
    )
    assert set(readout.countries) == {"TR", "IL"}


def test_a_spanish_presidency_receives_a_counterpart_from_a_bolivarian_republic() -> None:
    readout = _readout(
        "La presidenta Cristina Fernández recibió este mediodía en la Casa de Gobierno a su "
        "par de la República Bolivariana de Venezuela, Nicolás Maduro, quien llegó al país en "
        "el marco de una gira por la región.\n",
        Overrides(date=dt.date(2013, 5, 8)),
    )
    assert readout.countries == ("AR", "VE")
    assert all("Bolivariana" not in p.name for p in readout.participants)


def test_an_archived_white_house_pages_media_links_and_a_captions_weekday() -> None:
    readout = _readout(
        "The White House, President George W. Bush Click to print this document\n\n"
        "December 6, 2004\n\n"
        "President and His Majesty King Abdullah of Jordan Discuss Trade, Iraq\n"
        "The Oval Office\n\n"
        "video screen capture\n\n"
        "President's Remarks\n"
        "video image\n"
        "audio image listen\n\n"
        "PRESIDENT BUSH: Your Majesty, welcome back to the Oval Office. Today we talked "
        "about trade and Iraq.\n\n"
        "President George W. Bush meets with King Abdullah of Jordan in the Oval Office, "
        "Monday, Dec. 6, 2004.\n"
    )
    assert readout.title == "President and His Majesty King Abdullah of Jordan Discuss Trade, Iraq"
    assert readout.location == "Oval Office"


def test_a_un_readouts_place_line_at_the_top_and_an_event_still_to_come() -> None:
    readout = _readout(
        "New York\n\n"
        "21 September 2017\n\n"
        "Readout of the Secretary-General's meeting with H.E. Mr. Sergey V. Lavrov, Minister "
        "for Foreign Affairs of the Russian Federation\n\n"
        "Today, the Secretary-General met with H.E. Mr. Sergey Lavrov, Minister for Foreign "
        "Affairs of the Russian Federation.\n"
    )
    assert readout.location == "New York"
    readout = _readout(
        "Readout of the Secretary-General's meeting with H.E. Mr. Irakli Garibashvili, Prime "
        "Minister of Georgia\n\n"
        "Munich, Germany, 1 February 2014\n\n"
        "The Secretary-General met today with H.E. Mr. Irakli Garibashvili, Prime Minister of "
        "Georgia.\n\n"
        "The Secretary-General invited the Government of Georgia to take part in the Climate "
        "Summit that he will host in New York in September.\n"
    )
    assert readout.location.startswith("Munich")


def test_a_date_after_a_place_is_not_part_of_its_name() -> None:
    assert find_location("They had met in Mohali March 30 during the semi-final.") == "Mohali"


def test_a_crown_prince_meets_as_head_of_government_only_while_prime_minister() -> None:
    text = (
        "King Abdullah II received Saudi Crown Prince Mohammed bin Salman in Amman, and the "
        "two discussed regional issues.\n"
    )
    before = _readout(text, Overrides(date=dt.date(2021, 3, 8)))
    after = _readout(text, Overrides(date=dt.date(2023, 6, 21)))
    assert before.kind == "other"
    assert after.kind == "summit"


def test_a_titles_last_words_are_not_names_and_an_ambassadors_title() -> None:
    readout = _readout(
        "The Founder of Peace and National Unity, Leader of the Nation, President of "
        "Tajikistan Emomali Rahmon held a telephone conversation with the Russian President "
        "Vladimir Putin on April 18, 2020.\n"
    )
    assert _families(readout) == {"Rahmon", "Putin"}
    readout = _readout(
        "On the sidelines of the 68th Session of the UN General Assembly, Foreign Minister Yun "
        "Byung-se met with his Peruvian counterpart Eda Rivas on September 26, 2013.\n"
    )
    assert {p.name for p in readout.participants} == {"Yun Byung-se", "Eda Rivas"}
    readout = _readout(
        "Foreign Affairs Cabinet Secretary Amb. Raychelle Omamo held a meeting with her United "
        "States counterpart Antony Blinken in Washington on 29 June 2021.\n"
    )
    assert "Amb" not in {p.name for p in readout.participants}


def test_twelve_noon_and_a_time_field() -> None:
    readout = _readout(
        "On September 22, 2005 at 12 noon, Prime Minister Junichiro Koizumi and President Roh "
        "Moo Hyun held a telephone talk.\n"
    )
    assert readout.start_time == dt.time(12, 0)


def test_a_bodys_secretary_general_welcomed_to_a_street_is_no_multilateral_summit() -> None:
    readout = _readout(
        "PM meeting with Commonwealth Secretary-General\n"
        "David Cameron met with the Secretary-General of the Commonwealth, Kamalesh Sharma.\n"
        "Following the meeting, a Downing Street spokesperson said:\n"
        "The Prime Minister welcomed the Secretary-General of the Commonwealth, Kamalesh "
        "Sharma, to Downing Street today ahead of the Heads of Government Meeting next month.\n",
        Overrides(date=dt.date(2013, 10, 10)),
    )
    assert readout.kind == "other"
    assert readout.location == "Downing Street"


def test_a_king_or_emir_named_by_a_given_name_is_named_in_full() -> None:
    readout = _readout(
        "President Sheikh Mohamed spoke with Sheikh Tamim, the Emir of Qatar, by phone on "
        "Friday, December 30, 2022.\n"
    )
    assert any(p.name == "Tamim bin Hamad Al Thani" for p in readout.participants)


def test_a_courtesy_call_between_heads_of_state_and_a_bodys_chairperson() -> None:
    readout = _readout(
        "President Uhuru Kenyatta on Thursday, 5 March 2020 held talks with Ethiopian "
        "President Sahle-Work Zewde who paid him a courtesy call at State House, Nairobi.\n"
    )
    assert readout.kind == "summit"
    readout = _readout(
        "The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma has met "
        "with the Minister of Foreign Affairs of Ethiopia, H.E. Dr. Workneh Gebeyehu, on "
        "Tuesday, 13 December 2016.\n"
    )
    assert readout.countries == ("ET",)


def test_a_summit_named_as_the_occasion_in_a_headline_is_not_the_kind() -> None:
    readout = _readout(
        "Prince Saud, President Al-Assad meet at the sideline of Arab Summit\n\n"
        "March 27, 2010\n\n"
        "Foreign Minister Prince Saud Al-Faisal, head of the Saudi delegation to the Arab "
        "Summit in Sirte, Libya, met today with Syrian President Bashar Al-Assad at the "
        "sideline of the summit.\n"
    )
    assert readout.kind == "other"


def test_a_place_is_never_a_person_an_invitation_or_a_weekday() -> None:
    readout = _readout(
        "During her official visit to Kazakhstan on April 17, 2018 at the invitation of "
        "Foreign Minister Kairat Abdrakhmanov, Foreign Minister Kang Kyung-wha paid a "
        "courtesy call on President Nursultan Nazarbaev.\n"
    )
    assert "Abdrakhmanov" not in readout.location
    readout = _readout(
        "President Lee Myung-bak met Prime Minister Taro Aso at the Landmark Hotel Tuesday, "
        "London, on April 1, 2009.\n"
    )
    assert "Tuesday" not in readout.location


def test_a_place_said_right_after_the_meeting_in_a_later_sentence_or_a_sentence_headline() -> None:
    readout = _readout(
        "The Chairperson of the African Union Commission has met with the Minister of Foreign "
        "Affairs of Ethiopia, Dr. Workneh Gebeyehu. They met at the AU Headquarters, on "
        "Tuesday, 13 December 2016.\n\n"
        "They discussed the host agreement and the coming summit in January.\n"
    )
    assert readout.location == "AU Headquarters"
    readout = _readout(
        "Prime Minister Robert Abela and his Croatian counterpart, Andrej Plenković, engaged "
        "in a bilateral meeting at Castille on Thursday\n\n"
        "They held discussions on trade between the two countries.\n\n"
        "Mr Plenković is in Malta for a summit of Mediterranean states.\n",
        Overrides(date=dt.date(2023, 9, 28)),
    )
    assert readout.location == "Castille"
    # A subject spoken of is not where they met.
    readout = _readout(
        "Foreign Minister Kishida held a meeting with Secretary of State Kerry on 10 August "
        "2014. They held discussions on the situations including those in Ukraine and Iraq.\n"
    )
    assert readout.location == ""


def test_a_date_line_with_its_place_after_a_dash() -> None:
    assert place_of_dateline("June 1, 2016 - Ottawa, Ontario") == "Ottawa, Ontario"
    readout = _readout(
        "Statement by the Minister following a meeting with China's Foreign Minister\n\n"
        "Speech\n\n"
        "June 1, 2016 - Ottawa, Ontario\n\n"
        "Check against delivery.\n\n"
        "Minister Stéphane Dion held talks with Foreign Minister Wang Yi of China today.\n"
    )
    assert readout.date == dt.date(2016, 6, 1)
    assert readout.location.startswith("Ottawa")


def test_a_visits_days_give_way_to_the_meetings_own_day() -> None:
    readout = _readout(
        "Outcome of the Foreign Minister's Visit to Kazakhstan\n\n"
        "Date : 2018-04-18 10:15:00\n\n"
        "1. During her official visit to Kazakhstan on April 16 and 17, Foreign Minister Kang "
        "Kyung-wha held a meeting with Foreign Minister Kairat Abdrakhmanov on April 17.\n"
    )
    assert readout.date == dt.date(2018, 4, 17)


def test_a_lead_that_announces_its_overview_is_still_the_lead() -> None:
    readout = _readout(
        "Japan-Palau Summit Meeting (Summary)\n\n"
        "On June 4, 2024, commencing at 7:10 p.m. for approximately 1 hour and 35 minutes, "
        "Prime Minister KISHIDA Fumio held a summit meeting with H.E. Surangel S. WHIPPS, Jr, "
        "President of the Republic of Palau. The following is a summary of the exchange.\n"
        "1. Introduction\n"
        "Prime Minister Kishida welcomed the President's visit to Japan.\n"
    )
    assert (readout.start_time, readout.duration_minutes) == (dt.time(19, 10), 95)
    assert any("WHIPPS" in p.name for p in readout.participants)
    assert not any(p.name == "Jr" for p in readout.participants)


def test_calls_with_a_king_and_a_prime_minister_among_others_are_each_a_call() -> None:
    result = import_text(
        "Telephone Calls by Prime Minister on New Year\n\n"
        "Published By : Admin | January 1, 2020 | 17:38 IST\n\n"
        "On the occasion of the New Year, Prime Minister Shri Narendra Modi today had "
        "telephone conversation with Mr. Jigme Khesar Namgyel Wangchuck, King of Bhutan, "
        "Dr. Lotay Tshering, Prime Minister of Bhutan, Mr. Ibrahim Mohamed Solih, President of "
        "the Maldives, and Mr. K.P. Sharma Oli, Prime Minister of Nepal.\n",
        "page.txt",
    )
    readouts = [item.readout for item in result.readouts if item.readout is not None]
    assert len(readouts) == 4
    assert {r.kind for r in readouts} == {"telephone-talk"}
    assert [sorted(r.countries) for r in readouts][:2] == [["BT", "IN"], ["BT", "IN"]]
    assert len({r.id for r in readouts}) == 4
    # Each call has its two sides: the list's "check which of them took part" is not its mark.
    assert not any(r.reason.startswith("the text names") for r in readouts[0].review)


def test_a_guest_in_a_city_to_attend_a_meeting_gives_the_place() -> None:
    assert (
        later_location(["Chung was in Paris to attend the Meeting of the OECD Council."]) == "Paris"
    )
    assert later_location(["The minister is in Vienna for the annual OSCE meeting."]) == "Vienna"
    assert later_location(["The minister was in Vienna for two days."]) == ""


def test_an_afternoon_said_once_for_a_range_of_clock_times() -> None:
    assert timing_with_note("met on November 14 from 4:10 to 4:30 p.m.")[:2] == (
        dt.time(16, 10),
        20,
    )
    assert timing_with_note("met from 11:30 to 12:15 p.m.")[:2] == (dt.time(11, 30), 45)
    assert timing_with_note("met from 10:00 to 10:45 a.m.")[:2] == (dt.time(10, 0), 45)


def test_a_photos_caption_is_not_the_headline() -> None:
    readout = _readout(
        "Nepal, India agree to carry out past agreements\n\n"
        "Nepal's Prime Minister Pushpa Kamal Dahal (left) meets Indian Prime Minister "
        "Narendra Modi in Goa on Sunday, October 16, 2016. Photo: MEA India\n\n"
        "KATHMANDU: Prime Ministers of Nepal and India on Sunday, October 16, 2016 held a "
        "bilateral meeting on the sidelines of the outreach summit in Goa.\n"
    )
    assert readout.title == "Nepal, India agree to carry out past agreements"
    readout = _readout(
        "国内英语新闻:Chinese FM meets with U.S. Secretary of State\n\n"
        "Chinese Foreign Minister Yang Jiechi (2nd L) meets with U.S. Secretary of State "
        "Hillary Clinton (1st R) in Phuket, Thailand, on July 22, 2009.\n\n"
        "PHUKET, Thailand, July 22 (Xinhua) -- Chinese Foreign Minister Yang Jiechi met with "
        "U.S. Secretary of State Hillary Clinton here on Wednesday.\n"
    )
    assert readout.title == "Chinese FM meets with U.S. Secretary of State"


def test_a_summit_still_to_come_does_not_make_every_member_a_party() -> None:
    readout = _readout(
        "FM holds talks with ASEAN chief\n\n"
        "BUSAN, Nov. 24 (Yonhap) -- Foreign Minister Kang Kyung-wha held talks with ASEAN "
        "Secretary-General Lim Jock Hoi on Sunday, November 24, 2019, her ministry said.\n\n"
        "Kang said relations would strengthen through the ASEAN-Republic of Korea "
        "Commemorative Summit, due to kick off in Busan on Monday.\n",
    )
    assert readout.kind != "multilateral"
    assert readout.countries == ("KR",)


def test_the_kanteis_photo_strip_is_furniture() -> None:
    readout = _readout(
        "What's up around the Prime Minister\n\n"
        "Japan-Chile Summit Meeting\n\n"
        "Monday, November 22, 2004\n\n"
        "The Photograph of Prime Minister Koizumi who Attends the Welcoming Ceremony at the "
        "Plaza of the Constitution The Photograph of Japan-Chile Summit Meeting\n\n"
        "Click photographs to enlarge\n\n"
        "After attending the welcoming ceremony in Santiago, Prime Minister Junichiro Koizumi "
        "met with Mr. Ricardo Lagos, the President of the Republic of Chile, at the La Moneda "
        "Presidential Palace.\n"
    )
    assert "Plaza" not in readout.location
    assert {p.name.split()[-1] for p in readout.participants} == {"Koizumi", "Lagos"}
    body = " ".join(p for s in readout.sections for p in s.paragraphs) + readout.summary
    assert "Click photographs" not in body and "The Photograph of" not in body


def test_an_archives_record_fields_and_a_speakers_i_are_not_names_or_headlines() -> None:
    readout = _readout(
        "PM Transcripts\n\n"
        "Release Date:\n09/06/2014\n"
        "Release Type:\nTranscript\n"
        "Location:\nOttawa, Canada\n"
        "Subject(s):\n"
        "  • Visit to Canada\n"
        "  • meeting with Prime Minister Stephen Harper\n"
        "Joint Press Conference with Prime Minister Harper, Parliament House, Ottawa\n\n"
        "PRIME MINISTER HARPER:\n\n"
        "Welcome Prime Minister, I know this is not your first visit to Canada. We have just "
        "concluded a very good meeting with Prime Minister Tony Abbott.\n"
    )
    assert readout.title.startswith("Joint Press Conference with Prime Minister Harper")
    assert readout.location.startswith("Ottawa")
    assert "I" not in [p.name for p in readout.participants]


def test_a_bodys_head_never_takes_the_publishers_country() -> None:
    readout = _readout(
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister met the United Nations Secretary General, António Guterres, in "
        "Downing Street on 10 April 2018 for bilateral talks.\n"
    )
    assert not any(p.country == "GB" and "Guterres" in p.name for p in readout.participants), (
        readout.participants
    )
    assert any("May" in p.name for p in readout.participants)


def test_an_office_of_a_country_without_a_name_is_its_holder_on_the_day() -> None:
    readout = _readout(
        "External Affairs Minister Dr. S. Jaishankar met the Foreign Secretary of the UK on "
        "October 22, 2021 in New Delhi.\n"
    )
    assert {p.name for p in readout.participants} >= {"Liz Truss"}
    assert set(readout.countries) == {"GB", "IN"}


def test_a_remarks_headline_loses_its_date_and_an_earlier_meeting_is_not_the_place() -> None:
    readout = _readout(
        "Opening Remarks by External Affairs Minister during his meeting with Foreign "
        "Secretary of UK (October 22, 2021)\n\n"
        "October 22, 2021\n\n"
        "Foreign Secretary, let me welcome you. I think it's just a few weeks since we met in "
        "New York. Today's meeting is very useful.\n"
    )
    assert readout.title.endswith("Foreign Secretary of UK")
    assert readout.location != "New York"


def test_a_headlines_verb_in_title_case_is_not_a_name() -> None:
    found = find_participants(
        "Foreign Minister Hayashi, ASEAN Secretary General Confirm Cooperation Ahead of Summit"
    )
    assert [p.name for p in found] == ["Hayashi"]


def test_the_country_visited_is_the_other_side_before_relations_spoken_of() -> None:
    readout = _readout(
        "Prime Minister Visits Republic of Korea\n\n"
        "On May 29, 2000, Prime Minister Yoshiro Mori visited the Republic of Korea for the "
        "first time since taking office, in view of the talks on relations between Japan and "
        "North Korea.\n"
    )
    assert set(readout.countries) == {"JP", "KR"}


def test_a_diary_of_several_days_gives_its_first_meeting_of_two_countries() -> None:
    text = (
        "What's up around the Prime Minister\n\n"
        "Thursday, June 3\n"
        "Competitiveness Commission Holds Fourth Meeting\n\n"
        "The Competitiveness Commission, headed by Prime Minister Keizo Obuchi, held its fourth "
        "meeting at the prime minister's official residence.\n\n"
        "Thursday, June 3\n"
        "Prime Minister Meets with Austrian President\n\n"
        "Prime Minister Keizo Obuchi met at Akasaka Palace with Thomas Klestil, federal "
        "president of the Republic of Austria, who was making a state visit to Japan.\n\n"
        "Friday, June 4\n"
        "Prime Minister Visits a Factory\n\n"
        "Prime Minister Keizo Obuchi visited a factory in Osaka.\n"
    )
    readout = _readout(text, Overrides(date=dt.date(1999, 6, 3)))
    assert readout.title == "Prime Minister Meets with Austrian President"
    assert set(readout.countries) == {"AT", "JP"}
    # Without a year the user is asked for the date, as for any page.
    result = import_text(text, "page.txt")
    assert not any(item.readout for item in result.readouts)


def test_speakers_labelled_by_name_alone_are_known_office_holders() -> None:
    readout = _readout(
        "Auckland Bilateral Press Conference\n\n"
        "Transcript, E&OE\n\n"
        "WINSTON PETERS: This is the final day of the six monthly Foreign Ministers' "
        "consultations. Thank you very much for coming along, Foreign Minister.\n\n"
        "JULIE BISHOP: Thank you, Deputy Prime Minister. It has been a very effective meeting "
        "of Foreign Ministers from Australia and New Zealand.\n",
        Overrides(date=dt.date(2018, 2, 16)),
    )
    assert {p.name for p in readout.participants} == {"Winston Peters", "Julie Bishop"}
    assert set(readout.countries) == {"AU", "NZ"}
    assert readout.kind == "foreign-ministers-meeting"


def test_a_sentence_ends_after_a_day_of_one_digit() -> None:
    readout = _readout(
        "1. Foreign Minister Yun Byung-se met with US Deputy Secretary of State Antony Blinken "
        "on October 6, 2015. In the meeting, the Foreign Minister spoke of President Park "
        "Geun-hye's planned visit to the US. The two sides exchanged views.\n"
    )
    assert "Park Geun-hye" not in [p.name for p in readout.participants]
    readout = _readout(
        "Foreign Minister Yun Byung-se met with US Deputy Secretary of State Antony Blinken on "
        "October 6. In the meeting, the Foreign Minister spoke of President Park Geun-hye's "
        "planned visit to the US.\n",
        Overrides(date=dt.date(2015, 10, 6)),
    )
    assert "Park Geun-hye" not in [p.name for p in readout.participants]


def test_the_first_one_met_after_a_lead_that_names_no_one_else_is_marked() -> None:
    readout = _readout(
        "New York [USA], Sept 27, 2019 (ANI): External Affairs Minister S Jaishankar on "
        "Thursday met diplomats from several countries on the sidelines of the UN General "
        "Assembly in New York.\n\n"
        "The External Affairs Minister met his Brazilian counterpart Ernesto Araujo during the "
        "day.\n\n"
        "He also met his Maldivian counterpart Abdulla Shahid.\n"
    )
    assert set(readout.countries) == {"BR", "IN"}
    assert any(r.field == "participants" and "Araujo" in r.reason for r in readout.review)
    # The unnamed own side of a release is the other side: no one is taken from later on.
    readout = _readout(
        "An FCO spokesperson said:\n\n"
        "The Foreign Secretary met US Secretary of State John Kerry in London on 25 November "
        "2013.\n\n"
        "The Foreign Secretary then joined Secretary Kerry for talks with Prime Minister Zeidan "
        "of Libya.\n"
    )
    assert "LY" not in readout.countries


def test_a_date_outside_the_named_office_holders_terms_gives_way_to_one_inside() -> None:
    readout = _readout(
        "Tuesday, 02 January 2024 12:17 GMT\n"
        "Secretary Rubio's Call With Russian Foreign Minister Lavrov\n\n"
        "2025-06-01 11:01:42\n\n"
        "The below is attributable to Spokesperson Tammy Bruce:\n\n"
        "Secretary of State Marco Rubio spoke today with Russian Foreign Minister Lavrov, at "
        "Russia's request.\n"
    )
    assert readout.date == dt.date(2025, 6, 1)
    assert any("terms of office" in r.reason for r in readout.review)
    readout = _readout(
        "Tuesday, 02 January 2024 12:17 GMT\n"
        "Secretary Rubio's Meeting With China's Foreign Minister Wang Yi\n\n"
        "2026-02-14 02:04:25\n"
        "The below is attributable to Principal Deputy Spokesperson Tommy Pigott:\n\n"
        "Secretary of State Marco Rubio met on February 13 with China's Foreign Minister Wang "
        "Yi. The meeting was positive and constructive.\n"
    )
    assert readout.date == dt.date(2026, 2, 13)


def test_a_headline_broken_over_two_lines_and_a_repeated_section_label() -> None:
    readout = _readout(
        "What's up around the Prime Minister\n\n"
        "Prime Minister Receives a Courtesy Call from\n"
        "U.S. Secretary of State Condoleezza Rice\n\n"
        "Wednesday, February 27, 2008\n\n"
        "Prime Minister Yasuo Fukuda received a courtesy call from Dr. Condoleezza Rice, the "
        "Secretary of State of the United States of America.\n"
    )
    assert readout.title == (
        "Prime Minister Receives a Courtesy Call from U.S. Secretary of State Condoleezza Rice"
    )
    readout = _readout(
        "Briefing Room\n\nSummit Diplomacy\n\nSummit Diplomacy\n\nSummit Diplomacy RSS RSS\n\n"
        "Summit Diplomacy\n\n"
        "Korea-UK Summit (November 2010)\n"
        "President Lee Myung-bak held a summit on November 11, 2010 with Prime Minister of the "
        "United Kingdom, David Cameron, at Cheong Wa Dae.\n"
    )
    assert readout.title == "Korea-UK Summit (November 2010)"


def test_an_indian_sites_credits_and_a_misspelt_office_and_a_day_first_date_line() -> None:
    readout = _readout(
        "Contents managed by\nPrime Minister's Office\nWebsite designed & hosted by\n"
        "National Informatics Centre.\n"
        "Following is the text of the remarks made by the Prime Minsiter Shri Atal Bihari "
        "Vajpayee at the joint press interaction with UK Prime Minister Tony Blair at London, "
        "on November 12, 2001:\n"
        "Thank you, Mr Prime Minister.\n"
    )
    assert "Informatics" not in readout.location
    assert {p.name.split()[-1] for p in readout.participants} >= {"Vajpayee", "Blair"}
    readout = _readout(
        "European Union External Action\n\n"
        "Federica Mogherini meets with the President of Montenegro, Milo Djukanović\n\n"
        "Bruxelles, 04/06/2018 - 14:49, UNIQUE ID: 180604_10\n\n"
        "Federica Mogherini, High Representative for Foreign Affairs and Security Policy, met "
        "with Milo Djukanović, the President of Montenegro, in Brussels today.\n"
    )
    assert readout.date == dt.date(2018, 6, 4)


def test_the_foreign_secretarys_full_title_and_initials_run_together() -> None:
    readout = _readout(
        "The Secretary of State for Foreign, Commonwealth, and Development Affairs of the United "
        "Kingdom, the Right Honourable Elizabeth Truss MP and the Minister for Foreign Affairs "
        "of the Republic of Indonesia, Her Excellency Retno L.P. Marsudi, met on 19 April 2022 "
        "in London.\n"
    )
    assert set(readout.countries) == {"GB", "ID"}
    assert readout.kind == "foreign-ministers-meeting"
    assert "Retno L.P. Marsudi" in [p.name for p in readout.participants]


def test_a_transcripts_header_names_its_principals_before_those_the_first_speaker_names() -> None:
    readout = _readout(
        "U.S. Department of State\n\n"
        "Secretary of State Madeleine K. Albright and\n"
        "Italian Foreign Minister Lamberto Dini\n\n"
        "Joint Press Availability, Ministry of Foreign Affairs\n"
        "August 1, 2000, Rome, Italy\n\n"
        "FOREIGN MINISTER DINI: Good morning. I am grateful to the Secretary of State for the "
        "bilateral meeting, and for the efforts President Clinton has made for peace.\n"
    )
    assert {p.name.split()[-1] for p in readout.participants} == {"Albright", "Dini"}
    assert readout.title == "Joint Press Availability, Ministry of Foreign Affairs"
    assert readout.kind == "foreign-ministers-meeting"


def test_a_region_a_meeting_to_come_and_a_citys_venue_as_places() -> None:
    assert (
        find_location(
            "We agreed that the regime is becoming ever more of an anomaly in Southeast Europe."
        )
        == ""
    )
    assert "Vatican" not in find_location(
        "The Secretary of State was coming to Rome and will have an important meeting in the "
        "Vatican today."
    )
    readout = _readout(
        "Foreign Minister Cayetana Aljovín met Canadian Foreign Minister Chrystia Freeland at "
        "Lima's Torre Tagle Palace on 13 April 2018.\n"
    )
    assert readout.location == "Torre Tagle Palace, Lima"
    readout = _readout(
        "Prime Minister Pham Minh Chinh met President Lee Jae-myung in Johannesburg, South "
        "Africa, on 22 November 2025.\n"
    )
    assert readout.location.startswith("Johannesburg")


def test_a_call_said_as_rang_in_a_transcript_whose_questions_are_not_its_headline() -> None:
    readout = _readout(
        "PM Transcripts\n\n"
        "Doorstop Interview, Canberra\n\n"
        "Rudd, Kevin\n\n"
        "Release Date: 09/11/2008\n\n"
        "JOURNALIST: Prime Minister, a change in Government in New Zealand overnight?\n\n"
        "PM: Yeah last night I rang the Prime Minister elect John Key. I congratulated John on "
        "his election.\n",
        Overrides(date=dt.date(2008, 11, 8)),
    )
    assert readout.kind == "telephone-talk"
    assert readout.title == "Doorstop Interview, Canberra"
    assert any("Key" in p.name for p in readout.participants)


def test_a_counterpart_from_a_neighbour_and_an_office_in_lower_case_after_a_name() -> None:
    readout = _readout(
        "New Delhi, April 21, 2023 (Agency) External Affairs Minister S Jaishankar, who is "
        "visiting Guyana, on Friday met with his counterpart from neighbouring Suriname. In a "
        "tweet, he said he met with Suriname Foreign Minister Albert Ramdin.\n"
    )
    assert set(readout.countries) == {"IN", "SR"}
    readout = _readout(
        "BEIJING, April 18, 2023 (Xinhua) -- Chinese Vice President Han Zheng met with "
        "Francisco Bustillo Bonasso, minister of Foreign Affairs of the Oriental Republic of "
        "Uruguay, in Beijing on Tuesday.\n"
    )
    assert set(readout.countries) == {"CN", "UY"}


def test_a_virtual_visit_is_a_video_conference() -> None:
    readout = _readout(
        "The below is attributable to Spokesperson Ned Price:\n\n"
        "Secretary of State Antony J. Blinken met on April 27, 2021 with Kenyan President Uhuru "
        "Kenyatta to open his virtual visit to Kenya.\n"
    )
    assert readout.kind == "video-conference"


def test_an_embedded_posts_signature_in_another_script_dates_the_weekday() -> None:
    readout = _readout(
        "Dendias meets Italian counterpart in Rome\n"
        "Greek Foreign Minister Nikos Dendias met with his Italian counterpart Luigi Di Maio in "
        "Rome on Wednesday.\n"
        "Rome: Meeting of FM @NikosDendias and his Italian counterpart at the ministry.\n"
        "— Υπουργείο Εξωτερικών (@GreeceMFA) January 13, 2021\n"
    )
    assert readout.date == dt.date(2021, 1, 13)


def test_a_meal_had_at_a_place_gives_it() -> None:
    assert met_at("Hello. The Prime Minister and I just had lunch at Chequers. Fine.") == (
        "Chequers"
    )


def test_relations_spoken_of_give_no_country_to_a_bodys_head() -> None:
    readout = _readout(
        "Readout of the Secretary-General's meeting with H.E. Mr. Barack Obama, President of "
        "the United States of America\n\n"
        "New York, 24 September 2013\n\n"
        "The Secretary-General met today with President Barack Obama of the United States of "
        "America. They discussed relations between the United States and Iran.\n"
    )
    assert readout.countries == ("US",)


def test_whose_request_it_was_is_not_a_place() -> None:
    assert (
        find_location(
            "Foreign Minister Yun Byung-se met his UK counterpart Philip Hammond on September "
            "29 at the request of the UK side."
        )
        == ""
    )


def test_calls_in_passing_do_not_make_a_sit_down_meeting_a_call() -> None:
    people = [
        Participant("Julie Bishop", "", "Foreign Minister", "AU"),
        Participant("Murray McCully", "", "Foreign Minister", "NZ"),
    ]
    lead = (
        "We held our annual talks this morning, supplemented by telephone calls and messages. "
        "It is good to sit down and go through the agenda together, and we will be continuing "
        "it over lunch."
    )
    title = "Media conference, with New Zealand Foreign Minister Murray McCully"
    assert kind_of(title, lead, people) == "foreign-ministers-meeting"


def test_an_attribution_line_is_not_the_summary() -> None:
    readout = _readout(
        "Deputy Secretary Sherman's Meeting with Norwegian State Secretary Thune\n\n"
        "READOUT\nOFFICE OF THE SPOKESPERSON\nMARCH 4, 2022\n\n"
        "The following is attributable to Spokesperson Ned Price:\n\n"
        "Deputy Secretary of State Wendy R. Sherman met today with Norwegian State Secretary "
        "Henrik Thune to talk about Arctic research and the fisheries of the Barents Sea.\n"
    )
    assert readout.summary.startswith("Deputy Secretary of State Wendy R. Sherman met today")
    [section] = readout.sections
    assert section.paragraphs[0] == "The following is attributable to Spokesperson Ned Price:"


def test_the_external_affairs_minister_named_by_office_alone_is_indias() -> None:
    readout = _readout(
        "Media Center\n\n"
        "Opening Remarks by External Affairs Minister at his meeting with the Foreign "
        "Minister of Singapore (March 14, 2023)\n\n"
        "March 14, 2023\n\n"
        "Minister, a very warm welcome to Delhi. We meet at a time when our trade and our "
        "digital links are growing, and there is much to review.\n"
    )
    assert _families(readout) == {"Jaishankar", "Balakrishnan"}
    assert set(readout.countries) == {"IN", "SG"}
    assert any(
        r.field == "participants" and r.text == "External Affairs Minister" for r in readout.review
    )


def test_a_leaders_transcript_header_with_its_place_line_and_subjects() -> None:
    readout = _readout(
        "Press conference - Honiara\n\n"
        "14 Jan 2023\n"
        "Honiara, Solomon Islands\n"
        "Prime Minister, Prime Minister of Solomon Islands\n"
        "Solomon Islands-Australia Partnership Talks\n\n"
        "MANASSEH SOGAVARE, PRIME MINISTER OF SOLOMON ISLANDS: We have just finished a long "
        "and friendly meeting. I thank the Honourable Albanese for coming so soon after his "
        "election. The Solomon Islands-Australia relationship is close, and we spent our time "
        "on policing, scholarships and the new wharf.\n"
    )
    assert readout.title == "Press conference - Honiara"  # not the subject line under it
    assert readout.location == "Honiara, Solomon Islands"
    assert _families(readout) == {"Sogavare", "Albanese"}
    assert readout.kind == "summit"
    assert any(r.field == "participants" and r.text == "Albanese" for r in readout.review)


def test_a_media_statements_headline_place_and_the_office_line_above_the_subjects() -> None:
    readout = _readout(
        "Media Statement - Darwin\n\n"
        "Media statement\n"
        "9 Sep 2023\n"
        "Prime Minister\n"
        "Prime Minister Joko Widodo’s visit; bilateral meeting with President Widodo; trade\n\n"
        "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Thank you, President Widodo, and "
        "welcome. We met this morning and agreed to work together on electric vehicles and "
        "the batteries that go in them.\n"
    )
    assert readout.title == "Media Statement - Darwin"
    assert readout.location == "Darwin"
    assert all(not p.name.startswith("Prime Minister") for p in readout.participants)
    assert _families(readout) == {"Albanese", "Widodo"}


def test_calls_in_turn_by_a_side_named_by_office_alone() -> None:
    result = import_text(
        "Readout of the President's Calls with Prime Minister Gillard and Chancellor Merkel\n\n"
        "June 1, 2011\n\n"
        "Today the President spoke by phone separately with Australian Prime Minister Julia "
        "Gillard and German Chancellor Angela Merkel about the coming G20 meeting and the "
        "world economy.\n",
        "page.txt",
        given=Overrides(),
    )
    calls = [item.readout for item in result.readouts if item.readout is not None]
    assert [r.kind for r in calls] == ["telephone-talk", "telephone-talk"]
    assert [set(r.countries) for r in calls] == [{"US", "AU"}, {"US", "DE"}]
    assert all(r.participants[0].name == "Barack Obama" for r in calls)


def test_a_meeting_by_zoom_of_a_vice_president_and_a_president_is_a_video_conference() -> None:
    readout = _readout(
        "Remarks by Vice President Harris and President López Obrador of Mexico in a "
        "Virtual Bilateral Meeting\n\n"
        "May 7, 2021\n\n"
        "Vice President's Ceremonial Office\n\n"
        "VICE PRESIDENT HARRIS: Good morning, Mr. President. It is good to see you, even by "
        "Zoom, and we have a great deal to speak about.\n\n"
        "PRESIDENT LÓPEZ OBRADOR: Thank you, Madam Vice President.\n"
    )
    assert readout.kind == "video-conference"
    assert set(readout.countries) == {"US", "MX"}


def test_a_numbered_statements_headline_over_two_lines() -> None:
    readout = _readout(
        "Brussels, 18 March 2014\n\n"
        "A 152/14 – Remarks by EU High Representative Catherine Ashton\n\n"
        "following her meeting with Foreign Minister Didier Burkhalter of Switzerland\n\n"
        "Good afternoon. I have just had a good meeting with Foreign Minister Burkhalter, "
        "who chairs the OSCE this year, about the monitors it is sending east.\n"
    )
    assert readout.title == (
        "Remarks by EU High Representative Catherine Ashton following her meeting with "
        "Foreign Minister Didier Burkhalter of Switzerland"
    )
    assert _families(readout) == {"Ashton", "Burkhalter"}
    assert set(readout.countries) == {"EU", "CH"}


def test_a_republishers_share_strip_and_own_headline_are_furniture() -> None:
    readout = _readout(
        "r google-plus facebook twitter linkedin2 nujij M Monitor Nieuwsbrief\n\n"
        "Verklaring voorzitter Europese Raad Tusk na ontmoeting met premier Rutte (en)\n\n"
        "Met dank overgenomen van Europese Raad, gepubliceerd op maandag 1 juni 2015.\n\n"
        "Brussels, 1 June 2015\n\n"
        "Remarks by President Donald Tusk after his meeting with Prime Minister of the "
        "Netherlands Mark Rutte\n\n"
        "I have just had a good meeting with Prime Minister Rutte. We spoke about the "
        "referendum and about the budget for the years to come.\n"
    )
    assert readout.title.startswith("Remarks by President Donald Tusk after his meeting")
    assert _families(readout) == {"Tusk", "Rutte"}
    assert readout.date == dt.date(2015, 6, 1)


def test_a_letter_from_a_third_leader_is_not_a_meeting_and_a_credited_caption_no_headline() -> None:
    readout = _readout(
        "Prime Minister Anwar Ibrahim receives a phone call from Japanese Prime Minister Fumio "
        "Kishida at Perdana Putra, November 25, 2022. — Bernama pic\n\n"
        "PUTRAJAYA, Nov 25 — Datuk Seri Anwar Ibrahim has continued to receive good wishes "
        "from leaders abroad on his appointment as prime minister.\n\n"
        "Today, he received a telephone call from Japanese Prime Minister Fumio Kishida and a "
        "letter from Indian Prime Minister Narendra Modi.\n\n"
        "In their conversation, Anwar and Kishida spoke of trade and of the students Malaysia "
        "sends to Japan.\n",
        Overrides(date=dt.date(2022, 11, 25)),
    )
    assert "Modi" not in _families(readout)
    assert "IN" not in readout.countries
    assert not readout.title.endswith("pic")


def test_counterparts_met_in_turn_on_the_margins_are_meetings_of_their_own() -> None:
    result = import_text(
        "External Affairs Minister S Jaishankar on Friday met his counterparts from Egypt, "
        "Sameh Shoukry, and Finland's Pekka Haavisto on the margins of the UN General "
        "Assembly and discussed cooperation in the "
        "Indo-Pacific region.\n\n"
        "With Shoukry he spoke of wheat and of the Suez Canal; with Haavisto of clean energy.\n",
        "page.txt",
        given=Overrides(date=dt.date(2022, 9, 23)),
    )
    meetings = [item.readout for item in result.readouts if item.readout is not None]
    assert [set(r.countries) for r in meetings] == [{"IN", "EG"}, {"IN", "FI"}]
    assert {r.kind for r in meetings} == {"foreign-ministers-meeting"}
    assert meetings[0].title == "India-Egypt Foreign Ministers' Meeting"
    assert all(r.location != "Indo-Pacific" for r in meetings)


def test_a_bodys_head_named_before_the_office_in_a_release_by_office_alone() -> None:
    readout = _readout(
        "The Prime Minister met Jens Stoltenberg, NATO Secretary General in Downing Street.\n\n"
        "They spoke of the summit in Vilnius and of support for Ukraine through the winter, "
        "and the Prime Minister set out the UK's plans for its defence spending.\n",
        Overrides(date=dt.date(2023, 6, 20)),
    )
    assert set(readout.countries) == {"GB"}  # NATO's head speaks for no country
    assert readout.kind == "other"  # not a summit of two leaders
    assert _families(readout) == {"Sunak", "Stoltenberg"}
    assert readout.title == "Meeting with Jens Stoltenberg"  # the guest, not the host


def test_a_headline_over_many_lines_and_the_speaker_it_names() -> None:
    readout = _readout(
        "Speeches and Statements by the Prime Minister\n\n"
        "Joint Press Conference\n"
        "by Mr Shinzo Abe, Prime Minister of Japan,\n"
        "Mr Donald Tusk,\n"
        "President of the European Council and\n"
        "Mr Jean-Claude Juncker,\n"
        "President of the European Commission\n"
        "Following the 25th Japan-EU Summit\n\n"
        "17 July 2018\n\n"
        "(1) Mr Shinzo Abe, Prime Minister of Japan\n\n"
        "I have held talks today with Mr Donald Tusk, President of the European Council, and "
        "Mr Jean-Claude Juncker, President of the European Commission, and we signed our "
        "partnership agreement and our trade agreement.\n"
    )
    assert readout.title == (
        "Joint Press Conference by Mr Shinzo Abe, Prime Minister of Japan, Mr Donald Tusk, "
        "President of the European Council and Mr Jean-Claude Juncker, President of the "
        "European Commission Following the 25th Japan-EU Summit"
    )
    assert _families(readout) == {"Abe", "Tusk", "Juncker"}
    assert set(readout.countries) == {"JP", "EU"}
    assert readout.kind == "summit"
    body = " ".join(p for s in readout.sections for p in s.paragraphs)
    assert "President of the European Council and" not in body.split("I have held")[0]


def test_a_presidency_that_writes_its_office_without_the_article() -> None:
    readout = _readout(
        "Wednesday, 14 March 2007\n\n"
        "President of Poland had a telephone conversation with the President of Lithuania\n\n"
        "On 14th March 2007 President of the Republic of Poland had a telephone conversation "
        "with the President of Lithuania, Valdas Adamkus, on energy links across the Baltic.\n"
    )
    assert _families(readout) == {"Kaczyński", "Adamkus"}
    assert set(readout.countries) == {"PL", "LT"}


def test_met_in_a_place_before_the_guest() -> None:
    readout = _readout(
        "On 10 May 2002 the President of the Republic of Poland, Mr. Aleksander Kwaśniewski, "
        "paid a working visit to Slovakia. In the course of the visit the President met in "
        "Bratislava Mr. Rudolf Schuster, the President of the Slovak Republic.\n"
    )
    assert readout.location == "Bratislava"


def test_a_headline_with_a_stamp_in_another_language_gives_its_place() -> None:
    readout = _readout(
        "Putin meets Lukashenko in Sochi 15 сентября 2023, 18:40\n\n"
        "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko on "
        "September 15, 2023, to talk about trade and the union state.\n"
    )
    assert readout.title == "Putin meets Lukashenko in Sochi"
    assert readout.location == "Sochi"


def test_a_guest_also_met_later_is_not_the_meeting_reported_first() -> None:
    readout = _readout(
        "Bronisław Komorowski met with the new Lithuanian president\n\n"
        "This morning in Vilnius, Bronisław Komorowski attended the swearing-in of Dalia "
        "Grybauskaitė, the President of Lithuania. During his stay, the Polish president met "
        "with Grybauskaitė and other politicians.\n\n"
        "After the ceremony, Bronisław Komorowski met with the new Lithuanian president and "
        "invited her to Warsaw.\n\n"
        "In Vilnius, Bronisław Komorowski also met with the President of Latvia, Andris "
        "Bērziņš, and spoke of the railway to Tallinn.\n",
        Overrides(date=dt.date(2014, 7, 12)),
    )
    assert set(readout.countries) == {"PL", "LT"}
    assert "Bērziņš" not in _families(readout)


def test_a_series_of_meetings_then_the_first_at_a_bilateral_meeting_with() -> None:
    readout = _readout(
        "Foreign Minister Vivian Balakrishnan has held a series of meetings in Brussels, "
        "according to a statement by the ministry.\n\n"
        "At a bilateral meeting with Belgian Foreign Minister Didier Reynders on Monday, they "
        "spoke of the trade agreement with the European Union.\n\n"
        "Dr Balakrishnan also called on the King.\n",
        Overrides(date=dt.date(2018, 10, 15)),
    )
    assert _families(readout) == {"Balakrishnan", "Reynders"}
    assert readout.kind == "foreign-ministers-meeting"
    assert any(r.field == "participants" for r in readout.review)  # the lead did not say


def test_a_speakers_first_word_before_the_one_addressed_is_not_a_name() -> None:
    assert find_participants("First, Prime Minister, let me say I am delighted to be here.") == []
    assert find_participants("Well, Prime Minister, thank you for the welcome.") == []


def test_two_ministers_named_above_their_joint_press_conferences_headline() -> None:
    readout = _readout(
        "Senator the Hon Penny Wong\n"
        "Minister for Foreign Affairs, Australia\n\n"
        " The Hon Nanaia Mahuta\n"
        "Minister of Foreign Affairs, Minister of Local Government and Associate Minister for "
        "Arts, New Zealand\n\n"
        "Joint Foreign Ministers’ Press Conference\n\n"
        "9 June 2022\n\n"
        "Parliament House, Wellington, New Zealand\n\n"
        "Minister Mahuta:\n\n"
        "Welcome, everyone, and welcome to Senator Wong on her first visit here as Foreign "
        "Minister. We have talked this morning about the Pacific and about trade.\n"
    )
    assert readout.title == "Joint Foreign Ministers' Press Conference"
    assert readout.location == "Parliament House, Wellington, New Zealand"
    assert _families(readout) == {"Wong", "Mahuta"}
    assert all("Joint" not in p.name for p in readout.participants)
    assert readout.kind == "foreign-ministers-meeting"


def test_a_venue_the_text_names_is_in_the_city_its_header_gives() -> None:
    readout = _readout(
        "Remarks with Mexican Foreign Secretary Patricia Espinosa Before Their Meeting\n\n"
        "Secretary Condoleezza Rice\n"
        "Washington, DC\n"
        "March 5, 2007\n\n"
        "Secretary of State Condoleezza Rice and Mexican Foreign Secretary Patricia Espinosa "
        "meet in the Treaty Room before their talks on migration.\n"
    )
    assert readout.location == "Treaty Room, Washington, DC"


def test_talks_held_separately_in_the_capital_are_meetings_in_person_there() -> None:
    result = import_text(
        "ANKARA (AA) – Turkish Foreign Minister Hakan Fidan on Friday met with his "
        "counterparts on the sidelines of the ASEAN meeting in Indonesia.\n\n"
        "In the capital Jakarta, Fidan held separate talks with Malaysian Foreign Minister "
        "Zambry Abdul Kadir, Thai Foreign Minister Parnpree Bahiddha-Nukara and his Lao "
        "counterpart Saleumxay Kommasith.\n",
        "page.txt",
        given=Overrides(date=dt.date(2023, 7, 14)),
    )
    first = next(item.readout for item in result.readouts if item.readout is not None)
    assert first.kind == "foreign-ministers-meeting"
    assert set(first.countries) == {"TR", "MY"}
    assert first.location == "Jakarta"


def test_separate_talks_with_a_list_are_meetings_not_calls() -> None:
    result = import_text(
        "Turkish Foreign Minister Hakan Fidan held separate talks with Malaysian Foreign "
        "Minister Zambry Abdul Kadir, Thai Foreign Minister Parnpree Bahiddha-Nukara and Lao "
        "Foreign Minister Saleumxay Kommasith in Jakarta on July 14, 2023.\n",
        "page.txt",
        given=Overrides(),
    )
    meetings = [item.readout for item in result.readouts if item.readout is not None]
    assert len(meetings) == 3
    assert {r.kind for r in meetings} == {"foreign-ministers-meeting"}


def test_a_family_name_first_is_the_one_side_named_again() -> None:
    readout = _readout(
        "MADRID – President Yoon Suk Yeol has met with leaders of NATO's partners to talk "
        "about supply chains, according to his office.\n\n"
        "During their summit on Wednesday, Yoon and Spanish Prime Minister Pedro Sánchez "
        "agreed to work together on batteries and on the Madrid metro.\n",
        Overrides(date=dt.date(2022, 6, 29)),
    )
    assert _families(readout) == {"Yeol", "Sánchez"}
    assert set(readout.countries) == {"KR", "ES"}


def test_a_state_transcripts_header_names_the_secretary_whose_remarks_they_are() -> None:
    header = [
        "U.S. Department of State",
        "Press Availability With French Foreign Minister Bernard Kouchner",
        "Secretary Condoleezza Rice",
        "Paris, France",
        "October 11, 2007",
    ]
    [rice] = header_secretary(header)
    assert (rice.name, rice.role, rice.country) == ("Condoleezza Rice", "Secretary of State", "")
    # (whose Secretary is the table's to say: the Philippines' is one too)
    assert header_secretary(["Remarks to the press", "Paris, France"]) == []


def test_a_portfolio_of_climate_change_before_the_country() -> None:
    [minister, _] = find_participants(
        "The Minister of Finance and Climate Change of Tuvalu, H.E. Mr Seve Paeniu, made a "
        "courtesy call on H.E. President Ibrahim Mohamed Solih this morning."
    )
    assert (minister.name, minister.country) == ("Seve Paeniu", "TV")


def test_a_wires_caption_over_its_credit_line_and_a_headline_that_names_both() -> None:
    readout = _readout(
        "Politics\n"
        "March 3, 2017 2:15 pm\n\n"
        "Justin Trudeau thanks Enrique Peña Nieto in phone call on trade\n\n"
        "By Staff The Canadian Press\n\n"
        "Prime Minister Justin Trudeau speaks to reporters in Ottawa on Tuesday, Feb. 14, 2017.\n\n"
        "THE CANADIAN PRESS/Sean Kilpatrick\n\n"
        "OTTAWA – Prime Minister Justin Trudeau has thanked Mexican President Enrique Peña "
        "Nieto for his support on trade.\n\n"
        "The Prime Minister's Office says the two men spoke by phone Friday.\n"
    )
    assert readout.date == dt.date(2017, 3, 3)  # not the caption's day
    assert readout.title != "Politics"
    assert set(readout.countries) == {"CA", "MX"}
    assert readout.kind == "telephone-talk"


def test_a_transcripts_subjects_make_no_party_of_every_asean_member() -> None:
    readout = _readout(
        "Press Conference Vientiane, Laos\n\n"
        "Subjects: ASEAN-Australia Foreign Ministers’ Meeting; East Asia Summit; trade.\n\n"
        "Penny Wong, Foreign Minister: Good morning. I'll be attending the ASEAN meetings this "
        "week.\n\n"
        "I had the opportunity to meet today with the Secretary-General of ASEAN Dr Kao Kim "
        "Hourn, to talk about the Secretariat's work on unexploded ordnance.\n",
        Overrides(date=dt.date(2024, 7, 26)),
    )
    assert readout.kind != "multilateral"
    assert "BN" not in readout.countries  # no member is a party for being spoken of


def test_a_label_of_one_word_twice_is_not_the_headline() -> None:
    readout = _readout(
        "Visits Visits\n\n"
        "Transcript of Media Briefing by Secretary (East) on visit of External Affairs Minister "
        "to Japan (March 8, 2022)\n\n"
        "March 8, 2022\n\n"
        "External Affairs Minister S Jaishankar met Japanese Foreign Minister Yoshimasa "
        "Hayashi in Tokyo today and spoke of the Quad and of the bullet train.\n"
    )
    assert readout.title.startswith("Transcript of Media Briefing by Secretary (East)")


def test_the_papers_own_name_over_its_page_is_not_the_headline() -> None:
    readout = _readout(
        "The Jakarta Post\n\n"
        "Indonesia, Chile agree to finish trade deal this year\n\n"
        "Published : May 27, 2016 - 10:48\n\n"
        "Indonesian Foreign Minister Retno Marsudi held talks with her Chilean counterpart "
        "Heraldo Muñoz in Santiago on Thursday, May 26, 2016, and agreed to conclude the "
        "trade agreement within the year.\n"
    )
    assert readout.title == "Indonesia, Chile agree to finish trade deal this year"


def test_the_leaders_met_in_turn_are_named_in_the_leads_next_sentence() -> None:
    readouts = _written(
        "Prime Minister's Week\n\n"
        "Wednesday, May 24, 2023\n\n"
        "Prime Minister Fumio Kishida met with a number of leaders who had come to Japan for "
        "the outreach sessions (see the next item). He conferred individually with President "
        "Luiz Inacio Lula da Silva of Brazil, President Joko Widodo of Indonesia and Prime "
        "Minister Narendra Modi of India.\n\n"
        "In each meeting the leaders discussed food security and energy.\n",
    )
    pairs = [(r.countries, r.kind) for r in readouts]
    assert pairs == [
        (("JP", "BR"), "summit"),
        (("JP", "ID"), "summit"),
        (("JP", "IN"), "summit"),
    ]


def test_bilateral_meetings_with_counterparts_listed_name_then_office() -> None:
    readouts = _written(
        "Bilateral meetings of the External Affairs Minister in Geneva\n\n"
        "Geneva\n"
        "March 2, 2016\n\n"
        "On Wednesday, March 2, the External Affairs Minister had bilateral meetings with "
        "several of her counterparts, including HE Mr. Didier Burkhalter, Foreign Minister of "
        "Switzerland; HE Mr. Frank-Walter Steinmeier, Foreign Minister of Germany; and HE Ms. "
        "Julie Bishop, Foreign Minister of Australia.\n\n"
        "The ministers reviewed the bilateral relationship in each meeting.\n",
    )
    pairs = [r.countries for r in readouts]
    assert pairs == [("IN", "CH"), ("IN", "DE"), ("IN", "AU")]
    assert readouts[0].kind == "foreign-ministers-meeting"


def test_a_foreign_affairs_secretary_whose_country_follows_the_office() -> None:
    [person] = find_participants(
        "held a meeting with H. E. Mr. Enrique A. Manalo, Foreign Affairs Secretary, the "
        "Republic of the Philippines, during his visit to Jakarta"
    )
    assert (person.name, person.country) == ("Enrique A. Manalo", "PH")
    readout = _readout(
        "Japan-Philippines Foreign Ministers' Meeting\n\n"
        "On July 11, 2023, Mr. Yoshimasa Hayashi, Minister for Foreign Affairs of Japan, held a "
        "meeting with H. E. Mr. Enrique A. Manalo, Foreign Affairs Secretary, the Republic of "
        "the Philippines, in Jakarta. The overview is as follows.\n"
    )
    assert readout.kind == "foreign-ministers-meeting"
    assert readout.countries == ("JP", "PH")


def test_offices_addressed_in_a_transcript_are_not_people() -> None:
    people = find_participants(
        "Mr. President, Madam Secretary of State, Honorable Bernard Membe, Minister of Foreign "
        "Affairs and International Cooperation, ambassadors, ladies and gentlemen"
    )
    assert [p.name for p in people] == ["Bernard Membe"]
    assert people[0].role.startswith("Minister of Foreign Affairs")
    # a header's name line keeps the office out of the name
    assert [p.name for p in find_participants("General Secretary, China President Xi Jinping")] == [
        "Xi Jinping"
    ]


def test_a_moderators_turn_is_not_the_lead() -> None:
    readout = _readout(
        "Remarks With Ghanaian President John Mahama\n\n"
        "Antony J. Blinken\n"
        "Secretary of State\n"
        "Jubilee House\n"
        "Accra, Ghana\n"
        "March 3, 2025\n\n"
        "MODERATOR: Good afternoon. Mr. President, Madam Minister, Honorable Samuel Ablakwa, "
        "Minister of Foreign Affairs, ladies and gentlemen of the press, welcome.\n\n"
        "PRESIDENT MAHAMA: Mr. Secretary, welcome again to Ghana. We met for an hour and spoke "
        "of trade and security.\n"
    )
    assert "Ablakwa" not in _families(readout)
    assert "Mahama" in _families(readout)


def test_a_range_of_clock_times_labelled_once_starts_at_its_first() -> None:
    assert timing_with_note("held a meeting from 3:30 p.m. to 3:55 p.m. (local time).") == (
        dt.time(15, 30),
        25,
        "",
    )
    readout = _readout(
        "Japan-Chile Summit Meeting\n\n"
        "On November 16, 2023, Prime Minister Fumio Kishida, who is visiting San Francisco for "
        "the APEC Economic Leaders' Meeting, held a meeting with Mr. Gabriel Boric, President of "
        "Chile from 2:10 p.m. to 2:40 p.m. (local time). The overview is as follows.\n"
    )
    assert readout.start_time == dt.time(14, 10)
    assert readout.duration_minutes == 30
    assert [p.role for p in readout.participants][1] == "President of Chile"


def test_a_short_conversation_while_both_attend_a_summit_is_in_person() -> None:
    readout = _readout(
        "Conversation between Prime Minister Ishiba and President Milei (Summary)\n\n"
        "On November 19, 2024, Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting Rio "
        "de Janeiro, Brazil to attend the G20 Rio de Janeiro Summit, had a conversation for "
        "approximately 10 minutes with H. E. Mr. Javier MILEI, President of the Argentine "
        "Republic.\n"
    )
    assert readout.kind == "summit"


def test_a_ministers_office_then_an_excellency_set_off_by_commas() -> None:
    readout = _readout(
        "Australia – Timor-Leste Foreign Ministers’ meeting\n\n"
        "Australia and Timor-Leste renewed their partnership at the annual meeting of Foreign "
        "Ministers, held for the first time in Dili.\n\n"
        "Today in Dili, Minister for Foreign Affairs, Senator the Hon Penny Wong, and Timor-Leste "
        "Minister of Foreign Affairs and Cooperation, His Excellency, Bendito Freitas, signed an "
        "arrangement on maritime boundaries and labour mobility.\n\n"
        "The Ministers welcomed growing trade and agreed to meet again next year.\n",
        Overrides(date=dt.date(2024, 8, 30)),
    )
    assert _families(readout) == {"Wong", "Freitas"}
    assert readout.countries == ("AU", "TL")
    assert readout.location == "Dili"


def test_a_leaders_well_known_short_name_is_the_same_person() -> None:
    readout = _readout(
        "President Jokowi Receives Courtesy Calls Before His Inauguration\n\n"
        "President Joko Widodo received courtesy calls from the leaders of friendly nations at "
        "the Merdeka Palace on Sunday, 20 October 2019, before his inauguration.\n"
    )
    assert [p.name for p in readout.participants] == ["Joko Widodo"]


def test_a_former_foreign_minister_named_without_an_office_makes_no_ministers_meeting() -> None:
    readout = _readout(
        "Foreign Minister Hayashi's Meeting with Mr. Yang Jiechi\n\n"
        "On August 17, 2022, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held "
        "a meeting with Mr. Yang Jiechi for about seven hours in Tianjin. The overview is as "
        "follows.\n"
    )
    assert readout.kind == "other"  # Yang Jiechi left the foreign ministry in 2013
    assert readout.countries == ("JP", "CN")


def test_calls_in_turn_by_a_leader_named_again_by_given_name() -> None:
    readouts = _written(
        "PUTRAJAYA, June 3, 2024 – Prime Minister Datuk Seri Anwar Ibrahim has expressed hope for "
        "closer ties with the region's leaders.\n\n"
        "Anwar said this in a post last night following telephone conversations with three of "
        "his counterparts – Singaporean Prime Minister Lawrence Wong, Thai Prime Minister Srettha "
        "Thavisin and Vietnamese Prime Minister Pham Minh Chinh.\n\n"
        "He said they discussed trade and the region's security.\n",
    )
    pairs = [(r.countries, r.kind) for r in readouts]
    assert pairs == [
        (("MY", "SG"), "telephone-talk"),
        (("MY", "TH"), "telephone-talk"),
        (("MY", "VN"), "telephone-talk"),
    ]


def test_leaders_met_on_the_sidelines_including_several_are_met_in_turn() -> None:
    readouts = _written(
        "Prime Minister Narendra Modi on Sunday interacted with world leaders, including "
        "Japanese Prime Minister Fumio Kishida, Italian Prime Minister Giorgia Meloni and "
        "Canadian Prime Minister Justin Trudeau, on the sidelines of the G7 Summit in Hiroshima "
        "on May 21, 2023.\n\n"
        "The leaders discussed trade, energy and the situation in Ukraine.\n",
    )
    countries = [r.countries for r in readouts]
    assert countries == [("IN", "JP"), ("IN", "IT"), ("IN", "CA")]


def test_bilateral_talks_with_two_leaders_of_countries_named_by_demonym() -> None:
    readouts = _written(
        "Business Daily\n"
        "Notification Icon\n"
        "userprofile IconSearch\n\n"
        "New Delhi, September 8, 2023: Prime Minister Narendra Modi on Friday held bilateral "
        "talks with his Mauritian counterpart Pravind Jugnauth and Malawian President Lazarus "
        "Chakwera ahead of the summit.\n\n"
        "The leaders discussed trade and development cooperation.\n",
    )
    assert [r.countries for r in readouts] == [("IN", "MU"), ("IN", "MW")]
    assert all("Icon" not in r.title for r in readouts)


def test_a_visit_to_come_is_not_the_meeting_the_page_reports() -> None:
    readout = _readout(
        "Jul 23, 2013\n\n"
        "New Delhi: Prime Minister Manmohan Singh is to visit the US in September, when he will "
        "hold bilateral talks with President Barack Obama.\n\n"
        "This was discussed during talks between visiting US Vice President Joe Biden and Prime "
        "Minister Manmohan Singh here Tuesday, officials said.\n"
    )
    assert _families(readout) == {"Biden", "Singh"}
    assert readout.kind == "other"


def test_a_captions_counterpart_is_not_the_first_met_after_a_vague_lead() -> None:
    readout = _readout(
        "Foreign Secretary's meetings in Beijing, August 2023\n\n"
        "During his visit to Beijing Foreign Secretary James Cleverly held bilateral meetings with "
        "senior Chinese government figures on 30 August 2023.\n\n"
        "Foreign Secretary James Cleverly during his meeting with Chinese Foreign Minister Wang "
        "Yi.\n\n"
        "The Foreign Secretary set out the UK's approach to China.\n\n"
        "He met Chinese Vice President Han Zheng first, and then Foreign Minister Wang Yi.\n"
    )
    assert _families(readout) == {"Cleverly", "Zheng"}


def test_an_archived_pages_fact_sheet_link_is_not_the_headline() -> None:
    readout = _readout(
        "For Immediate Release\n"
        "Office of the Press Secretary\n"
        "November 17, 2005\n\n"
        "President and President Roh Discuss Strong U.S.-Korean Alliance\n"
        "Hotel Hyundai\n"
        "Gyeongju, Republic of Korea\n\n"
        "     Fact sheet President's Visit to Asia\n\n"
        "PRESIDENT ROH: Good afternoon. I just had a very constructive meeting with President "
        "Bush.\n"
    )
    assert readout.title == "President and President Roh Discuss Strong U.S.-Korean Alliance"


def test_a_series_of_meetings_with_listed_countries_is_the_first_named_and_marked() -> None:
    readout = _readout(
        "New York, Sep 20, 2023: External Affairs Minister S Jaishankar on Wednesday held a "
        "series of meetings with his counterparts on the sidelines of the General Assembly. "
        "Jaishankar met with Foreign Ministers of Norway, Ghana, Peru and Fiji. He discussed "
        "energy cooperation with Minister of Foreign Affairs of Norway Espen Barth Eide.\n\n"
        "He then met the Ghanaian Foreign Minister.\n"
    )
    assert readout.countries == ("IN", "NO")
    assert _families(readout) == {"Jaishankar", "Eide"}
    assert any("in turn" in r.reason for r in readout.review if r.field == "countries")


def test_a_transcripts_headline_led_by_its_city() -> None:
    readout = _readout(
        "Wellington Bilateral Press Conference\n\n"
        "  • Transcript, E&OE\n\n"
        "WINSTON PETERS: This is the last day of the Foreign Ministers' consultations. Thank "
        "you for coming, Foreign Minister.\n\n"
        "MARISE PAYNE: Thank you Deputy Prime Minister. It was a useful meeting.\n",
        Overrides(date=dt.date(2019, 2, 22)),
    )
    assert readout.location == "Wellington"


def test_a_transcripts_place_over_its_date_line_need_not_be_a_capital() -> None:
    readout = _readout(
        "Remarks With Palestinian President Mahmoud Abbas\n\n"
        "Secretary Condoleezza Rice\n"
        "Ramallah\n"
        "July 24, 2006\n\n"
        "SECRETARY RICE: Thank you very much, Mr. President, for receiving me today. We had "
        "good discussions about the situation in the region.\n\n"
        "PRESIDENT ABBAS: Thank you, Madam Secretary.\n"
    )
    assert readout.location == "Ramallah"
    assert any("header" in r.reason for r in readout.review if r.field == "location")


def test_a_wires_name_over_its_date_line_is_not_a_place() -> None:
    readout = _readout(
        "Dhaka and Delhi pleased with ties\n\n"
        "BSS\n"
        "12 May, 2023, 01:00 pm\n\n"
        "Indian External Affairs Minister S Jaishankar today paid a courtesy call on Prime "
        "Minister Sheikh Hasina at her official residence Ganabhaban.\n"
    )
    assert readout.location != "BSS"


def test_a_release_closing_with_its_city_over_its_date_gives_the_place_marked() -> None:
    readout = _readout(
        "Remarks by External Affairs Minister at his meeting with the Foreign Minister of "
        "Australia (February 13, 2023)\n\n"
        "Foreign Minister, it is a pleasure to welcome you to India once more. We have a "
        "great deal to review today, from trade to the Quad.\n\n"
        "New Delhi\n"
        "February 13, 2023\n"
    )
    assert readout.location == "New Delhi"
    assert any("closes with" in r.reason for r in readout.review if r.field == "location")


_ARCHIVED_TRANSCRIPT = (
    "Transcripts from the Prime Ministers of Australia\n\n"
    "Keating, Paul\n\n"
    "Period of Service: 20/12/1991 - 11/03/1996\n"
    "Release Date:\n"
    "16/09/1995\n"
    "Release Type:\n"
    "Press Conference\n"
    "Transcript ID:\n"
    "20871\n"
    "Document:\n"
    "00020871.pdf 4 Page(s)\n"
    "Released by:\n"
    "  • Keating, Paul John\n"
    "PRESS CONFERENCE THE HOTEL INDONESIA, JAKARTA\n\n"
    # (the body hard-wrapped, as an archive's scan comes out)
    "Good afternoon, ladies and gentlemen. This morning I had a long meeting with President\n"
    "Soeharto at the Merdeka Palace and we went over the whole of the relationship, trade\n"
    "first of all, and then the security of the region, where our two countries have come\n"
    "to see things in very much the same way over the last few years. I told the President\n"
    "that Australia would open two more trade offices in the eastern provinces next year,\n"
    "and that we would fund a programme of training for young officials from both sides.\n"
    "We also spoke about the meeting of APEC leaders in Osaka later this year, where we\n"
    "both want to see the commitments made at Bogor carried forward without any delay.\n"
)


def test_an_archived_transcripts_record_fields_are_furniture_not_the_headline() -> None:
    readout = _readout(_ARCHIVED_TRANSCRIPT)
    assert readout.title == "PRESS CONFERENCE THE HOTEL INDONESIA, JAKARTA"


def test_a_president_in_a_kingdoms_release_is_not_the_kingdoms() -> None:
    readout = _readout(_ARCHIVED_TRANSCRIPT)
    assert readout.countries == ("AU", "ID")
    assert {(p.name.split()[-1], p.country) for p in readout.participants} == {
        ("Keating", "AU"),
        ("Soeharto", "ID"),
    }
    assert readout.kind == "summit"


_PARLIAMENT_ARCHIVE = (
    "Note: Where available, the PDF/Word icon below is provided to view the complete and "
    "fully formatted document\n"
    "Merdeka Palace, Jakarta: doorstop interview.\n\n"
    "Download PDFDownload PDF\n\n"
    "9 March 2000\n\n"
    "VENUE: Merdeka Palace, Jakarta\n\n"
    "Doorstop Interview: The Minister for Foreign Affairs Alexander Downer and the Minister "
    "for Trade Mark Vaile\n\n"
    "Mr Downer: Mr Vaile, the Minister for Trade, and I have had a series of useful "
    "discussions this morning, in particular with President Abdurrahman Wahid. We expressed "
    "our sorrow for the floods that struck on the night of 4 March in the east of Java. We "
    "thank the President and the Ministers we met with during the day for their time.\n"
)


def test_an_archives_note_points_to_the_headline() -> None:
    readout = _readout(_PARLIAMENT_ARCHIVE)
    assert readout.title == "Merdeka Palace, Jakarta: doorstop interview"


def test_a_venue_field_in_capitals_is_the_place_not_a_dateline() -> None:
    readout = _readout(_PARLIAMENT_ARCHIVE)
    assert readout.location == "Merdeka Palace, Jakarta"


def test_a_day_something_happened_on_is_not_the_meetings() -> None:
    readout = _readout(_PARLIAMENT_ARCHIVE)
    assert readout.date == dt.date(2000, 3, 9)


def test_the_speaker_who_says_he_met_them_is_a_participant() -> None:
    readout = _readout(_PARLIAMENT_ARCHIVE)
    assert {"Downer", "Wahid"} <= _families(readout)
    assert readout.countries == ("AU", "ID")


_NEWS_SERVICE_DISPATCH = (
    "PIA Dispatch - Tuesday, May 20, 2003\n\n"
    "PGMA thanks US for support in fight against terror\n\n"
    "WASHINGTON DC, May 20 -- President Gloria Macapagal-Arroyo thanked the United States "
    "for its help to the country's armed forces.\n\n"
    "The Chief Executive said this Monday (Tuesday in Manila) during her meeting with US "
    "President George W. Bush in his Oval Office at the White House.\n\n"
    "The two leaders also spoke about trade.\n"
)


def test_an_epithet_subject_is_the_one_the_paragraph_before_named() -> None:
    readout = _readout(_NEWS_SERVICE_DISPATCH)
    assert readout.countries == ("PH", "US")
    assert _families(readout) == {"Macapagal-Arroyo", "Bush"}


def test_a_day_as_it_fell_at_home_gives_no_place_and_an_owned_venue_is_the_venue() -> None:
    readout = _readout(_NEWS_SERVICE_DISPATCH)
    assert readout.location.startswith("Oval Office")
    assert "Manila" not in readout.location
    assert "Dispatch" not in readout.location


def test_the_host_who_invited_is_not_of_the_courtesy_call() -> None:
    readout = _readout(
        "Outcome of Foreign Minister's Official Visit to Kazakhstan\n\n"
        "1. During his official visit to Kazakhstan on June 3 and 4 at the invitation "
        "of Foreign Minister Mukhtar Tileuberdi, Foreign Minister Chung Eui-yong paid a "
        "courtesy call on President Kassym-Jomart Tokaev, and held a meeting with his Kazakh "
        "counterpart on June 4.\n\n"
        "2. During the courtesy call, Minister Chung conveyed the warm regards of President "
        "Moon Jae-in.\n",
        Overrides(date=dt.date(2021, 6, 4)),
    )
    # (the table spells him "Tokayev": one letter apart, the same holder)
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Chung Eui-yong", "KR"),
        ("Kassym-Jomart Tokaev", "KZ"),
    ]


def test_the_one_who_greets_a_visitor_is_of_the_country_visited() -> None:
    readout = _readout(
        "Acting Prime Minister Welcomes the Minister for Foreign Affairs of New Zealand\n"
        "03/03/2023Fiji Hosts Regional Fisheries Talks\n"
        "06/03/2023Published On: 04/03/2023\n"
        "Minister Mahuta was welcomed by the Acting Prime Minister and Attorney General Hon. "
        "Siromi Turaga.\n"
        "Minister Mahuta's official visit to Fiji began yesterday with a traditional welcome.\n"
        "A bilateral meeting was held on the areas where the two countries work together.\n"
    )
    assert (
        readout.title
        == "Acting Prime Minister Welcomes the Minister for Foreign Affairs of New Zealand"
    )
    assert [p.name.split()[-1] for p in readout.participants] == ["Mahuta", "Turaga"]
    assert set(readout.countries) == {"NZ", "FJ"}
    assert any("visit" in r.reason for r in readout.review if r.field == "countries")


def test_a_leader_named_in_what_was_discussed_is_not_a_side() -> None:
    readout = _readout(
        "Foreign Minister Meets with Secretary of State\n\n"
        "1. In Washington DC on February 13, 2023, Foreign Minister Park Jin met with "
        "Secretary of State Tony Blinken and exchanged views on a range of issues, including "
        "President Yoon Suk Yeol's state visit to the US and North Korea.\n"
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Park Jin", "KR"),
        ("Tony Blinken", "US"),
    ]


def test_a_leader_who_attended_the_g7_summit_met_its_members_and_the_eu() -> None:
    readout = _readout(
        "G7 Leaders' Video Conference\n"
        "On Thursday, April 16, from 10 p.m. for about one hour, Mr. ABE Shinzo, Prime "
        "Minister of Japan, attended the G7 Leaders' Video Conference. The summary is as "
        "follows.\n"
        "1. The leaders exchanged views on the novel coronavirus.\n",
        Overrides(date=dt.date(2020, 4, 16)),
    )
    assert set(readout.countries) == {"US", "CA", "FR", "DE", "IT", "JP", "GB", "EU"}


def test_a_wires_dateline_before_the_vice_president_of_a_white_house_text() -> None:
    readout = _readout(
        "Tokyo, Japan - The Vice President met today with Prime Minister of Japan Shinzo Abe "
        "at the Kantei in Tokyo. The Vice President underscored the United States' commitment "
        "to the alliance.\n",
        Overrides(date=dt.date(2017, 4, 18)),
    )
    assert readout.countries == ("US", "JP")
    assert readout.participants[0].name == "Mike Pence"
    assert readout.kind == "other"


def test_an_archives_holder_is_the_i_of_a_briefing_that_names_no_country() -> None:
    readout = _readout(
        "PM Transcripts\n\n"
        "Transcripts from the Prime Ministers of Australia\n\n"
        "Hawke, Robert\n\n"
        "Transcript 7021\n\n"
        "PRIME MINISTER\n"
        "TRANSCRIPT OF BRIEFING BY PRIME MINISTER AT HOTEL OKURA - TOKYO\n"
        "PM: I had a long and friendly discussion this morning with Prime Minister Nakasone.\n"
        "We spoke first of trade in coal and beef.\n",
        Overrides(date=dt.date(1986, 5, 14)),
    )
    assert [(p.name.split()[-1], p.country) for p in readout.participants] == [
        ("Hawke", "AU"),
        ("Nakasone", "JP"),
    ]
    assert readout.location != "Hawke, Robert"


def test_numbered_sections_of_a_series_give_the_first_meeting() -> None:
    readout = _readout(
        "Outcome of Foreign Minister's Bilateral Meetings with Foreign Ministers of Three "
        "Countries\n\n"
        "1. On the sidelines of the ASEAN-related Foreign Ministers' Meetings, Minister of "
        "Foreign Affairs Park Jin held a series of bilateral meetings with the Foreign "
        "Ministers of three countries -- Thailand, Vietnam and the Philippines -- in Jakarta "
        "on July 13.\n\n"
        "2. (Thailand) Minister Park and Minister of Foreign Affairs of Thailand Don "
        "Pramudwinai agreed to deepen cooperation in trade and tourism.\n\n"
        "3. (Vietnam) In the meeting with Minister of Foreign Affairs of Vietnam Bui Thanh Son, "
        "Minister Park welcomed the growth of trade.\n",
        Overrides(date=dt.date(2023, 7, 13)),
    )
    assert readout.countries == ("KR", "TH")
    assert _families(readout) == {"Jin", "Pramudwinai"}
    assert readout.kind == "foreign-ministers-meeting"


def test_a_copy_that_lost_spaces_at_line_ends_and_what_follows_during_which() -> None:
    readout = _readout(
        "Foreign Minister Holds Telephone Conversation with her US Counterpart\n\n"
        "1. Foreign Minister Kang Kyung-wha talked to Secretaryof State Rex Tillerson of the US "
        "over the phone on November 29, during which the twotop diplomats discussed President "
        "Trump'sremarks on North Korea.\n",
        Overrides(date=dt.date(2017, 11, 29)),
    )
    assert [(p.name, p.country) for p in readout.participants] == [
        ("Kang Kyung-wha", "KR"),
        ("Rex Tillerson", "US"),
    ]


def test_the_city_a_paragraph_before_says_was_visited_is_the_place_marked() -> None:
    readout = _readout(
        "Minister for Foreign Affairs of New Zealand Winston Peters is on an Official Visit to "
        "Singapore from 4 to 6 March 2024.\n\n"
        "Minister Peters had a meeting with Minister for Foreign Affairs Dr Vivian Balakrishnan "
        "on 5 March 2024. Both Ministers reaffirmed the close ties between the two countries.\n"
    )
    assert readout.location == "Singapore"
    assert any("visited" in r.reason for r in readout.review if r.field == "location")


def test_a_visit_to_a_capital_before_the_subject_gives_the_city_only() -> None:
    readout = _readout(
        "During his visit to Beijing Foreign Secretary James Cleverly held a bilateral meeting "
        "with Chinese Foreign Minister Wang Yi.\n",
        Overrides(date=dt.date(2023, 8, 30)),
    )
    assert readout.location == "Beijing"


def test_an_earlier_trip_is_not_where_they_met() -> None:
    readout = _readout(
        "Press Remarks Prior to Their Meeting\n\n"
        "SECRETARY ALBRIGHT: Good afternoon. I am pleased to welcome Foreign Minister Qian "
        "Qichen. We are meeting again so soon after my trip to Beijing, and we have much to "
        "discuss.\n",
        Overrides(date=dt.date(1997, 4, 28)),
    )
    assert readout.location != "Beijing"


def test_a_place_from_a_headline_in_capitals_is_written_in_title_case() -> None:
    readout = _readout(
        "PRESS CONFERENCE, PARLIAMENT HOUSE, WELLINGTON\n\n"
        "PM: I had talks this morning with Prime Minister Jim Bolger of New Zealand on trade "
        "across the Tasman.\n",
        Overrides(date=dt.date(1993, 5, 21)),
    )
    assert readout.location == "Parliament House, Wellington"


def test_the_one_represented_by_another_is_not_at_the_meeting() -> None:
    readout = _readout(
        "Representatives of the Quartet - Russian Foreign Minister Sergey Lavrov, United "
        "States Secretary of State John Kerry, European Union High Representative Federica "
        "Mogherini, and UN Deputy Secretary General Jan Eliasson (representing UN Secretary "
        "General Ban Ki-Moon) - met in Munich on February 8.\n",
        Overrides(date=dt.date(2015, 2, 8)),
    )
    assert "Ban Ki-moon" not in {p.name for p in readout.participants}
    assert "Ban Ki-Moon" not in {p.name for p in readout.participants}
    assert {"Lavrov", "Kerry", "Mogherini", "Eliasson"} <= _families(readout)


_BRIEFING = (
    "Press Conference by the Press Secretary 19 November 2005\n"
    "- Visit to Japan by the Foreign Minister of Chile\n"
    "- Bilateral meetings at the APEC Leaders' Meeting in Busan\n"
    "- Meeting between Prime Minister Junichiro Koizumi and President Roh Moo-hyun of "
    "the Republic of Korea\n"
    "- Humanitarian aid after the earthquake in Pakistan\n"
    "- Visit to Japan by the Foreign Minister of Chile\n"
    "Press Secretary: Good afternoon. The Foreign Minister of Chile will visit Japan "
    "next week, and will call on the Minister for Foreign Affairs on Tuesday.\n"
    "- Bilateral meetings at the APEC Leaders' Meeting in Busan\n"
    "- Meeting between Prime Minister Junichiro Koizumi and President Roh Moo-hyun of "
    "the Republic of Korea\n"
    "Press Secretary: The meeting between Prime Minister Junichiro Koizumi and President "
    "Roh Moo-hyun of the Republic of Korea took place in Busan on 18 November, at 17:30 "
    "local time. The meeting lasted for 30 minutes. The two leaders agreed to keep up "
    "the dialogue between their governments.\n"
    "- Humanitarian aid after the earthquake in Pakistan\n"
    "Press Secretary: Japan will extend a further grant to Pakistan for those the "
    "earthquake left without shelter.\n"
    "\n"
)


def test_a_press_conference_gives_the_meeting_its_topics_report() -> None:
    readout = _readout(_BRIEFING)
    assert readout.title == "Press Conference by the Press Secretary"
    assert readout.date == dt.date(2005, 11, 18)  # the conference's year, not its day
    assert readout.kind == "summit"
    assert set(readout.countries) == {"JP", "KR"}
    assert [p.name for p in readout.participants] == ["Junichiro Koizumi", "Roh Moo-hyun"]
    assert readout.location == "Busan"
    assert readout.start_time == dt.time(17, 30)
    assert readout.duration_minutes == 30


def test_the_topic_line_says_which_of_the_leaders_met_is_its_meeting() -> None:
    text = (
        "Press Conference by the Press Secretary 9 July 2008\n"
        "- Announcements from the G8 Hokkaido Toyako Summit\n"
        "- Prime Minister Yasuo Fukuda's meeting with President George W. Bush of the United "
        "States\n"
        "- Other questions\n"
        "- Announcements from the G8 Hokkaido Toyako Summit\n"
        "- Prime Minister Yasuo Fukuda's meeting with President George W. Bush of the United "
        "States\n"
        "Press Secretary: Before the summit opened, Prime Minister Yasuo Fukuda held three "
        "bilateral meetings. He met President George W. Bush of the United States, President "
        "Nicolas Sarkozy of the French Republic and Prime Minister Gordon Brown of the "
        "United Kingdom. The meeting with President Bush was held on 6 July and lasted for "
        "about one hour.\n"
        "- Other questions\n"
        "Question: Will the Prime Minister travel again this year?\n"
        "\n"
    )
    readout = _readout(text)
    assert set(readout.countries) == {"JP", "US"}
    assert _families(readout) == {"Fukuda", "Bush"}
    assert readout.kind == "summit"
    assert readout.date == dt.date(2008, 7, 6)
    assert readout.duration_minutes == 60


def test_a_leaders_press_conference_takes_its_call_from_the_topic_that_reports_it() -> None:
    readout = _readout(
        "Press Conference by the Prime Minister on the Day after Taking Office\n\n"
        "October 5, 2021\n"
        "(On the first day in office)\n"
        "Today I feel the weight of the task before us, and we will set to work at once.\n"
        "(On the Japan-U.S. summit telephone talk with U.S. President Biden)\n"
        "I have just held the Japan-U.S. summit telephone talk with U.S. President Biden, "
        "starting at 8:15 AM for approximately 20 minutes. We agreed to strengthen the "
        "alliance further.\n"
    )
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"JP", "US"}
    assert _families(readout) == {"Kishida", "Biden"}  # the office holder on the day
    assert readout.start_time == dt.time(8, 15)
    assert readout.duration_minutes == 20
    assert readout.title.startswith("Press Conference by the Prime Minister")


def test_a_call_spoken_to_is_downing_streets_way_of_writing() -> None:
    readout = _readout(
        "The Prime Minister spoke to the Sultan of Oman, His Majesty Haitham bin Tarik al "
        "Said, this morning.\n\n"
        "They discussed the situation in the region and agreed to stay in close touch.\n",
        Overrides(date=dt.date(2025, 6, 22)),
    )
    assert set(readout.countries) == {"GB", "OM"}
    assert [p.name for p in readout.participants] == ["Keir Starmer", "Haitham bin Tarik al Said"]


def test_the_leader_who_spoke_to_a_list_of_leaders_is_kept_among_them() -> None:
    readout = _readout(
        "The Prime Minister spoke to leaders of the United States, Italy, France and Germany "
        "last night.\n\n"
        "Looking ahead to President Trump's call with President Putin tomorrow, the leaders "
        "discussed the need for a ceasefire.\n",
        Overrides(date=dt.date(2025, 5, 18)),
    )
    assert set(readout.countries) == {"GB", "US", "IT", "FR", "DE"}
    assert "Keir Starmer" in [p.name for p in readout.participants]


_ISLANDS = (
    "Diplomatic Relations\n\n"
    "7th Pacific Islands Leaders Meeting (Summit Meetings between Prime Minister Shinzo Abe "
    "and the Leaders of Fiji, Tonga and Tuvalu)\n\n"
    "Friday, May 22, 2015\n\n"
    "On May 22, commencing at 3:30 p.m., Prime Minister Shinzo Abe held summit meetings with "
    "Mr. Josaia Voreqe Bainimarama, Prime Minister of the Republic of Fiji, Lord Tu'ivakano, "
    "Prime Minister of the Kingdom of Tonga, and Mr. Enele Sopoaga, Prime Minister of Tuvalu, "
    "respectively. An overview of the meetings is as follows. In each meeting the leaders "
    'spoke of the "kizuna" ("bonds" in English) between their peoples.\n\n'
    "1. Mr. Josaia Voreqe Bainimarama, Prime Minister of the Republic of Fiji "
    "(3:30-3:45 p.m.)\n\n"
    "(1) Prime Minister Abe welcomed Prime Minister Bainimarama to Japan.\n\n"
    "2. Lord Tu'ivakano, Prime Minister of the Kingdom of Tonga (3:50-4:02 p.m.)\n\n"
    "(1) Prime Minister Abe thanked Prime Minister Tu'ivakano for Tonga's support.\n\n"
    "3. Mr. Enele Sopoaga, Prime Minister of Tuvalu\n\n"
    "(1) The two leaders spoke of climate change.\n"
)


def test_summit_meetings_held_in_turn_are_one_readout_each_timed_by_its_section() -> None:
    readouts = _written(_ISLANDS)
    assert [r.countries for r in readouts] == [("JP", "FJ"), ("JP", "TO"), ("JP", "TV")]
    assert all(r.kind == "summit" for r in readouts)
    assert [(r.start_time, r.duration_minutes) for r in readouts] == [
        (dt.time(15, 30), 15),
        (dt.time(15, 50), 12),
        (None, None),  # its section gives no clock, and the lead's is the first meeting's
    ]
    # A headline in brackets that ends without a full stop is the headline, not the lead.
    assert readouts[0].title.startswith("7th Pacific Islands Leaders Meeting (Summit")
    assert readouts[0].location == ""  # "in English" is a language, not a place


def test_the_place_a_release_gives_in_brackets_under_its_office_is_the_place() -> None:
    readout = _readout(
        "Remarks by President Clinton and President Mandela at Photo Opportunity\n\n"
        "Office of the Press Secretary\n"
        "(Cape Town, South Africa)\n\n"
        "For Immediate Release March 27, 1998\n\n"
        "PRESIDENT MANDELA: We welcome you all to South Africa, and we hope you enjoy the "
        "month of Marchwhen the weather is kind.\n\n"
        "PRESIDENT CLINTON: Thank you, Mr. President. We have had a good meeting.\n"
    )
    assert readout.location == "Cape Town, South Africa"


def test_a_room_one_is_welcomed_to_is_kept_before_its_building() -> None:
    readout = _readout(
        "President Welcomes President Kikwete of Tanzania to the White House\n\n"
        "President George W. Bush welcomes President Jakaya Kikwete of Tanzania to the Oval "
        "Office at the White House, Monday, August 28, 2006. The two leaders discussed "
        "health and trade.\n"
    )
    assert readout.location.endswith("Oval Office, the White House")


def test_a_transcript_that_welcomes_a_guest_to_a_room_gives_that_room() -> None:
    readout = _readout(
        "Remarks by President Obama and President Kikwete of Tanzania Before Bilateral "
        "Meeting\n\n"
        "PRESIDENT OBAMA: Well, I want to welcome President Kikwete to the Oval Office. "
        "Tanzania has been a strong partner.\n\n"
        "PRESIDENT KIKWETE: Thank you, Mr. President.\n",
        Overrides(date=dt.date(2013, 5, 20)),
    )
    assert readout.location.endswith("Oval Office")


def test_a_venue_line_under_the_headline_beats_the_building_the_headline_welcomes_to() -> None:
    readout = _readout(
        "President Welcomes President Kikwete of Tanzania to the White House\n"
        "The Roosevelt Room\n\n"
        "PRESIDENT BUSH: It is a pleasure to see you again, Mr. President.\n\n"
        "PRESIDENT KIKWETE: Thank you, Mr. President.\n",
        Overrides(date=dt.date(2008, 2, 18)),
    )
    assert readout.location == "The Roosevelt Room"


def test_a_call_by_a_minister_on_a_president_is_a_visit_not_a_phone_call() -> None:
    readout = _readout(
        "Media Briefing by Foreign Secretary Shyam Saran on the call by External Affairs "
        "Minister on President Bush\n\n"
        "Washington DC\nApril 14, 2005\n\n"
        "I will give you a short account of the meeting that the External Affairs Minister "
        "Natwar Singh had this morning with President Bush. The meeting was held in the Oval "
        "Office.\n"
    )
    assert readout.kind == "other"
    assert set(readout.countries) == {"IN", "US"}


def test_surinam_is_suriname() -> None:
    readout = _readout(
        "On December 7, 2017, Foreign Minister Wang Yi met in Beijing with Minister of Foreign "
        "Affairs Yildiz Pollack-Beighle of Surinam.\n"
    )
    assert set(readout.countries) == {"CN", "SR"}


def test_a_leaders_press_conference_on_the_meeting_he_had_is_their_summit() -> None:
    readout = _readout(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\n"
        "Keating, Paul\n\nRelease Date:\n28/06/1994\nRelease Type:\nPress Conference\n"
        "Released by:\n  • Keating, Paul John\n"
        "TRANSCRIPT OF THE PRIME MINISTER, THE HON P.J. KEATING MP, PRESS CONFERENCE, "
        "JAKARTA, TUESDAY, 28 JUNE 1994\n\n"
        "PM: You wanted some details of the meeting I had this morning with President "
        "Soeharto and I'm happy to give you a statement.\n\n"
        "Well, as you know I had a meeting this morning with President Soeharto which lasted "
        "two hours, a very productive discussion.\n"
    )
    assert readout.kind == "summit"
    assert set(readout.countries) == {"AU", "ID"}
    assert readout.duration_minutes == 120


def test_remarks_at_a_press_conference_with_a_counterpart_are_their_meeting() -> None:
    readout = _readout(
        "Foreign Secretary's opening remarks at press conference with Antony Blinken\n\n"
        "10 May 2023\n\n"
        "Good afternoon. I am delighted to welcome Secretary of State Antony Blinken to the "
        "Foreign Office, and Foreign Secretary James Cleverly and I have met this morning.\n"
    )
    assert readout.kind == "foreign-ministers-meeting"


def test_a_transcripts_bare_secretary_takes_the_office_the_table_gives() -> None:
    readout = _readout(
        "Secretary Kerry's Remarks Before Meeting With Mongolian Foreign Minister Lundeg "
        "Purevsuren\n\n"
        "FOREIGN MINISTER PUREVSUREN: (Via interpreter) We welcome you, United States "
        "Secretary of State John Kerry, to our country.\n\n"
        "SECRETARY KERRY: Well, thank you, my friend. It is a great pleasure to be here.\n",
        Overrides(date=dt.date(2016, 6, 5)),
    )
    assert readout.kind == "foreign-ministers-meeting"
    assert any(p.role == "Secretary of State" for p in readout.participants)


def test_a_speaker_who_welcomes_the_guest_here_to_a_capital_gives_the_place() -> None:
    readout = _readout(
        "Press conference with Timor-Leste Foreign Minister Dionisio Babo Soares\n\n"
        "DIONISIO BABO SOARES: Minister Julie Bishop, it is a great honour to welcome you here "
        "to Dili, Timor-Leste. Today Minister Bishop and I had a fruitful discussion.\n\n"
        "JULIE BISHOP: Thank you. We spoke of the Seasonal Workers Program, which has grown.\n",
        Overrides(date=dt.date(2018, 7, 30)),
    )
    assert readout.location.startswith("Dili")


def test_an_archives_first_person_at_a_trilateral_meeting_of_three_countries() -> None:
    readout = _readout(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\n"
        "Transcript of Press Conference\n\nGillard, Julia\n\n"
        "Release Date: 09/11/2012\n\nRelease Type: Video Transcript\n\n"
        "PM: I was delighted this morning to take part in the first ever trilateral meeting "
        "of Australia, Timor Leste and Indonesia. I've just met with President Yudhoyono and "
        "Prime Minister Gusmao.\n\n"
        "We have had a good discussion this morning about cooperation between our nations.\n"
    )
    assert readout.kind == "multilateral"
    assert set(readout.countries) == {"AU", "ID", "TL"}
    assert _families(readout) == {"Gillard", "Yudhoyono", "Gusmao"}
    assert readout.location != "Release Date"


def test_who_also_took_part_and_a_separate_meeting_are_not_the_lead() -> None:
    readout = _readout(
        "The UK and Laos held the fourth Political Dialogue on 3 September 2025.\n\n"
        "The fourth UK - Lao PDR Political Dialogue took place in London on 3 September 2025. "
        "The meeting was co-chaired by UK Parliamentary Under-Secretary of State for the "
        "Indo-Pacific, Catherine West MP, and Lao Deputy Foreign Minister Maythong "
        "Thammavongsa.\n\n"
        "UK Ambassador to Lao PDR Mel Barlow and Lao Ambassador to the UK Douangmany "
        "Gnotsyoudom also participated in the discussions.\n\n"
        "In a separate meeting, Deputy Foreign Minister Maythong Thammavongsa met with Matt "
        "Western MP, the UK's Trade Envoy to Lao PDR.\n"
    )
    assert set(readout.countries) == {"GB", "LA"}
    assert readout.location == "London"
    assert "Maythong Thammavongsa" in [p.name for p in readout.participants]


def test_the_lead_that_arrives_first_then_meets_at_noon_gives_the_other_side() -> None:
    readout = _readout(
        "Foreign Minister Felipe Solá arrived this morning in Matera, Italy, to take part in "
        "the G20 Meeting of Foreign Ministers. At noon, he held a working meeting for over "
        "forty minutes with the U.S. Secretary of State, Antony John Blinken.\n\n"
        "Both officials agreed on strengthening mutual trust.\n",
        Overrides(date=dt.date(2021, 6, 29)),
    )
    assert set(readout.countries) == {"AR", "US"}
    assert _families(readout) == {"Solá", "Blinken"}


def test_a_phone_call_reported_beside_earlier_talks_by_video_link_stays_a_call() -> None:
    readout = _readout(
        "MOSCOW, February 12. /TASS/. Russian President Vladimir Putin and his US counterpart "
        "Joe Biden had a business-like phone call on Saturday, a Kremlin aide told "
        "reporters. The conversation followed the talks held on December 7, 2021 via a "
        "video link-up.\n",
        Overrides(date=dt.date(2022, 2, 12)),
    )
    assert readout.kind == "telephone-talk"


def test_two_leaders_who_met_on_the_occasion_of_a_group_summit_are_a_pair() -> None:
    readout = _readout(
        "Prime Minister Pham Minh Chinh met with his Lao counterpart Phankham Viphavanh in "
        "Washington D.C on May 13 on the occasion of their attending the ASEAN-US Special "
        "Summit.\n",
        Overrides(date=dt.date(2022, 5, 13)),
    )
    assert set(readout.countries) == {"VN", "LA"}
    assert readout.kind == "summit"


def test_the_visit_organised_and_the_leader_accompanied_are_not_sides() -> None:
    organised = _readout(
        "Marcelo Ebrard, Foreign Minister of Mexico, and Antony Blinken, Secretary of State of "
        "the United States, met this Friday in Washington to organize the visit in January "
        "of Joe Biden, US President.\n",
        Overrides(date=dt.date(2022, 12, 16)),
    )
    assert _families(organised) == {"Ebrard", "Blinken"}
    accompanied = _readout(
        "Minister of Foreign Affairs Hakan Fidan visited the US to accompany President Recep "
        "Tayyip Erdoğan at the United Nations General Assembly.\n\n"
        "Later that day, Minister Fidan met with Annalena Baerbock, Minister of Foreign "
        "Affairs of Germany.\n",
        Overrides(date=dt.date(2023, 9, 17)),
    )
    assert set(accompanied.countries) == {"TR", "DE"}
    assert "Recep Tayyip Erdoğan" not in [p.name for p in accompanied.participants]


def test_a_counterpart_with_several_offices_of_one_country_is_one_side() -> None:
    readout = _readout(
        "Minister of Foreign Affairs Hakan Fidan had his first meeting in New York with "
        "Micheál Martin, Deputy Prime Minister & Minister of Foreign Affairs and Minister of "
        "Defence of Ireland at Turkish House on 17 September 2023.\n"
    )
    assert set(readout.countries) == {"TR", "IE"}
    assert _families(readout) == {"Fidan", "Martin"}
    assert readout.kind == "foreign-ministers-meeting"
    [martin] = [p for p in readout.participants if p.name.endswith("Martin")]
    assert martin.role.endswith("Minister of Defence of Ireland")


def test_a_body_head_named_after_a_comma_is_a_side_without_a_country() -> None:
    readout = _readout(
        "Foreign Minister Hakan Fidan held a meeting in Ankara on 14 March 2024 with Moussa "
        "Faki Mahamat, Chairperson of the Commission of the African Union.\n"
    )
    assert _families(readout) == {"Fidan", "Mahamat"}
    assert readout.countries == ("TR",)
    assert readout.kind == "other"
    assert "countries" not in {r.field for r in readout.review}


def test_a_date_written_with_dots_and_spaces_is_day_first() -> None:
    readout = _readout(
        "Press Advisories\n\n15. 4. 2008 09:30\n\n"
        "Prime Minister Mirek Topolánek spoke on the phone with US President George W. Bush\n\n"
        "Czech Prime Minister Mirek Topolánek spoke on the phone with US President George W. "
        "Bush about missile defence.\n"
    )
    assert readout.date == dt.date(2008, 4, 15)
    assert readout.kind == "telephone-talk"


def test_a_transcript_that_speaks_of_a_meeting_to_come_and_of_calls_as_a_habit() -> None:
    readout = _readout(
        "Remarks With Palestinian President Mahmoud Abbas\n\n"
        "Secretary Condoleezza Rice\nRamallah\nJanuary 14, 2007\n\n"
        "PRESIDENT ABBAS: (Via interpreter) Once more I welcome Dr. Rice. We keep in close "
        "touch with her, through her visits or by phone calls.\n\n"
        "Our talks today prepare the upcoming trilateral meeting that will take place next "
        "month with Mr. Ehud Olmert, the Israeli Prime Minister.\n\n"
        "SECRETARY RICE: Thank you, Mr. President.\n"
    )
    assert _families(readout) == {"Abbas", "Rice"}
    assert set(readout.countries) == {"PS", "US"}
    assert readout.kind != "telephone-talk"


def test_a_summit_still_to_come_is_not_the_meeting_the_ministers_held() -> None:
    readout = _readout(
        "President Roh Moo-hyun will have a summit meeting with U.S. President George W. Bush "
        "in Santiago on the morning of November 20 during his visit to Chile.\n\n"
        "Prior to this, Minister of Foreign Affairs and Trade Ban Gi-moon and Secretary of "
        "State Colin L. Powell met on the morning of November 17, 2004 and discussed the "
        "agenda of the summit meeting.\n"
    )
    assert _families(readout) == {"Gi-moon", "Powell"}
    assert set(readout.countries) == {"KR", "US"}
    assert readout.date == dt.date(2004, 11, 17)
    assert readout.kind == "foreign-ministers-meeting"


def test_officials_named_with_their_department_of_a_foreign_ministry() -> None:
    role_first = _readout(
        "Ministry of Foreign Affairs\nThe People’s Republic of China\n"
        "Hong Liang Holds Consultations with Funakoshi Takehiro\n"
        "Updated: June 12, 2023 21:10\n\n"
        "On June 12, 2023, Director-General of the Department of Boundary and Ocean Affairs "
        "of the Foreign Ministry Hong Liang held consultations in Tokyo with Director-General "
        "of the Asian and Oceanian Affairs Bureau of the Ministry of Foreign Affairs of Japan "
        "Funakoshi Takehiro.\n"
    )
    assert {p.name for p in role_first.participants} == {"Hong Liang", "Funakoshi Takehiro"}
    assert set(role_first.countries) == {"CN", "JP"}
    assert role_first.location == "Tokyo"
    name_first = _readout(
        "On May 9, 2023, Miao Deyu, Director-General of the Department of Policy Planning of "
        "the Ministry of Foreign Affairs of China, held talks with Salman Ahmed, Director of "
        "the U.S. Secretary of State’s Policy Planning Staff, in Geneva.\n"
    )
    assert {p.name for p in name_first.participants} == {"Miao Deyu", "Salman Ahmed"}
    assert set(name_first.countries) == {"CN", "US"}


def test_a_government_side_that_meets_a_body_takes_the_capital_or_the_country_named_most() -> None:
    capital = _readout(
        "President Julius Maada Bio on Tuesday March 5, 2019 received in audience the United "
        "Nations Under-Secretary-General for Political Affairs Rosemary DiCarlo at State House "
        "in Freetown.\n\nThey discussed the situation in Guinea Bissau.\n"
    )
    assert capital.countries == ("SL",)
    minister = _readout(
        "Meeting between Foreign Minister Faisal Mekdad and United Nations Secretary-General "
        "António Guterres\n\nSaturday, 24 September 2022\n\n"
        "Dr. Faisal Mekdad, Foreign and Expatriates Minister, met in New York with the United "
        "Nations Secretary-General, António Guterres. They discussed the humanitarian "
        "situation in Syria and early recovery projects in Syria.\n"
    )
    assert minister.countries == ("SY",)
    assert "countries" in {r.field for r in minister.review}
    seat = _readout(
        "Ambassador Zhang Yan, Executive Director of the Asia-Europe Foundation, called on "
        "Le Luong Minh, Secretary-General of ASEAN, at the ASEAN Secretariat in Jakarta on "
        "15 July 2013.\n"
    )
    assert seat.countries == ()


def test_a_teleconference_of_two_ministers_is_their_call() -> None:
    readout = _readout(
        "Japan-U.S. Foreign Ministerial Teleconference\n\nNovember 2, 2008\n\n"
        "Upon request from U.S. Secretary of State Condoleezza Rice, Foreign Minister Hirofumi "
        "Nakasone had a teleconference with her for about 25 minutes from 8:00 a.m. on "
        "November 2. The outline of the talks was as follows.\n\n"
        "1. On the Six-Party Talks, Secretary Rice gave an account of the consultations held "
        "between the United States and North Korea by Ambassador Christopher Hill.\n"
    )
    assert _families(readout) == {"Rice", "Nakasone"}
    assert readout.kind == "telephone-talk"
    assert readout.duration_minutes == 25


def test_a_byline_under_its_by_and_a_template_slot_are_not_the_headline() -> None:
    readout = _readout(
        "Estonian, Latvian foreign ministers meet in Riga ({{commentsTotal}})\n\n"
        "by\nThe Baltic Courier\n\n"
        "RIGA (BNS) — Estonian Foreign Minister Urmas Reinsalu called the meeting with his "
        "Latvian counterpart Edgars Rinkēvičs in Riga on March 3, 2023 “open and useful.”\n"
    )
    assert readout.title == "Estonian, Latvian foreign ministers meet in Riga"
    assert readout.kind == "foreign-ministers-meeting"


def test_leaders_received_in_turn_after_a_phrase_of_time_before_the_verb() -> None:
    [first, *_] = _written(
        "President Boakai Receives Foreign Leaders\n\n"
        "Monrovia, Liberia - The President of Liberia, Joseph Nyuma Boakai, barely a day after his "
        "inauguration on January 23, 2024, received in audience a number of foreign leaders "
        "including Sierra Leonean President, Julius Maada Bio, U.S. Ambassador Mark Toner, "
        "and Nigerian Vice President, Kashim Shettima.\n\n"
        "The President met separately with the foreign dignitaries at his office.\n"
    )
    assert _families(first) == {"Boakai", "Bio"}
    assert set(first.countries) == {"LR", "SL"}
    assert first.kind == "summit"


def test_a_name_between_commas_before_the_next_clause_keeps_its_office() -> None:
    [person] = find_participants(
        "In his meeting with Syria's Minister for Foreign Affairs, Walid Al-Moualem, the "
        "Secretary-General raised the continued killings."
    )
    assert (person.name, person.country) == ("Walid Al-Moualem", "SY")
    [own] = find_participants(
        "Madam Secretary of State, Honorable Jane Roe, Minister of Foreign Affairs of Fiji"
    )
    assert own.name == "Jane Roe"


def test_a_statement_whose_header_names_the_speaker_in_capitals() -> None:
    readout = _readout(
        "Statement\n\nof\n\nHON. TEODORO L. LOCSIN JR.\n\nSecretary of Foreign Affairs\n\n"
        "During the Joint Press Briefing with Japanese Foreign Minister Taro Kono\n\n"
        "[Delivered on 09 January 2019 at the Department of Foreign Affairs in Pasay City]\n\n"
        "Good morning. I am pleased to welcome Foreign Minister Taro Kono to the Philippines. "
        "We had a very productive meeting on our strategic partnership.\n"
    )
    assert [p.name for p in readout.participants if "Locsin" in p.name] == ["Teodoro L. Locsin Jr."]
    assert set(readout.countries) == {"PH", "JP"}


def test_had_the_opportunity_to_meet_reports_the_meeting_in_a_transcript() -> None:
    readout = _readout(
        "Press Conference Vientiane, Laos\n\n"
        "Penny Wong, Foreign Minister: Good morning, everybody. It's a pleasure to be here in "
        "Vientiane to attend the ASEAN meetings and the East Asia Summit Foreign Ministers' "
        "Meeting.\n\n"
        "I had the opportunity to meet today with the Secretary-General of ASEAN Dr Kao Kim "
        "Hourn. It was good to meet with him again.\n",
        Overrides(date=dt.date(2024, 7, 26)),
    )
    assert {p.name for p in readout.participants} == {"Penny Wong", "Kao Kim Hourn"}
    assert readout.countries == ("AU",)


def test_a_transcript_header_in_capitals_names_both_speakers() -> None:
    readout = _readout(
        "TRANSCRIPT OF THE PRIME MINISTER, THE HON J.W.HOWARD MP JOINT DOORSTOP WITH\n"
        "THE PRIME MINISTER OF NEW ZEALAND, THE RT HON HELEN CLARK\n"
        "PARLIAMENT HOUSE, CANBERRA, MONDAY, 14 MARCH 2005\n\n"
        "PM: Well, ladies and gentlemen, I am delighted to welcome the New Zealand Prime "
        "Minister. We have had very good talks this morning.\n"
    )
    assert {p.name for p in readout.participants} == {"J. W. Howard", "Helen Clark"}
    assert set(readout.countries) == {"AU", "NZ"}


def test_a_dateline_with_a_space_before_its_colon_is_where_they_met_here() -> None:
    assert (
        find_location(
            "Nusa Dua : Prime Minister Narendra Modi and President Joko Widodo met here "
            "Saturday on the sidelines of the summit."
        )
        == "Nusa Dua"
    )


def test_a_japanese_page_trail_and_the_menus_above_it_are_not_the_headline() -> None:
    readout = _readout(
        "外務省 English リンクページ よくある質問集 検索 サイトマップ\n"
        "会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き\n"
        "トップページ 会談・訪問 小泉総理大臣\n小泉総理大臣\n\n"
        "日仏首脳会談概要\n\n平成15年6月1日\n\n"
        "6月1日午後5時より約40分間、小泉総理大臣はシラク大統領と首脳会談を行ったところ、"
        "概要は以下のとおり。\n"
    )
    assert readout.title == "日仏首脳会談概要"
    assert set(readout.countries) == {"JP", "FR"}


def test_the_first_meeting_of_a_round_named_by_its_possessive_and_a_body_after_its_country() -> (
    None
):
    readout = _readout(
        "Secretary-General meets world leaders at UN\n\n"
        "Secretary-General Ban Ki-moon today discussed a host of issues with a range of world "
        "leaders on the margins of the General Assembly's high-level debate.\n\n"
        "In the UN chief's meeting with the President of the Palestinian National Authority, "
        "Mahmoud Abbas, the two men discussed the peace process.\n",
        Overrides(date=dt.date(2013, 9, 26)),
    )
    assert {p.name for p in readout.participants} == {"Ban Ki-moon", "Mahmoud Abbas"}
    assert readout.countries == ("PS",)
    [abbas] = [p for p in readout.participants if p.name == "Mahmoud Abbas"]
    assert abbas.role == "President of the Palestinian National Authority"


def test_a_video_consultation_and_a_pair_of_countries_with_an_adjective() -> None:
    video = _readout(
        "On June 3, 2021, Vice Foreign Minister Le Yucheng held video consultation with First "
        "Deputy Foreign Minister Sedat Onal of Turkey.\n"
    )
    assert video.kind == "video-conference"
    pair = _readout(
        "State Minister for Foreign Affairs, H.E. Amb. Mesganu Arga held political "
        "consultation on 4 May 2023 with H.E. Kanat Tumysh, Deputy Minister of Foreign Affairs "
        "of Kazakhstan.\n\nBoth sides agreed to boost Ethio-Kazakhstan economic cooperation.\n"
    )
    assert set(pair.countries) == {"ET", "KZ"}


def test_a_call_does_not_take_a_side_from_a_capital_it_names() -> None:
    readout = _readout(
        "First Vice Foreign Minister Lim Sung-nam held a telephone conversation with US Deputy "
        "Secretary of State Tony Blinken on the morning of January 13, 2016. They agreed to "
        "hold a vice foreign ministerial meeting in Tokyo on January 16.\n"
    )
    assert "JP" not in readout.countries


def test_a_body_after_its_heads_office_is_no_person() -> None:
    names = [
        p.name
        for p in find_participants(
            "He met the President of Qatar Investment Authority, and Prime Minister Sheikh "
            "Abdullah bin Nasser Al Thani."
        )
    ]
    assert "Authority" not in names
    assert "Qatar Investment Authority" not in names


def test_a_courtesy_call_on_a_sultan_who_heads_the_government_is_a_summit() -> None:
    readout = _readout(
        "PM Anwar pays courtesy call to Brunei Sultan\n\n"
        "BANDAR SERI BEGAWAN: Prime Minister Datuk Seri Anwar Ibrahim paid a courtesy call to "
        "Sultan of Brunei Sultan Hassanal Bolkiah here on Monday (Jan 30, 2023).\n\n"
        "Anwar said the meeting discussed the Annual Leaders' Consultation.\n"
    )
    assert set(readout.countries) == {"MY", "BN"}
    assert readout.kind == "summit"


def test_a_quoted_posts_date_is_not_the_meetings() -> None:
    readout = _readout(
        "Prime Minister receives telephone call from President of Brazil\n\n"
        "Posted On: 12 FEB 2025 9:10PM by PIB Delhi\n\n"
        "The Prime Minister, Shri Narendra Modi, received a call from the President of Brazil, "
        "Mr. Luiz Inácio Lula da Silva. The two leaders had a useful exchange of views. "
        "Had a good conversation with President Lula. &mdash; Narendra Modi (@narendramodi) "
        "February 12, 2025\n"
    )
    assert readout.date == dt.date(2025, 2, 12)
    assert "date" in {r.field for r in readout.review}


def test_a_length_said_of_the_meeting_a_few_paragraphs_on() -> None:
    readout = _readout(
        "JAKARTA (JP): Foreign Minister Alexander Downer met President B.J. Habibie at Merdeka "
        "Palace on March 2, 1999.\n\n"
        "They discussed the future of East Timor.\n\n"
        "During the one-hour meeting with Downer, Habibie was accompanied by State Secretary "
        "Muladi.\n"
    )
    assert readout.duration_minutes == 60


def test_an_outlines_time_field_above_its_lead() -> None:
    readout = _readout(
        "Outline of Japan-U.S. Foreign Ministers Meeting\n\n"
        "I. Date and Venue\n\n"
        "Time: Approximately 09:30-10:15, 14 September 2001 (U.S. Eastern Time)\n"
        "Venue: State Department, Washington\n\n"
        "II. Outline of the Meeting\n\n"
        "Foreign Minister Makiko Tanaka met Secretary of State Colin Powell on 14 September "
        "2001 and discussed the response to the attacks.\n"
    )
    assert readout.start_time == dt.time(9, 30)
    assert readout.duration_minutes == 45


def test_a_hijri_date_beside_the_gregorian_one() -> None:
    readout = _readout(
        "Jeddah, Dhu al-Hijjah 12, 1445 H, June 18, 2024, SPA -- Crown Prince Mohammed bin "
        "Salman met on Monday with Pakistani Prime Minister Shehbaz Sharif at Al-Salam Palace."
        "\n\nThey reviewed relations between the two countries.\n"
    )
    assert readout.date == dt.date(2024, 6, 17)


def test_a_photo_credit_after_a_caption_is_no_headline() -> None:
    readout = _readout(
        "Skip to main menu\n"
        "Ministry for Foreign Affairs\n\n"
        "Þórdís Gylfadóttir met the Foreign Ministers of Norway and Denmark\n\n"
        "From the bilateral meeting with Norway today. - myndMinistry for Foreign Affairs/Anna "
        "Jónsdóttir\n\n"
        "Þórdís Kolbrún Reykfjörð Gylfadóttir, Minister for Foreign Affairs, met the Foreign "
        "Ministers of Norway and Denmark, who are in Iceland for the Nordic ministers' meeting."
        "\n\nThe Minister started the day with a bilateral meeting with the Norwegian Foreign "
        "Minister Anniken Huitfeldt on 3 May 2022.\n"
    )
    assert readout.title == "Þórdís Gylfadóttir met the Foreign Ministers of Norway and Denmark"


def test_a_journalists_question_is_not_the_lead() -> None:
    readout = _readout(
        "Remarks Prior to a Meeting With Prime Minister Keir Starmer of the United Kingdom in "
        "London, United Kingdom\n\n"
        "July 10, 2025\n\n"
        "President Trump. Thank you very much. It's an honor to be here.\n\n"
        "Prime Minister Starmer. Welcome back, Mr. President.\n\n"
        "Q. Mr. President, how was the call with President Erdogan?\n\n"
        "President Trump. It was a good call.\n"
    )
    assert set(readout.countries) == {"GB", "US"}
    assert readout.kind == "summit"


def test_talks_interrupted_for_a_call_are_not_the_calls() -> None:
    readout = _readout(
        "Prime Minister spoke on the phone with the President of France\n\n"
        "12. 3. 2009\n\n"
        "Czech Prime Minister Mirek Topolánek briefly interrupted his Berlin talks with German "
        "Chancellor Angela Merkel and spoke on the phone with French President Nicolas "
        "Sarkozy.\n\nThe call dealt with the European Council's agenda.\n"
    )
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"CZ", "FR"}


def test_a_subject_named_by_office_alone_after_its_full_name() -> None:
    readout = _readout(
        "Visit by the President of the Republic of Poland to Vilnius\n\n"
        "On 3 May 2004, President of the Republic of Poland Aleksander Kwaśniewski paid a "
        "one-day visit to Vilnius. During the visit, President of the Republic of Poland met "
        "President of Lithuania Rolandas Paksas and President of Latvia Vaira Vīķe-Freiberga."
        "\n\nThe three Presidents discussed the enlargement of the European Union.\n"
    )
    assert "Aleksander Kwaśniewski" in {p.name for p in readout.participants}
    assert set(readout.countries) == {"PL", "LT", "LV"}


def test_those_met_in_turn_are_a_meeting_each() -> None:
    result = import_text(
        "Visit by the President of the Republic of Poland to Kiev\n\n"
        "On 16 June 2005, President of the Republic of Poland Aleksander Kwaśniewski paid a "
        "one-day visit to Kiev. During the visit, President of the Republic of Poland met "
        "President of Ukraine Viktor Yushchenko and President of Georgia Mikheil "
        "Saakashvili.\n\n"
        "During his meeting with President Viktor Yushchenko, President Kwaśniewski spoke of "
        "the cemetery in Lviv.\n\nWith President Saakashvili he discussed energy.\n",
        "visit.txt",
    )
    written = [i.readout for i in result.readouts if i.readout is not None]
    assert [set(r.countries) for r in written] == [{"PL", "UA"}, {"PL", "GE"}]


def test_a_call_made_last_night_keeps_its_caller() -> None:
    readout = _readout(
        "Readout of the President's call to Prime Minister Lee of Singapore\n\n"
        "Last night, President Obama called Prime Minister Lee of Singapore to tell him that "
        "he will not be able to travel to Singapore next week. Prime Minister Lee expressed "
        "his understanding and looked forward to welcoming the President later.\n",
        Overrides(date=dt.date(2013, 10, 2)),
    )
    assert set(readout.countries) == {"US", "SG"}
    assert readout.kind == "telephone-talk"


def test_a_decks_line_in_brackets_is_not_the_lead_and_calls_made_in_turn() -> None:
    readout = _readout(
        "*EPF204 03/10/2003\n"
        "President Calls Leaders on the Summit\n"
        "(Also meets with Mexico's President Vicente Fox) (380)\n\n"
        "Washington -- President Bush made a number of phone calls to world leaders early "
        "March 10 about the dangers of the Saddam Hussein regime, the White House said.\n\n"
        "By the time of the morning briefing, the president had already spoken with Prime "
        "Minister Junichiro Koizumi of Japan, and President Jacques Chirac of France.\n\n"
        "Later Bush and Mexico's President Vicente Fox met at the White House.\n"
    )
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"US", "JP"}
    assert "Saddam Hussein" not in {p.name for p in readout.participants}


def test_pleased_to_meet_reports_a_meeting() -> None:
    readout = _readout(
        "Displaying 11 - 20 of 370\n\n"
        "I was pleased to meet today Montenegro's Deputy Prime Minister and Foreign Minister "
        "Igor Lukšić in Brussels.\n\n"
        "We exchanged views on the accession negotiations.\n\n"
        "I am delighted to welcome you Prime Minister Garibashvili, together with the new "
        "Foreign Minister Beruchashvili, to Brussels today for the Association Council.\n",
        Overrides(date=dt.date(2014, 11, 20)),
    )
    assert [p.name for p in readout.participants] == ["Igor Lukšić"]


def test_a_call_by_a_long_office_with_mr_before_the_name() -> None:
    readout = _readout(
        "Press Statement: Call on Prime Minister Lee Hsien Loong by Vice Chairman of the "
        "Chinese People's Political Consultative Conference Mr Leung Chun-ying, 3 May 2018\n\n"
        "Prime Minister Lee Hsien Loong received a call by Vice Chairman of the Chinese "
        "People's Political Consultative Conference Mr Leung Chun-ying at the Istana today. "
        "They had fruitful exchanges on regional developments.\n"
    )
    assert {p.name for p in readout.participants} == {"Lee Hsien Loong", "Leung Chun-ying"}
    assert readout.kind != "telephone-talk"


def test_a_name_broken_by_a_blank_line_and_those_who_sat_in() -> None:
    readout = _readout(
        "THE WHITE HOUSE\n\nOffice of the Press Secretary\n\n"
        "For Immediate Release May 5, 1993\n\n"
        "President Clinton's Meeting with German President von Weizsäcker\n\n"
        "The President and the President of Germany, Richard Karl Freiherr\n\n"
        "von Weizsäcker, met for an hour in the White House today -- a private meeting, also "
        "attended by the Vice President, Secretary Christopher and German Foreign Minister "
        "Kinkel, followed by a working lunch.\n"
    )
    assert set(readout.countries) == {"US", "DE"}
    assert "Kinkel" not in {p.name.split()[-1] for p in readout.participants}
    assert readout.kind == "summit"


def test_the_unnamed_president_after_a_briefers_words() -> None:
    readout = _readout(
        "For Immediate Release\nOffice of the Press Secretary\nJune 28, 2001\n\n"
        "Background Briefing by a Senior Administration Official\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thank you. Good afternoon. The President, as all of "
        "you know, met with President Obasanjo of Nigeria this afternoon. They covered a range "
        "of issues.\n"
    )
    assert set(readout.countries) == {"US", "NG"}


def test_a_hosts_welcome_in_a_transcript_is_its_lead() -> None:
    readout = _readout(
        "PRIME MINISTER HOWARD:\n"
        "Well morning ladies and gentlemen. I'm delighted again to welcome the Prime Minister "
        "of New Zealand to Australia. I'm delighted to have Helen Clark here in Canberra "
        "today.\n"
        "Our relationship has many strands. Recently the New Zealand Finance Minister, Dr "
        "Cullen, and the Australian Treasurer Mr Costello met and explored a single market.\n",
        Overrides(date=dt.date(2004, 3, 5)),
    )
    assert "Cullen" not in {p.name.split()[-1] for p in readout.participants}
    assert set(readout.countries) == {"AU", "NZ"}


def test_our_great_pleasure_to_welcome_reports_the_visit() -> None:
    paras = [
        "PRIME MINISTER CLARK:",
        "It's been our great pleasure to welcome Prime Minister Howard to New Zealand for the "
        "second time this year.",
    ]
    assert lead_index(paras) == 1


def test_a_wire_photos_caption_dated_after_the_page_is_not_the_meeting() -> None:
    readout = _readout(
        "Remarks With Uruguayan Foreign Minister Rodolfo Nin Novoa\n\n"
        "U.S. Secretary of State John Kerry speaks at a university in Hanoi, Vietnam, Friday, "
        "Jan. 13, 2017. (AP Photo/Jane Roe, Pool)\n\n"
        "Secretary of State John Kerry\n\n"
        "And Uruguayan Foreign Minister Rodolfo Nin Novoa\n\n"
        "October 3, 2016\n\nTreaty Room\n\nWashington, D.C.\n\n"
        "SECRETARY KERRY: I'm very happy to welcome Foreign Minister Nin Novoa of Uruguay here "
        "to Washington. Thank you.\n"
    )
    assert readout.date == dt.date(2016, 10, 3)
    assert readout.title == "Remarks With Uruguayan Foreign Minister Rodolfo Nin Novoa"
    assert "Vietnam" not in readout.location


def test_a_working_session_with_a_regions_under_secretary() -> None:
    readout = _readout(
        "Vietnamese Foreign Minister Bui Thanh Son had a working session with British "
        "Parliamentary Under-Secretary of State for Indo-Pacific Catherine West in Hanoi on "
        "March 3, 2025, during her working visit to Vietnam.\n\nThey discussed trade.\n"
    )
    assert {p.name for p in readout.participants} == {"Bui Thanh Son", "Catherine West"}
    assert set(readout.countries) == {"VN", "GB"}


def test_the_country_visited_without_the_sentences_stop() -> None:
    readout = _readout(
        "Deputy Foreign Minister Pham Quang Hieu met Minister of State for the Indo-Pacific "
        "Anne-Marie Trevelyan on 5 June 2023, part of his working visit to the UK.\n\n"
        "They discussed the strategic partnership.\n"
    )
    assert readout.location == "UK"


def test_here_in_a_city_stops_at_the_sentences_end() -> None:
    assert here_in(
        ["I tasted a beer made here in Hanoi. Some 99 per cent of its barley is ours."]
    ) == ("Hanoi")


def test_the_counterpart_welcomed_in_the_quote_after_the_lead() -> None:
    readout = _readout(
        "Foreign Secretary meets Uruguay's Foreign Minister in London\n\n"
        "The Foreign Secretary, William Hague, today met Uruguay's Foreign Minister to discuss "
        "cooperation with Latin America.\n\n"
        "Speaking today, the Foreign Secretary said:\n\n"
        "I am pleased to welcome Foreign Minister Luis Almagro to the UK. This is our first "
        "meeting.\n",
        Overrides(date=dt.date(2013, 6, 4)),
    )
    assert set(readout.countries) == {"GB", "UY"}
    assert "Luis Almagro" in {p.name for p in readout.participants}


def test_the_hosts_country_from_the_city_said_after_the_venue() -> None:
    readout = _readout(
        "On the evening of Sunday June 25, 2017, Acting President Yemi Osinbajo received the "
        "visiting President of Togo, Faure Gnassingbé at Aguda House, his official residence "
        "in Abuja.\n\nThe two leaders discussed ECOWAS.\n"
    )
    assert set(readout.countries) == {"NG", "TG"}


def test_a_speakers_own_visit_gives_the_other_side() -> None:
    readout = _readout(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\n"
        "Keating, Paul\n\nPeriod of Service: 20/12/1991 to 11/03/1996\n\n"
        "Release Date: 17/01/1996\n\nRelease Type: Press Conference\n\n"
        "17 JANUARY 1996\n"
        "PM: Let me say a few words first and then take questions. It has been a very\n"
        "useful visit to Malaysia. I have enjoyed meeting the Prime Minister again and\n"
        "members of his Government, and we had a long discussion today in the formal\n"
        "settings, where we went through a long agenda of trade and security matters.\n"
    )
    assert set(readout.countries) == {"AU", "MY"}


def test_a_call_to_an_office_of_a_country_leads_and_a_threat_names_no_one() -> None:
    readout = _readout(
        "For Immediate Release\nOffice of the Press Secretary\nMarch 4, 2003\n"
        "Press Gaggle with Ari Fleischer\n\n"
        "MR. FLEISCHER: Good morning. Let's begin.\n\n"
        "The President began this morning with an early intelligence briefing. Then he called "
        "the Emir of Kuwait and the Foreign Minister of Kuwait, and the two of them discussed "
        "the threat that Saddam Hussein poses to the region.\n\n"
        "The President then taped his radio address. And then the President also called "
        "United Nations Secretary General Kofi Annan.\n"
    )
    assert readout.kind == "telephone-talk"
    assert set(readout.countries) == {"US", "KW"}


def test_a_former_leader_is_no_summit() -> None:
    wire = _readout(
        "NEW DELHI: Prime Minister Narendra Modi met former Nigerian president Olusegun "
        "Obasanjo on Sunday, 13 March 2022, and discussed trade.\n"
    )
    assert wire.kind != "summit"
    assert set(wire.countries) == {"IN", "NG"}
    titled = _readout(
        "President Cyril Ramaphosa met former Prime Minister of Kenya Raila Odinga at the Union "
        "Buildings on 4 May 2021.\n\nThey discussed the African Union.\n"
    )
    assert titled.kind != "summit"


def test_a_houses_president_is_no_head_of_state() -> None:
    assert not kind_module.is_leader("President of the Italian Senate")
    assert not kind_module.is_leader("President of the National Assembly")
    assert kind_module.is_leader("President of the European Parliament")
    assert kind_module.is_leader("President of Italy")


def test_a_headline_in_capitals_over_three_lines() -> None:
    readout = _readout(
        "Office of the Press Secretary\n\n"
        "For Immediate Release November 24, 1996\n"
        "REMARKS BY THE PRESIDENT\n"
        "AND PRESIDENT RAMOS OF THE PHILIPPINES\n"
        "IN PHOTO OPPORTUNITY\n\n"
        "The Central Bank\nManila, Philippines\n\n"
        "THE PRESIDENT: It's a great pleasure to be here with President Ramos. We met this "
        "morning and talked about trade.\n"
    )
    assert readout.title == (
        "REMARKS BY THE PRESIDENT AND PRESIDENT RAMOS OF THE PHILIPPINES IN PHOTO OPPORTUNITY"
    )


def test_today_he_is_the_one_the_sentence_before_names() -> None:
    readout = _readout(
        "PUTRAJAYA, Aug 25 — Datuk Seri Ismail Sabri Yaakob has continued to receive messages "
        "of congratulations from world leaders on his appointment.\n\n"
        "Today, he received a telephone call from New Zealand Prime Minister Jacinda Ardern.\n\n"
        "They spoke of the pandemic.\n",
        Overrides(date=dt.date(2021, 8, 25)),
    )
    assert set(readout.countries) == {"MY", "NZ"}


def test_a_storys_first_word_in_capitals_and_an_office_after_the() -> None:
    capitals = _readout(
        "PRIME Minister Justin Trudeau met with U.S. President Joe Biden in Ottawa on 24 March "
        "2023.\n\nThe two discussed trade.\n"
    )
    assert capitals.kind == "summit"
    assert kind_module.is_leader("The President")


def test_two_leaders_who_speak_in_turn_before_the_press_are_at_their_summit() -> None:
    # (a transcript of remarks with no word of a meeting: the two leaders of two countries
    # are together, so it is their summit, marked for review)
    remarks = _readout(
        "Waldorf Astoria Hotel\nNew York, New York\n\n24 September 2019\n\n"
        "PRESIDENT TRUMP: Thank you very much. It's a great honour to have Prime Minister "
        "Johnson of the United Kingdom with us today.\n\n"
        "PRIME MINISTER JOHNSON: Thank you, Mr. President. We have a lot to do together.\n"
    )
    assert remarks.kind == "summit"
    assert {p.country for p in remarks.participants} == {"GB", "US"}
    assert "kind" in {r.field for r in remarks.review}


def test_the_director_of_a_partys_foreign_affairs_office_is_named_with_that_office() -> None:
    people = find_participants(
        "Secretary of State Antony J. Blinken met with Director of the Office of the Central "
        "Foreign Affairs Commission Wang Yi in Vientiane on 25 July 2024."
    )
    assert [(p.name, p.role) for p in people][1] == (
        "Wang Yi",
        "Director of the Office of the Central Foreign Affairs Commission",
    )


def test_an_acting_foreign_minister_makes_no_foreign_ministers_meeting_unless_the_text_says() -> (
    None
):
    acting = _readout(
        "On 16 June 2015, in Washington DC, Foreign Minister Yun Byung-se of the Republic of "
        "Korea met with Acting Secretary of State Tony Blinken of the United States.\n\n"
        "The two sides discussed the alliance.\n"
    )
    assert acting.kind == "other"
    said = _readout(
        "On August 17, 2018, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a "
        "foreign ministers' meeting with H.E. Dr. Carlos de Icaza, Acting Secretary of Foreign "
        "Affairs of Mexico, in Mexico City.\n\nThe two ministers discussed trade.\n"
    )
    assert said.kind == "foreign-ministers-meeting"


def test_the_guest_who_is_visiting_makes_the_other_side_the_country_visited() -> None:
    lunch = _readout(
        "On Sunday, July 8, 2012, Mr. Katsuya Okada, Deputy Prime Minister, had a working "
        "lunch with H.E. Mr. Guido Westerwelle, Federal Minister for Foreign Affairs, Germany, "
        "who is visiting Japan. An overview of the meeting is as follows.\n\n"
        "1. The two sides discussed Europe.\n"
    )
    assert set(lunch.countries) == {"DE", "JP"}


def test_a_ministrys_name_over_its_countrys_with_a_curly_apostrophe_names_the_publisher() -> None:
    # (a vice-minister is not in the table of offices, so the table does not stand in the way)
    vice = _readout(
        "Ministry of Foreign Affairs\nPeople’s Republic of China\n"
        "Vice Foreign Minister Sun Weidong Meets with Ambassador of Canada Jennifer May\n"
        "On September 9, 2025, Vice Foreign Minister Sun Weidong met with Ambassador of Canada "
        "to China Jennifer May. The two sides exchanged views on bilateral relations.\n"
    )
    assert set(vice.countries) == {"CA", "CN"}


def test_a_permanent_deputy_minister_keeps_the_demonym_before_the_office() -> None:
    people = find_participants(
        "Chinese Foreign Minister Wang Yi met with Vietnamese Permanent Deputy Minister of "
        "Foreign Affairs Nguyen Minh Vu in Beijing on Tuesday."
    )
    assert [(p.name, p.country) for p in people] == [("Wang Yi", "CN"), ("Nguyen Minh Vu", "VN")]


def test_calls_made_separately_today_are_one_readout_each() -> None:
    result = import_text(
        "The White House\nOffice of the Press Secretary\n\n"
        "Readout of the President's Calls with Chancellor Scholz of Germany and President "
        "Macron of France\n\nMarch 14, 2022\n\nThe President spoke separately today with "
        "Chancellor Scholz of Germany and President Macron of France to consult about Ukraine. "
        "The leaders agreed to stay in close touch.\n",
        "calls.txt",
    )
    first = result.readouts[0].readout
    assert first is not None
    assert first.kind == "telephone-talk"
    assert set(first.countries) == {"DE", "US"}


def test_a_reverend_doctors_title_does_not_end_the_sentence_and_a_video_teleconference() -> None:
    video = _readout(
        "On June 30, 2021, commencing at 11:50 a.m. for approximately 15 minutes, Mr. SUGA "
        "Yoshihide, Prime Minister of Japan, held a Japan-Tonga leaders video teleconference "
        "meeting with Hon. Rev. Dr. Pōhiva TU’I’ONETOA, Prime Minister of the Kingdom of Tonga. "
        "The overview of the meeting is as follows.\n\n1. The two leaders discussed COVID-19.\n"
    )
    assert video.kind == "video-conference"
    assert set(video.countries) == {"JP", "TO"}
    assert len(video.participants) == 2


def test_an_ambassador_of_a_union_posted_to_a_country_is_named_after_the_post() -> None:
    people = find_participants(
        "Minister for Foreign Affairs of Mongolia Mr. Battsetseg Batmunkh met the Ambassador of "
        "the European Union to Mongolia Mr. Axel Hagelstam."
    )
    assert [(p.name, p.country) for p in people] == [
        ("Battsetseg Batmunkh", "MN"),
        ("Axel Hagelstam", "EU"),
    ]


def test_a_clock_with_a_space_after_its_colon_is_the_meetings_local_start() -> None:
    call = _readout(
        "On May 3, 2024, commencing at 2: 20 p.m. local time (May 3, 8:20 p.m. JST) for "
        "approximately 30 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, paid "
        "a courtesy call on H.E. Mr. Ranil Wickremesinghe, President of Sri Lanka. The overview "
        "is as follows.\n\n1. The two sides discussed trade.\n"
    )
    assert call.start_time == dt.time(14, 20)


def test_a_place_followed_by_the_day_is_where_they_met_not_a_subject() -> None:
    assert (
        find_location(
            "President Jiang Zemin expressed his satisfaction with the development of Sino-Israeli "
            "cooperation in Beijing April 26 in a meeting with Israeli President Ezer Weizman."
        )
        == "Beijing"
    )


def test_a_photos_caption_under_the_lead_gives_the_city_with_the_day() -> None:
    hosted = _readout(
        "Prime Minister hosts Lao Foreign Minister\n\n"
        "VGP - Prime Minister Pham Minh Chinh on Wednesday hosted a reception for Lao Minister "
        "of Foreign Affairs Thongsavanh Phomvihane, who is on an official visit.\n\n"
        "Posts Thuy Dung\n\nMarch 13, 2025 11:39 AM GMT+7\n\n"
        "Prime Minister Pham Minh Chinh (R) hosts a reception for Lao Foreign Minister "
        "Thongsavanh Phomvihane, Ha Noi, March 12, 2025 - Photo: VGP\n\n"
        "The Prime Minister welcomed the visit.\n"
    )
    assert hosted.location == "Ha Noi"
    assert "location" in {r.field for r in hosted.review}


def test_heads_of_a_partys_or_state_councils_offices_are_named_with_them() -> None:
    taiwan = find_participants(
        "Minister for Foreign Affairs Dr Vivian Balakrishnan met Director of the Taiwan Affairs "
        "Office of the State Council Song Tao today."
    )
    assert [p.name for p in taiwan] == ["Vivian Balakrishnan", "Song Tao"]
    party = find_participants(
        "Head of the International Department of the CPC Central Committee Liu Jianchao met "
        "Foreign Minister Penny Wong in Canberra."
    )
    assert (party[0].name, party[0].role) == (
        "Liu Jianchao",
        "Head of the International Department of the CPC Central Committee",
    )


def test_a_counterpart_named_by_country_is_named_in_the_next_paragraph() -> None:
    # (a deputy minister, whom no table of office holders knows)
    wire = _readout(
        "SEOUL, March 4, 2020 (Yonhap) -- Vice Foreign Minister Lee Tae-ho has met with his "
        "South African counterpart to discuss trade, his ministry said Wednesday.\n\n"
        "In the meeting with Alvin Botes, deputy minister of international relations and "
        "cooperation, they agreed to deepen cooperation.\n"
    )
    assert [p.name for p in wire.participants] == ["Lee Tae-ho", "Alvin Botes"]
    assert set(wire.countries) == {"KR", "ZA"}


def test_the_korean_ministrys_skip_links_name_it_as_the_publisher() -> None:
    call = _readout(
        "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\n\nPress Releases\n\n"
        "First Vice Foreign Minister Holds a Telephone Conversation with the US Deputy "
        "Secretary of State\n\n1. First Vice Foreign Minister Lim Sung-nam spoke by telephone "
        "with US Deputy Secretary of State Tony Blinken on the morning of January 13, 2016. "
        "The two agreed to meet in Tokyo.\n"
    )
    assert set(call.countries) == {"KR", "US"}


def test_following_ends_a_name_in_a_headline() -> None:
    people = find_participants(
        "Remarks With Kazakh Foreign Minister Saudabayev Following Their Meeting"
    )
    assert [p.name for p in people] == ["Saudabayev"]


def test_sessions_elections_and_caucuses_are_no_places() -> None:
    assert (
        find_location("Prime Minister Modi met President Sirisena at the Working Sessions.") == ""
    )
    assert (
        find_location(
            "Prime Minister Modi met President Sirisena after his victory in the Indian General "
            "Election."
        )
        == ""
    )
    assert (
        find_location(
            "Secretary Rice met Secretary-General Annan at the Congressional Black Caucus in "
            "New York."
        )
        == "New York"
    )


def test_a_meeting_taken_as_an_opportunity_is_the_lead_not_the_one_to_come() -> None:
    doorstop = _readout(
        "Doorstop interview, Washington DC\n\n21 February 2017\n\n"
        "JULIE BISHOP: I'm pleased to be here in Washington DC. I have taken this opportunity "
        "to meet with members of the new Administration, including Vice President Mike Pence "
        "today. We had a very warm discussion.\n\n"
        "I'll be meeting with Secretary of State Rex Tillerson tomorrow and I've also taken "
        "the opportunity to meet with members of Congress.\n"
    )
    assert "Rex Tillerson" not in [p.name for p in doorstop.participants]
    assert "Mike Pence" in [p.name for p in doorstop.participants]


def test_a_headline_that_says_they_met_is_no_call_for_a_telephone_spoken_of_later() -> None:
    remarks = _readout(
        "President Clinton Meets with UN Secretary General Annan\n\n"
        "For Immediate Release March 11, 1998\n\nThe Oval Office\n\n"
        "THE PRESIDENT: Let me begin by saying that I am delighted that the Secretary General "
        "is here.\n\n"
        "THE PRESIDENT: Well, over the weekend the Secretary General said he thought that "
        "under the resolution there would have to be some consultations before any force "
        "could be used. We believe that the resolution gives us the authority to act. But of "
        "course we would want to hear from our partners on the Council, and we always do, and "
        "we have been very clear about that from the beginning of this, through every stage, "
        "with every one of them, on every occasion, as the record shows and as everyone knows. "
        "I spent an awful lot of time on the telephone with leaders last week.\n"
    )
    assert remarks.kind != "telephone-talk"


def test_the_languages_a_release_is_in_are_no_photo_credit() -> None:
    line = (
        "No330/20, Information of the Press Service on the telephone conversation between the "
        "Minister of Foreign Affairs Jeyhun Bayramov and Minister Mevlüt Çavuşoğlu (En/Ru)"
    )
    assert title_line(line).endswith("(En/Ru)")
    assert title_line("Leaders meet in Rome (Alessandra Tarantino/The Associated Press)") == ""


def test_two_people_named_in_full_without_offices_are_the_sides() -> None:
    # (a leader the table of office holders does not know is kept, named without an office)
    wire = _readout(
        "Pacific security was the focus as the two nations' prime ministers held talks.\n\n"
        "Anthony Albanese met with Feleti Teo in Brisbane on 12 July 2024 as the Tuvaluan "
        "leader continued his trip around Australia.\n\n"
        "The Tuvaluan prime minister also met with Foreign Minister Penny Wong earlier in his "
        "trip.\n"
    )
    assert [p.name.split()[-1] for p in wire.participants] == ["Albanese", "Teo"]
    assert "participants" in {r.field for r in wire.review}


def test_an_office_named_with_its_country_takes_the_holder_named_later() -> None:
    talks = _readout(
        "Foreign Secretary meets Crown Prince of Bahrain\n\n"
        "Foreign Secretary William Hague met with the Crown Prince of Bahrain in London on 15 "
        "October 2012 and urged progress on dialogue.\n\n"
        'Speaking after the meeting, the Foreign Secretary said: "I was pleased to welcome HRH '
        'Crown Prince Salman bin Hamad Al Khalifa to the UK today for talks."\n'
    )
    assert set(talks.countries) == {"BH", "GB"}
    assert talks.participants[1].name.startswith("Salman")
    assert "participants" in {r.field for r in talks.review}


def test_where_a_briefing_was_streamed_live_is_no_headline() -> None:
    assert title_line("Department of Information Meeting Room, MFA and via MFA Facebook Live") == ""
    assert title_line("Press Conference Room, Ministry of Foreign Affairs, and MFA FB Live") == ""
