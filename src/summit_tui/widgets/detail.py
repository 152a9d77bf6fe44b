"""The detail pane: one meeting in full, its header, participants and numbered sections."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from summit_tui.core.export import start_clock
from summit_tui.core.model.entry import Entry
from summit_tui.core.model.readout import KIND_LABELS, Section
from summit_tui.core.reference import countries
from summit_tui.core.support.safe_text import clean, one_line

Highlighter = Callable[[str], list[tuple[int, int]]]

HIT_STYLE = "bold reverse"
#: The most sections the pane shows (a block each, so layout time and memory grow with them):
#: past that, matched sections up to as many again, then a line saying how many are left.
MAX_SECTIONS = 200
#: The most participants the header lists; a line gives the number of the others.
MAX_PARTICIPANTS = 100


def _styled(text: str, highlight: Highlighter | None, style: str = "") -> Text:
    """Untrusted text as a Text (never parsed as markup), with matches highlighted."""
    safe = clean(text)
    out = Text(safe, style=style)
    if highlight is not None:
        for start, end in highlight(safe):
            out.stylize(HIT_STYLE, start, end)
    return out


def has_hits(text: Text) -> bool:
    """Whether any part of the text carries the hit highlight."""
    return any(str(span.style) == HIT_STYLE for span in text.spans)


def _duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return f"about {hours} h {mins} min"
    if hours:
        return f"about {hours} hour{'s' if hours > 1 else ''}"
    return f"about {mins} minutes"


def same_text(a: Text, b: Text) -> bool:
    """Whether two texts look the same: characters, style and styled spans."""
    return a.plain == b.plain and a.style == b.style and a.spans == b.spans


class Header:
    """The header block: title, facts, and a table of parties, people, topics and source.

    Two headers are equal when they would look the same, so that the pane can leave a
    header on screen as it is.
    """

    __slots__ = ("facts", "rows", "title")

    def __init__(self, title: Text, facts: Text, rows: list[tuple[str, Text]]) -> None:
        self.title = title
        self.facts = facts
        self.rows = rows

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Header) or len(self.rows) != len(other.rows):
            return False
        return (
            same_text(self.title, other.title)
            and same_text(self.facts, other.facts)
            and all(
                label == other_label and same_text(value, other_value)
                for (label, value), (other_label, other_value) in zip(
                    self.rows, other.rows, strict=True
                )
            )
        )

    __hash__ = None  # type: ignore[assignment]  # mutable texts: compared, never hashed

    def __rich__(self) -> Group:
        table = Table.grid(padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for label, value in self.rows:
            table.add_row(label, value)
        return Group(self.title, self.facts, Text(""), table)


def same_block(a: object, b: object) -> bool:
    """Whether two blocks of the pane look the same (texts and headers are compared)."""
    if isinstance(a, Text) and isinstance(b, Text):
        return same_text(a, b)
    return isinstance(a, Header) and a == b


def header_text(entry: Entry, highlight: Highlighter | None = None) -> Header:
    """Title, kind, date, time, duration, parties, mentions, participants, topics, source."""
    r = entry.readout
    title = _styled(one_line(r.title), highlight, "bold")
    facts = [KIND_LABELS.get(r.kind, r.kind), f"{r.date:%A} {r.date.day} {r.date:%B %Y}"]
    clock, place_said = start_clock(r)
    if clock:
        facts.append(one_line(clock))
    if r.duration_minutes is not None:
        facts.append(_duration(r.duration_minutes))
    if r.location and not place_said:
        facts.append(one_line(r.location))
    rows: list[tuple[str, Text]] = []
    if r.countries:
        rows.append(
            ("Parties", _styled(", ".join(countries.name_of(c) for c in r.countries), highlight))
        )
    if entry.mentions:
        rows.append(
            (
                "Mentions",
                _styled(", ".join(countries.name_of(c) for c in entry.mentions), highlight),
            )
        )
    for i, p in enumerate(r.participants[:MAX_PARTICIPANTS]):
        line = one_line(p.display)
        if p.role:
            line += f" — {one_line(p.role)}"
        if p.country and countries.name_of(p.country) not in line:
            line += f" ({countries.name_of(p.country)})"
        rows.append(("Participants" if i == 0 else "", _styled(line, highlight)))
    if len(r.participants) > MAX_PARTICIPANTS:
        more = len(r.participants) - MAX_PARTICIPANTS
        rows.append(
            (
                "",
                Text(
                    f"… and {more:,} more participant{'s' * (more != 1)} "
                    "(summit-tui show prints them all)",
                    "italic dim",
                ),
            )
        )
    if entry.topics:
        rows.append(("Topics", _styled(", ".join(entry.topics), highlight)))
    source = [one_line(s) for s in (r.source.publisher, r.source.category) if s]
    if source:
        rows.append(("Source", Text(" · ".join(source))))
    if r.source.url:
        rows.append(("", Text(one_line(r.source.url), "underline")))
    if r.provisional_translation:
        rows.append(("", Text("Provisional translation", "italic")))
    for i, mark in enumerate(r.review):
        line = (
            f"{one_line(mark.field)}: {one_line(mark.reason)}"
            if mark.reason
            else one_line(mark.field)
        )
        if mark.text:
            line += f" (from “{one_line(mark.text)}”)"
        rows.append(("Needs review" if i == 0 else "", Text(line, "italic")))
    if r.review:
        rows.append(
            (
                "",
                Text(
                    "Check these against the source, then press R to mark the meeting reviewed.",
                    "dim",
                ),
            )
        )
    return Header(title, Text(" · ".join(facts), "italic"), rows)


def mine_text(bookmarked: bool, note: str) -> Text:
    """The user's bookmark and note on the meeting (the note is untrusted text too)."""
    text = Text()
    if bookmarked:
        text.append("★ Bookmarked", "bold")
        if note.strip():
            text.append("\n")
    if note.strip():
        text.append("Your note  ", "bold")
        text.append_text(Text(clean(note.strip())))
    return text


