"""Changing a desk's workflow, on the in-memory repository: what changed in words, where
the maps move claims, publication staying one-way, a change saved all or nothing, and
verdicts read with the label of the version they were given under."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import ClaimChangedError, ReviewError, WorkflowChangedError, WorkflowError
from factcheck.ingest import parse_article
from factcheck.integrity import verify_record
from factcheck.models import Claim, Verdict
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.roster import RosterKeeper
from factcheck.workflow.changes import describe_changes
from factcheck.workflow.loader import parse_workflow
from factcheck.workflow.migration import parse_maps, plan_migration
from factcheck.workflow_record import (
    VersionedLabels,
    WorkflowFile,
    WorkflowKeeper,
    workflow_of,
)

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"
DEFAULT_TEXT = (WORKFLOWS / "default.yaml").read_text(encoding="utf-8")
ARTICLE = (
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year."
)


def workflow_file(text: str, source: str = "desk.yaml") -> WorkflowFile:
    return WorkflowFile(text, parse_workflow(text, source))


DEFAULT = workflow_file(DEFAULT_TEXT, "default.yaml")
RENAMED = workflow_file(DEFAULT_TEXT.replace("id: research\n", "id: investigation\n"))


def newsroom(
    repository: InMemoryRepository | None = None,
) -> tuple[InMemoryRepository, list[str]]:
    """One article's claims; ana is the editor (first to act), cy a reporter."""
    repository = repository if repository is not None else InMemoryRepository()
    article = parse_article(ARTICLE, "economy.txt")
    claims = [
        Claim(
            id=f"{article.id}-{n:03d}",
            article_id=article.id,
            text=text,
            extracted_text=text,
            sentence_index=n - 1,
            span=(0, len(text)),
        )
        for n, text in enumerate(ARTICLE.split(". "), start=1)
    ]
    repository.add_article(article, claims)
    roster = RosterKeeper(repository, DEFAULT.workflow, "ana")
    roster.member()
    roster.add("cy", roles=["reporter"])
    return repository, [c.id for c in claims]


def to_research(repository: InMemoryRepository, claim_id: str) -> None:
    service = ReviewService(repository, DEFAULT.workflow, "ana")
    service.accept(claim_id)
    service.advance(claim_id)


def test_describe_changes_names_stages_requirements_actions_roles_and_scale() -> None:
    text = (
        DEFAULT_TEXT.replace("id: research\n", "id: investigation\n")
        .replace("      evidence_notes: 2\n", "      evidence_notes: 3\n")
        .replace("allows: [sign_off, send_back]", "allows: [sign_off]")
        .replace('color: "#e53935"', 'color: "#ff0000"')
        .replace("label: Misleading", "label: Missing context")
    )
    changes = describe_changes(DEFAULT.workflow, parse_workflow(text))
    assert "stage 'investigation' (Research) added after 'triage'" in changes
    assert "stage 'research' (Research) removed" in changes
    assert "stage 'sign-off' no longer allows send_back" in changes
    assert "verdict 'false': color #e53935 → #ff0000" in changes
    assert "verdict 'misleading': label 'Misleading' → 'Missing context'" in changes
    assert describe_changes(DEFAULT.workflow, DEFAULT.workflow) == []


def test_publication_stays_one_way_when_mapping_stages() -> None:
    repository, _ = newsroom()
    claims = repository.list_claims()
    fewer = parse_workflow(DEFAULT_TEXT.replace("id: sign-off\n", "id: editing\n"))
    with pytest.raises(WorkflowError, match="publication is one-way"):
        plan_migration(claims, DEFAULT.workflow, fewer, 2, {"sign-off": "published"})
    with pytest.raises(WorkflowError, match="still has stage 'triage'"):
        plan_migration(claims, DEFAULT.workflow, fewer, 2, {"triage": "editing"})
    with pytest.raises(WorkflowError, match="has no stage 'legal'"):
        plan_migration(claims, DEFAULT.workflow, fewer, 2, {"sign-off": "legal"})
    with pytest.raises(WorkflowError, match="write OLD=NEW"):
        parse_maps(["research"], "stage")


def test_a_workflow_change_is_saved_all_or_nothing() -> None:
    repository, ids = newsroom()
    to_research(repository, ids[0])
    keeper = WorkflowKeeper(repository, "ana")
    proposal = keeper.propose(RENAMED, "desk.yaml", DEFAULT, {"research": "investigation"})
    # Someone acts on the claim between the plan and the save: nothing of the change lands.
    ReviewService(repository, DEFAULT.workflow, "ana").edit(ids[0], "Unemployment fell.")
    events = len(repository.list_events())
    with pytest.raises(ClaimChangedError):
        keeper.adopt(proposal, DEFAULT.workflow)
    assert repository.workflow_versions() == []
    assert len(repository.list_events()) == events
    assert repository.get_claim(ids[0]).stage == "research"


