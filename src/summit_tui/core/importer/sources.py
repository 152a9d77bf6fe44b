"""What the user names on the command line or in the dialog -> texts to import.

A plain-text file, standard input, a saved web page (.html, .htm) or an http(s) URL; a
folder stands for every such file in it. Each input is read on its own, so that one that
fails is reported and the others still import.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from summit_tui.core.importer.fetch import FetchError, fetch, is_url
from summit_tui.core.importer.page import MAX_PAGE_BYTES, PageError, looks_like_html, read_page
from summit_tui.core.importer.request import NO_PAGE, PageFacts

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
STDIN = "-"


class InputError(Exception):
    """An input that gives no text, with the reason in plain words."""


@dataclass(frozen=True, slots=True)
class Input:
    """One text to import: what the user called it, the text, and its page's own facts."""

    name: str
    text: str
    facts: PageFacts = NO_PAGE
    kind: str = "text"  # "text", "page" (a saved page) or "url"


def expand(names: list[str]) -> Iterator[str]:
    """The inputs named, with each folder replaced by the text and page files in it.

    Hidden files and YAML readouts are left out; files are taken in name order.
    """
    for name in names:
        if name == STDIN or is_url(name):
            yield name
            continue
        path = Path(name).expanduser()
        if not path.is_dir():
            yield name
            continue
        found = False
        for child in sorted(path.iterdir()):
            if child.name.startswith(".") or not child.is_file():
                continue
            if child.suffix.lower() in (*HTML_SUFFIXES, *TEXT_SUFFIXES):
                found = True
                yield str(child)
        if not found:
            yield f"{name}{os.sep}"  # reported as a folder with nothing to import


def read_input(name: str, stdin: Callable[[], str] | None = None) -> Input:
    """The text of one input; InputError (never another exception) when it has none."""
    if name == STDIN:
        if stdin is None:
            raise InputError("standard input cannot be read here")
        return Input("<stdin>", stdin())
    if is_url(name):
        return _from_url(name)
    if name.endswith(os.sep) and Path(name).is_dir():
        raise InputError("the folder holds no text or page files (.txt, .html, .htm)")
    return _from_file(Path(name).expanduser(), name)


def _from_url(url: str) -> Input:
    try:
        got = fetch(url)
    except FetchError as exc:
        raise InputError(str(exc)) from None
    if not got.is_html and not looks_like_html(got.data):
        return Input(url, _decode(got.data, url), PageFacts(url=got.url), "url")
    try:
        page = read_page(got.data, got.url)
    except PageError as exc:
        raise InputError(str(exc)) from None
    facts = page.facts
    if not facts.url:
        facts = PageFacts(facts.title, facts.published, facts.site, got.url)
    return Input(url, page.text, facts, "url")


def _from_file(path: Path, name: str) -> Input:
    data = _read_regular(path)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        try:
            page = read_page(data)
        except PageError as exc:
            raise InputError(str(exc)) from None
        return Input(name, page.text, page.facts, "page")
    return Input(name, _decode(data, name))


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PAGE_BYTES, opened without blocking."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("is not a regular file")
        if info.st_size > MAX_PAGE_BYTES:
            raise InputError(
                f"the file is {info.st_size:,} bytes; files over "
                f"{MAX_PAGE_BYTES:,} bytes are not imported"
            )
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"the file is over {MAX_PAGE_BYTES:,} bytes; not imported")
    return data


def _decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without a byte-order mark), else the detected encoding."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("is not a text file (it holds binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:  # text saved by a Western-language editor or browser
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # a dependency of trafilatura

    best = from_bytes(data).best()
    if best is None:
        raise InputError("is not text in an encoding we can recognise; save it as UTF-8")
    return str(best)
