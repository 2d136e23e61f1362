"""The claim queue: one row per claim, filtered and sorted, updated one row at a time.

The queue never asks the store for anything: the desk screen hands it claims. After an action
only that claim's row is redrawn (`show_claim`), so a store of 10,000 claims stays quick to
work in. A claim that stops matching the filter (say, just rejected) keeps its row, dimmed by
its state, until the queue is filtered or sorted again: the reviewer sees what they did and
can undo it at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from rich.text import Text
from textual.widgets import DataTable

from factcheck.models import Claim, Triage
from factcheck.tui.chips import KIND_SHORT, band_cell, status_chip
from factcheck.tui.filter_bar import ClaimFilter
from factcheck.workflow import Workflow

COLUMNS = (
    ("stage", "Stage", 9),
    ("kind", "Kind", 5),
    ("band", "Worth", 5),
    ("verdict", "Verdict", 12),
    ("speaker", "Speaker", 10),
    ("text", "Claim", 300),
)


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


class ClaimQueue(DataTable):
    """The rows of the claims in view; `claim_id` is the one under the cursor."""

    def __init__(self, workflow: Workflow, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self.workflow = workflow
        self.order = QueueOrder.POSITION
        self.claim_filter = ClaimFilter()
        self._ids: list[str] = []

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    @property
    def claim_id(self) -> str | None:
        if not self._ids or not 0 <= self.cursor_row < len(self._ids):
            return None
        return self._ids[self.cursor_row]

    @property
    def claim_ids(self) -> list[str]:
        return list(self._ids)

    def show(self, claims: Iterable[Claim], keep: str | None = None) -> None:
        """Rebuild the rows from `claims` under the current filter and order; the cursor
        stays on `keep` when it is still in view."""
        shown = [c for c in claims if self.claim_filter.matches(c, self.workflow)]
        shown = order_claims(shown, self.order)
        self.clear()
        self._ids = [claim.id for claim in shown]
        for claim in shown:
            self.add_row(*self._cells(claim), key=claim.id)
        if keep in self._ids:
            self.move_cursor(row=self._ids.index(keep), scroll=True)

    def show_claim(self, claim: Claim) -> None:
        """Redraw one claim's row (if it is in view), leaving every other row alone."""
        if claim.id not in self.rows:
            return
        for (column, _, _), value in zip(COLUMNS, self._cells(claim), strict=True):
            self.update_cell(claim.id, column, value)

    def select(self, claim_id: str) -> bool:
        if claim_id not in self._ids:
            return False
        self.move_cursor(row=self._ids.index(claim_id), scroll=True)
        return True

    def _cells(self, claim: Claim) -> tuple[Text, ...]:
        out_of_flow = claim.triage in (Triage.REJECTED, Triage.MERGED)
        dim = "dim strike" if out_of_flow else ""
        stage = claim.stage or self.workflow.first_stage.id
        return (
            Text(stage, style=dim or "cyan"),
            Text(KIND_SHORT[claim.kind], style=dim),
            band_cell(claim),
            status_chip(claim, self.workflow, width=12),
            Text(claim.speaker or "—", style=dim or ("" if claim.speaker else "dim")),
            Text(" ".join(claim.text.split()), style=dim),
        )
