"""Fast triage: the cursor moves on after a decision, marked claims are decided together,
the workflow's canned reasons come first, and the merge picker searches and ranks."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList
from tui_support import open_desk, seeded_repository

from factcheck.models import Triage
from factcheck.tui.queue import ClaimQueue

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)


async def test_after_accept_the_cursor_moves_to_the_next_pending_claim() -> None:
    repository = seeded_repository()
    ids = [c.id for c in repository.list_claims()]
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("a", "a", "a")
        await pilot.pause()
        assert [repository.get_claim(i).triage for i in ids[:4]] == [Triage.ACCEPTED] * 3 + [
            Triage.PENDING
        ]
        assert queue.claim_id == ids[3]
        await pilot.press("end", "a")  # nothing pending below the last: on from the top
        await pilot.pause()
        assert repository.get_claim(ids[-1]).triage == Triage.ACCEPTED
        assert queue.claim_id == ids[3]


async def test_space_marks_claims_and_reject_acts_on_all_marked_with_a_canned_reason() -> None:
    repository = seeded_repository()
    ids = [c.id for c in repository.list_claims()]
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("space", "j", "space", "space")
        assert queue.marked_ids == [ids[0], ids[2], ids[3]]
        assert "✓" in queue.row_text(ids[0])[:3]
        events_before = len(repository.list_events())
        await pilot.press("x")
        await pilot.pause()
        reasons = app.screen.query_one("#dialog-choices", OptionList)
        assert str(reasons.get_option_at_index(0).prompt) == "opinion, not checkable"
        await pilot.press("enter")
        await pilot.pause()
        rejected = [repository.get_claim(i) for i in (ids[0], ids[2], ids[3])]
        assert {(c.triage, c.triage_reason) for c in rejected} == {
            (Triage.REJECTED, "opinion, not checkable")
        }
        assert repository.get_claim(ids[1]).triage == Triage.PENDING
        assert len(repository.list_events()) == events_before + 3, "one audit event each"
        assert queue.marked_ids == []


async def test_a_reviewer_may_write_their_own_reject_reason() -> None:
    repository = seeded_repository()
    first = repository.list_claims()[0].id
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("end", "enter")  # "write my own reason…"
        field = app.screen.query_one("#dialog-text", Input)
        field.value = "quotes a poem"
        await pilot.press("enter")
        await pilot.pause()
        assert repository.get_claim(first).triage_reason == "quotes a poem"


async def test_the_merge_picker_ranks_alike_claims_first_and_searches_by_typing() -> None:
    repository = seeded_repository()
    claims = repository.list_claims()
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        picker = app.screen.query_one("#dialog-choices", OptionList)
        assert picker.option_count == len(claims) - 1
        last_words = " ".join(claims[-1].text.split()[-3:])
        app.screen.query_one("#dialog-search", Input).value = last_words
        await pilot.pause()
        assert 1 <= picker.option_count < len(claims) - 1
        assert last_words in str(picker.get_option_at_index(0).prompt), "shown whole"
        await pilot.press("enter")
        await pilot.pause()
        merged = repository.get_claim(claims[0].id)
        assert merged.triage == Triage.MERGED
        assert last_words in repository.get_claim(merged.merged_into).text
