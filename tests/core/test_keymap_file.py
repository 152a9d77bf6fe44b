"""The keymap file, read as untrusted TOML: a bad file or entry is a problem, never an error."""

from __future__ import annotations

import os
from pathlib import Path

from summit_tui.core.userstate.keymap_file import MAX_ENTRIES, read_keymap


def write(tmp_path: Path, text: str | bytes, name: str = "keymap.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_an_absent_file_is_no_keymap(tmp_path: Path) -> None:
    read = read_keymap(tmp_path / "none.toml")
    assert read.entries == {} and read.problems == []


def test_ids_quoted_dotted_or_in_tables_are_the_same(tmp_path: Path) -> None:
    read = read_keymap(
        write(
            tmp_path,
            '"main.export" = "ctrl+x"\n'
            'main.cite = "c"\n'
            '[detail]\nnext_section = ["full_stop", "f5"]\n',
        )
    )
    assert read.entries == {
        "main.export": "ctrl+x",
        "main.cite": "c",
        "detail.next_section": "full_stop,f5",
    }
    assert read.problems == []


def test_values_that_are_not_keys_are_left_out(tmp_path: Path) -> None:
    read = read_keymap(
        write(
            tmp_path,
            '"main.export" = 5\n"main.cite" = []\n"main.note" = ["e", 1]\n"main.people" = "p"\n',
        )
    )
    assert read.entries == {"main.people": "p"}
    assert len(read.problems) == 3
    assert all("the keys must be text" in problem for problem in read.problems)


def test_a_broken_file_gives_one_problem(tmp_path: Path) -> None:
    for text in ("main.export = ctrl+x\n", b"\xff\xfe", "[" * 50_000, "a = " + "[" * 20_000):
        read = read_keymap(write(tmp_path, text))
        assert read.entries == {}
        assert len(read.problems) == 1 and "the default keys are used" in read.problems[0]


def test_nesting_and_size_are_bounded(tmp_path: Path) -> None:
    read = read_keymap(write(tmp_path, "[a.b.c]\nd = 'x'\n"))
    assert read.entries == {} and "nested too deeply" in read.problems[0]
    many = "".join(f'"id.n{i}" = "x"\n' for i in range(MAX_ENTRIES + 10))
    read = read_keymap(write(tmp_path, many))
    assert len(read.entries) == MAX_ENTRIES and len(read.problems) == 1
    read = read_keymap(write(tmp_path, "#" * 70_000))
    assert read.entries == {} and "larger than 65,536 bytes" in read.problems[0]


def test_only_a_regular_file_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "keymap.toml"
    folder.mkdir()
    assert "not a regular file" in read_keymap(folder).problems[0]
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)  # opened without blocking: no writer is waited for
    assert "not a regular file" in read_keymap(fifo).problems[0]
    link = tmp_path / "link.toml"
    link.symlink_to(write(tmp_path, 'main.cite = "c"\n', "real.toml"))
    assert read_keymap(link).entries == {"main.cite": "c"}


def test_problems_show_names_safely(tmp_path: Path) -> None:
    read = read_keymap(write(tmp_path, '"\\u001b[2J' + "x" * 200 + '" = 5\n'))
    assert "\x1b" not in read.problems[0] and len(read.problems[0]) < 200
