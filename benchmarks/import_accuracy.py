"""How often the importer gets real readouts right: per field, per publisher, overall.

The evaluation set is real readouts from many governments and their republications. Only
their addresses and the facts checked by hand are committed
(``benchmarks/import_eval/cases/*.yaml``); their texts live in the git-ignored
``benchmarks/import_eval/texts/`` (see ``benchmarks/import_eval/README.md`` to fill it).

Each expected field is scored as one of:

- ``right``: the importer's value is the expected one;
- ``review``: wrong or missing, but the readout marks that field for review (not silent);
- ``wrong``: a different value, not marked: the user would be misled;
- ``missing``: the importer gave no value (and did not mark the field).

Accuracy is ``right`` over all checks. Run::

    python benchmarks/import_accuracy.py            # plain text, as pasted
    python benchmarks/import_accuracy.py --facts    # with the page's date and address
    python benchmarks/import_accuracy.py -v         # every miss, case by case
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import traceback
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summit_tui.core.importer import import_text
from summit_tui.core.importer.dates import find_dates
from summit_tui.core.importer.furniture import date_in_address
from summit_tui.core.importer.kind import clean_title
from summit_tui.core.importer.page import read_page
from summit_tui.core.importer.request import Overrides, PageFacts
from summit_tui.core.model.readout import Readout

HERE = Path(__file__).resolve().parent / "import_eval"
FIELDS = (
    "written",
    "date",
    "kind",
    "countries",
    "participants",
    "start_time",
    "duration_minutes",
    "location",
    "title",
)


@dataclass
class Tally:
    """Outcomes of the checks of one field or one publisher."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: str) -> None:
        self.counts[outcome] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def accuracy(self) -> float:
        return self.counts["right"] / self.total if self.total else 0.0

    def row(self, name: str) -> str:
        c = self.counts
        return (
            f"{name:<22} {self.total:>5} {self.accuracy:>8.3f} {c['right']:>6} "
            f"{c['review']:>7} {c['wrong']:>6} {c['missing']:>8}"
        )


def load_cases(folder: Path, only: str = "*") -> list[dict[str, Any]]:
    """Every case of every cases file (matching ``only``), in file order."""
    cases: list[dict[str, Any]] = []
    for path in sorted((folder / "cases").glob(f"{only.removesuffix('.yaml')}.yaml")):
        try:
            loaded = yaml.safe_load(path.read_text("utf-8")) or []
        except yaml.YAMLError as exc:
            print(f"{path.name}: not read ({exc})", file=sys.stderr)
            continue
        for case in loaded:
            case["_file"] = path.name
            # YAML 1.1 reads an unquoted NO (Norway) as false.
            case["countries"] = ["NO" if c is False else c for c in case.get("countries") or ()]
            cases.append(case)
    return cases


_LETTERS = str.maketrans(
    {
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "ı": "i",
    }
)


def _fold(text: str) -> str:
    # "López Obrador" is the same name as "Lopez Obrador": accents are not what is scored;
    # nor are letters English writes otherwise ("Skarphéðinsson", "Skarphedinsson").
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.translate(_LETTERS)
    text = re.sub(r"[’‘`]", "'", text)
    return " ".join(re.sub(r"[^\w' -]", " ", text).casefold().split())


def _place(text: str) -> str:
    # "Oval Office of the White House" is the place "Oval Office, White House" names: the
    # words that join a venue to its city are not what is scored.
    # "Ulan-Bator" and "Ulan Bator" are one place spelled two ways.
    words = _fold(text).replace("-", " ").split()
    return " ".join(w for w in words if w not in {"in", "of", "the", "at"})


def _name_matches(expected: str, name: str) -> bool:
    """An expected family name ("von der Leyen") found as whole words in a participant's name."""
    exp, got = _fold(expected), _fold(name)
    return bool(exp) and re.search(rf"(?<!\w){re.escape(exp)}(?!\w)", got) is not None


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _page_date(value: Any) -> dt.date | None:
    # A store's stamp can give a month only ("2017-02"): no day, so no page date to give.
    try:
        return _date(value)
    except ValueError:
        return None


def states_date(text: str, expected: dt.date | None) -> bool:
    """True when the text itself writes the expected date in full (day, month and year)."""
    if expected is None:
        return False
    return any(d.year and d.resolve(None) == expected for d in find_dates(text))


def score_case(
    case: dict[str, Any],
    readout: Readout | None,
    asked_date: bool,
    supplied: Readout | None,
    states: bool,
) -> dict[str, str]:
    """The outcome of each expected field of one case.

    ``readout`` is what the import gave (None when it refused); ``asked_date`` is True when
    it refused for want of a date, and ``supplied`` is the import again with the expected
    date given, as the user would after such a refusal: the other fields are scored on it.
    Asking for a date the text does not state is right; refusing one it states is not.
    """
    marked = {m.field for m in readout.review} if readout else set()
    out: dict[str, str] = {}

    def judge(name: str, ok: bool, have: bool) -> None:
        if ok:
            out[name] = "right"
        elif name in marked:
            out[name] = "review"
        else:
            out[name] = "wrong" if have else "missing"

    expected_date = _date(case.get("date"))
    asked_right = asked_date and not states
    if readout is None:
        out["written"] = "right" if asked_right else "missing"
        out["date"] = "right" if asked_right else "missing"
    else:
        out["written"] = "right"
        if expected_date is None:
            out["date"] = "right" if "date" in marked else "wrong"
        else:
            judge("date", readout.date == expected_date, True)
    fields_of = readout or supplied
    if fields_of is None:
        for name in ("kind", "countries", "participants"):
            out[name] = "missing"
        return out
    marked |= {m.field for m in fields_of.review}
    judge("kind", fields_of.kind == case["kind"], True)
    judge(
        "countries",
        set(fields_of.countries) == set(case.get("countries") or ()),
        bool(fields_of.countries),
    )
    principals = [str(p) for p in case.get("participants") or ()]
    allowed = principals + [str(p) for p in case.get("others") or ()]
    names = [p.name for p in fields_of.participants]
    found_all = all(any(_name_matches(e, n) for n in names) for e in principals)
    no_extra = all(any(_name_matches(a, n) for a in allowed) for n in names)
    judge("participants", found_all and no_extra, bool(names))
    if "start_time" in case:
        got = fields_of.start_time.strftime("%H:%M") if fields_of.start_time else ""
        judge("start_time", got == str(case["start_time"]).zfill(5), bool(got))
    if "duration_minutes" in case:
        judge(
            "duration_minutes",
            fields_of.duration_minutes == int(case["duration_minutes"]),
            fields_of.duration_minutes is not None,
        )
    if "location" in case:
        exp, got = _place(str(case["location"])), _place(fields_of.location)
        judge("location", bool(got) and (exp in got or got in exp), bool(got))
    if "title" in case:
        exp = _fold(clean_title(str(case["title"])))
        judge("title", _fold(fields_of.title) == exp, True)
    return out


