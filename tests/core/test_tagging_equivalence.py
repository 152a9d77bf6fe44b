"""The one-pass taggers (topics, country mentions) give exactly what the regexes give."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui.core.files.reading import derive
from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.core.model.readout import Readout, Section
from summit_tui.core.reference import countries, topics
from summit_tui.core.reference.case_folding import _CASE_VARIANTS


def regex_tag(text: str) -> list[str]:
    """The reference: every topic's regex searched over the text."""
    return [t for t, p in topics.default_taxonomy()._patterns if p.search(text)]


def regex_readout(readout: Readout) -> tuple[list[str], list[list[str]], list]:
    """Readout topics, section topics and country mentions as the regexes find them."""
    own = [topics.normalise(t) for t in readout.topics]
    own += [t for t in regex_tag(readout.full_text()) if t not in own]
    sections = [regex_tag(s.text()) for _, s in readout.all_sections()]
    return own, sections, countries._find_with_regexes(readout.full_text())


def derives_as_the_regexes(readout: Readout) -> None:
    """``derive`` (one scan for topics and country names) gives what the regexes give."""
    own, sections, found = regex_readout(readout)
    mentions = list(dict.fromkeys([*readout.mentions, *(c.code for c, _, _ in found)]))
    entry = derive(readout, "x.yaml")
    assert list(entry.topics) == own
    assert [list(t) for t in entry.section_topics] == sections
    assert list(entry.mentions) == [c for c in mentions if c not in readout.countries]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generate: ModuleType) -> list[Readout]:
    """A sample of the benchmark corpus (the same generator, a small count)."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = generate.generate(folder, 150, seed=20240523, processes=1)
    return [load_readout(p) for p in paths]


def test_generated_corpus_tags_identically(generated: list[Readout]) -> None:
    assert len(generated) == 150
    for readout in generated:
        text, spans = topics.text_layout(readout)
        assert text == readout.full_text()
        assert [text[a:b] for a, b in spans] == [s.text() for _, s in readout.all_sections()]
        ours = (*topics.tag_readout(readout, None, text, spans), countries.find_in_text(text))
        assert ours == regex_readout(readout), readout.id
        derives_as_the_regexes(readout)


def test_seed_readout_tags_identically(seed_path: Path) -> None:
    readout = load_readout(seed_path)
    text = readout.full_text()
    ours = (*topics.tag_readout(readout), countries.find_in_text(text))
    assert ours == regex_readout(readout)


TRICKY = [
    "maritime law enforcement and maritime-law\nenforcement",
    "self defence forces",  # the keyword's own hyphen is required
    "self-defence forces; Self-Defense  Forces",
    "people to people exchanges, people-to-people   exchanges",
    "cooperation, scope, COP28, the COP 28, cop",
    "today ODA, oda, Odas, ODAs",
    "the 2+2 talks, 2+2s, 12+2",
    "maritimes maritimees xmaritime maritime_ _maritime",
    "South China Sea; south  china\nseas; China; EAST CHINA SEA",
    "New South Wales, Wales, New\tMexico, Mexico, Latin Americans, America",
    "U.S. and US and USA. and U.S.A., .UK, UK-Japan, the UK's",
    "Korea-Japan, Japan–Korea, Guinea-Bissau, Guinean, Nigerian, Niger",
    "Côte d'Ivoire, CÔTE D'IVOIRE, Türkiye, TÜRKIYE, Curaçao, Åland Islands",
    "İstanbul, İNDIA, India",  # dotted capital I lowers to two characters
    "Malaſia, maritimſ, Kenya with a Kelvin sign: \u212aenya",  # case variants
    "ΣΕΑ, Greek text, Индия, and energy\u00a0transition with a no-break space",
    "rare earths, rare-earth, critical\u2009minerals, net-zero, net zero",
    "",
    "   ",
    "-",
    "Indo-Pacific: free and open Indo-Pacific, FREE AND OPEN INDO PACIFIC",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_tags_identically(text: str) -> None:
    tax = topics.default_taxonomy()
    assert tax.tag(text) == regex_tag(text)
    assert countries.find_in_text(text) == countries._find_with_regexes(text)
    readout = Readout(
        id="x",
        title=text,
        date=dt.date(2030, 1, 1),
        sections=(
            Section(
                heading=text,
                paragraphs=(text, text[::-1]),
                subsections=(Section(), Section(paragraphs=(text,))),
            ),
        ),
    )
    own, per_section, _ = regex_readout(readout)
    assert topics.tag_readout(readout) == (own, per_section)
    derives_as_the_regexes(readout)


def test_case_variant_guard_covers_the_regex_engine() -> None:
    casefix = pytest.importorskip("re._casefix")
    variants = {ch for k, vs in casefix._EXTRA_CASES.items() for ch in (k, *vs) if ch > 127}
    assert all(_CASE_VARIANTS.match(chr(ch)) for ch in variants)
    assert re.compile("(?i)s").match("\u017f")  # why the guard exists


def test_separator_table_is_what_the_regex_calls_a_separator() -> None:
    table = topics._SEPARATOR_TO_SPACE
    assert {c for c in range(0x110000) if re.fullmatch(r"[\s-]", chr(c))} == set(table)


def test_quick_spacing_is_the_separator_table() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert topics._spaced(every) == every.translate(topics._SEPARATOR_TO_SPACE)
    assert topics._spaced("a-b\tc\u3000d") == "a b c d"


def test_word_spacing_is_what_the_regex_calls_a_word_character() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    expected = "".join(ch if re.match(r"\w", ch) else " " for ch in every)
    assert topics._word_spaced(every) == expected
    assert topics._word_spaced("ab") == "ab"  # text that is all ASCII takes the short way


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab \n-\t\x85\xa0\u2028\u3000é’漢\ud800")))
def test_quick_spacing_of_any_text(text: str) -> None:
    assert topics._spaced(text) == text.translate(topics._SEPARATOR_TO_SPACE)


def test_place_words_cover_every_word_of_every_place() -> None:
    # A name is checked against the places only when it starts with one of these words.
    pattern = re.sub(r"\\[sw][+*]|\?", " ", countries._NOT_MENTIONS.pattern)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", pattern)}
    assert all(w.startswith(countries._NOT_MENTIONS_PARTS) for w in words), words


PLACES = [
    "the South China Sea and China",
    "New Jersey, Jersey",
    "Sea of Japan; Japan",
    "the Korean Peninsula, Korean",
    "Latin Americans and Americans",
    "New South Wales, Wales",
    "South China Sea of Japan",
    "east china  seas",
    "INDIAN OCEAN, Indian, India",
]


@pytest.mark.parametrize("text", PLACES)
def test_places_are_no_mentions_as_the_regexes_say(text: str) -> None:
    assert countries.find_in_text(text) == countries._find_with_regexes(text)
    derives_as_the_regexes(Readout(id="x", title=text, date=dt.date(2030, 1, 1)))


def _places(haystack: str, words: list[str]) -> list[tuple[int, int]]:
    """Where a plain search finds each word in the haystack starting a word (the character
    before it is not a word character): (start, stop), sorted."""
    return sorted(
        {
            (i, i + len(w))
            for w in words
            for i in range(len(haystack))
            if haystack.startswith(w, i) and not (i and re.match(r"\w", haystack[i - 1]))
        }
    )


def _well_formed(words: list[str]) -> list[str]:
    return [w for w in words if w.strip(" -") == w and "  " not in w.replace("-", " ")]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.sampled_from("abAB -\n\t\u2028\u0130._'(\u2019\u00e9\u201c"), max_size=40),
    names=st.lists(
        st.text(st.sampled_from("ab -._'\u2019\u00e9"), min_size=1, max_size=6), max_size=6
    ),
    exact=st.lists(st.text(st.sampled_from("aAbB -._'("), min_size=1, max_size=6), max_size=6),
)
def test_scan_finds_every_place_a_word_starts_as_written(
    text: str, names: list[str], exact: list[str]
) -> None:
    names, exact = _well_formed(names), _well_formed(exact)
    # The words written into the text too, after any character of it: random text alone
    # seldom holds them.
    text = "".join(f"{ch}{w}" for ch, w in zip(text, [*names, *exact] * 3, strict=False)) + text
    scan = topics.scan(text, frozenset(names), frozenset(exact))
    if scan is None:  # the dotted capital I lowers to two characters
        assert len(text.lower()) != len(text)
        return
    assert sorted(scan.names) == _places(text.lower(), names)
    assert sorted(scan.exact) == _places(text, exact)


# Every ASCII character, and some others, each before and after a name and a keyword.
NEIGHBOURS = [chr(c) for c in range(32, 127)] + list("\u2019\u201c\u2014\u00e9\u00a0\u3002\u4e00_")


@pytest.mark.parametrize("ch", NEIGHBOURS)
def test_scan_finds_a_word_after_any_character_that_ends_a_word(ch: str) -> None:
    text = f"{ch}malaysia{ch} {ch}maritime security{ch} {ch}u.s.{ch}"
    scan = topics.scan(text, frozenset(["malaysia"]), frozenset(["u.s."]))
    assert scan is not None
    starts = not re.match(r"\w", ch)
    assert sorted(scan.names) == ([(1, 9)] if starts else [])
    assert sorted(scan.exact) == ([(len(text) - 5, len(text) - 1)] if starts else [])
    assert topics.default_taxonomy().tag(text) == regex_tag(text)
    derives_as_the_regexes(Readout(id="x", title=text, date=dt.date(2030, 1, 1)))


@pytest.mark.parametrize("word", [" lead", "trail-", "dou  ble", "dou- ble", "", "\u0130x"])
def test_scan_refuses_a_word_it_could_miss(word: str) -> None:
    with pytest.raises(ValueError, match="a word must"):
        topics.scan("text", frozenset([word]))
    with pytest.raises(ValueError, match=r"a word must|must be ASCII"):
        topics.scan("text", exact=frozenset([word]))


def test_scan_refuses_an_exact_word_outside_ascii() -> None:
    with pytest.raises(ValueError, match="must be ASCII"):
        topics.scan("text", exact=frozenset(["ΣΑ"]))
