"""The other side of a meeting: counterparts, portfolios, transcripts' speakers.

Each text is our own, written the way ministries, wires and prime ministers' transcripts
name the two sides.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.core.importer import import_text
from summit_tui.core.importer.dates import dateline
from summit_tui.core.importer.people import (
    counterpart_countries,
    find_participants,
    find_speakers,
    named_counterparts,
    without_aliases,
)
from summit_tui.core.importer.place import speaker_labels
from summit_tui.core.importer.publishers import publisher_of_site
from summit_tui.core.importer.request import Overrides
from summit_tui.core.model.readout import Participant


def _readout(text: str, date: dt.date | None = None):  # type: ignore[no-untyped-def]
    given = Overrides(date=date) if date else Overrides()
    [item] = import_text(text, "t.txt", given=given).readouts
    assert item.readout is not None
    return item.readout


def test_a_portfolio_between_the_country_and_the_office() -> None:
    people = find_participants(
        "Chilean Defence Minister Ana Ruiz called on Prime Minister Tom Hale at his office."
    )
    assert (people[0].name, people[0].role, people[0].country) == (
        "Ana Ruiz",
        "Defence Minister",
        "CL",
    )
    [person] = find_participants("Japanese Trade and Industry Minister Ken Sato arrived.")
    assert (person.role, person.country) == ("Trade and Industry Minister", "JP")


def test_a_counterpart_named_only_by_country_gives_the_other_side() -> None:
    text = "Foreign Minister Jan Berg has met with her Kenyan counterpart to discuss trade."
    assert counterpart_countries(text) == ["KE"]
    assert counterpart_countries("He thanked his counterpart from Peru for the visit.") == ["PE"]
    assert counterpart_countries("She met her counterpart in the morning.") == []
    readout = _readout(
        "FM meets Kenyan counterpart\n\n"
        "OSLO, May 4 (Wire) -- Norwegian Foreign Minister Jan Berg has met with her Kenyan "
        "counterpart to discuss trade, her ministry said on 4 May 2021.",
    )
    assert set(readout.countries) == {"NO", "KE"}


def test_the_counterpart_and_your_counterpart_are_named_too() -> None:
    [person] = named_counterparts(
        "She has had a meeting with the Chilean counterpart Ana Ruiz on the sidelines."
    )
    assert (person.name, person.country) == ("Ana Ruiz", "CL")
    readout = _readout(
        "HOST: Foreign Minister Jan Berg of Norway is in Lima for a meeting of G20 ministers. "
        "She has had a meeting with the Chilean counterpart Ana Ruiz on the sidelines.",
        dt.date(2018, 5, 21),
    )
    assert [p.name for p in readout.participants] == ["Jan Berg", "Ana Ruiz"]
    assert set(readout.countries) == {"NO", "CL"}


def test_a_transcript_speaker_label_is_never_the_place() -> None:
    paras = [
        "HOST NAME: The minister joins us now.",
        "JAN BERG: Good morning.",
        "HOST NAME: What did you discuss?",
    ]
    assert speaker_labels(paras) == {"host name"}
    assert speaker_labels(["SEOUL: The minister met her counterpart."]) == set()


def test_a_speaker_named_with_an_office_of_a_country() -> None:
    [person] = find_speakers(["TOM HALE, PRIME MINISTER OF NEW ZEALAND: Thank you all."])
    assert (person.name, person.role, person.country) == (
        "Tom Hale",
        "Prime Minister of New Zealand",
        "NZ",
    )


def test_the_speaker_who_opens_the_lead_is_its_i() -> None:
    readout = _readout(
        "TOM HALE, PRIME MINISTER OF NEW ZEALAND: I am delighted to host Prime Minister Ana "
        "Ruiz here on her first visit as Fiji's Prime Minister. Last week we made a joint "
        "statement with Canadian Prime Minister Ken Sato on the region.\n\n"
        "Today, we look to the future.",
        dt.date(2023, 12, 20),
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Ana Ruiz"]
    assert readout.kind == "summit"
    assert readout.location == ""


def test_a_role_stops_at_a_speakers_colon() -> None:
    [person] = find_participants(
        "Rt Hon Ana Ruiz, Prime Minister of New Zealand:\nThank you Prime Minister."
    )
    assert person.role == "Prime Minister of New Zealand"


def test_an_office_label_speaks_for_the_side_the_text_pairs_with_the_guest() -> None:
    text = (
        "Remarks, Bilateral Meeting with Rt Hon Jacinda Ardern, Prime Minister of New Zealand\n"
        "31 May 2021\n"
        "PRIME MINISTER: Thank you very much Prime Minister. It is very good to be here in "
        "person. It is a family relationship between Australia and New Zealand.\n"
        "PRIME MINISTER ARDERN: Thank you."
    )
    readout = _readout(text)
    assert set(readout.countries) == {"AU", "NZ"}
    # The office holder on the day, from the table, and marked for the user to check.
    assert "Scott Morrison" in [p.name for p in readout.participants]
    assert any(r.field == "participants" and "office only" in r.reason for r in readout.review)


def test_i_had_a_call_in_a_transcript_is_the_speakers_meeting() -> None:
    text = (
        "PRIME MINISTER:\n"
        "Good afternoon.\n"
        "I can confirm that I had a constructive call with President Donald Trump yesterday.\n"
        "The President and I acknowledged the strong relationship between the United States "
        "and Australia.\n"
        "JOURNALIST:\n"
        "Prime Minister, any details?"
    )
    readout = _readout(text, dt.date(2017, 1, 29))
    assert set(readout.countries) == {"AU", "US"}
    assert readout.kind == "telephone-talk"
    assert "Malcolm Turnbull" in [p.name for p in readout.participants]


def test_a_short_name_named_in_full_earlier_with_the_same_office() -> None:
    readout = _readout(
        "Senior Minister Tan Kah Wen concluded his visit to Malaysia today.\n\n"
        "In Kuala Lumpur, Senior Minister Tan also met Prime Minister Dato' Seri Ali Hamid. "
        "Both leaders recognised the excellent state of bilateral relations.",
        dt.date(2024, 7, 22),
    )
    assert [p.name for p in readout.participants] == ["Tan Kah Wen", "Ali Hamid"]


def test_a_ministrys_sign_off_names_its_publisher() -> None:
    readout = _readout(
        "Minister for Foreign Affairs Dr Vivian Balakrishnan met Minister Ana Ruiz of Chile "
        "today.\n\n"
        "The two Ministers reaffirmed the excellent state of bilateral relations.\n\n"
        "MINISTRY OF FOREIGN AFFAIRS\n\nSINGAPORE\n\n23 MARCH 2019",
    )
    assert readout.date == dt.date(2019, 3, 23)
    assert readout.countries == ("SG", "CL")
    assert readout.source.publisher == "Ministry of Foreign Affairs, Singapore"


def test_more_governments_known_by_their_web_addresses() -> None:
    from summit_tui.core.importer.publishers import publisher_of_site

    for url, country in (
        ("https://www.mfa.gov.sg/Newsroom/Press-Statements", "SG"),
        ("https://www.beehive.govt.nz/release/x", "NZ"),
        ("https://www.bundesregierung.de/breg-en/news/x", "DE"),
        ("https://www.elysee.fr/en/x", "FR"),
        ("https://setkab.go.id/en/x", "ID"),
        ("http://en.kremlin.ru/events/president/news/1", "RU"),
        ("https://www.eeas.europa.eu/eeas/x", "EU"),
    ):
        found = publisher_of_site(url)
        assert found is not None and found.country == country, url
    assert publisher_of_site("https://example.org/news") is None


def test_an_office_is_never_the_place() -> None:
    readout = _readout(
        "President Park Min-jun on Sept. 29 held talks with visiting U.S. Vice President "
        "Sam Grant on regional issues.",
        dt.date(2022, 9, 29),
    )
    assert "President" not in readout.location


def test_two_offices_of_two_people_are_not_one_persons() -> None:
    people = find_participants("The President and Prime Minister Hale had a bilateral meeting.")
    assert [(p.name, p.role) for p in people] == [("Hale", "Prime Minister")]
    [person] = find_participants("Foreign Minister and Deputy Prime Minister Ana Ruiz spoke.")
    assert person.role == "Foreign Minister and Deputy Prime Minister"


def test_the_publishers_leaders_meeting_named_by_office_gives_its_country() -> None:
    readout = _readout(
        "THE WHITE HOUSE\nOffice of the Press Secretary\nJune 9, 2004\n\n"
        "Briefing on Meeting with Prime Minister Hale\n\n"
        "Background Briefing by a Senior Administration Official on the President's Meeting "
        "with New Zealand Prime Minister Tom Hale\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Good morning. The President and Prime Minister "
        "Tom Hale of New Zealand just had a bilateral meeting, over breakfast.",
    )
    assert set(readout.countries) == {"US", "NZ"}
    assert "Official" not in readout.location
    # The President of the day is taken from the table of office holders, and marked so.
    assert "George W. Bush" in {p.name for p in readout.participants}
    assert any(r.field == "participants" and "office only" in r.reason for r in readout.review)


def test_a_sentence_run_into_a_place_after_an_abbreviation_is_cut() -> None:
    readout = _readout(
        "Foreign Minister Jan Berg of Norway met Foreign Minister Ana Ruiz of Chile at the U.N. "
        "That meeting was their first.",
        dt.date(2004, 6, 9),
    )
    assert readout.location in ("", "the U.N.")


def test_a_sites_menu_on_one_line_is_page_furniture() -> None:
    from summit_tui.core.importer.furniture import is_noise

    assert is_noise("Home Issues & Press Travel & Business Countries Youth & Education Careers")
    assert is_noise("Navigation path")
    assert is_noise("You are here: Home / News / Readouts")
    assert not is_noise("Trade & Investment Dialogue between Japan & Malaysia")
    assert not is_noise("Meeting between Prime Minister Tom Hale and President Ana Ruiz")
    readout = _readout(
        "Home Issues & Press Travel & Business Countries Youth & Education Careers About\n\n"
        "Remarks by Foreign Minister Tom Hale and Foreign Minister Ana Ruiz of Chile\n\n"
        "Foreign Minister Tom Hale of New Zealand met Foreign Minister Ana Ruiz of Chile in "
        "Wellington on 10 July 2006.",
    )
    assert readout.title.startswith("Remarks by Foreign Minister Tom Hale")


def test_people_who_represent_a_body_speak_for_it() -> None:
    readout = _readout(
        "Joint Press Communique of the 12th China-EU Summit\n\n"
        "1. The twelfth China-EU Summit was held in Nanjing on 30 November 2009. Premier Li "
        "Ming of the State Council of the People's Republic of China attended on behalf of "
        "China. The European Union was represented by Prime Minister Jan Berg of Sweden and "
        "the President of the European Commission, Ana Ruiz."
    )
    assert set(readout.countries) == {"CN", "EU"}
    assert readout.kind == "summit"


def test_offices_named_with_their_countries_in_a_later_sentence_of_the_lead() -> None:
    readout = _readout(
        "Media briefing at the Marriott Hotel\n\n"
        "Spokesperson: A very good evening to you all. As you are aware, the Prime Minister "
        "of India Dr. Manmohan Singh arrived in Washington yesterday. Today, Prime Minister of "
        "India met with the President of the United States. Foreign Secretary Ms. Ana Ruiz "
        "is here to brief you about the meeting.",
        dt.date(2010, 4, 11),
    )
    assert set(readout.countries) == {"IN", "US"}
    names = [p.name for p in readout.participants]
    assert "Barack Obama" in names and "Ana Ruiz" not in names


def test_a_headline_that_names_no_meeting_party_or_person_is_marked() -> None:
    readout = _readout(
        "Foreign Policy Archive\n\n"
        "President Park Min-jun held a summit with Prime Minister Tom Hale of New Zealand in "
        "Seoul on 11 November 2010."
    )
    assert any(r.field == "title" and "section" in r.reason for r in readout.review)
    readout = _readout(
        "Korea-New Zealand Summit\n\n"
        "President Park Min-jun held a summit with Prime Minister Tom Hale of New Zealand in "
        "Seoul on 11 November 2010."
    )
    assert not any(r.field == "title" for r in readout.review)


def test_a_headlines_counterpart_gives_the_other_side() -> None:
    assert counterpart_countries("FM holds talks with Kenyan counterpart on trade") == ["KE"]
    assert counterpart_countries("Berg meets Chilean counterpart") == ["CL"]
    readout = _readout(
        "FM holds talks with Kenyan counterpart on trade\n\n"
        "OSLO, May 4 (Wire) -- Foreign Minister Jan Berg of Norway has held talks on trade, "
        "her ministry said on 4 May 2021.",
    )
    assert set(readout.countries) == {"NO", "KE"}


def test_the_crown_prince_of_an_emirate_speaks_for_the_emirates() -> None:
    readout = _readout(
        "ABU DHABI, 13th Jan, 2020 (Wire) Sheikh Hamad bin Khalid, Crown Prince of Abu Dhabi, "
        "today received a phone call from German Chancellor Eva Brandt, stressing the "
        "importance of strengthening cooperation between the two countries."
    )
    assert set(readout.countries) == {"AE", "DE"}


def test_an_office_in_lower_case_with_its_country_then_the_name() -> None:
    [_, guest] = find_participants(
        "President Tom Hale is on Tuesday hosting the president of the Sahrawi Arab "
        "Democratic Republic (also known as Western Sahara), Ali Omar, in the capital."
    )
    assert (guest.name, guest.country) == ("Ali Omar", "EH")


def test_a_meeting_reported_as_hosting_is_the_lead_not_a_later_recalled_one() -> None:
    readout = _readout(
        "Hale hosts President Ali Omar\n\n"
        "18 October 2022 - 10:12 By Wire\n\n"
        "President Tom Hale of South Africa is on Tuesday hosting the president of Kenya, "
        "Ali Omar, at the Union Buildings in Pretoria.\n\n"
        "Hale has been building relations with many leaders. He met US President Joe Biden "
        "and his deputy Kamala Harris last month, where they discussed trade."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Ali Omar"]
    assert set(readout.countries) == {"ZA", "KE"}


def test_where_a_statement_was_posted_is_not_the_place() -> None:
    readout = _readout(
        "On 4 May 2021 President Tom Hale of Ghana spoke by telephone with President Ali Omar "
        "of Kenya, he said in Twitter, and they discussed trade and security."
    )
    assert readout.location == ""


def test_a_countrys_possessive_before_a_known_leaders_name() -> None:
    people = find_participants("Trudeau meets U.K.'s Liz Truss, other world leaders in London")
    assert ("Liz Truss", "GB") in [(p.name, p.country) for p in people]
    # Not a leader the table knows: not taken for a person.
    assert find_participants("Japan's Liberal Democratic Party met today.") == []


def test_an_office_in_lower_case_after_a_possessive_and_a_comma() -> None:
    [person] = find_participants("He met Kenya's newly elected president, William Samoei Ruto.")
    assert (person.name, person.role, person.country) == (
        "William Samoei Ruto",
        "Kenya President",
        "KE",
    )


def test_a_portfolio_listed_after_an_office_is_not_a_name() -> None:
    people = find_participants(
        "Secretary-General of ASEAN Dr Kao Kim Hourn met with the Minister of Culture, Youth, "
        "and Sports of Brunei Darussalam Dato Nazmi Mohamad at the ASEAN Secretariat."
    )
    names = [p.name for p in people]
    assert "Youth" not in names
    assert names[0] == "Kao Kim Hourn"


def test_a_weekday_and_a_heading_are_never_the_place() -> None:
    readout = _readout(
        "Hale welcomes British PM Roe to the capital\n\n"
        "By The Wire\nMon., Sept. 18, 2017\n\n"
        "Prime Minister Tom Hale of Canada and British Prime Minister Ann Roe are meeting "
        "on Parliament Hill as she makes her first visit to Canada."
    )
    assert readout.location != "Mon."
    readout = _readout(
        "For Immediate Release March 13, 1996\n\nPRESS BRIEFING\n\n"
        "President Tom Hale of Ghana met President Ali Omar of Kenya today to discuss trade."
    )
    assert "BRIEFING" not in readout.location


def test_a_lead_naming_two_known_leaders_in_full_comes_before_a_later_meeting() -> None:
    readout = _readout(
        "France and Belgium reaffirm their ties\n\n"
        "Emmanuel Macron and Charles Michel arrived at 11:30 am on 25 May 2017 at the Egmont "
        "Palace in Brussels for a 10-minute meeting before the summit.\n\n"
        "Macron later left for a meeting with the Turkish president, Erdogan."
    )
    assert readout.title == "France and Belgium reaffirm their ties"
    assert "Erdogan" not in [p.name for p in readout.participants]


def test_a_headlines_title_case_words_end_a_name() -> None:
    people = find_participants(
        "Press Conference by Prime Minister ISHIBA Shigeru Regarding His Summit Telephone Talk"
    )
    assert people[0].name == "ISHIBA Shigeru"


def test_a_groups_ministers_meeting_a_partner_are_all_its_members() -> None:
    readout = _readout(
        "WASHINGTON - Asean Foreign Ministers have commenced a meeting over a working lunch "
        "in Washington DC with US Secretary of State Ann Roe on 4 May 2017.",
    )
    assert readout.kind == "multilateral"
    assert {"US", "ID", "VN", "SG"} <= set(readout.countries)
    assert readout.title == "Meeting of 11 countries"


def test_a_series_of_talks_is_read_from_the_first_one_the_next_paragraph_names() -> None:
    readout = _readout(
        "Hale holds series of talks with leaders of seven nations\n\n"
        "President Hale Tom Lee launched a series of bilateral summit talks on 10 July 2024 "
        "on the sidelines of the NATO summit in Washington.\n\n"
        "Hale first sat down for talks with German Chancellor Jan Berg on Wednesday morning "
        "to discuss bilateral ties."
    )
    assert [p.name for p in readout.participants][1] == "Jan Berg"
    assert "DE" in readout.countries


def test_on_sidelines_of_a_group_meeting_without_the_article_is_not_the_kind() -> None:
    readout = _readout(
        "Minister Jan Berg holds talks with counterparts on sidelines of G20 meeting\n\n"
        "Foreign Minister Jan Berg of Norway met Foreign Minister Ana Ruiz of Chile on "
        "2 March 2023 on sidelines of the G20 Foreign Ministers Meeting in New Delhi."
    )
    assert readout.kind == "foreign-ministers-meeting"


def test_leaders_named_in_full_in_an_introduction_when_no_sentence_says_who_met() -> None:
    readout = _readout(
        "Ann Lee · @AnnLeeNews\n\n"
        "Downing Street spokesman on David Cameron's phone call to Vladimir Putin on 5 "
        "March 2012:\n\n"
        '"The Prime Minister said that he had been following the elections closely. He '
        'looked forward to working with Mr Putin on the relationship."'
    )
    assert set(readout.countries) == {"GB", "RU"}
    assert "participants" in {r.field for r in readout.review}
    assert "@" not in readout.title


def test_an_initial_joined_to_the_family_name_is_one_name() -> None:
    [person, _] = find_participants(
        "Minister of Foreign Affairs B.Tsetseg held a phone conversation with Dr. Ann Roe, "
        "Minister of Foreign Affairs of the Republic of Singapore, on October 18, 2024."
    )
    assert person.name == "B.Tsetseg"


def test_an_ambassadors_rank_and_post_are_the_role() -> None:
    people = find_participants(
        "The Minister of Foreign Affairs of Georgia, Nino Beridze, met with the Ambassador "
        "Extraordinary and Plenipotentiary of Italy to Georgia, Marco Rossi."
    )
    assert [(p.name, p.country) for p in people] == [("Nino Beridze", "GE"), ("Marco Rossi", "IT")]


def test_the_other_party_from_the_relations_the_text_speaks_of() -> None:
    readout = _readout(
        "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs H.E "
        "Dr. Hon Daniel W Otieno hosted the Japanese Ambassador to Kenya H.E Ken Sato at his "
        "offices in Nairobi on October 25, 2023.\n\n"
        "They discussed how Kenya and Japan can further fortify their bilateral relationship."
    )
    assert set(readout.countries) == {"KE", "JP"}
    assert readout.participants[0].name == "Daniel W Otieno"
    assert readout.location == "Nairobi"
    assert "countries" in {r.field for r in readout.review}


def test_a_possessive_with_a_curly_apostrophe_gives_the_country() -> None:
    people = find_participants(
        "Cabinet Secretary Dr. Paul Otieno held a meeting with H.E. Ken Sato, Japan’s Special "
        "Envoy for Horn of Africa on January 11, 2023."
    )
    assert people[1].country == "JP"


def test_a_north_korean_leader_in_lower_case() -> None:
    [_, kim] = find_participants(
        "President Moon Jae-in and North Korean leader Kim Jong Un met at the Peace House."
    )
    assert (kim.name, kim.country) == ("Kim Jong Un", "KP")


def test_people_named_only_for_an_occasion_to_come_are_not_participants() -> None:
    readout = _readout(
        "Bilateral Meeting With President Biden\n\n"
        "TOM HALE, PRIME MINISTER OF AUSTRALIA: Thank you, Mr President, for this meeting on "
        "13 March 2023. We so much look forward to welcoming you and Prime Minister Modi and "
        "Prime Minister Kishida down to Australia in just a couple of months."
    )
    assert set(readout.countries) == {"AU", "US"}
    assert readout.kind == "summit"


def test_a_headline_run_into_its_summary_does_not_lengthen_the_name() -> None:
    people = find_participants(
        "06.09.2023Minister Jan Nowak’s call with US Secretary of State Antony BlinkenThe "
        "conversation focused on security."
    )
    assert "Antony Blinken" in [p.name for p in people]


def test_a_site_menu_as_a_bulleted_list_is_page_furniture() -> None:
    menu = "\n".join(f"  • Province {name}" for name in "ABCDEFGH")
    readout = _readout(
        f"{menu}\n\nMinister holds phone talks with UK Foreign Secretary\n\n"
        "Minister of Foreign Affairs Tran Van Minh of Viet Nam held phone talks with British "
        "Foreign Secretary Ann Roe on October 18, 2025."
    )
    assert "Province" not in readout.summary
    assert set(readout.countries) == {"VN", "GB"}


def test_the_other_side_from_a_standfirst_above_the_lead() -> None:
    readout = _readout(
        "Minister holds phone talks with UK Foreign Secretary\n\n"
        "VGP - Acting Minister of Foreign Affairs Tran Van Minh of Viet Nam congratulated "
        "British Foreign Secretary Ann Roe on assuming her new position.\n\n"
        "October 20, 2025 7:34 AM GMT+7\n\n"
        "During their phone conversation last week, Acting Minister Minh expressed his "
        "pleasure at the cooperation between the two countries."
    )
    assert [p.name for p in readout.participants] == ["Tran Van Minh", "Ann Roe"]


def test_a_transcripts_header_place_is_not_a_person() -> None:
    readout = _readout(
        "Remarks with Russian Foreign Minister Ivan Petrov Before Their Meeting\n\n"
        "Tom Hale\nSecretary of State\nRome, Italy\nDecember 14, 2014\n\n"
        "FOREIGN MINISTER PETROV: Thank you.\n\n"
        "SECRETARY HALE: I'm delighted to welcome him here to the residence in Rome."
    )
    assert "Rome" not in [p.name for p in readout.participants]
    assert readout.location != "Tom Hale"


def test_a_sites_display_settings_and_name_are_not_the_headline() -> None:
    readout = _readout(
        "View settings\n\nFont size:\nSite colours:\nImages\n\nSettings\n\n"
        "Official website of the President of Russia\n\nNews /\n\n"
        "Telephone conversation with President of the United States Barack Obama\n\n"
        "April 29, 2013\n\n"
        "Vladimir Putin had a telephone conversation with President of the United States "
        "Barack Obama on the American side's initiative."
    )
    assert readout.title.startswith("Telephone conversation with President")
    assert set(readout.countries) == {"RU", "US"}


def test_a_headlines_words_after_a_name_end_it() -> None:
    people = find_participants("King Exchanges Views on the Phone with Saudi Crown Prince")
    assert all("Exchanges" not in p.name for p in people)
    [person] = find_participants("PM Lee Hsien Loong's Opening Remarks During the Meeting")
    assert person.name == "Lee Hsien Loong"


def test_two_leaders_joint_press_conference_is_their_summit() -> None:
    readout = _readout(
        "Joint Press Conference with Prime Minister Ito, Official Residence, Japan\n\n"
        "16 July 2003\n\n"
        "PRIME MINISTER ITO: I heartily welcome Prime Minister Tom Hale of Australia. In "
        "today's summit meeting we engaged in a candid exchange of views.",
        dt.date(2003, 7, 16),
    )
    assert readout.kind == "summit"


def test_an_archives_family_name_first_line_is_not_the_headline() -> None:
    readout = _readout(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\n"
        "Howard, John\n\nDoorstop Interview, Washington\n\n"
        "PRIME MINISTER: I had lunch today with Vice President Dick Cheney and we had a "
        "general discussion about Iraq.",
        dt.date(2006, 5, 13),
    )
    assert readout.title != "Howard, John"
    assert readout.source.publisher == "Prime Minister of Australia"


def test_a_release_summary_above_a_report_dated_yesterday() -> None:
    readout = _readout(
        "PM call with Saudi Arabian Crown Prince: 3 June 2018\n\n"
        "Prime Minister Ann Roe spoke with Saudi Arabian Crown Prince Ali bin Omar.\n\n"
        "A Downing Street spokesperson said:\n\n"
        "Prime Minister Ann Roe spoke with the Saudi Arabian Crown Prince Ali bin Omar "
        "yesterday on the phone."
    )
    assert readout.date == dt.date(2018, 6, 2)


def test_an_office_after_its_countrys_adjective_is_its_holder_on_the_day() -> None:
    readout = _readout(
        "King Exchanges Views on the Phone with Saudi Crown Prince\n\n"
        "His Majesty King Abdullah II of Jordan on 15 May 2002 exchanged views by phone on the "
        "latest developments in light of King Abdullah's recent visit to the United States."
    )
    assert set(readout.countries) == {"JO", "SA"}
    assert readout.location == ""


def test_a_listed_meeting_keeps_out_people_named_for_something_else() -> None:
    readout = _readout(
        "The Prime Minister spoke to leaders of the United States, Italy, France and Germany "
        "last night [18 May 2025].\n\n"
        "Looking ahead to President Trump's call with President Putin tomorrow, the leaders "
        "discussed the need for a ceasefire."
    )
    assert set(readout.countries) >= {"US", "IT", "FR", "DE"}
    assert "RU" not in readout.countries
    # (whose Prime Minister is read from Downing Street's way of writing, and said so)
    assert "GB" in readout.countries
    assert any("the way the text is written" in r.reason for r in readout.review)


def test_any_governments_ministry_named_on_a_line_of_its_own_is_the_publisher() -> None:
    readout = _readout(
        "Ministry of Foreign Affairs of Mongolia\n\n"
        "Minister of Foreign Affairs B.Tsetseg held a phone conversation with Dr. Ann Roe, "
        "Minister of Foreign Affairs of the Republic of Singapore, on October 18, 2024."
    )
    assert set(readout.countries) == {"MN", "SG"}
    assert "Ministry of Foreign Affairs of Mongolia" not in readout.summary


def test_a_governments_web_address_gives_its_country() -> None:
    for url, code in (("https://mfa.gov.mn/en/news/1", "MN"), ("https://www.gov.pl/web/x", "PL")):
        publisher = publisher_of_site(url)
        assert publisher is not None and publisher.country == code
    assert publisher_of_site("https://www.example.com/news") is None


def test_what_they_spoke_of_is_not_where_they_met() -> None:
    readout = _readout(
        "New Delhi, Feb 16 (Wire) External Affairs Minister Ravi Rao on 16 February 2024 held "
        "talks with US Secretary of State Tom Hale with a focus on the situation in West Asia, "
        "Ukraine and the Indo-Pacific.\n\nThe meeting took place in Munich on the sidelines "
        "of a security conference."
    )
    assert readout.location == "Munich"


def test_a_city_and_colon_dateline_is_the_place_the_lead_calls_here() -> None:
    readout = _readout(
        "New Delhi: Indian Prime Minister Ravi Rao hosted US President Tom Hale at his official "
        "residence here for a bilateral meeting on 8 September 2023."
    )
    assert readout.location == "New Delhi"


def test_an_assistant_secretarys_country_and_a_long_numbered_headline() -> None:
    readout = _readout(
        "No:331/22, Information of the Press Service Department of the Ministry of Foreign "
        "Affairs of the Republic of Azerbaijan regarding the telephone conversation of Minister "
        "Ali Aliyev with the US Assistant Secretary of State for European and Eurasian Affairs "
        "Ann Roe\n\n"
        "On July 17, 2022, a telephone conversation took place between the Minister of Foreign "
        "Affairs of the Republic of Azerbaijan, Ali Aliyev, and the US Assistant Secretary of "
        "State for European and Eurasian Affairs, Ann Roe."
    )
    assert readout.title.startswith("No:331/22, Information")
    assert set(readout.countries) == {"AZ", "US"}


def test_the_one_without_a_country_is_the_host_of_the_capital_they_met_in() -> None:
    readout = _readout(
        "Minister of Foreign Affairs Mari Tamm and the High Representative of the Union for "
        "Foreign Affairs and Security Policy Federica Mogherini met on 4 May 2016 in Tallinn "
        "to discuss security."
    )
    assert set(readout.countries) == {"EE", "EU"}
    assert "countries" in {r.field for r in readout.review}


def test_a_foreign_ministers_country_from_the_headlines_other_words_for_the_office() -> None:
    readout = _readout(
        "Press Release on telephone conversation between the Foreign Minister of Nepal and the "
        "Minister of External Affairs of India\n\n"
        "Minister for Foreign Affairs, Honorable Dr. Hari Thapa and Minister of External "
        "Affairs of India, His Excellency Dr. Ravi Rao held a telephone conversation on 9 "
        "December 2021."
    )
    assert set(readout.countries) == {"NP", "IN"}


def test_the_location_gives_the_venue_and_the_city_when_the_text_gives_both() -> None:
    readout = _readout(
        "ANKARA-Wire Turkey's President Ali Demir on 11 January 2020 received Jan Berg, head "
        "of the EU Council in Istanbul, according to diplomatic sources.\n\n"
        "The closed-door meeting between Demir and Berg was held at the Dolmabahçe Palace and "
        "lasted for nearly two hours."
    )
    assert readout.location == "Dolmabahçe Palace, Istanbul"
    readout = _readout(
        "Senior Minister Tom Lee concluded his visit to Malaysia on 11 January 2024. In Kuala "
        "Lumpur, Senior Minister Lee met Prime Minister Ali Hamid at the Istana Negara."
    )
    assert readout.location == "Istana Negara, Kuala Lumpur"


def test_an_asean_partner_meeting_has_every_member_and_the_partner() -> None:
    readout = _readout(
        "Minister for Foreign Affairs Dr Tan Wei participated in the Special ASEAN-Russia "
        "Foreign Ministers' Meeting on 17 June 2020. The meeting, co-chaired by Indonesia "
        "Minister of Foreign Affairs Sari Dewi and Russia Minister of Foreign Affairs Ivan "
        "Petrov, was held via videoconference."
    )
    assert readout.kind == "multilateral"
    assert {"SG", "ID", "VN", "RU"} <= set(readout.countries)
    readout = _readout(
        "On 20 July 2010, Mr. Kasit Lee, Minister of Foreign Affairs of Thailand, along with "
        "other ASEAN Foreign Ministers paid a courtesy call on Mr. Tran Van Minh, Prime "
        "Minister of Viet Nam."
    )
    assert readout.kind == "multilateral" and {"TH", "VN", "BN"} <= set(readout.countries)


def test_a_bilateral_on_the_sidelines_of_an_asean_summit_stays_bilateral() -> None:
    readout = _readout(
        "Prime Minister Tom Hale of Australia met President Ali Hamid of Indonesia on 5 "
        "September 2023 on the sidelines of the ASEAN-Australia Summit in Jakarta."
    )
    assert set(readout.countries) == {"AU", "ID"}


def test_a_leader_named_with_a_short_name_in_brackets_then_by_it() -> None:
    readout = _readout(
        "Jakarta: Indonesian President Budi Santoso (Budiman) emphasized that cooperation "
        "has become increasingly important. Budiman conveyed the statement in his remarks at "
        "the Indonesia-Australia bilateral meeting at the Bogor Presidential Palace on 6 June "
        "2022, during the official visit of Australian Prime Minister Tom Hale."
    )
    assert set(readout.countries) == {"ID", "AU"}
    assert "Budi Santoso" in [p.name for p in readout.participants]
    assert "Indonesia-Australia" not in readout.location


def test_a_countrys_short_form_after_it_and_a_grave_accent_for_an_apostrophe() -> None:
    [_, truss] = find_participants(
        "Prime Minister Tom Hale spoke with the Prime Minister of the United Kingdom (UK), "
        "Elizabeth Truss."
    )
    assert (truss.name, truss.country) == ("Elizabeth Truss", "GB")
    readout = _readout(
        "Baku, December 8, 2020, Wire\n\n"
        "Azerbaijan`s Foreign Minister Ali Aliyev has had a telephone conversation with his "
        "Israeli counterpart Dan Levi."
    )
    assert set(readout.countries) == {"AZ", "IL"}


def test_an_archive_hard_wrapped_at_a_hundred_odd_characters_is_joined() -> None:
    body = (
        "  The Prime Minister received Mr. Tom Hale, US Ambassador to the UN this morning. The "
        "Prime\n"
        "  Minister welcomed the strategic dialogue between the two countries and reiterated "
        "his commitment to\n"
        "  promoting understanding and cooperation. He reconfirmed the invitation to President "
        "Ann Roe to visit\n"
        "  India later this year. Ambassador Hale conveyed that President Roe was looking "
        "forward to the visit, and\n"
        "  the dates for which will be finalised through diplomatic channels. He handed over a "
        "letter from the\n"
        "  President. This letter speaks of the President's desire to advance the shared "
        "interests of the two\n"
        "  countries and to strengthen and deepen the relations between them in the years to "
        "come, as agreed.\n"
    )
    readout = _readout(
        "Ambassador Tom Hale meeting with Prime Minister Vajpayee\n\n14 April 1998\nNew Delhi\n\n"
        + body
    )
    assert "Ann Roe" not in [p.name for p in readout.participants]
    assert "Tom Hale" in [p.name for p in readout.participants]


def test_a_caretaker_office_and_its_country_with_the_sentence_going_on() -> None:
    [_, guest] = find_participants(
        "Prime Minister Datuk Seri Ali Hamid yesterday held bilateral talks with Omar Khan, "
        "the caretaker Prime Minister of Pakistan since August."
    )
    assert (guest.name, guest.country) == ("Omar Khan", "PK")
    people = find_participants(
        "Today in Brussels, the High Representative of the European Union for Foreign "
        "Affairs and Security Policy, Ana Ruiz, met with the US Secretary of State, Tom Hale."
    )
    assert "Brussels" not in [p.name for p in people]


def test_a_byline_under_the_headline_is_not_the_place() -> None:
    readout = _readout(
        "Prime Minister Tran Van Minh holds talks with his Russian counterpart Ivan Petrov\n\n"
        "Vu Dung\n\n"
        "Prime Minister Tran Van Minh of Viet Nam held talks with Russian Prime Minister Ivan "
        "Petrov on 15 May 2017."
    )
    assert readout.location != "Vu Dung"


def test_a_headline_above_the_report_is_the_title_not_the_lead() -> None:
    readout = _readout(
        "23 Ottobre 2022\n\n"
        "President of the Council of Ministers Rossi meets with President Dubois in Rome\n\n"
        "The President of the Council of Ministers, Maria Rossi, had a cordial meeting with "
        "the President of the French Republic, Paul Dubois, on 23 October 2022."
    )
    assert readout.title.startswith("President of the Council of Ministers Rossi meets")
    assert readout.location == "Rome"


def test_a_transcripts_header_names_the_place() -> None:
    readout = _readout(
        "Remarks With Mexican Foreign Secretary Jose Meade Before Their Meeting\n\n"
        "Remarks\nTom Hale\nSecretary of State\nTreaty Room\nWashington, DC\nJanuary 14, 2014\n\n"
        "SECRETARY HALE: Good afternoon, everybody. I'm delighted to welcome my friend, the "
        "Foreign Secretary of Mexico, Jose Meade, here today."
    )
    assert readout.location == "Treaty Room, Washington, DC"
    assert "location" in {r.field for r in readout.review}


def test_foreign_ministers_consultations_and_a_capital_opening_a_sentence() -> None:
    readout = _readout(
        "Joint Statement Following Australia-New Zealand Foreign Minister Consultations\n\n"
        "Australian Minister for Foreign Affairs Ann Roe and New Zealand Minister of Foreign "
        "Affairs Mere Tane held the biannual Foreign Minister Consultations on 12 November 2021."
    )
    assert readout.kind == "foreign-ministers-meeting"
    readout = _readout(
        "On 24 March 2014 President Jan Berg visited Albania and its neighbours. In Tirana, "
        "President Berg had a bilateral meeting with Prime Minister Ilir Hoxha of Albania."
    )
    assert readout.location == "Tirana"


def test_the_one_without_a_country_named_by_its_adjective_in_the_next_sentence() -> None:
    readout = _readout(
        "President Ali Nurov and Vladimir Putin held official talks at the Kremlin on 27 "
        "November 2023.\n\nThe Kazakh leader arrived in Moscow at the invitation of the Russian "
        "president."
    )
    assert set(readout.countries) == {"KZ", "RU"}


def test_a_capital_written_with_its_accents_and_an_office_in_sentence_case() -> None:
    readout = _readout(
        "HÀ NỘI — Party General Secretary Tran Van Minh gave a reception in Hà Nội on 20 May "
        "2025 for visiting Russian Prime Minister Ivan Petrov."
    )
    assert set(readout.countries) == {"VN", "RU"}
    [person] = find_participants("Foreign minister Park Jin held talks in New York.")
    assert (person.name, person.role) == ("Park Jin", "Foreign Minister")


def test_a_known_leader_named_mister_and_family_name_in_a_transcript() -> None:
    readout = _readout(
        "PRIME MINISTER:\nWell ladies and gentlemen, lunch went a bit longer than I expected. "
        "Mr Blair and I had a very lengthy discussion about a range of issues.",
        dt.date(2004, 6, 1),
    )
    assert "GB" in readout.countries
    assert "participants" in {r.field for r in readout.review}


def test_a_photo_credit_a_teaser_and_an_office_with_its_years_are_not_headlines() -> None:
    readout = _readout(
        "Prime Minister of Great Britain and Northern Ireland 1990-1997\n\n"
        "Mr Hale's Joint Press Conference with Bill Clinton - 24 February 1993\n\n"
        "PRIME MINISTER HALE: Ladies and gentlemen, the President and I have had very good "
        "talks today in Washington with President Bill Clinton."
    )
    assert readout.title.startswith("Mr Hale's Joint Press Conference")
    assert readout.kind == "summit"
    readout = _readout(
        "Prime Minister Tom Hale © Ann Roe/Getty Images for The Department\n\n"
        "En route to the talks, Prime Minister Tom Hale of New Zealand met Prime Minister "
        "Ratu Vula of Fiji in Auckland on 10 June 2016..."
    )
    assert "Getty" not in readout.title


def test_a_short_name_in_brackets_is_not_a_second_person() -> None:
    people = [
        Participant("Budi Santoso", "", "President", "ID"),
        Participant("Budiman", "", "President", ""),
        Participant("Ana Ruiz", "", "Secretary-General", ""),
    ]
    kept = without_aliases(people, "President Budi Santoso (Budiman) received Dr Ana Ruiz.")
    assert [p.name for p in kept] == ["Budi Santoso", "Ana Ruiz"]
    assert without_aliases(people, "Budiman met Ana Ruiz.") == people  # no brackets: kept
    found = find_participants("the Organisation's Secretary-General Dr Ana Ruiz met them.")
    assert all(p.name != "Organisation" for p in found)


def test_a_video_conference_still_to_come_is_not_the_kind() -> None:
    readout = _readout(
        "The EU High Representative, Ana Ruiz, spoke with the US Secretary of State, Tom Hale, "
        "on 11 January 2022.\n\nThe Secretary will take part at a video conference of the "
        "North Atlantic Council on Wednesday."
    )
    assert readout.kind == "telephone-talk"


def test_the_location_is_named_without_the_sentences_article() -> None:
    readout = _readout(
        "Prime Minister Tom Lee met President Ana Ruiz of Chile at the White House on 4 March 2024."
    )
    assert readout.location == "White House"
    readout = _readout(
        "Foreign Minister Ali Hamid met Foreign Minister Jan Berg of Sweden in The Hague on "
        "4 March 2024."
    )
    assert readout.location == "The Hague"


def test_a_transcripts_the_president_is_the_publishers_own() -> None:
    readout = _readout(
        "View Header\n\nOffice of the Press Secretary\n\nFor Immediate Release June 14, 1995\n\n"
        "REMARKS BY THE PRESIDENT IN PHOTO OPPORTUNITY WITH PRESIDENT DUPONT\n\n"
        "THE PRESIDENT: It is a great honor to have President Dupont of France here today.\n\n"
        "Q Mr. President, what will you talk about?\n\n"
        "THE PRESIDENT: Trade, first of all."
    )
    assert readout.countries == ("US", "FR")
    assert readout.participants[0].name == "Bill Clinton"
    assert "View Header" not in readout.title
    assert any(r.text == "THE PRESIDENT:" for r in readout.review)


def test_the_publishers_office_meeting_in_a_later_sentence_of_the_lead() -> None:
    readout = _readout(
        "Office of the Press Secretary\n\nFor Immediate Release January 21, 1998\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: On background. The President met this evening for "
        "about an hour with Prime Minister Ben Adler of Israel. It was a good discussion."
    )
    assert readout.countries == ("US", "IL")
    assert [p.name for p in readout.participants] == ["Bill Clinton", "Ben Adler"]


def test_the_vice_president_and_a_counterpart_with_two_offices() -> None:
    readout = _readout(
        "Office of the Press Secretary\n\nFor Immediate Release September 30, 1995\n\n"
        "The Vice President met for half an hour yesterday afternoon with Tom Walsh, Deputy "
        "Prime Minister and Foreign Minister of the Republic of Ireland."
    )
    assert readout.countries == ("US", "IE")
    assert [p.name for p in readout.participants] == ["Al Gore", "Tom Walsh"]
    assert readout.participants[1].role == (
        "Deputy Prime Minister and Foreign Minister of the Republic of Ireland"
    )


def test_a_joint_press_conference_transcript_names_its_speakers_in_the_header() -> None:
    readout = _readout(
        "Joint press conference, Canberra\n\n"
        "  • Joint transcript with:\n"
        "  • Hon Ana Ruiz, Chilean Minister for Foreign Affairs\n\n"
        "Subjects: Visit by the Chilean Foreign Minister; trade; the Pacific.\n\n"
        "Tom Hale, Foreign Minister: Good morning. Minister Ruiz asked to see the chambers, "
        "and I thank Minister Grey for opening them for the Chilean delegation.\n\n"
        "It is wonderful to welcome Foreign Minister Ruiz to Canberra.",
        dt.date(2023, 12, 7),
    )
    assert readout.title == "Joint press conference, Canberra"
    assert sorted(p.name for p in readout.participants) == ["Ana Ruiz", "Tom Hale"]
    assert readout.kind == "foreign-ministers-meeting"
    assert readout.location == "Canberra"


def test_a_speakers_label_in_title_case() -> None:
    [speaker] = find_speakers(["Tom Hale, Prime Minister of Fiji: Thank you all for coming."])
    assert (speaker.name, speaker.role, speaker.country) == (
        "Tom Hale",
        "Prime Minister of Fiji",
        "FJ",
    )
    assert find_speakers(["Welcome, Minister: Thank you."]) == []


def test_a_transcripts_sides_are_its_speakers_not_whom_they_speak_of() -> None:
    readout = _readout(
        "TOM HALE, PRIME MINISTER OF FIJI: It is an honour to receive the Prime Minister of "
        "Chile. He called me a few hours after he was sworn in, on his way to visit the "
        "President of Peru. And our first visitor after that was Foreign Minister Ana Ruiz.\n\n"
        "JUAN SOTO, PRIME MINISTER OF CHILE: Thank you so much, Prime Minister. I wanted one of "
        "my first visits to be here.\n\n"
        "PRIME MINISTER HALE: Thank you.",
        dt.date(2025, 6, 1),
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Juan Soto"]
    assert readout.countries == ("FJ", "CL")
    assert readout.kind == "summit"


def test_a_transcripts_header_names_the_speaker_not_yet_labelled() -> None:
    readout = _readout(
        "Joint press conference - Pacific Islands Forum\n\nTranscript\n\nTonga\n\n"
        "The Hon Anthony Albanese MP\n\nThe Hon Tom Hale OBE\n\nPrime Minister of Tuvalu\n\n"
        "TOM HALE, PRIME MINISTER OF TUVALU: Good afternoon. Today the treaty between Tuvalu "
        "and Australia enters into force.",
        dt.date(2024, 8, 27),
    )
    assert sorted(readout.countries) == ["AU", "TV"]
    assert "Anthony Albanese" in [p.name for p in readout.participants]
    assert readout.kind == "summit"


def test_the_secretary_general_of_a_un_readout_is_named_by_office_only() -> None:
    readout = _readout(
        "Readout of the Secretary-General's meeting with the President of Chile\n\n"
        "On Tuesday morning in Santiago, the Secretary-General met with the Chilean President, "
        "H.E. Mr. Juan Soto, on 22 July 2014.",
    )
    assert [p.name for p in readout.participants] == ["Juan Soto", "Ban Ki-moon"]
    assert readout.countries == ("CL",)  # the United Nations is no country
    assert readout.kind == "other"


def test_relations_with_the_eu_spoken_of_do_not_make_the_eu_a_side() -> None:
    readout = _readout(
        "Minister of Foreign Affairs Tom Hale met with Turkish Minister of Foreign Affairs "
        "Ali Demir in Tallinn on 28 August 2019, and discussed bilateral relations as well as "
        "relations between the EU and Turkey."
    )
    assert "EU" not in readout.countries
    assert sorted(readout.countries) == ["EE", "TR"]


def test_a_page_s_display_settings_and_an_anniversary_are_neither_headline_nor_place() -> None:
    readout = _readout(
        "Select font Arial Times New Roman\n\n"
        "Character spacing (Kerning): Standard Medium Large\n\n"
        "Vladimir Putin met with President of the Republic of ChileJuan Soto, who is "
        "taking part in celebrations marking the 80th anniversary of Victory in the Great "
        "Patriotic War.",
        dt.date(2025, 5, 9),
    )
    assert "font" not in readout.title
    assert sorted(readout.countries) == ["CL", "RU"]
    assert "War" not in readout.location


def test_the_unknown_sides_country_from_its_adjective_a_few_paragraphs_on() -> None:
    readout = _readout(
        "Prime Minister Tom Hale met tonight with Serbian President Ana Ruiz on 27 August 2020."
        "\n\nMeeting of Prime Minister Tom Hale with Serbian President Ana Ruiz.\n\n1 / 4\n\n"
        "The two exchanged views on the region.\n\n"
        "Tomorrow, the Serbian President and the Slovenian Prime Minister will take part in a "
        "panel at the Bled Strategic Forum."
    )
    assert sorted(readout.countries) == ["RS", "SI"]


def test_a_place_after_a_bodys_name_and_in_an_office_of_a_city() -> None:
    readout = _readout(
        "On December 19, 2021, within the framework of the extraordinary meeting of the "
        "Council of Foreign Ministers of the Organization of Islamic Cooperation in Islamabad, "
        "the Minister of Foreign Affairs of Chile Tom Hale met with the Minister of Foreign "
        "Affairs of Peru Ana Ruiz."
    )
    assert readout.location == "Islamabad"
    readout = _readout(
        "Prime Minister Tom Hale on Tuesday morning (17 July 2012), in his Jerusalem office, "
        "met with Hungarian President Ana Ruiz."
    )
    assert readout.location == "Jerusalem"
    readout = _readout(
        "Foreign Minister Tom Hale and Foreign Minister Ana Ruiz of Peru discussed cooperation "
        "in Africa when they met on 3 May 2021."
    )
    assert readout.location != "Africa"


def test_a_wires_dateline_is_where_they_met_when_the_lead_says_here() -> None:
    readout = _readout(
        "New York [United States], Sept 26 (ANI): Prime Minister Tom Hale on Wednesday met his "
        "Chilean counterpart Ana Ruiz on the sidelines of the General Assembly session here.",
        dt.date(2019, 9, 25),
    )
    assert readout.location == "New York"
    readout = _readout(
        "New Delhi, Feb 16 (PTI) Foreign Minister Tom Hale on Friday held talks with Chilean "
        "Foreign Minister Ana Ruiz.\n\nThe meeting took place in Munich on the sidelines of a "
        "security conference.",
        dt.date(2024, 2, 16),
    )
    assert readout.location == "Munich"
    readout = _readout(
        "Singapore, Sep 5 (PTI) Prime Minister Tom Hale on Thursday held talks with Chilean "
        "President Ana Ruiz.",
        dt.date(2024, 9, 5),
    )
    assert readout.location == "Singapore"
    assert any(r.field == "location" and "filed" in r.reason for r in readout.review)


def test_a_place_on_a_line_of_its_own_above_the_headline_or_below_it() -> None:
    readout = _readout(
        "Madrid, Spain\n\n28 October 2015\n\n"
        "Readout of the Secretary-General's meeting with the Prime Minister of Spain\n\n"
        "The Secretary-General met today with Mr. Tom Hale, the Prime Minister of Spain."
    )
    assert readout.location == "Madrid"
    assert any(r.field == "location" for r in readout.review)
    readout = _readout(
        "For Immediate Release\n\nOffice of the Press Secretary\n\nFebruary 20, 2008\n\n"
        "President Bush Meets with President Hale of Ghana\n\nOsu Castle\n\nAccra, Ghana\n\n"
        "PRESIDENT BUSH: Mr. President, thanks. It is an honor to be in your country.\n\n"
        "PRESIDENT HALE: Thank you."
    )
    assert readout.location == "Osu Castle, Accra, Ghana"


def test_a_gov_sites_banner_is_furniture_and_two_speakers_met_in_person() -> None:
    readout = _readout(
        "An official website of the United States Government Here's how you know\n\n"
        "Official websites use .gov\n\n"
        "A .gov website belongs to an official government organization in the United States."
        "\n\nSecure .gov websites use HTTPS\n\n"
        "SECRETARY BLINKEN: So good to see you. We are both here for the meetings.\n\n"
        "FOREIGN MINISTER TANAKA: Good to see you again. We have had two telephone calls "
        "between us since January.",
        dt.date(2022, 5, 23),
    )
    assert "official website" not in readout.title
    assert readout.kind == "foreign-ministers-meeting"


def test_a_bilateral_at_a_forum_named_in_the_headline_is_not_multilateral() -> None:
    readout = _readout(
        "President Bush Meets with Prime Minister Hale of Canada at APEC\n\n"
        "PRESIDENT BUSH: I'm pleased to be with a good friend, Prime Minister Tom Hale.",
        dt.date(2008, 11, 22),
    )
    assert readout.kind == "summit"


def test_the_headlines_pair_finds_the_other_side_a_paragraph_on() -> None:
    readout = _readout(
        "PM Lee Hsien Loong's Opening Remarks During the 5th Singapore-Australia Leaders' "
        "Meeting\n\n"
        "PM Lee Hsien Loong's Opening Remarks During the 5th Singapore-Australia Leaders' "
        "Meeting on "
        "23 March 2020.\n\n"
        "Thank you Prime Minister Scott Morrison. I am very happy we have this chance to meet "
        "virtually."
    )
    assert [p.name for p in readout.participants] == ["Lee Hsien Loong", "Scott Morrison"]
    assert any("later paragraph" in r.reason for r in readout.review)


def test_a_quoted_readout_of_the_prime_minister_is_the_publishers_own() -> None:
    readout = _readout(
        "Here is the Downing Street read-out of the call, 29 June 2014:\n\n"
        "'The Prime Minister called the Commission President-designate, Jan Berg, this "
        "afternoon. They discussed how to find a fair deal for Britain.'"
    )
    assert readout.participants[0].name == "David Cameron"


def test_the_prime_ministers_meeting_asked_about_is_the_publishers_own() -> None:
    readout = _readout(
        "Tuesday, October 12, 2004\n\n"
        "Asked about the Prime Minister's meeting today in Downing Street with the incoming "
        "European Commission President, Jan Berg, the PMOS said that it was a significant "
        "meeting."
    )
    assert readout.countries == ("GB", "EU")
    assert readout.participants[0].name == "Tony Blair"


def test_headlines_an_archive_writes_in_capitals_or_with_a_closing_stop() -> None:
    readout = _readout(
        "Note: Where available, the PDF/Word icon below is provided to view the complete and "
        "fully formatted document\n"
        "Transcript of the Prime Minister the Hon Tom Hale MP joint press conference with His "
        "Excellency Mr Juan Soto - Prime Minister of Chile, Parliament House, Canberra.\n\n"
        "1 May 2002\n\n"
        "Prime Minister, ladies and gentlemen. The Prime Minister of Chile and I have had "
        "lengthy discussions this morning."
    )
    assert readout.title.startswith("Transcript of the Prime Minister the Hon Tom Hale MP")
    assert (
        dateline(
            "TRANSCRIPT OF THE PRIME MINISTER JOINT DOORSTOP WITH PRIME MINISTER JUAN SOTO, "
            "SANTIAGO, SUNDAY, 5 MARCH 1995"
        )
        is None
    )  # a headline in capitals, not a date line
    assert dateline("WASHINGTON, D.C., SUNDAY, 5 MARCH 1995") is not None


def test_a_headline_is_neither_an_address_nor_followed_by_its_site() -> None:
    readout = _readout(
        "- example.hu - https://example.hu/minister-to-hold-talks/ -\n\n"
        "Le président Tom Hale reçu au palais par le président Juan Soto du Chili - adakar.com"
        "\n\nLe président Tom Hale a été reçu le 3 mai 2022 par le président du Chili, "
        "Juan Soto."
    )
    assert "http" not in readout.title
    assert not readout.title.endswith("adakar.com")


def test_dates_of_wires_and_news_pages_with_a_weekday() -> None:
    readout = _readout(
        "ANI | Updated: Sep 26, 2019 14:56 IST\n\n"
        "New York [United States], Sept 26 (ANI): Prime Minister Tom Hale on Wednesday (local "
        "time) met his Chilean counterpart Ana Ruiz on the sidelines of the 74th United Nations "
        "General Assembly session here."
    )
    assert readout.date == dt.date(2019, 9, 25)
    readout = _readout(
        "Sat Dec 4, 2021 08:30:33\n\nPresident in a phone call with his Chilean counterpart\n\n"
        "news id: 122263 -\n\nWed 21 - July 2021 - 20:01\n\n"
        "Speaking on Wednesday with Chilean President Ana Ruiz by telephone, President Tom "
        "Hale of Peru congratulated the people of Chile."
    )
    assert readout.date == dt.date(2021, 7, 21)


def test_australias_transcript_archive_gives_place_date_and_whose_record() -> None:
    readout = _readout(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\n"
        "Transcript 40499\n\n"
        "Remarks at the bilateral meeting with the Prime Minister of the Republic of Chile, His "
        "Excellency Juan Soto\n\nPhoto of Turnbull, Malcolm\n\nTurnbull, Malcolm\n\n"
        "Period of Service: 15/09/2015 to 24/08/2018\n\nRelease Date: 12/10/2016\n\n"
        "Release Type: Transcript\n\nTranscript ID: 40499\n\n"
        "Location: Parliament House, Canberra\n\n"
        "Prime Minister, welcome to you and your colleagues here to Canberra. This is the first "
        "visit by a Chilean Prime Minister, and we met this morning with our ministers."
    )
    assert readout.title.startswith("Remarks at the bilateral meeting")
    assert readout.location == "Parliament House, Canberra"
    assert readout.date == dt.date(2016, 10, 12)  # day first, as Australia writes dates
    assert readout.participants[0].name == "Malcolm Turnbull"
    assert sorted(readout.countries) == ["AU", "CL"]


def test_a_place_before_a_months_abbreviation() -> None:
    readout = _readout(
        "Foreign Minister Tom Hale (R) and his Chilean counterpart Ana Ruiz at the headquarters "
        "of the Ministry of Foreign Affairs in Hanoi on Aug. 22, 2023."
    )
    assert readout.location.endswith("Hanoi")


def test_a_possible_meeting_spoken_of_is_not_a_side() -> None:
    readout = _readout(
        "President Tom Hale on Aug. 25, 2025 held his first summit with U.S. President Donald "
        "Trump at the White House in Washington, discussing a possible meeting with North "
        "Korean leader Kim Jong Un."
    )
    assert "KP" not in readout.countries


def test_someone_greeted_or_met_next_is_not_a_side() -> None:
    readout = _readout(
        "External Affairs Minister Tom Hale on 16 October 2022 called on Chilean President "
        "Juan Soto and conveyed the warm greetings of Prime Minister Narendra Modi."
    )
    assert "Narendra Modi" not in [p.name for p in readout.participants]
    readout = _readout(
        "The Prime Minister met Australian Prime Minister Anthony Albanese in San Diego "
        "yesterday (12 March 2023), ahead of their trilateral meeting with President Biden."
    )
    assert "US" not in readout.countries
    assert readout.kind != "multilateral"


def test_a_deputy_prime_minister_and_foreign_minister_is_a_foreign_minister() -> None:
    readout = _readout(
        "Chinese State Councilor and Foreign Minister Wang Yi held talks with Kazakh Deputy "
        "Prime Minister and Foreign Minister Tom Hale in Xi'an on 12 May 2021."
    )
    assert readout.kind == "foreign-ministers-meeting"


def test_the_hosts_welcome_to_a_city_is_the_place() -> None:
    readout = _readout(
        "Remarks by PM Tom Hale at the Joint Press Conference with Chilean President Juan Soto "
        "on 2 June 2017.\n\nMr Soto, Ministers, ladies and gentlemen.\n\n"
        "I would like to welcome President Soto to Singapore for his first Official Visit. My "
        "visit to Santiago last October was a warm one."
    )
    assert readout.location == "Singapore"


def test_someone_the_leader_looks_forward_to_meeting_is_not_a_side() -> None:
    readout = _readout(
        "Readout on President Obama's Meeting with President Tom Hale of Israel\n\n"
        "For Immediate Release May 5, 2009\n\n"
        "The President appreciated the opportunity to welcome President Hale. The President "
        "looks forward to his meeting with Prime Minister Juan Soto later this month."
    )
    assert "Juan Soto" not in [p.name for p in readout.participants]


def test_a_countrys_head_of_state_is_its_president_or_monarch_on_the_day() -> None:
    readout = _readout(
        "Prime Minister Tom Hale of Hungary had talks with Turkey's head of state in Ankara on "
        "5 May 2019."
    )
    assert "TR" in readout.countries
    assert any("Erdo" in p.name for p in readout.participants)


def test_natos_secretary_general_visiting_a_capital_is_not_a_nato_summit() -> None:
    readout = _readout(
        "NATO Secretary General visits Washington DC\n\n"
        "NATO Secretary General Tom Hale met with US Secretary of State Ana Ruiz on Thursday "
        "(13 September 2018) to discuss the Alliance's adaptation."
    )
    assert readout.kind == "other"


def test_a_reporters_byline_is_no_headline_and_gives_the_city_last() -> None:
    readout = _readout(
        "Hale, Soto vow to address security issues\n\n"
        "Endy Bayuni, The Jakarta Post, Santiago\n\n"
        "President Tom Hale of Indonesia and Australian Prime Minister Juan Soto agreed on "
        "Friday, 19 November 2004, to address concerns about defense matters."
    )
    assert readout.title == "Hale, Soto vow to address security issues"
    assert readout.location == "Santiago"
    assert any("byline" in r.reason for r in readout.review)


def test_a_partnership_of_security_and_prosperity_is_not_a_place() -> None:
    readout = _readout(
        "Prime Minister Tom Hale of Canada and President Juan Soto of Mexico met on 21 April "
        "2008 at the Security and Prosperity Partnership of North America summit, held this "
        "year in New Orleans, Louisiana."
    )
    assert readout.location != "Security"


def test_two_leaders_summit_said_in_the_paragraph_after_the_lead() -> None:
    readout = _readout(
        "WARSAW, July 13, 2023 (Yonhap) -- South Korean President Tom Hale said Thursday that "
        "he and Polish President Juan Soto discussed strategic cooperation in nuclear energy."
        "\n\nHale made the remark during a joint press briefing following a summit with Soto."
    )
    assert readout.kind == "summit"
    assert any(r.field == "kind" for r in readout.review)


def test_a_transcripts_speakers_not_the_president_they_speak_of() -> None:
    readout = _readout(
        "SECRETARY HALE: Great to see you again here in London on 4 May 2021.\n\n"
        "FOREIGN MINISTER SOTO: Thank you, Mr. Secretary. We welcome the recent address by "
        "President Biden at the Congress.",
    )
    names = [p.name for p in readout.participants]
    assert not any("Biden" in n for n in names)


def test_a_city_gains_the_venue_a_guest_visits() -> None:
    readout = _readout(
        "Federal Chancellor Tom Hale received French President Juan Soto in Berlin on Friday "
        "evening, 16 April 2021.\n\n"
        "The first foreign guest to visit the Federal Chancellery this year: Federal Chancellor "
        "Hale receives French President Soto."
    )
    assert readout.location == "Federal Chancellery, Berlin"


def test_archive_labels_and_sections_in_other_languages_are_furniture() -> None:
    from summit_tui.core.importer.furniture import is_noise

    for line in (
        "Tag Archives: Summit",
        "Visit Indian Travel Sites",
        "Pressemeddelelser",
        "News Release",
        "Indholdet på denne side vedrører regeringen Tom Hale II (2014-15)",
    ):
        assert is_noise(line), line
    assert not is_noise("Prime Minister Tom Hale meets the Swedish Prime Minister")


def test_sidelines_vtc_a_host_and_a_news_sites_dateline() -> None:
    readout = _readout(
        "Prime Minister meets South Korean President on G20 Summit sidelines\n\n"
        "Prime Minister Tom Hale of Viet Nam met South Korean President Juan Soto in "
        "Johannesburg on 22 November 2025."
    )
    assert readout.kind == "summit"
    readout = _readout(
        "Prime Minister Tom Hale of Japan and President Juan Soto of Chile held a Leaders "
        "Meeting via VTC on 26 May 2020."
    )
    assert readout.kind == "video-conference"
    readout = _readout(
        "President Tom Hale of Nigeria, on Monday 26 August 2024 played host to the United "
        "Kingdom Secretary of State for Foreign, Commonwealth and Development Affairs, Juan "
        "Soto, at the State House."
    )
    assert "Tom Hale" in [p.name for p in readout.participants]
    readout = _readout(
        "TEMPO.CO, Jakarta - President Tom Hale held a bilateral meeting with Chilean "
        "President Juan Soto on 15 November 2024."
    )
    assert "Tempo" not in readout.location


def test_the_occasions_people_are_not_sides() -> None:
    readout = _readout(
        "Today, 6 May 2023, Prime Minister Tom Hale met with the President of Ghana, Juan Soto, "
        "on the margins of the Coronation of King Charles III in London, United Kingdom."
    )
    assert [p.name for p in readout.participants] == ["Tom Hale", "Juan Soto"]


def test_german_im_anschluss_an_is_not_a_place() -> None:
    readout = _readout(
        "Mailand, 16. Oktober 2014\n\n"
        "Der Präsident der Mongolei, Tom Hale, traf sich mit Bundeskanzlerin Ana Ruiz im "
        "Anschluss an seine Rede zur Eröffnung des Asien-Europa-Treffens. Die beiden sprachen "
        "über die Beziehungen zwischen der Mongolei und Deutschland und über die Lage in der "
        "Region.",
        dt.date(2014, 10, 16),
    )
    assert readout.location == "Mailand"


def test_the_below_is_attributable_to_the_spokesperson_is_the_state_departments() -> None:
    readout = _readout(
        "Deputy Secretary Hale's Meeting with Chilean Prime Minister Soto\n\n"
        "The below is attributable to Spokesperson Ned Price:\n\n"
        "Deputy Secretary of State Tom Hale met with Chilean Prime Minister Juan Soto to discuss "
        "shared priorities in Honolulu, Hawaii on 12 July 2022."
    )
    assert sorted(readout.countries) == ["CL", "US"]


def test_an_office_named_with_a_comma_is_not_cut_into_a_place() -> None:
    from summit_tui.core.importer.place import find_location

    assert not find_location(
        "Foreign Minister Tom Hale met Foreign Minister Juan Soto of Chile at the Foreign, "
        "Commonwealth and Development Office on 8 May 2024."
    ).startswith(("Foreign", "the Foreign"))


def test_a_press_releases_label_and_its_date_are_the_publication() -> None:
    assert dateline("Press releases, 13.09.2017") is not None
    readout = _readout(
        "Press releases, 13.09.2017\n\n"
        "The Secretary-General of the association, Tom Hale, met Foreign Minister Juan Soto of "
        "Switzerland in Bern to discuss the results achieved to date."
    )
    assert readout.date == dt.date(2017, 9, 13)
    assert any(r.field == "date" for r in readout.review)


def test_indonesian_di_before_a_place_is_in_not_part_of_a_name() -> None:
    readout = _readout(
        "Presiden Tom Hale menggelar pertemuan bilateral dengan Perdana Menteri Selandia Baru "
        "Juan Soto di Lima, Peru, pada Jumat, 15 November 2024. Hale dan Soto membahas peluang "
        "untuk meningkatkan kerja sama kedua negara, dan juga kerja sama di kawasan."
    )
    assert readout.location == "Lima, Peru"
