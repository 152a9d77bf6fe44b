"""The safe YAML loader and dumper: the seed loads, YAML traps stay text, errors say where."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summit_tui.core.files.readout_yaml import (
    MAX_FILE_BYTES,
    ReadoutError,
    _UntypedLoader,
    _Walker,
    decode,
    dump_readout,
    load_readout,
    parse_readout,
)
from summit_tui.core.model.readout import (
    KINDS,
    Participant,
    Photo,
    Problem,
    Readout,
    Section,
    Source,
)

HEAD = "title: A Test Meeting\ndate: 2031-01-02\n"  # lines 1-2 of most test documents


def problems_of(text: str) -> list[Problem]:
    """The problems parse_readout reports for the text (fails when it parses)."""
    with pytest.raises(ReadoutError) as info:
        parse_readout(text, path="t.yaml")
    problems = info.value.problems
    assert problems, "a ReadoutError must carry at least one problem"
    assert all(p.path == "t.yaml" for p in problems)
    return problems


def where(problem: Problem) -> tuple[int | None, int | None]:
    return problem.line, problem.column


# --- the bundled seed -------------------------------------------------------------------


def test_seed_loads_with_every_field(seed_path: Path) -> None:
    r = load_readout(seed_path)
    assert r.id == "2024-05-23-japan-malaysia-summit-meeting"
    assert r.title == "Japan-Malaysia Summit Meeting"
    assert r.kind == "summit"
    assert r.date == dt.date(2024, 5, 23)
    assert r.start_time == dt.time(14, 10)
    assert r.duration_minutes == 30
    assert r.countries == ("JP", "MY")
    assert r.mentions == ("IL", "PS", "UA", "KP")
    assert [(p.name, p.role, p.country) for p in r.participants] == [
        ("KISHIDA Fumio", "Prime Minister of Japan", "JP"),
        ("Anwar bin Ibrahim", "Prime Minister of Malaysia", "MY"),
    ]
    assert r.participants[1].honorific == "H.E. Dato' Seri"
    assert [(s.number, s.heading) for s in r.sections] == [
        ("1", "Introduction"),
        ("2", "Bilateral Relations"),
        ("3", "Responding to regional and international challenges"),
    ]
    assert [len(s.paragraphs) for s in r.sections] == [1, 2, 1]
    assert r.summary.startswith("On May 23, commencing at 2:10 p.m.")
    assert "\n" not in r.summary  # folded (>-) text is one line
    assert r.source.publisher == "Ministry of Foreign Affairs of Japan"
    assert len(r.photos) == 2


def test_seed_round_trips_through_dump(seed_path: Path) -> None:
    r = load_readout(seed_path)
    assert parse_readout(dump_readout(r)) == r


def test_dump_is_plain_block_yaml_in_format_order(seed_path: Path) -> None:
    text = dump_readout(load_readout(seed_path))
    assert text.splitlines()[:4] == [
        "id: 2024-05-23-japan-malaysia-summit-meeting",
        "title: Japan-Malaysia Summit Meeting",
        "kind: summit",
        "date: '2024-05-23'",
    ]
    assert "!!" not in text  # no tags: the output is what a person would write


def test_fixture_readouts_load(fixture_readouts: Path) -> None:
    good = sorted((fixture_readouts / "good").glob("*.yaml"))
    assert len(good) == 2
    loaded = [load_readout(p) for p in good]
    assert [r.id for r in loaded] == [p.stem for p in good]
    assert loaded[0].countries == ("NO", "CL")
    assert loaded[0].kind == "telephone-talk"
    assert loaded[0].start_time == dt.time(9, 5)


def test_id_defaults_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "my-own-id.yaml"
    path.write_text(HEAD, encoding="utf-8")
    assert load_readout(path).id == "my-own-id"


def test_problem_reads_as_path_line_column_message() -> None:
    assert str(Problem("a.yaml", "bad", 3, 7)) == "a.yaml:3:7: bad"
    assert str(Problem("a.yaml", "bad", 3)) == "a.yaml:3: bad"
    assert str(Problem("a.yaml", "bad")) == "a.yaml: bad"


# --- YAML 1.1 implicit typing must not corrupt data ---------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("countries: [NO]", "countries", ("NO",)),
        ("countries: [NO, Y, ON]", "countries", None),  # Y and ON are no countries: error
        ("mentions: [no]", "mentions", ("NO",)),
        ("start_time: 14:10", "start_time", dt.time(14, 10)),  # sexagesimal 850 in YAML 1.1
        ("start_time: '09:05'", "start_time", dt.time(9, 5)),
        ("start_time: 9:05", "start_time", dt.time(9, 5)),
        ("location: yes", "location", "yes"),
        ("location: 0x1F", "location", "0x1F"),
        ("location: 1_000", "location", "1_000"),
        ("location: .inf", "location", ".inf"),
        ("summary: 2024-05-23", "summary", "2024-05-23"),
        ("topics: [on, off, 3.10]", "topics", ("on", "off", "3.10")),
        ("duration_minutes: 030", "duration_minutes", 30),  # not octal 24
        ("provisional_translation: yes", "provisional_translation", True),
        ("provisional_translation: False", "provisional_translation", False),
    ],
)
def test_yaml_11_traps_stay_text_or_typed_by_schema(
    line: str, field: str, expected: object
) -> None:
    text = HEAD + line + "\n"
    if expected is None:
        assert all(p.line == 3 for p in problems_of(text))
    else:
        assert getattr(parse_readout(text), field) == expected


def test_title_yes_stays_the_word_yes() -> None:
    assert parse_readout("title: yes\ndate: 2031-01-02\n").title == "yes"
    assert parse_readout("title: No\ndate: 2031-01-02\n").title == "No"


def test_participant_country_no_is_norway() -> None:
    r = parse_readout(HEAD + "participants:\n  - name: A. Person\n    country: NO\n")
    assert r.participants == (Participant(name="A. Person", country="NO"),)


def test_unquoted_and_quoted_dates_both_work() -> None:
    assert parse_readout(HEAD).date == dt.date(2031, 1, 2)
    assert parse_readout("title: T\ndate: '2031-01-02'\n").date == dt.date(2031, 1, 2)


@pytest.mark.parametrize(
    ("line", "column", "fragment"),
    [
        ("duration_minutes: 1e3", 19, "whole number of minutes"),
        ('duration_minutes: "1e3"', 19, "whole number of minutes"),
        ("duration_minutes: 30.5", 19, "whole number"),
        ("duration_minutes: -5", 19, "whole number"),
        ("start_time: 24:00", 13, "24-hour HH:MM"),
        ("start_time: 2:10 p.m.", 13, "24-hour HH:MM"),
        ("kind: banquet", 7, "is not one of"),
        ("provisional_translation: on", 26, "true or false"),
        ("id: has space", 5, "id must be"),
        ("countries: [Atlantis]", 13, "unknown country 'Atlantis'"),
        ("countries: [MY, Atlantis]", 17, "unknown country"),
    ],
)
def test_bad_values_name_line_and_column(line: str, column: int, fragment: str) -> None:
    [problem] = problems_of(HEAD + line + "\n")
    assert where(problem) == (3, column)
    assert fragment in problem.message


def test_impossible_date_is_an_error_with_line_and_column() -> None:
    [problem] = problems_of("title: T\nnotes: x\ndate: 2024-02-30\n")
    assert where(problem) == (3, 7)
    assert problem.message == "date '2024-02-30' is not a real date written YYYY-MM-DD"


def test_kind_is_normalised() -> None:
    assert parse_readout(HEAD + "kind: Telephone Talk\n").kind == "telephone-talk"
    assert parse_readout(HEAD + "kind: foreign ministers' meeting\n").kind == (
        "foreign-ministers-meeting"
    )


# --- hostile and broken YAML: one clear problem, with line and column ----------------------


def test_duplicate_key_names_both_lines() -> None:
    [problem] = problems_of("title: One\ndate: 2031-01-02\ntitle: Two\n")
    assert where(problem) == (3, 1)
    assert problem.message == "duplicate key 'title' (first given on line 1)"


def test_duplicate_key_inside_a_participant() -> None:
    text = HEAD + "participants:\n  - name: A\n    role: x\n    name: B\n"
    [problem] = problems_of(text)
    assert where(problem) == (6, 5)
    assert "duplicate key 'name'" in problem.message


def test_alias_is_refused_at_the_anchored_value() -> None:
    text = "title: &t Shared Title\ndate: 2031-01-02\nlocation: *t\n"
    [problem] = problems_of(text)
    # The composer hands us the anchored node itself, so the problem points at "&t".
    assert where(problem) == (1, 8)
    assert "anchors and aliases" in problem.message


def test_alias_bomb_is_refused_quickly() -> None:
    lines = [HEAD.rstrip("\n"), "x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 12):  # 10**12 strings if anything expanded it
        refs = ", ".join([f"*l{i - 1}"] * 10)
        lines.append(f"x{i}: &l{i} [{refs}]")
    lines.append("topics: *l11")
    text = "\n".join(lines) + "\n"
    started = time.perf_counter()
    problems = problems_of(text)
    assert time.perf_counter() - started < 2
    assert all(p.line is not None and p.column is not None for p in problems)
    assert [p.line for p in problems if p.message.startswith("unknown field")] == list(range(3, 15))
    aliases = [p for p in problems if "anchors and aliases" in p.message]
    assert aliases and all(p.line in (13, 14) for p in aliases)


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("title: !!python/object/apply:os.system ['echo pwned']", 8),
        ("notes: !!python/name:os.system ''", 8),
        ("duration_minutes: !!int 30", 19),
        ("location: !!binary aGVsbG8=", 11),
        ("location: !local thing", 11),
        ("topics: !!set {a, b}", 9),
    ],
)
def test_explicit_tags_are_refused(line: str, column: int) -> None:
    text = "summary: first\n" + line + "\n"
    text += "date: 2031-01-02\n" if line.startswith("title") else "title: T\ndate: 2031-01-02\n"
    problems = problems_of(text)
    tag_problems = [p for p in problems if p.message.startswith("explicit tag")]
    assert [where(p) for p in tag_problems] == [(2, column)]
    assert tag_problems[0].message.endswith("is not allowed; remove it")


def test_tagged_title_reports_only_the_tag() -> None:
    [problem] = problems_of("title: !!str-not T\ndate: 2031-01-02\n")
    assert "explicit tag" in problem.message


def test_several_documents_are_refused() -> None:
    [problem] = problems_of(HEAD + "---\n" + HEAD)
    assert where(problem) == (3, 1)
    assert problem.message == (
        "YAML syntax: the file holds more than one YAML document; keep one readout per file"
    )


@pytest.mark.parametrize("text", ["", "\n\n", "   \n", "# only a comment\n"])
def test_empty_file_is_refused_plainly(text: str) -> None:
    [problem] = problems_of(text)
    assert problem.message.startswith("the file is empty; a readout needs")


@pytest.mark.parametrize(
    ("text", "shape", "line"),
    [
        ("- title: T\n- date: 2031-01-02\n", "list", 1),
        ("just some words\n", "text value", 1),
        ("---\n", "text value", 2),  # one empty document
    ],
)
def test_top_level_must_be_a_mapping(text: str, shape: str, line: int) -> None:
    [problem] = problems_of(text)
    assert where(problem) == (line, 1)
    assert problem.message.startswith(f"a readout must be a mapping of fields, not a {shape}")


TABBED = HEAD + "sections:\n\t- heading: Tabbed\n"


def test_tab_indentation_is_an_error_at_the_tab() -> None:
    [problem] = problems_of(TABBED)
    assert where(problem) == (4, 1)
    assert problem.message.startswith("YAML syntax:")


def test_tab_indentation_says_to_use_spaces() -> None:
    [problem] = problems_of(TABBED)
    assert problem.message.endswith("tab characters cannot indent YAML; use spaces")


def test_tab_after_a_colon_is_fine() -> None:
    assert parse_readout("title:\tTabbed\ndate: 2031-01-02\n").title == "Tabbed"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + HEAD.encode())
    assert load_readout(path).title == "A Test Meeting"
    assert decode(b"\xef\xbb\xbf" + HEAD.encode(), "x") == HEAD


def test_non_utf8_byte_gives_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(HEAD.encode() + "location: Café\n".encode("latin-1"))
    with pytest.raises(ReadoutError) as info:
        load_readout(path)
    [problem] = info.value.problems
    assert problem.path == str(path)
    assert where(problem) == (3, 14)
    assert problem.message == "byte 0xe9 is not UTF-8; save the file as UTF-8"


def test_non_utf8_on_the_first_line() -> None:
    with pytest.raises(ReadoutError) as info:
        decode(b"\xfftitle: x\n", "x.yaml")
    assert where(info.value.problems[0]) == (1, 1)


def test_non_utf8_column_counts_characters() -> None:
    with pytest.raises(ReadoutError) as info:
        decode(b"location: Caf\xc3\xa9 \xff\n", "x.yaml")
    assert where(info.value.problems[0]) == (1, 16)


def _padded(size: int) -> bytes:
    body = HEAD.encode()
    return body + b"#" + b"x" * (size - len(body) - 2) + b"\n"


def test_file_over_two_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(_padded(MAX_FILE_BYTES + 1))
    with pytest.raises(ReadoutError) as info:
        load_readout(path)
    [problem] = info.value.problems
    assert problem.message == (
        "the file is 2,000,001 bytes; readouts larger than 2,000,000 bytes are refused"
    )


def test_file_of_exactly_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(_padded(MAX_FILE_BYTES))
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_readout(path).title == "A Test Meeting"


def test_missing_file_is_a_readout_error(tmp_path: Path) -> None:
    with pytest.raises(ReadoutError) as info:
        load_readout(tmp_path / "gone.yaml")
    assert info.value.problems[0].message.startswith("cannot read the file")


def test_unknown_field_lists_the_known_ones() -> None:
    [problem] = problems_of(HEAD + "colour: red\n")
    assert where(problem) == (3, 1)
    assert problem.message.startswith("unknown field 'colour' in the readout (known fields: ")
    assert "duration_minutes" in problem.message


def test_unknown_field_in_a_nested_section() -> None:
    text = HEAD + "sections:\n  - heading: A\n    subsections:\n      - headline: B\n"
    [problem] = problems_of(text)
    assert where(problem) == (6, 9)
    assert "unknown field 'headline' in a section" in problem.message


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("title:\n  nested: map\ndate: 2031-01-02\n", 2, 3, "title must be text, not a mapping"),
        (HEAD + "notes: [a, b]\n", 3, 8, "notes must be text, not a list"),
        (
            HEAD + "countries: {MY: 1}\n",
            3,
            12,
            "countries must be a list ('- item' lines), not a mapping",
        ),
        (
            HEAD + "sections: Introduction\n",
            3,
            11,
            "sections must be a list ('- item' lines), not a text value 'Introduction'",
        ),
        (
            HEAD + "source: MOFA\n",
            3,
            9,
            "source must be 'key: value' lines, not a text value 'MOFA'",
        ),
        (HEAD + "participants:\n  - name: [A, B]\n", 4, 11, "name must be text, not a list"),
        (
            HEAD + "photos:\n  - just a caption\n",
            4,
            5,
            "a photo must be 'key: value' lines, not a text value 'just a caption'",
        ),
        ("title: T\ndate: [2031, 1, 2]\n", 2, 7, "date must be text, not a list"),
        (HEAD + "[a, b]: c\n", 3, 1, "a key must be text, not a list"),
    ],
)
def test_wrong_types_name_line_column_and_shape(
    text: str, line: int, column: int, message: str
) -> None:
    problems = problems_of(text)
    assert (line, column, message) in [(p.line, p.column, p.message) for p in problems]


def test_participant_without_a_name() -> None:
    [problem] = problems_of(HEAD + "participants:\n  - role: Adviser\n")
    assert where(problem) == (4, 5)
    assert problem.message == "a participant needs a name"


@pytest.mark.parametrize(
    ("text", "missing"), [("title: T\n", "date"), ("date: 2031-01-02\n", "title")]
)
def test_missing_required_field(text: str, missing: str) -> None:
    [problem] = problems_of(text)
    assert where(problem) == (1, 1)
    assert problem.message == f"missing required field {missing!r}"


@pytest.mark.parametrize(
    ("text", "line", "column", "missing"),
    [("title:\ndate: 2031-01-02\n", 1, 7, "title"), ("title: T\ndate: ~\n", 2, 7, "date")],
)
def test_empty_required_field(text: str, line: int, column: int, missing: str) -> None:
    [problem] = problems_of(text)
    assert where(problem) == (line, column)
    assert problem.message == f"{missing} is empty; a readout needs a {missing}"


def test_every_problem_is_reported_at_once() -> None:
    text = HEAD + "kind: banquet\nstart_time: noon\ncolour: red\n"
    assert [p.line for p in problems_of(text)] == [3, 4, 5]


def test_sections_nested_too_deep() -> None:
    lines = [HEAD.rstrip("\n"), "sections:"]
    for depth in range(20):
        lines.append("  " * depth + "  - subsections:")
    problems = problems_of("\n".join(lines) + "\n")
    assert [p.message for p in problems] == ["sections are nested more than 12 levels deep"]
    assert problems[0].line == 16


def test_deeply_nested_flow_yaml_is_a_readout_error() -> None:
    problems = problems_of("title: " + "[" * 20_000 + "]" * 20_000 + "\n")
    assert len(problems) == 1


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b"])
def test_control_characters_are_a_readout_error(char: str) -> None:
    [problem] = problems_of(HEAD + f'notes: "a{char}b"\n')
    assert problem.message  # wording aside; test_control_character_names_... checks where


def test_control_character_names_line_and_column() -> None:
    [problem] = problems_of(HEAD + 'notes: "a\x07b"\n')
    assert where(problem) == (3, 10)
    assert "position" not in problem.message


def test_id_with_a_trailing_newline_is_refused() -> None:
    [problem] = problems_of(HEAD + 'id: "abc\\n"\n')
    assert where(problem) == (3, 5)


@pytest.mark.parametrize("value", ["²", "٣", "３０", "9" * 5000, "100001"])
def test_odd_digit_durations_are_a_readout_error(value: str) -> None:
    # isdigit() is true for all but the last; int() fails on "²" and on 5,000 digits.
    [problem] = problems_of(HEAD + "duration_minutes: " + value + "\n")
    assert where(problem) == (3, 19)
    assert "whole number of minutes" in problem.message


@pytest.mark.parametrize(
    "line", ["duration_minutes: ~", "sections:", "start_time: null", "location:", "topics: ~"]
)
def test_empty_or_null_field_counts_as_absent(line: str) -> None:
    # Both the C (libyaml) and the pure-Python composer must agree on this.
    r = parse_readout(HEAD + line + "\n")
    assert (r.duration_minutes, r.sections, r.start_time, r.location, r.topics) == (
        None,
        (),
        None,
        "",
        (),
    )


def test_quoted_null_words_are_text() -> None:
    assert parse_readout(HEAD + "location: 'null'\n").location == "null"
    assert parse_readout(HEAD + 'notes: "~"\n').notes == "~"


@pytest.mark.parametrize("value", ["20310102", "2031-W01-4", "2031-1-2", "31-01-02"])
def test_date_must_be_written_yyyy_mm_dd(value: str) -> None:
    [problem] = problems_of("title: T\ndate: " + value + "\n")
    assert where(problem) == (2, 7)
    assert "YYYY-MM-DD" in problem.message


# --- properties -------------------------------------------------------------------------

YAMLISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "title",
                "date",
                "sections",
                "participants",
                "countries",
                "- ",
                ": ",
                "\n",
                "  ",
                "\t",
                "[",
                "]",
                "{",
                "}",
                ",",
                "&a ",
                "*a",
                "!!int ",
                "!x ",
                "---\n",
                "'",
                '"',
                "#",
                "|",
                ">",
                "?",
                "2024-02-30",
                "14:10",
                "NO",
                "~",
                "\ufeff",
                "%YAML",
                "name: ",
                "heading: ",
                "subsections:",
                "duration_minutes: ",
                "\\",
            ]
        ),
        st.text(max_size=6),
    ),
    max_size=40,
).map("".join)


def _only_readout_errors(text: str) -> None:
    try:
        parse_readout(text)
    except ReadoutError as exc:
        assert exc.problems
        assert all(isinstance(p.message, str) and p.message for p in exc.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), YAMLISH))
def test_parse_never_raises_anything_but_readout_error(text: str) -> None:
    _only_readout_errors(text)


FIELDS = [
    "id",
    "title",
    "kind",
    "date",
    "start_time",
    "duration_minutes",
    "location",
    "countries",
    "mentions",
    "topics",
    "summary",
    "provisional_translation",
    "notes",
]


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(FIELDS), value=st.text(max_size=12))
@example(field="duration_minutes", value="²")
def test_any_field_value_gives_a_readout_or_a_readout_error(field: str, value: str) -> None:
    _only_readout_errors(f"{field}: {value}\ntitle: T\ndate: 2031-01-02\n")


# Text that stresses quoting: quotes, colons, '#', leading spaces, newlines, YAML words.
_CHARS = st.characters(blacklist_categories=("Cs",))  # NEL, U+2028 and controls included
TEXT = st.one_of(
    st.text(_CHARS, max_size=30),
    st.lists(
        st.sampled_from(
            [
                " ",
                "  ",
                ":",
                ": ",
                "#",
                " #",
                "'",
                '"',
                "\n",
                "\n\n",
                "- ",
                "yes",
                "null",
                "~",
                "14:10",
                "1e3",
                "&a",
                "*a",
                "!!int",
                "{",
                "[",
                "|",
                ">",
                "\t",
                "é",
                "漢",
                "\\",
                "\x85",
                "\u2028",
                "\r",
            ]
        )
        | st.text(_CHARS, max_size=4),
        max_size=10,
    ).map("".join),
)
NONEMPTY = TEXT.filter(bool)
CODES = st.sampled_from(["NO", "MY", "JP", "KP", "KR", "GB", "US", "IN", "CA"])
IDS = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._-]{0,30}\Z")


def _sections(depth: int) -> st.SearchStrategy[tuple[Section, ...]]:
    sub = st.just(()) if depth >= 2 else st.deferred(lambda: _sections(depth + 1))
    return st.lists(
        st.builds(
            Section,
            heading=TEXT,
            number=TEXT,
            paragraphs=st.lists(NONEMPTY, max_size=3).map(tuple),
            subsections=sub,
        ),
        max_size=2,
    ).map(tuple)


READOUTS = st.builds(
    Readout,
    id=IDS,
    title=TEXT,
    date=st.dates(min_value=dt.date(1, 1, 1)),
    kind=st.sampled_from(KINDS),
    start_time=st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    duration_minutes=st.none() | st.integers(0, 100_000),
    location=TEXT,
    countries=st.lists(CODES, unique=True, max_size=3).map(tuple),
    mentions=st.lists(CODES, unique=True, max_size=3).map(tuple),
    participants=st.lists(
        st.builds(Participant, name=TEXT, honorific=TEXT, role=TEXT, country=st.just("") | CODES),
        max_size=2,
    ).map(tuple),
    topics=st.lists(NONEMPTY, max_size=3).map(tuple),
    summary=TEXT,
    sections=_sections(0),
    photos=st.lists(st.builds(Photo, caption=TEXT, credit=TEXT), max_size=2).map(tuple),
    source=st.builds(Source, publisher=TEXT, url=TEXT, category=TEXT),
    provisional_translation=st.booleans(),
    notes=TEXT,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(READOUTS)
@example(
    Readout(
        id="x",
        title=" leading: colon # hash",
        date=dt.date(2031, 1, 2),
        summary="line one\n  indented line two\n",
        notes="'quoted' \"twice\"\n\n",
    )
)
def test_dump_then_parse_round_trips(readout: Readout) -> None:
    assert parse_readout(dump_readout(readout), default_id="unused") == readout


# Readouts with the odd spots the one-pass mapping reader hands to the checked reader.
ODD_LINES = st.lists(
    st.sampled_from(
        [
            "title: T\n",
            "date: 2031-01-02\n",
            "title:\n",
            "~: x\n",
            "'~': x\n",
            "null: x\n",
            ": z\n",
            "[a]: b\n",
            "? [a]\n: b\n",
            "colour: red\n",
            "notes: [a]\n",
            "kind: Summit\n",
            "sections:\n",
            "  - heading: A\n",
            "    heading: B\n",
            "    paragraphs: [a, ~, '', [x]]\n",
            "    subsections:\n",
            "      - number: 1\n",
            "        number: 2\n",
            "participants:\n",
            "  - name: N\n",
            "    country: NO\n",
            "    country: XX\n",
            "    role: [r]\n",
            "topics: a\n",
            "topics: [a, ~]\n",
            "countries: [MY, XX]\n",
            "source:\n",
            "  url: u\n",
            "  url: v\n",
            "photos:\n",
            "  - caption: c\n",
            "  - x\n",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(YAMLISH, ODD_LINES, READOUTS.map(dump_readout)))
def test_quick_walk_matches_the_checked_walk(text: str) -> None:
    # Text without '&' and '!' holds no aliases and no tags: the walker then skips those
    # checks and reads mappings in one pass, and must still give the same readout and problems.
    text = text.replace("&", "").replace("!", "")
    try:
        loader = _UntypedLoader(text)
        node = loader.get_single_node()
    except yaml.YAMLError:
        return
    if node is None:
        return
    walks = []
    for careful in (True, False):
        walker = _Walker("t.yaml", careful=careful)
        walks.append((walker.readout(node, "x"), walker.problems))
    assert walks[0] == walks[1]


def test_next_line_character_round_trips() -> None:
    r = Readout(id="x", title="x\x85y", date=dt.date(2031, 1, 2))
    assert parse_readout(dump_readout(r)) == r


def test_round_trip_keeps_every_field_of_a_full_readout() -> None:
    r = Readout(
        id="full",
        title="Full",
        date=dt.date(2031, 1, 2),
        kind="multilateral",
        start_time=dt.time(0, 0),
        duration_minutes=0,
        location="Somewhere: a place",
        countries=("NO", "CA"),
        mentions=("KP",),
        participants=(Participant("N", "H", "R", "NO"),),
        topics=("t",),
        summary="s",
        sections=(Section("h", "1.", ("p",), (Section("sub"),)),),
        photos=(Photo("c", "cr"), Photo()),
        source=Source("p", "https://example.org/x", "c"),
        provisional_translation=True,
        notes="n",
    )
    back = parse_readout(dump_readout(r))
    assert back == r
    assert dataclasses.asdict(back) == dataclasses.asdict(r)
