"""A large store opens on its first page: the rest of the claims arrive behind the first
screen, and nothing the reviewer does meanwhile (moving, marking) or another reviewer saves
is lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_tui_live import other_reviewer, wait_until
from tui_support import open_desk

from factcheck.app import claim_load
from factcheck.models import Article, Claim, ClaimKind, claim_id_for
from factcheck.store import Store
from factcheck.tui.desk_header import DeskHeader
from factcheck.tui.queue import ClaimQueue, QueueOrder

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)
CLAIMS = claim_load.FIRST_PAGE + 400  # a first page and one more


class HeldPages(Store):
    """A store whose pages after the first are read at once but handed over only when
    `release` is set: a slow server, and a page older than the changes made meanwhile."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.release = threading.Event()
        self.held = threading.Event()  # a later page has been read and waits

    def claims_page(self, offset: int, limit: int, article_id: str | None = None):
        page = super().claims_page(offset, limit, article_id)
        if offset > 0:
            self.held.set()
            self.release.wait(10)
        return page


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


def loaded(app) -> bool:
    return app.screen.claim_load.complete


async def test_the_first_screen_shows_before_the_later_pages_arrive(tmp_path: Path) -> None:
    store = HeldPages(big_store(tmp_path / "factcheck.json"))
    app = open_desk(store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.pause()
        assert queue.row_count == claim_load.FIRST_PAGE
        assert "counting… · loading 300 of 700 claims" in header(app)
        assert "all …" in header(app) and "mine …" in header(app)
        title = app.screen.query_one("#queue-box").border_title
        assert "Claims 300 of 300 loaded so far (700 in all)" in title

        store.release.set()
        await wait_until(pilot, lambda: loaded(app), seconds=5)
        assert queue.row_count == CLAIMS
        assert f"0 published · 0 proposed · {CLAIMS} claims" in header(app)
        assert f"all {CLAIMS}" in header(app) and "counting" not in header(app)


async def test_rows_arriving_keep_the_cursor_and_the_marks(tmp_path: Path) -> None:
    store = HeldPages(big_store(tmp_path / "factcheck.json"))
    app = open_desk(store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("j", "j", "space", "j")
        cursor, current, marked = queue.cursor, queue.claim_id, queue.marked_ids
        scrolled = queue.scroll_offset.y
        assert marked == [queue.claim_ids[2]]

        store.release.set()
        await wait_until(pilot, lambda: loaded(app), seconds=5)
        assert (queue.cursor, queue.claim_id, queue.marked_ids) == (cursor, current, marked)
        assert queue.scroll_offset.y == scrolled
        await pilot.press("end")
        assert queue.claim_id == claim_id_for("a1", CLAIMS), "the last page's rows are there"


async def test_a_save_made_while_loading_is_not_lost(tmp_path: Path) -> None:
    path = big_store(tmp_path / "factcheck.json")
    store = HeldPages(path)
    app = open_desk(store, "ana")
    late = claim_id_for("a1", CLAIMS - 1)  # on the page being held
    async with app.run_test(size=SIZE) as pilot:
        # The page holding the claim is read (and held) before the save.
        await wait_until(pilot, store.held.is_set, seconds=5)
        other_reviewer(path).reject(late, "opinion, not checkable")
        await pilot.pause(0.5)  # the desk heard of the save before the page arrived
        store.release.set()
        await wait_until(pilot, lambda: loaded(app), seconds=5)
        queue = app.screen.query_one(ClaimQueue)
        assert "rejected" in queue.row_text(late)


async def test_sorting_waits_for_every_claim(tmp_path: Path) -> None:
    store = HeldPages(big_store(tmp_path / "factcheck.json"))
    app = open_desk(store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("s")
        assert queue.order is QueueOrder.POSITION
        title = app.screen.query_one("#queue-box").border_title
        assert "sorted by check-worthiness when loaded" in title

        store.release.set()
        await wait_until(pilot, lambda: loaded(app), seconds=5)
        assert queue.order is QueueOrder.WORTH
        assert app.screen.claims[queue.claim_ids[0]].checkworthiness == 0.99
