"""Where things live: the bundled readouts, the user's cache and data folders."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs


def bundled_data_dir() -> Path:
    """The readouts shipped with summit-tui, from a wheel or from a source checkout."""
    packaged = Path(str(resources.files("summit_tui"))) / "bundled_data"
    if packaged.is_dir():
        return packaged
    # An editable install or a checkout: the repository's data/ folder.
    return Path(__file__).resolve().parents[2] / "data"


def user_data_dir() -> Path:
    """Where what the user creates (bookmarks, notes) is kept."""
    return platformdirs.user_data_path("summit-tui")


def user_config_dir() -> Path:
    """Where the user's settings are kept (the keymap)."""
    return platformdirs.user_config_path("summit-tui")


def keymap_path() -> Path:
    """The user's keymap file: binding id = "keys" (see the README)."""
    return user_config_dir() / "keymap.toml"
