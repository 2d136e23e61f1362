"""Journeys through the review service, on an in-memory repository, with each shipped workflow."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from fuzz_profiles import examples
from hypothesis import given, settings
from hypothesis import strategies as st
from roster_support import on_roster

from factcheck import audit
from factcheck.errors import ReviewError, UnknownClaimError
from factcheck.ingest import parse_article
from factcheck.models import Claim, Triage
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.workflow import Workflow
from factcheck.workflow.loader import load_workflow

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"
ARTICLE = (
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year. "
    "Bus fares doubled between 2019 and 2023."
)
BBC = "https://www.bbc.co.uk/news/economy-1"
BBC_AGAIN = "https://news.bbc.co.uk/2/economy-2"
ONS = "https://www.ons.gov.uk/employment/march"


@cache  # a Workflow is frozen; the property test below builds three desks per example
def workflow(name: str) -> Workflow:
    return load_workflow(WORKFLOWS / f"{name}.yaml")


def newsroom(name: str = "default") -> tuple[InMemoryRepository, list[Claim]]:
    repository = InMemoryRepository()
    article = parse_article(ARTICLE, "economy.txt")
    claims = split(article)
    repository.add_article(article, claims)
    return repository, claims


def desk(repository: InMemoryRepository, reviewer: str, name: str = "default") -> ReviewService:
    """A reviewer's service, the reviewer put on the roster as an editor."""
    on_roster(repository, workflow(name), reviewer)
    return ReviewService(repository, workflow(name), reviewer)


def accept_and_advance(service: ReviewService, claim_id: str) -> Claim:
    """Accept the claim in triage and move it on to the workflow's second stage."""
    service.accept(claim_id)
    return service.advance(claim_id)


def research_and_rate(service: ReviewService, claim_id: str) -> None:
    """A fact-checker's part of the default workflow: triage, two sources, a verdict."""
    accept_and_advance(service, claim_id)
    service.add_note(claim_id, url=BBC, stance="supports", quote="fell to 3.1%")
    service.add_note(claim_id, url=ONS, stance="supports", title="Labour market, March")
    service.advance(claim_id)
    service.set_verdict(claim_id, "mostly-true", rationale="3.1% is right; 1974 is close.")
    service.advance(claim_id)


def test_claim_goes_from_triage_to_published_with_two_reviewers() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    claim_id = claims[0].id
    assert ana.stage_of(ana.claim(claim_id)).id == "triage"
    research_and_rate(ana, claim_id)
    assert ana.claim(claim_id).stage == "sign-off"
    assert ana.missing(claim_id) == ["sign-off by 1 editor other than ana (has 0)"]
    ben.sign_off(claim_id)
    published = ben.advance(claim_id)
    assert published.stage == "published"
    assert published.verdict is not None and published.verdict.label == "mostly-true"
    assert [s.reviewer for s in published.sign_offs] == ["ben"]
    actions = [(e.actor, e.action) for e in ana.history(claim_id) if e.action != "ingest"]
    assert actions == [
        ("ana", "accept"), ("ana", "advance"), ("ana", "add note"), ("ana", "add note"),
        ("ana", "advance"), ("ana", "verdict"), ("ana", "advance"), ("ben", "sign off"),
        ("ben", "advance"),
    ]  # fmt: skip
    assert (ana.progress().published, ana.progress().total) == (1, len(claims))


def test_reviewer_cannot_sign_off_their_own_verdict_or_sign_twice() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    claim_id = claims[0].id
    research_and_rate(ana, claim_id)
    with pytest.raises(ReviewError, match=r"ana gave the verdict .* different reviewer"):
        ana.sign_off(claim_id)
    ben.sign_off(claim_id)
    with pytest.raises(ReviewError, match="ben has already signed off"):
        ben.sign_off(claim_id)
    assert [s.reviewer for s in ana.claim(claim_id).sign_offs] == ["ben"]


def test_two_pages_of_one_outlet_do_not_satisfy_the_two_sources_rule() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    accept_and_advance(ana, claim_id)
    ana.add_note(claim_id, url=BBC, stance="supports")
    ana.add_note(claim_id, url=BBC_AGAIN, stance="context")
    with pytest.raises(ReviewError) as refusal:
        ana.advance(claim_id)
    assert str(refusal.value) == (
        f"claim {claim_id} cannot leave stage 'research' yet; it still needs: "
        "sources from at least 2 distinct web domains (has 1: bbc.co.uk)"
    )
    assert ana.claim(claim_id).stage == "research"
    ana.add_note(claim_id, url=ONS, stance="supports")
    assert ana.advance(claim_id).stage == "verdict"


