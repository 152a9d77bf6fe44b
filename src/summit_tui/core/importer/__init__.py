"""Plain text of an official readout -> Readout, as a chain of small named extraction steps.

normalise -> strip_furniture -> split_meetings -> per meeting: title, participants, parties,
kind, date, time and duration, location, sections, then topics and mentions. A field the
text does not support is left out and listed in ``ImportedReadout.missing``.
"""

from summit_tui.core.importer.pipeline import import_text, make_id, slug
from summit_tui.core.importer.result import ImportedReadout, ImportResult

__all__ = ["ImportResult", "ImportedReadout", "import_text", "make_id", "slug"]
