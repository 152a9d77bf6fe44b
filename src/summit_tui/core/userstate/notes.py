"""UserData: the bookmarks and notes a user keeps on readouts, in their own TinyDB file.

Unlike the readout cache this file cannot be rebuilt, so it is handled with care:

- records are keyed by readout id, so they survive a re-import or a re-sync of the folder;
- every change is one atomic file replacement (core/support/atomic.py), the previous version kept
  as ``<name>.bak``; a change returns only after it is on disk;
- a damaged file found at start is moved aside (``<name>.corrupt-<timestamp>``) and the
  backup restored, never replaced by an empty database without a word; ``notices`` says
  what happened, in sentences for the user;
- one instance writes at a time (core/support/locks.py); a second one opens read-only and says so;
- the file is read as untrusted (core/support/safe_read.py): a regular file of at most
  ``MAX_FILE_BYTES``, nested at most ``MAX_DEPTH`` levels, each record number written once
  in plain ASCII digits; a file kept as a symlink (dotfile managers) is written through the
  link, so the link stays and its target is replaced.

Only this class touches that TinyDB, and one lock guards it, so any thread may call it.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from summit_tui.core.support.atomic import atomic_write, backup_path, move_aside, remove_stale_temps
from summit_tui.core.support.locks import InstanceLock, lock_path
from summit_tui.core.support.safe_read import ascii_digits, json_depth, read_capped
from summit_tui.paths import user_data_dir

#: Bump when the record shape changes. A file of a newer format is opened read-only.
FORMAT = 1
FILE_NAME = "userdata.json"
LOCKED_NOTICE = "Another summit-tui is using your notes; this window is read-only."
#: A larger file is not read (it opens read-only with a notice): 64 MB is some 100,000 notes.
MAX_FILE_BYTES = 64_000_000
#: Tables, records, fields: 3 levels; the rest is room for a newer format's fields.
MAX_DEPTH = 16

_BOOKMARKS = "bookmarks"
_NOTES = "notes"
_META = "_meta"
# Fields every record of a table must have, all strings.
_FIELDS = {_BOOKMARKS: ("id", "created", "updated"), _NOTES: ("id", "text", "created", "updated")}


class UserDataError(Exception):
    """A change to the user's bookmarks or notes could not be made; str() says why."""


class ReadOnlyError(UserDataError):
    """Raised by every change while ``UserData.read_only`` is True (see ``read_only_reason``)."""


class SaveError(UserDataError):
    """The disk refused a change (full, gone, no permission); nothing changed, on disk or here."""


@dataclass(frozen=True, slots=True)
class Note:
    """A note on one readout, with when it was first written and last changed (ISO, UTC)."""

    readout_id: str
    text: str
    created: str
    updated: str


def default_path() -> Path:
    """The user's bookmarks and notes file, in the user's data folder."""
    return user_data_dir() / FILE_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse(raw: bytes) -> dict[str, Any]:
    """The database in ``raw``; ValueError (with a reason) unless it is one this code wrote."""
    if not raw.strip():
        raise ValueError("the file is empty")
    data = orjson.loads(raw)  # orjson.JSONDecodeError is a ValueError
    if not isinstance(data, dict):
        raise ValueError("the file does not hold a JSON object")
    json_depth(data, MAX_DEPTH)  # TooDeep is a ValueError
    # A key written twice would keep only its last record (the nesting is bounded above).
    json.loads(raw, object_pairs_hook=_unique_keys)
    for name, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"table {name!r} is not a mapping")
        for doc_id, doc in table.items():
            # TinyDB numbers records with int(key): "²" would raise there, and "01" would
            # collide with "1" and lose a record on the next write.
            if not _canonical_number(doc_id) or not isinstance(doc, dict):
                raise ValueError(f"table {name!r} has a malformed record {doc_id!r}")
            for key in _FIELDS.get(name, ()):
                if not isinstance(doc.get(key), str):
                    raise ValueError(f"a record in {name!r} lacks a text field {key!r}")
            if name == _META and not isinstance(doc.get("format"), int):
                raise ValueError("the format record is malformed")
    return data


def _canonical_number(key: str) -> bool:
    return ascii_digits(key) and str(int(key)) == key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        twice = next(key for key in keys if keys.count(key) > 1)
        raise ValueError(f"the key {twice[:40]!r} is written twice in one object")
    return dict(pairs)


def _format_of(data: dict[str, Any]) -> int:
    return max((doc["format"] for doc in data.get(_META, {}).values()), default=FORMAT)


