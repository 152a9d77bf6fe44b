"""What an import found: the readouts, and per readout the fields it could not determine."""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.core.model.readout import Readout


@dataclass(frozen=True, slots=True)
class ImportedReadout:
    """One meeting found in the text; ``readout`` is None when its title or date is unknown."""

    readout: Readout | None
    missing: tuple[str, ...] = ()  # fields the text did not support, e.g. "start_time"
    notes: tuple[str, ...] = ()  # how a field was derived when the text was indirect
    title: str = ""  # what the meeting is called, even when it could not become a readout

    @property
    def complete(self) -> bool:
        """True when a readout could be built (other fields may still be missing)."""
        return self.readout is not None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The outcome of importing one text: readouts found, or why it is not a readout."""

    source_name: str
    readouts: tuple[ImportedReadout, ...] = ()
    not_a_readout: str = ""  # the reason, when the text reports no meeting at all

    @property
    def is_readout(self) -> bool:
        """True when the text reports at least one meeting."""
        return not self.not_a_readout and bool(self.readouts)
