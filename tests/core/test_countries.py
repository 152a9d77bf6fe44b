"""Country names, codes, aliases and demonyms; countries named in free text."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.core.reference import countries


def code(term: str, **kwargs: bool) -> str | None:
    found = countries.lookup(term, **kwargs)
    return found.code if found else None


def codes_in(text: str) -> list[str]:
    return countries.mentioned_codes(text)


@pytest.mark.parametrize(
    "term",
    ["malaysia", "Malaysia", "MALAYSIA", "MY", "MYS", "mys", "Malaysian", "my", " Malaysia "],
)
def test_malaysia_in_every_form(term: str) -> None:
    assert code(term) == "MY"


def test_strict_codes_take_two_letter_codes_in_capitals_only() -> None:
    assert code("MY", strict_codes=True) == "MY"
    assert code("my", strict_codes=True) is None
    assert code("My", strict_codes=True) is None
    assert code("us", strict_codes=True) is None
    assert code("in", strict_codes=True) is None
    assert code("no", strict_codes=True) is None
    # names, demonyms and three-letter codes are not affected
    assert code("malaysia", strict_codes=True) == "MY"
    assert code("Malaysian", strict_codes=True) == "MY"
    assert code("MYS", strict_codes=True) == "MY"


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("ROK", "KR"),
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
        ("south korea", "KR"),
        ("DPRK", "KP"),
        ("North Korea", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic People’s Republic of Korea", "KP"),  # typographic apostrophe
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("United Kingdom", "GB"),
        ("British", "GB"),
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("American", "US"),
        ("PRC", "CN"),
        ("China", "CN"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("turkiye", None),  # no diacritic folding: exact lookup only
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Iran", "IR"),
        ("Kosovo", "XK"),
        ("Nigerian", "NG"),  # not Niger
        ("Niger", "NE"),
        ("Norway", "NO"),
        ("NO", "NO"),
        ("Atlantis", None),
        ("", None),
        ("   ", None),
        ("...", None),
    ],
)
def test_lookup(term: str, expected: str | None) -> None:
    assert code(term) == expected


def test_every_iso_code_and_display_name_resolves_to_its_own_country() -> None:
    # Readouts store alpha-2 codes and the loader resolves them with lookup(): a code or a
    # name taken by another country's alias would silently move a readout.
    for c in countries.all_countries():
        assert code(c.code) == c.code, c
        assert code(c.alpha3) == c.code, c
        assert code(c.name) == c.code, c


def test_get_and_name_of() -> None:
    assert countries.get("my").name == "Malaysia"
    assert countries.get("MYS").code == "MY"
    assert countries.get("Malaysia") is None  # codes only
    assert countries.name_of("KR") == "South Korea"
    assert countries.name_of("GB") == "United Kingdom"
    assert countries.name_of("ZZ") == "ZZ"


def test_all_countries_sorted_and_unique() -> None:
    all_ = countries.all_countries()
    assert len(all_) >= 249
    assert [c.name for c in all_] == sorted(c.name for c in all_)
    assert len({c.code for c in all_}) == len(all_)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("malasia", "MY"),
        ("Malaysai", "MY"),
        ("Phillipines", "PH"),
        ("Indonesai", "ID"),
        ("Japna", None),
        ("xyzzyq", None),
    ],
)
def test_fuzzy_lookup(term: str, expected: str | None) -> None:
    found = countries.fuzzy_lookup(term)
    assert (found.code if found else None) == expected


def test_fuzzy_lookup_prefers_exact_matches() -> None:
    assert countries.fuzzy_lookup("Niger").code == "NE"
    assert countries.fuzzy_lookup("MY").code == "MY"


def test_complete() -> None:
    names = [c.name for c in countries.complete("mal")]
    # names first, then a country whose other form matches ("Malagasy")
    assert names == ["Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Madagascar"]
    assert "MY" in [c.code for c in countries.complete("Mal")]
    assert [c.code for c in countries.complete("kor")] == ["KP", "KR"]
    assert countries.complete("zzzz") == []
    assert len(countries.complete("", limit=7)) == 7


def test_complete_by_alias_or_code_ranks_name_matches_first() -> None:
    found = [c.code for c in countries.complete("u")]
    assert "GB" in found  # via "UK"
    first_non_name = next(
        i for i, c in enumerate(countries.complete("u")) if not c.name.lower().startswith("u")
    )
    assert all(c.name.lower().startswith("u") for c in countries.complete("u")[:first_non_name])


# --- countries named in text ---------------------------------------------------------------


@pytest.fixture
def seed_paragraph(seed_path: Path) -> str:
    """Section 3 of the seed: the regional and international issues."""
    return load_readout(seed_path).sections[2].paragraphs[0]


def test_seed_paragraph_mentions(seed_paragraph: str) -> None:
    assert codes_in(seed_paragraph) == ["IL", "PS", "UA", "KP"]


def test_seed_paragraph_spans_are_the_words(seed_paragraph: str) -> None:
    found = [(c.code, seed_paragraph[a:b]) for c, a, b in countries.find_in_text(seed_paragraph)]
    assert found == [
        ("IL", "Israel"),
        ("PS", "Palestine"),
        ("UA", "Ukraine"),
        ("KP", "North Korea"),
    ]


def test_south_china_sea_is_not_china(seed_paragraph: str) -> None:
    assert "CN" not in codes_in(seed_paragraph)
    assert codes_in("the South China Sea") == []
    assert codes_in("in the East and South China Seas") == []
    assert codes_in("the Sea of Japan") == []
    assert codes_in("the Korean Peninsula") == []
    assert codes_in("China and the South China Sea") == ["CN"]


def test_hyphenated_pairs_give_both() -> None:
    assert codes_in("the Israel-Palestine situation") == ["IL", "PS"]
    assert codes_in("a Japan-Malaysia Summit") == ["JP", "MY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with the U.S. on trade", ["US"]),
        ("Let us work together", []),
        ("He told us about it", []),
        ("cooperation with the UK", ["GB"]),
        ("in the uk", []),
        ("the DPRK's missile launches", ["KP"]),
        ("the ROK and Japan", ["KR", "JP"]),
        ("the PRC", ["CN"]),
        ("In India, in principle", ["IN"]),
        ("no objection", []),
        ("Niger and Nigeria", ["NE", "NG"]),
        ("Malaysian Armed Forces", ["MY"]),
        ("Democratic Republic of the Congo", ["CD"]),
        ("Papua New Guinea", ["PG"]),
        ("Türkiye (Turkey)", ["TR"]),
        ("New Mexico", []),
        ("", []),
    ],
)
def test_mentions_in_text(text: str, expected: list[str]) -> None:
    assert codes_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with the US on trade", ["US"]),
        ("The UK and US", ["GB", "US"]),
        ("US-Japan relations", ["US", "JP"]),
        ("the USA", ["US"]),
    ],
)
def test_us_in_capitals_counts_as_a_mention(text: str, expected: list[str]) -> None:
    assert codes_in(text) == expected


def test_the_word_us_is_never_a_mention() -> None:
    assert codes_in("Let us go, all of us, thus, Us and uS") == []


def test_find_in_text_spans_in_order_of_appearance() -> None:
    text = "Ukraine, then Malaysia, then Ukraine again"
    found = countries.find_in_text(text)
    assert [(c.code, text[a:b]) for c, a, b in found] == [
        ("UA", "Ukraine"),
        ("MY", "Malaysia"),
        ("UA", "Ukraine"),
    ]
    assert codes_in(text) == ["UA", "MY"]


def test_names_inside_longer_words_do_not_count() -> None:
    assert codes_in("Omanis") == []  # demonym not listed; "Oman" inside a word must not count
    assert codes_in("Chinatown") == []
    assert codes_in("Indiana") == []
