"""Session: restored on the next start; a missing or damaged file gives the defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.core.userstate.session import (
    Session,
    load_session,
    read_session,
    save_session,
    session_path,
)


def test_defaults() -> None:
    s = Session()
    assert (s.query, s.filters, s.selected_id, s.focused, s.order, s.theme) == (
        "",
        {},
        None,
        None,
        "newest",
        None,
    )


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "state" / "deep" / "session.json"
    s = Session(
        query='topic:"critical minerals" Tanaka',
        filters={"countries": ["MY", "JP"]},
        selected_id="jp-my-1",
        focused="meeting-list",
        order="relevance",
        theme="nord",
    )
    save_session(path, s)
    assert load_session(path) == s
    assert sorted(p.name for p in path.parent.iterdir()) == ["session.json"]


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_session(tmp_path / "none.json") == Session()


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[1, 2]", b"null", b"\xff\xfe", b'"text"', b'{"query": 1e999999}']
)
def test_damaged_file_gives_defaults(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    assert load_session(path) == Session()


def test_a_directory_in_the_way_gives_defaults(tmp_path: Path) -> None:
    assert load_session(tmp_path) == Session()


def test_each_wrong_field_falls_back_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(
            {
                "query": 42,
                "filters": {"countries": ["MY", 3], "topics": "x", "7": []},
                "selected_id": "jp-my-1",
                "focused": ["list"],
                "order": "sideways",
                "theme": None,
                "unknown": True,
            }
        ),
        encoding="utf-8",
    )
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


# --- the session file is read as untrusted -------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 5000 + b"]" * 5000,
        b'{"filters": {"countries": ' + b"[" * 3000 + b"]" * 3000 + b"}}",
        b'{"query": "x", "extra": [[[[["deep"]]]]]}',
    ],
)
def test_deep_json_gives_defaults_and_a_reason(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    session, why = read_session(path)
    assert session == Session()
    assert why is not None and ("nested" in why or "damaged" in why)


@pytest.mark.parametrize("focused", ["meetings]", "a b", "#x", "x:focus", "*", "", "9x", "ü"])
def test_a_focused_pane_that_is_not_a_widget_id_is_not_restored(
    tmp_path: Path, focused: str
) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"query": "x", "focused": focused}), encoding="utf-8")
    assert read_session(path) == (Session(query="x"), None)


def test_a_year_that_is_not_ascii_digits_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"filters": {"years": ["²", "2024", "٢٠٢٥"]}}), encoding="utf-8")
    assert load_session(path) == Session(filters={"years": ["2024"]})


@pytest.mark.parametrize("query", ["(" * 400 + "x", "-" * 3000 + "x", "x " * 2000])
def test_a_query_too_long_or_deep_is_not_restored(tmp_path: Path, query: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"query": query, "order": "relevance"}), encoding="utf-8")
    assert load_session(path) == Session(order="relevance")


def test_a_device_fifo_or_huge_file_gives_defaults_without_blocking(tmp_path: Path) -> None:
    import os
    import threading

    from summit_tui.core.userstate.session import MAX_FILE_BYTES

    (tmp_path / "zero.json").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "fifo.json")
    (tmp_path / "huge.json").write_text('{"query": "' + "x" * MAX_FILE_BYTES + '"}')
    results: list[tuple[Session, str | None]] = []

    def read_all() -> None:
        for name in ("zero.json", "fifo.json", "huge.json"):
            results.append(read_session(tmp_path / name))

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(5)
    assert len(results) == 3, "reading blocked"
    assert [s for s, _ in results] == [Session()] * 3
    assert "device" in str(results[0][1]) and "FIFO" in str(results[1][1])
    assert "too large" in str(results[2][1])
