"""Helpers for matching many words at once with the same results as case-insensitive regexes."""

from __future__ import annotations

import re

# Characters that Python's case-insensitive regexes match with another character although
# ``str.lower`` does not map them to it (dotless i, long s, Greek and Cyrillic variants:
# ``re._casefix``). Text whose lower case holds one is matched with the regexes instead.
_CASE_VARIANTS = re.compile(
    "[\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1"
    "\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441"
    "\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]"
)


def folds_one_to_one(text: str, low: str) -> bool:
    """True when ``low = text.lower()`` matches as a case-insensitive regex would see ``text``.

    That is: one character for one (no dotted capital I) and none of the few characters
    whose case-insensitive equivalents ``lower`` does not give.
    """
    return len(low) == len(text) and (low.isascii() or _CASE_VARIANTS.search(low) is None)
