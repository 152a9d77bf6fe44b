"""What to do next, shown under the panes while the collection is small or empty."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

#: Below this many readouts the guide is shown.
SMALL_COLLECTION = 5

IMPORT_COMMAND = "summit-tui import FILE-OR-URL -o FOLDER"
OPEN_COMMAND = "summit-tui FOLDER"


def guide(total: int, bundled: bool) -> Text:
    """How to get (more) readouts: the import key and the exact command lines."""
    text = Text()
    if bundled:
        text.append(
            "These are the sample readouts shipped with summit-tui. Make a folder of "
            "your own from official readouts (text files, saved pages, URLs), then "
            "open it:\n"
        )
    else:
        have = "no readouts yet" if not total else f"{total} meeting{'s' if total != 1 else ''}"
        text.append(f"This folder has {have}. Press ")
        text.append("i", "bold")
        text.append(
            " to import a readout from a text file, a saved page or a URL into it; "
            "or, from a shell:\n"
        )
    for command, what in (
        (IMPORT_COMMAND, "import readouts into FOLDER"),
        (OPEN_COMMAND, "then browse them"),
    ):
        text.append("  ")
        text.append(command, "bold")
        text.append(" " * max(2, len(IMPORT_COMMAND) + 3 - len(command)))
        text.append(what + "\n", "dim")
    text.rstrip()
    return text


class GettingStarted(Static):
    """The guide to importing and opening readouts, while fewer than SMALL_COLLECTION."""

    def show_for(self, total: int, bundled: bool) -> None:
        """Show the guide for a collection of ``total`` readouts, or hide it."""
        small = total < SMALL_COLLECTION
        self.set_class(small, "-shown")
        if small:
            self.border_title = "Getting started"
            self.border_subtitle = f"shown until the folder holds {SMALL_COLLECTION} meetings"
            self.update(guide(total, bundled))
