"""The workflow a store keeps: every version of it, and changing it (`factcheck workflow use`).

A store keeps its workflow as numbered versions (`WorkflowVersion`: the file's whole text, its
digest, who set it and when, what changed). Each version is also an audit event (`workflow
use`, no claim) holding the same text and digest in the hash chain, so `store check` finds a
stored version edited by hand (`version_problem`). Versions are never removed: a verdict
records the version it was given under, and reports show its label from there.

Changing the workflow (`WorkflowKeeper.propose`, then `adopt`):
- only a reviewer with the current workflow's senior role (editor) changes it, and someone
  on the roster must hold the new workflow's senior role afterwards;
- claims in stages, and unpublished verdicts, the new workflow lacks must be mapped
  (`factcheck.workflow.migration`); each moved claim gets a `migrate` event;
- the new version, the moved claims and every event are one save: all or nothing.

A store that never kept a workflow runs on the settings' file (today's behaviour) and
records nothing by itself: reviewing never changes the workflow. The first `workflow use`
on a store that holds claims first keeps the workflow they were reviewed under (the
settings' file) as version 1, so verdicts given before versions existed (version None,
read as version 1) keep their labels.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from factcheck import audit
from factcheck.errors import ReviewError, WorkflowError
from factcheck.models import Claim, Event, Verdict, WorkflowVersion, utc_now
from factcheck.repository import Repository
from factcheck.roster import RosterKeeper
from factcheck.workflow import VerdictOption, VerdictScale, Workflow
from factcheck.workflow.changes import describe_changes
from factcheck.workflow.loader import parse_workflow
from factcheck.workflow.migration import (
    MIGRATE_ACTION,
    WORKFLOW_ACTION,
    MigrationPlan,
    Move,
    plan_migration,
)


def text_digest(text: str) -> str:
    """SHA-256 of a workflow file's text (UTF-8), as versions and `workflow history` show it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def workflow_of(version: WorkflowVersion) -> Workflow:
    """The stored version as a `Workflow` marked with its number."""
    source = f"the store's workflow version {version.version}"
    return parse_workflow(version.text, source).as_version(version.version)


@dataclass(frozen=True)
class WorkflowFile:
    """A workflow file's text and what it validated to (the loader's `Workflow`)."""

    text: str
    workflow: Workflow

    @property
    def digest(self) -> str:
        return text_digest(self.text)


class VersionedLabels:
    """Verdict labels as they were when given: a verdict's option comes from the workflow
    version it records (None: the first version), then from the current workflow, then
    from the newest earlier version that had its id. So a retired or relabelled verdict
    reads as it was published.

    Versions are parsed only when a verdict needs one (and then once), so a long history
    costs nothing to a store whose verdicts all come from the current version."""

    def __init__(
        self,
        current: Workflow,
        versions: Mapping[int, WorkflowVersion | Workflow] | None = None,
    ) -> None:
        self.current = current
        self._kept = dict(versions or {})
        self._parsed: dict[int, Workflow] = {}

    def _workflow(self, number: int) -> Workflow:
        if number == self.current.version:
            return self.current
        if number not in self._parsed:
            kept = self._kept[number]
            self._parsed[number] = kept if isinstance(kept, Workflow) else workflow_of(kept)
        return self._parsed[number]

    def _in_order(self, version: int | None) -> Iterator[Workflow]:
        wanted = version if version is not None else min(self._kept, default=None)
        if wanted in self._kept:
            yield self._workflow(wanted)
        yield self.current
        for number in sorted(self._kept, reverse=True):
            yield self._workflow(number)

    def scale(self, verdict_id: str, version: int | None = None) -> VerdictScale | None:
        """The scale the verdict id is read from (its best and worst ratings frame it)."""
        return next(
            (wf.scale for wf in self._in_order(version) if wf.scale.option(verdict_id)), None
        )

    def option(self, verdict_id: str, version: int | None = None) -> VerdictOption | None:
        scale = self.scale(verdict_id, version)
        return scale.option(verdict_id) if scale else None

    def of(self, verdict: Verdict) -> VerdictOption | None:
        return self.option(verdict.label, verdict.workflow_version)

    def had(self, verdict_id: str) -> bool:
        """Whether any version the store kept has the verdict id (published claims may keep
        an id a later scale dropped)."""
        return any(self._workflow(n).scale.option(verdict_id) for n in self._kept)


def versioned_labels(repository: Repository, current: Workflow) -> VersionedLabels:
    return VersionedLabels(current, {v.version: v for v in repository.workflow_versions()})


@dataclass(frozen=True)
class WorkflowProposal:
    """What `workflow use` would do: the versions to keep (the previous workflow first, when
    the store never kept one), the claims to move, the changes in words, and warnings."""

    new: Workflow
    versions: list[WorkflowVersion]
    plan: MigrationPlan
    changes: list[str]
    warnings: list[str]

    @property
    def unchanged(self) -> bool:
        """The file is already the store's workflow: nothing to keep or move."""
        return not self.versions

    @property
    def version(self) -> int | None:
        return self.versions[-1].version if self.versions else self.new.version


