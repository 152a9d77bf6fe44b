"""Shared fixtures: the seed readout, the small test readouts, the benchmark generator, and
cache folders that cannot be used (read-only, full, not a folder)."""

from __future__ import annotations

import errno
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from fault_fs import tmpfs

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed_path() -> Path:
    """The bundled seed readout (a Japan-Malaysia summit meeting)."""
    return REPO / "data" / "2024-05-23-japan-malaysia-summit-meeting.yaml"


@pytest.fixture
def fixture_readouts() -> Path:
    """tests/fixtures/readouts: small fictional readouts, good/ and broken/."""
    return FIXTURES / "readouts"


@pytest.fixture(scope="session")
def generate() -> ModuleType:
    """benchmarks/generate.py, imported as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "benchmarks_generate", REPO / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CACHE_FAULTS = ("not a folder", "read-only", "full")


@pytest.fixture(params=CACHE_FAULTS)
def unusable_cache(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A database path whose folder cannot be written: a file where the folder should be, a
    read-only file system (a folder without write permission when not root), or a full one
    (a 4 kB tmpfs as root; else the cache's writes fail with ENOSPC)."""
    kind = request.param
    folder = tmp_path / "cache"
    if kind == "not a folder":
        folder.write_text("a file, not a folder\n")
        yield folder / "db.json"
    elif kind == "read-only" and os.geteuid() == 0:
        with tmpfs(folder, "ro,size=64k"):
            yield folder / "db.json"
    elif kind == "read-only":
        folder.mkdir()
        folder.chmod(0o555)
        yield folder / "db.json"
        folder.chmod(0o755)
    elif os.geteuid() == 0:
        with tmpfs(folder, "size=4k"):
            yield folder / "db.json"
    else:
        from summit_tui.core.store import storage

        def full(self: object, data: object) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(storage.AtomicJSONStorage, "write", full)
        yield folder / "db.json"
