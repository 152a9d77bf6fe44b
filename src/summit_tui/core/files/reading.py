"""Turning readout files into Entries or their problems (``listing`` finds the files)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from summit_tui.core.files.listing import UNSTAMPED, FileStamp, name_is_text, shown_name
from summit_tui.core.files.readout_yaml import ReadoutError, read_readout_bytes, readout_from_bytes
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import Problem, Readout
from summit_tui.core.reference import countries, topics
from summit_tui.core.reference.people import pack_rows, participant_rows
from summit_tui.core.search.doc_terms import DocTerms, chunk_terms
from summit_tui.core.support.gc_pause import gc_paused


def derive(readout: Readout, path: str) -> Entry:
    """Attach derived facts to a readout: every topic, every mentioned country.

    The full text is built once, with where each section lies in it, and read in one pass
    for the topics (readout and sections at once) and the names of countries.
    """
    text, spans = topics.text_layout(readout)
    scan = topics.scan(text, countries.name_forms(), countries.abbreviation_forms())
    if scan is None:  # text whose lower case is not one character for one: the regexes
        readout_topics, section_topics = topics.tag_readout(readout, None, text, spans)
        found = countries.find_in_text(text)
    else:
        readout_topics, section_topics = topics.topics_of(readout, scan.hits, spans)
        found = countries.find_with_forms(scan.names, scan.exact, text, scan.low)
    mentions = dict.fromkeys(readout.mentions)
    mentions.update(dict.fromkeys(c.code for c, _, _ in found))
    return Entry(
        readout=readout,
        path=path,
        topics=tuple(readout_topics),
        mentions=tuple(c for c in mentions if c not in readout.countries),
        section_topics=tuple(map(tuple, section_topics)),
    )


#: The key of a parsed document's people, which the store keeps out of the shard.
PEOPLE = "people"


def entry_doc(entry: Entry, stamp: FileStamp) -> dict[str, Any]:
    """The stored document of a readout file: its stamp, the readout and what is derived.

    The readout and what is derived from it are kept as one JSON string, so that reading a
    stored document back builds no nested containers: they are built only when first used
    (``Entry.stored``). The id, date and title sit beside it for the list's order and the
    index's checks. ``people`` (the participants as counting people reads them) is made
    here, where the readout is parsed, and the store keeps it beside the shard, not in it.
    """
    readout = entry.readout
    return {
        "path": entry.path,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "id": readout.id,
        "date": readout.date.isoformat(),
        "title": readout.title,
        "entry": entry.stored_json(),
        PEOPLE: pack_rows(participant_rows(readout.participants)),
    }


def problem_doc(path: str, stamp: FileStamp, problems: list[Problem]) -> dict[str, Any]:
    """The stored document of a file that failed to load: its stamp and its problems."""
    return {
        "path": path,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "problems": [[p.message, p.line, p.column] for p in problems],
    }


#: One parsed file: its path, its stored document (which holds its stamp), its Entry when
#: parsed in this process, and its index terms when a worker gathered them.
Parsed = tuple[str, dict[str, Any], "Entry | None", "DocTerms | None"]


def parse_file(folder: Path, rel: str, stamp: FileStamp) -> Parsed:
    """Load and derive one file into its stored document (problems become a document too).

    A file given ``UNSTAMPED`` is stamped from the open file, as it is read.
    """
    stamp, result = _load(folder, rel, stamp)
    if isinstance(result, Readout):
        entry = derive(result, rel)
        return rel, entry_doc(entry, stamp), entry, None
    return rel, problem_doc(rel, stamp, result), None, None


def parse_chunk(folder: str, files: list[str], terms: bool = False) -> list[Parsed]:
    """``parse_file`` for a chunk of files listed without stamps, in a worker process: plain
    data in, plain out (each file is stamped as it is read).

    The chunk goes phase by phase (read every file, parse every file, derive every readout)
    rather than file by file: each phase's tables (the YAML parser's, the keyword automaton,
    the country tables) then stay in the processor's caches, which takes about a tenth off
    the time of a file. Entries are left out of the answer (the documents hold them, and
    are cheaper to send); with ``terms``, each readout's index terms go with it, so that
    the index is built as the files are read.
    """
    root = Path(folder)
    with gc_paused():  # readouts are acyclic: the collector would only walk them
        read = [_read(root, rel, UNSTAMPED) for rel in files]
        results = [
            data if isinstance(data, list) else _readout(root, rel, data)
            for rel, (_, data) in zip(files, read, strict=True)
        ]
        derived = [
            derive(result, rel) if isinstance(result, Readout) else result
            for rel, result in zip(files, results, strict=True)
        ]
        entries = [got if isinstance(got, Entry) else None for got in derived]
        gathered = chunk_terms(entries) if terms else [None] * len(files)
        return [
            (
                rel,
                entry_doc(got, stamp) if isinstance(got, Entry) else problem_doc(rel, stamp, got),
                None,
                doc_terms,
            )
            for rel, (stamp, _), got, doc_terms in zip(files, read, derived, gathered, strict=True)
        ]


def name_problem(rel: str) -> Problem | None:
    """The problem of a listed file whose name is not UTF-8 (it is not read), or None."""
    if name_is_text(rel):
        return None
    return Problem(
        shown_name(rel),
        "the file name is not valid UTF-8 (the bytes shown as \\x..); rename the file to load it",
    )


def load_entry(folder: Path, rel: str) -> Entry | list[Problem]:
    """Load one file as an Entry, or return its problems (paths relative to the folder)."""
    _, result = _load(folder, rel, UNSTAMPED)
    return derive(result, rel) if isinstance(result, Readout) else result


def _load(folder: Path, rel: str, stamp: FileStamp) -> tuple[FileStamp, Readout | list[Problem]]:
    """``_read`` then ``_readout``: the file's stamp and its readout or problems."""
    stamp, data = _read(folder, rel, stamp)
    return stamp, data if isinstance(data, list) else _readout(folder, rel, data)


def _read(folder: Path, rel: str, stamp: FileStamp) -> tuple[FileStamp, bytes | list[Problem]]:
    """The file's bytes, or why it cannot be read; ``UNSTAMPED`` becomes the stamp of the
    file as it is read (and stays when the file cannot be opened)."""
    stamped = stamp

    def take_stamp(st: os.stat_result) -> None:
        nonlocal stamped
        if stamp is UNSTAMPED:
            stamped = FileStamp(st.st_size, st.st_mtime_ns)

    try:
        data = read_readout_bytes(folder / rel, take_stamp)
    except ReadoutError as exc:
        return stamped, _relative(exc.problems, rel)
    return stamped, data


def _readout(folder: Path, rel: str, data: bytes) -> Readout | list[Problem]:
    try:
        return readout_from_bytes(data, folder / rel)
    except ReadoutError as exc:
        return _relative(exc.problems, rel)


def _relative(problems: list[Problem], rel: str) -> list[Problem]:
    return [Problem(rel, p.message, p.line, p.column) for p in problems]
