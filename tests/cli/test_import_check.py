"""``summit-tui import`` and ``summit-tui check`` end to end, on real files in tmp_path."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from summit_tui.cli.main import main
from summit_tui.core.files.readout_yaml import load_readout

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "import"
SEED = FIXTURES / "seed_mofa_japan_malaysia.txt"
BUNDLED = REPO / "data" / "2024-05-23-japan-malaysia-summit-meeting.yaml"
NAME = "2024-05-23-japan-malaysia-summit-meeting.yaml"

GOOD = """\
id: {id}
title: {title}
kind: {kind}
date: {date}
countries: [{countries}]
"""


def _write(folder: Path, name: str, **fields: str) -> Path:
    values = {
        "id": Path(name).stem,
        "title": "A meeting",
        "kind": "summit",
        "date": "2024-01-10",
        "countries": "JP, PE",
    } | fields
    path = folder / name
    path.write_text(GOOD.format(**values), encoding="utf-8")
    return path


# --- import ----------------------------------------------------------------------------------


def test_import_writes_the_seed_readout(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", str(SEED), "-o", str(tmp_path)]) == 0
    out = tmp_path / NAME
    assert load_readout(out) == load_readout(BUNDLED)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"wrote {out}" in captured.err and "not found: location" in captured.err


def test_import_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / NAME).write_text("mine", encoding="utf-8")
    assert main(["import", str(SEED), "-o", str(tmp_path)]) == 1
    assert (tmp_path / NAME).read_text(encoding="utf-8") == "mine"
    assert "--force" in capsys.readouterr().err
    assert main(["import", str(SEED), "-o", str(tmp_path), "--force"]) == 0
    assert load_readout(tmp_path / NAME).title == "Japan-Malaysia Summit Meeting"


def test_dry_run_prints_yaml_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", str(SEED), "-o", str(tmp_path), "--dry-run"]) == 0
    assert list(tmp_path.iterdir()) == []
    assert "title: Japan-Malaysia Summit Meeting" in capsys.readouterr().out


def test_import_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SEED.read_text("utf-8")))
    assert main(["import", "-", "-o", str(tmp_path)]) == 0
    assert (tmp_path / NAME).exists()


def test_multi_meeting_page_writes_one_file_per_meeting(tmp_path: Path) -> None:
    assert main(["import", str(FIXTURES / "mofa_multi_visit.txt"), "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2024-04-10-japan-u-s-summit-meeting.yaml",
        "2024-04-10-joint-press-conference.yaml",
        "2024-04-10-state-dinner.yaml",
    ]


@pytest.mark.parametrize("name", ["empty.txt", "not_a_readout.txt"])
def test_not_a_readout_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", str(FIXTURES / name), "-o", str(tmp_path)]) == 1
    assert list(tmp_path.iterdir()) == []
    assert "not a readout" in capsys.readouterr().err


def test_import_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["import", str(SEED), "-o", str(tmp_path / "file")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["import", str(SEED), "--date", "23 May 2024"])
    assert exc.value.code == 2


def test_import_default_output_is_readouts_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from summit_tui.paths import bundled_data_dir

    bundled_before = sorted(p.name for p in bundled_data_dir().iterdir())
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(SEED)]) == 0
    assert (tmp_path / "readouts" / NAME).exists()
    assert sorted(p.name for p in bundled_data_dir().iterdir()) == bundled_before


def test_every_fixture_style_imports_and_checks_clean(tmp_path: Path) -> None:
    styles = [
        p
        for p in sorted(FIXTURES.glob("*.txt"))
        if p.name not in ("empty.txt", "not_a_readout.txt")
    ]
    assert main(["import", *map(str, styles), "-o", str(tmp_path)]) == 0
    assert main(["check", str(tmp_path)]) == 0


# --- check -----------------------------------------------------------------------------------


def test_check_bundled_data_is_clean(capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(REPO / "data")]) == 0
    assert "no problems" in capsys.readouterr().out


def test_check_reports_every_problem_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    shutil.copy(BUNDLED, tmp_path / NAME)
    _write(tmp_path, "bad-country.yaml", countries="JP, XX")
    _write(tmp_path, "bad-date.yaml", date="2024-02-30")
    _write(tmp_path, "one.yaml", id="same-id", date="2023-01-01")
    _write(tmp_path, "two.yaml", id="same-id", date="2023-01-02", countries="FR, DE")
    _write(tmp_path, "again.yaml", date="2024-05-23", countries="MY, JP")  # same meeting as seed
    (tmp_path / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    joined = "\n".join(out)
    assert f"{tmp_path / 'bad-country.yaml'}:5:" in joined and "unknown country 'XX'" in joined
    assert f"{tmp_path / 'bad-date.yaml'}:4:" in joined and "not a real date" in joined
    assert f"{tmp_path / 'two.yaml'}:1: duplicate id 'same-id'" in joined
    assert f"{tmp_path / 'again.yaml'}:4: same meeting as {NAME}" in joined
    assert f"{tmp_path / 'broken.yaml'}:" in joined and "YAML syntax" in joined
    assert out[-1] == "7 readouts, 5 problems in 5 files"


def test_check_future_date(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    _write(tmp_path, "future.yaml", date="2999-01-01")
    assert main(["check", str(tmp_path)]) == 1
    assert "is in the future" in capsys.readouterr().out


def test_check_one_file_and_bad_paths(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    good = _write(tmp_path, "good.yaml")
    _write(tmp_path, "bad.yaml", date="2024-13-01")
    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "1 readout, no problems"
    assert main(["check", str(tmp_path / "nope")]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 1
