"""Readouts in Bengali, read through English phrase by phrase.

Bangladesh's government and India's Prime Minister's Office (in its Bengali edition) write
readouts in Bengali. Bengali joins its case endings to the word ("রাষ্ট্রপতির", the
President's; "মোদীর", Modi's), so the table's offices, names and countries are stems that
take any ending. Dates ("১২ মে ২০২৪"), Bengali digits, and the kinds of meeting ("বৈঠক",
"টেলিফোনে কথা") are read; whatever the table does not know reads as an ellipsis. The text
stored is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summit_tui.core.importer.scripts import in_english, month_named, written_in

English = str | Callable[[str], str]

_BENGALI = re.compile(r"[\u0980-\u09ff]")
MIN_BENGALI = 100  # letters in the first 4,000 characters that make a text Bengali
_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯।", "0123456789.")
_ENDING = "[\u0980-\u09ff]*"  # a case ending joined to the word


def is_bengali(text: str) -> bool:
    """The text is written in Bengali: more words in its script than in Latin letters."""
    return written_in(text, _BENGALI, MIN_BENGALI)


def has_bengali(line: str) -> bool:
    """The line has Bengali letters in it."""
    return bool(_BENGALI.search(line))


def with_digits(line: str) -> str:
    """The line with Bengali digits as digits and the danda as a full stop, character for
    character."""
    return line.translate(_DIGITS)


_MONTHS = (
    ("জানুয়ারি|জানুয়ারী", 1),
    ("ফেব্রুয়ারি|ফেব্রুয়ারী", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("মে", 5),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8),
    ("সেপ্টেম্বর", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
)
_NAMES = (
    ("নরেন্দ্র মোদী|নরেন্দ্র মোদি|মোদী|মোদি", "Narendra Modi"),
    ("শেখ হাসিনা", "Sheikh Hasina"),
    ("মুহাম্মদ ইউনূস|ড. ইউনূস|ইউনূস", "Muhammad Yunus"),
    ("বারাক ওবামা|ওবামা", "Barack Obama"),
    ("জো বাইডেন|বাইডেন", "Joe Biden"),
    ("ডোনাল্ড ট্রাম্প|ট্রাম্প", "Donald Trump"),
    ("শি জিনপিং", "Xi Jinping"),
    ("ভ্লাদিমির পুতিন|পুতিন", "Vladimir Putin"),
    ("এস জয়শঙ্কর|জয়শঙ্কর", "Subrahmanyam Jaishankar"),
)
_OFFICES = (
    ("প্রধানমন্ত্রী", "Prime Minister"),
    ("রাষ্ট্রপতি", "President"),
    ("প্রেসিডেন্ট", "President"),
    ("পররাষ্ট্রমন্ত্রী|পররাষ্ট্র মন্ত্রী|বিদেশমন্ত্রী", "Foreign Minister"),
    ("প্রধান উপদেষ্টা", "Chief Adviser"),
    ("মন্ত্রী", "Minister"),
)
_COUNTRIES = (
    ("বাংলাদেশ", "Bangladesh"),
    ("ভারত", "India"),
    ("মার্কিন যুক্তরাষ্ট্র|যুক্তরাষ্ট্র|মার্কিন", "United States"),
    ("চীন", "China"),
    ("জাপান", "Japan"),
    ("রাশিয়া", "Russia"),
    ("যুক্তরাজ্য|ব্রিটেন", "United Kingdom"),
    ("পাকিস্তান", "Pakistan"),
    ("নেপাল", "Nepal"),
    ("ভুটান", "Bhutan"),
    ("মিয়ানমার", "Myanmar"),
    ("শ্রীলঙ্কা", "Sri Lanka"),
)
_PHRASES = (
    ("টেলিফোনে কথা|ফোনে কথা|হটলাইনের মাধ্যমে|টেলিফোনালাপ", "held a telephone call"),
    ("ভিডিও কনফারেন্স", "video conference"),
    ("দ্বিপাক্ষিক বৈঠক", "bilateral meeting"),
    ("বৈঠক|সাক্ষাৎ", "meeting"),
    ("কথা বলেছেন|কথা বলেন|কথা হল", "spoke"),
    ("আজ", "today"),
    ("সঙ্গে|সাথে", "with"),
    ("ও|এবং", "and"),
)


def _date(found: str) -> str:
    m = re.fullmatch(r"(?P<d>\d{1,2})\s+(?P<mo>\S+?),?(?:\s+(?P<y>(?:19|20)\d\d))?", found.strip())
    if m is None or not (month := month_named(m["mo"], _MONTHS)):
        return found
    return in_english(int(m["d"]), month, m["y"])


@cache
def rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], English], ...]]:
    """Bengali phrases as one pattern (stems with any ending), and each with what it reads
    as."""
    month = "|".join(n for names, _ in _MONTHS for n in names.split("|"))

    def stems(rows: tuple[tuple[str, str], ...], after: str = "") -> list[tuple[str, English]]:
        return [(f"(?:{local}){_ENDING}", f"{english}{after}") for local, english in rows]

    each: list[tuple[str, English]] = [
        (rf"\d{{1,2}}\s+(?:{month}),?(?:\s+(?:19|20)\d\d)?", _date),
        (r"শ্রী|শ্রীমতী|মাননীয়", ""),
        *stems(_NAMES, ","),
        *stems(_COUNTRIES),
        *stems(_OFFICES),
        *_PHRASES,
    ]
    known = "|".join(f"(?:{p})" for p, _ in each)
    each.append((rf"(?:(?!(?:{known})(?=[\s,.;:]|$))[\u0980-\u09ff]+\s*)+", " … "))
    one = re.compile(
        r"(?<![\u0980-\u09ff\w])(?:"
        + "|".join(f"(?:{p})" for p, _ in each)
        + r")(?=[\s,.;:)(“”\"]|$)"
    )
    return one, tuple((re.compile(p), e) for p, e in each)
