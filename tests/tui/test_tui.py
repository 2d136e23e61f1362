"""The review desk driven from the keyboard (Textual's pilot), checked against the repository
it saves to (in memory: the store file has its own tests). Text goes into the focused field
in one step, as a paste would, rather than one key at a time."""

from __future__ import annotations

import asyncio
import html
import io
import time
from pathlib import Path

import pytest
from rich.console import Console
from roster_support import on_roster
from textual.widgets import Input, Label, OptionList
from tui_support import (
    DEFAULT_WORKFLOW,
    finished,
    notices,
    open_desk,
    palette_offers,
    pane_shows,
    researched,
    seeded_repository,
    seeded_store,
    type_text,
)

from factcheck.models import Triage
from factcheck.repository import InMemoryRepository, Repository
from factcheck.review import ReviewService
from factcheck.store import Store
from factcheck.tui.claim_pane import ClaimPane
from factcheck.tui.desk_header import DeskHeader
from factcheck.tui.desk_screen import DeskScreen
from factcheck.tui.queue import ClaimQueue
from factcheck.workflow.loader import load_workflow

pytestmark = pytest.mark.asyncio
SIZE = (100, 30)


@pytest.fixture
def desk_store() -> Repository:
    return seeded_repository()


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return seeded_store(tmp_path / "store" / "factcheck.json")


def stored(desk_store: Repository | Path, index: int = 0):
    return _repository(desk_store).list_claims()[index]


def total(desk_store: Repository | Path) -> int:
    return len(_repository(desk_store).list_claims())


def _repository(where: Repository | Path) -> Repository:
    return Store(where) if isinstance(where, Path) else where


def header(app) -> str:
    return app.screen.query_one(DeskHeader).plain


def problem(app) -> str:
    """The problem line of the open form."""
    return str(app.screen.query_one("#dialog-error", Label).content)


