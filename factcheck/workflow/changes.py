"""What changed between two workflows, in a desk editor's words (`factcheck workflow diff`,
and the summary `workflow history` keeps with each version).

Stages and verdicts are matched by id: a renamed id reads as one removed and one added,
which is what it is for the claims that carry it (they must be mapped, see
`factcheck.workflow.migration`). Every difference that changes what reviewers may do or
what readers see is named; wording of comments is not part of a workflow and is not compared.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.workflow.model import Stage, VerdictOption, Workflow


def describe_changes(old: Workflow, new: Workflow) -> list[str]:
    """One sentence per change from `old` to `new`; empty when they work the same."""
    return [
        *_named_changes(old, new),
        *_stage_changes(old, new),
        *_scale_changes(old, new),
        *_role_changes(old, new),
    ]


def _named_changes(old: Workflow, new: Workflow) -> Iterator[str]:
    if old.name != new.name:
        yield f"renamed from {old.name!r} to {new.name!r}"


def _stage_changes(old: Workflow, new: Workflow) -> Iterator[str]:
    old_ids, new_ids = old.stage_ids, new.stage_ids
    for index, stage in enumerate(new.stages):
        if stage.id not in old_ids:
            where = f"after {new_ids[index - 1]!r}" if index else "first"
            yield f"stage {stage.id!r} ({stage.title}) added {where}"
    for stage in old.stages:
        if stage.id not in new_ids:
            yield f"stage {stage.id!r} ({stage.title}) removed"
    kept_old = [s for s in old_ids if s in new_ids]
    kept_new = [s for s in new_ids if s in old_ids]
    if kept_old != kept_new:
        yield f"stages reordered: {' → '.join(kept_new)} (was {' → '.join(kept_old)})"
    if old.final_stage != new.final_stage:
        yield f"final stage is now {new.final_stage!r} (was {old.final_stage!r})"
    for stage in new.stages:
        before = old.stage(stage.id)
        if before is not None:
            yield from _one_stage_changes(old, before, new, stage)


def _one_stage_changes(old: Workflow, before: Stage, new: Workflow, after: Stage) -> Iterator[str]:
    name = f"stage {after.id!r}"
    if before.title != after.title:
        yield f"{name}: title {before.title!r} → {after.title!r}"
    if before.description != after.description:
        yield f"{name}: description changed"
    was, now = before.requires.describe(), after.requires.describe()
    if was != now:
        added = [need for need in now if need not in was]
        dropped = [need for need in was if need not in now]
        if added:
            yield f"{name} now requires {'; '.join(added)}"
        if dropped:
            yield f"{name} no longer requires {'; '.join(dropped)}"
    allowed_before, allowed_now = old.allowed(before), new.allowed(after)
    gained = [a for a in allowed_now if a not in allowed_before]
    lost = [a for a in allowed_before if a not in allowed_now]
    if gained:
        yield f"{name} now allows {', '.join(gained)}"
    if lost:
        yield f"{name} no longer allows {', '.join(lost)}"


def _scale_changes(old: Workflow, new: Workflow) -> Iterator[str]:
    old_ids, new_ids = old.scale.ids, new.scale.ids
    for option in new.scale.verdicts:
        if option.id not in old_ids:
            yield f"verdict {option.id!r} ({option.label}, rating {option.rating}) added"
    for option in old.scale.verdicts:
        if option.id not in new_ids:
            yield f"verdict {option.id!r} ({option.label}) removed"
    kept_old = [v for v in old_ids if v in new_ids]
    kept_new = [v for v in new_ids if v in old_ids]
    if kept_old != kept_new:
        yield f"verdicts reordered: {', '.join(kept_new)} (was {', '.join(kept_old)})"
    for option in new.scale.verdicts:
        before = old.scale.option(option.id)
        if before is not None:
            yield from _one_verdict_changes(before, option)
    if old.scale.conclusion_required != new.scale.conclusion_required:
        now = "required" if new.scale.conclusion_required else "optional"
        yield f"a one-sentence conclusion with every verdict is now {now}"


def _one_verdict_changes(before: VerdictOption, after: VerdictOption) -> Iterator[str]:
    name = f"verdict {after.id!r}"
    if before.label != after.label:
        yield f"{name}: label {before.label!r} → {after.label!r}"
    for field in ("rating", "color"):
        was, now = getattr(before, field), getattr(after, field)
        if was != now:
            yield f"{name}: {field} {was} → {now}"
    if before.description != after.description:
        yield f"{name}: description changed"


def _role_changes(old: Workflow, new: Workflow) -> Iterator[str]:
    old_roles, new_roles = old.role_ids, new.role_ids
    added = [r for r in new_roles if r not in old_roles]
    removed = [r for r in old_roles if r not in new_roles]
    if added:
        yield f"roles added: {', '.join(added)}"
    if removed:
        yield f"roles removed: {', '.join(removed)}"
    if old.senior_role != new.senior_role:
        yield f"the senior role (keeps the roster) is now {new.senior_role} (was {old.senior_role})"
    if old.publication.role != new.publication.role:
        who = new.publication.role or "any reviewer"
        yield f"publishing is now for {who} (was {old.publication.role or 'any reviewer'})"
    was, now = old.corrections.describe(), new.corrections.describe()
    if was != now:
        yield (
            f"corrections now need: {'; '.join(now) or 'nothing'} "
            f"(was {'; '.join(was) or 'nothing'})"
        )
    if old.corrections.role != new.corrections.role:
        who = new.corrections.role or "any reviewer"
        yield f"corrections may now be proposed by {who}"
