"""Make untrusted text safe for a terminal: no control sequences, no bidi overrides."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/
# isolate characters that can reorder what the user reads.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str) -> str:
    """Replace control characters with a visible placeholder and tabs with spaces."""
    if not text:
        return text
    return _UNSAFE.sub("\ufffd", text.replace("\t", "    "))


def one_line(text: str) -> str:
    """Clean text and fold every run of whitespace (newlines too) into one space."""
    return " ".join(clean(text).split())


def in_line(text: str) -> str:
    """Clean text for a one-line input box: newlines become spaces, other spaces are kept."""
    return clean(text).replace("\n", " ")
