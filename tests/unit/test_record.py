"""The published record a desk can trust (issue 11), on the in-memory repository: publication
is one-way, corrections are reviewed, reviewers are known, stale actions are refused, the
audit log holds changes and replays to every claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzz_profiles import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import audit
from factcheck.errors import ReviewError, StaleClaimError, WorkflowError
from factcheck.ingest import parse_article
from factcheck.integrity import verify_record
from factcheck.models import Claim, Triage
from factcheck.names import canonical_key, check_name
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.roster import RosterKeeper, display_names
from factcheck.splitter import split
from factcheck.workflow.loader import load_workflow, parse_workflow

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"
DEFAULT = load_workflow(WORKFLOWS / "default.yaml")
ARTICLE = (
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year. "
    "Bus fares doubled between 2019 and 2023."
)
BBC = "https://www.bbc.co.uk/news/economy-1"
ONS = "https://www.ons.gov.uk/employment/march"


def newsroom() -> tuple[InMemoryRepository, list[str]]:
    """A store with one article, ana as its editor (the first to act) and bob, an editor,
    and cy, a reporter, added by her."""
    repository = InMemoryRepository()
    article = parse_article(ARTICLE, "economy.txt")
    claims = split(article)
    repository.add_article(article, claims)
    keeper = RosterKeeper(repository, DEFAULT, "ana")
    keeper.member()
    keeper.add("bob", display="Bob Reyes", roles=["editor"])
    keeper.add("cy", roles=["reporter"])
    return repository, [c.id for c in claims]


def desk(repository: InMemoryRepository, reviewer: str) -> ReviewService:
    return ReviewService(repository, DEFAULT, reviewer)


def rate(service: ReviewService, claim_id: str, label: str = "true") -> Claim:
    """Triage, two sources and a verdict with a rationale: the claim waits for sign-off."""
    service.accept(claim_id)
    service.advance(claim_id)
    service.add_note(claim_id, url=BBC, stance="supports")
    service.add_note(claim_id, url=ONS, stance="supports")
    service.advance(claim_id)
    service.set_verdict(claim_id, label, rationale="The ONS series shows 3.1%.", conclusion="Yes.")
    return service.advance(claim_id)


def publish(author: ReviewService, editor: ReviewService, claim_id: str) -> Claim:
    rate(author, claim_id)
    editor.sign_off(claim_id)
    return editor.advance(claim_id)


# -- publication is a one-way door ----------------------------------------------------------


def test_undo_never_takes_back_a_publication() -> None:
    repository, (first, second, *_) = newsroom()
    ana, bob = desk(repository, "ana"), desk(repository, "bob")
    publish(ana, bob, second)
    publish(ana, bob, first)
    bob.correct(first, "mostly-true", rationale="1974 is close, not exact.", reason="Date off")
    assert bob.undo_last().pending_correction is None
    with pytest.raises(ReviewError, match=r"published it, and publication is final"):
        bob.undo_last()
    assert bob.claim(first).stage == "published"
    assert bob.claim(second).stage == "published"


def test_a_published_claim_takes_no_verdict_evidence_or_send_back() -> None:
    repository, (claim_id, *_) = newsroom()
    ana, bob = desk(repository, "ana"), desk(repository, "bob")
    publish(ana, bob, claim_id)
    with pytest.raises(ReviewError, match=r"stage 'published'.*only by a correction"):
        ana.set_verdict(claim_id, "false", rationale="x")
    with pytest.raises(ReviewError, match=r"evidence on a published claim goes with a correction"):
        ana.add_note(claim_id, url=BBC, stance="refutes")
    with pytest.raises(ReviewError, match=r"stage 'published'.*only by a correction"):
        ana.send_back(claim_id, "verdict", reason="oops")
    assert desk(repository, "ana").refusal(ana.claim(claim_id), "evidence") is not None


# -- corrections are reviewed and keep what they replace -------------------------------------


def test_correction_is_pending_until_an_editor_signs_it_off_and_publishes_it() -> None:
    repository, (claim_id, *_) = newsroom()
    ana, bob, cy = desk(repository, "ana"), desk(repository, "bob"), desk(repository, "cy")
    published = publish(ana, bob, claim_id)
    with pytest.raises(ReviewError, match="a rationale for the corrected verdict is required"):
        ana.correct(claim_id, "mostly-true", rationale="", reason="Date off")
    with pytest.raises(ReviewError, match="the rationale is the published one"):
        ana.correct(claim_id, "mostly-true", rationale="The ONS series shows 3.1%.", reason="x")
    pending = ana.correct(
        claim_id, "mostly-true", rationale="3.1% holds; 1974 was 3.0%.", reason="Date off"
    )
    # Until published, the record (what reports show) is unchanged, marked pending.
    assert pending.verdict == published.verdict and pending.sign_offs == published.sign_offs
    assert pending.pending_correction is not None
    assert pending.pending_correction.verdict.rationale == "3.1% holds; 1974 was 3.0%."
    cy.add_note(claim_id, url="https://stats.example.org/1974", stance="refutes")
    with pytest.raises(ReviewError, match=r"cannot be published yet.*sign-off of the correction"):
        ana.advance(claim_id)
    with pytest.raises(ReviewError, match="ana proposed the correction"):
        ana.sign_off(claim_id)
    with pytest.raises(ReviewError, match="only a reviewer with role editor may sign off"):
        cy.sign_off(claim_id)
    bob.sign_off(claim_id)
    corrected = bob.advance(claim_id)
    assert corrected.pending_correction is None
    assert corrected.verdict.label == "mostly-true"
    assert corrected.verdict.rationale == "3.1% holds; 1974 was 3.0%."
    assert corrected.verdict.conclusion == ""
    assert [s.reviewer for s in corrected.sign_offs] == ["bob"]
    assert [n.url for n in corrected.evidence][-1] == "https://stats.example.org/1974"
    (record,) = corrected.corrections
    assert record.previous_verdict == published.verdict
    assert [s.reviewer for s in record.previous_sign_offs] == ["bob"]
    assert (record.previous_label, record.new_label, record.reason) == (
        "true",
        "mostly-true",
        "Date off",
    )
    assert record.published_at is not None


# -- known reviewers ------------------------------------------------------------------------


@pytest.mark.parametrize("alias", ["Ana", "ANA", "\u0430na", "ana.", " ana "])
def test_a_look_alike_name_is_the_same_reviewer(alias: str) -> None:
    repository, (claim_id, *_) = newsroom()
    rate(desk(repository, "ana"), claim_id)
    impostor = desk(repository, alias)
    assert impostor.reviewer == "ana"
    with pytest.raises(ReviewError, match="ana gave the verdict"):
        impostor.sign_off(claim_id)


def test_someone_not_on_the_roster_is_refused_with_how_to_be_added() -> None:
    repository, (claim_id, *_) = newsroom()
    with pytest.raises(ReviewError, match=r"dan is not on this desk's roster.*reviewer add dan"):
        desk(repository, "dan").accept(claim_id)
    with pytest.raises(ReviewError, match="already on the roster as 'ana'"):
        RosterKeeper(repository, DEFAULT, "bob").add("\u0410NA")
    with pytest.raises(ReviewError, match="only a reviewer with role editor changes the roster"):
        RosterKeeper(repository, DEFAULT, "cy").add("dan")
    with pytest.raises(ReviewError, match="unknown role 'boss'"):
        RosterKeeper(repository, DEFAULT, "ana").add("dan", roles=["boss"])


@pytest.mark.parametrize("name", ["ana\nbob", "ana\x1b[31m", "an\u200ba", "\u2028", "  "])
def test_names_with_control_or_invisible_characters_are_refused(name: str) -> None:
    with pytest.raises(ReviewError):
        check_name(name)
    repository, _ = newsroom()
    with pytest.raises(ReviewError):
        desk(repository, name)


def test_the_first_reviewer_of_an_empty_store_becomes_its_editor() -> None:
    repository = InMemoryRepository()
    article = parse_article(ARTICLE, "economy.txt")
    repository.add_article(article, split(article))
    first = repository.list_claims()[0].id
    desk(repository, "root").accept(first)
    (root,) = repository.list_reviewers()
    assert (root.name, root.roles) == ("root", ["editor"])
    RosterKeeper(repository, DEFAULT, "root").add("Ana", display="Ana Costa", roles=["reporter"])
    assert display_names(repository) == {"root": "root", "Ana": "Ana Costa"}
    assert canonical_key("Ana Costa") == canonical_key("ana costa")


def test_publication_and_sign_off_need_the_workflow_role() -> None:
    repository, (claim_id, *_) = newsroom()
    cy, bob = desk(repository, "cy"), desk(repository, "bob")
    rate(bob, claim_id)
    with pytest.raises(ReviewError, match="only a reviewer with role editor may sign off"):
        cy.sign_off(claim_id)
    desk(repository, "ana").sign_off(claim_id)
    with pytest.raises(ReviewError, match="only a reviewer with role editor may publish"):
        cy.advance(claim_id)


def test_removing_a_reviewer_keeps_the_last_editor() -> None:
    repository, _ = newsroom()
    ana = RosterKeeper(repository, DEFAULT, "ana")
    assert ana.remove("CY").name == "cy"
    ana.remove("bob")
    with pytest.raises(ReviewError, match="the roster's only editor"):
        ana.remove("ana")
    assert [e.action for e in repository.list_events() if not e.claim_id][-2:] == [
        "reviewer remove",
        "reviewer remove",
    ]


# -- the workflow's order is enforced -------------------------------------------------------


def test_a_verdict_on_a_claim_pending_triage_is_refused_naming_the_stage() -> None:
    repository, (claim_id, *_) = newsroom()
    ana = desk(repository, "ana")
    with pytest.raises(ReviewError) as refusal:
        ana.set_verdict(claim_id, "false")
    assert str(refusal.value) == (
        f"cannot give a verdict to claim {claim_id} in stage 'triage' (Triage), which allows: "
        "accept, reject, merge, edit; advance it to stage 'verdict' first"
    )


def test_a_claim_in_research_with_a_verdict_cannot_be_rejected() -> None:
    repository, (claim_id, *_) = newsroom()
    ana = desk(repository, "ana")
    rate(ana, claim_id)
    ana.send_back(claim_id, "research", reason="One more source")
    refusal = r"cannot reject .* stage 'research'.*send it back to stage 'triage'"
    with pytest.raises(ReviewError, match=refusal):
        ana.reject(claim_id, "Not checkable")
    assert ana.claim(claim_id).triage == Triage.ACCEPTED


# -- no stale overwrites --------------------------------------------------------------------


def test_an_action_on_a_stale_revision_names_who_changed_the_claim() -> None:
    repository, (claim_id, *_) = newsroom()
    root_saw = desk(repository, "ana").claim(claim_id)
    desk(repository, "bob").reject(claim_id, "Opinion")
    with pytest.raises(StaleClaimError, match=r"changed by bob at .* \(reject\)") as refusal:
        desk(repository, "ana").accept(claim_id, revision=root_saw.revision)
    assert refusal.value.revision == root_saw.revision + 1
    assert desk(repository, "ana").claim(claim_id).triage == Triage.REJECTED


# -- the header's counts --------------------------------------------------------------------


def test_progress_counts_published_and_proposed_apart() -> None:
    repository, (first, second, third, *_) = newsroom()
    ana, bob = desk(repository, "ana"), desk(repository, "bob")
    publish(ana, bob, first)
    rate(ana, second)
    ana.reject(third, "Opinion")
    progress = ana.progress()
    assert (progress.published, progress.proposed, progress.decided) == (1, 1, 2)
    assert progress.total == len(repository.list_claims())


# -- events hold changes; undo is exact -----------------------------------------------------


def test_a_note_event_stays_small_however_many_notes_the_claim_has() -> None:
    repository, (claim_id, *_) = newsroom()
    ana = desk(repository, "ana")
    ana.accept(claim_id)
    ana.advance(claim_id)
    sizes = []
    for number in range(200):
        ana.add_note(claim_id, url=f"https://outlet{number}.example.org/a", stance="supports")
        sizes.append(len(json.dumps(repository.list_events()[-1].model_dump(mode="json"))))
    assert sizes[-1] < sizes[0] + 50
    assert verify_record(repository).ok


ACTIONS = ["accept", "reject", "edit", "note", "edit_note", "remove_note", "verdict", "advance"]


def act(service: ReviewService, action: str, claim_id: str, pick: int) -> None:
    match action:
        case "accept":
            service.accept(claim_id)
        case "reject":
            service.reject(claim_id, f"Reason {pick}")
        case "edit":
            service.edit(claim_id, f"Reworded {pick}")
        case "note":
            service.add_note(claim_id, url=f"https://o{pick}.example.org/", stance="supports")
        case "edit_note":
            service.edit_note(claim_id, f"n{pick % 3 + 1}", quote=f"quote {pick}")
        case "remove_note":
            service.remove_note(claim_id, f"n{pick % 3 + 1}")
        case "verdict":
            label = DEFAULT.scale.ids[pick % len(DEFAULT.scale.ids)]
            service.set_verdict(claim_id, label, rationale=f"Because {pick}")
        case "advance":
            service.advance(claim_id)


def without_revision(claim: Claim) -> dict:
    return claim.model_dump(mode="json", exclude={"revision"})


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 9)), max_size=25))
def test_undoing_each_action_restores_every_earlier_state(steps: list[tuple[str, int]]) -> None:
    repository, (claim_id, *_) = newsroom()
    ana = desk(repository, "ana")
    states = [without_revision(ana.claim(claim_id))]
    for action, pick in steps:
        try:
            act(ana, action, claim_id, pick)
        except ReviewError:
            continue
        states.append(without_revision(ana.claim(claim_id)))
    while len(states) > 1:
        states.pop()
        assert without_revision(ana.undo(claim_id)) == states[-1]
    assert verify_record(repository).ok
    history = repository.list_events(claim_id)
    assert audit.check_claims({claim_id: ana.claim(claim_id)}, history) is None


# -- the workflow file's new sections ---------------------------------------------------


def test_workflow_file_names_bad_actions_roles_and_a_final_stage_that_is_not_locked() -> None:
    text = (WORKFLOWS / "default.yaml").read_text(encoding="utf-8")
    text = text.replace("allows: [accept, reject, merge, edit]", "allows: [accept, rate]")
    text = text.replace("    allows: [correct]", "    allows: [correct, verdict]")
    text = text.replace("sign_off_role: editor     # only", "sign_off_role: boss     # only")
    with pytest.raises(WorkflowError) as problems:
        parse_workflow(text, "desk.yaml")
    lines = str(problems.value).splitlines()
    assert any("stages[0].allows[1]: unknown action 'rate'" in line for line in lines)
    assert any("it allows only correct, not verdict" in line for line in lines)
    assert any("corrections.sign_off_role: unknown role 'boss'" in line for line in lines)
    assert all(line.startswith("desk.yaml:") for line in lines)