class _FileStorage(Storage):
    """TinyDB storage on one file: reads a private copy, writes atomically with a backup."""

    def __init__(self, path: Path, raw: bytes | None, owner: UserData) -> None:
        self._path = path
        self._raw = raw
        self._owner = owner

    def read(self) -> dict[str, dict[str, Any]] | None:
        # A fresh copy each time: TinyDB edits what it reads before writing it back, and a
        # failed write must leave the last saved state untouched.
        return orjson.loads(self._raw) if self._raw else None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self._owner.read_only:
            raise ReadOnlyError(self._owner.read_only_reason)
        data[_META] = {"1": {"format": FORMAT}}
        raw = orjson.dumps(data)
        atomic_write(self._path, raw, keep_backup=True)
        self._raw = raw

    def close(self) -> None:
        """Nothing to release: the file is open only while it is written."""


class UserData:
    """The user's bookmarks and notes on readouts, keyed by readout id."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        storage: Storage | None = None,
        read_only: bool = False,
    ) -> None:
        """Open the file at ``path`` (default: the user's data folder), or an injected
        TinyDB ``storage`` (no file, no lock: for tests). Never raises for a damaged,
        unreadable or locked file: it opens read-only or empty and says why in ``notices``.
        """
        self._lock = threading.RLock()
        self.notices: list[str] = []
        self.read_only = read_only
        self.read_only_reason = "this window was opened read-only" if read_only else ""
        self._instance_lock: InstanceLock | None = None
        self.path: Path | None = None
        if storage is not None:
            self._db = TinyDB(storage=lambda: storage)
        else:
            self.path = _through_link(Path(path) if path is not None else default_path())
            raw = self._open_file(self.path)
            file_storage = _FileStorage(self.path, raw, self)
            self._db = TinyDB(storage=lambda: file_storage)
        self._tables: dict[str, Table] = {
            name: self._db.table(name, cache_size=0) for name in (_BOOKMARKS, _NOTES)
        }
        # readout id -> (doc id, record); reads are served from here, not from TinyDB.
        self._index: dict[str, dict[str, tuple[int, dict[str, Any]]]] = {}
        for name, table in self._tables.items():
            latest: dict[str, tuple[int, dict[str, Any]]] = {}
            for doc in sorted(table.all(), key=lambda d: d.get("updated", "")):
                latest[doc["id"]] = (doc.doc_id, dict(doc))
            self._index[name] = latest

    # --- opening ---------------------------------------------------------------------------

    def _go_read_only(self, reason: str, notice: str | None = None) -> None:
        self.read_only = True
        self.read_only_reason = reason
        self.notices.append(notice or reason)
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None

    def _open_file(self, path: Path) -> bytes | None:
        if not self.read_only:
            self._take_lock(path)
        try:
            raw = self._recover(path)
        except OSError as exc:
            self._go_read_only(
                f"Could not read your notes file {path} ({exc}); "
                "this window shows no notes and is read-only."
            )
            return None
        if raw is not None and _format_of(parse(raw)) > FORMAT and not self.read_only:
            self._go_read_only(
                "Your notes file was written by a newer summit-tui; "
                "this window is read-only so that nothing in it is lost."
            )
        return raw

    def _take_lock(self, path: Path) -> None:
        lock = InstanceLock(lock_path(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            taken = lock.acquire()
        except OSError as exc:
            self._go_read_only(
                f"Could not lock your notes file {path} ({exc}); "
                "this window is read-only so that no change is lost."
            )
            return
        if not taken:
            self._go_read_only(LOCKED_NOTICE)
            return
        self._instance_lock = lock
        remove_stale_temps(path)  # left by a writer that died mid-write; we are the writer now

    def _recover(self, path: Path) -> bytes | None:
        """The bytes to open: the main file if sound, else the backup (restored if we may)."""
        main, main_error = _read_checked(path)
        if main is not None:
            return main
        bak_path = backup_path(path)
        bak, bak_error = _read_checked(bak_path)
        if main_error is None and bak is None and bak_error is None:
            return None  # first run: neither file exists
        what = (
            f"Your notes file {path} was damaged ({main_error})"
            if main_error
            else f"Your notes file {path} was missing"
        )
        if self.read_only:
            # Change nothing on disk: the instance that holds the lock will repair it.
            if bak is not None:
                self.notices.append(
                    f"{what}; this read-only window shows the backup "
                    f"{bak_path.name}, which may lack the last change."
                )
            else:
                self.notices.append(
                    f"{what}, with no sound backup; this read-only window "
                    "shows no bookmarks or notes."
                )
            return bak
        aside = move_aside(path) if main_error else None
        moved = f"; it was moved to {aside.name}" if aside else ""
        if bak is not None:
            atomic_write(path, bak)
            self.notices.append(
                f"{what}{moved}. Your bookmarks and notes were restored from "
                f"the backup {bak_path.name}, which may lack the last change."
            )
            return bak
        if bak_error is None:  # damaged, and no backup was ever written (a first save)
            self.notices.append(
                f"{what}{moved}, and there is no backup. summit-tui started "
                f"with no bookmarks or notes; the damaged file is kept in "
                f"{path.parent}."
            )
            return None
        bak_aside = move_aside(bak_path)
        kept = f"{aside.name} and {bak_aside.name}" if aside else bak_aside.name
        self.notices.append(
            f"{what}{moved}, and its backup was damaged too ({bak_error}). "
            f"summit-tui started with no bookmarks or notes; the damaged files "
            f"are kept as {kept} in {path.parent}."
        )
        return None

    # --- bookmarks -------------------------------------------------------------------------

    def is_bookmarked(self, readout_id: str) -> bool:
        """True if the readout is bookmarked."""
        with self._lock:
            return readout_id in self._index[_BOOKMARKS]

    def bookmarks(self) -> set[str]:
        """The ids of every bookmarked readout."""
        with self._lock:
            return set(self._index[_BOOKMARKS])

    def set_bookmark(self, readout_id: str, on: bool) -> None:
        """Bookmark the readout, or remove its bookmark; saved when this returns."""
        with self._lock:
            self._check_writable(readout_id)
            if on == self.is_bookmarked(readout_id):
                return
            if on:
                self._put(_BOOKMARKS, readout_id, {})
            else:
                self._delete(_BOOKMARKS, readout_id)

    def toggle_bookmark(self, readout_id: str) -> bool:
        """Flip the readout's bookmark; True if it is now bookmarked. Saved when this returns."""
        with self._lock:
            self._check_writable(readout_id)
            on = not self.is_bookmarked(readout_id)
            self.set_bookmark(readout_id, on)
            return on

    # --- notes -----------------------------------------------------------------------------

    def note(self, readout_id: str) -> str:
        """The note on the readout, or "" when there is none."""
        with self._lock:
            found = self._index[_NOTES].get(readout_id)
            return found[1]["text"] if found else ""

    def note_record(self, readout_id: str) -> Note | None:
        """The note on the readout with its timestamps, or None."""
        with self._lock:
            found = self._index[_NOTES].get(readout_id)
        if found is None:
            return None
        doc = found[1]
        return Note(readout_id, doc["text"], doc["created"], doc["updated"])

    def notes(self) -> dict[str, str]:
        """Every note, by readout id."""
        with self._lock:
            return {rid: doc["text"] for rid, (_, doc) in self._index[_NOTES].items()}

    def set_note(self, readout_id: str, text: str) -> None:
        """Set the readout's note; blank text deletes it. Saved when this returns."""
        with self._lock:
            self._check_writable(readout_id)
            if not text.strip():
                self._delete(_NOTES, readout_id)
            elif text != self.note(readout_id):
                self._put(_NOTES, readout_id, {"text": text})

    # --- writing ---------------------------------------------------------------------------

    def _check_writable(self, readout_id: str) -> None:
        if not isinstance(readout_id, str) or not readout_id:
            raise ValueError(f"a readout id must be a non-empty string, not {readout_id!r}")
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)

    def _put(self, name: str, readout_id: str, fields: dict[str, Any]) -> None:
        self._check_writable(readout_id)
        table, now = self._tables[name], _now()
        found = self._index[name].get(readout_id)
        try:
            if found is None:
                doc = {"id": readout_id, **fields, "created": now, "updated": now}
                doc_id = table.insert(doc)
            else:
                doc_id, old = found
                doc = {**old, **fields, "updated": now}
                table.update(doc, doc_ids=[doc_id])
        except OSError as exc:
            raise SaveError(f"Could not save your change ({exc}); nothing was changed.") from exc
        self._index[name][readout_id] = (doc_id, doc)

    def _delete(self, name: str, readout_id: str) -> None:
        self._check_writable(readout_id)
        if readout_id not in self._index[name]:
            return
        table = self._tables[name]
        try:
            # Every record of this id: a hand-edited file may hold more than one.
            doc_ids = [doc.doc_id for doc in table.all() if doc.get("id") == readout_id]
            table.remove(doc_ids=doc_ids)
        except OSError as exc:
            raise SaveError(f"Could not save your change ({exc}); nothing was changed.") from exc
        del self._index[name][readout_id]

    # --- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database and let another instance write (every change is already saved)."""
        with self._lock:
            self._db.close()
            if self._instance_lock is not None:
                self._instance_lock.release()
                self._instance_lock = None

    def __enter__(self) -> UserData:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _through_link(path: Path) -> Path:
    """The file behind a symlinked notes file (dotfile managers link it), else the path.

    Every write then replaces the link's target and keeps the link; the backup, the lock and
    temp files sit beside the target.
    """
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _read_checked(path: Path) -> tuple[bytes | None, str | None]:
    """(bytes, None) if the file is sound, (None, reason) if damaged, (None, None) if absent.

    Other OSErrors (no permission, I/O error, and RefusedFile: a device, a FIFO or a file
    over ``MAX_FILE_BYTES``) propagate: such a file is not known to be damaged and must not
    be moved aside.
    """
    try:
        raw = read_capped(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return None, None
    try:
        parse(raw)
    except ValueError as exc:
        return None, str(exc)
    return raw, None
