"""Session: restored on the next start; a missing or damaged file gives the defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.core.session import Session, load_session, save_session, session_path


def test_defaults() -> None:
    s = Session()
    assert (s.query, s.filters, s.selected_id, s.focused, s.order, s.theme) == \
        ("", {}, None, None, "newest", None)


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "state" / "deep" / "session.json"
    s = Session(query='topic:"critical minerals" Tanaka', filters={"countries": ["MY", "JP"]},
                selected_id="jp-my-1", focused="meeting-list", order="relevance",
                theme="nord")
    save_session(path, s)
    assert load_session(path) == s
    assert sorted(p.name for p in path.parent.iterdir()) == ["session.json"]


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_session(tmp_path / "none.json") == Session()


@pytest.mark.parametrize("raw", [b"", b"{", b"[1, 2]", b"null", b"\xff\xfe", b'"text"',
                                 b"{\"query\": 1e999999}"])
def test_damaged_file_gives_defaults(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    assert load_session(path) == Session()


def test_a_directory_in_the_way_gives_defaults(tmp_path: Path) -> None:
    assert load_session(tmp_path) == Session()


def test_each_wrong_field_falls_back_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({
        "query": 42, "filters": {"countries": ["MY", 3], "topics": "x", "7": []},
        "selected_id": "jp-my-1", "focused": ["list"], "order": "sideways", "theme": None,
        "unknown": True,
    }), encoding="utf-8")
    assert load_session(path) == Session(filters={"countries": ["MY"]}, selected_id="jp-my-1")


def test_session_path_is_per_data_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "data", tmp_path / "b" / "data"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    assert session_path(a) != session_path(b)
    assert session_path(a) == session_path(tmp_path / "a" / "." / "data")
    assert session_path(a).suffix == ".json"
    assert "summit-tui" in session_path(a).parts
    assert session_path(a).name.startswith("data-")


def test_save_replaces_atomically(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_session(path, Session(query="one"))
    save_session(path, Session(query="two"))
    assert load_session(path).query == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
