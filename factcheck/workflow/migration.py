"""Moving stored claims onto a new workflow: which claims a change strands, and where the
desk editor's maps (`--map research=investigation`, `--map-verdict pants-on-fire=false`)
move them.

`plan_migration(claims, old, new, ...)` decides everything and changes nothing; the caller
saves the moved claims (with one audit event each) or, on a dry run, only prints the plan.

The rules, and why:
- A claim whose stage the new workflow lacks must be mapped to one of its stages; a map
  entry for a stage the new workflow still has, or to a stage it lacks, is refused as a
  typing mistake.
- Publication stays one-way in both directions: the old final stage maps only to the new
  final stage, and nothing else maps into it (that would publish claims nobody signed off).
- A verdict id the new scale lacks must be mapped, except on a published claim: a published
  verdict keeps the id it was published under, and reports show it with that version's
  label (`Verdict.workflow_version`), so a retired label never silently relabels what
  readers saw. A pending correction is not yet published and is mapped like any verdict.
- A mapped verdict records the new version; its sign-offs stay (the desk editor decided the
  relabelling, and the audit event says so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from factcheck.errors import WorkflowError
from factcheck.models import Claim, Verdict
from factcheck.workflow.model import Workflow

# The audit actions of a workflow change: the version kept (no claim), each claim moved.
WORKFLOW_ACTION = "workflow use"
MIGRATE_ACTION = "migrate"


@dataclass(frozen=True)
class Move:
    """One claim moved: `what` is `stage`, `verdict` or `correction` (a pending correction's
    verdict)."""

    claim_id: str
    what: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"claim {self.claim_id}: {self.what} {self.before} → {self.after}"


@dataclass(frozen=True)
class MigrationPlan:
    """What adopting the new workflow does to the stored claims.

    `moved` holds each changed claim (revision moved on) with its moves, `originals` the
    same claims as they were read; `unplaced` and
    `unreadable` count the claims in stages and with verdicts the new workflow lacks and no
    map moves (the change is refused while any remain); `kept_published` counts published
    verdicts that keep a retired id."""

    moved: dict[str, tuple[Claim, list[Move]]] = field(default_factory=dict)
    # The moved claims as read: the save refuses if any changed since (nothing is lost).
    originals: dict[str, Claim] = field(default_factory=dict)
    unplaced: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)
    kept_published: dict[str, int] = field(default_factory=dict)

    @property
    def moves(self) -> list[Move]:
        return [move for _, moves in self.moved.values() for move in moves]

    @property
    def blocked(self) -> bool:
        return bool(self.unplaced or self.unreadable)

    def refusal(self, workflow: Workflow) -> str:
        """Why the change is refused, with the maps that would let it through."""
        parts = []
        if self.unplaced:
            held = ", ".join(f"{s!r} ({_claims(n)})" for s, n in sorted(self.unplaced.items()))
            example = next(iter(sorted(self.unplaced)))
            parts.append(
                f"workflow {workflow.name!r} has no stage {held}; move them with "
                f"--map {example}=STAGE (its stages: {', '.join(workflow.stage_ids)})"
            )
        if self.unreadable:
            held = ", ".join(f"{v!r} ({_claims(n)})" for v, n in sorted(self.unreadable.items()))
            example = next(iter(sorted(self.unreadable)))
            parts.append(
                f"workflow {workflow.name!r} has no verdict {held} on unpublished claims; "
                f"move them with --map-verdict {example}=VERDICT "
                f"(its verdicts: {', '.join(workflow.scale.ids)})"
            )
        return "; ".join(parts)


def _claims(count: int) -> str:
    return f"{count} claim" + ("" if count == 1 else "s")


def parse_maps(entries: Iterable[str], what: str) -> dict[str, str]:
    """`["research=investigation"]` -> `{"research": "investigation"}`; a malformed or
    repeated entry raises `WorkflowError` naming it."""
    maps: dict[str, str] = {}
    for entry in entries:
        old, sep, new = (part.strip() for part in entry.partition("="))
        if not sep or not old or not new:
            raise WorkflowError(
                f"--map{'-verdict' if what == 'verdict' else ''} {entry!r}: "
                f"write OLD=NEW, e.g. research=investigation"
            )
        if old in maps and maps[old] != new:
            raise WorkflowError(f"{what} {old!r} is mapped twice ({maps[old]}, {new})")
        maps[old] = new
    return maps


def plan_migration(
    claims: Iterable[Claim],
    old: Workflow,
    new: Workflow,
    version: int,
    stage_map: Mapping[str, str] | None = None,
    verdict_map: Mapping[str, str] | None = None,
) -> MigrationPlan:
    """Where each stored claim goes under `new` (to be version `version`); `WorkflowError`
    for a map entry that cannot be right."""
    stage_map, verdict_map = dict(stage_map or {}), dict(verdict_map or {})
    _check_stage_map(stage_map, old, new)
    _check_verdict_map(verdict_map, new)
    plan = MigrationPlan()
    unplaced: Counter[str] = Counter()
    unreadable: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for claim in claims:
        moves: list[Move] = []
        changed = claim.model_copy(deep=True)
        published = claim.stage is not None and old.is_final(claim.stage)
        if claim.stage is not None and new.stage(claim.stage) is None:
            if claim.stage in stage_map:
                changed.stage = stage_map[claim.stage]
                moves.append(Move(claim.id, "stage", claim.stage, changed.stage))
            else:
                unplaced[claim.stage] += 1
        verdict = claim.verdict
        if verdict is not None and new.scale.option(verdict.label) is None:
            if published:
                kept[verdict.label] += 1
            elif verdict.label in verdict_map:
                changed.verdict = _relabelled(verdict, verdict_map[verdict.label], version)
                moves.append(Move(claim.id, "verdict", verdict.label, changed.verdict.label))
            else:
                unreadable[verdict.label] += 1
        pending = claim.pending_correction
        if pending is not None and new.scale.option(pending.new_label) is None:
            if pending.new_label in verdict_map:
                label = verdict_map[pending.new_label]
                changed.pending_correction = pending.model_copy(
                    update={
                        "new_label": label,
                        "verdict": _relabelled(pending.verdict, label, version)
                        if pending.verdict
                        else None,
                    }
                )
                moves.append(Move(claim.id, "correction", pending.new_label, label))
            else:
                unreadable[pending.new_label] += 1
        if moves:
            changed.revision = claim.revision + 1
            plan.moved[claim.id] = (changed, moves)
            plan.originals[claim.id] = claim
    plan.unplaced.update(unplaced)
    plan.unreadable.update(unreadable)
    plan.kept_published.update(kept)
    return plan


def _relabelled(verdict: Verdict, label: str, version: int) -> Verdict:
    return verdict.model_copy(update={"label": label, "workflow_version": version})


def _check_stage_map(stage_map: Mapping[str, str], old: Workflow, new: Workflow) -> None:
    for source, target in stage_map.items():
        if new.stage(source) is not None:
            raise WorkflowError(
                f"--map {source}={target}: workflow {new.name!r} still has stage {source!r}; "
                "map only the stages it lacks"
            )
        if new.stage(target) is None:
            raise WorkflowError(
                f"--map {source}={target}: workflow {new.name!r} has no stage {target!r} "
                f"(its stages: {', '.join(new.stage_ids)})"
            )
        if old.is_final(source) != new.is_final(target):
            raise WorkflowError(
                f"--map {source}={target}: publication is one-way, so the published stage "
                f"({old.final_stage!r}) maps only to the new final stage ({new.final_stage!r}) "
                "and nothing else maps into it"
            )


def _check_verdict_map(verdict_map: Mapping[str, str], new: Workflow) -> None:
    for source, target in verdict_map.items():
        if new.scale.option(source) is not None:
            raise WorkflowError(
                f"--map-verdict {source}={target}: workflow {new.name!r} still has verdict "
                f"{source!r}; map only the verdicts it lacks"
            )
        if new.scale.option(target) is None:
            raise WorkflowError(
                f"--map-verdict {source}={target}: workflow {new.name!r} has no verdict "
                f"{target!r} (its verdicts: {', '.join(new.scale.ids)})"
            )