def test_advance_lists_everything_missing() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    accept_and_advance(ana, claim_id)
    with pytest.raises(ReviewError) as refusal:
        ana.advance(claim_id)
    message = str(refusal.value)
    assert "at least 2 evidence notes (has 0)" in message
    assert "sources from at least 2 distinct web domains (has 0)" in message
    assert "\n" not in message


def test_undo_restores_the_exact_previous_state_as_a_new_event() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    accept_and_advance(ana, claim_id)
    before_note = ana.claim(claim_id)
    ana.add_note(claim_id, url=BBC, stance="supports", quote="3.1%")
    restored = ana.undo(claim_id)
    assert restored.model_copy(update={"revision": 0}) == before_note.model_copy(
        update={"revision": 0}
    )
    assert restored.revision == before_note.revision + 2
    history = ana.history(claim_id)
    assert [e.action for e in history] == ["ingest", "accept", "advance", "add note", "undo"]
    assert history[-1].undoes == history[-2].id
    # undo again walks one step further back: the advance
    assert ana.undo(claim_id).stage == "triage"


def test_undo_last_walks_back_across_claims_in_reverse_order() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    first, second = claims[0].id, claims[1].id
    ben.assign(first, "ben")
    ana.accept(first)
    ana.reject(second, "Opinion")
    assert ana.undoable().action == "reject"
    assert ana.undo_last().id == second and ana.claim(second).triage == Triage.PENDING
    restored = ana.undo_last()
    assert (restored.id, restored.triage, restored.assignee) == (first, Triage.PENDING, "ben")
    assert ana.undoable() is None
    with pytest.raises(ReviewError, match=r"ana has nothing left to undo$"):
        ana.undo_last()


def test_undo_only_takes_back_your_own_action_and_keeps_later_work() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    claim_id = claims[0].id
    with pytest.raises(ReviewError, match="ben has nothing left to undo"):
        ben.undo(claim_id)
    research_and_rate(ana, claim_id)
    ben.sign_off(claim_id)
    with pytest.raises(ReviewError, match=r"changed after your 'advance' \(by ben\)"):
        ana.undo(claim_id)
    assert ana.claim(claim_id).sign_offs[0].reviewer == "ben"


def test_correction_is_refused_before_publication() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    with pytest.raises(ReviewError, match=r"cannot correct claim .* in stage 'triage'"):
        ana.correct(claims[0].id, "false", rationale="Wrong.", reason="oops")


def test_fever_workflow_needs_one_reviewer_and_one_note() -> None:
    repository, claims = newsroom("fever")
    solo = desk(repository, "solo", "fever")
    claim_id = claims[1].id
    accept_and_advance(solo, claim_id)
    with pytest.raises(ReviewError, match=r"1 evidence note.*a verdict"):
        solo.advance(claim_id)
    solo.add_note(claim_id, url="https://city.example.org/housing", stance="refutes")
    solo.set_verdict(claim_id, "refuted")
    assert solo.advance(claim_id).stage == "done"
    assert (solo.progress().decided, solo.progress().total) == (1, len(claims))


def test_panel_needs_three_distinct_sign_offs_and_a_conclusion() -> None:
    repository, claims = newsroom("panel")
    author = desk(repository, "author", "panel")
    claim_id = claims[2].id
    accept_and_advance(author, claim_id)
    author.add_note(claim_id, url="https://transit.example.com/fares", stance="supports")
    author.add_note(claim_id, url="https://archive.example.net/fares-2019", stance="supports")
    author.advance(claim_id)
    author.set_verdict(claim_id, "accurate", rationale="Fares went from 1.50 to 3.00.")
    with pytest.raises(ReviewError, match="one-sentence conclusion"):
        author.advance(claim_id)
    author.set_verdict(
        claim_id, "accurate", rationale="Fares went from 1.50 to 3.00.", conclusion="Correct."
    )
    author.advance(claim_id)
    for number, name in enumerate(["p1", "p2"], start=1):
        desk(repository, name, "panel").sign_off(claim_id)
        with pytest.raises(ReviewError, match=f"sign-off by 3 .*has {number}"):
            author.advance(claim_id)
    desk(repository, "p3", "panel").sign_off(claim_id)
    assert author.advance(claim_id).stage == "published"


def test_new_verdict_clears_sign_offs_given_to_the_old_one() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    claim_id = claims[0].id
    research_and_rate(ana, claim_id)
    ben.sign_off(claim_id)
    ana.send_back(claim_id, "verdict", reason="One more look")
    assert ana.set_verdict(claim_id, "true", rationale="Checked again.").sign_offs == []


