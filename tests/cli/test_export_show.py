"""``summit-tui export`` and ``summit-tui show`` end to end, on real folders and databases."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from summit_tui.cli.main import main
from summit_tui.core.files.readout_yaml import dump_readout, parse_readout
from summit_tui.core.model.readout import Participant, Readout, Section, Source

HOSTILE = "[click](javascript:x) <script>alert(1)</script> \x1b[2J"


def _readout(
    rid: str, date: str, countries: tuple[str, ...], text: str, title: str = "", url: str = ""
) -> Readout:
    return Readout(
        id=rid,
        title=title or f"Talks {rid}",
        date=dt.date.fromisoformat(date),
        kind="summit",
        countries=countries,
        participants=(Participant("SATO Kenji", "Mr.", "Prime Minister", countries[0]),),
        summary="The leaders met.",
        sections=(
            Section(heading="Overview", number="1", paragraphs=(text,)),
            Section(heading="Regional affairs", number="2", paragraphs=("Peace.",)),
        ),
        source=Source(publisher="Ministry of Foreign Affairs", url=url),
    )


READOUTS = [
    _readout(
        "fr-my",
        "2024-03-01",
        ("FR", "MY"),
        "Maritime security and fisheries.",
        url="https://example.org/fr-my",
    ),
    _readout("de-in", "2023-02-01", ("DE", "IN"), "Maritime trade, maritime ports."),
    _readout("jp-br", "2022-01-01", ("JP", "BR"), "Forests and climate."),
    _readout("evil", "2021-06-01", ("JP", "FR"), HOSTILE, title=HOSTILE),
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for r in READOUTS:
        (folder / f"{r.id}.yaml").write_text(dump_readout(r), encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """Run a command with a database in tmp_path; return exit code, stdout and stderr."""
    code = main([*args, "--data", str(data), "--db", str(data.parent / "db.json")])
    out, err = capsys.readouterr()
    return code, out, err


# --- export ---------------------------------------------------------------------------------


def test_export_csv_on_stdout_messages_on_stderr(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "export", "maritime", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["fr-my", "de-in"]  # newest first by default
    assert rows[0]["countries"] == "France; Malaysia"
    assert rows[0]["participants"] == "Mr. SATO Kenji (Prime Minister)"
    assert rows[0]["source_url"] == "https://example.org/fr-my"
    assert "2 readouts as csv" in err and "maritime" not in err.split(":", 1)[0]


def test_export_csv_sections(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "export", "country:BR", "-f", "csv", "--sections")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["section_number"], r["section_heading"]) for r in rows] == [
        ("", "Summary"),
        ("1", "Overview"),
        ("2", "Regional affairs"),
    ]
    assert rows[1]["text"] == "Forests and climate."


def test_export_json_yaml_and_order(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "export", "", "--format", "json", "--order", "oldest")
    assert code == 0
    records = json.loads(out)
    assert [r["id"] for r in records] == ["evil", "jp-br", "de-in", "fr-my"]
    assert records[0]["path"] == "evil.yaml" and "derived" in records[0]
    code, out, _ = run(capsys, data, "export", "", "-f", "yaml", "--limit", "2")
    assert code == 0
    docs = out.split("---\n")
    assert [parse_readout(d).id for d in docs] == ["fr-my", "de-in"]
    assert len(list(yaml.safe_load_all(out))) == 2
    code, out, _ = run(capsys, data, "export", "maritime", "-f", "json", "--order", "relevance")
    assert [r["id"] for r in json.loads(out)] == ["de-in", "fr-my"]


def test_export_markdown_escapes_hostile_text(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "export", "country:JP", "-f", "md", "--title", "Brief")
    assert code == 0
    assert out.startswith("# Brief\n\n2 meetings, 1 June 2021 to 1 January 2022.\n")
    assert "## Talks jp-br" in out
    assert "\\[click\\](javascript:x) \\<script\\>" in out
    assert not re.search(r"(?<!\\)[<\[\]]", out)  # no tag or link can open
    assert "\x1b" not in out


def test_export_to_a_file_in_one_step(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    code, out, err = run(capsys, data, "export", "country:MY", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("# Readouts: country:MY\n")
    assert f"wrote 1 readout as md to {target}" in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".brief.md")]  # no temp


def test_export_nothing_matched_exits_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    code, out, err = run(capsys, data, "export", "zzzz", "-o", str(target))
    assert code == 1 and out == "" and "no readouts match" in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["maritime"], "choose a format"),
        (["maritime", "-o", "x.txt"], "choose a format"),
        (["maritime", "-f", "json", "--sections"], "--sections works with --format csv"),
        (['country:"MY', "-f", "csv"], "unclosed quote"),
    ],
)
def test_export_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, data, "export", *args)
    assert code == 2 and out == "" and message in err
    assert not (data.parent / "db.json").exists()  # nothing was read or stored


def test_export_missing_folder_and_unwritable_file_exit_2(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, tmp_path / "nowhere", "export", "", "-f", "csv")
    assert code == 2 and "not a folder of readouts" in err
    code, _, err = run(capsys, data, "export", "", "-o", str(tmp_path / "no" / "such" / "x.csv"))
    assert code == 2 and "cannot write" in err


def test_export_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "1  no readout matches" in out and "csv" in out


def test_export_in_a_real_process_with_a_narrow_locale(data: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "summit_tui",
            "export",
            "country:MY",
            "-f",
            "json",
            "--data",
            str(data),
            "--db",
            str(tmp_path / "db.json"),
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))[0]["id"] == "fr-my"


# --- show -----------------------------------------------------------------------------------


def test_show_as_plain_text(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, data, "show", "fr-my")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Talks fr-my" and lines[1] == "=" * len("Talks fr-my")
    assert "Date:      1 March 2024" in out
    assert "Parties:   France, Malaysia" in out
    assert "Mr. SATO Kenji (Prime Minister) [FR]" in out
    assert "1. Overview\n  Maritime security and fisheries." in out
    assert 'Cite as:   Ministry of Foreign Affairs, "Talks fr-my", 1 March 2024.' in out
    assert "\x1b" not in out  # no colours when not a terminal


def test_show_cleans_terminal_escapes(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "show", "evil")
    assert code == 0 and "\x1b" not in out and "\ufffd[2J" in out


def test_show_bold_only_on_a_terminal_without_no_color(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run(capsys, data, "show", "fr-my")
    assert out.startswith("\x1b[1mTalks fr-my\x1b[0m")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, data, "show", "fr-my")
    assert "\x1b" not in out


def test_show_json(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "show", "de-in", "--json")
    assert code == 0
    record = json.loads(out)
    assert record["id"] == "de-in" and record["path"] == "de-in.yaml"
    assert record["sections"][0]["heading"] == "Overview"


def test_show_by_file_name_or_unique_prefix(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    assert run(capsys, data, "show", "jp-br.yaml")[1].startswith("Talks jp-br")
    assert run(capsys, data, "show", "jp")[1].startswith("Talks jp-br")


def test_show_unknown_id_exits_1_with_suggestions(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "show", "fr-mx")
    assert code == 1 and out == ""
    assert "no readout with id 'fr-mx'" in err and "did you mean fr-my" in err
    code, out, err = run(capsys, data, "show", "nothing-like-it")
    assert code == 1 and out == "" and "did you mean" not in err


def test_show_missing_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "nowhere", "show", "x")
    assert code == 2 and "not a folder of readouts" in err
