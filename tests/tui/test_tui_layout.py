"""The queue is for reading claims: the claim's text keeps most of the width at every size,
the wide layout never shows less of it, speakers read whole or cut cleanly, and the cursor's
row stays on screen when the terminal shrinks."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import open_desk, seeded_store

from factcheck.tui.queue import ClaimQueue, short_name


def claim_text_width(queue: ClaimQueue) -> int:
    """Columns the claim's text gets: the queue's width less the columns before it."""
    before = sum(column.width + 1 for column in queue.columns if column.width)
    return queue.size.width - before - 1


async def shown_width(store: Path, size: tuple[int, int]) -> int:
    app = open_desk(store, "ana")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        queue = app.screen.query_one(ClaimQueue)
        claim = queue.claim(queue.claim_ids[0])
        row = queue.row_text(claim.id)
        words = " ".join(claim.text.split())
        shown = min(claim_text_width(queue), len(words))
        assert words[: shown - 1] in row, "the row carries the claim's text that fits"
        return claim_text_width(queue)


@pytest.mark.asyncio
async def test_the_claim_text_keeps_most_of_the_width_at_every_size(tmp_path: Path) -> None:
    store = seeded_store(tmp_path / "factcheck.json")
    small = await shown_width(store, (80, 24))
    medium = await shown_width(store, (120, 36))
    large = await shown_width(store, (160, 45))
    assert small >= 40, small
    assert medium >= 60, medium
    assert large > medium, (large, medium)
    assert await shown_width(store, (220, 50)) >= medium, "side by side shows no less"


@pytest.mark.asyncio
async def test_the_cursor_row_stays_on_screen_after_shrinking_to_80x24(tmp_path: Path) -> None:
    store = seeded_store(tmp_path / "factcheck.json")
    app = open_desk(store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("end")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        top = queue.scroll_offset.y
        assert top <= queue.cursor < top + queue.size.height, (top, queue.cursor, queue.size)


def test_speaker_names_read_whole_or_cut_cleanly() -> None:
    assert short_name("Analysts at ING", 16) == "Analysts at ING"
    assert short_name("Diplomatic sources", 16) == "Diplomatic…"
    assert short_name("Recep Tayyip Erdoğan", 16) == "Recep Tayyip…"
    assert short_name("Eric Lombard", 16) == "Eric Lombard"
    assert short_name("Analysts at the Bank of International Settlements", 16) == "Analysts at the…"
    assert short_name(None, 16) == "—"
