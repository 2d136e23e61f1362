"""Defects met by a new user of the desk, each kept fixed by a test."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from tui_support import open_desk, seeded_repository

from factcheck.tui.export_dialog import ExportDialog
from factcheck.tui.help_screen import HelpScreen
from factcheck.tui.text_dialog import TextDialog

pytestmark = pytest.mark.asyncio
SIZE = (120, 36)


async def test_choosing_html_in_the_export_form_makes_the_path_html() -> None:
    app = open_desk(seeded_repository(), "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        path = app.screen.query_one("#export-path", Input)
        assert path.value.endswith(".md")
        await pilot.click("#format-html")
        await pilot.pause()
        assert path.value.endswith(".html"), path.value
        path.value = "mine.txt"  # typed by hand: the format no longer changes it
        await pilot.click("#format-csv")
        await pilot.pause()
        assert path.value == "mine.txt"


async def test_help_lists_the_binding_ids_a_keymap_needs() -> None:
    app = open_desk(seeded_repository(), "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {row[3] for row in app.screen.rows}
        assert {"desk.accept", "desk.reject", "desk.mark", "app.help"} <= ids


async def test_the_ingest_form_stays_open_with_the_path_on_a_missing_file(tmp_path: Path) -> None:
    app = open_desk(seeded_repository(), "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("I")
        await pilot.pause()
        missing = str(tmp_path / "no-such-article.txt")
        app.screen.query_one("#dialog-text", Input).value = missing
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog), "still open"
        assert app.screen.query_one("#dialog-text", Input).value == missing
        assert "No file or folder" in str(app.screen.query_one("#dialog-error").render())


async def test_the_theme_chosen_is_kept_after_a_restart(tmp_path: Path) -> None:
    theme_file = tmp_path / "config" / "theme"
    repository = seeded_repository()
    first = open_desk(repository, "ana")
    first.theme_file = theme_file
    async with first.run_test(size=SIZE) as pilot:
        first.theme = "textual-light"
        await pilot.pause()
    again = open_desk(repository, "ana")
    again.theme_file = theme_file
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"