def section_text(
    section: Section,
    depth: int,
    topics: tuple[str, ...],
    highlight: Highlighter | None,
    matched: bool = False,
) -> Text:
    """A section's heading (with its topics) and paragraphs, indented by depth."""
    indent = "  " * depth
    text = Text(indent)
    if matched:
        text.append("◆ ", "bold")
    text.append_text(_styled(one_line(section.label), highlight, "bold underline"))
    if topics:
        text.append("  ·  " + ", ".join(topics), "dim italic")
    for paragraph in section.paragraphs:
        text.append("\n\n" + indent)
        text.append_text(_styled(paragraph.strip(), highlight))
    return text


def shown_sections(
    sections: Iterable[tuple[int, Section]], matched: tuple[int, ...]
) -> tuple[list[tuple[int, int, Section]], int]:
    """The sections the pane shows as (index, depth, section), and how many there are: the
    first ``MAX_SECTIONS``, then matched ones up to ``MAX_SECTIONS`` more."""
    hits = set(matched)
    shown: list[tuple[int, int, Section]] = []
    extra = 0
    total = 0
    for i, (depth, section) in enumerate(sections):
        total += 1
        if i < MAX_SECTIONS:
            shown.append((i, depth, section))
        elif i in hits and extra < MAX_SECTIONS:
            shown.append((i, depth, section))
            extra += 1
    return shown, total


def detail_blocks(
    entry: Entry,
    highlight: Highlighter | None,
    matched: tuple[int, ...],
    userdata: tuple[bool, str] | None,
) -> list[tuple[RenderableType, str]]:
    """The blocks of the detail pane, in order, each with its CSS classes."""
    r = entry.readout
    blocks: list[tuple[RenderableType, str]] = [(header_text(entry, highlight), "header")]
    if userdata is not None and (userdata[0] or userdata[1].strip()):
        blocks.append((mine_text(*userdata), "mine"))
    if r.summary:
        blocks.append((_styled(r.summary.strip(), highlight), "summary"))
    topics = entry.section_topics
    shown, total = shown_sections(r.all_sections(), matched)
    for i, depth, section in shown:
        section_topics = topics[i] if i < len(topics) else ()
        blocks.append(
            (
                section_text(section, depth, section_topics, highlight, i in matched),
                "section matched" if i in matched else "section",
            )
        )
    if total > len(shown):
        more = total - len(shown)
        blocks.append(
            (
                Text(
                    f"… {more:,} more section{'s' * (more != 1)} not shown: the pane "
                    f"shows the first {MAX_SECTIONS:,} and sections with a hit "
                    "(summit-tui show prints them all)",
                    "italic dim",
                ),
                "more",
            )
        )
    tail = Text()
    if r.photos:
        tail.append("Photos\n", "bold")
        for photo in r.photos:
            credit = f" (Photo: {one_line(photo.credit)})" if photo.credit else ""
            tail.append(f"  {one_line(photo.caption)}{credit}\n")
    if r.notes:
        tail.append("Notes\n", "bold")
        tail.append_text(_styled(r.notes.strip(), highlight))
        tail.append("\n")
    tail.append(f"File: {clean(entry.path)}   id: {clean(r.id)}", "dim")
    blocks.append((tail, "footer"))
    # "hit" marks the blocks that n/N step through (the header is not one of them).
    return [
        (
            content,
            f"{classes} hit" if i and isinstance(content, Text) and has_hits(content) else classes,
        )
        for i, (content, classes) in enumerate(blocks)
    ]


