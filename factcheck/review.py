"""The review service: every reviewer action, checked against the workflow, one audit event each.

`ReviewService(repository, workflow, reviewer)` is what the CLI and the TUI call. Each action
loads the claim fresh from the repository, checks the move against the workflow and the
claim's state, and saves the changed claim with one `Event` (actor, time, the claim before
and after) in a single `repository.save(...)`, so the audit log and the claims never disagree.
A refused action raises `ReviewError` (an unknown id: `UnknownClaimError`) whose message is one
line saying what was refused and why; nothing is saved then.

Desk rules this service keeps, beyond what the workflow file says:
- A claim in the final stage is locked: its verdict changes only through `correct` (a dated
  `Correction` on the claim), and its text, triage and evidence no longer change. Assigning
  and undoing one's own last action still work.
- Rejected and merged claims take no evidence, verdict or sign-off until accepted again.
- A new or changed verdict clears earlier sign-offs: they approved a different verdict.
- Undo restores the claim exactly as it was before the reviewer's own last action on it, as a
  new event; it is refused when someone else changed the claim since, so nobody's later work
  is silently thrown away.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from factcheck.errors import ReviewError, UnknownClaimError
from factcheck.models import (
    Claim,
    Correction,
    Event,
    EvidenceNote,
    SignOff,
    Stance,
    Triage,
    Verdict,
    utc_now,
)
from factcheck.repository import Repository
from factcheck.terminal_text import unsafe_characters, visible
from factcheck.urls import is_web_url
from factcheck.workflow import Stage, Workflow

NOTE_FIELDS = ("url", "title", "quote", "stance", "note")
NO_VERDICT = "no verdict"
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


def is_decided(claim: Claim) -> bool:
    """A claim is decided when it has a verdict, or was rejected or merged in triage: either
    way nobody needs to rate it any more."""
    return bool(claim.verdict) or claim.triage in _OUT_OF_FLOW


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
    """Every reviewer action on the claims of one repository, under one workflow."""

    def __init__(
        self,
        repository: Repository,
        workflow: Workflow,
        reviewer: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        reviewer = reviewer.strip()
        if not reviewer:
            raise ReviewError("a reviewer name is needed (--reviewer NAME or $FACTCHECK_REVIEWER)")
        require_plain_name("reviewer", reviewer)
        self.repository = repository
        self.workflow = workflow
        self.reviewer = reviewer
        self.clock = clock
        self._check_store_fits_workflow()

    # -- opening --------------------------------------------------------------------------

    def _check_store_fits_workflow(self) -> None:
        """Refuse a workflow that cannot place every stored claim or read every verdict."""
        stored_stages, stored_verdicts = self.repository.stages_and_verdicts()
        name = f"workflow {self.workflow.name!r} ({self.workflow.source})"
        stages = sorted(stored_stages - set(self.workflow.stage_ids))
        if stages:
            raise ReviewError(
                f"{name} has no stage {', '.join(map(repr, stages))}, where claims in this "
                f"store sit; its stages are {', '.join(self.workflow.stage_ids)}"
            )
        labels = sorted(stored_verdicts - set(self.workflow.scale.ids))
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
        """What the claim still needs before it may leave its stage."""
        return self.workflow.missing(self.claim(claim_id))

    def history(self, claim_id: str) -> list[Event]:
        self.claim(claim_id)
        return self.repository.list_events(claim_id)

    def progress(self) -> tuple[int, int]:
        """(decided, total): see `is_decided`."""
        claims = self.repository.list_claims()
        return sum(1 for c in claims if is_decided(c)), len(claims)

    def status_counts(self) -> StatusCounts:
        columns = [*self.workflow.scale.ids, NO_VERDICT, Triage.REJECTED, Triage.MERGED]
        counts: dict[tuple[str, str], int] = {}
        for claim in self.repository.list_claims():
            stage = self.stage_of(claim).id
            if claim.triage in _OUT_OF_FLOW:
                column = str(claim.triage)
            else:
                column = claim.verdict.label if claim.verdict else NO_VERDICT
            counts[stage, column] = counts.get((stage, column), 0) + 1
        return StatusCounts(list(self.workflow.stages), [str(c) for c in columns], counts)

    # -- triage ---------------------------------------------------------------------------

    def accept(self, claim_id: str) -> Claim:
        claim = self._open(claim_id, "accept")
        if claim.triage == Triage.ACCEPTED:
            raise ReviewError(f"claim {claim_id} is already accepted")
        return self._record(
            claim,
            "accept",
            {"triage": Triage.ACCEPTED, "triage_reason": "", "merged_into": None},
        )

    def reject(self, claim_id: str, reason: str) -> Claim:
        claim = self._open(claim_id, "reject")
        reason = _required(reason, "a reason to reject")
        if claim.triage == Triage.REJECTED:
            raise ReviewError(f"claim {claim_id} is already rejected ({claim.triage_reason})")
        changes = {"triage": Triage.REJECTED, "triage_reason": reason, "merged_into": None}
        return self._record(claim, "reject", changes, detail=reason)

    def merge(self, claim_id: str, into: str) -> Claim:
        """Mark a claim as a duplicate of another; the other carries on through review."""
        claim = self._open(claim_id, "merge")
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

    def edit(self, claim_id: str, text: str) -> Claim:
        claim = self._open(claim_id, "edit")
        text = _required(text, "the claim's new text")
        if text == claim.text:
            raise ReviewError(f"claim {claim_id} already reads exactly that")
        return self._record(claim, "edit", {"text": text})

    def assign(self, claim_id: str, to: str | None) -> Claim:
        """Give the claim to a reviewer; `None` or an empty name leaves it unassigned."""
        claim = self.claim(claim_id)
        name = (to or "").strip() or None
        if name:
            require_plain_name("assignee", name)
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
    ) -> Claim:
        claim = self._open(claim_id, "add evidence to", in_review=True)
        evidence = EvidenceNote(
            id=_next_note_id(claim.evidence),
            url=validate_url(url),
            title=title.strip(),
            quote=quote.strip(),
            stance=parse_stance(stance),
            note=note.strip(),
            added_by=self.reviewer,
            at=self.clock(),
        )
        return self._record(
            claim, "add note", {"evidence": [*claim.evidence, evidence]}, detail=evidence.url
        )

    def edit_note(self, claim_id: str, note_id: str, **fields: str) -> Claim:
        """Change some of a note's url, title, quote, stance and note."""
        claim = self._open(claim_id, "edit evidence of", in_review=True)
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

    def remove_note(self, claim_id: str, note_id: str) -> Claim:
        claim = self._open(claim_id, "remove evidence from", in_review=True)
        old = _find_note(claim, note_id)
        evidence = [n for n in claim.evidence if n.id != note_id]
        return self._record(claim, "remove note", {"evidence": evidence}, detail=old.url)

    # -- verdict and stages ---------------------------------------------------------------

    def set_verdict(
        self,
        claim_id: str,
        label: str,
        rationale: str = "",
        conclusion: str = "",
        public_wording: str = "",
    ) -> Claim:
        """Rate the claim, optionally with the claim's wording as it will be published (empty:
        the default from the claim and its speaker). A changed verdict clears earlier
        sign-offs (they approved another)."""
        claim = self._open(claim_id, "give a verdict to", in_review=True)
        label = self._known_label(label)
        verdict = Verdict(
            label=label,
            rationale=rationale.strip(),
            conclusion=conclusion.strip(),
            public_wording=" ".join(public_wording.split()),
            reviewer=self.reviewer,
            at=self.clock(),
        )
        if claim.verdict and claim.verdict.model_dump(exclude={"at"}) == verdict.model_dump(
            exclude={"at"}
        ):
            raise ReviewError(f"claim {claim_id} already has exactly this verdict")
        return self._record(claim, "verdict", {"verdict": verdict, "sign_offs": []}, detail=label)

    def advance(self, claim_id: str) -> Claim:
        """Move the claim to the next stage, if it has everything its stage requires."""
        claim = self._open(claim_id, "advance", in_review=True)
        stage = self.stage_of(claim)
        missing = self.workflow.missing(claim)
        if missing:
            raise ReviewError(
                f"claim {claim_id} cannot leave stage {stage.id!r} yet; it still needs: "
                + "; ".join(missing)
            )
        following = self.workflow.next_stage(stage.id)
        assert following is not None, "only the final stage has no next stage"
        return self._record(
            claim, "advance", {"stage": following.id}, detail=f"{stage.id} -> {following.id}"
        )

    def send_back(self, claim_id: str, to_stage: str, reason: str) -> Claim:
        claim = self._open(claim_id, "send back")
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
            claim, "send back", {"stage": target.id}, detail=f"{stage.id} -> {target.id}: {reason}"
        )

    def sign_off(self, claim_id: str) -> Claim:
        """Approve the claim's verdict. The verdict's own reviewer cannot sign it off."""
        claim = self._open(claim_id, "sign off", in_review=True)
        if claim.verdict is None:
            raise ReviewError(f"claim {claim_id} has no verdict to sign off yet")
        if claim.verdict.reviewer == self.reviewer:
            raise ReviewError(
                f"{self.reviewer} gave the verdict on claim {claim_id}; "
                "a different reviewer must sign it off"
            )
        if any(s.reviewer == self.reviewer for s in claim.sign_offs):
            raise ReviewError(f"{self.reviewer} has already signed off claim {claim_id}")
        sign_offs = [*claim.sign_offs, SignOff(reviewer=self.reviewer, at=self.clock())]
        return self._record(claim, "sign off", {"sign_offs": sign_offs})

    def correct(self, claim_id: str, label: str, reason: str) -> Claim:
        """Change the verdict of a claim in the final stage, with a dated, explained
        correction that reports show beside the verdict."""
        claim = self.claim(claim_id)
        stage = self.stage_of(claim)
        if not self.workflow.is_final(stage.id):
            raise ReviewError(
                f"claim {claim_id} is in stage {stage.id!r}, not final; change its verdict "
                "with `verdict` (corrections are for published verdicts)"
            )
        if claim.verdict is None:
            raise ReviewError(f"claim {claim_id} has no verdict to correct")
        label = self._known_label(label)
        reason = _required(reason, "a reason for the correction")
        if label == claim.verdict.label:
            raise ReviewError(f"claim {claim_id} is already rated {label!r}")
        now = self.clock()
        correction = Correction(
            previous_label=claim.verdict.label,
            new_label=label,
            reason=reason,
            reviewer=self.reviewer,
            at=now,
        )
        verdict = claim.verdict.model_copy(
            update={"label": label, "reviewer": self.reviewer, "at": now}
        )
        changes = {"verdict": verdict, "corrections": [*claim.corrections, correction]}
        return self._record(
            claim, "correct", changes, detail=f"{correction.previous_label} -> {label}: {reason}"
        )

    def undoable(self, claim_id: str | None = None) -> Event | None:
        """This reviewer's last action not yet undone, on one claim or on any claim (what
        `undo` / `undo_last` would take back), or None."""
        events = self.repository.list_events(claim_id)
        undone = {e.undoes for e in events if e.undoes}
        own = [
            e
            for e in events
            if e.actor == self.reviewer and e.undoes is None and e.id not in undone
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

    def undo(self, claim_id: str) -> Claim:
        """Undo this reviewer's own last not-yet-undone action on the claim (a new event)."""
        claim = self.claim(claim_id)
        last = self.undoable(claim_id)
        if last is None:
            raise ReviewError(f"{self.reviewer} has nothing left to undo on claim {claim_id}")
        events = self.repository.list_events(claim_id)
        if last.before is None or last.after is None:
            raise ReviewError(
                f"the last action on claim {claim_id} ({last.action}) is not undoable"
            )
        if _dump(claim) != last.after:
            later = events[events.index(last) + 1 :]
            who = ", ".join(sorted({e.actor for e in later})) or "someone"
            raise ReviewError(
                f"claim {claim_id} changed after your {last.action!r} (by {who}); "
                "undo refused so their work is kept"
            )
        restored = Claim.model_validate(last.before)
        event = self._event(claim, restored, "undo", detail=f"undid {last.action}")
        event = event.model_copy(update={"undoes": last.id})
        self.repository.save([restored], [event], expected={claim.id: claim})
        return restored

    # -- plumbing -------------------------------------------------------------------------

    def _open(self, claim_id: str, doing: str, *, in_review: bool = False) -> Claim:
        """Load a claim that may still change: not locked in the final stage and, for
        `in_review` actions, not rejected or merged."""
        claim = self.claim(claim_id)
        stage = self.stage_of(claim)
        if self.workflow.is_final(stage.id):
            hint = "; change its verdict with `correct`" if claim.verdict else ""
            raise ReviewError(
                f"cannot {doing} claim {claim_id}: it is in the final stage {stage.id!r} "
                f"and locked{hint}"
            )
        if in_review and claim.triage in _OUT_OF_FLOW:
            raise ReviewError(
                f"cannot {doing} claim {claim_id}: it was {claim.triage} in triage; accept it first"
            )
        return claim

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
            before=_dump(before),
            after=_dump(after),
            detail=detail,
        )

    def _record(
        self, claim: Claim, action: str, changes: dict[str, Any], detail: str = ""
    ) -> Claim:
        """Apply `changes`, save the claim and its event together, return the new claim."""
        changed = claim.model_copy(deep=True)
        for field, value in changes.items():
            setattr(changed, field, value)  # validate_assignment checks each value
        if claim.stage is None:
            changed.stage = changes.get("stage", self.workflow.first_stage.id)
        event = self._event(claim, changed, action, detail)
        self.repository.save([changed], [event], expected={claim.id: claim})
        return changed


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
