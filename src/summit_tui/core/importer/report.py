"""How an import's outcome reads to the user: written, needs review, or not written and why."""

from __future__ import annotations

from summit_tui.core.importer.result import ImportedReadout, ImportResult
from summit_tui.core.model.readout import Review

# What a missing field asks the user to supply, as a command-line option.
_SUPPLY = {
    "date": "--date YYYY-MM-DD",
    "title": "--title TEXT",
    "countries": "--country CODE (once per party)",
    "kind": "--kind KIND",
}


def review_fields(marks: tuple[Review, ...]) -> str:
    """The fields marked for review, once each, in order: "date, countries"."""
    return ", ".join(dict.fromkeys(m.field for m in marks))


def review_line(mark: Review) -> str:
    """One mark as a line: 'date: the year is not given; ... (from "On April 29")'."""
    source = f' (from "{mark.text}")' if mark.text else ""
    return f"{mark.label}{source}"


def to_supply(item: ImportedReadout) -> list[str]:
    """The options that would let a refused readout be written."""
    out = []
    for field in item.missing:
        key = field.split(" ")[0]
        if key in ("date", "title") and _SUPPLY[key] not in out:
            out.append(_SUPPLY[key])
    return out


def refusal(item: ImportedReadout) -> str:
    """Why a meeting found in the text could not be written, and what to supply."""
    lacking = [f for f in item.missing if f.split(" ")[0] in ("date", "title")]
    what = "; ".join(lacking) if lacking else "a title and a date"
    supply = to_supply(item) or ["--date YYYY-MM-DD", "--title TEXT"]
    return f"not written: no {what} in the text; supply {' and '.join(supply)}"


def not_a_readout(result: ImportResult) -> str:
    """Why a text gave no meeting at all, and what to supply if it is one."""
    return (
        f"not written: not a readout ({result.not_a_readout}); if it is one, supply "
        f"{_SUPPLY['countries']}, {_SUPPLY['kind']} and {_SUPPLY['date']}"
    )
