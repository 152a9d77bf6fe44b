"""The topic taxonomy: tagging sections by their text, acronyms, lookup and completion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.core.model.readout import Readout, Section
from summit_tui.core.reference import topics
from summit_tui.core.reference.topics import Taxonomy, default_taxonomy, normalise


@pytest.fixture
def tax() -> Taxonomy:
    return default_taxonomy()


@pytest.fixture
def seed(seed_path: Path) -> Readout:
    return load_readout(seed_path)


def test_shipped_taxonomy_loads_with_normalised_names(tax: Taxonomy) -> None:
    assert len(tax.names) >= 20
    assert list(tax.names) == sorted(tax.names)
    assert all(name == normalise(name) for name in tax.names)
    for name, words in tax.keywords.items():
        assert words[0] == name  # the topic's own name always counts
        assert len(set(words)) == len(words)


def test_seed_section_tags(tax: Taxonomy, seed: Readout) -> None:
    intro, bilateral, regional = (tax.tag(s.text()) for s in seed.sections)
    assert "bilateral relations" in intro and "rule of law" in intro
    # "rare earths" -> critical minerals, "decarbonization" -> energy transition
    for topic in (
        "critical minerals",
        "energy transition",
        "defence and security",
        "maritime security",
        "economic security",
        "digital and cyber",
    ):
        assert topic in bilateral
    # "the abduction issue", "nuclear and missile issues" -> north korea
    for topic in (
        "north korea",
        "ukraine",
        "middle east",
        "maritime security",
        "regional and international issues",
    ):
        assert topic in regional
    assert "north korea" not in bilateral
    assert "critical minerals" not in regional


def test_section_topics_follow_reading_order(seed: Readout) -> None:
    per_section = topics.section_topics(seed)
    assert len(per_section) == len(list(seed.all_sections())) == 3
    assert "critical minerals" in per_section[1]


def test_readout_topics_put_the_readouts_own_first(seed: Readout) -> None:
    found = topics.readout_topics(seed)
    assert found[: len(seed.topics)] == [normalise(t) for t in seed.topics]
    assert len(found) == len(set(found))


def test_readout_topics_add_tagged_ones_after_declared() -> None:
    r = Readout(
        id="x",
        title="T",
        date=dt.date(2031, 1, 2),
        topics=("Fisheries Talks",),
        sections=(Section(paragraphs=("They discussed rare earths.",)),),
    )
    assert topics.readout_topics(r) == ["fisheries talks", "critical minerals"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("cooperation on rare earths", "critical minerals"),
        ("a rare-earth supply", "critical minerals"),
        ("Rare Earth processing", "critical minerals"),
        ("decarbonization of industry", "energy transition"),
        ("Decarbonisation", "energy transition"),
        ("the abduction issue", "north korea"),
        ("the nuclear and missile issues", "north korea"),
        ("the Self-Defence Forces", "defence and security"),
        ("capacity-building assistance", "development cooperation"),
        ("capacity building", "development cooperation"),
        ("supply chains", "economic security"),
        ("a 2+2 meeting", "defence and security"),
    ],
)
def test_keywords_tag_text(tax: Taxonomy, text: str, topic: str) -> None:
    assert topic in tax.tag(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("OSA", "defence and security"),
        ("ODA loans", "development cooperation"),
        ("the AZEC framework", "energy transition"),
        ("COP 29", "climate change"),
        ("G7 leaders", "g7 and g20"),
        ("the DPRK", "north korea"),
    ],
)
def test_acronyms_match_in_capitals(tax: Taxonomy, text: str, topic: str) -> None:
    assert topic in tax.tag(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the osa", "defence and security"),
        ("Osa", "defence and security"),
        ("coda and oda", "development cooperation"),
        ("a cop on the beat", "climate change"),
        ("g7", "g7 and g20"),
        ("the dprk", "north korea"),
        ("Azec", "energy transition"),
    ],
)
def test_acronyms_do_not_match_in_lower_case(tax: Taxonomy, text: str, topic: str) -> None:
    assert topic not in tax.tag(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the traders", "trade and investment"),  # only "s"/"es" endings, whole words
        ("prehealthcare", "health"),
        ("a cyberspace", "digital and cyber"),
        ("metadata digitally", "digital and cyber"),
        ("abduction", "north korea"),  # needs "abduction issue" or "abductions"
    ],
)
def test_keywords_match_whole_words_only(tax: Taxonomy, text: str, topic: str) -> None:
    assert topic not in tax.tag(text)


def test_tag_returns_taxonomy_order_without_duplicates(tax: Taxonomy) -> None:
    text = "North Korea, rare earths, rare earths and the DPRK, and trade"
    tagged = tax.tag(text)
    assert len(tagged) == len(set(tagged))
    order = list(tax.keywords)
    assert tagged == sorted(tagged, key=order.index)


def test_spans_point_at_the_keywords(tax: Taxonomy) -> None:
    text = "energy transition and decarbonization"
    spans = tax.spans(text, "energy transition")
    assert [text[a:b] for a, b in spans] == ["energy transition", "decarbonization"]
    assert tax.spans(text, "no such topic") == []


def test_lookup(tax: Taxonomy) -> None:
    assert tax.lookup("energy transition") == "energy transition"
    assert tax.lookup("  Energy   TRANSITION ") == "energy transition"
    assert tax.lookup("energy") is None
    assert tax.lookup("decarbonization") is None  # keywords are not topic names


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("enrgy transition", "energy transition"),
        ("critical mineral", "critical minerals"),
        ("North Korae", "north korea"),
        ("helth", "health"),
        ("helt", None),  # under five letters: no guess
        ("xyzzy plugh", None),
    ],
)
def test_fuzzy_lookup(tax: Taxonomy, term: str, expected: str | None) -> None:
    assert tax.fuzzy_lookup(term) == expected


def test_complete(tax: Taxonomy) -> None:
    assert tax.complete("ener") == ["energy transition"]
    assert tax.complete("Mar") == ["maritime security"]
    # names that start with the prefix come before those that only contain it
    found = tax.complete("security")
    assert set(found) >= {"defence and security", "economic security", "maritime security"}
    assert tax.complete("north")[0] == "north korea"
    assert tax.complete("zzz") == []
    starts_then_contains = tax.complete("d")
    first_contains = next(i for i, n in enumerate(starts_then_contains) if not n.startswith("d"))
    assert all(n.startswith("d") for n in starts_then_contains[:first_contains])
    assert not any(n.startswith("d") for n in starts_then_contains[first_contains:])


def test_taxonomy_from_yaml() -> None:
    tax = Taxonomy.from_yaml("Ocean Affairs:\n  - fisheries\n  - IUU\nempty topic:\n")
    assert tax.names == ("empty topic", "ocean affairs")
    assert tax.keywords["ocean affairs"] == ("ocean affairs", "fisheries", "IUU")
    assert tax.tag("Ocean affairs and fisheries") == ["ocean affairs"]
    assert tax.tag("IUU fishing") == ["ocean affairs"]
    assert tax.tag("iuu fishing") == []
    assert tax.tag("an empty topic") == ["empty topic"]


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n"])
def test_taxonomy_must_be_a_mapping(text: str) -> None:
    with pytest.raises(ValueError, match="mapping of topic to keywords"):
        Taxonomy.from_yaml(text)


def test_empty_taxonomy_tags_nothing() -> None:
    tax = Taxonomy.from_yaml("")
    assert tax.names == ()
    assert tax.tag("rare earths") == []
