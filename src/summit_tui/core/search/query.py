"""The search bar's query language: words, "phrases", -negation, OR, (groups) and fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summit_tui.core.model.readout import KIND_LABELS, KINDS
from summit_tui.core.reference import countries, topics

#: Canonical field names, and the other spellings users type for them.
FIELDS: dict[str, str] = {
    "country": "country",
    "countries": "country",
    "party": "country",
    "mentions": "mentions",
    "mention": "mentions",
    "topic": "topic",
    "topics": "topic",
    "person": "person",
    "kind": "kind",
    "section": "section",
    "date": "date",
    "year": "date",
}

_FIELD_LIST = "country:, mentions:, topic:, person:, kind:, section:, date:"
_WORD_END = re.compile(r'[\s"()]')
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
#: A year, month or day typed on its own ("2018", "2024-05", "2024-05-23"): a date filter.
BARE_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{1,2}(?:-[0-9]{1,2})?)?")
MIN_DATE = dt.date(1, 1, 1)
MAX_DATE = dt.date(9999, 12, 31)
#: Parentheses and negations ("-", NOT) nested deeper than this are refused: no real query
#: needs them, and each level is a level of recursion in the parser and the matcher.
MAX_DEPTH = 32
#: The longest word, phrase or field value a query may hold: matching a word costs time
#: that grows with the square of its length (a 10,000-character word took seconds).
MAX_TERM_CHARS = 200


class QueryError(ValueError):
    """A malformed query: a plain message and the 0-based offset where it went wrong."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at {position + 1})")
        self.message = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Term:
    """One searchable thing: a free word or phrase, or a field and its value."""

    field: str  # "" for free text, else a canonical field name
    value: str  # as typed, quotes removed
    position: int  # offset of the term in the query text
    phrase: bool = False  # quoted
    prefix: bool = False  # last bare word, still being typed
    dates: tuple[dt.date, dt.date] | None = None  # inclusive range, for date:
    bare: bool = False  # a date typed on its own ("2018"), without "date:"

    def words(self) -> list[str]:
        """The value's words, case-folded, as the index splits text."""
        return re.findall(r"\w+", self.value.casefold())


@dataclass(frozen=True, slots=True)
class And:
    """Every child must match."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Any child may match."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """The child must not match."""

    child: Node


Node = Term | And | Or | Not


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: a tree of terms (None when the query is empty)."""

    text: str
    root: Node | None

    @property
    def is_empty(self) -> bool:
        """True when the query asks for nothing (every readout matches)."""
        return self.root is None

    def positive_terms(self) -> list[Term]:
        """Terms that are not negated: what gets highlighted and ranked."""
        out: list[Term] = []

        def walk(node: Node | None) -> None:
            if isinstance(node, Term):
                out.append(node)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child)

        walk(self.root)
        return out


def terms(node: Node | None, negated: bool = False) -> list[tuple[Term, bool]]:
    """Every term of a tree in order, each with whether it is negated."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [(node, negated)]
    if isinstance(node, Not):
        return terms(node.child, not negated)
    return [found for child in node.children for found in terms(child, negated)]


def replaced(node: Node | None, term: Term, by: Node | None) -> Node | None:
    """The tree with this very term (not an equal one) replaced, or dropped when ``by`` is
    None; a group or negation left empty goes with it."""
    if node is None or node is term:
        return by
    if isinstance(node, Term):
        return node
    if isinstance(node, Not):
        child = replaced(node.child, term, by)
        return Not(child) if child is not None else None
    children = [c for c in (replaced(child, term, by) for child in node.children) if c is not None]
    if not children:
        return None
    if len(children) == 1:
        return children[0]
    return And(tuple(children)) if isinstance(node, And) else Or(tuple(children))


def as_typed(term: Term) -> str:
    """The term as a user would type it: ``"rule of law"``, ``country:MY``, ``2018``."""
    value = f'"{term.value}"' if term.phrase else term.value
    if term.field and not term.bare:
        return f"{term.field}:{value}"
    return value


def parse(text: str) -> Query:
    """Parse a search-bar query; raise QueryError on malformed input."""
    parser = _Parser(text)
    root = parser.parse()
    return Query(text, root)


def parse_dates(value: str, position: int = 0) -> tuple[dt.date, dt.date]:
    """An inclusive date range from "2024", "2024-01..2024-06", ">=2023-12" and the like."""
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            start, end = _period(value[len(op) :], position + len(op))
            if op == ">=":
                return start, MAX_DATE
            if op == ">":
                return end + dt.timedelta(days=1), MAX_DATE
            if op == "<=":
                return MIN_DATE, end
            return MIN_DATE, start - dt.timedelta(days=1)
    if ".." in value:
        left, right = value.split("..", 1)
        start = _period(left, position)[0] if left else MIN_DATE
        end = _period(right, position + len(left) + 2)[1] if right else MAX_DATE
        if start > end:
            raise QueryError(f"the date range {_cut(value)} ends before it starts", position)
        return start, end
    return _period(value, position)


def _period(value: str, position: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a year, a month or a single day."""
    m = _DATE.fullmatch(value)
    if m is None:
        raise QueryError(f"bad date '{_cut(value)}': use YYYY, YYYY-MM or YYYY-MM-DD", position)
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            first = dt.date(year, int(month), 1)
            nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        d = dt.date(year, int(month), int(day))
        return d, d
    except ValueError:
        raise QueryError(f"bad date '{_cut(value)}': no such day or month", position) from None


