"""Saved searches: named queries kept in ``<data folder>/.saved-searches.yaml``.

The file lives in the data folder so it can be shared in git with the readouts; its name
starts with a dot so the readout loader (which skips hidden names) never takes it for a
readout. It is a YAML list, hand-editable::

    - name: Minerals with Malaysia
      query: topic:"critical minerals"
      filters:
        countries: [JP, MY]
        all_of: [countries]     # both, not either (the default is any of them)

Reading never raises: a damaged file gives problems with line numbers and whatever entries
could be read. The file is as untrusted as a readout, so it is read only when it is a
regular file of at most ``MAX_FILE_BYTES``, nested at most ``MAX_DEPTH`` levels, with at
most ``MAX_SEARCHES`` searches, and each field is checked (see docs/reliability.md).
Writing replaces the file atomically and refuses to overwrite a file that has problems,
so nothing the user wrote by hand is lost. A change reads, changes and writes the file
under a lock (the empty ``.saved-searches.yaml.lock`` beside it), so that two
windows on the same folder keep each other's searches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from summit_tui.core.model.readout import Problem
from summit_tui.core.search.filters import FACETS, MULTI_VALUED
from summit_tui.core.search.stored_filters import ALL_OF, stored_query_problem, year_of
from summit_tui.core.support.atomic import atomic_write
from summit_tui.core.support.locks import lock_path, locked
from summit_tui.core.support.safe_read import RefusedFile, compose_yaml, read_capped

FILE_NAME = ".saved-searches.yaml"
_HEADER = "# Saved searches of summit-tui: name, query and optional filters (see the README).\n"
_NULL = "tag:yaml.org,2002:null"
#: Seconds a change waits for another window that is changing the saved searches.
LOCK_WAIT = 5.0
#: Past these the file is reported, not read: parsing 1 MB of YAML takes seconds.
MAX_FILE_BYTES = 128_000
MAX_SEARCHES = 500
#: A list of searches, each a mapping, whose filters map facets to lists: 4 levels.
MAX_DEPTH = 4
MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class SavedSearch:
    """A query and filter selection saved under a name."""

    name: str
    query: str
    filters: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Plain data as written to the file; empty filters left out."""
        out: dict[str, object] = {"name": self.name, "query": self.query}
        filters = {k: list(v) for k, v in self.filters.items() if v}
        if filters:
            out["filters"] = filters
        return out


class SavedSearchError(ValueError):
    """The saved-searches file has problems, so it was not overwritten."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"fix the saved searches file first: {first}{more}")


def saved_path(folder: Path) -> Path:
    """The saved-searches file of a data folder."""
    return Path(folder) / FILE_NAME


class _Reader:
    """Turns the composed YAML tree into saved searches, noting problems by line."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, message, mark.line + 1, mark.column + 1))

    def text(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode):
            return "" if node.tag == _NULL else str(node.value)
        self.fail(node, f"{what} should be text")
        return None

    def value(self, node: yaml.Node, facet: str) -> str | None:
        """One filter value as text; a year must be 1 to 4 ASCII digits ("²" is not one)."""
        value = self.text(node, f"a {facet} value")
        if value and facet == "years" and year_of(value) is None:
            self.fail(node, f"{value[:40]!r} is not a year; write it with digits, as 2025")
            return None
        return value

    def filters(self, node: yaml.Node) -> dict[str, list[str]]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, "filters should be a mapping of facet to values")
            return {}
        out: dict[str, list[str]] = {}
        for key_node, value_node in node.value:
            facet = self.text(key_node, "a facet name")
            if facet is None:
                continue
            if facet not in FACETS and facet != ALL_OF:
                self.fail(
                    key_node, f"unknown filter {facet!r}; expected {', '.join(FACETS)} or {ALL_OF}"
                )
                continue
            items = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            values = [v for v in (self.value(n, facet) for n in items) if v]
            if facet == ALL_OF and not set(values) <= set(MULTI_VALUED):
                self.fail(value_node, f"{ALL_OF} lists facets among {', '.join(MULTI_VALUED)}")
                values = [v for v in values if v in MULTI_VALUED]
            if values:
                out[facet] = values
        return out

    def search(self, node: yaml.Node) -> SavedSearch | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, "each saved search should be a mapping with name and query")
            return None
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, "a field name")
            if key is None:
                continue
            if key not in ("name", "query", "filters"):
                self.fail(key_node, f"unknown field {key!r}; expected name, query, filters")
                continue
            fields[key] = value_node
        if "name" not in fields:
            self.fail(node, "a saved search needs a name")
            return None
        name = self.text(fields["name"], "name")
        query = self.text(fields["query"], "query") if "query" in fields else ""
        filters = self.filters(fields["filters"]) if "filters" in fields else {}
        if not name or not name.strip():
            self.fail(fields["name"], "the name is empty")
            return None
        if len(name) > MAX_NAME_CHARS:
            self.fail(fields["name"], f"the name is longer than {MAX_NAME_CHARS} characters")
            return None
        if query is None:
            return None
        if (why := stored_query_problem(query)) is not None:
            self.fail(fields["query"], f"{why}; the search {name.strip()[:40]!r} is left out")
            return None
        return SavedSearch(name.strip(), query, filters)


