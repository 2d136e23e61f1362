"""The claim queue: one line per claim of the desk's query, drawn only where it is visible.

The queue is a Line-API widget: it renders just the rows on screen, from a cache of each
claim's row text. It holds only a window of the rows (`ClaimWindow`: a few hundred around
the cursor) and knows how many there are in all, so a million claims scroll as twenty do.
It never asks the store for anything: when the cursor or the screen reaches rows it does
not hold it says so (`RowsWanted`), draws them as `…` meanwhile, and the desk screen reads
them in a worker and hands them over (`fill`). After an action only that claim's cached row
is redrawn (`show_claim`).

The row under the cursor wraps onto a second line when its claim is longer than the line, so
the whole claim (up to two lines of it) is readable without opening it; the rows below move
down one line while the cursor is there.

A claim that stops matching the filter (say, just rejected) keeps its row, dimmed by its
state, until the queue is filtered or sorted again: the reviewer sees what they did and can
undo it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from factcheck.app import ClaimOrder, ClaimWindow
from factcheck.models import Claim, Triage
from factcheck.terminal_text import visible_copy
from factcheck.tui.chips import VerdictLabels, band_cell, status_chip
from factcheck.workflow import Workflow

QueueOrder = ClaimOrder


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

    class RowsWanted(Message):
        """The cursor or the screen reached rows the queue does not hold: read the window
        around `row`."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, workflow: Workflow, labels: VerdictLabels, **kwargs) -> None:
        super().__init__(**kwargs)
        self.workflow = workflow
        self.labels = labels
        self.order = QueueOrder.POSITION
        self.window = ClaimWindow()
        self._claims: dict[str, Claim] = {}  # the window's claims and the marked ones
        self._rows: dict[str, Text] = {}
        self.columns = columns_for(80)
        self._article_numbers: dict[str, int] = {}
        # Claims marked for a bulk action (space), in the order they were marked.
        self.marked: dict[str, None] = {}
        # Claims another reviewer changed since this reviewer's cursor last visited them.
        self.changed: set[str] = set()
        self._cursor_cache: tuple[object, list[Text]] = (None, [])
        self._wanted: int | None = None  # the row asked for and not yet filled

    # -- what is shown --------------------------------------------------------------------

    @property
    def claim_id(self) -> str | None:
        claim = self.window.claim_at(self.cursor)
        return claim.id if claim else None

    @property
    def claim_ids(self) -> list[str]:
        """The claims of the rows the queue holds, in order."""
        return [claim.id for claim in self.window.claims]

    @property
    def row_count(self) -> int:
        return self.window.total

    def claim(self, claim_id: str) -> Claim | None:
        """The queue's copy of a claim it holds (in its window, or marked)."""
        return self._claims.get(claim_id)

    def row_text(self, claim_id: str) -> str:
        """The row as plain text, as the reviewer reads it."""
        return self._row(claim_id).plain

    def number_articles(self, article_ids: list[str]) -> None:
        """The articles' numbers for the `Art` column: 1, 2, ... in the order given."""
        self._article_numbers = {article_id: n for n, article_id in enumerate(article_ids, 1)}
        self._rows = {}
        self._update_columns()

    def show(self, window: ClaimWindow, cursor: int = 0) -> None:
        """Show a new window of rows (another query: a filter, an order, an inbox, a reload),
        the cursor on row `cursor`."""
        self._take(window)
        self._rows = {}
        self._size_to_rows()
        self.scroll_to(y=max(0, cursor - self.size.height // 2), animate=False, immediate=True)
        self.cursor = cursor
        self.refresh()

    def fill(self, window: ClaimWindow) -> None:
        """Take the rows read for the cursor's neighbourhood (the same query): the cursor stays
        on its row and nothing on screen moves; the claim pane follows if the cursor's claim
        arrived with them."""
        before = self.claim_id
        self._take(window)
        self._size_to_rows()
        self.cursor = self.validate_cursor(self.cursor)
        if self.claim_id != before:
            self.post_message(self.Highlighted(self.claim_id))
        self.refresh()

    def _take(self, window: ClaimWindow) -> None:
        self._wanted = None
        self.window = window
        marked = {
            claim_id: self._claims[claim_id] for claim_id in self.marked if claim_id in self._claims
        }
        self._claims = {**marked, **{claim.id: claim for claim in window.claims}}
        self._rows = {
            claim_id: row for claim_id, row in self._rows.items() if claim_id in self._claims
        }

    def show_claim(self, claim: Claim) -> Claim | None:
        """Redraw one claim's row (if the queue holds it), leaving every other row alone; the
        copy it replaced, or None."""
        old = self._claims.get(claim.id)
        if old is None:
            return None
        self._claims[claim.id] = claim
        self.window.replace(claim)
        self._rows.pop(claim.id, None)
        row = self.window.row_of(claim.id)
        if row is not None:
            self.refresh_line(row)
        return old

    def mark_changed(self, claim_id: str) -> None:
        """Flag the row: someone else saved this claim since the reviewer last looked."""
        self.changed.add(claim_id)
        self._redraw(claim_id)

    def _redraw(self, claim_id: str) -> None:
        if claim_id in self._claims:
            self.show_claim(self._claims[claim_id])

    @property
    def marked_ids(self) -> list[str]:
        """The claims marked for a bulk action, in marking order."""
        return list(self.marked)

    def toggle_mark(self, claim_id: str) -> None:
        if self.marked.pop(claim_id, False) is False:
            self.marked[claim_id] = None
        self._redraw(claim_id)

    def clear_marks(self) -> None:
        marked, self.marked = self.marked, {}
        for claim_id in marked:
            self._redraw(claim_id)

    def mark_seen(self, claim_id: str) -> None:
        if claim_id in self.changed:
            self.changed.discard(claim_id)
            self._redraw(claim_id)

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
        self.virtual_size = Size(self.size.width, self.window.total + 1)

    def select(self, claim_id: str) -> bool:
        row = self.window.row_of(claim_id)
        if row is None:
            return False
        self.cursor = row
        return True

    def _want(self, row: int) -> None:
        """Ask for the window around `row` once, unless it is held already."""
        if self._wanted is None and not self.window.covers(row):
            self._wanted = row
            self.post_message(self.RowsWanted(row))

    # -- moving ---------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.window.total - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()  # the rows below the cursor's moved with its second line
        self._scroll_to_cursor()
        self._want(new)
        self.post_message(self.Highlighted(self.claim_id))

    def _scroll_to_cursor(self) -> None:
        region = Region(0, self.cursor, 1, 1 + self._wrapped())
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def action_cursor_down(self) -> None:
        if self.cursor < self.window.total - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor = min(self.window.total - 1, self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self.cursor = max(0, self.cursor - max(1, self.size.height - 1))

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(0, self.window.total - 1)

    def on_click(self, event: events.Click) -> None:
        index, _ = self._row_at(event.y + self.scroll_offset.y)
        if 0 <= index < self.window.total:
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
        if not 0 <= index < self.window.total:
            return Strip.blank(width, self.rich_style)
        base = self.rich_style
        claim = self.window.claim_at(index)
        if claim is None:  # not read yet: asked for, drawn when it comes
            self.call_later(self._want, index)
            row = Text("  …", style="dim")
        elif index == self.cursor:
            base += self.get_component_rich_style("queue--cursor")
            lines = self._cursor_lines()
            row = lines[min(part, len(lines) - 1)]
        else:
            row = self._row(claim.id)
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
