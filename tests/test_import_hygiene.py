"""The core has no UI: nothing under summit_tui.core imports Textual, Rich or the UI modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import summit_tui.core

CORE = Path(summit_tui.core.__file__).resolve().parent
FORBIDDEN = ("textual", "rich")
UI_MODULES = (
    "summit_tui.app",
    "summit_tui.keymap",
    "summit_tui.screens",
    "summit_tui.widgets",
    "summit_tui.palette",
    "summit_tui.cli",
)


def _package_of(path: Path) -> list[str]:
    rel = path.relative_to(CORE.parent.parent).with_suffix("")
    return list(rel.parts[:-1])  # for __init__.py too: the package is its own folder


def forbidden_imports(source: str, path: Path = CORE / "example.py") -> list[str]:
    """Every import in the source (at any depth, TYPE_CHECKING blocks included) of the UI."""
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                package = _package_of(path)
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        for name in names:
            top = name.split(".")[0]
            if top in FORBIDDEN or any(name == m or name.startswith(m + ".") for m in UI_MODULES):
                found.append(f"{path.name}:{node.lineno}: {name}")
    return found


CORE_FILES = sorted(CORE.rglob("*.py"))


def test_core_has_modules_to_check() -> None:
    names = {p.name for p in CORE_FILES}
    assert {"readout_yaml.py", "readouts.py", "countries.py", "topics.py", "reading.py"} <= names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(CORE)))
def test_no_ui_import_in_core_source(path: Path) -> None:
    assert forbidden_imports(path.read_text(encoding="utf-8"), path) == []


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("import textual", True),
        ("import textual.app as app", True),
        ("from rich.text import Text", True),
        ("def f():\n    from rich import print\n", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import textual\n", True),
        ("from summit_tui.widgets import detail", True),
        ("from summit_tui import app", True),
        ("from ... import app", True),  # relative, from core/importer/x.py
        ("from .. import models", False),
        ("import richard\nimport textualize_not", False),
        ("from summit_tui import __version__", False),
        ("from summit_tui.core.model import readout", False),
    ],
)
def test_the_checker_catches_ui_imports(source: str, caught: bool) -> None:
    where = CORE / "importer" / "x.py"
    assert bool(forbidden_imports(source, where)) is caught


def test_importing_every_core_module_loads_no_ui() -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        "import summit_tui.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'summit_tui.core.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in ('textual', 'rich')\n"
        "             or m.startswith(('summit_tui.app', 'summit_tui.screens',\n"
        "                              'summit_tui.widgets', 'summit_tui.cli')))\n"
        "print(len(names))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    count, bad = done.stdout.splitlines()
    assert int(count) >= 10
    assert bad == "", f"core imports pulled in: {bad}"
    assert "textual" not in bad


def test_the_subprocess_check_would_see_textual() -> None:
    # Negative control: the same probe after importing Textual does report it.
    done = subprocess.run(
        [sys.executable, "-c", "import textual, sys; print('textual' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "True"
