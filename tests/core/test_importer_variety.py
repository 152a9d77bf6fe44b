"""Real-world variety: more governments, clocks, attendee lists, settings and dirty pages.

Each fixture is our own prose in the style of a government's page; each step test pins the
small named step that makes the fixture work.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import dump_readout, parse_readout
from summit_tui.core.importer import import_text
from summit_tui.core.importer.dates import dateline, place_of_dateline
from summit_tui.core.importer.furniture import is_noise, strip_furniture
from summit_tui.core.importer.kind import kind_of, pick_title, without_setting
from summit_tui.core.importer.normalise import normalise
from summit_tui.core.importer.parties import listed_parties
from summit_tui.core.importer.people import find_attendees, find_participants, merge_people
from summit_tui.core.importer.place import find_location
from summit_tui.core.importer.publishers import publisher_of_line
from summit_tui.core.importer.times import find_clocks, start_zone, timing, timing_with_note
from summit_tui.core.model.readout import Participant, Readout

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _one(name: str) -> tuple[Readout, tuple[str, ...], tuple[str, ...]]:
    raw = (FIXTURES / name).read_text("utf-8")
    result = import_text(raw, name)
    assert result.is_readout, result.not_a_readout
    [item] = result.readouts
    assert item.readout is not None, item.missing
    assert parse_readout(dump_readout(item.readout), name) == item.readout
    return item.readout, item.missing, item.notes


# name, kind, date, start, minutes, countries, [(honorific, name, country)], location
VARIETY = [
    (
        "us_call_dirty.txt",
        "telephone-talk",
        "2024-05-23",
        None,
        None,
        ("US", "NL"),
        [("", "Joseph R. Biden, Jr.", "US"), ("", "Maria Jansen", "NL")],
        "",
    ),
    (
        "uk_starmer_call.txt",
        "telephone-talk",
        "2025-03-03",
        None,
        None,
        ("GB", "FI"),
        [("", "Keir Starmer", "GB"), ("", "Aino Virtanen", "FI")],
        "",
    ),
    (
        "india_talks.txt",
        "summit",
        "2024-05-23",
        None,
        60,
        ("IN", "GH"),
        [("Shri", "Narendra Modi", "IN"), ("H.E. Mr.", "Kwame Mensah", "GH")],
        "New Delhi",
    ),
    (
        "china_wang_yi.txt",
        "foreign-ministers-meeting",
        "2025-03-03",
        None,
        None,
        ("CN", "ES"),
        [("", "Wang Yi", "CN"), ("", "Ana Lopez Ruiz", "ES")],
        "Beijing",
    ),
    (
        "mofa_attendees_24h.txt",
        "foreign-ministers-meeting",
        "2024-06-03",
        "14:10",
        45,
        ("JP", "MY"),
        [
            ("Mr.", "SATO Ichiro", "JP"),
            ("Dato' Seri Haji", "Aziz bin Rahman", "MY"),
            ("Mr.", "TANAKA Ken", "JP"),
            ("Ms.", "Nur Aisyah binti Karim", "MY"),
        ],
        "Kuala Lumpur",
    ),
    (
        "sidelines_g20.txt",
        "summit",
        "2024-11-18",
        "14:10",
        70,
        ("JP", "BR"),
        [("", "Kenji Mori", "JP"), ("", "Lucia Ferreira", "BR")],
        "Rio de Janeiro",
    ),
    (
        "g7_leaders.txt",
        "multilateral",
        "2024-06-14",
        None,
        None,
        ("CA", "FR", "DE", "IT", "JP", "GB", "US"),
        [("", "Giorgia Meloni", "IT")],
        "Apulia, Italy",
    ),
    # A joint statement of two leaders who "met in Perth" is the record of their summit.
    (
        "joint_statement.txt",
        "summit",
        "2022-10-22",
        None,
        None,
        ("JP", "AU"),
        [("", "KISHIDA Fumio", "JP"), ("", "Anthony Albanese", "AU")],
        "Perth",
    ),
    (
        "kantei_courtesy_call.txt",
        "other",
        "2024-07-02",
        "11:00",
        50,
        ("JP", "BN"),
        [("Mr.", "KISHIDA Fumio", "JP"), ("His Majesty Haji", "Omar Ali", "BN")],
        "Prime Minister's Office",
    ),
    (
        "asean_chair.txt",
        "multilateral",
        "2025-05-26",
        None,
        None,
        ("MY",),
        [("H.E. Dato' Seri", "Anwar bin Ibrahim", "MY")],
        "Kuala Lumpur",
    ),
]


@pytest.mark.parametrize("style", VARIETY, ids=[s[0] for s in VARIETY])
def test_variety(style: tuple) -> None:
    name, kind, date, start, minutes, codes, people, location = style
    r, missing, _ = _one(name)
    assert r.kind == kind
    assert r.date.isoformat() == date
    assert (r.start_time.strftime("%H:%M") if r.start_time else None) == start
    assert r.duration_minutes == minutes
    assert r.countries == codes
    assert [(p.honorific, p.name, p.country) for p in r.participants] == people
    assert r.location == location
    for field, value in (
        ("start_time", start),
        ("duration_minutes", minutes),
        ("location", location),
    ):
        assert (field in missing) == (not value)


def test_dirty_us_page_loses_its_chrome_and_keeps_its_words() -> None:
    raw = (FIXTURES / "us_call_dirty.txt").read_text("utf-8")
    # Windows line endings and trailing spaces as a browser copy gives them (git keeps LF).
    [item] = import_text(raw.replace("\n", "  \r\n")).readouts
    r = item.readout
    assert r is not None and r == _one("us_call_dirty.txt")[0]
    text = r.full_text()
    for junk in (
        "cookies",
        "Facebook",
        "Print",
        "reserved",
        "Skip to",
        "\u200b",
        "\u00ad",
        "\u00a0",
        "\r",
    ):
        assert junk not in text
    assert "Netherlands." in r.summary  # the soft hyphen joined the word again
    assert "“strong leadership”" in r.sections[0].paragraphs[0]
    assert (r.source.publisher, r.source.category) == ("The White House", "Statements and Releases")


def test_uk_standfirst_is_not_repeated_and_co_publisher_is_dropped() -> None:
    r, _, _ = _one("uk_starmer_call.txt")
    assert r.title == "PM call with President Virtanen of Finland"
    assert r.source.publisher == "Prime Minister's Office, 10 Downing Street"
    assert r.summary.count("spoke to") == 1
    assert "Crown copyright" not in r.full_text()


def test_japan_time_beside_local_time_is_noted() -> None:
    _, _, notes = _one("mofa_attendees_24h.txt")
    assert "start time is local; the text also gives 15:10 Japan time" in notes


def test_dateline_place_is_used_and_noted() -> None:
    [item] = import_text(
        "Kuala Lumpur, 26 May 2025\n\nPrime Minister A B of Malaysia met "
        "President C D of Peru today."
    ).readouts
    assert item.readout is not None and item.readout.location == "Kuala Lumpur"
    [mark] = [m for m in item.readout.review if m.field == "location"]
    assert mark.text == "Kuala Lumpur" and "dateline" in mark.reason


def test_binary_garbage_is_not_a_readout() -> None:
    garbage = bytes(range(256)).decode("latin-1") * 50 + "\x00\xff\ufffd" * 100
    result = import_text(garbage, "garbage.bin")
    assert not result.is_readout and result.not_a_readout


def test_very_long_input_stays_fast() -> None:
    seed = (FIXTURES / "seed_mofa_japan_malaysia.txt").read_text("utf-8")
    for text in (seed * 100, "President " * 50_000, "On May 23, 2024 at 1:00 p.m. " * 20_000):
        began = time.perf_counter()
        import_text(text)
        assert time.perf_counter() - began < 10


# --- the steps ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "minutes"),
    [
        ("from 14:10 (local time; 15:10 Japan time) for about 45 minutes", "14:10", 45),
        ("met at 1410 hrs for forty-five minutes", "14:10", 45),
        ("began at 09.30 hrs and lasted over two hours", "09:30", 120),
        ("at 14h30, for an hour", "14:30", 60),
        ("at 11:05 p.m. Japan time (10:05 a.m. local time)", "10:05", None),
        ("held a 45-minute call", None, 45),
        ("an hour-long meeting", None, 60),
        ("for twenty-five minutes", None, 25),
        ("growth at 10.50 per cent", None, None),
        # Only the home clock: kept, and its zone recorded (test below), not taken for local time.
        ("from 9:30 p.m. (Japan time), in Paris", "21:30", None),
    ],
)
def test_clock_and_duration_forms(text: str, start: str | None, minutes: int | None) -> None:
    t, m = timing(text)
    assert (t.strftime("%H:%M") if t else None, m) == (start, minutes)


def test_a_start_given_only_in_the_home_clock_keeps_its_zone() -> None:
    assert start_zone("from 9:30 p.m. (Japan time), in Paris") == "Japan time"


def test_a_call_keeps_the_home_clock_with_a_note() -> None:
    start, _, note = timing_with_note("from 9:30 p.m. (Japan time)", remote=True)
    assert start == dt.time(21, 30) and "Japan time" in note


def test_bare_numbers_are_not_clocks() -> None:
    assert find_clocks("The two sides signed 14 agreements worth 10.50 billion.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Share this page",
        "Facebook Twitter LinkedIn Email",
        "Print",
        "Skip to main content",
        "© Crown copyright",
        "Copyright 2024 Ministry. All rights reserved.",
        "We use some essential cookies to make this website work.",
        "Cookies on GOV.UK",
        "Is this page useful? Yes No",
    ],
)
def test_noise_lines(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "The leaders discussed copyright protection and the digital economy.",
        "Prime Minister Kishida said that Japan would share its experience.",
    ],
)
def test_body_lines_are_not_noise(line: str) -> None:
    assert not is_noise(line)


def test_photo_lines_become_photos() -> None:
    page = strip_furniture("Photo: Cabinet Public Affairs Office\nPhoto credit: PIB\nBody.")
    assert [(p.caption, p.credit) for p in page.photos] == [
        ("", "Cabinet Public Affairs Office"),
        ("", "PIB"),
    ]
    assert page.lines == ("Body.",)


def test_publisher_from_breadcrumb_and_from_line() -> None:
    page = strip_furniture("Home > Briefing Room > Statements and Releases\nBody.")
    assert page.publisher is not None and page.publisher.country == "US"
    found = publisher_of_line(
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir A B MP"
    )
    assert found is not None and found.country == "GB"
    assert publisher_of_line("Prime Minister of Canada and President of Mexico meet") is None


def test_mofa_relations_category_names_the_publisher() -> None:
    page = strip_furniture("Japan-Peru Relations\n\nBody.")
    assert page.publisher is not None and page.publisher.name == (
        "Ministry of Foreign Affairs of Japan"
    )


def test_normalise_drops_control_characters_and_odd_line_breaks() -> None:
    assert normalise("a\x00b\x0cc\u2028d\u00ade\r") == "ab\nc\nde"


def test_headline_skips_site_labels() -> None:
    assert pick_title(
        [
            "Government of India",
            "Prime Minister meets President of Ghana",
            "Prime Minister Shri A B held talks today.",
        ]
    ) == ("Prime Minister meets President of Ghana", 1)
    assert pick_title(["Weekly Recipes", "Mix the flour."]) == ("Weekly Recipes", 0)
    assert pick_title(["A lead sentence only."]) == ("", -1)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Kuala Lumpur, 26 May 2025", "Kuala Lumpur"),
        ("NEW DELHI, May 23, 2024", "New Delhi"),
        ("Thursday, May 23, 2024", ""),
        ("Prime Minister, 26 May 2025", ""),
        ("On 26 May 2025, the leaders met.", ""),
    ],
)
def test_place_of_dateline(line: str, place: str) -> None:
    assert place_of_dateline(line) == place


def test_weekday_and_ordinal_datelines() -> None:
    assert dateline("Thursday, May 23, 2024") is not None
    assert dateline("23rd May, 2024") is not None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "On the sidelines of the G20 Summit in Rio de Janeiro, Prime Minister X met Y.",
            "Rio de Janeiro",
        ),
        ("They met in Washington, D.C. on May 2.", "Washington, D.C."),
        ("Leaders met in Tokyo, Kishida said.", "Tokyo"),
        ("The leaders met in Apulia, Italy.", "Apulia, Italy"),
    ],
)
def test_location_forms(lead: str, place: str) -> None:
    assert find_location(lead) == place


def test_setting_is_not_the_kind() -> None:
    assert without_setting("met on the sidelines of the G20 Summit in Rio.").strip(" .") == "met"
    people = [
        Participant("A", role="Prime Minister of Japan", country="JP"),
        Participant("B", role="President of Brazil", country="BR"),
    ]
    assert (
        kind_of(
            "Prime Minister meets President on the sidelines of the G20 Summit",
            "Prime Minister A met President B.",
            people,
        )
        == "summit"
    )


def test_kind_from_party_count_and_joint_statements() -> None:
    assert kind_of("Leaders' Statement", "The leaders met.", [], party_count=7) == "multilateral"
    assert kind_of("Joint Statement of Japan and Peru", "", []) == "other"


def test_an_envoy_is_not_a_leader() -> None:
    people = [
        Participant("A", role="Crown Prince of Qatar", country="QA"),
        Participant("B", role="Special Envoy of the Prime Minister of Malaysia", country="MY"),
    ]
    assert kind_of("", "A met with B.", people) == ""


def test_courtesy_call_is_other() -> None:
    assert kind_of("", "Mr. A received a courtesy call from Mr. B.", []) == "other"


def test_attendee_lists() -> None:
    people = find_attendees(
        [
            "Attendees: Japanese side: Mr. A B (Prime Minister), Mr. C D (Ambassador)",
            "Indian side: Shri E F, External Affairs Minister; Dr. G H, Secretary",
            "1. Bilateral relations",
        ]
    )
    assert [(p.honorific, p.name, p.role, p.country) for p in people] == [
        ("Mr.", "A B", "Prime Minister", "JP"),
        ("Mr.", "C D", "Ambassador", "JP"),
        ("Shri", "E F", "External Affairs Minister", "IN"),
        ("Dr.", "G H", "Secretary", "IN"),
    ]
    assert find_attendees(["The attendees enjoyed lunch."]) == []


def test_merge_keeps_principals_once() -> None:
    principal = Participant("SATO Ichiro", "Mr.", "Minister for Foreign Affairs of Japan", "JP")
    merged = merge_people(
        [principal],
        [
            Participant("SATO Ichiro", "Mr.", "Minister", "JP"),
            Participant("TANAKA Ken", "Mr.", "Ambassador", "JP"),
        ],
    )
    assert [p.name for p in merged] == ["SATO Ichiro", "TANAKA Ken"]
    assert merged[0] is principal


def test_particles_do_not_make_two_people_one() -> None:
    people = find_participants(
        "His Highness Sheikh Khalid bin Saud Al Nasser, Crown Prince of the State of Qatar, met "
        "with Tan Sri Dr. Farid bin Osman, Special Envoy of the Prime Minister of Malaysia."
    )
    assert [(p.honorific, p.name, p.country) for p in people] == [
        ("His Highness Sheikh", "Khalid bin Saud Al Nasser", "QA"),
        ("Tan Sri Dr.", "Farid bin Osman", "MY"),
    ]


def test_honorific_before_the_role_and_long_of_phrases() -> None:
    people = find_participants(
        "His Majesty King Olav of Norway met Minister of Foreign Affairs Ms. Helen de Vries of "
        "the Kingdom of the Netherlands."
    )
    assert [(p.honorific, p.name, p.country) for p in people] == [
        ("His Majesty", "Olav", "NO"),
        ("Ms.", "Helen de Vries", "NL"),
    ]


def test_parties_from_a_list_of_leaders() -> None:
    assert listed_parties(
        "The leaders of Canada, France, Germany and the United Kingdom, "
        "together with the EU, met in Paris."
    ) == ["CA", "FR", "DE", "GB"]
    assert listed_parties("The leaders of industry met.") == []
