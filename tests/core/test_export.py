"""Export: CSV rows, full JSON records, an escaped Markdown brief, YAML documents, citations."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from analysis_corpus import AZIZ, TANAKA, by_id, load_entries, readout

from summit_tui.core.export import (
    MEETING_COLUMNS,
    SECTION_COLUMNS,
    citation,
    md_escape,
    md_inline,
    to_csv,
    to_json,
    to_markdown,
    to_yaml,
)
from summit_tui.core.files.readout_yaml import parse_readout
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Section, Source

HOSTILE = "[click](javascript:x) <script>alert(1)</script> ![img](http://x/y.png)"


@pytest.fixture
def entries(tmp_path: Path) -> list[Entry]:
    return load_entries(tmp_path)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_meeting(entries: list[Entry]) -> None:
    text = to_csv(entries)
    assert text.splitlines()[0] == ",".join(MEETING_COLUMNS)
    rows = {r["id"]: r for r in _rows(text)}
    assert set(rows) == {e.id for e in entries}
    first = rows["jp-my-1"]
    assert first["date"] == "2023-01-10"
    assert first["kind"] == "summit"
    assert first["title"] == "Japan-Malaysia Summit Meeting"
    assert first["countries"] == "Japan; Malaysia"
    assert first["participants"] == (
        "Mr. TANAKA Hiroshi (Prime Minister of Japan); "
        "H.E. Dato' Seri Aziz bin Rahman (Prime Minister of Malaysia)"
    )
    assert "critical minerals" in first["topics"].split("; ")
    assert first["source_url"] == "https://example.org/jp-my-1"


def test_csv_sections_have_one_row_per_section(tmp_path: Path) -> None:
    nested = Section(
        heading="Trade",
        number="2",
        paragraphs=("One.", "Two."),
        subsections=(Section(heading="Tariffs", number="(1)", paragraphs=("Low.",)),),
    )
    r = readout(
        "sec",
        "2024-01-01",
        ("JP", "MY"),
        TANAKA,
        sections=(
            Section(heading="Overview", number="1", paragraphs=('Hello, "world"\nagain.',)),
            nested,
        ),
    )
    rows = _rows(to_csv(load_entries(tmp_path, (r,)), sections=True))
    assert list(rows[0]) == list(SECTION_COLUMNS)
    assert [(x["section_number"], x["section_heading"]) for x in rows] == [
        ("", "Summary"),
        ("1", "Overview"),
        ("2", "Trade"),
        ("(1)", "Tariffs"),
    ]
    assert rows[1]["text"] == 'Hello, "world"\nagain.'
    assert rows[2]["text"] == "One.\n\nTwo."
    assert {x["title"] for x in rows} == {"Meeting sec"}


def test_csv_cells_cannot_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    r = readout("formula", "2024-01-01", ("JP",), title='=HYPERLINK("http://x","y")')
    row = _rows(to_csv(load_entries(tmp_path, (r,))))[0]
    assert row["title"] == '\'=HYPERLINK("http://x","y")'


@pytest.mark.parametrize("column", ["title", "participants", "topics", "source_url"])
def test_no_meeting_cell_can_start_a_formula(tmp_path: Path, column: str) -> None:
    """Every text cell is protected, the topics column too (its first topic is the readout's)."""
    formula = "=1+2"
    r = readout(
        "formula",
        "2024-01-01",
        ("JP",),
        replace(TANAKA, name="@SUM(A1)", honorific=""),
        topics=(formula,),
        title=formula,
        url="+cmd",
    )
    row = _rows(to_csv(load_entries(tmp_path, (r,))))[0]
    assert row[column][0] == "'", row


def test_no_section_cell_can_start_a_formula(tmp_path: Path) -> None:
    r = readout(
        "formula",
        "2024-01-01",
        ("JP",),
        summary="@summary",
        sections=(Section(heading="=heading", number="-1", paragraphs=("+text",)),),
    )
    rows = _rows(to_csv(load_entries(tmp_path, (r,)), sections=True))
    assert [(x["section_number"], x["section_heading"], x["text"]) for x in rows] == [
        ("", "Summary", "'@summary"),
        ("'-1", "'=heading", "'+text"),
    ]


def test_json_holds_full_records_and_derived_facts(entries: list[Entry]) -> None:
    records = json.loads(to_json(entries))
    assert isinstance(records, list) and len(records) == len(entries)
    one = next(r for r in records if r["id"] == "jp-my-1")
    entry = by_id(entries)["jp-my-1"]
    assert {k: v for k, v in one.items() if k not in ("derived", "path")} == entry.readout.to_dict()
    assert one["derived"] == {"topics": list(entry.topics), "mentions": list(entry.mentions)}
    assert one["path"] == "jp-my-1.yaml"
    assert to_json([]) == "[]\n"


def test_yaml_is_documents_in_the_project_format(entries: list[Entry]) -> None:
    text = to_yaml(entries)
    docs = text.split("---\n")
    assert len(docs) == len(entries)
    back = [parse_readout(doc) for doc in docs]
    assert back == [e.readout for e in entries]
    assert len(list(yaml.safe_load_all(text))) == len(entries)
    assert to_yaml([]) == ""


def test_markdown_brief_has_heading_facts_participants_and_sections(entries: list[Entry]) -> None:
    jp_my = [e for e in entries if e.id.startswith("jp-my")]
    text = to_markdown(jp_my, title="Japan and Malaysia")
    assert text.startswith("# Japan and Malaysia\n\n4 meetings, 10 January 2023 to 1 August 2025.")
    assert "## Japan-Malaysia Summit Meeting" in text
    assert (
        "**Date:** 10 January 2023 · **Kind:** Summit · **Parties:** Japan, Malaysia"
        " · **Source:** Ministry of Foreign Affairs of Japan"
    ) in text
    assert "- Mr. TANAKA Hiroshi (Prime Minister of Japan)" in text
    assert "### 1. Overview\n\nThe two sides exchanged views.\n" in text
    assert "Source: <https://example.org/jp-my-1>" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_of_one_meeting_and_of_none(entries: list[Entry]) -> None:
    assert "1 meeting, 1 August 2025." in to_markdown(entries[:1])
    assert to_markdown([]) == "# Readouts\n\n0 meetings.\n"


@pytest.mark.parametrize(
    "hostile",
    [
        "[click](javascript:x)",
        "<script>alert(1)</script>",
        "# heading",
        "`code`",
        "![img](http://evil/x.png)",
        "<javascript:alert(1)>",
        "*bold* and _it_",
        "| a | b |",
        "> quote",
        "- item",
        "1. item",
        "3) item",
        "    indented code",
        "```\nfence\n```",
        "~~~\nfence",
        "Title\n===",
        "&lt;b&gt;",
        "\\[x\\](y)",
        "<!-- comment -->",
    ],
)
def test_md_escape_leaves_no_markdown_construct(hostile: str) -> None:
    out = md_escape(hostile)
    unescaped = re.compile(r"(?<!\\)(?:\\\\)*[\[\]<>`*_|~]")
    assert not unescaped.search(out), out
    for line in out.split("\n"):
        assert not re.match(r"\s|[#>=+-]|\d+[.)]", line), line
    assert "&lt;" not in out or "\\&lt;" in out


def test_md_escape_keeps_the_visible_text() -> None:
    text = "Talks on [rare] earths <2024> `x` #1 a_b *c* ~d~ | e & f"
    unescaped = re.sub(r"\\(.)", r"\1", md_escape(text))
    assert unescaped == text
    assert md_escape("plain words, 3 ministers.") == "plain words, 3 ministers."


def test_md_escape_replaces_control_characters() -> None:
    assert "\x1b" not in md_escape("red \x1b[31m text")
    assert md_escape("a\r\nb") == "a\nb"


def test_md_inline_is_for_headings() -> None:
    assert md_inline("1. Bilateral Relations") == "1. Bilateral Relations"
    assert md_inline("Talks ##") == "Talks #\\#"
    assert md_inline("a\nb  c") == "a b c"


def test_hostile_readout_text_is_escaped_in_the_brief(tmp_path: Path) -> None:
    r = readout(
        "evil",
        "2024-01-01",
        ("JP",),
        replace(AZIZ, name=HOSTILE),
        title=HOSTILE,
        url="javascript:alert(1)",
        summary="# Owned\n<img src=x>",
        sections=(
            Section(heading=HOSTILE, number="1", paragraphs=("[a](b)\n\n- list\n<b>bold</b>",)),
        ),
    )
    text = to_markdown(load_entries(tmp_path, (r,)), title="<b>brief</b>")
    assert "](" not in text.replace("\\](", "")
    assert not re.search(r"(?<!\\)<[A-Za-z/!]", text)  # no raw HTML tag can open
    assert "\n# Owned" not in text
    assert "<javascript:" not in text and "Source: javascript:alert(1)" in text
    assert text.startswith("# \\<b\\>brief\\</b\\>\n")


def test_citation_with_every_part(entries: list[Entry]) -> None:
    assert citation(by_id(entries)["jp-my-1"]) == (
        'Ministry of Foreign Affairs of Japan, "Japan-Malaysia Summit Meeting", '
        "10 January 2023. https://example.org/jp-my-1"
    )


def test_citation_leaves_out_missing_parts(entries: list[Entry]) -> None:
    assert citation(by_id(entries)["de-in"]) == '"Meeting de-in", 1 March 2024.'
    e = by_id(entries)["jp-fr"]
    no_url = replace(e, readout=replace(e.readout, source=Source(publisher="MOFA")))
    assert citation(no_url) == '"MOFA, "Meeting jp-fr", 14 February 2024.'[1:]


def test_citation_is_one_clean_line(entries: list[Entry]) -> None:
    e = by_id(entries)["jp-fr"]
    messy = replace(e, readout=replace(e.readout, title="Talks\n\x1b[2Jnow"))
    assert "\n" not in citation(messy) and "\x1b" not in citation(messy)
