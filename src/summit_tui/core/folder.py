"""Finding readout files in a folder and turning each into an Entry or its problems."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summit_tui.core import countries, topics
from summit_tui.core.models import Entry, Problem, Readout
from summit_tui.core.yamlio import ReadoutError, load_readout

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What tells us a file changed without reading it: size and modification time."""

    size: int
    mtime_ns: int


def readout_files(folder: Path) -> Iterator[tuple[str, FileStamp]]:
    """Every readout file under the folder as (path relative to it, stamp), hidden ones skipped.

    Subfolders are searched too, so a collection can be organised by year or country.
    """
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif entry.name.lower().endswith(SUFFIXES) and entry.is_file():
                    st = entry.stat()
                    rel = os.path.relpath(entry.path, folder)
                    yield rel, FileStamp(st.st_size, st.st_mtime_ns)
            except OSError:
                continue


def derive(readout: Readout, path: str) -> Entry:
    """Attach derived facts to a readout: every topic, every mentioned country.

    The full text is built once, with where each section lies in it, and read in one pass
    for topics (readout and sections at once) and one for country mentions.
    """
    text, spans = topics.text_layout(readout)
    readout_topics, section_topics = topics.tag_readout(readout, None, text, spans)
    mentions = list(readout.mentions)
    for code in countries.mentioned_codes(text):
        if code not in mentions:
            mentions.append(code)
    return Entry(
        readout=readout,
        path=path,
        topics=tuple(readout_topics),
        mentions=tuple(c for c in mentions if c not in readout.countries),
        section_topics=tuple(tuple(t) for t in section_topics),
    )


def load_entry(folder: Path, rel: str) -> Entry | list[Problem]:
    """Load one file as an Entry, or return its problems (paths relative to the folder)."""
    try:
        readout = load_readout(folder / rel)
    except ReadoutError as exc:
        return [Problem(rel, p.message, p.line, p.column) for p in exc.problems]
    return derive(readout, rel)
