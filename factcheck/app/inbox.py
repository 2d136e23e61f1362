"""A reviewer's inboxes: which claims are theirs to work on now.

`Inboxes` answers, for one reviewer under one workflow, whether a claim belongs in each view,
how many of some claims each view holds, and each view as the conditions of a `ClaimQuery`
(`conditions`), so the store answers it a page at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from factcheck.claim_query import SignOffCandidates
from factcheck.models import Claim, SignOff, Triage
from factcheck.workflow import Workflow, counted_sign_offs


class Inbox(StrEnum):
    """The views, in the order the desk offers them; the value is the view's short name."""

    ALL = "all"
    MINE = "mine"
    SIGN_OFF = "sign-off"
    CONTEXT = "context"

    @property
    def title(self) -> str:
        return INBOX_TITLES[self]

    def following(self) -> Inbox:
        members = list(Inbox)
        return members[(members.index(self) + 1) % len(members)]


INBOX_TITLES = {
    Inbox.ALL: "all claims",
    Inbox.MINE: "assigned to me",
    Inbox.SIGN_OFF: "waiting for my sign-off",
    Inbox.CONTEXT: "needs context",
}
_OUT_OF_FLOW = (Triage.REJECTED, Triage.MERGED)


@dataclass(frozen=True)
class Inboxes:
    """The inboxes of `reviewer`, who holds `roles` on the roster."""

    workflow: Workflow
    reviewer: str
    roles: frozenset[str] = frozenset()

    def holds(self, inbox: Inbox, claim: Claim) -> bool:
        if inbox is Inbox.MINE:
            return claim.assignee == self.reviewer
        if inbox is Inbox.SIGN_OFF:
            return self.awaits_my_sign_off(claim)
        if inbox is Inbox.CONTEXT:
            return claim.needs_context and claim.triage not in _OUT_OF_FLOW
        return True

    def conditions(self, inbox: Inbox) -> dict[str, object]:
        """The inbox as `ClaimQuery` fields: what `holds` asks, in the query's terms."""
        if inbox is Inbox.MINE:
            return {"assignee": self.reviewer}
        if inbox is Inbox.CONTEXT:
            return {"needs_context": True}
        if inbox is Inbox.SIGN_OFF:
            stages = frozenset(s.id for s in self.workflow.stages if s.requires.sign_offs)
            candidates = SignOffCandidates(stages, self.workflow.final_stage or "")
            return {"sign_off": candidates, "also": self.awaits_my_sign_off}
        return {}

    def counts(self, claims: Iterable[Claim]) -> dict[Inbox, int]:
        """How many of `claims` each inbox holds."""
        counts = dict.fromkeys(Inbox, 0)
        for claim in claims:
            counts[Inbox.ALL] += 1
            counts[Inbox.MINE] += claim.assignee == self.reviewer
            counts[Inbox.CONTEXT] += self.holds(Inbox.CONTEXT, claim)
            counts[Inbox.SIGN_OFF] += self.awaits_my_sign_off(claim)
        return counts

    def awaits_my_sign_off(self, claim: Claim) -> bool:
        """The claim's verdict (or its pending correction) still needs sign-offs, this
        reviewer may give one (not its author, not yet signed, holding the role asked for)
        and the claim's stage takes sign-offs."""
        if claim.triage in _OUT_OF_FLOW or (claim.verdict is None and not claim.pending_correction):
            return False
        stage = self.workflow.stage_of(claim)
        pending = claim.pending_correction
        if self.workflow.is_final(stage.id):
            if pending is None or pending.verdict is None:
                return False
            rules = self.workflow.corrections
            return self._may_sign(
                pending.reviewer, pending.sign_offs, rules.sign_offs, rules.sign_off_role
            )
        needs = stage.requires
        if not needs.sign_offs or claim.verdict is None:
            return False
        if self.workflow.refusal(claim, "sign_off") is not None:
            return False
        return self._may_sign(
            claim.verdict.reviewer, claim.sign_offs, needs.sign_offs, needs.sign_off_role
        )

    def _may_sign(
        self, author: str, sign_offs: Sequence[SignOff], wanted: int, role: str | None
    ) -> bool:
        if author == self.reviewer or any(s.reviewer == self.reviewer for s in sign_offs):
            return False
        if role is not None and role not in self.roles:
            return False
        return len(counted_sign_offs(sign_offs, author, role)) < wanted
