"""The live desk: another reviewer's save shows without `r`, within a second."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Input, Label
from tui_support import DEFAULT_WORKFLOW, open_desk, seeded_store

from factcheck.app import Desk
from factcheck.store import Store
from factcheck.tui.claim_pane import ClaimPane
from factcheck.tui.queue import ClaimQueue
from factcheck.workflow.loader import load_workflow

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)


def other_reviewer(store_path: Path, name: str = "ben") -> Desk:
    """A second reviewer on the same store file, with a store of their own (as another
    process would have)."""
    return Desk(Store(store_path), load_workflow(DEFAULT_WORKFLOW), name).start_review()


def pane(app) -> str:
    return app.screen.query_one(ClaimPane).plain


async def wait_until(pilot, condition, seconds: float = 1.0) -> float:
    """Seconds until `condition()` holds; fails after `seconds`."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not seen within {seconds} s")
        await pilot.pause(0.02)
    return time.monotonic() - started


async def test_another_reviewers_save_shows_within_a_second(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "factcheck.json")
    app = open_desk(store_path, "ana")
    ben = other_reviewer(store_path)
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        second = queue.claim_ids[1]
        ben.reject(second, "opinion, not checkable")
        await wait_until(pilot, lambda: "rejected" in queue.row_text(second))
        assert second in queue.changed, "the row says someone else changed it"
        assert "•" in queue.row_text(second)[:3], queue.row_text(second)

        await pilot.press("j")  # visiting the row takes the mark off
        assert second not in queue.changed
        assert "Rejected: opinion, not checkable" in pane(app)


async def test_the_open_claim_pane_follows_another_reviewers_edit(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "factcheck.json")
    app = open_desk(store_path, "ana")
    ben = other_reviewer(store_path)
    async with app.run_test(size=SIZE) as pilot:
        first = app.screen.query_one(ClaimQueue).claim_id
        ben.edit(first, "Turkey opposes a war between Russia and Ukraine.")
        await wait_until(pilot, lambda: "Turkey opposes a war" in pane(app))


async def test_an_open_form_says_the_claim_changed_before_saving(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "factcheck.json")
    app = open_desk(store_path, "ana")
    ben = other_reviewer(store_path)
    async with app.run_test(size=SIZE) as pilot:
        first = app.screen.query_one(ClaimQueue).claim_id
        await pilot.press("e")
        await pilot.pause()
        ben.accept(first)
        problem = app.screen.query_one("#dialog-error", Label)
        await wait_until(pilot, lambda: "ben just changed this claim" in str(problem.render()))
        app.screen.query_one(Input).value = "Reworded after all."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert Store(store_path).get_claim(first).text != "Reworded after all."
