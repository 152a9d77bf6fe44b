"""A draft readout as a form the user edits before saving: its fields as text, and back.

The import dialog shows what the importer found (or could not find) as editable text; the
user corrects or supplies title, date, kind, parties and participants, and only then is a
readout built and saved. A field the user changed is theirs: its review mark goes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from summit_tui.core.importer.pipeline import import_text, make_id
from summit_tui.core.importer.request import Overrides, PageFacts
from summit_tui.core.importer.result import ImportedReadout
from summit_tui.core.model.readout import KINDS, Participant, Readout, kind_named
from summit_tui.core.reference import countries

FIELDS = ("title", "date", "kind", "countries", "participants")


class DraftError(ValueError):
    """A form value that cannot be a readout's, with what to write instead."""


@dataclass(frozen=True, slots=True)
class DraftForm:
    """The editable fields of one draft, as the text the user sees and types."""

    title: str = ""
    date: str = ""
    kind: str = ""
    countries: str = ""
    participants: str = ""  # one a line: "name | role | country"


def form_of(item: ImportedReadout) -> DraftForm:
    """The form prefilled with what the importer found ("" where it found nothing)."""
    r = item.readout
    if r is None:
        return DraftForm(title=item.title)
    return DraftForm(
        title=r.title,
        date=r.date.isoformat(),
        kind=r.kind,
        countries=", ".join(r.countries),
        participants="\n".join(_person_line(p) for p in r.participants),
    )


def _person_line(p: Participant) -> str:
    parts = [p.display if not p.honorific else p.name, p.role, p.country]
    while parts and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DraftError(
            f"date {text.strip()!r} must be written YYYY-MM-DD, e.g. 2024-05-23"
        ) from None


def _kind(text: str) -> str:
    norm = kind_named(text) if text.strip() else "other"
    if norm is None:
        raise DraftError(f"kind {text.strip()!r} is not one of: {', '.join(KINDS)}")
    return norm


def _codes(text: str) -> tuple[str, ...]:
    codes: list[str] = []
    for item in re.split(r"[,;]+|\s+(?=[A-Z]{2,3}\b)", text):
        item = item.strip()
        if not item:
            continue
        found = countries.lookup(item)
        if found is None:
            raise DraftError(
                f"unknown country {item!r} in parties; use ISO codes like "
                "'JP, MY', separated by commas"
            )
        if found.code not in codes:
            codes.append(found.code)
    return tuple(codes)


def _people(text: str, before: tuple[Participant, ...]) -> tuple[Participant, ...]:
    known = {_person_line(p): p for p in before}
    out: list[Participant] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line in known:  # unchanged: keep the honorific the form did not show apart
            out.append(known[line])
            continue
        name, role, country = ([*(s.strip() for s in line.split("|")), "", ""])[:3]
        if not name:
            raise DraftError(f"participant line {n} has no name; write 'name | role | country'")
        code = ""
        if country:
            found = countries.lookup(country)
            if found is None:
                raise DraftError(f"unknown country {country!r} on participant line {n}")
            code = found.code
        out.append(Participant(name, "", role, code))
    return tuple(out)


def build(
    form: DraftForm, item: ImportedReadout, text: str, source_name: str, facts: PageFacts
) -> Readout:
    """The readout the form describes; DraftError says which value is wrong and how."""
    title = " ".join(form.title.split())
    if not title:
        raise DraftError("the readout needs a title")
    if not form.date.strip():
        raise DraftError("the readout needs a date: type it as YYYY-MM-DD")
    date, kind, codes = _date(form.date), _kind(form.kind), _codes(form.countries)
    base = item.readout
    if base is None:  # refused for want of a title or date: import again with them given
        again = import_text(
            text,
            source_name,
            facts=facts,
            given=Overrides(date=date, title=title, countries=codes, kind=kind),
        )
        base = next((i.readout for i in again.readouts if i.readout is not None), None)
        if base is None:
            raise DraftError("the text still gives no readout with these fields")
    people = _people(form.participants, base.participants)
    found = form_of(item)
    changed = {name for name in FIELDS if getattr(form, name) != getattr(found, name)}
    if "title" in changed or not base.id:
        rid = make_id(date, title)
    else:  # the title as read: the id its reading gave ("习近平同..." has no letters to slug)
        rid = re.sub(r"^\d{4}-\d{2}-\d{2}", date.isoformat(), base.id)
    readout = replace(
        base,
        id=rid,
        title=title,
        date=date,
        kind=kind,
        countries=codes,
        participants=people,
        review=tuple(m for m in base.review if m.field not in changed),
    )
    mentioned = countries.mentioned_codes(readout.full_text())
    return replace(readout, mentions=tuple(c for c in mentioned if c not in codes))
