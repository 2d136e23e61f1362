"""The desk on a PostgreSQL store: another desk's save shows through LISTEN/NOTIFY, as it
does through the journal on a file (skipped without a server: see postgres_support)."""

from __future__ import annotations

import time

import pytest
from postgres_support import postgres_store_url
from roster_support import on_roster
from tui_support import DEFAULT_WORKFLOW, NO_KEYMAP, _seed_split

from factcheck.app import open_desk
from factcheck.settings import load_settings
from factcheck.store.location import open_store
from factcheck.tui.app import ReviewApp
from factcheck.tui.queue import ClaimQueue
from factcheck.workflow.loader import load_workflow

pytestmark = pytest.mark.asyncio


async def test_a_desk_on_postgresql_shows_another_desks_save_within_a_second() -> None:
    with postgres_store_url() as url:
        store = open_store(url)
        store.add_article(*_seed_split())
        on_roster(store, load_workflow(DEFAULT_WORKFLOW), "ana", "ben")

        def desk(reviewer: str):  # type: ignore[no-untyped-def]
            settings = load_settings(store=url, reviewer=reviewer, workflow=DEFAULT_WORKFLOW)
            return open_desk(settings).start_review()

        app = ReviewApp(desk("ana"), keymap_file=NO_KEYMAP)
        ben = desk("ben")
        async with app.run_test(size=(120, 36)) as pilot:
            queue = app.screen.query_one(ClaimQueue)
            second = queue.claim_ids[1]
            ben.reject(second, "opinion, not checkable")
            started = time.monotonic()
            while "rejected" not in queue.row_text(second):
                assert time.monotonic() - started < 1, "not seen within a second"
                await pilot.pause(0.02)
            assert second in queue.changed, "the row says someone else changed it"
