"""Saving what an import found: a readable description, a checked YAML text, a safe write."""

from __future__ import annotations

from pathlib import Path

from summit_tui.core.files.readout_yaml import ReadoutError, dump_readout, parse_readout
from summit_tui.core.importer.result import ImportedReadout
from summit_tui.core.model.readout import Readout
from summit_tui.core.support.atomic import atomic_create, atomic_write


class ImportSaveError(Exception):
    """A readout that cannot be saved, with the reason in plain words."""


def describe(item: ImportedReadout) -> str:
    """One line: title, kind, date and how many participants and sections were found."""
    r = item.readout
    if r is None:
        return f"{item.title or 'a meeting'}"
    bits = [r.kind, r.date.isoformat()]
    if r.participants:
        bits.append(f"{len(r.participants)} participant{'s' * (len(r.participants) != 1)}")
    if r.sections:
        bits.append(f"{len(r.sections)} section{'s' * (len(r.sections) != 1)}")
    return f"{r.title} ({', '.join(bits)})"


def checked_yaml(item: ImportedReadout, source: str) -> str:
    """The readout as YAML that the loader reads back identically; or ImportSaveError."""
    if item.readout is None:
        raise ImportSaveError(f"{describe(item)}: cannot be saved without a title and a date")
    text = dump_readout(item.readout)
    try:
        again = parse_readout(text, source, default_id=item.readout.id)
    except ReadoutError as exc:  # the importer made something the loader refuses
        raise ImportSaveError(f"{describe(item)}: produced an invalid readout ({exc})") from None
    if again != item.readout:
        raise ImportSaveError(f"{describe(item)}: the YAML does not read back the same")
    return text


def target_path(readout: Readout, out_dir: Path) -> Path:
    """Where a readout is written: ``<out_dir>/<id>.yaml``."""
    return out_dir / f"{readout.id}.yaml"


def write_yaml(text: str, target: Path, *, force: bool = False) -> None:
    """Write the readout file whole (never half-written); refuse to replace one unless ``force``.

    The folder is made when it does not exist. ImportSaveError says why a write failed.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if force:
            atomic_write(target, text.encode("utf-8"))
        else:
            atomic_create(target, text.encode("utf-8"))
    except FileExistsError:
        raise ImportSaveError(f"{target} exists; use --force to overwrite it") from None
    except OSError as exc:
        where = exc.filename or target
        raise ImportSaveError(f"cannot write {where}: {exc.strerror or exc}") from None
