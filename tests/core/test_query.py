"""The query language parser: terms, operators, fields, dates and malformed input."""

from __future__ import annotations

import datetime as dt

import pytest

from summit_tui.core.search.query import (
    MAX_DATE,
    MIN_DATE,
    And,
    Not,
    Or,
    QueryError,
    Term,
    complete_field_value,
    parse,
    parse_dates,
)


def test_empty_query_parses_to_nothing() -> None:
    assert parse("").is_empty
    assert parse("   ").is_empty


def test_free_words_are_anded_and_last_is_a_prefix() -> None:
    root = parse("maritime mal").root
    assert isinstance(root, And)
    first, last = root.children
    assert isinstance(first, Term) and not first.prefix
    assert isinstance(last, Term) and last.prefix and last.value == "mal"


def test_trailing_space_ends_the_prefix() -> None:
    root = parse("mal ").root
    assert isinstance(root, Term) and not root.prefix


def test_phrase_negation_and_or() -> None:
    root = parse('"rule of law" -ukraine japan OR malaysia').root
    assert isinstance(root, And)
    phrase, neg, either = root.children
    assert isinstance(phrase, Term) and phrase.phrase and phrase.value == "rule of law"
    assert isinstance(neg, Not) and isinstance(neg.child, Term)
    assert isinstance(either, Or) and len(either.children) == 2


def test_not_keyword_and_groups() -> None:
    root = parse("(japan malaysia) OR NOT brazil").root
    assert isinstance(root, Or)
    assert isinstance(root.children[0], And)
    assert isinstance(root.children[1], Not)


def test_fields_and_aliases() -> None:
    root = parse(
        'country:MY mentions:KP topic:"energy transition" person:kishida kind:summit '
        'section:"regional" year:2024'
    ).root
    assert isinstance(root, And)
    fields = [t.field for t in root.children if isinstance(t, Term)]
    assert fields == ["country", "mentions", "topic", "person", "kind", "section", "date"]
    topic = root.children[2]
    assert isinstance(topic, Term) and topic.value == "energy transition" and topic.phrase


def test_dangling_operators_while_typing_are_ignored() -> None:
    assert isinstance(parse("japan OR").root, Term)
    assert isinstance(parse("japan -").root, Term)
    assert isinstance(parse("japan country:").root, Term)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-05-23", dt.date(2024, 5, 23), dt.date(2024, 5, 23)),
        ("2024-01..2024-06", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("2023..", dt.date(2023, 1, 1), MAX_DATE),
        ("..2023", MIN_DATE, dt.date(2023, 12, 31)),
        (">=2023-12", dt.date(2023, 12, 1), MAX_DATE),
        (">2023-12", dt.date(2024, 1, 1), MAX_DATE),
        ("<=2023-12", MIN_DATE, dt.date(2023, 12, 31)),
        ("<2023-12", MIN_DATE, dt.date(2023, 11, 30)),
    ],
)
def test_date_ranges(value: str, start: dt.date, end: dt.date) -> None:
    assert parse_dates(value) == (start, end)


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ('japan "rule of', 6, "unclosed quote"),
        ("japan foo:bar", 6, "unknown field"),
        ("date:2024-13", 5, "bad date"),
        ("date:soon", 5, "bad date"),
        ("date:2024-02-30", 5, "bad date"),
        ("date:2024..2023", 5, "ends before"),
        ("(japan malaysia", 0, "never closed"),
        ("japan)", 5, "without a matching"),
        ("OR japan", 0, "OR needs"),
        ("japan country: malaysia", 6, "needs a value"),
    ],
)
def test_malformed_queries_say_where_and_what(text: str, position: int, words: str) -> None:
    with pytest.raises(QueryError) as err:
        parse(text)
    assert err.value.position == position
    assert words in err.value.message
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("japan malaysia 2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("2024-05 japan", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        ("japan 2024-05-23 ", dt.date(2024, 5, 23), dt.date(2024, 5, 23)),
    ],
)
def test_a_date_on_its_own_is_a_date_filter(text: str, start: dt.date, end: dt.date) -> None:
    root = parse(text).root
    assert isinstance(root, And)
    dates = [t for t in root.children if isinstance(t, Term) and t.field == "date"]
    assert len(dates) == 1 and dates[0].bare and dates[0].dates == (start, end)
    field = parse("date:2018").root
    assert isinstance(field, Term) and field.field == "date" and not field.bare


@pytest.mark.parametrize("text", ['"2018"', "2024-13", "20181", "g20", "2018s", '"summit 2018"'])
def test_other_numbers_and_quoted_years_stay_words(text: str) -> None:
    root = parse(text).root
    assert isinstance(root, Term) and root.field == ""


def test_positive_terms_skip_negated_ones() -> None:
    terms = parse("japan -ukraine OR malaysia").positive_terms()
    assert [t.value for t in terms] == ["japan", "malaysia"]


def test_complete_field_value() -> None:
    assert "Malaysia" in complete_field_value("country", "mal")
    assert "Malaysia" in complete_field_value("mentions:", "Mala")
    assert '"energy transition"' in complete_field_value("topic", "ener")
    assert complete_field_value("kind", "tele") == ["telephone-talk"]
    assert complete_field_value("nonsense", "x") == []
