"""How the desk looks at 80x24 (and wide): the main screen and every form, as SVG snapshots.

Built on `fixed_store` so the pictures change only when the desk's layout does. Regenerate
after an intended change with `pytest tests/tui/test_tui_snapshots.py --snapshot-update` and look
at the new pictures before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_support import on_roster
from textual.widgets import Input, TextArea
from tui_support import DEFAULT_WORKFLOW, activity_read, fixed_store, open_desk

from factcheck.review import ReviewService
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

SMALL = (80, 24)


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors stay shown, as in the first half second after a key: a picture taken
    later on a busy machine (three test workers on two cores) caught a blinking cursor
    hidden and failed."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture
def desk(tmp_path: Path):
    path = fixed_store(tmp_path / "store" / "factcheck.json")
    return open_desk(path, "ana")


@pytest.fixture
def desk_at_verdict(tmp_path: Path):
    """The first claim accepted and researched, waiting for its verdict."""
    path = fixed_store(tmp_path / "store" / "factcheck.json")
    store, workflow = Store(path), load_workflow(DEFAULT_WORKFLOW)
    on_roster(store, workflow, "ana")
    ana = ReviewService(store, workflow, "ana")
    claim_id = store.list_claims()[0].id
    ana.accept(claim_id)
    ana.advance(claim_id)
    ana.add_note(claim_id, url="https://www.reuters.com/world/a", stance="refutes")
    ana.add_note(claim_id, url="https://apnews.com/article/b", stance="context")
    ana.advance(claim_id)
    return open_desk(path, "ana")


def test_main_screen(desk, snap_compare) -> None:
    assert snap_compare(desk, terminal_size=SMALL, run_before=activity_read)


def test_main_screen_in_the_light_theme(desk, snap_compare) -> None:
    async def light(pilot) -> None:
        await activity_read(pilot)
        pilot.app.theme = "textual-light"

    assert snap_compare(desk, terminal_size=SMALL, run_before=light)


def test_main_screen_wide_puts_the_claim_beside_the_queue(desk, snap_compare) -> None:
    assert snap_compare(
        desk, terminal_size=(220, 50), press=["j", "a", "j"], run_before=activity_read
    )


def test_main_screen_at_120x36(desk, snap_compare) -> None:
    assert snap_compare(desk, terminal_size=(120, 36), press=["j", "a"], run_before=activity_read)


def test_main_screen_at_160x45(desk, snap_compare) -> None:
    assert snap_compare(desk, terminal_size=(160, 45), press=["j", "a"], run_before=activity_read)


def test_verdict_form(desk_at_verdict, snap_compare) -> None:
    assert snap_compare(
        desk_at_verdict, terminal_size=SMALL, press=["v", "down", "down"], run_before=activity_read
    )


def test_evidence_form_names_a_bad_url(desk_at_verdict, snap_compare) -> None:
    assert snap_compare(
        desk_at_verdict,
        terminal_size=SMALL,
        press=["n", *"bbc.co.uk", "ctrl+s"],
        run_before=activity_read,
    )


def test_reject_form(desk, snap_compare) -> None:
    assert snap_compare(
        desk, terminal_size=SMALL, press=["x", *"opinion"], run_before=activity_read
    )


def test_send_back_form(desk, snap_compare) -> None:
    async def accepted_and_advanced(pilot) -> None:
        await activity_read(pilot)
        await pilot.press("a", "greater_than_sign")
        await pilot.pause()
        # Their toasts expire after 3 s: on a busy machine they may or may not be in the picture.
        pilot.app.clear_notifications()
        await pilot.press("less_than_sign")

    assert snap_compare(desk, terminal_size=SMALL, run_before=accepted_and_advanced)


def test_merge_form(desk, snap_compare) -> None:
    # A key typed into the search line (and taken back) shows its cursor: without one the
    # picture depends on where the cursor's blink is.
    assert snap_compare(
        desk, terminal_size=SMALL, press=["j", "m", "x", "backspace"], run_before=activity_read
    )


def test_export_form(desk, snap_compare) -> None:
    assert snap_compare(desk, terminal_size=SMALL, press=["E"], run_before=activity_read)


def test_help_screen(desk, snap_compare) -> None:
    assert snap_compare(
        desk, terminal_size=SMALL, press=["question_mark"], run_before=activity_read
    )


def test_filter_bar(desk, snap_compare) -> None:
    assert snap_compare(
        desk, terminal_size=SMALL, press=["slash", *"stage:tri"], run_before=activity_read
    )
