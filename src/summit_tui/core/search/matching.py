"""Turning a parsed query into a bitmap of matching docs, and a plan to rank and show hits."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

from summit_tui.core.model.readout import KIND_LABELS
from summit_tui.core.reference import countries, topics
from summit_tui.core.reference.people import Surnames, name_words, person_key
from summit_tui.core.search.highlights import Plan, phrase_regex
from summit_tui.core.search.postings import from_positions, positions
from summit_tui.core.search.query import And, Node, Not, Or, Query, Term
from summit_tui.core.search.sections import HeadingTest, LocalTest, scope_text
from summit_tui.core.search.state import IndexState
from summit_tui.core.search.tokens import (
    DAY,
    HEADING,
    KIND,
    MENTION,
    MONTH,
    PARTY,
    PERSON,
    TOPIC,
    YEAR,
    entry_text,
)

EXACT, PREFIX, TYPO = 1.0, 0.7, 0.4  # rank weights: exact words rank above fuzzy ones
MIN_TYPO_LEN = 5  # shorter words get no typo tolerance: too many false friends
_LETTERS = string.ascii_lowercase
_WORD_CHAR = re.compile(r"\w")


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out


@lru_cache(maxsize=512)
def _fuzzy_country(term: str) -> str | None:
    c = countries.fuzzy_lookup(term)
    return c.code if c else None


@lru_cache(maxsize=512)
def _fuzzy_topic(term: str) -> str | None:
    return topics.default_taxonomy().fuzzy_lookup(term)


class Matcher:
    """Evaluates query trees against one index's state; caches the costly parts per
    generation of the state."""

    def __init__(self, state: IndexState) -> None:
        self.state = state
        self._cache: OrderedDict[tuple[object, ...], int] = OrderedDict()

    def clear_cache(self) -> None:
        """Forget the bitmaps kept for recent queries."""
        self._cache.clear()

    def evaluate(self, query: Query) -> tuple[int, Plan]:
        """The bitmap of live docs matching the query, and what to highlight and rank."""
        plan = Plan()
        live = self.state.live
        if query.root is None:
            return live, plan
        return self._node(query.root, plan, True) & live, plan

    def _node(self, node: Node, plan: Plan, positive: bool) -> int:
        if isinstance(node, Term):
            return self._term(node, plan if positive else Plan())
        if isinstance(node, Not):
            return self.state.live & ~self._node(node.child, plan, not positive)
        bitmaps = [self._node(child, plan, positive) for child in node.children]
        if isinstance(node, And) and _scoped(node):
            return self._in_sections(node, bitmaps)
        out = bitmaps[0]
        for bm in bitmaps[1:]:
            out = out | bm if isinstance(node, Or) else out & bm
        assert isinstance(node, And | Or)
        return out

    # --- section: terms restrict the free text beside them ----------------------------------

    def _in_sections(self, node: And, bitmaps: list[int]) -> int:
        """Docs where the free text of this AND is found inside sections whose heading
        matches every section: term of it (other terms still apply to the whole readout)."""
        tests = [_heading_test(c) for c in node.children if _is_section(c)]
        textual = [c for c in node.children if _is_textual(c)]
        cand = self.state.live
        for child, bm in zip(node.children, bitmaps, strict=True):
            if not (child in textual and _negates(child)):  # a word absent overall may
                cand &= bm  # still be absent from the sections, so only positives prefilter

        def compute() -> int:
            checks = [self._local(child) for child in textual]
            docs = self.state.docs
            found = []
            memo: dict[str, bool] = {}
            for d in positions(cand):
                scope = scope_text(docs[d], tests, memo)
                if scope is not None and all(check(*scope) for check in checks):
                    found.append(d)
            return from_positions(found, self.state.postings.size)

        return self._cached(("sections", node), compute)

    def _local(self, node: Node) -> LocalTest:
        """A test of a free-text node against the text and topics of some sections."""
        if isinstance(node, Term):
            plan = Plan()
            self._term(node, plan)
            return lambda text, found: bool(plan.topics & found) or plan.matches(text)
        if isinstance(node, Not):
            inner = self._local(node.child)
            return lambda text, found: not inner(text, found)
        parts = [self._local(child) for child in node.children]
        if isinstance(node, Or):
            return lambda text, found: any(p(text, found) for p in parts)
        return lambda text, found: all(p(text, found) for p in parts)

    def _cached(self, key: tuple[object, ...], compute: Callable[[], int]) -> int:
        """Memoise a bitmap for this index generation (the last few dozen keystrokes)."""
        full = (self.state.generation, *key)
        hit = self._cache.get(full)
        if hit is None:
            hit = compute()
            self._cache[full] = hit
            if len(self._cache) > 64:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(full)
        return hit

    def _term(self, term: Term, plan: Plan) -> int:
        handler: Callable[[Term, Plan], int] = getattr(self, f"_field_{term.field or 'free'}")
        return handler(term, plan)

    # --- free text -------------------------------------------------------------------------

    def _field_free(self, term: Term, plan: Plan) -> int:
        post = self.state.postings
        words = term.words()
        if not words:
            return self.state.live
        plan.free_text = True
        out = 0
        country = countries.lookup(term.value, strict_codes=True)
        topic = topics.default_taxonomy().lookup(term.value)
        if term.phrase or len(words) > 1:
            out |= self._phrase(tuple(words), term.prefix, plan)
        else:
            word = words[0]
            if word in post:
                out |= post.bitmap(word)
                plan.add_word(word, EXACT)
            if term.prefix:
                out |= self._prefix(word, plan)
            # A word still being typed is mostly a prefix, not a typo: forgive only when
            # nothing starts with it, or "marit" would find "Maria".
            if len(word) >= MIN_TYPO_LEN and not (term.prefix and out):
                typos = [w for w in edits1(word) if w in post.docs]
                for w in typos:
                    plan.add_word(w, TYPO)
                out |= post.union(typos)
        if country is None and len(term.value) >= MIN_TYPO_LEN:
            code = _fuzzy_country(term.value)
            country = countries.get(code) if code else None
        if country is not None:
            out |= post.bitmap(PARTY + country.code) | post.bitmap(MENTION + country.code)
            plan.countries[country.code] = EXACT
        if topic is None and len(term.value) >= MIN_TYPO_LEN:
            topic = _fuzzy_topic(term.value)
        if topic is not None:
            out |= post.bitmap(TOPIC + topic)
            plan.topics.add(topic)
        return out

    def _prefix(self, prefix: str, plan: Plan) -> int:
        """Docs with a word starting with the prefix, or a country or topic named by it."""
        post = self.state.postings
        plan.prefixes.add(prefix)
        if len(prefix) >= 3:
            for c in countries.complete(prefix):
                plan.countries.setdefault(c.code, PREFIX)
            for t in topics.default_taxonomy().complete(prefix):
                if t.startswith(prefix):
                    plan.topics.add(t)
        # Rank by the closest completions only; a short prefix can expand to thousands.
        for w in sorted(post.with_prefix(prefix), key=len)[:20]:
            plan.add_word(w, PREFIX)

        def compute() -> int:
            out = post.union(post.with_prefix(prefix))
            if len(prefix) >= 3:
                for c in countries.complete(prefix):
                    out |= post.bitmap(PARTY + c.code) | post.bitmap(MENTION + c.code)
                out |= post.union(TOPIC + t for t in plan.topics if t.startswith(prefix))
            return out

        return self._cached(("prefix", prefix), compute)

    def _phrase(self, words: tuple[str, ...], prefix: bool, plan: Plan) -> int:
        """Docs with the words next to each other, checked in the text of each candidate."""
        post = self.state.postings
        plan.phrases.add(words)

        def compute() -> int:
            cand = self.state.live
            for w in words[:-1]:
                cand &= post.bitmap(w)
            last = words[-1]
            cand &= self._prefix(last, Plan()) if prefix else post.bitmap(last)
            tail = r"\w*" if prefix else ""
            # Case-folded text and a pattern that starts with a literal let the regex engine
            # skip ahead; the word boundary before the phrase is checked by hand instead.
            pattern = re.compile(rf"{phrase_regex(words)}{tail}(?!\w)")
            docs = self.state.docs
            found = []
            for d in positions(cand):
                text = entry_text(docs[d]).casefold()
                for m in pattern.finditer(text):
                    at = m.start()
                    if at == 0 or not _WORD_CHAR.match(text, at - 1):
                        found.append(d)
                        break
            return from_positions(found, self.state.postings.size)

        return self._cached(("phrase", words, prefix), compute)

    # --- fields ----------------------------------------------------------------------------

    def _codes(self, term: Term) -> list[str]:
        exact = countries.lookup(term.value)
        if exact is not None:
            return [exact.code]
        if term.prefix:
            found = [c.code for c in countries.complete(term.value)]
            if found:
                return found
        code = _fuzzy_country(term.value)
        return [code] if code else []

    def _field_country(self, term: Term, plan: Plan) -> int:
        codes = self._codes(term)
        for code in codes:
            plan.countries.setdefault(code, EXACT)
        return self.state.postings.union(PARTY + c for c in codes)

    def _field_mentions(self, term: Term, plan: Plan) -> int:
        codes = self._codes(term)
        for code in codes:
            plan.countries.setdefault(code, EXACT / 2)
        return self.state.postings.union(MENTION + c for c in codes)

    def _field_topic(self, term: Term, plan: Plan) -> int:
        post = self.state.postings
        name = topics.normalise(term.value)
        found = [name] if TOPIC + name in post else []
        if not found and term.prefix:
            found = [k[len(TOPIC) :] for k in post.with_prefix(TOPIC + name)]
        if not found:
            fuzzy = _fuzzy_topic(name)
            found = [fuzzy] if fuzzy else []
        plan.topics.update(found)
        return post.union(TOPIC + t for t in found)

    def _words_under(self, key: str, term: Term, words: list[str] | None = None) -> int:
        """Docs holding every word of the value under a key prefix (the last may be a prefix)."""
        post = self.state.postings
        out = self.state.live
        words = term.words() if words is None else words
        for i, w in enumerate(words):
            if term.prefix and i == len(words) - 1:
                out &= post.union(post.with_prefix(key + w))
            else:
                out &= post.bitmap(key + w)
        return out

    def _field_person(self, term: Term, plan: Plan) -> int:
        # Titles and joining particles are not part of a name as indexed: person:"Dato' Seri
        # Anwar bin Ibrahim" and person:"Mr. Fumio KISHIDA" look for the name words only.
        words = term.words()
        last = words[-1] if term.prefix and words else None
        words = name_words(words[:-1] if last is not None else words)
        if last is not None:
            words.append(last)
        for i, w in enumerate(words):
            if term.prefix and i == len(words) - 1:
                plan.prefixes.add(w)
            else:
                plan.add_word(w, EXACT)
        found = self._words_under(PERSON, term, words)
        if len(words) > 1 and not term.prefix:
            wanted = tuple(words)
            found |= self._cached(("surname", wanted), lambda: self._surname_alone(wanted))
        return found

    def _surname_alone(self, words: tuple[str, ...]) -> int:
        """Docs naming the person by one word of the name alone ("Kishida"), where the one
        full name of that participant's country holding the word has every searched word."""
        post, docs = self.state.postings, self.state.docs
        wanted = set(words)
        out = []
        for word in wanted:
            # Everyone whose name holds the word is in these docs: their full names say
            # whether the word alone names one person of a country.
            cand = positions(post.bitmap(PERSON + word) & self.state.live)
            parts = [docs[d].light().readout.participants for d in cand]
            surnames = Surnames(p for ps in parts for p in ps)
            for d, ps in zip(cand, parts, strict=True):
                for p in ps:
                    if person_key(p.name) == word:
                        owner = surnames.owner(word, p.country)
                        if owner is not None and wanted <= set(owner.split(" ")):
                            out.append(d)
                            break
        return from_positions(sorted(set(out)), post.size)

    def _field_section(self, term: Term, plan: Plan) -> int:
        plan.headings.append(_heading_test(term))
        return self._words_under(HEADING, term)

    def _field_kind(self, term: Term, plan: Plan) -> int:
        post = self.state.postings
        value = term.value.casefold().replace(" ", "-")
        kinds = []
        for key in post.with_prefix(KIND):
            kind = key[len(KIND) :]
            label = KIND_LABELS.get(kind, kind).casefold()
            if kind == value or any(p.startswith(value) for p in (kind, label, *kind.split("-"))):
                kinds.append(key)
        return post.union(kinds)

    def _field_date(self, term: Term, plan: Plan) -> int:
        assert term.dates is not None
        lo, hi = term.dates
        return self._cached(("date", lo, hi), lambda: self._date_range(lo, hi))

    def _date_range(self, lo: dt.date, hi: dt.date) -> int:
        """Whole years, then whole months, then single days: few ORs even for wide ranges."""
        post = self.state.postings
        out = 0
        for ykey in post.with_prefix(YEAR):
            y = int(ykey[len(YEAR) :])
            if dt.date(y, 1, 1) >= lo and dt.date(y, 12, 31) <= hi:
                out |= post.bitmap(ykey)
            elif lo.year <= y <= hi.year:
                for mkey in post.with_prefix(f"{MONTH}{y:04d}-"):
                    first = dt.date.fromisoformat(mkey[len(MONTH) :] + "-01")
                    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
                    if first >= lo and last <= hi:
                        out |= post.bitmap(mkey)
                    elif first <= hi and last >= lo:
                        for dkey in post.with_prefix(DAY + mkey[len(MONTH) :]):
                            if lo <= dt.date.fromisoformat(dkey[len(DAY) :]) <= hi:
                                out |= post.bitmap(dkey)
        return out


def _is_section(node: Node) -> bool:
    return isinstance(node, Term) and node.field == "section"


def _is_textual(node: Node) -> bool:
    """Free words and phrases, alone or combined with OR, NOT and groups."""
    if isinstance(node, Term):
        return not node.field
    if isinstance(node, Not):
        return _is_textual(node.child)
    return all(_is_textual(child) for child in node.children)


def _negates(node: Node) -> bool:
    if isinstance(node, Term):
        return False
    if isinstance(node, Not):
        return True
    return any(_negates(child) for child in node.children)


def _scoped(node: And) -> bool:
    """True when section: terms must hold together or restrict free text beside them."""
    sections = sum(1 for c in node.children if _is_section(c))
    return sections > 1 or (sections == 1 and any(_is_textual(c) for c in node.children))


def _heading_test(term: Node) -> HeadingTest:
    assert isinstance(term, Term)
    return HeadingTest(tuple(term.words()), term.prefix)
