"""The claim queue: one line per claim, filtered and sorted, drawn only where it is visible.

The queue is a Line-API widget: it renders just the rows on screen, from a cache of each
claim's row text, so 10,000 claims open and scroll as quickly as twenty (a `DataTable`
measures every cell of every row up front). It never asks the store for anything: the desk
screen hands it claims. After an action only that claim's cached row is redrawn
(`show_claim`).

The row under the cursor wraps onto a second line when its claim is longer than the line, so
the whole claim (up to two lines of it) is readable without opening it; the rows below move
down one line while the cursor is there.

A claim that stops matching the filter (say, just rejected) keeps its row, dimmed by its
state, until the queue is filtered or sorted again: the reviewer sees what they did and can
undo it at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.models import Claim, Triage
from factcheck.terminal_text import visible_copy
from factcheck.tui.chips import VerdictLabels, band_cell, status_chip
from factcheck.tui.filter_bar import ClaimFilter
from factcheck.workflow import Workflow


@dataclass(frozen=True)
class Column:
    title: str
    width: int  # 0: the claim's text, which takes the rest of the line


# Every column but the claim's text, least useful last: a narrow queue drops from the end, so
# the claim keeps most of the width at every size. The flag column shows `✓` for a claim
# marked for a bulk action and `•` for one another reviewer changed since it was looked at.
FLAGS = Column("", 2)
STAGE = Column("Stage", 9)
VERDICT = Column("Verdict", 12)
SPEAKER = Column("Speaker", 16)
WORTH = Column("Worth", 5)
ARTICLE = Column("Art", 3)
ASSIGNEE = Column("Assignee", 8)
KIND = Column("Kind", 10)
CLAIM = Column("Claim", 0)
OPTIONAL_COLUMNS = (SPEAKER, WORTH, ARTICLE, ASSIGNEE, KIND)
CLAIM_SHARE = 0.55  # the claim's text keeps at least this share of the line


def columns_for(width: int, several_articles: bool = False) -> tuple[Column, ...]:
    """The columns a queue `width` cells wide shows, in order: flags, stage and verdict
    always, then the optional ones while the claim's text keeps `CLAIM_SHARE` of the line
    (the article's number only when the queue holds more than one article)."""
    shown = [FLAGS, STAGE, VERDICT]
    for column in OPTIONAL_COLUMNS:
        if column is ARTICLE and not several_articles:
            continue
        used = sum(c.width + 1 for c in (*shown, column))
        if width - used >= CLAIM_SHARE * width:
            shown.append(column)
    order = (FLAGS, STAGE, KIND, WORTH, VERDICT, ASSIGNEE, ARTICLE, SPEAKER)
    return (*(c for c in order if c in shown), CLAIM)


class QueueOrder(StrEnum):
    POSITION = "article order"
    WORTH = "check-worthiness"

    def following(self) -> QueueOrder:
        members = list(QueueOrder)
        return members[(members.index(self) + 1) % len(members)]


def order_claims(claims: Iterable[Claim], order: QueueOrder) -> list[Claim]:
    """Article order is the order claims arrive in; check-worthiness sorts the most
    check-worthy first and keeps article order among equals."""
    claims = list(claims)
    if order is QueueOrder.WORTH:
        claims.sort(key=lambda claim: -claim.checkworthiness)
    return claims


def short_name(speaker: str | None, width: int) -> str:
    """A speaker in `width` columns, whole when it fits, else its leading words and "…"
    ("Recep Tayyip…", "Analysts at the…"): cut at the end, so what shows is the start of
    the name as written and never reads as another name. A word never ends mid-way unless
    the first word alone is too long."""
    if not speaker:
        return "—"
    speaker = " ".join(speaker.split())
    if len(speaker) <= width:
        return speaker
    words = speaker.split()
    while len(words) > 1 and len(" ".join(words)) + 1 > width:
        words.pop()
    return (" ".join(words) if len(words[0]) < width else words[0][: width - 1]) + "…"


def column_headings(columns: tuple[Column, ...]) -> Text:
    line = Text(style="bold")
    for column in columns:
        line.append(f" {column.title:<{column.width}}" if column.width else f" {column.title}")
    return line


class ClaimQueue(ScrollView, can_focus=True):
    """The rows of the claims in view; `claim_id` is the one under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"queue--cursor"}
    DEFAULT_CSS = """
    ClaimQueue > .queue--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    ClaimQueue:blur > .queue--cursor {
        background: $block-cursor-blurred-background;
        text-style: none;
    }
    """

    cursor = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor is on another claim (or on none)."""

        def __init__(self, claim_id: str | None) -> None:
            super().__init__()
            self.claim_id = claim_id

    class ColumnsChanged(Message):
        """The queue's width now shows other columns: the headings follow."""

        def __init__(self, columns: tuple[Column, ...]) -> None:
            super().__init__()
            self.columns = columns

    def __init__(self, workflow: Workflow, labels: VerdictLabels, **kwargs) -> None:
        super().__init__(**kwargs)
        self.workflow = workflow
        self.labels = labels
        self.order = QueueOrder.POSITION
        self.claim_filter = ClaimFilter()
        # The inbox the reviewer looks at: only its claims are shown (see `factcheck.app.inbox`).
        self.in_view: Callable[[Claim], bool] = lambda claim: True
        self._ids: list[str] = []
        self._claims: dict[str, Claim] = {}
        self._rows: dict[str, Text] = {}
        self.columns = columns_for(80)
        self._article_numbers: dict[str, int] = {}
        # Claims marked for a bulk action (space), in the order they were marked.
        self.marked: dict[str, None] = {}
        # Claims another reviewer changed since this reviewer's cursor last visited them.
        self.changed: set[str] = set()
        self._cursor_cache: tuple[object, list[Text]] = (None, [])

    # -- what is shown --------------------------------------------------------------------

    @property
    def claim_id(self) -> str | None:
        return self._ids[self.cursor] if 0 <= self.cursor < len(self._ids) else None

    @property
    def claim_ids(self) -> list[str]:
        return list(self._ids)

    @property
    def row_count(self) -> int:
        return len(self._ids)

    def row_text(self, claim_id: str) -> str:
        """The row as plain text, as the reviewer reads it."""
        return self._row(claim_id).plain

    def show(self, claims: Iterable[Claim], keep: str | None = None) -> None:
        """Rebuild the rows from `claims` under the current filter and order; the cursor
        stays on `keep` when it is still in view, else goes to the first row."""
        claims = list(claims)
        shown = [
            c for c in claims if self.claim_filter.matches(c, self.workflow) and self.in_view(c)
        ]
        self._claims = {claim.id: claim for claim in claims}
        self._article_numbers = {}
        for claim in claims:
            self._article_numbers.setdefault(claim.article_id, len(self._article_numbers) + 1)
        self._rows = {}
        self._update_columns()
        self._ids = [claim.id for claim in order_claims(shown, self.order)]
        self._size_to_rows()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = self._ids.index(keep) if keep in self._ids else 0
        self.refresh()

    def append(self, claims: Iterable[Claim]) -> None:
        """Add rows for claims read after the queue was shown, after every row, under the
        current filter (in the order given, which must be the queue's order): the cursor
        stays on its claim and nothing on screen moves."""
        claims = list(claims)
        was_empty = not self._ids
        for claim in claims:
            self._claims[claim.id] = claim
            self._article_numbers.setdefault(claim.article_id, len(self._article_numbers) + 1)
        self._ids.extend(
            claim.id
            for claim in claims
            if self.claim_filter.matches(claim, self.workflow) and self.in_view(claim)
        )
        self._update_columns()
        self._size_to_rows()
        if was_empty and self._ids:
            self.cursor = 0  # the queue had no claim to show the pane: now it has
        self.refresh()

    def show_claim(self, claim: Claim) -> None:
        """Redraw one claim's row (if it is in view), leaving every other row alone."""
        self._claims[claim.id] = claim
        self._rows.pop(claim.id, None)
        if claim.id in self._ids:
            self.refresh_line(self._ids.index(claim.id))

    def mark_changed(self, claim_id: str) -> None:
        """Flag the row: someone else saved this claim since the reviewer last looked."""
        self.changed.add(claim_id)
        self.show_claim(self._claims[claim_id])

    @property
    def marked_ids(self) -> list[str]:
        """The claims marked for a bulk action that are still in view, in marking order."""
        return [claim_id for claim_id in self.marked if claim_id in self._claims]

    def toggle_mark(self, claim_id: str) -> None:
        if self.marked.pop(claim_id, False) is False:
            self.marked[claim_id] = None
        self.show_claim(self._claims[claim_id])

    def clear_marks(self) -> None:
        marked, self.marked = self.marked, {}
        for claim_id in marked:
            if claim_id in self._claims:
                self.show_claim(self._claims[claim_id])

    def mark_seen(self, claim_id: str) -> None:
        if claim_id in self.changed:
            self.changed.discard(claim_id)
            self.show_claim(self._claims[claim_id])

    def refresh_line(self, index: int) -> None:
        """Redraw one claim's row (both lines of the cursor's)."""
        if index == self.cursor:
            self.refresh(Region(0, index - self.scroll_offset.y, self.size.width, 2))
            return
        line = index + (self._wrapped() if index > self.cursor else 0)
        self.refresh(Region(0, line - self.scroll_offset.y, self.size.width, 1))

    def _wrapped(self) -> int:
        """1 when the cursor's row takes a second line, else 0."""
        return int(len(self._cursor_lines()) > 1)

    def _size_to_rows(self) -> None:
        # One line more than the rows, always: room for the cursor row's second line
        # wherever it is, without resizing (and rescrolling) the queue as the cursor moves.
        self.virtual_size = Size(self.size.width, len(self._ids) + 1)

    def select(self, claim_id: str) -> bool:
        if claim_id not in self._ids:
            return False
        self.cursor = self._ids.index(claim_id)
        return True

    # -- moving ---------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._ids) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()  # the rows below the cursor's moved with its second line
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self.claim_id))

    def _scroll_to_cursor(self) -> None:
        region = Region(0, self.cursor, 1, 1 + self._wrapped())
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def action_cursor_down(self) -> None:
        if self.cursor < len(self._ids) - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor = min(len(self._ids) - 1, self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self.cursor = max(0, self.cursor - max(1, self.size.height - 1))

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(0, len(self._ids) - 1)

    def on_click(self, event: events.Click) -> None:
        index, _ = self._row_at(event.y + self.scroll_offset.y)
        if 0 <= index < len(self._ids):
            self.cursor = index

    def on_resize(self) -> None:
        self._update_columns()
        self._size_to_rows()
        # The cursor's row stays in view when the terminal shrinks.
        self.call_after_refresh(self._scroll_to_cursor)

    def _update_columns(self) -> None:
        columns = columns_for(self.size.width or 80, len(self._article_numbers) > 1)
        if columns != self.columns:
            self.columns = columns
            self._rows = {}
            self.post_message(self.ColumnsChanged(columns))

    # -- drawing --------------------------------------------------------------------------

    def _row_at(self, line: int) -> tuple[int, int]:
        """The row shown on virtual `line` and which of its lines it is (0, or 1 for the
        cursor row's second line)."""
        if line <= self.cursor:
            return line, 0
        wrapped = self._wrapped()
        if wrapped and line == self.cursor + 1:
            return self.cursor, 1
        return line - wrapped, 0

    def render_line(self, y: int) -> Strip:
        index, part = self._row_at(y + self.scroll_offset.y)
        width = self.size.width
        if not 0 <= index < len(self._ids):
            return Strip.blank(width, self.rich_style)
        base = self.rich_style
        if index == self.cursor:
            base += self.get_component_rich_style("queue--cursor")
            row = self._cursor_lines()[part]
        else:
            row = self._row(self._ids[index])
        segments = [
            Segment(s.text, base + (s.style or Style())) for s in row.render(self.app.console)
        ]
        return Strip(segments).crop_extend(0, width, base)

    def _cursor_lines(self) -> list[Text]:
        """The cursor's row as one line, or as two when its claim does not fit: the claim's
        words wrapped under its column, the second line ending in "…" if still too long."""
        claim_id = self.claim_id
        if claim_id is None:
            return []
        row = self._row(claim_id)
        width = self.scrollable_content_region.width  # the scrollbar takes its share
        key = (claim_id, width, id(row))
        if self._cursor_cache[0] == key:
            return self._cursor_cache[1]
        lines = [row]
        room = width - self._claim_offset
        claim = visible_copy(self._claims[claim_id])
        words = _claim_text(claim, _dim(claim))
        if room > 10 and words.cell_len > room:
            wrapped = words.wrap(self.app.console, room)
            first, second = wrapped[0], wrapped[1]
            if len(wrapped) > 2:
                second.truncate(room - 1)
                second.append("…")
            head = self._prefix(claim)
            head.append(" ")
            head.append_text(first)
            lines = [head, Text(" " * self._claim_offset).append_text(second)]
        self._cursor_cache = (key, lines)
        return lines

    @property
    def _claim_offset(self) -> int:
        """Where the claim's words start on a row."""
        return sum(column.width + 1 for column in self.columns if column is not CLAIM) + 1

    def _row(self, claim_id: str) -> Text:
        row = self._rows.get(claim_id)
        if row is None:
            row = self._rows[claim_id] = self._render_row(self._claims[claim_id])
        return row

    def _render_row(self, claim: Claim) -> Text:
        claim = visible_copy(claim)  # stored text cannot drive the terminal
        row = self._prefix(claim)
        row.append(" ")
        row.append_text(_claim_text(claim, _dim(claim)))
        return row

    def _prefix(self, claim: Claim) -> Text:
        """Every cell of the row before the claim's words (`claim` already made visible)."""
        row = Text(no_wrap=True, overflow="crop", end="")
        for column in self.columns:
            if column is CLAIM:
                continue
            cell = self._cell(claim, column, _dim(claim))
            cell.truncate(column.width, overflow="ellipsis", pad=True)
            row.append(" ")
            row.append_text(cell)
        return row

    def _cell(self, claim: Claim, column: Column, dim: str) -> Text:
        if column is FLAGS:
            flags = Text("✓" if claim.id in self.marked else " ", style="bold green")
            flags.append("•" if claim.id in self.changed else " ", style="bold yellow")
            return flags
        if column is STAGE:
            return Text(claim.stage or self.workflow.first_stage.id, style=dim or "cyan")
        if column is KIND:
            return Text(str(claim.kind), style=dim)
        if column is WORTH:
            return band_cell(claim)
        if column is VERDICT:
            return status_chip(claim, self.labels, width=VERDICT.width)
        if column is ASSIGNEE:
            return Text(claim.assignee or "—", style=dim or ("" if claim.assignee else "dim"))
        if column is ARTICLE:
            return Text(str(self._article_numbers.get(claim.article_id, "")), style="dim")
        if claim.speaker_unknown and not claim.speaker:  # someone's words, not the article's
            return Text("unknown", style=dim or "yellow")
        name = short_name(claim.speaker, SPEAKER.width)
        return Text(name, style=dim or ("" if claim.speaker else "dim"))


def _dim(claim: Claim) -> str:
    """Rejected and merged claims' rows read struck through."""
    return "dim strike" if claim.triage in (Triage.REJECTED, Triage.MERGED) else ""


def _claim_text(claim: Claim, style: str) -> Text:
    """The claim's words; one that needs context opens with a yellow `?`."""
    text = Text(" ".join(claim.text.split()), style=style)
    if claim.needs_context:
        text = Text.assemble(("? ", style or "bold yellow"), text)
    return text
