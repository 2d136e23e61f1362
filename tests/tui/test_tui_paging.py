"""A large store's queue holds only a window of rows around the cursor: the desk opens on the
first window, reads others as the cursor jumps or the query changes, and counts with the
store; nothing the reviewer does meanwhile (moving, marking) or another reviewer saves is
lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_live import other_reviewer, wait_until
from tui_support import open_desk

from factcheck.app import claim_window
from factcheck.models import Article, Claim, ClaimKind, claim_id_for
from factcheck.store import Store
from factcheck.tui.desk_header import DeskHeader
from factcheck.tui.queue import ClaimQueue, QueueOrder

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)
CLAIMS = 3 * claim_window.SIZE  # several windows


def big_store(path: Path) -> Path:
    """One article of `CLAIMS` one-sentence claims, their check-worthiness spread over 0-0.99."""
    sentences = [f"Minister {i} said unemployment fell to {i % 9} percent." for i in range(CLAIMS)]
    article = Article(id="a1", title="Economy report", source="test", text=" ".join(sentences))
    first = sentences[0]
    template = Claim(
        id="", article_id=article.id, text=first, extracted_text=first, sentence_index=0,
        span=(0, len(first)), sentence=first, kind=ClaimKind.QUANTITY,
    )  # fmt: skip
    starts = [sum(len(s) + 1 for s in sentences[:i]) for i in range(CLAIMS)]
    claims = [
        template.model_copy(
            update={
                "id": claim_id_for(article.id, i + 1),
                "text": sentence,
                "extracted_text": sentence,
                "sentence": sentence,
                "sentence_index": i,
                "span": (starts[i], starts[i] + len(sentence)),
                "checkworthiness": (i * 37 % 100) / 100,
            }
        )
        for i, sentence in enumerate(sentences)
    ]
    Store(path).add_article(article, claims)
    return path


def header(app) -> str:
    return app.screen.query_one(DeskHeader).plain


async def settled(pilot, app, row: int) -> ClaimQueue:
    """Wait until the queue holds the claim on `row`."""
    queue = app.screen.query_one(ClaimQueue)
    await wait_until(pilot, lambda: queue.window.claim_at(row) is not None, seconds=5)
    return queue


async def test_the_queue_holds_a_window_and_counts_every_claim(tmp_path: Path) -> None:
    app = open_desk(Store(big_store(tmp_path / "factcheck.json")), "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await wait_until(pilot, lambda: "counting" not in header(app), seconds=5)
        assert queue.row_count == CLAIMS
        assert len(queue.claim_ids) <= claim_window.SIZE
        assert f"0 published · 0 proposed · {CLAIMS} claims" in header(app)
        assert f"all {CLAIMS}" in header(app)

        await pilot.press("end")
        queue = await settled(pilot, app, CLAIMS - 1)
        assert queue.claim_id == claim_id_for("a1", CLAIMS)
        assert len(queue.claim_ids) <= claim_window.SIZE
        await pilot.press("home")
        queue = await settled(pilot, app, 0)
        assert queue.claim_id == claim_id_for("a1", 1)


async def test_moving_and_marking_survive_a_window_read(tmp_path: Path) -> None:
    app = open_desk(Store(big_store(tmp_path / "factcheck.json")), "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("j", "j", "space")
        marked = queue.marked_ids
        for _ in range(20):
            await pilot.press("pagedown")
        row = queue.cursor
        queue = await settled(pilot, app, row)
        assert queue.claim_id == claim_id_for("a1", row + 1)
        assert queue.marked_ids == marked
        await pilot.press("home")
        queue = await settled(pilot, app, 2)
        assert "✓" in queue.row_text(marked[0])


async def test_a_save_outside_the_window_is_counted(tmp_path: Path) -> None:
    path = big_store(tmp_path / "factcheck.json")
    app = open_desk(Store(path), "ana")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "counting" not in header(app), seconds=5)
        far = claim_id_for("a1", CLAIMS - 1)
        other_reviewer(path).reject(far, "opinion, not checkable")
        queue = app.screen.query_one(ClaimQueue)
        await wait_until(pilot, lambda: queue.row_count == CLAIMS - 1, seconds=5)
        await pilot.press("end")
        queue = await settled(pilot, app, CLAIMS - 2)
        assert far not in queue.claim_ids, "a rejected claim leaves the queue"


async def test_sorting_and_filtering_ask_the_store(tmp_path: Path) -> None:
    app = open_desk(Store(big_store(tmp_path / "factcheck.json")), "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("s")
        await wait_until(pilot, lambda: queue.order is QueueOrder.WORTH, seconds=5)
        assert queue.claim_id == claim_id_for("a1", 1), "the cursor stays on its claim"
        await pilot.press("home")
        queue = await settled(pilot, app, 0)
        assert queue.claim(queue.claim_id).checkworthiness == 0.99
        await pilot.press("slash", *"percent", "enter")
        await wait_until(pilot, lambda: queue.row_count == CLAIMS, seconds=5)
        await pilot.press("slash", *"9 percent", "enter")
        await wait_until(pilot, lambda: queue.row_count < CLAIMS, seconds=5)
        assert all("9" in queue.claim(c).text for c in queue.claim_ids)
