"""The import dialog's draft: a readout's fields as text, edited, and back to a readout."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from summit_tui.core.importer import import_text
from summit_tui.core.importer.draft import DraftError, build, form_of
from summit_tui.core.importer.request import NO_PAGE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _draft(name: str):  # type: ignore[no-untyped-def]
    text = (FIXTURES / name).read_text("utf-8")
    [item] = import_text(text, name).readouts
    return text, item


def test_an_unchanged_form_gives_back_the_draft() -> None:
    text, item = _draft("seed_mofa_japan_malaysia.txt")
    form = form_of(item)
    assert form.participants.splitlines()[0] == "KISHIDA Fumio | Prime Minister of Japan | JP"
    assert build(form, item, text, "seed.txt", NO_PAGE) == item.readout


def test_a_changed_field_is_the_users_and_loses_its_mark() -> None:
    text, item = _draft("uk_call.txt")
    assert {m.field for m in item.readout.review} == {"participants"}
    form = replace(
        form_of(item),
        participants="Rishi Sunak | Prime Minister | GB\nAnna Kowalska | Prime Minister | Poland",
    )
    r = build(form, item, text, "uk.txt", NO_PAGE)
    assert [(p.name, p.country) for p in r.participants] == [
        ("Rishi Sunak", "GB"),
        ("Anna Kowalska", "PL"),
    ]
    assert not r.review


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "14/11/2023", "must be written YYYY-MM-DD"),
        ("date", "", "needs a date"),
        ("title", "  ", "needs a title"),
        ("kind", "bilateral", "is not one of"),
        ("countries", "GB, Atlantis", "unknown country 'Atlantis'"),
        ("participants", " | Prime Minister | GB", "has no name"),
        ("participants", "Anna Kowalska | Prime Minister | Ruritania", "unknown country"),
    ],
)
def test_a_bad_value_says_what_to_write(field: str, value: str, message: str) -> None:
    text, item = _draft("uk_call.txt")
    with pytest.raises(DraftError, match=message):
        build(replace(form_of(item), **{field: value}), item, text, "uk.txt", NO_PAGE)


def test_a_refused_text_is_built_from_what_the_user_supplies() -> None:
    text = "The Prime Minister spoke to President Anna Zoltan of Hungary this evening."
    [item] = import_text(text).readouts
    assert item.readout is None
    form = replace(
        form_of(item),
        title="UK-Hungary call",
        date="2024-05-06",
        kind="telephone-talk",
        countries="GB, HU",
    )
    r = build(form, item, text, "t.txt", NO_PAGE)
    assert (r.date, r.countries, r.id) == (
        dt.date(2024, 5, 6),
        ("GB", "HU"),
        "2024-05-06-uk-hungary-call",
    )