def test_triage_reject_merge_edit_assign() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    first, second, third = (c.id for c in claims[:3])
    with pytest.raises(ReviewError, match="a reason to reject is required"):
        ana.reject(first, "  ")
    assert ana.reject(first, "Not checkable").triage == Triage.REJECTED
    with pytest.raises(ReviewError, match=r"cannot advance .*: it was rejected in triage"):
        ana.advance(first)
    merged = ana.merge(second, into=third)
    assert (merged.triage, merged.merged_into) == (Triage.MERGED, third)
    with pytest.raises(ReviewError, match="merged into itself"):
        ana.merge(third, into=third)
    with pytest.raises(ReviewError, match="rejected; merge into a claim under review"):
        ana.merge(third, into=first)
    assert ana.edit(third, "Bus fares doubled from 2019 to 2023.").text.startswith("Bus fares")
    desk(repository, "ben")
    assert ana.assign(third, "ben").assignee == "ben"
    assert ana.assign(third, None).assignee is None
    assert (ana.progress().decided, ana.progress().total) == (2, len(claims))


def test_evidence_notes_can_be_edited_and_removed() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    accept_and_advance(ana, claim_id)
    ana.add_note(claim_id, url=BBC, stance="supports")
    ana.add_note(claim_id, url=ONS, stance="context")
    edited = ana.edit_note(claim_id, "n2", stance="refutes", quote="3.4 percent")
    assert (edited.evidence[1].stance, edited.evidence[1].quote) == ("refutes", "3.4 percent")
    assert [n.id for n in ana.remove_note(claim_id, "n1").evidence] == ["n2"]
    assert ana.add_note(claim_id, url=BBC, stance="supports").evidence[-1].id == "n3"
    with pytest.raises(ReviewError, match="no evidence note 'n9'"):
        ana.remove_note(claim_id, "n9")
    with pytest.raises(ReviewError, match="no field colour"):
        ana.edit_note(claim_id, "n2", colour="red")


@pytest.mark.parametrize(
    "url", ["bbc.co.uk/news", "ftp://example.com/x", "https://", "javascript:alert(1)", ""]
)
def test_evidence_url_must_be_a_web_address(url: str) -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    accept_and_advance(ana, claims[0].id)
    events = repository.list_events()
    with pytest.raises(ReviewError, match="is not a web address"):
        ana.add_note(claims[0].id, url=url, stance="supports")
    assert ana.claim(claims[0].id).evidence == []
    assert repository.list_events() == events


def test_unknown_things_are_named_in_the_refusal() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    with pytest.raises(UnknownClaimError, match="no claim with id 'nope'"):
        ana.accept("nope")
    accept_and_advance(ana, claims[0].id)
    with pytest.raises(ReviewError, match="unknown stance 'agrees'"):
        ana.add_note(claims[0].id, url=BBC, stance="agrees")
    with pytest.raises(ReviewError, match="no stage 'drafting'"):
        ana.send_back(claims[0].id, "drafting", reason="x")
    with pytest.raises(ReviewError, match="only be sent back to an earlier stage"):
        ana.send_back(claims[0].id, "verdict", reason="x")
    assert ana.send_back(claims[0].id, "triage", reason="Re-check scope").stage == "triage"
    assert ana.history(claims[0].id)[-1].detail == "research -> triage: Re-check scope"
    accept_and_advance(ana, claims[1].id)
    ana.add_note(claims[1].id, url=BBC, stance="supports")
    ana.add_note(claims[1].id, url=ONS, stance="supports")
    ana.advance(claims[1].id)
    with pytest.raises(ReviewError, match="unknown verdict 'maybe'; the scale has true, "):
        ana.set_verdict(claims[1].id, "maybe")


def test_workflow_lacking_a_stored_stage_is_refused_by_name() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    research_and_rate(ana, claims[0].id)
    with pytest.raises(ReviewError, match=r"has no stage 'sign-off'.*stages are triage, verdict"):
        desk(repository, "ana", "fever")


def test_workflow_lacking_a_stored_verdict_is_refused_by_name() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    accept_and_advance(ana, claims[0].id)
    ana.add_note(claims[0].id, url=BBC, stance="supports")
    ana.add_note(claims[0].id, url=ONS, stance="supports")
    ana.advance(claims[0].id)
    ana.set_verdict(claims[0].id, "pants-on-fire")
    ana.send_back(claims[0].id, "triage", reason="FEVER desk takes over")
    with pytest.raises(ReviewError, match=r"has no verdict 'pants-on-fire'.*supported, refuted"):
        desk(repository, "ana", "fever")


def test_status_counts_claims_per_stage_and_outcome() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    research_and_rate(ana, claims[0].id)
    ana.reject(claims[1].id, "Opinion")
    status = ana.status_counts()
    assert status.columns[-3:] == ["no verdict", "rejected", "merged"]
    assert status.counts[("sign-off", "mostly-true")] == 1
    assert status.counts[("triage", "rejected")] == 1
    assert sum(status.total(s.id) for s in status.stages) == len(claims)


