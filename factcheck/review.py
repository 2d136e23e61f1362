"""The review service: every reviewer action, checked against the workflow, one audit event each.

`ReviewService(repository, workflow, reviewer)` is what the CLI and the TUI call. Each action
loads the claim fresh from the repository, checks the move against the workflow and the
claim's state, and saves the changed claim with one `Event` (actor, time, the claim before
and after) in a single `repository.save(...)`, so the audit log and the claims never disagree.
A refused action raises `ReviewError` (an unknown id: `UnknownClaimError`) whose message is one
line saying what was refused and why; nothing is saved then.

Desk rules this service keeps, beyond what the workflow file says:
- Each stage allows only the actions its workflow lists (`Workflow.refusal` says where else
  to go); `assign`, `advance` and `undo` are always open.
- Publication is a one-way door. A claim in the final stage changes only by a correction: a
  new verdict with a new rationale and a reason, kept pending (reports still show the
  published verdict) until it has the sign-offs the workflow's `corrections` section asks
  for and is published with `advance`. Publishing it keeps the superseded verdict and
  sign-offs in the correction record. Undo never takes back a publication.
- Only reviewers on the roster act (`factcheck.roster`); a name is matched by its canonical
  key, so "ANA" acts as "ana" and cannot sign off ana's verdict. Roles come from the workflow.
- Rejected and merged claims take no evidence, verdict or sign-off until accepted again.
- A new or changed verdict clears earlier sign-offs: they approved a different verdict.
- Every action may name the claim revision the reviewer saw; a newer stored revision is
  refused (`StaleClaimError`, naming who changed it and when) instead of overwritten.
- Undo takes back the reviewer's own last action on a claim exactly (the fields it changed),
  as a new event; it is refused when someone else changed the claim since, so nobody's later
  work is silently thrown away.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from factcheck import audit
from factcheck.claim_query import ClaimQuery
from factcheck.errors import (
    ReviewError,
    StaleClaimError,
    UnknownClaimError,
    WorkflowChangedError,
)
from factcheck.models import (
    Claim,
    Correction,
    Event,
    EvidenceNote,
    FieldChange,
    Reviewer,
    SignOff,
    Stance,
    Triage,
    Verdict,
    utc_now,
)
from factcheck.names import check_name
from factcheck.repository import Repository
from factcheck.roster import ROSTER_ACTIONS, RosterKeeper, find
from factcheck.terminal_text import unsafe_characters, visible
from factcheck.urls import is_web_url
from factcheck.workflow import Stage, Workflow
from factcheck.workflow.migration import MIGRATE_ACTION

NOTE_FIELDS = ("url", "title", "quote", "stance", "note")
NO_VERDICT = "no verdict"
PUBLISH_CORRECTION = "publish correction"
COMMENT = audit.COMMENT
# Triage outcomes that take a claim out of review (until it is accepted again).
_OUT_OF_FLOW = (Triage.REJECTED, Triage.MERGED)


@dataclass(frozen=True)
class StatusCounts:
    """Claims per stage (rows, workflow order) and outcome (columns: scale order, then
    `no verdict`, `rejected`, `merged`). A rejected or merged claim is counted in its own
    column whatever verdict it may carry."""

    stages: list[Stage]
    columns: list[str]
    counts: dict[tuple[str, str], int]

    def row(self, stage_id: str) -> list[int]:
        return [self.counts.get((stage_id, column), 0) for column in self.columns]

    def total(self, stage_id: str) -> int:
        return sum(self.row(stage_id))


def validate_url(url: str) -> str:
    """An evidence URL must be a web address a colleague can open: http(s) with a host."""
    url = url.strip()
    if is_web_url(url):
        return url
    if is_web_url("".join(url.split())):
        raise ReviewError(f"evidence URL {url!r} contains spaces")
    raise ReviewError(f"evidence URL {url!r} is not a web address (http:// or https://)")


def parse_stance(stance: str | Stance) -> Stance:
    try:
        return Stance(stance)
    except ValueError:
        choices = ", ".join(s.value for s in Stance)
        raise ReviewError(f"unknown stance {stance!r}; use one of {choices}") from None


def is_published(claim: Claim, workflow: Workflow) -> bool:
    return claim.stage is not None and workflow.is_final(claim.stage)


def is_decided(claim: Claim, workflow: Workflow) -> bool:
    """A claim is decided when it is published, or was rejected or merged in triage. A
    verdict still waiting for its sign-off is only proposed."""
    return is_published(claim, workflow) or claim.triage in _OUT_OF_FLOW


def is_proposed(claim: Claim, workflow: Workflow) -> bool:
    """A verdict given but not yet published (nor set aside in triage)."""
    return (
        claim.verdict is not None
        and claim.triage not in _OUT_OF_FLOW
        and not is_published(claim, workflow)
    )


@dataclass(frozen=True)
class Progress:
    """What the desk's header shows: published, proposed (verdict not yet published), total,
    and decided (published, rejected or merged)."""

    published: int
    proposed: int
    decided: int
    total: int

    @classmethod
    def of(cls, claims: Iterable[Claim], workflow: Workflow) -> Progress:
        claims = list(claims)
        return cls(
            published=sum(is_published(c, workflow) for c in claims),
            proposed=sum(is_proposed(c, workflow) for c in claims),
            decided=sum(is_decided(c, workflow) for c in claims),
            total=len(claims),
        )


def crosses_publication(event: Event, workflow: Workflow) -> bool:
    """Whether the event published something: a claim entering the final stage, or a
    correction published. Such an event is never undone."""
    if event.action == PUBLISH_CORRECTION:
        return True
    stage = event.field_change("stage")
    return stage is not None and stage[1] == workflow.final_stage


def _dump(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json")


def require_plain_name(field: str, name: str) -> None:
    """Names go into the audit log and onto every screen: no terminal controls in them."""
    unsafe = unsafe_characters(name)
    if unsafe:
        raise ReviewError(
            f"{field} name '{visible(name)}' holds control characters "
            f"({', '.join(dict.fromkeys(unsafe))}); use plain text"
        )


class ReviewService:
    """Every reviewer action on the claims of one repository, under one workflow.

    Each action takes an optional `revision`: the claim's revision as the reviewer saw it.
    """

    def __init__(
        self,
        repository: Repository,
        workflow: Workflow,
        reviewer: str,
        clock: Callable[[], datetime] = utc_now,
        earlier_verdict: Callable[[str], bool] = lambda verdict_id: False,
    ) -> None:
        """`earlier_verdict(id)`: whether an earlier version of the store's workflow had the
        verdict id, which published claims keep after the scale dropped it (see
        `factcheck.workflow.migration`)."""
        if not reviewer.strip():
            raise ReviewError("a reviewer name is needed (--reviewer NAME or $FACTCHECK_REVIEWER)")
        require_plain_name("reviewer", reviewer)
        reviewer = check_name(reviewer, "the reviewer name")
        self.repository = repository
        self.workflow = workflow
        listed = find(repository.list_reviewers(), reviewer)
        # The roster's spelling: "ANA" acts, and is recorded, as "ana".
        self.reviewer = listed.name if listed else reviewer
        self.clock = clock
        self.roster = RosterKeeper(repository, workflow, self.reviewer, clock)
        self._check_store_fits_workflow(earlier_verdict)
        self._workflow_version = repository.workflow_version()

    # -- opening --------------------------------------------------------------------------

    def _check_store_fits_workflow(self, earlier_verdict: Callable[[str], bool]) -> None:
        """Refuse a workflow that cannot place every stored claim or read every verdict."""
        stored_stages, stored_verdicts = self.repository.stages_and_verdicts()
        name = f"workflow {self.workflow.name!r} ({self.workflow.source})"
        stages = sorted(stored_stages - set(self.workflow.stage_ids))
        if stages:
            raise ReviewError(
                f"{name} has no stage {', '.join(map(repr, stages))}, where claims in this "
                f"store sit; its stages are {', '.join(self.workflow.stage_ids)}"
            )
        missing = stored_verdicts - set(self.workflow.scale.ids)
        labels = sorted(label for label in missing if not earlier_verdict(label))
        if labels:
            raise ReviewError(
                f"{name} has no verdict {', '.join(map(repr, labels))}, which claims in this "
                f"store carry; its verdicts are {', '.join(self.workflow.scale.ids)}"
            )

    # -- reading --------------------------------------------------------------------------

    def claims(self, article_id: str | None = None) -> list[Claim]:
        return self.repository.list_claims(article_id)

    def claim(self, claim_id: str) -> Claim:
        claim = self.repository.get_claim(claim_id)
        if claim is None:
            raise UnknownClaimError(f"no claim with id {claim_id!r} in the store")
        return claim

    def stage_of(self, claim: Claim) -> Stage:
        """The claim's stage; a claim not yet placed (stage None) is in the first stage."""
        return self.workflow.stage_of(claim)

    def missing(self, claim_id: str) -> list[str]:
        """What the claim still needs before it may leave its stage (or, published with a
        correction pending, before the correction may be published)."""
        return self.workflow.missing(self.claim(claim_id))

    def history(self, claim_id: str) -> list[Event]:
        self.claim(claim_id)
        return self.repository.list_events(claim_id)

    def progress(self) -> Progress:
        tally = self.repository.tally(self._every_claim(), self.workflow.final_stage or "")
        return Progress(tally.published, tally.proposed, tally.decided, tally.total)

    def _every_claim(self) -> ClaimQuery:
        return ClaimQuery(self.workflow.first_stage.id, triage=frozenset(Triage))

    def status_counts(self) -> StatusCounts:
        """Counted by the store (`claim_groups`), no claim read."""
        counts: dict[tuple[str, str], int] = {}
        for (stage, verdict, triage), count in self.repository.claim_groups(
            self._every_claim()
        ).items():
            column = str(triage) if triage in _OUT_OF_FLOW else (verdict or NO_VERDICT)
            counts[stage, column] = counts.get((stage, column), 0) + count
        # Published verdicts keep ids a later scale dropped: they get a column after it.
        kept = sorted(
            {c for _, c in counts} - {*self.workflow.scale.ids, NO_VERDICT, *_OUT_OF_FLOW}
        )
        columns = [*self.workflow.scale.ids, *kept, NO_VERDICT, Triage.REJECTED, Triage.MERGED]
        return StatusCounts(list(self.workflow.stages), [str(c) for c in columns], counts)

    def refusal(self, claim: Claim, action: str) -> str | None:
        """Why this reviewer may not take `action` on the claim as it stands (so a desk can
        refuse before opening a form), or None."""
        if action in ("evidence", "sign_off") and self._correcting(claim):
            return None
        refused = self.workflow.refusal(claim, action)
        if refused:
            return refused
        if action in ("evidence", "verdict", "sign_off") and claim.triage in _OUT_OF_FLOW:
            return f"claim {claim.id} was {claim.triage} in triage; accept it first"
        return None

    # -- triage ---------------------------------------------------------------------------

    def accept(self, claim_id: str, *, revision: int | None = None) -> Claim:
        claim = self._open(claim_id, "accept", revision)
        if claim.triage == Triage.ACCEPTED:
            raise ReviewError(f"claim {claim_id} is already accepted")
        return self._record(
            claim,
            "accept",
            {"triage": Triage.ACCEPTED, "triage_reason": "", "merged_into": None},
        )

    def reject(self, claim_id: str, reason: str, *, revision: int | None = None) -> Claim:
        claim = self._open(claim_id, "reject", revision)
        reason = _required(reason, "a reason to reject")
        if claim.triage == Triage.REJECTED:
            raise ReviewError(f"claim {claim_id} is already rejected ({claim.triage_reason})")
        changes = {"triage": Triage.REJECTED, "triage_reason": reason, "merged_into": None}
        return self._record(claim, "reject", changes, detail=reason)

    def merge(self, claim_id: str, into: str, *, revision: int | None = None) -> Claim:
        """Mark a claim as a duplicate of another; the other carries on through review."""
        claim = self._open(claim_id, "merge", revision)
        target = self.claim(into)
        if target.id == claim.id:
            raise ReviewError(f"claim {claim_id} cannot be merged into itself")
        if target.triage == Triage.MERGED:
            raise ReviewError(
                f"claim {into} was itself merged into {target.merged_into}; merge into that"
            )
        if target.triage == Triage.REJECTED:
            raise ReviewError(f"claim {into} was rejected; merge into a claim under review")
        changes = {"triage": Triage.MERGED, "merged_into": target.id, "triage_reason": ""}
        return self._record(claim, "merge", changes, detail=f"into {target.id}")

    def edit(self, claim_id: str, text: str, *, revision: int | None = None) -> Claim:
        claim = self._open(claim_id, "edit", revision)
        text = _required(text, "the claim's new text")
        if text == claim.text:
            raise ReviewError(f"claim {claim_id} already reads exactly that")
        return self._record(claim, "edit", {"text": text})

    def assign(self, claim_id: str, to: str | None, *, revision: int | None = None) -> Claim:
        """Give the claim to a reviewer on the roster; `None` or "" leaves it unassigned."""
        claim = self._open(claim_id, None, revision)
        name = (to or "").strip() or None
        if name is not None:
            require_plain_name("assignee", name)
            listed = find(self.repository.list_reviewers(), name)
            if listed is None:
                raise ReviewError(f"{name} is not on this desk's roster (factcheck reviewer list)")
            name = listed.name
        if name == claim.assignee:
            who = name or "nobody"
            raise ReviewError(f"claim {claim_id} is already assigned to {who}")
        return self._record(claim, "assign", {"assignee": name}, detail=name or "unassigned")

    # -- evidence -------------------------------------------------------------------------

    def add_note(
        self,
        claim_id: str,
        *,
        url: str,
        stance: str | Stance,
        quote: str = "",
        note: str = "",
        title: str = "",
        revision: int | None = None,
    ) -> Claim:
        """Add an evidence note; on a published claim it joins the pending correction and
        reaches the published record with it."""
        claim = self._open(claim_id, "evidence", revision)
        correction = claim.pending_correction if self._correcting(claim) else None
        existing = [*claim.evidence, *(correction.evidence if correction else [])]
        evidence = EvidenceNote(
            id=_next_note_id(existing),
            url=validate_url(url),
            title=title.strip(),
            quote=quote.strip(),
            stance=parse_stance(stance),
            note=note.strip(),
            added_by=self.reviewer,
            at=self.clock(),
        )
        if correction is not None:
            notes = [*correction.evidence, evidence]
            changes: dict[str, Any] = {
                "pending_correction": correction.model_copy(update={"evidence": notes})
            }
        else:
            changes = {"evidence": [*claim.evidence, evidence]}
        return self._record(claim, "add note", changes, detail=evidence.url)

    def edit_note(
        self, claim_id: str, note_id: str, *, revision: int | None = None, **fields: str
    ) -> Claim:
        """Change some of a note's url, title, quote, stance and note."""
        claim = self._open(claim_id, "evidence", revision)
        self._published_notes_stay(claim)
        unknown = sorted(set(fields) - set(NOTE_FIELDS))
        if unknown:
            raise ReviewError(
                f"evidence notes have no field {', '.join(unknown)}; "
                f"they have {', '.join(NOTE_FIELDS)}"
            )
        old = _find_note(claim, note_id)
        changes: dict[str, Any] = {k: str(v).strip() for k, v in fields.items() if v is not None}
        if "url" in changes:
            changes["url"] = validate_url(changes["url"])
        if "stance" in changes:
            changes["stance"] = parse_stance(changes["stance"])
        new = old.model_copy(update=changes)
        if new == old:
            raise ReviewError(f"evidence note {note_id} of claim {claim_id} already reads so")
        evidence = [new if n.id == note_id else n for n in claim.evidence]
        return self._record(claim, "edit note", {"evidence": evidence}, detail=note_id)

    def remove_note(self, claim_id: str, note_id: str, *, revision: int | None = None) -> Claim:
        claim = self._open(claim_id, "evidence", revision)
        self._published_notes_stay(claim)
        old = _find_note(claim, note_id)
        evidence = [n for n in claim.evidence if n.id != note_id]
        return self._record(claim, "remove note", {"evidence": evidence}, detail=old.url)

    def _published_notes_stay(self, claim: Claim) -> None:
        if self._correcting(claim):
            raise ReviewError(
                f"the evidence of published claim {claim.id} stays as published; add a note to "
                "the pending correction instead"
            )

    # -- verdict and stages ---------------------------------------------------------------

    def set_verdict(
        self,
        claim_id: str,
        label: str,
        rationale: str = "",
        conclusion: str = "",
        public_wording: str = "",
        *,
        revision: int | None = None,
    ) -> Claim:
        """Rate the claim, optionally with the claim's wording as it will be published (empty:
        the default from the claim and its speaker). A changed verdict clears earlier
        sign-offs (they approved another)."""
        claim = self._open(claim_id, "verdict", revision)
        label = self._known_label(label)
        verdict = Verdict(
            label=label,
            rationale=rationale.strip(),
            conclusion=conclusion.strip(),
            public_wording=" ".join(public_wording.split()),
            reviewer=self.reviewer,
            at=self.clock(),
            workflow_version=self.workflow.version,
        )
        if claim.verdict and claim.verdict.model_dump(exclude={"at"}) == verdict.model_dump(
            exclude={"at"}
        ):
            raise ReviewError(f"claim {claim_id} already has exactly this verdict")
        return self._record(claim, "verdict", {"verdict": verdict, "sign_offs": []}, detail=label)

    def advance(self, claim_id: str, *, revision: int | None = None) -> Claim:
        """Move the claim to the next stage, if it has everything its stage requires; on a
        published claim with a correction pending, publish the correction."""
        claim = self._open(claim_id, None, revision)
        stage = self.stage_of(claim)
        if self.workflow.is_final(stage.id):
            return self._publish_correction(claim)
        if claim.triage in _OUT_OF_FLOW:
            raise ReviewError(
                f"cannot advance claim {claim_id}: it was {claim.triage} in triage; accept it first"
            )
        missing = self.workflow.missing(claim)
        if missing:
            raise ReviewError(
                f"claim {claim_id} cannot leave stage {stage.id!r} yet; it still needs: "
                + "; ".join(missing)
            )
        following = self.workflow.next_stage(stage.id)
        assert following is not None, "only the final stage has no next stage"
        if self.workflow.is_final(following.id):
            self._require_role(self.workflow.publication.role, f"publish claim {claim_id}")
        return self._record(
            claim, "advance", {"stage": following.id}, detail=f"{stage.id} -> {following.id}"
        )

    def send_back(
        self,
        claim_id: str,
        to_stage: str,
        reason: str,
        *,
        revision: int | None = None,
        comment: str = "",
    ) -> Claim:
        claim = self._open(claim_id, "send_back", revision)
        stage = self.stage_of(claim)
        target = self.workflow.stage(to_stage)
        if target is None:
            raise ReviewError(
                f"no stage {to_stage!r} in workflow {self.workflow.name!r}; "
                f"its stages are {', '.join(self.workflow.stage_ids)}"
            )
        if self.workflow.stage_index(target.id) >= self.workflow.stage_index(stage.id):
            raise ReviewError(
                f"claim {claim_id} is in stage {stage.id!r}; it can only be sent back to an "
                f"earlier stage, not {target.id!r}"
            )
        reason = _required(reason, "a reason to send it back")
        return self._record(
            claim,
            "send back",
            {"stage": target.id},
            detail=f"{stage.id} -> {target.id}: {reason}",
            comment=comment,
        )

    def sign_off(self, claim_id: str, *, revision: int | None = None, comment: str = "") -> Claim:
        """Approve the claim's verdict (or, on a published claim, its pending correction).
        Nobody approves their own work, nobody approves twice, and where the workflow names
        a role for the sign-off only that role may give it. A `comment` is saved with the
        sign-off, as a comment event of its own."""
        claim = self._open(claim_id, "sign_off", revision)
        if self._correcting(claim):
            return self._sign_off_correction(claim, comment)
        if claim.verdict is None:
            raise ReviewError(f"claim {claim_id} has no verdict to sign off yet")
        if claim.verdict.reviewer == self.reviewer:
            raise ReviewError(
                f"{self.reviewer} gave the verdict on claim {claim_id}; "
                "a different reviewer must sign it off"
            )
        if any(s.reviewer == self.reviewer for s in claim.sign_offs):
            raise ReviewError(f"{self.reviewer} has already signed off claim {claim_id}")
        role = self.stage_of(claim).requires.sign_off_role
        me = self._require_role(role, f"sign off claim {claim_id}")
        sign_off = SignOff(reviewer=self.reviewer, at=self.clock(), roles=me.roles)
        return self._record(
            claim, "sign off", {"sign_offs": [*claim.sign_offs, sign_off]}, comment=comment
        )

    # -- the conversation -----------------------------------------------------------------

    def comment(self, claim_id: str, text: str) -> Event:
        """Add a comment to the claim's conversation: an audit event (chained like every
        other) that changes nothing in the claim, so it never makes another reviewer's open
        form stale. Comments are not undone; a later comment answers an earlier one."""
        claim = self._open(claim_id, None, None)
        event = self._comment_event(claim, _required(text, "the comment's text"))
        self.repository.save([], [event], workflow_version=self._workflow_version)
        return event

    def comments(self, claim_id: str) -> list[Event]:
        """The claim's comments, oldest first."""
        return [e for e in self.history(claim_id) if e.action == COMMENT]

    def _comment_event(self, claim: Claim, text: str) -> Event:
        return self._event(claim, claim, COMMENT, detail=text)

    # -- corrections ----------------------------------------------------------------------

    def correct(
        self,
        claim_id: str,
        label: str,
        rationale: str,
        reason: str,
        conclusion: str = "",
        *,
        revision: int | None = None,
    ) -> Claim:
        """Propose a correction to a published verdict: a new verdict with a new rationale,
        and the reason readers are told. Reports keep showing the published verdict (marked
        "correction pending") until the correction is signed off and published."""
        claim = self._open(claim_id, "correct", revision)
        if claim.verdict is None:
            raise ReviewError(f"claim {claim_id} has no verdict to correct")
        if claim.pending_correction is not None:
            pending = claim.pending_correction
            raise ReviewError(
                f"claim {claim_id} already has a correction pending ({pending.previous_label} "
                f"-> {pending.new_label}, by {pending.reviewer}); sign it off and publish it, "
                "or its author undoes it"
            )
        self._require_role(self.workflow.corrections.role, f"correct claim {claim_id}")
        label = self._known_label(label)
        rationale = _required(rationale, "a rationale for the corrected verdict")
        reason = _required(reason, "a reason for the correction")
        if rationale == claim.verdict.rationale:
            raise ReviewError(
                f"the rationale is the published one; a correction states why the new verdict "
                f"holds, so write it anew for claim {claim_id}"
            )
        now = self.clock()
        verdict = Verdict(
            label=label,
            rationale=rationale,
            conclusion=conclusion.strip(),
            reviewer=self.reviewer,
            at=now,
            workflow_version=self.workflow.version,
        )
        correction = Correction(
            previous_label=claim.verdict.label,
            new_label=label,
            reason=reason,
            reviewer=self.reviewer,
            at=now,
            verdict=verdict,
        )
        return self._record(
            claim,
            "correct",
            {"pending_correction": correction},
            detail=f"{correction.previous_label} -> {label}: {reason}",
        )

    def _correcting(self, claim: Claim) -> bool:
        return claim.pending_correction is not None and self.workflow.is_final(
            self.stage_of(claim).id
        )

    def _sign_off_correction(self, claim: Claim, comment: str = "") -> Claim:
        correction = claim.pending_correction
        assert correction is not None
        if correction.reviewer == self.reviewer:
            raise ReviewError(
                f"{self.reviewer} proposed the correction to claim {claim.id}; "
                "a different reviewer must sign it off"
            )
        if any(s.reviewer == self.reviewer for s in correction.sign_offs):
            raise ReviewError(
                f"{self.reviewer} has already signed off the correction to claim {claim.id}"
            )
        role = self.workflow.corrections.sign_off_role
        me = self._require_role(role, f"sign off the correction to claim {claim.id}")
        sign_off = SignOff(reviewer=self.reviewer, at=self.clock(), roles=me.roles)
        signed = correction.model_copy(update={"sign_offs": [*correction.sign_offs, sign_off]})
        return self._record(
            claim, "sign off correction", {"pending_correction": signed}, comment=comment
        )

    def _publish_correction(self, claim: Claim) -> Claim:
        correction = claim.pending_correction
        if correction is None or claim.verdict is None:
            raise ReviewError(
                f"claim {claim.id} is published, the final stage; it changes only by a "
                "correction (`claim correct`)"
            )
        missing = self.workflow.missing(claim)
        if missing:
            raise ReviewError(
                f"the correction to claim {claim.id} cannot be published yet; it still needs: "
                + "; ".join(missing)
            )
        self._require_role(
            self.workflow.corrections.publish_role, f"publish the correction to claim {claim.id}"
        )
        published = correction.model_copy(
            update={
                "previous_verdict": claim.verdict,
                "previous_sign_offs": claim.sign_offs,
                "published_at": self.clock(),
                "evidence": [],
            }
        )
        changes = {
            "verdict": correction.verdict,
            "sign_offs": correction.sign_offs,
            "evidence": [*claim.evidence, *correction.evidence],
            "corrections": [*claim.corrections, published],
            "pending_correction": None,
        }
        detail = f"{correction.previous_label} -> {correction.new_label}: {correction.reason}"
        return self._record(claim, PUBLISH_CORRECTION, changes, detail=detail)

    # -- undo -----------------------------------------------------------------------------

    def undoable(self, claim_id: str | None = None) -> Event | None:
        """This reviewer's last action not yet undone, on one claim or on any claim (what
        `undo` / `undo_last` would take back), or None."""
        events = self.repository.list_events(claim_id)
        undone = {e.undoes for e in events if e.undoes}
        own = [
            e
            for e in events
            if e.actor == self.reviewer
            and e.claim_id
            and e.undoes is None
            and e.id not in undone
            and e.action not in (*audit.START_ACTIONS, *ROSTER_ACTIONS, MIGRATE_ACTION, COMMENT)
        ]
        return own[-1] if own else None

    def undo_last(self) -> Claim:
        """Undo this reviewer's last action on whichever claim it was (the TUI's undo key)."""
        return self.undo_last_action()[1]

    def undo_last_action(self) -> tuple[Event, Claim]:
        """As `undo_last`, also saying which action was undone."""
        last = self.undoable()
        if last is None:
            raise ReviewError(f"{self.reviewer} has nothing left to undo")
        return last, self.undo(last.claim_id)

    def undo(self, claim_id: str, *, revision: int | None = None) -> Claim:
        """Undo this reviewer's own last not-yet-undone action on the claim (a new event)."""
        claim = self._open(claim_id, None, revision)
        last = self.undoable(claim_id)
        if last is None:
            raise ReviewError(f"{self.reviewer} has nothing left to undo on claim {claim_id}")
        if crosses_publication(last, self.workflow):
            raise ReviewError(
                f"your last action on claim {claim_id} ({last.action}) published it, and "
                "publication is final: change it by a correction (`claim correct`)"
            )
        changes = _changes_of(last)
        if changes is None:
            raise ReviewError(
                f"the last action on claim {claim_id} ({last.action}) is not undoable"
            )
        events = self.repository.list_events(claim_id)
        later = events[events.index(last) + 1 :]
        others = sorted({e.actor for e in later if e.actor != self.reviewer})
        current = _dump(claim)
        if others or not audit.holds(current, changes):
            who = ", ".join(others) or "someone"
            raise ReviewError(
                f"claim {claim_id} changed after your {last.action!r} (by {who}); "
                "undo refused so their work is kept"
            )
        taken_back = {field: c for field, c in changes.items() if field != "revision"}
        restored = Claim.model_validate(audit.apply(current, taken_back, backwards=True))
        restored.revision = claim.revision + 1
        event = self._event(claim, restored, "undo", detail=f"undid {last.action}")
        event = event.model_copy(update={"undoes": last.id})
        self.repository.save(
            [restored],
            [event],
            expected={claim.id: claim},
            workflow_version=self._workflow_version,
        )
        return restored

    # -- plumbing -------------------------------------------------------------------------

    def _open(self, claim_id: str, action: str | None, revision: int | None) -> Claim:
        """Load a claim for `action` (a workflow action name, or None for one every stage
        allows): the reviewer is on the roster, the claim is at the revision they saw, and
        its stage allows the action."""
        claim = self.claim(claim_id)
        self._check_workflow_unchanged()
        self._check_revision(claim, revision)
        self.roster.member()
        refused = self.refusal(claim, action) if action else None
        if refused:
            raise ReviewError(refused)
        return claim

    def _check_workflow_unchanged(self) -> None:
        """A desk opened before `workflow use` changed the store's workflow would act by
        rules the desk no longer keeps (and on claims the change may have moved); the save
        checks again under the store's lock, so a change landing meanwhile is caught too."""
        now = self.repository.workflow_version()
        if now != self._workflow_version:
            raise WorkflowChangedError(now)

    def _check_revision(self, claim: Claim, revision: int | None) -> None:
        if revision is None or revision == claim.revision:
            return
        events = self.repository.list_events(claim.id)
        last = events[-1] if events else None
        raise StaleClaimError(
            claim.id,
            seen=revision,
            now=claim.revision,
            by=last.actor if last else "someone",
            when=f"{last.at:%Y-%m-%d %H:%M} UTC" if last else "an unknown time",
            action=last.action if last else "change",
        )

    def _require_role(self, role: str | None, doing: str) -> Reviewer:
        """The acting reviewer's roster entry, if they hold `role` (or none is asked)."""
        me = self.roster.member()
        if role is not None and role not in me.roles:
            raise ReviewError(
                f"only a reviewer with role {role} may {doing}; {me.name} has "
                f"{', '.join(me.roles) or 'no role'}"
            )
        return me

    def _known_label(self, label: str) -> str:
        label = label.strip()
        if self.workflow.scale.option(label) is None:
            raise ReviewError(
                f"unknown verdict {label!r}; the scale has {', '.join(self.workflow.scale.ids)}"
            )
        return label

    def _event(self, before: Claim, after: Claim, action: str, detail: str = "") -> Event:
        return Event(
            id=uuid.uuid4().hex,
            claim_id=before.id,
            at=self.clock(),
            actor=self.reviewer,
            action=action,
            changes=audit.diff(_dump(before), _dump(after)),
            detail=detail,
        )

    def _record(
        self,
        claim: Claim,
        action: str,
        changes: dict[str, Any],
        detail: str = "",
        comment: str = "",
    ) -> Claim:
        """Apply `changes`, save the claim and its event together (with a comment event
        after it when a `comment` is given), return the new claim."""
        changed = claim.model_copy(deep=True)
        for field, value in changes.items():
            setattr(changed, field, value)  # validate_assignment checks each value
        if claim.stage is None:
            changed.stage = changes.get("stage", self.workflow.first_stage.id)
        changed.revision = claim.revision + 1
        events = [self._event(claim, changed, action, detail)]
        if comment.strip():
            events.append(self._comment_event(changed, comment.strip()))
        self.repository.save(
            [changed],
            events,
            expected={claim.id: claim},
            workflow_version=self._workflow_version,
        )
        return changed


def _changes_of(event: Event) -> dict[str, FieldChange] | None:
    """What the event changed; events written before the change format carry whole claims."""
    if event.changes is not None:
        return event.changes
    if event.before is None or event.after is None:
        return None
    return audit.diff(event.before, event.after)


def _required(text: str | None, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ReviewError(f"{what} is required")
    return text


def _next_note_id(notes: Iterable[EvidenceNote]) -> str:
    numbers = [int(n.id[1:]) for n in notes if n.id[:1] == "n" and n.id[1:].isdigit()]
    return f"n{max(numbers, default=0) + 1}"


def _find_note(claim: Claim, note_id: str) -> EvidenceNote:
    for note in claim.evidence:
        if note.id == note_id:
            return note
    have = ", ".join(n.id for n in claim.evidence) or "none"
    raise ReviewError(f"claim {claim.id} has no evidence note {note_id!r} (it has {have})")
