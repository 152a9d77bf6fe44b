"""Saved web pages: article text and page metadata through the extractor, then the pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summit_tui.core.files.readout_yaml import ReadoutError, dump_readout, parse_readout
from summit_tui.core.importer import import_text
from summit_tui.core.importer.page import PageError, looks_like_html, read_page
from summit_tui.core.importer.request import Overrides, PageFacts
from summit_tui.core.importer.sources import InputError, expand, read_input
from summit_tui.core.model.readout import Review

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
FURNITURE = (
    "Cookies on GOV.UK",
    "Benefits",
    "Crown copyright",
    "Share this page",
    "Privacy Policy",
    "Skip to content",
    "Español",
    "Kasumigaseki",
    "Lima Office",
    "Back to Peru",
    "Foreign Policy",
)


def _page(name: str) -> tuple[str, PageFacts]:
    page = read_page((PAGES / name).read_bytes())
    return page.text, page.facts


@pytest.mark.parametrize("name", ["govuk_call.html", "whitehouse_readout.html", "mofa_summit.html"])
def test_page_text_leaves_menus_and_footers_behind(name: str) -> None:
    text, _ = _page(name)
    for line in FURNITURE:
        assert line not in text, f"{line!r} kept from {name}"


def test_page_metadata_gives_title_date_site_and_address() -> None:
    _, facts = _page("govuk_call.html")
    assert facts.title == "PM call with Prime Minister Ilves of Estonia: 3 March 2025"
    assert facts.published == dt.date(2025, 3, 3)  # first published, not updated
    assert facts.site == "GOV.UK"
    assert facts.url.startswith("https://www.gov.uk/government/news/pm-call-with")


def test_govuk_page_imports_with_source_url_and_both_leaders() -> None:
    text, facts = _page("govuk_call.html")
    [item] = import_text(text, "govuk_call.html", facts=facts).readouts
    r = item.readout
    assert r is not None
    assert (r.date.isoformat(), r.kind, r.countries) == (
        "2025-03-03",
        "telephone-talk",
        ("GB", "EE"),
    )
    assert [p.name for p in r.participants] == ["Keir Starmer", "Kadri Ilves"]
    assert r.source.url == facts.url
    assert r.title == "PM call with Prime Minister Ilves of Estonia"
    assert "Cookies" not in (r.summary + "".join(p for s in r.sections for p in s.paragraphs))


def test_white_house_page_reads_today_against_the_page_date_and_marks_it() -> None:
    text, facts = _page("whitehouse_readout.html")
    [item] = import_text(text, "wh.html", facts=facts).readouts
    r = item.readout
    assert r is not None
    assert r.date == dt.date(2023, 9, 19)
    assert r.countries == ("US", "NG")
    assert r.location == "New York"
    assert r.source.publisher == "The White House"


def test_mofa_page_keeps_local_time_and_the_meeting_date_not_the_page_date() -> None:
    text, facts = _page("mofa_summit.html")
    [item] = import_text(text, "mofa.html", facts=facts).readouts
    r = item.readout
    assert r is not None
    assert r.date == dt.date(2024, 11, 15)  # "On November 15", published November 16
    assert r.start_time == dt.time(18, 10) and r.duration_minutes == 25
    assert r.time_zone == "local time"  # not the Japan time given beside it
    assert r.countries == ("JP", "PE")
    assert r.source.publisher == "Ministry of Foreign Affairs of Japan"
    assert not r.review


def test_html_is_recognised_without_its_suffix(tmp_path: Path) -> None:
    saved = tmp_path / "page"
    saved.write_bytes((PAGES / "govuk_call.html").read_bytes())
    assert looks_like_html(saved.read_bytes())
    source = read_input(str(saved))
    assert source.kind == "page" and source.facts.site == "GOV.UK"


def test_a_page_without_article_text_is_refused_plainly() -> None:
    with pytest.raises(PageError, match="no article text"):
        read_page(b"<html><head><title>x</title></head><body><nav>Menu</nav></body></html>")
    with pytest.raises(PageError, match="bytes"):
        read_page(b"<html>" + b" " * 8_000_001)


def test_inputs_that_are_not_text_say_why(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="binary"):
        read_input(str(tmp_path / "bin.txt"))
    with pytest.raises(InputError, match="no such file"):
        read_input(str(tmp_path / "missing.txt"))
    latin = "Ministerpräsident Müller met President Anna Zoltan of Hungary."
    (tmp_path / "latin.txt").write_bytes(latin.encode("cp1252"))
    assert "Müller" in read_input(str(tmp_path / "latin.txt")).text


def test_a_folder_stands_for_its_text_and_page_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", ".hidden.txt", "readout.yaml", "photo.jpg"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [Path(p).name for p in expand([str(tmp_path)])] == ["a.html", "b.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    [name] = expand([str(empty)])
    with pytest.raises(InputError, match="no text or page files"):
        read_input(name)


def test_overrides_win_and_clear_their_review_marks() -> None:
    text = "The Prime Minister spoke to President Anna Zoltan of Hungary on 5 May."
    [item] = import_text(text).readouts
    assert item.readout is None and any(m.startswith("date") for m in item.missing)
    given = Overrides(
        date=dt.date(2024, 5, 5),
        title="UK-Hungary call",
        countries=("GB", "HU"),
        kind="telephone-talk",
    )
    [item] = import_text(text, given=given).readouts
    r = item.readout
    assert r is not None
    assert (r.date, r.title, r.countries, r.kind) == (
        dt.date(2024, 5, 5),
        "UK-Hungary call",
        ("GB", "HU"),
        "telephone-talk",
    )
    assert not {m.field for m in r.review} & {"date", "title", "countries", "kind"}


def test_not_a_readout_becomes_one_when_the_user_supplies_the_fields() -> None:
    text = "Notes from a long day of talks in the capital about trade."
    assert not import_text(text).is_readout
    given = Overrides(date=dt.date(2024, 1, 2), countries=("JP", "PE"), kind="other")
    [item] = import_text(text, given=given).readouts
    assert item.readout is not None and item.readout.countries == ("JP", "PE")


def test_review_marks_round_trip_through_yaml_and_are_checked() -> None:
    [item] = import_text(
        "Readout\n\nPresident Anna Zoltan of Hungary met Prime Minister "
        "Kadri Ilves of Estonia on April 29.\n\nPublished 2 May 2024"
    ).readouts
    r = item.readout
    assert r is not None
    text = dump_readout(r)
    assert parse_readout(text, "r.yaml") == r
    bad = "title: T\ndate: 2024-01-01\nreview:\n  - reason: no field\n"
    with pytest.raises(ReadoutError, match="review mark needs a field"):
        parse_readout(bad, "bad.yaml")
    odd = "title: T\ndate: 2024-01-01\nreview:\n  - field: date\n    colour: red\n"
    with pytest.raises(ReadoutError, match="unknown field 'colour'"):
        parse_readout(odd, "odd.yaml")
    ok = 'title: T\ndate: 2024-01-01\nreview:\n  - field: date\n    from: "On April 29"\n'
    assert parse_readout(ok, "ok.yaml").review == (Review("date", "", "On April 29"),)
