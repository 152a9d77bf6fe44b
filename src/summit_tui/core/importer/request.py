"""What an import is given besides the text: facts of the page it came from, and the user's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a web page says about itself in its metadata, not in the article text."""

    title: str = ""  # the page's headline (og:title, <title>, <h1>)
    published: dt.date | None = None  # the publication date in the page's metadata
    site: str = ""  # the site's name ("GOV.UK", "The White House")
    url: str = ""  # the canonical address, or the one fetched

    @property
    def empty(self) -> bool:
        """True when the page told nothing about itself (plain text has no page)."""
        return not (self.title or self.published or self.site or self.url)


@dataclass(frozen=True, slots=True)
class Overrides:
    """Fields the user supplies (``--date``, ``--title``, ``--country``, ``--kind``).

    They replace what the text gives, or stand in for what it lacks; a field given here is
    never marked for review.
    """

    date: dt.date | None = None
    title: str = ""
    countries: tuple[str, ...] = ()  # ISO alpha-2 codes, in the order given
    kind: str = ""


NO_PAGE = PageFacts()
NO_OVERRIDES = Overrides()
