"""The benchmark generator writes valid, deterministic readouts of about 3 KB."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from summit_tui.core.files.readout_yaml import load_readout


def test_generated_readouts_load_and_are_about_3_kb(generate: ModuleType, tmp_path: Path) -> None:
    paths = generate.generate(tmp_path / "a", 20, seed=7, processes=1)
    assert len(paths) == 20
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(p.name for p in paths)
    ids = set()
    for path in paths:
        readout = load_readout(path)
        ids.add(readout.id)
        assert 2_000 <= path.stat().st_size <= 4_096, path.name
        assert len(readout.countries) >= 2
        assert readout.sections and readout.participants
        assert "fictional" in readout.notes
    assert len(ids) == 20


def test_same_seed_same_files_other_seed_other_files(generate: ModuleType, tmp_path: Path) -> None:
    first = generate.generate(tmp_path / "a", 20, seed=7, processes=1)
    again = generate.generate(tmp_path / "b", 20, seed=7, processes=2)
    other = generate.generate(tmp_path / "c", 20, seed=8, processes=1)
    assert [p.name for p in first] == [p.name for p in again]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_vocabulary_is_large_and_holds_the_searched_words(generate: ModuleType) -> None:
    words = generate.vocabulary()
    assert len(words) >= 3_000
    assert len(set(words)) == len(words)
    assert {"maritime", "minerals", "energy"} <= set(words)
