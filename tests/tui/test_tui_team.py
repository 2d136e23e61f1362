"""A desk for a team: inboxes with counts, the claim's activity and comments, evidence notes
edited, removed and opened, and the layout defects a team member met."""

from __future__ import annotations

import pytest
from roster_support import on_roster
from textual.widgets import Input
from tui_support import (
    DEFAULT_WORKFLOW,
    notices,
    open_desk,
    pane_shows,
    researched,
    seeded_repository,
    type_text,
)

from factcheck.review import ReviewService
from factcheck.tui import browser
from factcheck.tui.claim_pane import ClaimPane
from factcheck.tui.desk_header import DeskHeader
from factcheck.tui.queue import ClaimQueue
from factcheck.workflow.loader import load_workflow

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)


def rated_by_ana(repository) -> str:
    """The first claim researched and rated by ana, waiting in sign-off for an editor."""
    researched(repository)
    ana = ReviewService(repository, load_workflow(DEFAULT_WORKFLOW), "ana")
    claim_id = repository.list_claims()[0].id
    ana.set_verdict(claim_id, "false", rationale="Both sources contradict it.")
    ana.advance(claim_id)
    return claim_id


async def test_inboxes_switch_with_i_and_the_header_counts_each() -> None:
    repository = seeded_repository()
    waiting = rated_by_ana(repository)
    on_roster(repository, load_workflow(DEFAULT_WORKFLOW), "ben")
    ana = ReviewService(repository, load_workflow(DEFAULT_WORKFLOW), "ana")
    mine = repository.list_claims()[3].id
    ana.assign(mine, "ben")
    total = len(repository.list_claims())
    context = sum(c.needs_context for c in repository.list_claims())
    app = open_desk(repository, "ben")
    async with app.run_test(size=SIZE) as pilot:
        header = app.screen.query_one(DeskHeader)
        queue = app.screen.query_one(ClaimQueue)
        assert f"▶ all {total} · mine 1 · sign-off 1 · context {context}" in header.plain
        await pilot.press("i")
        assert queue.claim_ids == [mine]
        assert "▶ mine 1" in header.plain
        await pilot.press("i")
        assert queue.claim_ids == [waiting]
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "sign-off 0" in header.plain, "signed off: no longer waiting for ben"
        await pilot.press("i", "i")
        assert queue.row_count == total and "▶ all" in header.plain


async def test_c_adds_a_comment_that_shows_in_the_claims_activity() -> None:
    repository = seeded_repository()
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        first = app.screen.query_one(ClaimQueue).claim_id
        await pilot.press("a", "k")
        await pane_shows(pilot, "ana  accept")
        await pilot.press("c")
        await pilot.pause()
        await type_text(pilot, "Ask the ministry for the 2023 figure.")
        await pilot.press("enter")
        plain = await pane_shows(pilot, "ana  says: Ask the ministry for the 2023 figure.")
        assert "Activity (3)" in plain  # ingest, accept, the comment
    assert [e.detail for e in repository.list_events(first) if e.action == "comment"] == [
        "Ask the ministry for the 2023 figure."
    ]


async def test_evidence_notes_show_id_and_url_and_are_edited_removed_and_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repository = seeded_repository()
    researched(repository)
    claim_id = repository.list_claims()[0].id
    opened: list[str] = []
    monkeypatch.setattr(browser, "open_in_browser", lambda url: opened.append(url) or True)
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        pane = app.screen.query_one(ClaimPane)
        assert "n1  refutes  reuters.com" in pane.plain
        assert "https://www.reuters.com/world/a" in pane.plain
        await pilot.press("N")
        await pilot.pause()
        await pilot.press("enter")  # the first note
        await pilot.pause()
        assert app.screen.query_one("#evidence-url", Input).value == (
            "https://www.reuters.com/world/a"
        )
        app.screen.query_one("#evidence-title", Input).value = "Reuters on the talks"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert repository.get_claim(claim_id).evidence[0].title == "Reuters on the talks"
        await pilot.press("O")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert opened == ["https://apnews.com/article/b"]
        await pilot.press("X")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [n.id for n in repository.get_claim(claim_id).evidence] == ["n1"]
        assert "Evidence (1)" in pane.plain


async def test_without_a_browser_o_shows_the_url_to_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    repository = seeded_repository()
    researched(repository)
    monkeypatch.setattr(browser, "open_in_browser", lambda url: False)
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "URL to copy: https://www.reuters.com/world/a" in notices(app)


async def test_only_web_addresses_are_ever_handed_to_a_browser() -> None:
    assert browser.open_in_browser("javascript:alert(1)") is False
    assert browser.open_in_browser("file:///etc/passwd") is False


async def test_the_filter_bar_takes_the_headings_line_so_nothing_moves() -> None:
    app = open_desk(seeded_repository(), "ana")
    async with app.run_test(size=SIZE) as pilot:
        box = app.screen.query_one("#queue-box")
        pane = app.screen.query_one(ClaimPane)
        before = (box.region, pane.region)
        await pilot.press("slash")
        await pilot.pause()
        assert (box.region, pane.region) == before
        assert not app.screen.query_one("#queue-headings").display
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#queue-headings").display


async def test_the_selected_row_wraps_so_its_whole_claim_reads() -> None:
    repository = seeded_repository()
    app = open_desk(repository, "ana")
    async with app.run_test(size=(80, 24)) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        long_claim = next(
            c for c in repository.list_claims() if 50 < len(" ".join(c.text.split())) < 80
        )
        queue.select(long_claim.id)
        await pilot.pause()
        top = queue.cursor - queue.scroll_offset.y
        shown = " ".join(
            queue.render_line(top + line).text.strip() for line in (0, 1)
        )  # the cursor row, then its second line
        assert " ".join(long_claim.text.split()) in " ".join(shown.split())
        below = queue.render_line(top + 2).text
        following = repository.list_claims()[queue.cursor + 1]
        assert " ".join(following.text.split())[:20] in below, "the next row moved down a line"
