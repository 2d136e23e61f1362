"""The desk: the claim queue, the claim pane, and every reviewer action as a key.

Every action goes through the application layer's `Desk` and is saved before the screen
changes; a refusal (`FactcheckError`) shows as a notification naming what was refused and why,
and changes nothing. Store work runs in a Textual worker thread, one action at a time in the
order the keys came; the screen keeps drawing meanwhile and, when a save takes longer than
`BUSY_AFTER`, says so in the busy line. The screen keeps the claims it shows in memory and
replaces one claim at a time with what the desk returns, so no action re-reads or redraws the
whole queue.

`u` undoes the reviewer's most recent action, on whichever claim it was and even from an
earlier session (the cursor follows it there), as `Desk.undo_last` defines it; a publication
is never undone.

Every action names the claim revision the screen shows (for a form: the one shown when it
opened). When someone else changed the claim meanwhile the desk refuses the action, says who
and when, and shows the claim as it now is. An action the claim's stage does not allow is
refused before its form opens, so nothing typed is lost. Publishing and signing off ask
first: the desk takes no default that decides.

The desk follows the store live: a thread polls the application layer's `ChangeFeed` every
`LIVE_POLL_SECONDS` and puts each claim another reviewer saved on screen (its row marked
until the cursor visits it, the claim pane redrawn if it is the one shown); a form open on
that claim says so at once, before its reviewer saves.

The reviewer's inboxes (`i` switches: all, assigned to me, waiting for my sign-off, needs
context) narrow the queue; the header counts each.

The screen never holds every claim. What the queue shows is a query (`ClaimQuery`: scope,
filter, inbox, order) the store answers a page at a time; the queue holds a window of rows
around the cursor (`ClaimWindow`) and asks for the next window when the cursor or the screen
nears its edge, jumps (Home/End, a page) or the query changes, and a worker reads it. The
counts (the header's progress, each inbox, the queue's length) are the store's answers to
count queries, asked again in a worker when something outside the window changed; a change
to a claim the window holds adjusts them at once. The claim pane's activity (history and
comments) is read for the claim shown, in a worker, and followed from the change feed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static
from textual.worker import WorkerFailed, get_current_worker

from factcheck.app import (
    FORMATS,
    ActivityLog,
    ClaimChange,
    ClaimOrder,
    ClaimQuery,
    ClaimWindow,
    Desk,
    ExportRequest,
    Inbox,
    IngestStep,
    Progress,
    is_decided,
    is_proposed,
    is_published,
    is_web_url,
    most_similar_first,
    proposed_verdict_for,
    read_window,
    shorten,
)
from factcheck.errors import FactcheckError, StaleClaimError
from factcheck.models import Article, Claim, EvidenceNote, Triage
from factcheck.terminal_text import visible
from factcheck.tui import browser
from factcheck.tui.checked_before import CheckedBefore
from factcheck.tui.claim_pane import ClaimPane
from factcheck.tui.confirm_dialog import ConfirmDialog
from factcheck.tui.desk_header import DeskHeader
from factcheck.tui.evidence_dialog import EvidenceDialog
from factcheck.tui.export_dialog import ExportDialog
from factcheck.tui.filter_bar import ClaimFilter, FilterBar
from factcheck.tui.queue import ClaimQueue, column_headings, columns_for
from factcheck.tui.text_dialog import TextAnswer, TextDialog
from factcheck.tui.verdict_dialog import VerdictDialog
from factcheck.tui.workflow_screen import WorkflowScreen

# Side by side only where the queue still gets as many columns as a 120-column stacked desk:
# a narrower side-by-side queue would cut the claims shorter than the stacked one.
WIDE_LAYOUT_COLUMNS = 200
BUSY_AFTER = 0.15  # seconds a save may take before the busy line says it is under way
LIVE_POLL_SECONDS = 0.1  # how often the desk looks for others' saves (two stat calls when none)
WINDOW_SIZE = 300  # rows read before the first frame: more than any terminal shows
Answer = TypeVar("Answer")
Result = TypeVar("Result")


def _binding(key: str, action: str, description: str, tooltip: str, **kwargs) -> Binding:
    name = action.split("(")[0] + ("_up" if action.endswith("(-1)") else "")
    return Binding(key, action, description, id=f"desk.{name}", tooltip=tooltip, **kwargs)


DESK_BINDINGS = [
    _binding("j", "cursor_down", "Next", "Move to the next claim", show=False, key_display="j/↓"),
    _binding("k", "cursor_up", "Previous", "Move to the previous claim", show=False),
    _binding("a", "accept", "Accept", "Accept the claim (or every marked claim) in triage"),
    _binding("x", "reject", "Reject", "Reject the claim (or every marked claim), with a reason"),
    _binding("space", "mark", "Mark", "Mark the claim for a bulk accept or reject", show=False),
    _binding("e", "edit", "Edit", "Reword the claim so it stands alone", show=False),
    _binding("m", "merge", "Merge", "Mark the claim a duplicate of another", show=False),
    _binding("A", "assign", "Assign", "Give the claim to a reviewer", show=False),
    _binding("n", "note", "Note", "Add an evidence note: URL, quote, stance, note"),
    _binding("v", "verdict", "Verdict", "Rate the claim on the scale, with a rationale"),
    _binding("C", "correct", "Correct", "Propose a correction to a published verdict", show=False),
    _binding("greater_than_sign", "advance", "Advance", "Move the claim to the next stage"),
    _binding(
        "less_than_sign", "send_back", "Back", "Send the claim back to an earlier stage", show=False
    ),
    _binding("o", "sign_off", "Sign off", "Approve another reviewer's verdict"),
    _binding("u", "undo", "Undo", "Undo your last action"),
    _binding("c", "comment", "Comment", "Comment on the claim (kept in its activity)"),
    _binding(
        "i", "next_inbox", "View", "Next view: all, mine, waiting for my sign-off, needs context"
    ),
    _binding("N", "edit_note", "Edit note", "Edit one of the claim's evidence notes", show=False),
    _binding("X", "remove_note", "Remove note", "Remove an evidence note", show=False),
    _binding("O", "open_note", "Open URL", "Open an evidence note's URL in a browser", show=False),
    _binding("slash", "filter", "Filter", "Filter by text, stage, kind, verdict, assignee"),
    _binding("s", "sort", "Sort", "Sort by article order or by check-worthiness", show=False),
    _binding("E", "export", "Export", "Export a verdict report of this desk's claims", show=False),
    _binding("I", "ingest", "Ingest", "Ingest an article file or folder", show=False),
    _binding("J", "scroll_claim(1)", "Scroll down", "Scroll the claim pane down", show=False),
    _binding("K", "scroll_claim(-1)", "Scroll up", "Scroll the claim pane up", show=False),
    _binding("r", "reload", "Reload", "Re-read the store (see others' work)", show=False),
    _binding(
        "L",
        "link_check",
        "Link check",
        "Link the claim to its best past fact check: its review as evidence, its verdict proposed",
        show=False,
    ),
    _binding(
        "W", "workflow", "Workflow", "The workflow: stages, needs, scale, version", show=False
    ),
]


class DeskScreen(Screen):
    BINDINGS = DESK_BINDINGS

    def __init__(
        self,
        desk: Desk,
        article_id: str | None = None,
        export_defaults: ExportRequest | None = None,
    ) -> None:
        super().__init__()
        self.desk = desk
        self.export_defaults = export_defaults or ExportRequest(FORMATS[0])
        self.article_id = article_id
        self.articles: dict[str, Article] = {}
        # published, proposed, decided, total: counted by the store, adjusted claim by claim
        # for the claims the queue holds (see `_tally`); None while being counted.
        self.tally: tuple[int, int, int, int] | None = None
        # The form open on a claim, with that claim's id: told when someone else changes it.
        self.open_form: tuple[str, Screen] | None = None
        self.inbox = Inbox.ALL
        self.inboxes = desk.inboxes()
        self.inbox_counts: dict[Inbox, int] = dict.fromkeys(Inbox, 0)
        self.activity: ActivityLog | None = None  # read by the follow worker after first paint
        self.claim_filter = ClaimFilter()
        self.shown_query: ClaimQuery | None = None  # what the queue shows; set by `load`

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        workflow = self.desk.workflow
        yield DeskHeader(id="header")
        with Horizontal(id="desk"):
            with Vertical(id="queue-box"):
                # The filter bar takes the headings' line while open: nothing else moves.
                yield FilterBar(workflow, id="filter-bar")
                yield Static(column_headings(columns_for(80)), id="queue-headings")
                yield ClaimQueue(workflow, self.desk.verdict_option, id="queue")
            yield ClaimPane(workflow, self.desk.present, self.desk.verdict_option, id="pane")
        yield CheckedBefore(self.desk.memory, id="checked-before")
        with Horizontal(id="busy"):
            yield Label("", id="busy-label")
            yield ProgressBar(id="busy-progress", show_eta=False)
        yield Footer(compact=True, show_command_palette=False)

    @property
    def queue(self) -> ClaimQueue:
        return self.query_one(ClaimQueue)

    @property
    def pane(self) -> ClaimPane:
        return self.query_one(ClaimPane)

    def on_mount(self) -> None:
        self.query_one(FilterBar).display = False
        self.query_one("#busy").display = False
        self.load()
        self.queue.focus()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width >= WIDE_LAYOUT_COLUMNS, "-wide")

    # -- showing --------------------------------------------------------------------------

    def _make_query(
        self,
        inbox: Inbox | None = None,
        order: ClaimOrder | None = None,
        claim_filter: ClaimFilter | None = None,
    ) -> ClaimQuery:
        """The desk's query with the given view, order or filter in place of the current."""
        claim_filter = claim_filter or self.claim_filter
        return self.desk.claim_query(
            article_id=self.article_id,
            inbox=inbox or self.inbox,
            order=order or self.queue.order,
            inboxes=self.inboxes,
            words=claim_filter.words,
            assignee=claim_filter.assignee,
            stage=claim_filter.stage,
            kind=claim_filter.kind,
            verdict=claim_filter.verdict,
            triage=claim_filter.triage,
        )

    def load(self) -> None:
        """Show the first window of the queue (at start, before the first frame), count in a
        worker when it is not the whole queue, and follow the store from there."""
        cursor = self.desk.change_cursor()
        self.shown_query = self._make_query()
        first = self.desk.query_claims(self.shown_query, 0, WINDOW_SIZE)
        self.queue.show(ClaimWindow(0, first, len(first)))
        if len(first) < WINDOW_SIZE:  # a small store: read and counted at once
            self._articles_read(self.desk.articles())
            self._counted(*self._count(self.shown_query))
        else:  # a large one may hold as many articles as a small one holds claims
            self.read_articles()
            self.recount()
        self._show_current()
        self._describe_queue()
        self.follow_store(cursor)

    @work(thread=True, exclusive=True, group="articles")
    def read_articles(self) -> None:
        """Read the articles (titles and numbers for the rows shown) off the UI thread."""
        try:
            articles = self.desk.articles()
        except FactcheckError:
            return  # the queue shows no article numbers until `r` re-reads the store
        self.app.call_from_thread(self._articles_read, articles, True)

    def _articles_read(self, articles: list[Article], shown: bool = False) -> None:
        """Take the articles; `shown`: the current claim was shown without its article."""
        if self.is_closing:
            return
        self.articles = {a.id: a for a in articles}
        self.queue.number_articles(list(self.articles))
        if shown:
            self._show_current()

    def _count(self, query: ClaimQuery) -> tuple[ClaimQuery, int, Progress, dict[Inbox, int]]:
        rows, inbox_counts = self.desk.queue_counts(query, self.article_id, self.inboxes)
        return query, rows, self.desk.progress(self.article_id), inbox_counts

    @work(thread=True, exclusive=True, group="count")
    def recount(self) -> None:
        """Ask the store for the queue's length, the progress and the inbox counts."""
        worker = get_current_worker()
        try:
            counts = self._count(self.shown_query)  # type: ignore[arg-type]
        except FactcheckError:
            return  # the next change or `r` counts again
        if not worker.is_cancelled:
            self.app.call_from_thread(self._counted, *counts)

    def _counted(
        self, query: ClaimQuery, rows: int, progress: Progress, inboxes: dict[Inbox, int]
    ) -> None:
        if self.is_closing:
            return
        self.tally = (progress.published, progress.proposed, progress.decided, progress.total)
        self.inbox_counts = inboxes
        window = self.queue.window
        if query == self.shown_query and rows != window.total:
            self.queue.fill(ClaimWindow(window.start, window.claims, rows))
        self._show_header(self._current_article())
        self._describe_queue()

    @on(ClaimQueue.RowsWanted)
    def _rows_wanted(self, event: ClaimQueue.RowsWanted) -> None:
        self.read_rows(self.shown_query, event.row, self.queue.row_count)

    @work(thread=True, exclusive=True, group="window")
    def read_rows(self, query: ClaimQuery | None, row: int, total: int) -> None:
        """Read the window of the queue around `row`, off the UI thread."""
        if query is None:
            return
        worker = get_current_worker()
        try:
            window = read_window(partial(self.desk.query_claims, query), row, total)
        except FactcheckError as error:
            self.app.call_from_thread(self._read_failed, error)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._rows_read, query, window)

    def _rows_read(self, query: ClaimQuery, window: ClaimWindow) -> None:
        if self.is_closing or query != self.shown_query:
            return  # the query changed meanwhile: its own rows are on their way
        window.total = self.queue.row_count  # a count that came in meanwhile is newer
        self.queue.fill(window)
        self._show_current()

    def _read_failed(self, error: FactcheckError) -> None:
        self.notify(
            f"{error} (r re-reads the store)",
            title="Could not read the claims",
            severity="error",
            timeout=10,
        )

    def requery(
        self, query: ClaimQuery, keep: str | None, then: Callable[[], None] | None = None
    ) -> None:
        """Show another query's claims (a filter, an order, an inbox, a re-read), the cursor on
        `keep` when the query holds it, else on the first row."""
        self._requery(query, keep, then)

    @work(thread=True, exclusive=True, group="window")
    def _requery(
        self, query: ClaimQuery, keep: str | None, then: Callable[[], None] | None
    ) -> None:
        worker = get_current_worker()
        try:
            total, row = self.desk.count_and_position(query, keep)
            window = read_window(partial(self.desk.query_claims, query), row, total)
        except FactcheckError as error:
            self.app.call_from_thread(self._read_failed, error)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._requeried, query, window, row, then)

    def _requeried(
        self, query: ClaimQuery, window: ClaimWindow, row: int, then: Callable[[], None] | None
    ) -> None:
        if self.is_closing:
            return
        self.shown_query = query
        self.queue.order = query.order
        self.queue.show(window, row)
        self._show_current()
        self._describe_queue()
        if then is not None:
            then()

    @work(thread=True, exclusive=True, group="live")
    def follow_store(self, cursor: object) -> None:
        """Poll the change feed and hand what changed to the screen, read off the UI thread."""
        worker = get_current_worker()
        if not worker.is_cancelled:
            self.app.call_from_thread(self._activity_ready, ActivityLog())
        while not worker.is_cancelled:
            time.sleep(LIVE_POLL_SECONDS)
            try:
                changes, cursor = self.desk.changes_since(cursor)
                if not changes:
                    continue
                changed = [self.desk.claim(claim_id) for claim_id in self._changed_ids(changes)]
                in_scope = [
                    c for c in changed if not self.article_id or c.article_id == self.article_id
                ]
            except FactcheckError:
                continue  # the store is being repaired or replaced; the next poll tries again
            if not worker.is_cancelled:
                self.app.call_from_thread(self.apply_changes, changes, in_scope)

    @property
    def is_closing(self) -> bool:
        """The desk is being taken down (the app quitting): a worker's late news is dropped.
        The queue and the pane are removed one after the other, so either gone means closing."""
        return not self.is_attached or not self.query(ClaimQueue) or not self.query(ClaimPane)

    @staticmethod
    def _changed_ids(changes: list[ClaimChange]) -> list[str]:
        # Roster and workflow events name no claim.
        return list(dict.fromkeys(change.claim_id for change in changes if change.claim_id))

    def apply_changes(self, changes: list[ClaimChange], claims: list[Claim]) -> None:
        """Show what was saved since the last look: a claim the queue holds gets its new row
        (marked when someone else saved it) and an open form on it is warned; a change to
        any other claim has the store count again and the window read again."""
        if self.is_closing:
            return
        by_others = {c.claim_id: c for c in changes if c.actor != self.desk.reviewer}
        elsewhere = False
        for claim in claims:
            shown = self.queue.claim(claim.id)
            if shown is None:
                elsewhere = True
            elif shown.revision < claim.revision:
                self.replace(claim)
                if claim.id in by_others:
                    self._warn_open_form(claim, by_others[claim.id])
            if claim.id in by_others:
                self.queue.mark_changed(claim.id)
        if any(change.claim_id and change.action == "ingest" for change in changes):
            self.articles = {a.id: a for a in self.desk.articles()}
            self.queue.number_articles(list(self.articles))
        if elsewhere:
            self.recount()
            self.read_rows(self.shown_query, self.queue.cursor, self.queue.row_count)
        if self.activity is not None:
            self.activity.follow(changes)
            current = self.queue.claim_id
            if current in {change.claim_id for change in changes}:
                self.pane.show_activity(current, self.activity.of(current))

    def _activity_ready(self, activity: ActivityLog) -> None:
        self.activity = activity
        if not self.is_closing:
            self._show_activity()

    def _show_activity(self) -> None:
        """The current claim's activity, read in a worker the first time it is shown."""
        claim_id = self.queue.claim_id
        if claim_id is None or self.activity is None:
            return
        if self.activity.holds(claim_id):
            self.pane.show_activity(claim_id, self.activity.of(claim_id))
        else:
            self.read_activity(claim_id)

    @work(thread=True, exclusive=True, group="activity")
    def read_activity(self, claim_id: str) -> None:
        worker = get_current_worker()
        try:
            entries = self.desk.activity(claim_id)
        except FactcheckError:
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._activity_read, claim_id, entries)

    def _activity_read(self, claim_id: str, entries: list) -> None:
        if self.activity is None or self.is_closing:
            return
        self.activity.put(claim_id, entries)
        if self.queue.claim_id == claim_id:
            self.pane.show_activity(claim_id, self.activity.of(claim_id))

    def _warn_open_form(self, claim: Claim, change: ClaimChange) -> None:
        if self.open_form is None or self.open_form[0] != claim.id:
            return
        self.open_form[1].warn_changed(  # type: ignore[attr-defined]
            f"{visible(change.actor)} just changed this claim ({change.action}, "
            f"{change.at:%H:%M:%S}): saving will be refused. Copy what you typed, "
            "press Escape and look again."
        )

    def reread(self) -> None:
        """Read the articles, the queue and the counts again, keeping the cursor's claim."""
        self.articles = {a.id: a for a in self.desk.articles()}
        self.queue.number_articles(list(self.articles))
        self.requery(self._make_query(), self.queue.claim_id)
        self.recount()

    def _current_article(self) -> Article | None:
        claim = self.current
        if claim is not None:
            return self.articles.get(claim.article_id)
        if self.article_id:
            return self.articles.get(self.article_id)
        return next(iter(self.articles.values())) if len(self.articles) == 1 else None

    def _show_current(self) -> None:
        claim = self.current
        article = self._current_article()
        activity = None
        if claim and self.activity and self.activity.holds(claim.id):
            activity = self.activity.of(claim.id)
        self.pane.show(claim, article, activity)
        self._show_activity()
        self.query_one(CheckedBefore).look_up(claim)
        self._show_header(article)

    def _show_header(self, article: Article | None) -> None:
        progress = Progress(*(self.tally or (0, 0, 0, 0)))
        self.query_one(DeskHeader).show(
            article,
            progress,
            self.desk.reviewer,
            self.inbox,
            self.inbox_counts,
            loading=self.tally is None,
        )

    def _tally(self, claim: Claim) -> tuple[int, int, int]:
        workflow = self.desk.workflow
        return (
            int(is_published(claim, workflow)),
            int(is_proposed(claim, workflow)),
            int(is_decided(claim, workflow)),
        )

    def _describe_queue(self) -> None:
        queue = self.queue
        total = f"{self.tally[3]:,}" if self.tally else "…"
        title = f"Claims {queue.row_count:,} of {total} · {queue.order}"
        if self.inbox is not Inbox.ALL:
            title += f" · {self.inbox.title}"
        if queue.marked_ids:
            title += f" · {len(queue.marked_ids)} marked (a/x act on all)"
        if not self.claim_filter.is_empty:
            title += f" · /{self.claim_filter.text}"
        self.query_one("#queue-box").border_title = title

    @on(ClaimQueue.ColumnsChanged)
    def _columns_changed(self, event: ClaimQueue.ColumnsChanged) -> None:
        self.query_one("#queue-headings", Static).update(column_headings(event.columns))

    @on(ClaimQueue.Highlighted)
    def _cursor_moved(self, event: ClaimQueue.Highlighted) -> None:
        if event.claim_id:
            self.queue.mark_seen(event.claim_id)
        self._show_current()

    def replace(self, claim: Claim) -> None:
        """Put the desk's new copy of one claim on screen: its row, the pane, the counts (at
        once for a claim the queue holds, else counted again by the store)."""
        if self.article_id and claim.article_id != self.article_id:
            return  # undone on another article's claim: saved, but not on this desk
        old = self.queue.show_claim(claim)
        if old is None:
            self.recount()
        else:
            self._adjust_counts(old, claim)
        self._show_current()

    def _adjust_counts(self, old: Claim, claim: Claim) -> None:
        if self.tally is not None:
            change = [
                now - was for now, was in zip(self._tally(claim), self._tally(old), strict=True)
            ]
            self.tally = (
                *(t + d for t, d in zip(self.tally[:3], change, strict=True)),
                self.tally[3],
            )
        for inbox in Inbox:
            self.inbox_counts[inbox] += self.inboxes.holds(inbox, claim) - self.inboxes.holds(
                inbox, old
            )

    # -- acting ---------------------------------------------------------------------------

    async def in_background(self, doing: str, call: Callable[[], Result]) -> Result:
        """Run store work in a worker thread and wait for it, keeping the screen drawn; the
        busy line shows `doing` when it takes longer than `BUSY_AFTER`. Raises what the
        work raised."""
        worker = self.run_worker(call, thread=True, group="store", exit_on_error=False)
        waiting = asyncio.ensure_future(worker.wait())
        done, _ = await asyncio.wait({waiting}, timeout=BUSY_AFTER)
        if not done:
            self._busy(f"{doing}…")
            self.query_one("#busy-progress", ProgressBar).update(total=None)  # no steps to count
        try:
            await waiting
        except WorkerFailed as failure:
            raise failure.error from None
        finally:
            if not done:
                self.query_one("#busy").display = False
        return worker.result  # type: ignore[return-value]

    async def act(
        self,
        doing: str,
        call: Callable[[str, int], Claim],
        done: str = "",
        revision: int | None = None,
    ) -> Claim | None:
        """Run one desk action on the current claim, at the revision the reviewer saw (the
        one on screen unless given); show what happened or why not."""
        claim_id = self.queue.claim_id
        shown = self.queue.claim(claim_id or "")
        if claim_id is None or shown is None:
            self.notify("No claim selected.", severity="warning")
            return None
        seen = shown.revision if revision is None else revision
        try:
            claim = await self.in_background(f"Saving: {doing}", partial(call, claim_id, seen))
        except StaleClaimError as stale:
            self.notify(str(stale), title=f"Could not {doing}", severity="error", timeout=10)
            await self._refresh(claim_id)
            return None
        except FactcheckError as error:
            self.notify(str(error), title=f"Could not {doing}", severity="error", timeout=8)
            return None
        self.replace(claim)
        if done:
            self.notify(done, timeout=3)
        return claim

    async def _refresh(self, claim_id: str) -> None:
        """Show the claim as the store now has it (after someone else changed it)."""
        try:
            claim = await self.in_background(
                "Re-reading the claim", partial(self.desk.claim, claim_id)
            )
        except FactcheckError:
            return
        self.replace(claim)

    @property
    def current(self) -> Claim | None:
        return self.queue.claim(self.queue.claim_id or "")

    def allowed(self, action: str) -> Claim | None:
        """The current claim, if its stage allows `action`; else say why not (before any
        form opens) and return None."""
        claim = self.current
        if claim is None:
            return None
        refusal = self.desk.refusal(claim, action)
        if refusal:
            self.notify(refusal, title="Not in this stage", severity="warning", timeout=8)
            return None
        return claim

    def confirm(self, title: str, question: str, label: str, then: Callable[[], object]) -> None:
        """Ask before a step that cannot be taken back or that speaks for the reviewer."""

        async def answered(yes: bool | None) -> None:
            if yes:
                await then()  # type: ignore[misc]

        self.app.push_screen(ConfirmDialog(title, question, label), answered)

    def action_cursor_down(self) -> None:
        self.queue.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.queue.action_cursor_up()

    def action_scroll_claim(self, direction: int) -> None:
        self.pane.scroll_relative(y=direction * max(1, self.pane.size.height - 2))

    def action_mark(self) -> None:
        """Mark or unmark the claim under the cursor for a bulk action, and move on."""
        if claim := self.current:
            self.queue.toggle_mark(claim.id)
            self.queue.action_cursor_down()
            self._describe_queue()

    def next_pending(self) -> None:
        """After a triage decision, go to the next claim still pending in triage among the
        rows the queue holds (below the cursor, else from the top of them); stay when none
        is left."""
        window = self.queue.window
        here = self.queue.cursor - window.start
        claims = window.claims[here + 1 :] + window.claims[: max(here, 0)]
        for claim in claims:
            if claim.triage == Triage.PENDING:
                self.queue.select(claim.id)
                return

    async def triage(
        self, doing: str, action: Callable[[str, int], Claim], done: str, revision: int | None
    ) -> None:
        """The triage decision on every marked claim (one audit event each), or else on the
        claim under the cursor; then on to the next pending claim."""
        marked = self.queue.marked_ids
        if not marked:
            if await self.act(doing, action, done, revision=revision):
                self.next_pending()
            return
        refused: list[str] = []
        for claim_id in marked:
            held = self.queue.claim(claim_id)
            seen = held.revision if held else None
            try:
                claim = await self.in_background(
                    f"Saving: {doing} {claim_id}", partial(action, claim_id, seen)
                )
            except FactcheckError as error:
                refused.append(f"{claim_id}: {error}")
                continue
            self.replace(claim)
        self.queue.clear_marks()
        self._describe_queue()
        self.next_pending()
        saved = len(marked) - len(refused)
        self.notify(f"{done} ({saved} claim{'s' if saved != 1 else ''})", timeout=4)
        if refused:
            self.notify("\n".join(refused), title=f"Could not {doing}", severity="error")

    async def action_accept(self) -> None:
        if self.queue.marked_ids or self.allowed("accept"):
            await self.triage("accept", self.desk.accept, "Accepted: worth checking.", None)

    def ask(
        self,
        dialog: Screen[Answer | None],
        doing: str,
        action: Callable[[str, Answer, int], Claim],
        done: Callable[[Answer], str],
    ) -> None:
        """Open a form for the current claim; when it is saved, run the desk action
        with what was entered, at the claim's revision when the form opened."""
        seen = self.current.revision if self.current else None
        self.open_form = (self.current.id, dialog) if self.current else None

        async def answered(answer: Answer | None) -> None:
            self.open_form = None
            if answer is not None:
                await self.act(
                    doing,
                    lambda claim_id, revision: action(claim_id, answer, revision),
                    done(answer),
                    revision=seen,
                )

        self.app.push_screen(dialog, answered)

    def action_reject(self) -> None:
        marked = self.queue.marked_ids
        if not marked and not self.allowed("reject"):
            return
        seen = self.current.revision if self.current and not marked else None
        reasons = self.desk.workflow.reject_reasons
        dialog = TextDialog(
            f"Reject {len(marked)} marked claims" if marked else "Reject claim",
            "Why is it not worth checking?",
            placeholder="e.g. opinion, not checkable",
            choices=[(reason, reason) for reason in reasons],
            choice_prompt="Why? (Enter picks a reason)",
            choices_are_text=bool(reasons),
        )
        self.open_form = (self.current.id, dialog) if self.current and not marked else None

        async def answered(answer: TextAnswer | None) -> None:
            self.open_form = None
            if answer is not None:
                await self.triage(
                    "reject",
                    lambda cid, rev: self.desk.reject(cid, answer.text, rev),
                    "Rejected.",
                    seen,
                )

        self.app.push_screen(dialog, answered)

    def action_edit(self) -> None:
        if claim := self.allowed("edit"):
            self.ask(
                TextDialog("Edit claim", "The claim, standing alone", text=visible(claim.text)),
                "edit",
                lambda cid, answer, rev: self.desk.edit(cid, answer.text, rev),
                lambda answer: "Claim reworded.",
            )

    def action_merge(self) -> None:
        claim = self.allowed("merge")
        if claim is None:
            return
        others = [
            (c.id, visible(f"{c.id.rsplit('-', 1)[-1]}  {' '.join(c.text.split())}"))
            for c in most_similar_first(
                claim,
                self.desk.claims(claim.article_id),
            )
            if c.id != claim.id
        ]
        if not others:
            self.notify("No other claim of this article to merge into.", severity="warning")
            return
        self.ask(
            TextDialog(
                "Merge claim",
                "",
                choices=others,
                choice_prompt="It says the same as which claim? Most alike first; type to "
                "search, Enter picks",
                needs_text=False,
                search=True,
            ),
            "merge",
            lambda cid, answer, rev: self.desk.merge(cid, answer.choice or "", rev),
            lambda answer: f"Merged into {answer.choice}.",
        )

    def action_assign(self) -> None:
        """Pick the assignee from the roster (type to search), or nobody."""
        if claim := self.current:
            roster = [
                (r.name, visible(f"{r.name} ({r.display})" if r.display else r.name))
                for r in self.desk.reviewers()
            ]
            self.ask(
                TextDialog(
                    "Assign claim",
                    "",
                    choices=[*roster, ("", "nobody")],
                    choice_prompt="To whom? Type to search, Enter picks",
                    needs_text=False,
                    search=True,
                    initial_choice=claim.assignee or self.desk.reviewer,
                ),
                "assign",
                lambda cid, answer, rev: self.desk.assign(cid, answer.choice or None, rev),
                lambda answer: (
                    f"Assigned to {visible(answer.choice)}." if answer.choice else "Unassigned."
                ),
            )

    def action_verdict(self) -> None:
        claim = self.allowed("verdict")
        if claim is None:
            return
        self._ask_verdict(claim)

    def _ask_verdict(self, claim: Claim, proposed: str | None = None) -> None:
        self.ask(
            VerdictDialog(self.desk.workflow, claim, proposed=proposed),
            "give the verdict",
            lambda cid, choice, rev: self.desk.set_verdict(
                cid, choice.label, choice.rationale, choice.conclusion, choice.public_wording, rev
            ),
            lambda choice: f"Verdict saved: {self._verdict_label(choice.label)}.",
        )

    def action_correct(self) -> None:
        claim = self.allowed("correct")
        if claim is None:
            return
        self.ask(
            VerdictDialog(self.desk.workflow, claim, correction=True),
            "propose the correction",
            lambda cid, choice, rev: self.desk.correct(
                cid, choice.label, choice.rationale, choice.reason, choice.conclusion, rev
            ),
            lambda choice: (
                f"Correction to {self._verdict_label(choice.label)} proposed; it is published "
                "once signed off (o) and published (>)."
            ),
        )

    def _verdict_label(self, verdict_id: str) -> str:
        option = self.desk.workflow.scale.option(verdict_id)
        return option.label if option else verdict_id

    def action_note(self) -> None:
        if claim := self.allowed("evidence"):
            self.ask(
                EvidenceDialog(visible(claim.text)),
                "add the evidence note",
                lambda cid, form, rev: self.desk.add_note(cid, rev, **form.fields()),
                lambda form: "Evidence note added.",
            )

    def _pick_note(self, title: str, then: Callable[[Claim, EvidenceNote], object]) -> None:
        """Ask which of the current claim's notes (none asked when it has one), then go on."""
        claim = self.current
        if claim is None:
            return
        notes = {note.id: note for note in claim.evidence}
        if not notes:
            self.notify("The claim has no evidence notes yet (n adds one).", severity="warning")
            return
        if len(notes) == 1:
            then(claim, next(iter(notes.values())))
            return
        choices = [
            (n.id, visible(f"{n.id}  {n.stance:<9} {n.title or n.url}  {n.url}"))
            for n in notes.values()
        ]

        def picked(answer: TextAnswer | None) -> None:
            if answer is not None and answer.choice in notes:
                then(claim, notes[answer.choice])

        dialog = TextDialog(
            title, "", choices=choices, choice_prompt="Which note?", needs_text=False
        )
        self.app.push_screen(dialog, picked)

    def action_edit_note(self) -> None:
        if self.allowed("evidence") is None:
            return

        def edit(claim: Claim, note: EvidenceNote) -> None:
            self.ask(
                EvidenceDialog(visible(claim.text), note),
                "edit the evidence note",
                lambda cid, form, rev: self.desk.edit_note(cid, note.id, rev, **form.fields()),
                lambda form: f"Evidence note {note.id} saved.",
            )

        self._pick_note("Edit an evidence note", edit)

    def action_remove_note(self) -> None:
        if self.allowed("evidence") is None:
            return

        def remove(claim: Claim, note: EvidenceNote) -> None:
            seen = claim.revision

            async def removed() -> None:
                await self.act(
                    "remove the evidence note",
                    lambda cid, rev: self.desk.remove_note(cid, note.id, rev),
                    f"Evidence note {note.id} removed.",
                    revision=seen,
                )

            question = f"Remove evidence note {note.id} ({visible(note.url)})?"
            self.confirm("Remove evidence note", question, "Remove", removed)

        self._pick_note("Remove an evidence note", remove)

    def action_open_note(self) -> None:
        """Open a note's URL in the browser, only if it is a web address (http or https);
        where no browser can be opened the URL is shown to copy."""

        def open_url(claim: Claim, note: EvidenceNote) -> None:
            url = visible(note.url)
            if not is_web_url(note.url):
                self.notify(f"Not opened: {url} is not a web address.", severity="error")
            elif browser.open_in_browser(note.url):
                self.notify(f"Opened {url} in the browser.", timeout=4)
            else:
                self.notify(url, title=f"No browser here: note {note.id}'s URL to copy", timeout=20)

        self._pick_note("Open an evidence note's URL", open_url)

    async def action_link_check(self) -> None:
        # It ends in the verdict form: refused before anything is saved where the stage takes
        # no verdict (with nothing to link, that is the more useful thing to say).
        if self.current is not None and not self.query_one(CheckedBefore).matches:
            self.notify("No past fact check matches this claim.", severity="warning")
            return
        claim, matches = self.allowed("verdict"), self.query_one(CheckedBefore).matches
        if claim is None or not matches:
            return
        best = matches[0]
        check = best.check
        if check.url:
            note = f"Checked before (match score {best.score:.2f}): {check.claim}"
            title = f"{check.organisation or 'Fact check'}: {check.rating}"
            add = partial(
                self.desk.add_note, url=check.url, stance="context", title=title, note=note
            )
            if await self.act("add the past check as evidence", add) is None:
                return
        self._ask_verdict(self.current or claim, proposed_verdict_for(best, self.desk.workflow))

    async def action_advance(self) -> None:
        claim = self.current
        if claim is None:
            return
        workflow = self.desk.workflow
        stage = workflow.stage_of(claim)
        following = workflow.next_stage(stage.id)
        seen = claim.revision

        async def advance() -> None:
            moved = await self.act("advance", self.desk.advance, revision=seen)
            if moved and workflow.is_final(stage.id):
                self.notify("Correction published.", timeout=4)
            elif moved:
                self.notify(f"Moved to {self.desk.stage_of(moved).title}.", timeout=3)

        if self.desk.workflow.missing(claim):
            await advance()  # refused with what is missing; nothing to confirm
        elif workflow.is_final(stage.id) and claim.pending_correction is not None:
            fix = claim.pending_correction
            question = (
                f"Publish the correction {self._verdict_label(fix.previous_label)} → "
                f"{self._verdict_label(fix.new_label)}? Readers will see it; it cannot be undone."
            )
            self.confirm("Publish correction", question, "Publish", advance)
        elif following is not None and workflow.is_final(following.id):
            question = (
                f"Publish this claim's verdict ({self._verdict_label(claim.verdict.label)})? "
                "Publication cannot be undone; later changes are corrections."
                if claim.verdict
                else "Publish this claim? Publication cannot be undone."
            )
            self.confirm("Publish", question, "Publish", advance)
        else:
            await advance()

    def action_send_back(self) -> None:
        claim = self.allowed("send_back")
        if claim is None:
            return
        workflow = self.desk.workflow
        here = workflow.stage_index(workflow.stage_of(claim).id)
        earlier = [(s.id, s.title) for s in workflow.stages[:here]]
        if not earlier:
            self.notify("The claim is in the first stage; there is nothing before it.")
            return
        self.ask(
            TextDialog(
                "Send back",
                "Why does it go back?",
                choices=list(reversed(earlier)),
                choice_prompt="To which stage?",
            ),
            "send back",
            lambda cid, answer, rev: self.desk.send_back(
                cid, answer.choice or "", answer.text, rev
            ),
            lambda answer: f"Sent back to {workflow.stage(answer.choice or '').title}.",
        )

    async def action_sign_off(self) -> None:
        claim = self.allowed("sign_off")
        if claim is None:
            return
        seen = claim.revision
        correcting = claim.pending_correction is not None
        what = "the correction" if correcting else "the verdict"
        label = (
            claim.pending_correction.new_label
            if claim.pending_correction
            else (claim.verdict.label if claim.verdict else "")
        )

        question = f"Sign off {what} ({self._verdict_label(label)}) as {self.desk.reviewer}?"
        dialog = TextDialog(
            "Sign off",
            f"{question}\nA comment for the claim's activity (optional); Enter signs off.",
            may_be_empty=True,
            save_label="Sign off",
        )
        self.open_form = (claim.id, dialog)

        async def answered(answer: TextAnswer | None) -> None:
            self.open_form = None
            if answer is not None:
                sign_off = partial(self.desk.sign_off, comment=answer.text)
                await self.act("sign off", sign_off, "Signed off.", revision=seen)

        self.app.push_screen(dialog, answered)

    def action_comment(self) -> None:
        """Add a comment to the claim's activity (an audit event; the claim is unchanged)."""
        claim = self.current
        if claim is None:
            return

        async def answered(answer: TextAnswer | None) -> None:
            if answer is None:
                return
            try:
                await self.in_background(
                    "Saving the comment", partial(self.desk.comment, claim.id, answer.text)
                )
            except FactcheckError as error:
                self.notify(str(error), title="Could not comment", severity="error", timeout=8)
                return
            self.notify("Comment added.", timeout=3)

        self.app.push_screen(TextDialog(f"Comment on claim {claim.id}", "Your comment"), answered)

    async def action_undo(self) -> None:
        try:
            last, claim = await self.in_background("Undoing", self.desk.undo_last)
        except FactcheckError as error:
            self.notify(str(error), title="Could not undo", severity="warning", timeout=8)
            return
        self.replace(claim)
        if not self.queue.select(claim.id):  # a claim outside the rows held: go there
            self.requery(self.shown_query or self._make_query(), claim.id)
        self.notify(f"Undone: your last action ({last.action}) on claim {claim.id}.", timeout=4)

    def action_filter(self) -> None:
        self.query_one("#queue-headings").display = False
        self.query_one(FilterBar).open()

    @on(FilterBar.Applied)
    def _filter_applied(self, event: FilterBar.Applied) -> None:
        self.query_one("#queue-headings").display = True
        self.apply_filter(event.claim_filter)

    @on(FilterBar.Closed)
    def _filter_closed(self) -> None:
        self.query_one("#queue-headings").display = True
        self.queue.focus()

    def action_next_inbox(self) -> None:
        """Show the next inbox's claims (all, mine, waiting for my sign-off, needs context)."""
        self.inbox = self.inbox.following()
        count = self.inbox_counts[self.inbox]
        self.requery(self._make_query(), self.queue.claim_id)
        self._describe_queue()
        self._show_header(self._current_article())
        self.notify(
            f"{self.inbox.title.capitalize()}: {count} claim{'s' * (count != 1)}.", timeout=2
        )

    def apply_filter(self, claim_filter: ClaimFilter) -> None:
        self.claim_filter = claim_filter
        self.requery(self._make_query(), self.queue.claim_id)
        self.queue.focus()

    def action_sort(self) -> None:
        order = self.queue.order.following()

        def sorted_() -> None:
            self.notify(f"Sorted by {order}.", timeout=2)

        self.requery(self._make_query(order=order), self.queue.claim_id, sorted_)

    async def action_reload(self) -> None:
        try:
            articles = await self.in_background("Re-reading the store", self.desk.articles)
        except FactcheckError as error:
            self.notify(str(error), title="Could not re-read the store", severity="error")
            return
        self.articles = {a.id: a for a in articles}
        self.activity = ActivityLog()
        self.reread()
        self.notify("Store re-read.", timeout=2)

    async def action_workflow(self) -> None:
        try:
            versions = await self.in_background("Reading the workflow", self.desk.workflow_versions)
        except FactcheckError as error:
            self.notify(str(error), title="Could not read the workflow", severity="error")
            return
        self.app.push_screen(WorkflowScreen(self.desk.workflow, versions))

    # -- slow work in workers -------------------------------------------------------------

    def _busy(self, label: str, total: int | None = None, advance: int = 0) -> None:
        bar = self.query_one("#busy-progress", ProgressBar)
        self.query_one("#busy").display = True
        self.query_one("#busy-label", Label).update(label)
        if total is not None:
            bar.update(total=total, progress=0)
        bar.advance(advance)

    def _idle(self, message: str, severity: str = "information") -> None:
        self.query_one("#busy").display = False
        self.notify(message, severity=severity, timeout=6)  # type: ignore[arg-type]

    def action_export(self) -> None:
        stem = self.article_id or (self.current.article_id if self.current else "report")
        if not self.article_id and len(self.articles) > 1:
            stem = "all-articles"

        def chosen(request: ExportRequest | None) -> None:
            if request:
                self.export(replace(request, article_id=self.article_id))

        self.app.push_screen(ExportDialog(FORMATS, stem, self.export_defaults), chosen)

    @work(exclusive=True, thread=True, group="export")
    def export(self, request: ExportRequest) -> None:
        """Build, render and write the report off the UI thread."""
        call = self.app.call_from_thread
        call(self._busy, f"Exporting {request.fmt}", 3)

        def stage(name: str) -> None:
            call(self._busy, f"Exporting {request.fmt}: {name}", None, 1)

        try:
            self.desk.export(request, stage)
        except (FactcheckError, OSError) as error:
            call(self._idle, f"Export failed: {error}", "error")
            return
        call(self._idle, f"Report written to {request.path}")

    def action_ingest(self) -> None:
        def chosen(answer: TextAnswer | None) -> None:
            if answer:
                self.ingest(Path(answer.text).expanduser())

        dialog = TextDialog(
            "Ingest",
            "Article file or folder",
            placeholder="seeds/ or article.txt",
            check=lambda text: (
                None
                if Path(text).expanduser().exists()
                else f"No file or folder {text!r} (from {Path.cwd()})."
            ),
        )
        self.app.push_screen(dialog, chosen)

    @work(exclusive=True, thread=True, group="ingest")
    def ingest(self, path: Path) -> None:
        """Read, split and store articles off the UI thread, one progress step each."""
        call = self.app.call_from_thread
        call(self._busy, f"Reading and splitting {path}", 1)

        def stored(step: IngestStep) -> None:
            total = step.total if step.number == 1 else None
            call(self._busy, f"Stored {visible(shorten(step.article.title, 40))}", total, 1)

        try:
            summary = self.desk.ingest([path], stored)
        except (FactcheckError, OSError) as error:
            call(self._idle, f"Ingest failed: {error}", "error")
            return
        call(self.reread)
        call(
            self._idle,
            f"Articles: {summary.added} added, {summary.present} already present.",
        )