def test_two_editors_changing_the_workflow_at_once_keep_one_version() -> None:
    repository, _ = newsroom()
    keeper = WorkflowKeeper(repository, "ana")
    first = keeper.propose(RENAMED, "desk.yaml", DEFAULT)
    second = keeper.propose(RENAMED, "desk.yaml", DEFAULT)
    keeper.adopt(first, DEFAULT.workflow)
    with pytest.raises(WorkflowChangedError, match="now at version 2"):
        keeper.adopt(second, DEFAULT.workflow)
    assert [v.version for v in repository.workflow_versions()] == [1, 2]
    assert verify_record(repository).ok


def test_a_reporter_cannot_change_the_workflow_and_nobody_can_undo_a_migration() -> None:
    repository, ids = newsroom()
    to_research(repository, ids[0])
    with pytest.raises(ReviewError, match="only a reviewer with role editor"):
        cy = WorkflowKeeper(repository, "cy")
        mapped = cy.propose(RENAMED, "desk.yaml", DEFAULT, {"research": "investigation"})
        cy.adopt(mapped, DEFAULT.workflow)
    ana = WorkflowKeeper(repository, "ana")
    ana.adopt(
        ana.propose(RENAMED, "desk.yaml", DEFAULT, {"research": "investigation"}),
        DEFAULT.workflow,
    )
    renamed = workflow_of(repository.workflow_versions()[-1])
    service = ReviewService(repository, renamed, "ana")
    assert service.undoable(ids[0]).action == "advance"  # never the migration itself
    # Taking the advance back now would land in a stage the workflow no longer has.
    with pytest.raises(ReviewError, match="changed after your 'advance'"):
        service.undo(ids[0])
    assert repository.get_claim(ids[0]).stage == "investigation"


def test_a_verdict_reads_with_the_label_of_its_version() -> None:
    relabelled = workflow_file(DEFAULT_TEXT.replace('label: "False"', "label: Not true"))
    versions = {1: DEFAULT.workflow.as_version(1), 2: relabelled.workflow.as_version(2)}
    labels = VersionedLabels(relabelled.workflow.as_version(2), versions)
    given_before_versions = Verdict(label="false", reviewer="ana")
    given_under_two = Verdict(label="false", reviewer="ana", workflow_version=2)
    assert labels.of(given_before_versions).label == "False"
    assert labels.of(given_under_two).label == "Not true"
    assert "workflow_version" not in given_before_versions.model_dump(mode="json")


def test_a_desk_opened_before_a_workflow_change_acts_no_more() -> None:
    repository, ids = newsroom()
    open_before = ReviewService(repository, DEFAULT.workflow, "ana")
    keeper = WorkflowKeeper(repository, "ana")
    keeper.adopt(keeper.propose(RENAMED, "desk.yaml", DEFAULT), DEFAULT.workflow)
    with pytest.raises(WorkflowChangedError, match=r"workflow changed .* version 2"):
        open_before.accept(ids[0])
    assert repository.get_claim(ids[0]).triage == "pending"
    reopened = ReviewService(repository, workflow_of(repository.workflow_versions()[-1]), "ana")
    assert reopened.accept(ids[0]).triage == "accepted"


def test_a_workflow_whose_senior_role_nobody_holds_is_refused() -> None:
    repository, _ = newsroom()
    chief = workflow_file(
        DEFAULT_TEXT.replace("role: editor", "role: chief").replace("id: editor", "id: chief")
    )
    keeper = WorkflowKeeper(repository, "ana")
    proposal = keeper.propose(chief, "chief.yaml", DEFAULT)
    assert any("ana holds role editor" in warning for warning in proposal.warnings)
    with pytest.raises(WorkflowError, match="nobody on the roster holds role 'chief'"):
        keeper.adopt(proposal, DEFAULT.workflow)
    assert repository.workflow_versions() == []


class ChangedDuringSave(InMemoryRepository):
    """Runs `meanwhile` once, just before the next claim save: a workflow change landing
    between an action's checks and its save."""

    meanwhile = None

    def save(self, claims=(), events=(), **options) -> None:  # type: ignore[no-untyped-def]
        if self.meanwhile is not None:
            step, self.meanwhile = self.meanwhile, None
            step()
        super().save(claims, events, **options)


def test_an_action_racing_a_workflow_change_saves_nothing() -> None:
    repository, ids = newsroom(ChangedDuringSave())
    claim_id = ids[0]
    service = ReviewService(repository, DEFAULT.workflow, "ana")
    keeper = WorkflowKeeper(repository, "ana")
    repository.meanwhile = lambda: keeper.adopt(
        keeper.propose(RENAMED, "desk.yaml", DEFAULT), DEFAULT.workflow
    )
    with pytest.raises(WorkflowChangedError):
        service.accept(claim_id)
    assert repository.get_claim(claim_id).triage == "pending"
    assert len(repository.workflow_versions()) == 2  # the change itself went through
