"""Property tests: no query text makes the parser or the search raise anything but QueryError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summit_tui.core.search.index import SearchIndex
from summit_tui.core.search.query import QueryError, parse
from summit_tui.core.store.readouts import ReadoutStore

REPO = Path(__file__).resolve().parents[2]
_INDEX: list[SearchIndex] = []

# Text built from the query language's own pieces finds the corners faster than random text.
pieces = st.sampled_from(
    [
        "country:",
        "mentions:",
        "topic:",
        "person:",
        "kind:",
        "section:",
        "date:",
        "year:",
        '"',
        "(",
        ")",
        "-",
        "OR",
        "NOT",
        "..",
        ">=",
        "<",
        "2024",
        "2024-13",
        "2024-02-30",
        "MY",
        "malaysia",
        "mal",
        "rare earths",
        " ",
        "  ",
        "*",
        ":",
        "\\",
        "[bold]",
        "\x00",
        "会談",
    ]
)
queries = st.one_of(st.text(max_size=60), st.lists(pieces, max_size=12).map("".join))


def index() -> SearchIndex:
    if not _INDEX:
        store = ReadoutStore()
        store.sync(REPO / "data")
        _INDEX.append(SearchIndex(store.entries()))
    return _INDEX[0]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries)
def test_parse_raises_only_query_errors(text: str) -> None:
    try:
        parse(text)
    except QueryError as exc:
        assert 0 <= exc.position <= len(text)
        assert exc.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries)
def test_search_raises_only_query_errors(text: str) -> None:
    try:
        results = index().search(text)
    except QueryError:
        return
    for i in range(len(results)):
        results[i]
        results.snippet(i)
        results.matched_sections(i)
    results.highlight_spans(text)
