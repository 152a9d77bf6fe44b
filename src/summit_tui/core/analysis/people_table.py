"""The people of a result set, counted from the rows the store keeps beside its shards.

``people(entries)`` reads every readout back and makes a ``Person`` of everyone: seconds at
100,000 readouts, which name 200,000 people. Here each readout's participants come from
its shard's people file (``store.people_file``: the person key of each name, the name, the
role, the country, made when the file was parsed) when that file was written for the bytes
the entry was read from, else from the readout itself. They are counted a column at a time
(``Counter``, ``map``, ``compress``: loops in C), and only the people who can be among the
first ``limit`` are gathered in full.

``listed_people(entries, limit)`` is ``people(entries)[:limit]`` with the count of all, and
``top_people`` is ``top_counts(entries, "people", limit)``: tests/core/test_people_table.py
compares them on generated collections.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, contains, is_, itemgetter
from typing import cast

from summit_tui.core.model.entry import Entry, Origin
from summit_tui.core.reference.people import Person, Surnames, by_frequency, participant_rows
from summit_tui.core.search.postings import positions
from summit_tui.core.search.results import Results
from summit_tui.core.store.people_file import ShardPeople, people_path, read_people
from summit_tui.core.support.gc_pause import gc_paused

_origin, _path = attrgetter("origin"), attrgetter("path")


@dataclass(slots=True)
class _Columns:
    """Every participant of the entries a column at a time: shard by shard (counting does
    not depend on the order), each with the position of its entry among ``entries``
    (which, for search results, are in the index's order: ``order`` gives their own)."""

    entries: Sequence[Entry]
    order: Callable[[list[int]], list[int]]  # sort keys of entries at these positions
    at: list[int] = field(default_factory=list)  # the entry of each participant
    written: list[str] = field(default_factory=list)  # the person key of the name as written
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    #: The person: a surname written alone joined to its full name (``_joined``).
    keys: list[str] = field(default_factory=list)

    def add(self, people: ShardPeople, at: Iterable[int]) -> None:
        """Add every participant of these readouts (the entries at ``at``)."""
        self.at.extend(chain.from_iterable(map(repeat, at, people.counts)))
        self.written.extend(people.keys)
        self.names.extend(people.names)
        self.roles.extend(people.roles)
        self.countries.extend(people.countries)


def _members(given: Iterable[Entry]) -> tuple[Sequence[Entry], Callable[[list[int]], list[int]]]:
    """The entries to count, and how to sort some of them (by their positions among these
    entries) in the order they were given in.

    Search results are a virtual list, each row found when asked for (100,000 of them take
    a fraction of a second the first time): they are taken from the index in its own order,
    and only the meetings of the people listed are put in the order of the results, which,
    unless ranked by relevance, is the index's newest first (``IndexState.newest_first``).
    """
    if not isinstance(given, Results):
        entries = given if isinstance(given, Sequence) else list(given)
        return entries, _same
    state = given.state
    docs = positions(given.bitmap)
    entries = list(map(state.docs.__getitem__, docs))
    if given.ranked:  # the ranking's order: every row, once asked for

        def ranked(ats: list[int]) -> list[int]:
            row = {id(entry): i for i, entry in enumerate(given)}
            return [row[id(entries[at])] for at in ats]

        return entries, ranked

    def newest(ats: list[int]) -> list[int]:
        rank = {doc: i for i, doc in enumerate(state.newest_first([docs[at] for at in set(ats)]))}
        return [rank[docs[at]] for at in ats]

    return entries, newest


def _same(ats: list[int]) -> list[int]:
    return ats


def _columns(given: Iterable[Entry]) -> _Columns:
    """The participants of the entries: those of each shard's people file that serves the
    entries read from that shard (written for the same bytes), the rest from the readouts.

    Every pass over the 100,000 entries is a loop in C (``map``, ``Counter``, ``compress``)
    as long as each file serves every entry read from its shard, as it does but for a
    readout file changed since the app started.
    """
    entries, order = _members(given)
    cols = _Columns(entries, order)
    n = len(entries)
    paths = list(map(_path, entries))
    origins = list(map(_origin, entries))
    position = dict(zip(paths, range(n), strict=True))
    if len(position) < n:  # a readout given twice: each read on its own, as often as given
        origins = [None] * n
    read_from = Counter(origins)  # an origin is told from others by identity: cheap
    rest: list[int] = list(compress(range(n), map(is_, origins, repeat(None))))
    read_from.pop(None, None)
    for origin, count in read_from.items():
        assert origin is not None
        found = read_people(people_path(origin.shard), origin.digest)
        if found is None:
            rest.extend(_read_from(origins, origin))
            continue
        at = list(map(position.get, found.rels))
        if count == len(at) and None not in at:
            every = cast("list[int]", at)
            if all(map(is_, map(origins.__getitem__, every), repeat(origin))):
                cols.add(found, every)  # each readout of the file, and only those
                continue
        which = {k: p for k, p in enumerate(at) if p is not None and origins[p] is origin}
        if len(which) < count:  # read from this shard, but not in the file: from the readouts
            served = set(which.values())
            rest.extend(p for p in _read_from(origins, origin) if p not in served)
        cols.add(*_part(found, which))
    if rest:
        rest.sort()
        read = [participant_rows(entries[at].light().readout.participants) for at in rest]
        cols.add(ShardPeople.of_readouts([paths[at] for at in rest], read), rest)
    cols.keys = _joined(cols.written, cols.countries)
    return cols


def _read_from(origins: list[Origin | None], origin: Origin) -> list[int]:
    """The positions of the entries read from this origin."""
    return list(compress(range(len(origins)), map(is_, origins, repeat(origin))))


def _part(people: ShardPeople, which: dict[int, int]) -> tuple[ShardPeople, list[int]]:
    """The readouts of a shard's people among the entries (``which``: readout -> entry)."""
    kept = sorted(which)
    ends = list(accumulate(people.counts))
    rows = list(chain.from_iterable(range(ends[k] - people.counts[k], ends[k]) for k in kept))
    pick = itemgetter(*rows) if len(rows) > 1 else None

    def column(values: list[str]) -> list[str]:
        if pick is None:
            return [values[i] for i in rows]
        return list(pick(values))

    part = ShardPeople(
        rels=[people.rels[k] for k in kept],
        counts=[people.counts[k] for k in kept],
        keys=column(people.keys),
        names=column(people.names),
        roles=column(people.roles),
        countries=column(people.countries),
    )
    return part, [which[k] for k in kept]


def _joined(written: list[str], countries: Iterable[str]) -> list[str]:
    """``Surnames.key_of`` of every participant: a surname written alone is the one person
    of its country whose full name holds it, when there is one among these participants."""
    if all(map(contains, written, repeat(" "))):
        return written  # no name of one word (nearly always: a list's names are full)
    where = list(countries)
    alone = {k for k in written if k and " " not in k}
    if not alone:
        return written
    surnames = Surnames()
    for key, country in set(zip(written, where, strict=True)):
        surnames.add_key(key, country, alone)  # ``owner`` is asked about these words only
    return [
        key if key not in alone else (surnames.owner(key, country) or key)
        for key, country in zip(written, where, strict=True)
    ]


def _meetings(cols: _Columns) -> Counter[str]:
    """Every person's meetings: readouts (by id) that name them, however often each does."""
    meetings = Counter(cols.keys)
    meetings.pop("", None)  # a name made of nothing is no one
    twice = {key for key, n in meetings.items() if n > 1}
    if twice:  # named more than once: perhaps in one readout, or in two with one id
        ids: dict[str, set[str]] = {}
        for i in compress(range(len(cols.keys)), map(twice.__contains__, cols.keys)):
            ids.setdefault(cols.keys[i], set()).add(cols.entries[cols.at[i]].id)
        for key, found in ids.items():
            meetings[key] = len(found)
    return meetings


def _usual_names(cols: _Columns, keys: Iterable[str]) -> dict[str, str]:
    """The name each of these people is shown by (``people``'s ``Person.name``): their most
    written full name (a surname alone that joined it only when they have none), the
    first in order of equals."""
    wanted = set(keys)
    if not wanted:
        return {}
    full: dict[str, Counter[str]] = {}
    alone: dict[str, Counter[str]] = {}
    for i in compress(range(len(cols.keys)), map(wanted.__contains__, cols.keys)):
        key = cols.keys[i]
        into = full if cols.written[i] == key else alone
        into.setdefault(key, Counter())[cols.names[i]] += 1
    return {key: _most_written(full.get(key) or alone[key]) for key in wanted}


def _most_written(names: Counter[str]) -> str:
    """The name written most, the first in order of equals."""
    return min(names, key=lambda n: (-names[n], n))


def _first_ties(cols: _Columns, ties: list[str], count: int) -> list[str]:
    """The first ``count`` of people with as many meetings each, by name then key.

    Among many (the people of one meeting each) nearly everyone's name is written one way
    only, and is then their name: those are ranked on that, the others on their usual name.
    """
    if count <= 0:
        return []
    if len(ties) <= 4 * count:
        usual = _usual_names(cols, ties)
        return heapq.nsmallest(count, ties, key=lambda k: (usual[k].casefold(), k))
    wanted = set(ties)
    picked = list(compress(range(len(cols.keys)), map(wanted.__contains__, cols.keys)))
    keys = [cols.keys[i] for i in picked]
    names = [cols.names[i] for i in picked]
    last = dict(zip(keys, names, strict=True))  # one name a person: the last written
    joined = cols.keys is not cols.written
    other = {  # written more ways than one, or joined by a surname alone: counted in full
        key
        for key, name, i in zip(keys, names, picked, strict=True)
        if last[key] != name or (joined and cols.written[i] != key)
    }
    usual = _usual_names(cols, other)
    simple = list(wanted - other)
    ranked = [(usual[k].casefold(), k) for k in other]
    ranked += zip(map(str.casefold, map(last.__getitem__, simple)), simple, strict=True)
    return list(map(itemgetter(1), heapq.nsmallest(count, ranked)))


def _ranked(cols: _Columns, limit: int) -> tuple[list[str], Counter[str], int]:
    """The keys of the first ``limit`` people in ``people``'s order (most meetings, then
    name, then key), every person's meetings, and how many people there are."""
    meetings = _meetings(cols)
    total = len(meetings)
    if limit <= 0 or not meetings:
        return [], meetings, total
    threshold = heapq.nlargest(limit, meetings.values())[-1] if total > limit else 0
    above = [k for k, n in meetings.items() if n > threshold]
    names = _usual_names(cols, above)
    chosen = sorted(above, key=lambda k: (-meetings[k], names[k].casefold(), k))
    ties = [k for k, n in meetings.items() if n == threshold]
    return chosen + _first_ties(cols, ties, limit - len(chosen)), meetings, total


def _gather(cols: _Columns, chosen: list[str]) -> list[Person]:
    """The chosen people in full: name, roles and countries by use, meetings by date."""
    names = _usual_names(cols, chosen)
    roles: dict[str, dict[str, int]] = {k: {} for k in chosen}
    countries: dict[str, dict[str, int]] = {k: {} for k in chosen}
    readouts: dict[str, dict[str, str]] = {k: {} for k in chosen}
    wanted = set(chosen)
    picked = list(compress(range(len(cols.keys)), map(wanted.__contains__, cols.keys)))
    order = cols.order([cols.at[i] for i in picked])
    for _, i in sorted(zip(order, picked, strict=True)):  # in the order of the entries
        key = cols.keys[i]
        role, country = cols.roles[i], cols.countries[i]
        if role:
            held = roles[key]
            held[role] = held.get(role, 0) + 1
        if country:
            held = countries[key]
            held[country] = held.get(country, 0) + 1
        entry = cols.entries[cols.at[i]]
        readouts[key][entry.id] = entry.date.isoformat()
    found = []
    for key in chosen:
        days = sorted(readouts[key].items(), key=lambda kv: (kv[1], kv[0]))
        found.append(
            Person(
                key=key,
                name=names[key],
                roles=by_frequency(roles[key]),
                countries=by_frequency(countries[key]),
                readout_ids=tuple(rid for rid, _ in days),
            )
        )
    return found


def listed_people(entries: Iterable[Entry], limit: int) -> tuple[list[Person], int]:
    """``people(entries)[:limit]``, and how many people the entries name in all."""
    with gc_paused():  # hundreds of thousands of small acyclic objects
        cols = _columns(entries)
        chosen, _, total = _ranked(cols, limit)
        return _gather(cols, chosen), total


def top_people(entries: Iterable[Entry], limit: int) -> list[tuple[str, int]]:
    """``top_counts(entries, "people", limit)``: the usual names of the people with the
    most meetings, with their meetings."""
    with gc_paused():
        cols = _columns(entries)
        chosen, meetings, _ = _ranked(cols, limit)
        names = _usual_names(cols, chosen)
        return [(names[k], meetings[k]) for k in chosen]
