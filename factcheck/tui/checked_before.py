"""The "checked before" strip: past fact checks that match the claim under the cursor.

Hidden while the claim has no match scoring `CHECKED_BEFORE` or more (and always when the
store keeps no library), so a desk without imported checks looks as it did. Matching runs in
a worker: the first search builds the library's index, which takes seconds at 100,000 checks,
and every search reads the store's published claims. So it starts only once the cursor has
rested on a claim for `LOOK_UP_AFTER` seconds: holding `j` or triaging claim after claim does
not set off a search per claim (at 10,000 claims each one held the UI back for a keypress).
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from factcheck.app import CHECKED_BEFORE, SHOWN_MATCHES, DeskMemory, Match
from factcheck.errors import FactcheckError
from factcheck.models import Claim

LOOK_UP_AFTER = 0.3  # seconds the cursor rests on a claim before its past checks are searched


class CheckedBefore(Static):
    def __init__(self, memory: DeskMemory | None, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.memory = memory
        self.claim_id: str | None = None
        self.matches: list[Match] = []
        self.display = False

    def look_up(self, claim: Claim | None) -> None:
        self.claim_id = claim.id if claim else None
        self._show([])
        if claim is not None and self.memory is not None:
            self._search(claim)

    @work(exclusive=True, thread=True, group="checked-before")
    def _search(self, claim: Claim) -> None:
        assert self.memory is not None
        time.sleep(LOOK_UP_AFTER)
        if get_current_worker().is_cancelled:
            return  # the cursor moved on: a newer search replaced this one
        try:
            matches = self.memory.matches_for(claim, SHOWN_MATCHES)
        except FactcheckError as error:
            # The store went away under the desk (a database server stopped, a file replaced):
            # the strip stays empty and says why, the desk carries on.
            self.app.call_from_thread(self._failed, claim.id, str(error))
            return
        strong = [m for m in matches if m.score >= CHECKED_BEFORE]
        self.app.call_from_thread(self._arrived, claim.id, strong)

    def _failed(self, claim_id: str, reason: str) -> None:
        if claim_id == self.claim_id:
            self.app.notify(f"Past checks not searched: {reason}", severity="warning")

    def _arrived(self, claim_id: str, matches: list[Match]) -> None:
        if claim_id == self.claim_id:  # the cursor may have moved on meanwhile
            self._show(matches)

    def _show(self, matches: list[Match]) -> None:
        self.matches = matches
        self.display = bool(matches)
        lines = Text()
        for number, match in enumerate(matches, start=1):
            check = match.check
            lines.append(f"{number}. ", style="bold")
            lines.append(f" {check.rating} ", style="bold reverse")
            day = check.published.isoformat() if check.published else "undated"
            lines.append(f"  {check.organisation or '-'} · {day} · {match.score:.2f}  ")
            lines.append(check.url or f"this desk, claim {check.claim_id}", style="underline")
            lines.append(f"\n   {check.claim}", style="dim")
            if number < len(matches):
                lines.append("\n")
        self.border_title = "Checked before · L links the best match to this claim"
        self.update(lines)
