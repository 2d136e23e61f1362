"""The desk's `W` screen shows the workflow the store keeps: its version, the stages with
what each needs, and the verdict scale with colours and descriptions."""

from __future__ import annotations

import pytest
from roster_support import on_roster
from textual.widgets import Static
from tui_support import DEFAULT_WORKFLOW, NO_KEYMAP, open_desk, seeded_repository

from factcheck.app import Desk
from factcheck.tui.app import ReviewApp
from factcheck.tui.workflow_screen import WorkflowScreen
from factcheck.workflow.loader import load_workflow
from factcheck.workflow_record import WorkflowFile, WorkflowKeeper, workflow_of

SIZE = (120, 40)
pytestmark = pytest.mark.asyncio


def shown(app: ReviewApp) -> str:
    """Every text the open screen shows, tables included, as plain text."""
    parts = []
    for widget in app.screen.query(Static):
        content = widget.render()
        parts.append(str(getattr(content, "plain", content)))
        renderable = getattr(widget, "content", None)
        if renderable is not None and hasattr(renderable, "columns"):
            for column in renderable.columns:
                parts.extend(str(getattr(cell, "plain", cell)) for cell in column._cells)
    return "\n".join(parts)


async def test_w_shows_the_stores_workflow_version_stages_and_scale() -> None:
    repository = seeded_repository()
    text = DEFAULT_WORKFLOW.read_text(encoding="utf-8")
    kept = WorkflowFile(text, load_workflow(DEFAULT_WORKFLOW))
    on_roster(repository, kept.workflow, "ana", "ben")
    keeper = WorkflowKeeper(repository, "ana")
    keeper.adopt(keeper.propose(kept, "workflows/default.yaml", kept), kept.workflow)
    workflow = workflow_of(repository.workflow_versions()[-1])
    app = ReviewApp(Desk(repository, workflow, "ana").start_review(), keymap_file=NO_KEYMAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("W")
        await pilot.pause()
        assert isinstance(app.screen, WorkflowScreen)
        text = shown(app)
        assert "version 1 of 1, set by ana" in text
        assert "Editor sign-off" in text
        assert "sign-off by 1 editor other than the verdict's" in text
        assert "Pants on fire" in text
        assert "Not accurate and makes a ridiculous claim." in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, WorkflowScreen)


async def test_w_says_when_the_store_keeps_no_workflow_and_help_lists_it() -> None:
    app = open_desk(seeded_repository(), "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("W")
        await pilot.pause()
        assert "the store keeps no workflow yet" in shown(app)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert ("W", "Workflow") in {(row[0], row[1]) for row in app.screen.rows}