class ReadoutDetail(VerticalScroll, can_focus=True):
    """Everything about the highlighted meeting, readable and scrollable."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "right_square_bracket",
            "next_section",
            "Next section",
            key_display="]",
            id="detail.next_section",
        ),
        Binding(
            "left_square_bracket",
            "previous_section",
            "Prev section",
            key_display="[",
            show=False,
            id="detail.previous_section",
        ),
        Binding("n", "next_hit", "Next hit", id="detail.next_hit"),
        Binding("N", "previous_hit", "Prev hit", show=False, id="detail.previous_hit"),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="detail.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="detail.bottom"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entry: Entry | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("No meeting selected", "italic"), id="detail-empty")

    async def show(
        self,
        entry: Entry | None,
        highlight: Highlighter | None = None,
        empty_message: str = "No meeting selected",
        matched: tuple[int, ...] = (),
        userdata: tuple[bool, str] | None = None,
    ) -> None:
        """Show this meeting (or the empty message).

        The same meeting again (the query changed, so did its highlights) is updated in
        place, and only the blocks whose highlights changed are painted again: remounting
        every block on each keystroke costs more than the search itself.
        """
        same = entry is not None and self.entry is not None and entry.id == self.entry.id
        self.entry = entry
        self.border_title = "Detail" if entry is None else one_line(entry.readout.date.isoformat())
        if entry is None:
            with self.app.batch_update():
                await self.remove_children()
                await self.mount(Static(Text(empty_message, "italic"), id="detail-empty"))
            return
        blocks = detail_blocks(entry, highlight, matched, userdata)
        current = list(self.query_children(Static))
        if same and len(current) == len(blocks):
            first_hit = next(iter(self.hits()), None)
            for widget, (content, classes) in zip(current, blocks, strict=True):
                old = widget.content
                if not same_block(old, content):
                    # Only the highlights changed when the text did not: no new layout needed.
                    same_plain = (
                        isinstance(old, Text)
                        and isinstance(content, Text)
                        and old.plain == content.plain
                    )
                    widget.update(content, layout=not same_plain)
                widget.set_classes(classes)
            if next(iter(self.hits()), None) is not first_hit:
                self.call_after_refresh(self._scroll_to_first_hit)
            return
        with self.app.batch_update():
            await self.remove_children()
            await self.mount_all([Static(content, classes=classes) for content, classes in blocks])
            self.scroll_home(animate=False)
        self.call_after_refresh(self._scroll_to_first_hit)

    def _scroll_to_first_hit(self) -> None:
        # After layout: only then do the blocks know where they are.
        hits = self.hits()
        if hits and hits[0].virtual_region.bottom > self.scrollable_content_region.height:
            self.scroll_to_widget(hits[0], top=True, animate=False)

    def sections(self) -> list[Static]:
        """The section widgets, in reading order."""
        return list(self.query(".section").results(Static))

    def hits(self) -> list[Static]:
        """The blocks (summary, sections, notes) holding a search hit, in reading order."""
        return list(self.query(".hit").results(Static))

    def _jump(self, step: int, sections: list[Static] | None = None) -> None:
        sections = self.sections() if sections is None else sections
        if not sections:
            return
        top = self.scroll_offset.y
        offsets = [s.virtual_region.y for s in sections]
        if step > 0:
            target = next((s for s, y in zip(sections, offsets, strict=True) if y > top), None)
        else:
            before = [s for s, y in zip(sections, offsets, strict=True) if y < top]
            target = before[-1] if before else None
        if target is not None:
            self.scroll_to_widget(target, top=True, animate=False)
        elif step < 0:
            self.scroll_home(animate=False)

    def action_next_section(self) -> None:
        """Scroll the next numbered section to the top."""
        self._jump(1)

    def action_previous_section(self) -> None:
        """Scroll the previous numbered section to the top."""
        self._jump(-1)

    def action_next_hit(self) -> None:
        """Scroll the next passage with a search hit to the top."""
        self._jump(1, self.hits())

    def action_previous_hit(self) -> None:
        """Scroll the previous passage with a search hit to the top."""
        self._jump(-1, self.hits())
