"""A saved or fetched web page -> the article's plain text and the page's own metadata.

The main text and the metadata (headline, site name, canonical address, publication date)
come from trafilatura, an extractor made for article pages: menus, footers, cookie banners
and link lists stay behind, and the text then goes through the same steps as pasted text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from summit_tui.core.importer.request import PageFacts

MAX_PAGE_BYTES = 8_000_000  # a readout page is well under 1 MB; more is not an article
_DATE_PARAMS = {
    "extensive_search": False,  # metadata and markup only: a date in the body is not the page's
    "original_date": True,  # first published, not last modified
    "outputformat": "%Y-%m-%d",
    "min_date": "1945-01-01",
}
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title)\b", re.I | re.S
)
MIN_TEXT = 40  # fewer characters than a sentence is a page of links, not an article
_TITLE_TAG = re.compile(r"<title[^>]*>(.{1,400}?)</title>", re.I | re.S)
# Site names that say nothing about the publisher beyond its address.
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


class PageError(Exception):
    """A page that holds no article text we can read, with the reason in plain words."""


@dataclass(frozen=True, slots=True)
class PageText:
    """The article's text, one block a paragraph, and what the page says about itself."""

    text: str
    facts: PageFacts


def looks_like_html(data: bytes) -> bool:
    """True when bytes start as an HTML document does (for files saved without .html)."""
    return bool(_HTML_START.match(data[:2048]))


def _quiet() -> None:
    # trafilatura and its helpers log extraction details as warnings; the caller reports.
    for name in ("trafilatura", "htmldate", "justext", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def read_page(data: bytes, url: str = "") -> PageText:
    """The article text and metadata of an HTML page; PageError when it has no article."""
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(
            f"the page is {len(data):,} bytes; pages over {MAX_PAGE_BYTES:,} bytes are not read"
        )
    try:
        return _read_page(data, url)
    except PageError:
        raise
    except Exception as exc:  # the extractor and lxml raise many kinds on broken markup
        raise PageError(
            f"the page could not be read ({exc.__class__.__name__}: {str(exc)[:120]})"
        ) from exc


def _read_page(data: bytes, url: str) -> PageText:
    import trafilatura  # imported here: the rest of the app never needs it
    from trafilatura.utils import decode_file

    _quiet()
    html = decode_file(data)
    if not html.strip():
        raise PageError("the page is empty")
    meta: dict[str, str] = {}
    text = ""
    for recall in (False, True):  # short readouts can fall under the default size threshold
        doc: Any = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_recall=recall,
            date_extraction_params=_DATE_PARAMS,
        )
        found = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
        meta = {k: v for k, v in found.items() if isinstance(v, str)}
        text = meta.get("text", "")
        if text.strip():
            break
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if len(text.strip()) < MIN_TEXT:
        raise PageError("the page holds no article text")
    raw_title = " ".join(meta.get("title", "").split())
    if (m := _TITLE_TAG.search(html)) is not None:
        tag_title = " ".join(unescape(m.group(1)).split())
        if _TITLE_SUFFIX.search(tag_title):  # "<headline> | <site>": the site's name is there
            raw_title = tag_title
    facts = PageFacts(
        title=_headline(raw_title),
        published=_date(meta.get("date")),
        site=meta.get("sitename", "") or _title_site(raw_title),
        url=meta.get("url", "") or url,
    )
    return PageText(_blocks(text, facts.title), facts)


def _headline(title: str) -> str:
    """The page title without a site name after a bar or dash ("... | GOV.UK")."""
    return _TITLE_SUFFIX.sub("", title) if len(title) > 30 else title


def _title_site(title: str) -> str:
    """The site name a page title ends with ("... | Ministry of Foreign Affairs of Japan")."""
    m = _TITLE_SUFFIX.search(title)
    return m.group(0).strip(" |–—-") if m and len(title) > 30 else ""


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _blocks(text: str, title: str) -> str:
    """One block a paragraph, a blank line between; the headline first when the text lacks it.

    The extractor writes one line a block (paragraph, heading, list item, table row).
    """
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if title and not any(_same(title, ln) for ln in lines[:6]):
        lines.insert(0, title)
    return "\n\n".join(lines)


def _same(a: str, b: str) -> bool:
    fold = str.casefold
    a, b = fold(" ".join(a.split())), fold(" ".join(b.split()))
    return a == b or (len(a) > 20 and (a in b or b in a))
