"""Step 2: take page furniture off the text, keeping what it tells us (photos, category, dates)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summit_tui.core.importer.dates import DateMention, dateline
from summit_tui.core.importer.publishers import Publisher, publisher_by_habit, publisher_of_line
from summit_tui.core.models import Photo

_BACK_TO = re.compile(r"^(?:Back to|Return to)\s+(?P<target>.+?)\s*$", re.I)
_TOP_LINKS = re.compile(r"^(?:Page Top|Back to Top|Top of Page|To the top|Top)$", re.I)
_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|/|\|)\s+")
_CRUMB_START = re.compile(r"^(?:Home|Top Page|Top|Home Page|Main)\b", re.I)
_PHOTO = re.compile(
    r"^(?P<caption>.*?)\s*[(\[](?:Photo(?:graph)?s?|Photo credit|Credit|Image)\s*"
    r"(?::|by|courtesy of)"
    r"\s*(?P<credit>[^)\]]+?)\s*[)\]]$",
    re.I,
)
_PROVISIONAL = re.compile(
    r"^[\[(（]?\s*(?:This is a\s+)?(?:Provisional|Tentative|Unofficial) translation\.?\s*[\])）]?$",
    re.I,
)
_NOISE = re.compile(
    r"^(?:#{3}|\*\s*\*\s*\*|-{3,}|END|For immediate release|Print|Share(?: this page)?|Tweet"
    r"|Facebook|X \(Twitter\)|Email|Related Links?|Related Information|Press Releases?"
    r"|News(?: story)?|Read more)$",
    re.I,
)
# A category line of the Japanese foreign ministry: "Japan-Malaysia Relations".
_RELATIONS = re.compile(r"^Japan-[\w .'()-]+ Relations$")


@dataclass(frozen=True, slots=True)
class Page:
    """The text with furniture removed, and what the furniture said."""

    lines: tuple[str, ...]  # body lines in order, "" between paragraphs
    category: str = ""
    photos: tuple[Photo, ...] = ()
    provisional_translation: bool = False
    dates: tuple[DateMention, ...] = ()  # datelines, in order
    publisher: Publisher | None = None


def _is_breadcrumb(line: str) -> bool:
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > 200:
        return False
    return len(parts) >= 3 or bool(_CRUMB_START.match(line))


def strip_furniture(text: str) -> Page:
    """Split the normalised text into body lines and the facts page furniture carries."""
    lines = text.split("\n")
    back_targets = [m.group("target") for ln in lines if (m := _BACK_TO.match(ln))
                    and not _TOP_LINKS.match(ln)]
    category = next((t for t in back_targets if not re.fullmatch(r"top|page top", t, re.I)), "")
    publisher = None
    photos: list[Photo] = []
    dates: list[DateMention] = []
    provisional = False
    body: list[str] = []
    for line in lines:
        if not line:
            body.append("")
            continue
        if _TOP_LINKS.match(line) or _NOISE.match(line) or _is_breadcrumb(line):
            continue
        if _BACK_TO.match(line):
            continue
        if category and line == category:
            continue
        if not category and not body and _RELATIONS.match(line):
            category = line
            continue
        if _PROVISIONAL.match(line):
            provisional = True
            continue
        if (found := publisher_of_line(line)) is not None:
            publisher = publisher or found
            continue
        if (m := _PHOTO.match(line)) is not None:
            photos.append(Photo(caption=m.group("caption").strip(), credit=m.group("credit")))
            continue
        if (d := dateline(line)) is not None:
            dates.append(d)
            continue
        body.append(line)
    while body and not body[0]:
        body.pop(0)
    return Page(
        lines=tuple(body),
        category=category,
        photos=tuple(photos),
        provisional_translation=provisional,
        dates=tuple(dates),
        publisher=publisher or publisher_by_habit(text),
    )
