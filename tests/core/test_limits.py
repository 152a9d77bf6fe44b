"""Allowed but extreme input does bounded work: query depth and term length."""

from __future__ import annotations

import pytest

from summit_tui.core.query import MAX_DEPTH, MAX_TERM_CHARS, QueryError, parse
from summit_tui.core.search import SearchIndex


@pytest.mark.parametrize(("query", "message"), [
    ("(" * 300 + "trade" + ")" * 300, "more than 32 levels deep"),
    ("-" * 3000 + "trade", "more than 32 levels deep"),
    ("NOT " * 200 + "trade", "more than 32 levels deep"),
    ("a" * 10_000, "10,000 characters long; the longest searched is 200"),
    ('"' + "maritime " * 30 + '"', "270 characters long"),
    ("person:" + "x" * 300, "300 characters long"),
    ('topic:"' + "x" * 300 + '"', "300 characters long"),
], ids=["parentheses", "dashes", "nots", "long-word", "long-phrase", "long-value",
        "long-quoted-value"])
def test_extreme_queries_are_refused_with_a_clear_message(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)
    with pytest.raises(QueryError):  # before any matching
        SearchIndex().search(query)


def test_queries_at_the_limits_still_parse() -> None:
    assert parse("(" * MAX_DEPTH + "trade" + ")" * MAX_DEPTH).root is not None
    assert parse("-" * MAX_DEPTH + "trade").root is not None
    assert parse("a" * MAX_TERM_CHARS).root is not None
    assert parse("-(a OR -(b c)) country:MY").root is not None