def _parse(text: str, path: str) -> tuple[list[SavedSearch], list[Problem]]:
    reader = _Reader(path)
    try:
        root = compose_yaml(text, MAX_DEPTH)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        return [], [Problem(path, f"not valid YAML: {exc.problem or exc}", line, column)]
    except yaml.YAMLError as exc:
        return [], [Problem(path, f"not valid YAML: {exc}")]
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL):
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        reader.fail(root, "the file should hold a list of saved searches")
        return [], reader.problems
    found: dict[str, SavedSearch] = {}
    if len(root.value) > MAX_SEARCHES:
        reader.fail(
            root.value[MAX_SEARCHES],
            f"more than {MAX_SEARCHES} saved searches; only the first {MAX_SEARCHES} are used",
        )
    for node in root.value[:MAX_SEARCHES]:
        search = reader.search(node)
        if search is None:
            continue
        if search.name in found:
            reader.fail(node, f"a second search named {search.name!r}; the first is kept")
            continue
        found[search.name] = search
    return list(found.values()), reader.problems


def load_saved(folder: Path) -> tuple[list[SavedSearch], list[Problem]]:
    """The folder's saved searches in file order, and any problems; never raises."""
    path = saved_path(folder)
    shown = str(path)
    try:
        raw = read_capped(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return [], []
    except RefusedFile as exc:
        return [], [Problem(shown, f"cannot be read: {exc}")]
    except OSError as exc:
        return [], [Problem(shown, f"cannot be read: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [Problem(shown, f"not UTF-8 text (byte {exc.start})")]
    return _parse(text, shown)


def _write(folder: Path, searches: list[SavedSearch]) -> None:
    body = (
        yaml.safe_dump(
            [s.to_dict() for s in searches],
            sort_keys=False,
            allow_unicode=True,
            width=88,
            default_flow_style=False,
        )
        if searches
        else "[]\n"
    )
    atomic_write(saved_path(folder), (_HEADER + body).encode("utf-8"))


def _load_for_change(folder: Path) -> list[SavedSearch]:
    searches, problems = load_saved(folder)
    if problems:
        raise SavedSearchError(problems)
    return searches


def save_search(folder: Path, search: SavedSearch) -> None:
    """Add the search, or replace the one with the same name; raises SavedSearchError when
    the file has problems and OSError when it cannot be written (TimeoutError when another
    window kept it locked for ``LOCK_WAIT`` seconds)."""
    name = search.name.strip()
    if not name:
        raise ValueError("a saved search needs a name")
    search = SavedSearch(name, search.query, {k: list(v) for k, v in search.filters.items()})
    with locked(lock_path(saved_path(folder)), LOCK_WAIT):
        searches = _load_for_change(folder)
        names = [s.name for s in searches]
        if name in names:
            searches[names.index(name)] = search
        else:
            searches.append(search)
        _write(folder, searches)


def delete_search(folder: Path, name: str) -> bool:
    """Remove the search with this name; False when there was none (the file is untouched)."""
    with locked(lock_path(saved_path(folder)), LOCK_WAIT):
        searches = _load_for_change(folder)
        kept = [s for s in searches if s.name != name.strip()]
        if len(kept) == len(searches):
            return False
        _write(folder, kept)
        return True


__all__ = [
    "FILE_NAME",
    "SavedSearch",
    "SavedSearchError",
    "delete_search",
    "load_saved",
    "save_search",
    "saved_path",
]
