"""Shared fixtures: the bundled seed readout, the small test readouts, the benchmark generator."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

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
    spec = importlib.util.spec_from_file_location("benchmarks_generate",
                                                  REPO / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
