"""Safe YAML <-> Readout: every field is typed by our schema, errors carry file, line, column.

The loader composes the YAML into nodes with no implicit typing at all (so ``NO`` stays the
string "NO", ``14:10`` stays "14:10" and never becomes 850), then walks the nodes against
the readout schema. It rejects what a hand-edited readout never needs and an attacker
might use: explicit tags, aliases (and so alias bombs), duplicate keys, several documents.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from summit_tui.core.model.readout import (
    KINDS,
    Participant,
    Photo,
    Problem,
    Readout,
    Review,
    Section,
    Source,
    kind_named,
)
from summit_tui.core.reference import countries

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 12  # sections within sections; deeper is a mistake, not a readout

# libyaml's parser and composer: all the loader needs, as the walker reads the nodes itself
# (a whole CSafeLoader would only add a constructor and a resolver to set up for each file).
# PyYAML's pure-Python ones where it was built without libyaml. (PyYAML exports libyaml's
# parser from its private module only.)
_BaseLoader: type = yaml._yaml.CParser if yaml.__with_libyaml__ else yaml.BaseLoader  # noqa: SLF001


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_DEFAULT_TAGS = {yaml.ScalarNode: _STR, yaml.SequenceNode: _SEQ, yaml.MappingNode: _MAP}


class _UntypedLoader(_BaseLoader):  # type: ignore[misc]  # CParser has no stubs
    """A composer that resolves no plain scalar to anything but a string."""

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 - PyYAML's class-level table

    # The composer asks the resolver about every node, in Python: with no implicit and no
    # path resolvers the answer is always the default tag of the node's kind, given here
    # at once (a third of the composing time otherwise).
    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        return _DEFAULT_TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


_NULL_WORDS = {"", "~", "null", "Null", "NULL"}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\Z")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")
_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)\Z")


class ReadoutError(Exception):
    """A file that is not a valid readout; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


Reader = Callable[["_Walker", yaml.Node, str], Any]  # reads one field's value node