async def add_note(pilot, url: str, stance: str, quote: str) -> None:
    await pilot.press("n")
    await pilot.pause()
    await type_text(pilot, url)
    await pilot.press("tab", "tab")
    await type_text(pilot, quote)
    await pilot.click(f"#stance-{stance}")
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_claim_walks_from_triage_to_publication(desk_store: Repository) -> None:
    first = stored(desk_store).id
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert stored(desk_store).triage == Triage.ACCEPTED
        await pilot.press("home")  # accepting moved the cursor on to the next pending claim
        await pilot.press("greater_than_sign")
        assert stored(desk_store).stage == "research"

        await pilot.press("greater_than_sign")
        assert "at least 2 evidence notes (has 0)" in notices(app)
        assert stored(desk_store).stage == "research"

        await add_note(pilot, "https://www.reuters.com/world/a", "refutes", "No such talks.")
        await add_note(pilot, "https://apnews.com/article/b", "context", "Talks were planned.")
        claim = stored(desk_store)
        assert [(n.url, n.stance) for n in claim.evidence] == [
            ("https://www.reuters.com/world/a", "refutes"),
            ("https://apnews.com/article/b", "context"),
        ]
        assert claim.evidence[0].quote == "No such talks."
        await pilot.press("greater_than_sign")
        assert stored(desk_store).stage == "verdict"

        await pilot.press("v")
        await pilot.pause()
        assert app.screen.query_one("#verdict-scale", OptionList).highlighted is None
        await pilot.press("ctrl+s")
        assert "Choose a verdict from the scale" in str(
            app.screen.query_one("#dialog-error", Label).render()
        )
        await pilot.press("down", "down", "down", "down", "down", "enter")
        await type_text(pilot, "Both sources contradict it.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        verdict = stored(desk_store).verdict
        assert (verdict.label, verdict.rationale, verdict.reviewer) == (
            "false",
            "Both sources contradict it.",
            "ana",
        )
        assert f"0 published · 1 proposed · {total(desk_store)} claims" in header(app)
        await pilot.press("greater_than_sign")
        assert stored(desk_store).stage == "sign-off"

        await pilot.press("o")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "a different reviewer must sign it off" in notices(app)
        assert stored(desk_store).sign_offs == []

    editor = open_desk(desk_store, "ben")
    async with editor.run_test(size=SIZE) as pilot:
        assert editor.screen.query_one(ClaimQueue).claim_id == first
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("escape")  # the sign-off form, closed: nothing signed
        await pilot.pause()
        assert stored(desk_store).sign_offs == []
        await pilot.press("o")
        await pilot.pause()
        await type_text(pilot, "Both sources hold up.")
        await pilot.press("enter")
        await pilot.pause()
        assert [s.reviewer for s in stored(desk_store).sign_offs] == ["ben"]
        await pane_shows(pilot, "ben  says: Both sources hold up.")
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert stored(desk_store).stage == "sign-off", "publishing waits for the confirmation"
        await pilot.press("y")
        await pilot.pause()
        assert stored(desk_store).stage == "published"
        assert f"1 published · 0 proposed · {total(desk_store)} claims" in header(editor)

        await pilot.press("v")
        await pilot.press("n")
        await pilot.pause()
        assert "only by a correction" in notices(editor)
        assert "evidence on a published claim goes with a correction" in notices(editor)
        assert isinstance(editor.screen, DeskScreen), "refused before any form opened"

        await pilot.press("C")
        await pilot.pause()
        assert editor.screen.query_one("#verdict-scale", OptionList).highlighted is None
        await pilot.press("down", "down", "down", "down", "enter")
        await type_text(pilot, "The ministry revised its figures in May.")
        editor.screen.query_one("#verdict-reason", Input).value = "New ministry figures."
        await pilot.press("ctrl+s")
        await pilot.pause()
        claim = stored(desk_store)
        assert claim.verdict.label == "false", "the published verdict stands until reviewed"
        assert claim.pending_correction is not None
        assert claim.pending_correction.verdict.label == "unproven"
        assert (
            claim.pending_correction.verdict.rationale == "The ministry revised its figures in May."
        )

        await pilot.press("u")
        await pilot.pause()
        assert stored(desk_store).pending_correction is None
        await pilot.press("u")
        await pilot.pause()
        assert "publication is final" in notices(editor)
        assert stored(desk_store).stage == "published"


class SlowRepository(InMemoryRepository):
    """Saves as slowly as a busy disk."""

    def save(self, *args, **kwargs) -> None:
        time.sleep(0.6)
        super().save(*args, **kwargs)


async def test_a_slow_save_shows_the_busy_line_while_the_screen_keeps_running() -> None:
    repository = seeded_repository(SlowRepository)
    app = open_desk(repository, "ana")
    async with app.run_test(size=SIZE) as pilot:
        seen: set[str] = set()

        async def look_while_saving() -> None:  # runs only if the UI's loop is not blocked
            while True:
                await asyncio.sleep(0.05)
                if app.screen.query_one("#busy").display:
                    seen.add(str(app.screen.query_one("#busy-label", Label).content))

        looking = asyncio.create_task(look_while_saving())
        await pilot.press("a")
        looking.cancel()
        assert seen == {"Saving: accept…"}
        assert not app.screen.query_one("#busy").display
        assert stored(repository).triage == Triage.ACCEPTED


async def test_refused_note_keeps_the_form_open_with_what_was_typed(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "home", "greater_than_sign", "n")
        await pilot.pause()
        await type_text(pilot, "www.example.org")
        await pilot.press("ctrl+s")
        await pilot.pause()
        form = app.screen
        assert "is not a web address" in problem(app)
        assert form.query_one("#evidence-url", Input).value == "www.example.org"
        form.query_one("#evidence-url", Input).value = "https://www.example.org/report"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "stance" in problem(app)
        await pilot.press("escape")
        await pilot.pause()
        assert stored(desk_store).evidence == []


async def test_q_in_a_form_does_not_quit_and_lose_what_was_typed(desk_store: Repository) -> None:
    researched(desk_store)
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("q", "question_mark")
        await pilot.pause()
        assert app.is_running and type(app.screen).__name__ == "VerdictDialog"
        await pilot.press("down", "enter")
        await type_text(pilot, "quite sure?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert stored(desk_store).verdict.rationale == "quite sure?"


async def test_reject_asks_a_reason_and_hides_the_claim_at_the_next_filter(
    desk_store: Repository,
) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("end", "enter")  # past the workflow's reasons: "write my own"
        await pilot.press("enter")
        assert "required" in problem(app)
        await type_text(pilot, "opinion, not checkable")
        await pilot.press("enter")
        await pilot.pause()
        claim = stored(desk_store)
        assert (claim.triage, claim.triage_reason) == (Triage.REJECTED, "opinion, not checkable")
        assert queue.row_count == total(desk_store)  # still in view, so it can be undone at once
        assert f"0 published · 0 proposed · {total(desk_store)} claims" in header(app)

        await pilot.press("slash")
        await pilot.press("enter")
        assert queue.row_count == total(desk_store) - 1 and claim.id not in queue.claim_ids
        await pilot.press("slash")
        await type_text(pilot, "is:rejected")
        await pilot.press("enter")
        assert queue.claim_ids == [claim.id]


async def test_filter_by_stage_words_and_verdict(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("a", "home", "greater_than_sign", "j", "a")
        await pilot.press("slash")
        await type_text(pilot, "stage:res")
        await pilot.press("enter")
        assert queue.claim_ids == [stored(desk_store, 0).id]
        assert "stage:res" in app.screen.query_one("#queue-box").border_title

        await pilot.press("slash")
        app.screen.query_one("#filter-input", Input).value = "is:accepted erdoğan"
        await pilot.press("enter")
        expected = [
            c.id
            for c in desk_store.list_claims()
            if c.triage == Triage.ACCEPTED and "erdoğan" in f"{c.text} {c.speaker}".casefold()
        ]
        assert queue.claim_ids == expected

        await pilot.press("slash")
        app.screen.query_one("#filter-input", Input).value = "colour:red"
        await pilot.press("enter")
        assert "unknown filter colour:" in notices(app)
        assert queue.claim_ids == expected  # a filter that cannot be read changes nothing


async def test_sort_by_check_worthiness_puts_the_most_check_worthy_first(
    desk_store: Repository,
) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        in_article_order = queue.claim_ids
        await pilot.press("s")
        scores = {c.id: c.checkworthiness for c in desk_store.list_claims()}
        assert [scores[i] for i in queue.claim_ids] == sorted(scores.values(), reverse=True)
        assert "check-worthiness" in app.screen.query_one("#queue-box").border_title
        await pilot.press("s")
        assert queue.claim_ids == in_article_order


async def test_edit_merge_and_send_back(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#dialog-text", Input).value = "Turkey does not want a war."
        await pilot.press("enter")
        await pilot.pause()
        assert stored(desk_store).text == "Turkey does not want a war."

        await pilot.press("j", "m")
        await pilot.pause()
        await type_text(pilot, "does not want a war")  # the search line: claim 1 only
        await pilot.press("enter")
        await pilot.pause()
        second = stored(desk_store, 1)
        assert (second.triage, second.merged_into) == (Triage.MERGED, stored(desk_store).id)

        await pilot.press("k", "a", "home", "greater_than_sign", "less_than_sign")
        await pilot.pause()
        await pilot.press("enter")
        await type_text(pilot, "needs another look")
        await pilot.press("enter")
        await pilot.pause()
        assert stored(desk_store).stage == "triage"
        events = desk_store.list_events(stored(desk_store).id)
        assert events[-1].detail == "research -> triage: needs another look"


async def test_work_survives_quitting_and_reopening(store_file: Path) -> None:
    app = open_desk(store_file, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "a", "q")
    reopened = open_desk(store_file, "ana")
    async with reopened.run_test(size=SIZE) as pilot:
        queue = reopened.screen.query_one(ClaimQueue)
        assert "accepted" in queue.row_text(stored(store_file, 1).id)
        await pilot.press("j", "u")
        assert stored(store_file, 1).triage == Triage.PENDING


async def test_undo_with_nothing_to_undo_says_so(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("u")
        assert "ana has nothing left to undo" in notices(app)


async def test_undo_takes_back_the_last_action_wherever_the_cursor_is(
    desk_store: Repository,
) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        queue = app.screen.query_one(ClaimQueue)
        await pilot.press("j", "j", "a", "k", "k")
        await pilot.press("u")
        assert stored(desk_store, 2).triage == Triage.PENDING
        assert queue.claim_id == stored(desk_store, 2).id
        assert "Undone: your last action (accept)" in notices(app)


async def test_help_lists_every_key_and_the_palette_finds_actions(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.rows
        described = {description for _, description, _, _ in rows}
        assert {"Accept", "Reject", "Verdict", "Note", "Advance", "Undo", "Quit"} <= described
        assert ("E", "Export") in {(key, description) for key, description, _, _ in rows}
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "accept")
        await palette_offers(pilot, "accept")
        await pilot.press("enter")
        await pilot.pause()
        assert stored(desk_store).triage == Triage.ACCEPTED


async def test_keymap_file_remaps_keys(desk_store: Repository, tmp_path: Path) -> None:
    keymap = tmp_path / "keymap.yaml"
    keymap.write_text('desk.accept: "y"\n', encoding="utf-8")
    app = open_desk(desk_store, "ana", keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("y")
        assert stored(desk_store).triage == Triage.ACCEPTED


async def test_a_broken_keymap_is_reported_and_the_desk_still_opens(
    desk_store: Repository, tmp_path: Path
) -> None:
    keymap = tmp_path / "keymap.yaml"
    keymap.write_text("desk.acept: y\n", encoding="utf-8")
    app = open_desk(desk_store, "ana", keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        assert "unknown binding id 'desk.acept'" in notices(app)
        await pilot.press("a")
        assert stored(desk_store).triage == Triage.ACCEPTED


async def test_ingest_runs_in_a_worker_and_adds_the_claims(
    desk_store: Repository, tmp_path
) -> None:
    article = tmp_path / "economy.txt"
    article.write_text(
        "date 2024-04-02\nUnemployment fell to 3.1 percent in March, the lowest since 1974.",
        encoding="utf-8",
    )
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("I")
        await pilot.pause()
        app.screen.query_one("#dialog-text", Input).value = str(article)
        await pilot.press("enter")
        await finished(app, "ingest")
        await finished(app, "window")  # the queue is read again, with the new claims
        await pilot.pause()
        assert len(desk_store.list_articles()) == 2
        assert app.screen.query_one(ClaimQueue).row_count == len(desk_store.list_claims())
        assert "Articles: 1 added" in notices(app)


async def test_assign_and_filter_by_assignee(desk_store: Repository) -> None:
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "A")
        await pilot.pause()
        await type_text(pilot, "ben")  # the roster, searched
        await pilot.press("enter")
        await pilot.pause()
        assert stored(desk_store, 1).assignee == "ben"
        await pilot.press("slash")
        await type_text(pilot, "by:ben")
        await pilot.press("enter")
        assert app.screen.query_one(ClaimQueue).claim_ids == [stored(desk_store, 1).id]


async def test_export_writes_the_report_in_a_worker(desk_store: Repository, tmp_path: Path) -> None:
    report = tmp_path / "out" / "report.html"
    researched(desk_store)
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("down", "enter")
        await type_text(pilot, "Checked against the ministry's figures.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        await pilot.click("#format-html")
        await pilot.click("#export-desk")  # the desk's version: the verdict is still proposed
        app.screen.query_one("#export-path", Input).value = str(report)
        await pilot.press("ctrl+s")
        await finished(app, "export")
        await pilot.pause()
        assert f"Report written to {report}" in notices(app)
    page = report.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "Checked against the ministry's figures." in html.unescape(page)


async def test_the_verdict_form_sets_the_claims_public_wording(desk_store: Repository) -> None:
    researched(desk_store)
    app = open_desk(desk_store, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await pilot.pause()
        wording = app.screen.query_one("#verdict-public-wording", Input)
        assert wording.value == "" and wording.placeholder  # the default, shown greyed
        await pilot.press("down", "enter")
        await type_text(pilot, "Sources agree.")
        await pilot.press("tab")
        await type_text(pilot, "The minister said talks went well")
        await pilot.press("ctrl+s")
        await pilot.pause()
        verdict = stored(desk_store).verdict
        assert verdict.public_wording == "The minister said talks went well"
        assert verdict.rationale == "Sources agree."


async def test_a_stale_desk_does_not_overwrite_anothers_change_and_shows_it(
    desk_store: Repository,
) -> None:
    app = open_desk(desk_store, "root")
    async with app.run_test(size=SIZE) as pilot:
        app.workers.cancel_group(app.screen, "live")  # a desk that has not seen it yet
        await pilot.press("j")
        second = stored(desk_store, 1).id
        on_roster(desk_store, load_workflow(DEFAULT_WORKFLOW), "bob")
        ReviewService(desk_store, load_workflow(DEFAULT_WORKFLOW), "bob").reject(second, "Opinion")
        assert "pending" in app.screen.query_one(ClaimQueue).row_text(second)
        await pilot.press("a")
        await pilot.pause()
        assert stored(desk_store, 1).triage == Triage.REJECTED, "bob's reject stands"
        assert "changed by bob at" in notices(app)
        assert "rejected" in app.screen.query_one(ClaimQueue).row_text(second)


async def test_a_claim_that_needs_context_is_marked_in_the_queue_and_says_why(
    tmp_path: Path,
) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    flagged = next(c for c in Store(store_path).list_claims() if c.needs_context)
    app = open_desk(store_path, "ana")
    async with app.run_test(size=SIZE):
        queue = app.screen.query_one(ClaimQueue)
        assert "? " + flagged.text[:20] in queue.row_text(flagged.id)
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.query_one(ClaimPane).render_claim(flagged, None))
        assert f"Needs context {flagged.context_note}" in console.export_text()


async def test_a_claim_whose_speaker_is_unknown_is_not_shown_as_the_articles_voice(
    tmp_path: Path,
) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    claim = Store(store_path).list_claims()[0]
    unknown = claim.model_copy(update={"speaker": None, "speaker_unknown": True})
    app = open_desk(store_path, "ana")
    async with app.run_test(size=SIZE):
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.query_one(ClaimPane).render_claim(unknown, None))
        shown = console.export_text()
        assert "Speaker unknown" in shown
        assert "the article's own voice" not in shown