class WorkflowKeeper:
    """Reading and changing the workflow one repository keeps, as one reviewer."""

    def __init__(
        self,
        repository: Repository,
        actor: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.repository = repository
        self.actor = actor
        self.clock = clock

    def versions(self) -> list[WorkflowVersion]:
        return self.repository.workflow_versions()

    def propose(
        self,
        new_file: WorkflowFile,
        source: str,
        current_file: WorkflowFile,
        stage_map: Mapping[str, str] | None = None,
        verdict_map: Mapping[str, str] | None = None,
    ) -> WorkflowProposal:
        """Plan the change to `new_file` from the store's workflow (or, when the store kept
        none, `current_file`: the one it ran on). Saves nothing (`--dry-run` shows this)."""
        kept = self.versions()
        current = current_file.workflow
        if kept and kept[-1].digest == new_file.digest:
            return WorkflowProposal(current, [], MigrationPlan(), [], [])
        claims = self.repository.list_claims()
        to_keep: list[WorkflowVersion] = []
        if not kept and claims and current_file.digest != new_file.digest:
            to_keep.append(self._version(1, current_file, current.source, ["first kept version"]))
        number = len(kept) + len(to_keep) + 1
        changes = describe_changes(current, new_file.workflow) if kept or to_keep else []
        to_keep.append(self._version(number, new_file, source, changes or ["first kept version"]))
        new = new_file.workflow.as_version(number, source)
        plan = plan_migration(claims, current, new, number, stage_map, verdict_map)
        return WorkflowProposal(new, to_keep, plan, changes, self._roster_warnings(new))

    def adopt(self, proposal: WorkflowProposal, current: Workflow) -> None:
        """Save the proposal as one change: refused (nothing saved) while claims are left
        unmapped, or when the actor is not the current workflow's senior role."""
        if proposal.plan.blocked:
            raise WorkflowError(proposal.plan.refusal(proposal.new))
        if proposal.unchanged:
            return
        me = RosterKeeper(self.repository, current, self.actor, self.clock).member()
        if current.senior_role not in me.roles:
            raise ReviewError(
                f"only a reviewer with role {current.senior_role} changes the desk's "
                f"workflow; {me.name} has {', '.join(me.roles) or 'no role'}"
            )
        self._check_someone_keeps_roster(proposal.new)
        events = [self._version_event(v) for v in proposal.versions]
        originals = proposal.plan.originals
        moved = [claim for claim, _ in proposal.plan.moved.values()]
        for claim, moves in proposal.plan.moved.values():
            events.append(self._migrate_event(originals[claim.id], claim, proposal, moves))
        self.repository.save_workflow(proposal.versions, moved, events, expected=originals)

    def _version(
        self, number: int, file: WorkflowFile, source: str, changes: list[str]
    ) -> WorkflowVersion:
        return WorkflowVersion(
            version=number,
            name=file.workflow.name,
            text=file.text,
            digest=file.digest,
            source=source,
            set_by=self.actor,
            at=self.clock(),
            changes=changes,
        )

    def _version_event(self, version: WorkflowVersion) -> Event:
        return Event(
            id=uuid.uuid4().hex,
            claim_id="",
            at=version.at,
            actor=self.actor,
            action=WORKFLOW_ACTION,
            after={"version": version.version, "digest": version.digest, "text": version.text},
            detail=f"version {version.version}: {version.name} ({version.source})",
        )

    def _migrate_event(
        self, before: Claim, after: Claim, proposal: WorkflowProposal, moves: list[Move]
    ) -> Event:
        return Event(
            id=uuid.uuid4().hex,
            claim_id=before.id,
            at=self.clock(),
            actor=self.actor,
            action=MIGRATE_ACTION,
            changes=audit.diff(before.model_dump(mode="json"), after.model_dump(mode="json")),
            detail=f"workflow version {proposal.version}: "
            + "; ".join(f"{m.what} {m.before} → {m.after}" for m in moves),
        )

    def _roster_warnings(self, new: Workflow) -> list[str]:
        warnings = []
        for reviewer in self.repository.list_reviewers():
            lost = [role for role in reviewer.roles if role not in new.role_ids]
            if lost:
                warnings.append(
                    f"{reviewer.name} holds role {', '.join(lost)}, which workflow "
                    f"{new.name!r} lacks: it stops counting (`reviewer remove`, then "
                    "`reviewer add` with the new roles)"
                )
        return warnings

    def _check_someone_keeps_roster(self, new: Workflow) -> None:
        reviewers = self.repository.list_reviewers()
        if reviewers and not any(new.senior_role in r.roles for r in reviewers):
            raise WorkflowError(
                f"nobody on the roster holds role {new.senior_role!r}, the senior role of "
                f"workflow {new.name!r}: nobody could keep the roster or change the workflow "
                "again; give the file's last role to someone who holds the senior role now"
            )


def version_problem(versions: list[WorkflowVersion], events: list[Event]) -> audit.Problem | None:
    """The first stored workflow version that is not what its `workflow use` event
    recorded (text, digest or number), or a version without an event."""
    recorded = [e for e in events if e.action == WORKFLOW_ACTION and not e.claim_id]
    if len(recorded) != len(versions):
        return audit.Problem(
            "workflow versions",
            f"the store keeps {len(versions)} but the audit log records {len(recorded)}",
        )
    for version, event in zip(versions, recorded, strict=True):
        after = event.after or {}
        where = f"workflow version {version.version}"
        if (
            after.get("version") != version.version
            or after.get("text") != version.text
            or after.get("digest") != version.digest
            or text_digest(version.text) != version.digest
        ):
            return audit.Problem(where, "differs from what its audit event recorded")
    return None
