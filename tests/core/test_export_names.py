"""File names made from the user's words: safe characters only."""

from __future__ import annotations

import datetime as dt

from summit_tui.core.files.export_names import export_file_name, safe_stem

DAY = dt.date(2026, 12, 6)


def test_a_query_names_the_export() -> None:
    assert export_file_name(["country:JP"], "csv", DAY) == "export-country-jp-2026-12-06.csv"
    assert (
        export_file_name(['topic:"energy transition"', "-ukraine"], "md", DAY)
        == "export-topic-energy-transition-ukraine-2026-12-06.md"
    )
    assert export_file_name([], "json", DAY) == "export-2026-12-06.json"


def test_only_safe_characters_are_kept() -> None:
    assert safe_stem("../../etc/passwd") == "etc-passwd"
    assert safe_stem("Côte d'Ivoire") == "cote-d-ivoire"
    assert safe_stem("日本 \x1b[31m red\u202e") == "31m-red"
    assert safe_stem("CON") == "con"
    assert export_file_name(["日本"], "yaml", DAY) == "export-2026-12-06.yaml"
    long = safe_stem("word " * 100)
    assert len(long) <= 60 and not long.endswith("-")
