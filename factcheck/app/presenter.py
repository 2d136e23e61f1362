"""The claim presenter: one plain view of a claim, as a reviewer reads it, for every shell.

`present_claim` works out, once, what each shell shows of a claim: its stage and place in the
workflow, what it still needs to move on, the verdict's label on the scale, who signed it off,
each evidence note's source domain. `ClaimView.lines()` is the terminal text of
`factcheck claim show`; the desk's claim pane styles the same fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from factcheck.models import Article, Claim, EvidenceNote
from factcheck.splitter.sentences import sentence_spans
from factcheck.workflow import Stage, Workflow, independent_sign_offs, source_domain
from factcheck.workflow_record import VersionedLabels


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class NoteView:
    note: EvidenceNote
    domain: str


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    stage: Stage
    stage_number: int  # 1-based place of `stage` in the workflow
    stage_count: int
    is_final: bool
    missing: list[str]
    next_stage: Stage | None
    verdict_label: str  # the scale's label for the verdict, "" without one
    signed_off_by: list[str]  # distinct reviewers other than the verdict's own
    notes: list[NoteView]

    @property
    def triage(self) -> str:
        claim = self.claim
        text = f"{claim.triage}" + (f" ({claim.triage_reason})" if claim.triage_reason else "")
        return text + (f" into {claim.merged_into}" if claim.merged_into else "")

    def lines(self) -> list[str]:
        """The claim as a reviewer reads it in a terminal (`factcheck claim show`)."""
        claim, stage = self.claim, self.stage
        lines = [
            f"claim     {claim.id} (revision {claim.revision})",
            f"stage     {stage.id} ({stage.title})",
            f"triage    {self.triage}",
            f"assigned  {claim.assignee or '-'}",
            f"text      {claim.text}",
            f"speaker   {claim.speaker or '-'}",
            f"kind      {claim.kind}, check-worthiness {claim.checkworthiness:.2f} ({claim.band})",
        ]
        if claim.sentence and claim.sentence != claim.text:
            lines.append(f"sentence  {claim.sentence}")
        if claim.verdict:
            verdict = claim.verdict
            lines.append(
                f"verdict   {self.verdict_label} [{verdict.label}] by {verdict.reviewer}, "
                f"{when(verdict.at)}"
            )
            if verdict.rationale:
                lines.append(f"rationale {verdict.rationale}")
            if verdict.conclusion:
                lines.append(f"conclusion {verdict.conclusion}")
            if verdict.public_wording:
                lines.append(f"published as {verdict.public_wording}")
        else:
            lines.append("verdict   -")
        if claim.sign_offs:
            signed = ", ".join(f"{s.reviewer} ({when(s.at)})" for s in claim.sign_offs)
            lines.append(f"sign-offs {signed}")
        lines.append(f"evidence  {len(claim.evidence)} note(s)")
        for note in claim.evidence:
            lines.append(f"  {note.id}  {note.stance:<8}  {note.url}  (by {note.added_by})")
            if note.title:
                lines.append(f"      {note.title}")
            if note.quote:
                lines.append(f"      “{note.quote}”")
            if note.note:
                lines.append(f"      note: {note.note}")
        for fix in claim.corrections:
            lines.append(
                f"corrected {when(fix.published_at or fix.at)} by {fix.reviewer}: "
                f"{fix.previous_label} -> {fix.new_label}: {fix.reason}"
            )
            if fix.previous_verdict is not None and fix.previous_verdict.rationale:
                lines.append(f"  was     {fix.previous_verdict.rationale}")
            if fix.previous_sign_offs:
                was_signed = ", ".join(s.reviewer for s in fix.previous_sign_offs)
                lines.append(f"  signed  {was_signed} (the superseded verdict)")
        pending = claim.pending_correction
        if pending is not None and pending.verdict is not None:
            signed = ", ".join(s.reviewer for s in pending.sign_offs) or "nobody yet"
            lines.append(
                f"pending   correction by {pending.reviewer}: {pending.previous_label} -> "
                f"{pending.new_label}: {pending.reason} (signed off by {signed})"
            )
            lines.append(f"  new     {pending.verdict.rationale}")
            for note in pending.evidence:
                lines.append(f"  {note.id}  {note.stance:<8}  {note.url}  (with the correction)")
        if self.is_final and self.missing:
            lines.append("the correction still needs:")
            lines.extend(f"  - {item}" for item in self.missing)
        elif self.is_final and pending is not None:
            lines.append("ready     to publish the correction (claim advance)")
        elif self.is_final:
            lines.append(
                "final     published; it changes only by a reviewed correction (claim correct)"
            )
        elif self.missing:
            lines.append(f"to leave {stage.id} it still needs:")
            lines.extend(f"  - {item}" for item in self.missing)
        else:
            following = self.next_stage.id if self.next_stage else "-"
            lines.append(f"ready     to advance to {following}")
        return lines


def verdict_label(workflow: Workflow, verdict_id: str) -> str:
    """The scale's label for a verdict id (the id itself when the scale lacks it)."""
    option = workflow.scale.option(verdict_id)
    return option.label if option else verdict_id


def present_claim(
    claim: Claim, workflow: Workflow, labels: VersionedLabels | None = None
) -> ClaimView:
    """`labels`: the store's workflow versions, so a verdict shows the label it was given
    under (without them, the workflow's label)."""
    stage = workflow.stage_of(claim)
    label = ""
    if claim.verdict is not None:
        option = labels.of(claim.verdict) if labels else workflow.scale.option(claim.verdict.label)
        label = option.label if option else claim.verdict.label
    return ClaimView(
        claim=claim,
        stage=stage,
        stage_number=workflow.stage_index(stage.id) + 1,
        stage_count=len(workflow.stages),
        is_final=workflow.is_final(stage.id),
        missing=workflow.missing(claim),
        next_stage=workflow.next_stage(stage.id),
        verdict_label=label,
        signed_off_by=independent_sign_offs(claim),
        notes=[NoteView(note, source_domain(note.url)) for note in claim.evidence],
    )


@dataclass(frozen=True)
class SourcePassage:
    """The claim's span in its article with one sentence either side, each part on one line."""

    before: str
    claim: str
    after: str


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(text))


def folded(text: str) -> str:
    """Line and paragraph breaks as single spaces: context reads as one passage."""
    return re.sub(r"\s*\n\s*", " ", text)


def reads_as_in_source(claim: Claim, article: Article) -> bool:
    """The claim's text is still the words of its span (not reworded by a reviewer)."""
    return folded(article.text[claim.span[0] : claim.span[1]]) == folded(claim.text)


def source_passage(article: Article, span: tuple[int, int]) -> SourcePassage:
    """The sentence(s) the span lies in, with one sentence either side."""
    spans = _sentences(article.text)
    start, end = span
    inside = [i for i, (s, e) in enumerate(spans) if s < max(end, start + 1) and e > start]
    if not inside:
        first, last = 0, -1
    else:
        first, last = max(0, inside[0] - 1), min(len(spans) - 1, inside[-1] + 1)
    if last < first:
        lo, hi = max(0, start - 200), min(len(article.text), end + 200)
    else:
        lo, hi = spans[first][0], spans[last][1]
    lo, hi = min(lo, start), max(hi, end)
    text = article.text
    return SourcePassage(folded(text[lo:start]), folded(text[start:end]), folded(text[end:hi]))