REVIEWERS = ("ana", "ben", "cy")
ACTIONS = st.sampled_from(
    ["accept", "reject", "merge", "edit", "assign", "note", "note_same_outlet", "edit_note",
     "remove_note", "verdict", "advance", "back", "sign_off", "correct", "undo"]
)  # fmt: skip


def act(service: ReviewService, action: str, claim_id: str, other_id: str, pick: int) -> None:
    """One reviewer action with arguments derived from `pick`, some of them bound to fail."""
    labels = [*service.workflow.scale.ids, "nonsense"]
    stages = [*service.workflow.stage_ids, "nowhere"]
    match action:
        case "accept":
            service.accept(claim_id)
        case "reject":
            service.reject(claim_id, "" if pick % 4 == 0 else "Not checkable")
        case "merge":
            service.merge(claim_id, other_id if pick % 3 else claim_id)
        case "edit":
            service.edit(claim_id, f"Reworded claim {pick % 3}")
        case "assign":
            service.assign(claim_id, REVIEWERS[pick % 3] if pick % 4 else None)
        case "note" | "note_same_outlet":
            domain = "bbc.co.uk" if action == "note_same_outlet" else f"outlet{pick % 4}.org"
            url = f"https://news.{domain}/{pick}" if pick % 5 else "not a url"
            service.add_note(claim_id, url=url, stance=("supports", "refutes", "context")[pick % 3])
        case "edit_note":
            service.edit_note(claim_id, f"n{pick % 3 + 1}", quote=f"quote {pick}")
        case "remove_note":
            service.remove_note(claim_id, f"n{pick % 3 + 1}")
        case "verdict":
            service.set_verdict(claim_id, labels[pick % len(labels)], rationale="Because.")
        case "advance":
            service.advance(claim_id)
        case "back":
            service.send_back(claim_id, stages[pick % len(stages)], "Look again")
        case "sign_off":
            service.sign_off(claim_id)
        case "correct":
            service.correct(claim_id, labels[pick % len(labels)], f"Why {pick}", "New evidence")
        case "undo":
            service.undo(claim_id)


@settings(max_examples=examples(150), deadline=None)
@given(
    name=st.sampled_from(["default", "fever", "panel"]),
    steps=st.lists(
        st.tuples(st.sampled_from(REVIEWERS), ACTIONS, st.integers(0, 2), st.integers(0, 60)),
        max_size=40,
    ),
)
@pytest.mark.slow
def test_any_sequence_of_actions_keeps_the_desk_consistent(
    name: str, steps: list[tuple[str, str, int, int]]
) -> None:
    """Each action either records exactly one event and the claim it produced, or is refused
    in one line with nothing changed; claims never leave the workflow's stages."""
    repository, claims = newsroom(name)
    desks = {reviewer: desk(repository, reviewer, name) for reviewer in REVIEWERS}
    ids = [c.id for c in claims[:3]]
    for reviewer, action, which, pick in steps:
        service = desks[reviewer]
        claim_id, other_id = ids[which], ids[(which + 1) % 3]
        claims_before, events_before = repository.list_claims(), repository.list_events()
        try:
            act(service, action, claim_id, other_id, pick)
        except ReviewError as refusal:
            assert "\n" not in str(refusal)
            assert repository.list_claims() == claims_before
            assert repository.list_events() == events_before
            continue
        events = repository.list_events()
        assert len(events) == len(events_before) + 1
        assert events[-1].actor == reviewer and events[-1].claim_id == claim_id
        claims_now = {c.id: c for c in repository.list_claims()}
        assert audit.check_claims(claims_now, events) is None
        for claim in repository.list_claims():
            stage = service.stage_of(claim)
            if claim.verdict and not service.workflow.is_final(stage.id):
                assert claim.verdict.reviewer not in {s.reviewer for s in claim.sign_offs}


def test_two_sites_on_one_shared_host_are_two_sources_but_two_pages_of_one_outlet_are_one() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    outlet, sites = claims[0].id, claims[1].id
    for claim_id, first, second in (
        (outlet, BBC, BBC_AGAIN),
        (sites, "https://ana.github.io/audit", "https://ben.github.io/fares"),
    ):
        accept_and_advance(ana, claim_id)
        ana.add_note(claim_id, url=first, stance="supports")
        ana.add_note(claim_id, url=second, stance="supports")
    with pytest.raises(ReviewError, match=r"distinct web domains \(has 1: bbc\.co\.uk\)"):
        ana.advance(outlet)
    assert ana.advance(sites).stage == "verdict"