class _Walker:
    """Turns a node tree into a Readout, collecting every problem on the way.

    A walker that is not ``careful`` knows the tree holds no aliases and no explicit tags
    (the text has no '&' and no '!'): it skips those checks, and reads a mapping whose keys
    are distinct text in one pass.
    """

    def __init__(self, path: str, careful: bool = True) -> None:
        self.path = path
        self.careful = careful
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.depth = 0  # of the sections being read

    def fail(self, node: yaml.Node | None, message: str) -> None:
        line = col = None
        if node is not None:
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
        self.problems.append(Problem(self.path, message, line, col))

    def visit(self, node: yaml.Node) -> bool:
        """Check a node once: no aliases, no explicit tags. False when it is unusable."""
        if not self.careful:
            return True
        if id(node) in self.seen:
            self.fail(node, "anchors and aliases (&name, *name) are not allowed in readouts")
            return False
        self.seen.add(id(node))
        if node.tag not in (_STR, _MAP, _SEQ):
            self.fail(node, f"explicit tag {node.tag!r} is not allowed; remove it")
            return False
        return True

    # --- typed values -------------------------------------------------------------------

    def text(self, node: yaml.Node, field: str) -> str | None:
        if node.__class__ is _Scalar:
            value: str = node.value
            if not self.careful:
                return None if not node.style and value in _NULL_WORDS else value
            key = id(node)
            if node.tag == _STR and key not in self.seen:
                # The usual case, at once: a plain text value seen for the first time.
                self.seen.add(key)
                return None if not node.style and value in _NULL_WORDS else value
        if not self.visit(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.fail(node, f"{field} must be text, not a {_shape(node)}")
            return None
        if _is_null(node):
            return None
        return str(node.value)

    def mapping(self, node: yaml.Node, field: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not self.visit(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{field} must be 'key: value' lines, not a {_shape(node)}")
            return {}
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, "a key")
            if key is None:
                continue
            if key in out:
                first = out[key][0].start_mark.line + 1
                self.fail(key_node, f"duplicate key {key!r} (first given on line {first})")
                continue
            out[key] = (key_node, value_node)
        return out

    def sequence(self, node: yaml.Node, field: str) -> list[yaml.Node]:
        if node.__class__ is _Sequence and not self.careful:
            items: list[yaml.Node] = node.value
            return items
        if not self.visit(node):
            return []
        if _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{field} must be a list ('- item' lines), not a {_shape(node)}")
            return []
        return list(node.value)

    def text_list(self, node: yaml.Node, field: str) -> tuple[str, ...]:
        # A single string is accepted where a list of strings is expected.
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, field)
            return (value,) if value else ()
        if node.__class__ is _Sequence and not self.careful:
            out = []
            for item in node.value:
                if item.__class__ is not _Scalar:
                    break  # an item that is not text: the checked way reports it
                value = item.value
                if value and (item.style or value not in _NULL_WORDS):
                    out.append(value)
            else:
                return tuple(out)
        return tuple(v for item in self.sequence(node, field) if (v := self.text(item, field)))

    def fields(self, node: yaml.Node, what: str, known: dict[str, Reader]) -> dict[str, Any]:
        if node.__class__ is not _Mapping or self.careful:
            return self._checked_fields(node, what, known)
        pairs = node.value
        if len({k.value for k, _ in pairs if k.__class__ is _Scalar}) != len(pairs):
            return self._checked_fields(node, what, known)  # a key not text, or given twice
        values: dict[str, Any] = {}
        for key_node, value_node in pairs:
            key = key_node.value
            reader = known.get(key)
            if reader is None:
                if key_node.style or key not in _NULL_WORDS:  # a null key is no key
                    self.unknown(key_node, key, what, known)
                continue
            if reader is _read_text and value_node.__class__ is _Scalar:
                value = value_node.value
                if not value_node.style and value in _NULL_WORDS:
                    continue
            else:
                value = reader(self, value_node, key)
            if value is not None:
                values[key] = value
        return values

    def _checked_fields(
        self, node: yaml.Node, what: str, known: dict[str, Reader]
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, (key_node, value_node) in self.mapping(node, what).items():
            reader = known.get(key)
            if reader is None:
                self.unknown(key_node, key, what, known)
                continue
            value = reader(self, value_node, key)
            if value is not None:
                values[key] = value
        return values

    def unknown(self, key_node: yaml.Node, key: str, what: str, known: dict[str, Reader]) -> None:
        close = ", ".join(sorted(known))
        self.fail(key_node, f"unknown field {key!r} in {what} (known fields: {close})")

    # --- the schema ---------------------------------------------------------------------

    def readout(self, node: yaml.Node, default_id: str) -> Readout | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"a readout must be a mapping of fields, not a {_shape(node)}")
            return None
        values = self.fields(node, "the readout", _READOUT)
        if "title" not in values or "date" not in values:
            given = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
            for required in ("title", "date"):
                # A field that is present but refused already has its own problem.
                value_node = given.get(required)
                if required in values:
                    continue
                if value_node is None:
                    self.fail(node, f"missing required field {required!r}")
                elif value_node.tag == _STR and _is_null(value_node):
                    self.fail(value_node, f"{required} is empty; a readout needs a {required}")
        if self.problems:
            return None
        values.setdefault("id", default_id)
        return Readout(**values)

    def ident(self, node: yaml.Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is not None and not _ID_RE.match(value):
            self.fail(node, "id must be letters, digits, '.', '_' or '-' (e.g. 2024-05-23-jp-my)")
            return None
        return value

    def kind(self, node: yaml.Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is None:
            return None
        if value in KINDS:
            return value
        norm = kind_named(value)
        if norm is None:
            self.fail(node, f"kind {value!r} is not one of: {', '.join(KINDS)}")
        return norm

    def date(self, node: yaml.Node, field: str) -> dt.date | None:
        value = self.text(node, field)
        if value is None:
            return None
        try:
            if not _DATE_RE.match(value.strip()):
                raise ValueError(value)
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            self.fail(node, f"date {value!r} is not a real date written YYYY-MM-DD")
            return None

    def time(self, node: yaml.Node, field: str) -> dt.time | None:
        value = self.text(node, field)
        if value is None:
            return None
        m = _TIME_RE.match(value.strip())
        if not m:
            self.fail(node, f"start_time {value!r} must be 24-hour HH:MM, e.g. '14:10'")
            return None
        return dt.time(int(m.group(1)), int(m.group(2)))

    def minutes(self, node: yaml.Node, field: str) -> int | None:
        value = self.text(node, field)
        if value is None:
            return None
        if not _MINUTES_RE.fullmatch(value.strip()) or int(value) > 100_000:
            self.fail(node, f"duration_minutes {value!r} must be a whole number of minutes")
            return None
        return int(value)

    def flag(self, node: yaml.Node, field: str) -> bool | None:
        value = self.text(node, field)
        if value is None:
            return None
        lowered = value.strip().lower()
        if lowered in ("true", "yes"):
            return True
        if lowered in ("false", "no"):
            return False
        self.fail(node, f"{field} must be true or false, not {value!r}")
        return None

    def country_list(self, node: yaml.Node, field: str) -> tuple[str, ...]:
        codes: list[str] = []
        items = [node] if isinstance(node, yaml.ScalarNode) else self.sequence(node, field)
        for item in items:
            value = self.text(item, field)
            if value is None:
                continue
            country = countries.cached_lookup(value)
            if country is None:
                self.fail(item, f"unknown country {value!r} in {field}; use an ISO code like 'MY'")
            elif country.code not in codes:
                codes.append(country.code)
        return tuple(codes)

    def participants(self, node: yaml.Node, field: str) -> tuple[Participant, ...]:
        return tuple(p for item in self.sequence(node, field) if (p := self.participant(item)))

    def participant(self, node: yaml.Node) -> Participant | None:
        values = self.fields(node, "a participant", _PARTICIPANT)
        if "name" not in values:
            self.fail(node, "a participant needs a name")
            return None
        return Participant(**values)

    def one_country(self, node: yaml.Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is None:
            return None
        country = countries.cached_lookup(value)
        if country is None:
            self.fail(node, f"unknown country {value!r}; use an ISO code like 'MY'")
            return None
        return country.code

    def photos(self, node: yaml.Node, field: str) -> tuple[Photo, ...]:
        return tuple(
            Photo(**self.fields(item, "a photo", _PHOTO)) for item in self.sequence(node, field)
        )

    def reviews(self, node: yaml.Node, field: str) -> tuple[Review, ...]:
        out = []
        for item in self.sequence(node, field):
            values = self.fields(item, "a review mark", _REVIEW)
            if "field" not in values:
                self.fail(item, "a review mark needs a field (the name of the field to check)")
                continue
            out.append(Review(values["field"], values.get("reason", ""), values.get("from", "")))
        return tuple(out)

    def source(self, node: yaml.Node, field: str) -> Source:
        return Source(**self.fields(node, field, _SOURCE))

    def sections(self, node: yaml.Node, field: str) -> tuple[Section, ...]:
        if self.depth >= MAX_DEPTH:
            self.fail(node, f"sections are nested more than {MAX_DEPTH} levels deep")
            return ()
        self.depth += 1
        out = tuple(
            Section(**self.fields(item, "a section", _SECTION))
            for item in self.sequence(node, "sections")
        )
        self.depth -= 1
        return out


_Scalar, _Sequence, _Mapping = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
_read_text = _Walker.text
_MINUTES_RE = re.compile(r"[0-9]{1,6}")

# What each field of each part of a readout is read with (the reader gets the field name).
_READOUT: dict[str, Reader] = {
    "id": _Walker.ident,
    "title": _read_text,
    "kind": _Walker.kind,
    "date": _Walker.date,
    "start_time": _Walker.time,
    "time_zone": _read_text,
    "duration_minutes": _Walker.minutes,
    "location": _read_text,
    "countries": _Walker.country_list,
    "mentions": _Walker.country_list,
    "participants": _Walker.participants,
    "topics": _Walker.text_list,
    "summary": _read_text,
    "sections": _Walker.sections,
    "photos": _Walker.photos,
    "source": _Walker.source,
    "provisional_translation": _Walker.flag,
    "notes": _read_text,
    "review": _Walker.reviews,
}
_REVIEW: dict[str, Reader] = {"field": _read_text, "reason": _read_text, "from": _read_text}
_PARTICIPANT: dict[str, Reader] = {
    "name": _read_text,
    "honorific": _read_text,
    "role": _read_text,
    "country": _Walker.one_country,
}
_PHOTO: dict[str, Reader] = {"caption": _read_text, "credit": _read_text}
_SOURCE: dict[str, Reader] = {"publisher": _read_text, "url": _read_text, "category": _read_text}
_SECTION: dict[str, Reader] = {
    "number": _read_text,
    "heading": _read_text,
    "paragraphs": _Walker.text_list,
    "subsections": _Walker.sections,
}


def _is_null(node: yaml.Node) -> bool:
    # A plain (unquoted) empty value, "~" or "null" means "not given". PyYAML's C and pure
    # Python composers disagree on the style of plain scalars (None or ""): accept both.
    return isinstance(node, yaml.ScalarNode) and not node.style and node.value in _NULL_WORDS


def safe_id(stem: str) -> str:
    """An id from a file name: characters outside the id alphabet become '-'."""
    if _ID_RE.match(stem) and stem[-1] not in "-._":  # the usual name, at once
        return stem
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:200]
    return cleaned or "readout"


def _shape(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return f"text value {node.value!r}" if len(node.value) < 40 else "text value"


def parse_readout(text: str, path: str = "<text>", default_id: str = "readout") -> Readout:
    """Parse one readout from YAML text; raise ReadoutError listing every problem."""
    try:
        loader = _UntypedLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = (exc.problem or exc.context or "invalid YAML").strip()
        if "expected a single document" in str(exc):
            message = "the file holds more than one YAML document; keep one readout per file"
        elif mark is not None and _tab_near(text, mark.line):
            message = f"{message}: tab characters cannot indent YAML; use spaces"
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        raise ReadoutError([Problem(path, f"YAML syntax: {message}", line, col)]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        raise ReadoutError(
            [
                Problem(
                    path,
                    f"control characters such as {_char_name(exc.character)} are not allowed in "
                    "YAML; remove it",
                    line,
                    col,
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise ReadoutError([Problem(path, f"YAML error: {exc}")]) from None
    except RecursionError:
        raise ReadoutError([Problem(path, "the YAML is nested too deeply")]) from None
    if node is None:
        raise ReadoutError([Problem(path, "the file is empty; a readout needs a title and a date")])
    walker = _Walker(path, careful="&" in text or "!" in text)
    readout = walker.readout(node, default_id)
    if readout is None:
        raise ReadoutError(walker.problems)
    return readout


def _char_name(character: int | str) -> str:
    code = character if isinstance(character, int) else ord(character[:1] or "\0")
    return f"U+{code:04X}"


def _line_col(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def _tab_near(text: str, line: int) -> bool:
    lines = text.splitlines()
    return any("\t" in lines[i] for i in (line - 1, line) if 0 <= i < len(lines))


def decode(data: bytes, path: str) -> str:
    """Decode a readout file's bytes as UTF-8 (a BOM is allowed), or raise ReadoutError."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path, len(data))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before[before.rfind(b"\n") + 1 :]
        col = len(line_start.decode("utf-8", errors="replace")) + 1  # characters, not bytes
        raise ReadoutError(
            [
                Problem(
                    path,
                    f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
                    line,
                    col,
                )
            ]
        ) from None


def load_readout(path: Path) -> Readout:
    """Read and parse one readout file; raise ReadoutError with file, line and column."""
    return readout_from_bytes(read_readout_bytes(path), path)


#: Open without waiting: a FIFO or a device with nothing behind it would hang ``open``.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_readout_bytes(
    path: Path, on_stat: Callable[[os.stat_result], None] | None = None
) -> bytes:
    """A readout file's bytes, at most ``MAX_FILE_BYTES`` of them; raise ReadoutError.

    The file is opened without blocking and refused unless it is a regular file (a FIFO or
    a device swapped in after the folder was listed) or when it is over the size limit,
    before any byte is read. ``on_stat`` gets the open file's ``fstat`` first (its stamp).
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise unreadable(path, exc) from None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        try:
            st = os.fstat(fd)
            if on_stat is not None:
                on_stat(st)
            if not stat.S_ISREG(st.st_mode):
                raise ReadoutError(
                    [
                        Problem(
                            str(path),
                            "not a regular file (a pipe, a device or a socket); "
                            "a readout must be a plain file",
                        )
                    ]
                )
            if st.st_size > MAX_FILE_BYTES:
                raise _too_large(str(path), st.st_size)
            data = _read_at_most(fh, MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise unreadable(path, exc) from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise _too_large(str(path), len(data))
    return data


def _read_at_most(fh: io.RawIOBase, limit: int) -> bytes:
    """Up to ``limit`` bytes, read until the end of the file (a read may return fewer)."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        part = fh.read(min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _too_large(path: str, size: int) -> ReadoutError:
    return ReadoutError(
        [
            Problem(
                path,
                f"the file is {size:,} bytes; readouts larger than "
                f"{MAX_FILE_BYTES:,} bytes are refused",
            )
        ]
    )


def readout_from_bytes(data: bytes, path: Path) -> Readout:
    """Parse the bytes read from a readout file (``load_readout`` once they are read)."""
    return parse_readout(decode(data, str(path)), str(path), default_id=safe_id(path.stem))


def unreadable(path: Path, exc: OSError) -> ReadoutError:
    """The error of a readout file that could not be read."""
    return ReadoutError([Problem(str(path), f"cannot read the file: {exc.strerror}")])


class _Dumper(yaml.SafeDumper):
    """Block style; multi-line text as literal blocks."""


_YAML_LINE_BREAKS = ("\x85", "\u2028", "\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(ch in value for ch in _YAML_LINE_BREAKS):
        # YAML reads these as line breaks unless escaped: double quotes escape them.
        return dumper.represent_scalar(_STR, value, style='"')
    if "\n" in value:
        return dumper.represent_scalar(_STR, value, style="|")
    return dumper.represent_scalar(_STR, value)


_Dumper.add_representer(str, _represent_str)


def dump_readout(readout: Readout) -> str:
    """The readout as YAML text in the documented format."""
    return yaml.dump(
        readout.to_dict(),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=False,
    )
