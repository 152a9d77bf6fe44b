"""Command palette entries: jump to any meeting, filter by any country or topic."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from summit_tui.core.model.entry import Entry
from summit_tui.core.search.facet_labels import facet_label
from summit_tui.core.search.query import QueryError
from summit_tui.core.support.safe_text import one_line
from summit_tui.widgets.filter_pane import facet_value


def _highlight(text: str, offsets: Sequence[int]) -> Content:
    # Content(text), not Content.from_markup: readout text is never markup.
    content = Content(text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize("reverse", offset, offset + 1)
    return content


if TYPE_CHECKING:
    from summit_tui.screens.main import MainScreen

MEETINGS = 300  # meetings offered to the fuzzy matcher per keystroke


class ReadoutCommands(Provider):
    """Meetings by title and date; countries, mentions and topics as filters."""

    def _meetings(self, screen: MainScreen, query: str) -> Iterable[Entry]:
        """The meetings worth fuzzy-matching: found by the search index, not all of them.

        With 100,000 readouts, fuzzy-matching every title on each keystroke would freeze the
        palette; the index finds the few hundred that contain what was typed.
        """
        assert screen.index is not None
        words = " ".join(w for w in query.split() if w.replace("-", "").isalnum())
        if words:
            try:
                return screen.index.search(words, order="relevance")[:MEETINGS]
            except QueryError:
                pass
        return screen.index.entries()[:MEETINGS]

    def _candidates(self, query: str = "") -> Iterator[tuple[str, Callable[[], None], str]]:
        from summit_tui.screens.main import MainScreen  # the screen imports this module

        screen = self.app.screen_stack[0] if self.app.screen_stack else None
        for candidate in self.app.screen_stack:
            if isinstance(candidate, MainScreen):
                screen = candidate
        yield (
            "Import a readout from a plain-text file",
            self._import,
            "Review what the importer finds, then save it as YAML",
        )
        if not isinstance(screen, MainScreen) or screen.index is None:
            return
        actions = [
            (
                "Statistics of the current results",
                screen.action_statistics,
                "Meetings per month or year, top countries, topics and people (key s)",
            ),
            (
                "Relationship thread of this meeting",
                screen.action_thread,
                "Every meeting between the same parties (key t)",
            ),
            (
                "People in the current results",
                screen.action_people,
                "Participants with roles and meetings (key p)",
            ),
            (
                "Save this search",
                screen.action_save_search,
                "Keep the query and filters under a name, beside the data (key S)",
            ),
            (
                "Sort: newest first / by relevance",
                screen.action_toggle_order,
                "Switch the order of the meeting list (key o)",
            ),
            (
                "Export the results to a file",
                screen.action_export,
                "Markdown brief, CSV, JSON or YAML (key ctrl+e)",
            ),
            (
                "Copy a citation of this meeting",
                screen.action_cite,
                "Publisher, title, date and URL to the clipboard (key y)",
            ),
            (
                "Open the source page of this meeting",
                screen.action_open_source,
                "In the web browser (key u)",
            ),
        ]
        yield from actions
        for saved in screen.saved:
            yield (
                f"Saved search: {one_line(saved.name)}",
                partial(screen.use_saved_search, saved.name),
                "Run this saved search",
            )
        for entry in self._meetings(screen, query):  # date, title, id: nothing built
            text = one_line(f"{entry.date.isoformat()} {entry.title}")
            yield text, partial(screen.jump_to, entry.id), "Open this meeting"
        for facet, label in (
            ("countries", "Filter: meetings of"),
            ("mentions", "Filter: meetings mentioning"),
            ("topics", "Filter: topic"),
        ):
            for value in sorted(screen.index.facet_values(facet)):
                name = one_line(facet_label(facet, value))
                yield (
                    f"{label} {name}",
                    partial(screen.toggle_filter, facet, facet_value(facet, value)),
                    "Toggle this filter",
                )

    def _import(self) -> None:
        getattr(self.app, "action_import_readout")()  # noqa: B009 - any App is accepted here

    async def search(self, query: str) -> Hits:
        """Fuzzy-match meetings and filters against what the user typed."""
        matcher = self.matcher(query)
        for text, command, help_ in self._candidates(query):
            score = matcher.match(text)
            if score > 0:
                _, offsets = matcher.fuzzy_search.match(query, text)
                yield Hit(score, _highlight(text, offsets), command, text=text, help=help_)

    async def discover(self) -> Hits:
        """Offer the newest meetings before anything is typed."""
        for n, (text, command, help_) in enumerate(self._candidates()):
            if n >= 20:
                break
            yield DiscoveryHit(Content(text), command, text=text, help=help_)
