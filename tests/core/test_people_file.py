"""The people file beside a shard: read back only for the shard bytes it was written for."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.core.reference.people import FIELD, pack_rows, unpack_rows
from summit_tui.core.store import people_file
from summit_tui.core.store.people_file import ShardPeople, people_path, read_people, write_people

ROWS = {
    "a.yaml": [
        ("fumio kishida", "KISHIDA Fumio", "Prime Minister", "JP"),
        ("anwar ibrahim", "Anwar bin Ibrahim", "", "MY"),
    ],
    "nobody.yaml": [],
    "b.yaml": [("fumio kishida", "Fumio Kishida", "Prime Minister", "JP")],
}


def test_columns_give_back_the_rows_of_each_readout() -> None:
    people = ShardPeople.of(ROWS)
    assert people.counts == [2, 0, 1] and people.sound()
    assert people.rows() == ROWS
    assert ShardPeople.of({}).rows() == {}


def test_rows_packed_into_one_string_come_back_whole() -> None:
    packed = {rel: pack_rows(rows) for rel, rows in ROWS.items()}
    assert all(isinstance(p, str) for p in packed.values()) and packed["nobody.yaml"] == ""
    assert {rel: unpack_rows(p) for rel, p in packed.items()} == ROWS
    assert ShardPeople.of_packed(list(packed), list(packed.values())) == ShardPeople.of(ROWS)
    empty = [("", "", "", "")]
    assert unpack_rows(pack_rows(empty)) == empty
    odd = [("a b", f"A{FIELD}B", "", "JP")]  # a field holding the separator: left as it is
    assert pack_rows(odd) == odd and unpack_rows(pack_rows(odd)) == odd
    mixed = ShardPeople.of_packed(["x", "y"], [pack_rows(ROWS["a.yaml"]), odd])
    assert mixed.rows() == {"x": ROWS["a.yaml"], "y": odd}


def test_a_file_is_read_back_for_the_digest_it_was_written_for(tmp_path: Path) -> None:
    path = people_path(tmp_path / "shard-03.json")
    assert path.name == "shard-03.people"
    write_people(path, [1234, 99], ShardPeople.of(ROWS))
    found = read_people(path, [1234, 99])
    assert found is not None and found.rows() == ROWS
    assert read_people(path, [1234, 98]) is None  # the shard's bytes are others now
    assert read_people(tmp_path / "missing.people", [1234, 99]) is None


@pytest.mark.parametrize("cut", [0, 10, 20, -1])
def test_a_damaged_file_is_not_believed(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "shard-00.people"
    write_people(path, [1, 2], ShardPeople.of(ROWS))
    raw = path.read_bytes()
    path.write_bytes(raw[:cut] if cut else b"")
    assert read_people(path, [1, 2]) is None
    flipped = bytearray(raw)
    flipped[-3] ^= 0x01
    path.write_bytes(bytes(flipped))
    assert read_people(path, [1, 2]) is None


def test_a_file_of_another_version_is_not_believed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shard-00.people"
    monkeypatch.setattr(people_file, "_STAMP", "0/older")
    write_people(path, [1, 2], ShardPeople.of(ROWS))
    monkeypatch.undo()
    assert read_people(path, [1, 2]) is None
    path.unlink()
    path.mkdir()  # a folder at its place is no file either
    assert read_people(path, [1, 2]) is None
