"""The search index: matching, operators, fields, facets, ordering, highlights and snippets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from summit_tui.core.files.reading import derive, load_entry
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Participant, Readout, Section
from summit_tui.core.search.filters import FACETS, Filters
from summit_tui.core.search.highlights import short_label
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import QueryError

DATA = Path(__file__).resolve().parents[2] / "data"
SEED = "2024-05-23-japan-malaysia-summit-meeting.yaml"


def make(
    rid: str,
    date: str,
    countries: tuple[str, ...],
    *sections: tuple[str, str],
    kind: str = "summit",
    summary: str = "",
    people: tuple[str, ...] = (),
    title: str = "",
) -> Entry:
    """A small fictional readout for the tests, with derived topics and mentions."""
    readout = Readout(
        id=rid,
        title=title or f"Talks of {date}",
        date=dt.date.fromisoformat(date),
        kind=kind,
        countries=countries,
        participants=tuple(Participant(name=p) for p in people),
        summary=summary,
        sections=tuple(
            Section(heading=h, number=str(i + 1), paragraphs=(p,))
            for i, (h, p) in enumerate(sections)
        ),
    )
    return derive(readout, f"{rid}.yaml")


@pytest.fixture(scope="module")
def seed() -> Entry:
    entry = load_entry(DATA, SEED)
    assert isinstance(entry, Entry)
    return entry


@pytest.fixture(scope="module")
def index(seed: Entry) -> SearchIndex:
    return SearchIndex(
        [
            seed,
            make(
                "fr-br",
                "2023-11-02",
                ("FR", "BR"),
                ("Climate", "The leaders discussed the energy transition and forests."),
                ("Regional affairs", "They spoke about Ukraine and the rule of law."),
                kind="telephone-talk",
                people=("Jean Dupont", "Maria Silva"),
            ),
            make(
                "de-in",
                "2024-02-10",
                ("DE", "IN"),
                ("Trade", "Maritime trade routes and supply chains were reviewed."),
                kind="video-conference",
                summary="A video conference on trade.",
            ),
            make(
                "kr-us",
                "2022-06-30",
                ("KR", "US"),
                ("Security", "Talks on North Korea and missile launches. Law of the sea."),
                people=("Kim Min",),
            ),
        ]
    )


def ids(results: Sequence[Entry]) -> list[str]:
    """The readout ids of results, in order."""
    return [e.id for e in results]


SEED_ID = "2024-05-23-japan-malaysia-summit-meeting"


@pytest.mark.parametrize("term", ["malaysia", "MALAYSIA", "MY", "MYS", "Malaysian", "malasia"])
def test_country_by_name_code_alias_and_typo(index: SearchIndex, term: str) -> None:
    assert ids(index.search(term)) == [SEED_ID]


def test_lowercase_two_letter_words_are_not_codes(index: SearchIndex) -> None:
    assert ids(index.search("br ")) == []  # a word in no text, not Brazil
    assert ids(index.search("BR")) == ["fr-br"]


def test_brazil_on_the_seed_alone_finds_nothing(seed: Entry) -> None:
    assert len(SearchIndex([seed]).search("brazil")) == 0
    assert len(SearchIndex([seed]).search("malaysia")) == 1


def test_mentioned_countries_match_free_words(index: SearchIndex) -> None:
    assert set(ids(index.search("ukraine"))) == {SEED_ID, "fr-br"}
    assert ids(index.search("mentions:KP")) == [SEED_ID, "kr-us"]


def test_words_are_anded_and_match_topics_and_text(index: SearchIndex) -> None:
    assert ids(index.search("maritime trade")) == ["de-in"]
    assert ids(index.search("maritime")) == [SEED_ID, "de-in", "kr-us"]  # topic via "sea"
    assert ids(index.search("forests")) == ["fr-br"]


def test_last_word_is_a_prefix_while_typing(index: SearchIndex) -> None:
    assert ids(index.search("marit")) == [SEED_ID, "de-in", "kr-us"]
    assert ids(index.search("routes")) == ["de-in"]
    assert ids(index.search("rout")) == ["de-in"]
    assert ids(index.search("rout ")) == []


def test_empty_query_lists_everything_newest_first(index: SearchIndex) -> None:
    assert ids(index.search("")) == [SEED_ID, "de-in", "fr-br", "kr-us"]
    assert ids(index.entries()) == ids(index.search(""))
    assert len(index) == 4


def test_phrase_needs_adjacent_words(index: SearchIndex) -> None:
    assert set(ids(index.search('"rule of law"'))) == {SEED_ID, "fr-br"}
    assert ids(index.search('"law of the sea"')) == ["kr-us"]
    assert ids(index.search('"law rule"')) == []


def test_negation_or_and_groups(index: SearchIndex) -> None:
    assert ids(index.search("ukraine -malaysia")) == ["fr-br"]
    assert ids(index.search("forests OR launches")) == ["fr-br", "kr-us"]
    assert ids(index.search("(forests OR missile) -korea")) == ["fr-br"]
    assert ids(index.search("NOT maritime")) == ["fr-br"]


def test_field_prefixes(index: SearchIndex) -> None:
    assert ids(index.search("country:MY")) == [SEED_ID]
    assert ids(index.search("country:malaysia")) == [SEED_ID]
    assert ids(index.search("country:KP")) == []  # only mentioned, not a party
    assert ids(index.search('topic:"energy transition"')) == [SEED_ID, "fr-br"]
    assert ids(index.search("person:kishida")) == [SEED_ID]
    assert ids(index.search("person:silv")) == ["fr-br"]
    assert ids(index.search("kind:telephone")) == ["fr-br"]
    assert ids(index.search("kind:video")) == ["de-in"]
    assert ids(index.search('section:"regional"')) == [SEED_ID, "fr-br"]


def test_date_fields(index: SearchIndex) -> None:
    assert ids(index.search("date:2024")) == [SEED_ID, "de-in"]
    assert ids(index.search("date:2024-01..2024-03")) == ["de-in"]
    assert ids(index.search("date:>=2023-11")) == [SEED_ID, "de-in", "fr-br"]
    assert ids(index.search("date:<2023")) == ["kr-us"]
    assert ids(index.search("date:2024-05-23")) == [SEED_ID]


def test_a_year_on_its_own_filters_by_date(index: SearchIndex) -> None:
    assert ids(index.search("japan malaysia 2024")) == [SEED_ID]
    assert ids(index.search("2024-02 trade")) == ["de-in"]
    assert ids(index.search("2024-05-23")) == [SEED_ID]
    assert ids(index.search("-2024")) == ["fr-br", "kr-us"]


def test_malformed_queries_raise_query_error(index: SearchIndex) -> None:
    for text in ('"rule of', "colour:red", "date:2024-13"):
        with pytest.raises(QueryError):
            index.search(text)


def test_typos_match_but_rank_below_exact_words() -> None:
    exact = make("exact", "2020-01-01", ("FR",), ("A", "The pipeline project."))
    typo = make("typo", "2021-01-01", ("FR",), ("A", "The pipelines project."))
    idx = SearchIndex([exact, typo])
    assert ids(idx.search("pipeline ")) == ["typo", "exact"]
    assert ids(idx.search("pipeline ", order="relevance")) == ["exact", "typo"]


def test_relevance_prefers_more_hits() -> None:
    once = make("once", "2024-01-01", ("FR",), ("A", "Fisheries were raised. Then other things."))
    many = make("many", "2020-01-01", ("FR",), ("A", "Fisheries, fisheries and fisheries."))
    idx = SearchIndex([once, many])
    results = idx.search("fisheries", order="relevance")
    assert results.ranked and results.order == "relevance"
    assert ids(results) == ["many", "once"]
    assert not idx.search("", order="relevance").ranked  # no free text: newest first


def test_filters_or_within_and_across(index: SearchIndex) -> None:
    f = Filters().toggled("countries", "MY").toggled("countries", "FR")
    assert ids(index.search("", f)) == [SEED_ID, "fr-br"]
    assert ids(index.search("", f.toggled("years", "2023"))) == ["fr-br"]
    assert f.toggled("countries", "MY").countries == frozenset({"FR"})
    assert Filters().is_empty() and not f.is_empty()


def test_facet_counts_ignore_their_own_filter(index: SearchIndex) -> None:
    results = index.search("", Filters(countries=frozenset({"MY"})))
    assert set(results.facets) == set(FACETS)
    # Other countries stay countable while Malaysia is selected...
    assert results.facets["countries"]["FR"] == 1
    assert results.facets["countries"]["MY"] == 1
    # ...while the other facets count only the filtered results.
    assert results.facets["years"] == {"2024": 1}
    assert results.facets["kinds"] == {"summit": 1}


def test_facet_counts_follow_the_query(index: SearchIndex) -> None:
    facets = index.search("maritime -launches").facets
    assert facets["years"] == {"2024": 2}
    assert facets["countries"] == {"DE": 1, "IN": 1, "JP": 1, "MY": 1}
    assert index.facet_values("years") == {"2024": 2, "2022": 1, "2023": 1}


def test_selected_value_is_listed_even_at_zero(index: SearchIndex) -> None:
    results = index.search("forests", Filters(years=frozenset({2022})))
    assert len(results) == 0
    assert results.facets["years"]["2022"] == 0


def test_index_of_and_negative_indexes(index: SearchIndex) -> None:
    results = index.search("")
    assert results.index_of("fr-br") == 2
    assert results.index_of("nope") is None
    assert index.search("forests").index_of(SEED_ID) is None
    assert results[-1].id == "kr-us"
    with pytest.raises(IndexError):
        results[4]


def test_batches_keep_newest_first_and_replace_same_id() -> None:
    idx = SearchIndex()
    idx.add([make("b", "2020-01-01", ("FR",), ("A", "alpha"))])
    first = idx.search("alpha")
    idx.add(
        [
            make("c", "2024-01-01", ("FR",), ("A", "alpha")),
            make("a", "2010-01-01", ("FR",), ("A", "alpha")),
        ]
    )
    assert ids(idx.search("alpha")) == ["c", "b", "a"]
    assert ids(first) == ["b"]  # earlier results stay as they were
    idx.add([make("b", "2020-01-01", ("FR",), ("A", "beta"))])
    assert ids(idx.search("alpha")) == ["c", "a"]
    assert ids(idx.search("beta")) == ["b"]
    idx.remove(["c"])
    assert ids(idx.search("")) == ["b", "a"]


def test_large_result_lists_are_ordered_by_month() -> None:
    entries = [
        make(f"r{i}", f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}", ("FR",), ("A", "x"))
        for i in range(3000)
    ]
    idx = SearchIndex(entries)
    results = idx.search("")
    expected = sorted(entries, key=lambda e: (e.readout.date, e.readout.title), reverse=True)
    assert len(results) == 3000
    assert [results[i].id for i in range(0, 3000, 97)] == [e.id for e in expected[::97]]
    assert results.index_of(expected[1234].id) == 1234


def test_matched_sections_and_snippet(index: SearchIndex) -> None:
    results = index.search("ukraine")
    row = results.index_of(SEED_ID)
    assert row is not None
    assert results.matched_sections(row) == (2,)
    assert "Ukraine" in results.snippet(row, 80)
    assert len(results.snippet(row, 80)) <= 82
    assert index.search("date:2024").snippet(0) == ""
    assert index.search("section:regional").matched_sections(0) == (2,)


def test_highlight_spans_cover_words_phrases_prefixes_and_countries(index: SearchIndex) -> None:
    text = "Malaysia and Malaysian maritime rule of law"
    spans = index.search('"rule of law" mal').highlight_spans(text)
    assert [text[s:e] for s, e in spans] == ["Malaysia", "Malaysian", "rule of law"]
    spans = index.search("MY").highlight_spans("Japan and Malaysia")
    assert spans == [(10, 18)]
    assert index.search("-malaysia").highlight_spans("Malaysia") == []


@pytest.fixture(scope="module")
def sectioned() -> SearchIndex:
    """Readouts where the same words sit under different headings."""
    inside = make(
        "inside",
        "2024-03-01",
        ("FR", "MY"),
        ("Bilateral relations", "Trade and fisheries."),
        ("Regional affairs", "The leaders discussed Ukraine and the rule of law."),
    )
    outside = make(
        "outside",
        "2024-02-01",
        ("FR", "MY"),
        ("Regional affairs", "The leaders discussed fisheries."),
        ("Bilateral relations", "Ukraine and the rule of law came up."),
    )
    nested = Readout(
        id="nested",
        title="Nested talks",
        date=dt.date(2024, 1, 1),
        kind="summit",
        countries=("DE", "JP"),
        sections=(
            Section(
                heading="Regional and international affairs",
                number="1",
                subsections=(
                    Section(heading="Europe", number="1.1", paragraphs=("Ukraine was raised.",)),
                ),
            ),
            Section(heading="Economy", number="2", paragraphs=("Semiconductors.",)),
        ),
    )
    return SearchIndex([inside, outside, derive(nested, "nested.yaml")])


def test_section_restricts_free_words_to_matching_sections(sectioned: SearchIndex) -> None:
    assert ids(sectioned.search("ukraine")) == ["inside", "outside", "nested"]
    assert ids(sectioned.search("section:regional ukraine")) == ["inside", "nested"]
    assert ids(sectioned.search('section:regional "rule of law"')) == ["inside"]
    assert ids(sectioned.search("section:bilateral fisheries")) == ["inside"]
    assert ids(sectioned.search("section:regional")) == ["inside", "outside", "nested"]


def test_section_scope_covers_groups_negation_prefixes_and_countries(
    sectioned: SearchIndex,
) -> None:
    assert ids(sectioned.search("section:regional (fisheries OR law)")) == ["inside", "outside"]
    # "ukraine" is elsewhere in "outside" too, but not in its regional section.
    assert ids(sectioned.search("section:regional -ukraine")) == ["outside"]
    assert ids(sectioned.search("section:regional ukr")) == ["inside", "nested"]
    assert ids(sectioned.search("ukraine section:regio")) == ["inside", "nested"]
    assert ids(sectioned.search("section:europe ukraine")) == ["nested"]
    assert ids(sectioned.search("section:economy ukraine")) == []
    assert ids(sectioned.search("section:regional ukraine country:DE")) == ["nested"]


def test_several_section_terms_must_name_one_heading(sectioned: SearchIndex) -> None:
    assert ids(sectioned.search("section:regional section:international")) == ["nested"]
    assert ids(sectioned.search("section:regional section:bilateral")) == []


def test_matched_sections_stay_inside_the_named_sections(sectioned: SearchIndex) -> None:
    results = sectioned.search("section:regional ukraine")
    assert results.matched_sections(results.index_of("inside")) == (1,)  # type: ignore[arg-type]
    # The parent's topics include its sub-sections' (Ukraine); the economy section stays out.
    assert results.matched_sections(results.index_of("nested")) == (0, 1)  # type: ignore[arg-type]
    every = sectioned.search("section:regional")
    assert every.matched_sections(every.index_of("nested")) == (0, 1)  # type: ignore[arg-type]


def test_index_text_holds_the_words_of_full_text(seed: Entry, sectioned: SearchIndex) -> None:
    from summit_tui.core.search.tokens import index_terms, index_text, words

    for entry in [seed, *sectioned.state.docs]:
        full = words(entry.readout.full_text())
        assert words(index_text(entry.readout)) == full
        assert index_terms(entry)[0] == full


def test_relevance_head_matches_a_full_ranking() -> None:
    import math

    from summit_tui.core.search.ranking import HEAD, K1, B

    text = ["fisheries " * (1 + i % 7) + "filler " * (i % 13) for i in range(1200)]
    entries = [
        make(f"r{i:04d}", f"{2000 + i % 20}-01-{1 + i % 28:02d}", ("FR",), ("A", text[i]))
        for i in range(1200)
    ]
    idx = SearchIndex(entries)
    results = idx.search("fisheries ", order="relevance")
    assert len(results) == 1200 > 4 * HEAD
    ranked = ids(results)  # every row: the head, then the lazily sorted tail

    avgdl = idx.state.total_len / len(idx.state.docs)
    idf = math.log(1 + (1200 - 1200 + 0.5) / (1200 + 0.5))

    def score(e: Entry) -> float:
        doc = idx.doc_of(e.id)
        assert doc is not None
        tf, dl = e.readout.full_text().lower().count("fisheries"), idx.state.doclen[doc]
        return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))

    newest = sorted(entries, key=lambda e: (e.readout.date, e.readout.title), reverse=True)
    expected = sorted(newest, key=lambda e: round(score(e), 9), reverse=True)
    assert ranked == [e.id for e in expected]
    assert results.index_of(ranked[5]) == 5 and results.index_of(ranked[900]) == 900


def test_scan_finds_whole_words_in_any_case() -> None:
    from summit_tui.core.search.highlights import Scan

    scan = Scan(["law", "rule\\W+of\\W+law", "mari\\w*"], r"\w")
    text = "Claw LAW, the Rule of  Law; maritime and MARINE, primary."
    assert [text[s:e] for s, e in scan.spans(text)] == ["LAW", "Rule of  Law", "maritime", "MARINE"]
    # Case folding that changes the length (ẞ -> ss, İ -> i̇) keeps offsets right.
    odd = "İİ Straẞe law"
    assert [odd[s:e] for s, e in scan.spans(odd)] == ["law"]
    assert scan.search("a LaW") and not scan.search("lawyer outlaw")
    dotted = Scan(["us"], r"[\w.]")
    assert [s for s, _ in dotted.spans("U.S. us")] == [5]


def test_marked_readouts_are_counted_and_can_be_the_only_ones() -> None:
    from summit_tui.core.files.reading import derive
    from summit_tui.core.model.readout import Readout

    entries = [
        derive(
            Readout(
                id=f"r{i}",
                title=f"Meeting {i} on trade",
                date=dt.date(2030, 1, i + 1),
                countries=("JP",),
            ),
            f"r{i}.yaml",
        )
        for i in range(4)
    ]
    index = SearchIndex(entries)
    results = index.search("trade", marked={"r1", "r3", "gone"})
    assert len(results) == 4
    assert results.facets["marked"] == {"marked": 2}
    only = index.search("trade", marked={"r1", "r3"}, only_marked=True)
    assert sorted(e.id for e in only) == ["r1", "r3"]
    assert only.facets["countries"] == {"JP": 2}
    assert "marked" not in index.search("trade").facets


def test_person_ignores_titles_and_particles(index: SearchIndex) -> None:
    for query in (
        "person:kishida",
        'person:"Mr. Fumio KISHIDA"',
        'person:"KISHIDA Fumio"',
        'person:"Dato\' Seri Anwar bin Ibrahim"',
        'person:"H.E. Anwar Ibrahim"',
        'person:"anwar ibrahim"',
    ):
        assert len(index.search(query)) >= 1, query
        assert "2024-05-23-japan-malaysia-summit-meeting" in [e.id for e in index.search(query)]
    assert len(index.search('person:"Mr. Brown"')) == 0


def test_a_hit_is_labelled_with_the_passage_that_holds_it() -> None:
    entry = make(
        "h",
        "2024-01-01",
        ("JP",),
        ("Energy", "Hydrogen was raised once."),
        ("A heading that runs on and on about hydrogen and ammonia", "Ammonia."),
        summary="Hydrogen, hydrogen and more hydrogen.",
    )
    index = SearchIndex([entry])
    assert index.search("hydrogen ").hit(0, 80) == (
        "Summary",
        "Hydrogen, hydrogen and more hydrogen.",
    )
    assert index.search("once").hit(0, 80) == ("1. Energy", "Hydrogen was raised once.")
    label, text = index.search("ammonia").hit(0, 80)
    assert (label, text) == ("2. A heading that runs on and on about…", "Ammonia.")
    assert index.search("date:2024").hit(0) == ("", "")


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        (
            "(2) In opening remarks, Prime Minister said that",
            "(2) In opening remarks, Prime Minister…",
        ),
        ("Short heading", "Short heading"),
        ("x" * 60, "x" * 39 + "…"),
        (
            "3. Bilateral relations,   economic relations and more",
            "3. Bilateral relations, economic…",
        ),
    ],
)
def test_short_labels_are_cut_at_a_word(heading: str, label: str) -> None:
    assert short_label(heading) == label
