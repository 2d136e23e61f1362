"""A desk's conversation and inboxes: comments are audited events, sign-offs and send-backs
may carry one, reports for the desk show them, and each reviewer's inboxes hold their work."""

from __future__ import annotations

from test_review import desk, newsroom, research_and_rate, workflow

from factcheck.app import Desk, Inbox, Inboxes
from factcheck.errors import ReviewError
from factcheck.integrity import verify_record
from factcheck.report import build_report, render
from factcheck.workflow_record import versioned_labels


def test_a_comment_is_an_audited_event_that_leaves_the_claim_as_it_was() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    before = ana.claim(claim_id)
    ana.comment(claim_id, "The 1974 figure needs the ONS series, not the press release.")
    assert ana.claim(claim_id) == before, "a comment changes nothing in the claim"
    [comment] = ana.comments(claim_id)
    assert (comment.actor, comment.detail) == (
        "ana",
        "The 1974 figure needs the ONS series, not the press release.",
    )
    assert verify_record(repository).ok, "the hash chain and every claim still check out"
    ana.accept(claim_id, revision=before.revision)  # another reviewer's form is not made stale


def test_an_empty_comment_is_refused_and_a_comment_is_not_undone() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    try:
        ana.comment(claim_id, "   ")
    except ReviewError as error:
        assert "the comment's text is required" in str(error)
    else:
        raise AssertionError("an empty comment was saved")
    ana.accept(claim_id)
    ana.comment(claim_id, "Worth it: the rate moves markets.")
    undone = ana.undo_last()
    assert undone.triage == "pending", "undo takes back the accept, not the comment"
    assert [c.detail for c in ana.comments(claim_id)] == ["Worth it: the rate moves markets."]


def test_sign_off_and_send_back_carry_a_comment_into_the_conversation() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    claim_id = claims[0].id
    research_and_rate(ana, claim_id)
    ben.send_back(claim_id, "verdict", "rationale too thin", comment="Cite the ONS table.")
    ana.advance(claim_id)
    ben.sign_off(claim_id, comment="Now it holds.")
    actions = [(e.actor, e.action, e.detail) for e in ben.history(claim_id)][-5:]
    assert actions == [
        ("ben", "send back", "sign-off -> verdict: rationale too thin"),
        ("ben", "comment", "Cite the ONS table."),
        ("ana", "advance", "verdict -> sign-off"),
        ("ben", "sign off", ""),
        ("ben", "comment", "Now it holds."),
    ]
    assert verify_record(repository).ok


def test_the_desk_report_shows_comments_and_the_public_page_does_not() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    claim_id = claims[0].id
    ana.comment(claim_id, "Check <the> ONS series & the 1974 low.")
    flow = workflow("default")
    report = build_report(
        repository, flow, include_unreviewed=True, labels=versioned_labels(repository, flow)
    )
    markdown = render(report, "md", audience="desk")
    assert "- Comments:\n  - ana, " in markdown and r"Check \<the\> ONS series \& the" in markdown
    page = render(report, "html", audience="desk")
    assert "Check &lt;the&gt; ONS series &amp; the 1974 low." in page
    public = render(report, "html", audience="public")
    assert "ONS series" not in public


def test_each_reviewer_sees_their_own_inboxes_with_counts() -> None:
    repository, claims = newsroom()
    ana, ben = desk(repository, "ana"), desk(repository, "ben")
    first, second = claims[0].id, claims[1].id
    research_and_rate(ana, first)  # waits for an editor other than ana
    ana.assign(second, "ben")
    flow = workflow("default")
    stored = repository.list_claims()
    bens = Desk(repository, flow, "ben").inboxes()
    anas = Desk(repository, flow, "ana").inboxes()
    assert bens.counts(stored)[Inbox.MINE] == 1
    assert [c.id for c in stored if bens.holds(Inbox.SIGN_OFF, c)] == [first]
    assert anas.counts(stored)[Inbox.SIGN_OFF] == 0, "nobody signs off their own verdict"
    assert bens.counts(stored)[Inbox.ALL] == len(stored)
    ben.sign_off(first)
    assert not bens.holds(Inbox.SIGN_OFF, repository.get_claim(first)), "signed: done"


def test_a_sign_off_role_keeps_claims_out_of_inboxes_of_reviewers_without_it() -> None:
    repository, claims = newsroom()
    ana = desk(repository, "ana")
    research_and_rate(ana, claims[0].id)
    flow = workflow("default")
    role = flow.stage("sign-off").requires.sign_off_role
    claim = repository.get_claim(claims[0].id)
    assert Inboxes(flow, "cara", frozenset({role} if role else ())).awaits_my_sign_off(claim)
    if role:
        assert not Inboxes(flow, "cara", frozenset()).awaits_my_sign_off(claim)


def test_needs_context_inbox_holds_claims_the_splitter_flagged() -> None:
    _, claims = newsroom()
    flow = workflow("default")
    flagged = claims[2].model_copy(update={"needs_context": True})
    inboxes = Inboxes(flow, "ana")
    assert inboxes.holds(Inbox.CONTEXT, flagged)
    assert not inboxes.holds(Inbox.CONTEXT, claims[2].model_copy(update={"needs_context": False}))
