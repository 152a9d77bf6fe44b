"""What an empty search suggests: filters to take off, words to drop, a date meant."""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.files.reading import derive
from summit_tui.core.model.readout import Readout, Section
from summit_tui.core.search.advice import advise, meant_dates
from summit_tui.core.search.filters import Filters
from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import as_typed, parse, replaced, terms


def meeting(rid: str, date: str, countries: tuple[str, ...], text: str) -> Readout:
    return Readout(
        id=rid,
        title=f"Talks {rid}",
        date=dt.date.fromisoformat(date),
        kind="summit",
        countries=countries,
        sections=(Section(heading="Talks", number="1", paragraphs=(text,)),),
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(
        [
            derive(r, f"{r.id}.yaml")
            for r in (
                meeting("jp-pe", "2025-03-04", ("JP", "PE"), "Copper and the Vision 2030 plan."),
                meeting("jp-my", "2024-05-23", ("JP", "MY"), "Rare earths and maritime security."),
                meeting("fr-my", "2018-06-01", ("FR", "MY"), "Rare earths and aircraft."),
            )
        ]
    )


def texts(advice) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {s.text: s.count for s in advice.suggestions}


def test_a_quoted_year_suggests_the_date_filter(index: SearchIndex) -> None:
    advice = advise(index, 'malaysia "2018"', Filters())
    assert advice.did_you_mean == "did you mean date:2018?"
    assert texts(advice)["did you mean date:2018?"] == 1
    assert advice.suggestions[0].text == "did you mean date:2018?"
    assert "No meeting: nothing matches 'malaysia \"2018\"'." in advice.lines()


def test_each_filter_and_word_is_tried_alone(index: SearchIndex) -> None:
    filters = Filters(countries=frozenset({"FR"}))
    advice = advise(index, "copper", filters)
    assert texts(advice) == {"take off the filter Countries: France": 1, "drop copper": 1}
    assert advice.headline == "nothing matches 'copper' with the filters on (Countries: France)"
    both = Filters(countries=frozenset({"PE", "MY"})).switched("countries")
    assert texts(advise(index, "", both)) == {
        "take off the filter Countries, all of: Malaysia, Peru": 3,
        "take any of the Countries, all of: Malaysia, Peru (a in the filter pane)": 3,
    }


def test_negated_words_fields_and_bookmarks(index: SearchIndex) -> None:
    assert texts(advise(index, "-earths country:MY", Filters())) == {
        "drop -earths": 2,
        "drop country:MY": 1,
    }
    marked = advise(index, "-earths country:MY", Filters(), marked=["jp-pe"], only_marked=True)
    assert texts(marked) == {"drop country:MY": 1}
    assert marked.headline.endswith("with the filters on (bookmarked only)")
    assert texts(advise(index, "", Filters(), marked=[], only_marked=True)) == {
        "show all meetings, not only bookmarked ones": 3
    }


def test_a_bare_year_that_was_meant_as_a_word(index: SearchIndex) -> None:
    advice = advise(index, "vision 2030", Filters())
    assert (
        texts(advice)['"2030" in quotes, to find the number as a word rather than the date 2030']
        == 1
    )
    assert texts(advice)["drop 2030"] == 1


def test_nothing_to_loosen_says_so(index: SearchIndex) -> None:
    lines = advise(index, "zzzz qqqq", Filters()).lines()
    assert "Taking off any one word or filter finds nothing either." in lines


def test_tree_helpers() -> None:
    query = parse('japan -("rule of law" OR date:2024) 2018')
    found = terms(query.root)
    assert [(as_typed(t), negated) for t, negated in found] == [
        ("japan", False),
        ('"rule of law"', True),
        ("date:2024", True),
        ("2018", False),
    ]
    phrase = found[1][0]
    smaller = replaced(query.root, phrase, None)
    assert [as_typed(t) for t, _ in terms(smaller)] == ["japan", "date:2024", "2018"]
    assert meant_dates(parse('"G20 2018-06" summit')) and not meant_dates(parse("g20"))