class _Parser:
    """Recursive descent over the raw text: OR binds tighter than the implicit AND."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def parse(self) -> Node | None:
        node = self._and()
        self._skip()
        if self.pos < len(self.text):  # only a stray ")" stops _and early
            raise QueryError("')' without a matching '('", self.pos)
        return node

    def _skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _keyword(self, word: str) -> bool:
        """True (and consumed) when the next bare word is the keyword, in capitals."""
        self._skip()
        end = self.pos + len(word)
        if self.text.startswith(word, self.pos) and (
            end == len(self.text) or _WORD_END.match(self.text[end])
        ):
            self.pos = end
            return True
        return False

    def _at_end(self) -> bool:
        self._skip()
        return self.pos >= len(self.text) or self.text[self.pos] == ")"

    def _and(self) -> Node | None:
        children: list[Node] = []
        while not self._at_end():
            if self._keyword("AND"):
                continue
            node = self._or()
            if node is not None:
                children.append(node)
        if not children:
            return None
        return children[0] if len(children) == 1 else And(tuple(children))

    def _or(self) -> Node | None:
        start = self.pos
        if self._keyword("OR"):
            raise QueryError("OR needs a term on each side", start)
        first = self._unary()
        children = [first] if first is not None else []
        while True:
            save = self.pos
            if not self._keyword("OR"):
                break
            if self._at_end():  # "a OR" while the user is still typing
                break
            node = self._unary()
            if node is None:
                raise QueryError("OR needs a term on each side", save)
            children.append(node)
        if not children:
            return None
        return children[0] if len(children) == 1 else Or(tuple(children))

    def _deeper(self, at: int) -> None:
        """One more level of nesting, refused past ``MAX_DEPTH``."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(
                f"the query nests parentheses or negations more than {MAX_DEPTH} levels deep", at
            )

    def _unary(self) -> Node | None:
        self._skip()
        negate = False
        if self.text.startswith("-", self.pos):
            self.pos += 1
            if self.pos >= len(self.text) or self.text[self.pos].isspace():
                return None  # a dangling "-" while typing
            negate = True
        elif self._keyword("NOT"):
            if self._at_end():
                return None
            negate = True
        if negate:
            self._deeper(self.pos - 1)
            child = self._unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        return self._atom()

    def _atom(self) -> Node | None:
        start = self.pos
        ch = self.text[start]
        if ch == "(":
            self._deeper(start)
            self.pos += 1
            node = self._and()
            self._skip()
            if self.pos >= len(self.text):
                raise QueryError("'(' is never closed", start)
            self.pos += 1  # the ")"
            self.depth -= 1
            return node
        if ch == '"':
            value = _bounded(self._quoted(), start)
            return Term("", value, start, phrase=True) if value.strip() else None
        end = self._word_end()
        word = self.text[start:end]
        name, colon, rest = word.partition(":")
        if colon and name.isalpha():
            return self._field(name, start, rest)
        _bounded(word, start)
        self.pos = end
        if not re.search(r"\w", word):
            return None  # bare punctuation searches nothing
        if BARE_DATE.fullmatch(word):
            try:  # "2018" on its own means the year, as date:2018 does
                return Term("date", word, start, dates=_period(word, start), bare=True)
            except QueryError:
                pass  # "2024-13" names no month: a word like any other
        return Term("", word, start, prefix=end == len(self.text))

    def _word_end(self) -> int:
        m = _WORD_END.search(self.text, self.pos)
        return m.start() if m else len(self.text)

    def _quoted(self) -> str:
        start = self.pos
        close = self.text.find('"', start + 1)
        if close < 0:
            raise QueryError("unclosed quote", start)
        self.pos = close + 1
        return self.text[start + 1 : close]

    def _field(self, name: str, start: int, rest: str) -> Node | None:
        field = FIELDS.get(name.casefold())
        if field is None:
            raise QueryError(f"unknown field '{_cut(name)}:' (try {_FIELD_LIST})", start)
        value_at = start + len(name) + 1
        self.pos = value_at
        phrase = False
        if self.text.startswith('"', value_at):
            value = self._quoted()
            phrase = True
        else:
            self.pos = self._word_end()
            value = self.text[value_at : self.pos]
        _bounded(value, value_at)
        if not value.strip():
            if self.pos >= len(self.text):
                return None  # "country:" while the user is still typing
            raise QueryError(f"{name}: needs a value", start)
        typing = not phrase and self.pos == len(self.text)
        if field == "date":
            return Term(field, value, start, dates=parse_dates(value, value_at))
        return Term(field, value, start, phrase=phrase, prefix=typing)


def _cut(text: str, most: int = 40) -> str:
    """Text quoted in an error, cut to ``most`` characters: a field name is not bounded."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _bounded(value: str, position: int) -> str:
    """The term's value, or QueryError when it is longer than ``MAX_TERM_CHARS``."""
    if len(value) > MAX_TERM_CHARS:
        raise QueryError(
            f"a word or phrase is {len(value):,} characters long; the longest "
            f"searched is {MAX_TERM_CHARS}",
            position,
        )
    return value


def quote(value: str) -> str:
    """The value as it must be typed after a field: quoted when it has spaces."""
    return f'"{value}"' if re.search(r'[\s()"]', value) else value


def complete_field_value(field: str, prefix: str, limit: int = 20) -> list[str]:
    """Known values for a field that start with the prefix, ready to type after "field:"."""
    canonical = FIELDS.get(field.casefold().rstrip(":"))
    if canonical in ("country", "mentions"):
        return [quote(c.name) for c in countries.complete(prefix, limit)]
    if canonical == "topic":
        return [quote(t) for t in topics.default_taxonomy().complete(prefix)[:limit]]
    if canonical == "kind":
        p = prefix.casefold()
        return [k for k in KINDS if k.startswith(p) or KIND_LABELS[k].casefold().startswith(p)]
    if canonical == "date":
        return [v for v in (">=", "<=", "..") if v.startswith(prefix)]
    return []
