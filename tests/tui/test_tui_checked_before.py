"""The desk's "checked before" strip and its link key (L), driven by Textual's pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_support import on_roster
from textual.widgets import OptionList
from tui_support import DEFAULT_WORKFLOW, notices, open_desk, seeded_store

from factcheck.errors import StoreError
from factcheck.library.checks import CheckedClaim, imported_check_id
from factcheck.review import ReviewService
from factcheck.store import Store
from factcheck.tui.checked_before import CheckedBefore
from factcheck.tui.verdict_dialog import VerdictDialog
from factcheck.workflow.loader import load_workflow

pytestmark = pytest.mark.asyncio
SIZE = (100, 40)
REVIEW_URL = "https://checks.example.org/first-claim"


async def settled(pilot, app) -> CheckedBefore:
    """The strip once its search has finished (the first one builds the index)."""
    for _ in range(300):
        await pilot.pause(0.05)
        # The worker that follows the store runs as long as the desk does.
        if not any(w.is_running and w.group != "live" for w in app.workers):
            break
    await pilot.pause()
    return app.screen.query_one(CheckedBefore)


def at_verdict_stage(store: Store, claim_id: str) -> None:
    """The claim accepted and researched, so the workflow lets it take evidence and a verdict."""
    workflow = load_workflow(DEFAULT_WORKFLOW)
    on_roster(store, workflow, "ana")
    ana = ReviewService(store, workflow, "ana")
    ana.accept(claim_id)
    ana.advance(claim_id)
    ana.add_note(claim_id, url="https://www.reuters.com/world/a", stance="refutes")
    ana.add_note(claim_id, url="https://apnews.com/article/b", stance="context")
    ana.advance(claim_id)


async def test_a_claim_checked_before_shows_the_check_and_links_it(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    store = Store(store_path)
    first = store.list_claims()[0]
    at_verdict_stage(store, first.id)
    store.add_checks(
        [
            CheckedClaim(
                id=imported_check_id(REVIEW_URL),
                claim=first.text,
                rating="False",
                organisation="Example Checks",
                url=REVIEW_URL,
            )
        ]
    )
    app = open_desk(store_path, "ana")
    async with app.run_test(size=SIZE) as pilot:
        strip = await settled(pilot, app)
        assert strip.display and strip.matches[0].check.url == REVIEW_URL
        assert "Example Checks" in str(strip.render())

        await pilot.press("L")
        await pilot.pause()
        note = Store(store_path).list_claims()[0].evidence[-1]
        assert (note.url, note.title) == (REVIEW_URL, "Example Checks: False")
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        scale = dialog.query_one("#verdict-scale", OptionList)
        assert app.screen.workflow.scale.ids[scale.highlighted] == "false"  # proposed only
        await pilot.press("escape")
        assert Store(store_path).list_claims()[0].verdict is None  # the reviewer decides


async def test_without_a_library_the_strip_stays_hidden(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    app = open_desk(store_path, "ana")
    async with app.run_test(size=SIZE) as pilot:
        strip = await settled(pilot, app)
        assert not strip.display
        await pilot.press("L")
        assert "No past fact check matches this claim." in notices(app)


async def test_a_store_lost_during_the_search_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    app = open_desk(store_path, "ana")
    async with app.run_test(size=SIZE) as pilot:
        strip = await settled(pilot, app)

        def lost(*_args: object) -> None:
            raise StoreError("postgresql://desk: lost the database")

        strip.memory.matches_for = lost  # type: ignore[union-attr]
        await pilot.press("j")
        await settled(pilot, app)
        assert app.is_running and not strip.display
        assert "Past checks not searched: postgresql://desk: lost the database" in notices(app)