def run(args: argparse.Namespace) -> int:
    cases = load_cases(args.folder, args.only)
    by_field: dict[str, Tally] = defaultdict(Tally)
    by_publisher: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    crashes = absent = 0
    misses: list[str] = []
    for case in cases:
        path = args.folder / "texts" / f"{case['id']}.txt"
        if not path.exists():
            absent += 1
            continue
        text = path.read_text("utf-8")
        facts = PageFacts()
        if args.html:  # the same text as a saved page: through the extractor first
            page = read_page(_as_page(text))
            text, facts = page.text, page.facts
        if args.facts:
            facts = PageFacts(published=_page_date(case.get("page_date")), url=case.get("url", ""))
        try:
            result = import_text(text, path.name, facts=facts)
        except Exception:  # a crash is a result here: count it, show it, go on
            crashes += 1
            misses.append(f"{case['id']}: CRASH\n{traceback.format_exc()}")
            continue
        items = result.readouts
        readout = next((i.readout for i in items if i.readout is not None), None)
        refused = [m for i in items for m in i.missing] if readout is None else []
        asked = readout is None and any(m.startswith("date") for m in refused)
        expected_date = _date(case.get("date"))
        supplied = None
        if asked:  # the user supplies what the refusal asks for
            title = "" if "title" not in refused else str(case.get("title") or "A meeting")
            # The date a user would know though the text does not state it: the case's
            # ``supply_date`` (checked by hand from the page's context), or the date its
            # address carries; any date otherwise.
            known = (
                _date(case.get("supply_date"))
                or date_in_address(str(case.get("url", "")))
                or dt.date(2000, 1, 1)
            )
            again = import_text(
                text,
                path.name,
                facts=facts,
                given=Overrides(date=expected_date or known, title=title),
            )
            supplied = next((i.readout for i in again.readouts if i.readout), None)
        outcomes = score_case(case, readout, asked, supplied, states_date(text, expected_date))
        for name, outcome in outcomes.items():
            by_field[name].add(outcome)
            by_publisher[case["publisher"]].add(outcome)
            overall.add(outcome)
            if outcome != "right":
                misses.append(
                    f"{case['id']} [{case['publisher']}] {name}: {outcome}; "
                    f"expected {case.get(name)!r}, got "
                    f"{_got(readout or supplied, name, result.not_a_readout, refused)!r}"
                )
    n = len(cases) - absent
    header = (
        f"{'':<22} {'checks':>5} {'accuracy':>8} {'right':>6} {'review':>7} "
        f"{'wrong':>6} {'missing':>8}"
    )
    mode = "plain text with the page's date and address" if args.facts else "plain text"
    if args.html:
        mode = "each text as an HTML page"
    print(
        f"import accuracy on {n} real readouts ({mode}); {absent} texts absent, {crashes} crashes"
    )
    print("\nper field\n" + header)
    for name in FIELDS:
        if name in by_field:
            print(by_field[name].row(name))
    print("\nper publisher\n" + header)
    for name in sorted(by_publisher):
        print(by_publisher[name].row(name))
    silent = overall.counts["wrong"]
    print(
        f"\nsilently wrong: {silent} of {overall.total} checks; "
        f"marked for review: {overall.counts['review']}"
    )
    if args.verbose:
        print("\n" + "\n".join(misses))
    print(f"import_accuracy n={n} overall={overall.accuracy:.3f}")
    return 0 if crashes == 0 else 1


def _got(readout: Readout | None, name: str, not_a_readout: str, refused: list[str]) -> Any:
    if readout is None:
        return f"not written: {not_a_readout or ', '.join(refused)}"
    if name == "participants":
        return [p.name for p in readout.participants]
    if name == "start_time":
        return readout.start_time.strftime("%H:%M") if readout.start_time else None
    if name == "written":
        return "written"
    value = getattr(readout, name, None)
    return value.isoformat() if isinstance(value, dt.date) else value


def _as_page(text: str) -> bytes:
    """The text as a plain HTML page, a paragraph a line (a stand-in for a saved page)."""
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=HERE)
    parser.add_argument(
        "--only",
        metavar="GLOB",
        default="*",
        help="cases files to use (e.g. 'group_[ef]*' for the held-out set)",
    )
    parser.add_argument(
        "--facts",
        action="store_true",
        help="give the importer the page's date and address, as a saved page or a URL would",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="wrap each text as an HTML page and read it as a saved page",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
