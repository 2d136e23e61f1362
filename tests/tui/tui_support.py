"""Shared by the desk's tests: the seed article's claims in an in-memory repository (or a
store file), and the desk opened on them as a named reviewer, as `factcheck review` does."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from roster_support import on_roster
from textual.widgets import Input, TextArea
from textual.worker import WorkerCancelled

from factcheck.app import Desk
from factcheck.ingest import read_article
from factcheck.models import Article, Claim, ClaimKind, claim_id_for
from factcheck.repository import InMemoryRepository, Repository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.splitter.sentences import sentence_spans
from factcheck.store import Store
from factcheck.tui.app import ReviewApp
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
DEFAULT_WORKFLOW = PROJECT / "workflows" / "default.yaml"


INGESTED = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)  # the fixed store's ingest time
NO_KEYMAP = PROJECT / "tests" / "tui" / "no-keymap.yaml"  # never created


@lru_cache(maxsize=1)
def _seed_split() -> tuple[Article, tuple[Claim, ...]]:
    """The seed article split once per test process (the repositories copy what they keep)."""
    article = read_article(SEED)
    return article, tuple(split(article))


def seeded_repository(kind: type[InMemoryRepository] = InMemoryRepository) -> InMemoryRepository:
    """The seed article and its claims, as `factcheck ingest seeds/` leaves a store, in memory."""
    repository = kind()
    article, claims = _seed_split()
    repository.add_article(article, claims)
    return repository


def seeded_store(path: Path) -> Path:
    """A store file holding the seed article and its claims."""
    article, claims = _seed_split()
    Store(path).add_article(article, claims)
    return path


def open_desk(where: Path | Repository, reviewer: str, keymap: Path | None = None) -> ReviewApp:
    """The desk as `reviewer` on a store file or a repository; no user keymap unless given."""
    repository = Store(where) if isinstance(where, Path) else where
    workflow = load_workflow(DEFAULT_WORKFLOW)
    on_roster(repository, workflow, reviewer, "ben")
    desk = Desk(repository, workflow, reviewer).start_review()
    return ReviewApp(desk, keymap_file=keymap or NO_KEYMAP)


async def finished(app: ReviewApp, group: str) -> None:
    """Wait for the desk's workers of one group (ingest, export): not for the one that
    follows the store, which runs as long as the desk. A worker a newer one of its group
    replaced (the queue read again while a read was still running, on a busy machine) is
    cancelled; the wait goes on for the newer one."""
    while running := [w for w in app.workers if w.group == group and not w.is_finished]:
        for worker in running:
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()


def notices(app: ReviewApp) -> str:
    """Every notification the reviewer has been shown, title and message, one per line."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)


def fixed_store(path: Path) -> Path:
    """The seed article with one claim per sentence and fixed kinds, scores and speakers:
    a store whose look does not change when the splitter improves (for snapshots)."""
    store = Store(path)
    article = read_article(SEED).model_copy(update={"ingested_at": INGESTED})
    kinds = list(ClaimKind)
    speakers = [None, "Erdoğan", None, "Kalın", None]
    claims = []
    for number, (start, end) in enumerate(sentence_spans(article.text), start=1):
        sentence = article.text[start:end]
        claims.append(
            Claim(
                id=claim_id_for(article.id, number),
                article_id=article.id,
                text=sentence,
                extracted_text=sentence,
                sentence_index=number - 1,
                span=(start, end),
                sentence=sentence,
                speaker=speakers[number % len(speakers)],
                kind=kinds[number % len(kinds)],
                checkworthiness=(number * 37 % 100) / 100,
                reasons=["number: 2,000 troops"] if number % 3 == 0 else [],
            )
        )
    store.add_article(article, claims)
    return path


def researched(repository: Repository) -> None:
    """The first claim accepted, with two sources: ready for a verdict."""
    on_roster(repository, load_workflow(DEFAULT_WORKFLOW), "ana")
    ana = ReviewService(repository, load_workflow(DEFAULT_WORKFLOW), "ana")
    claim_id = repository.list_claims()[0].id
    ana.accept(claim_id)
    ana.advance(claim_id)
    ana.add_note(claim_id, url="https://www.reuters.com/world/a", stance="refutes")
    ana.add_note(claim_id, url="https://apnews.com/article/b", stance="context")
    ana.advance(claim_id)


async def type_text(pilot, text: str) -> None:
    """Put `text` into the focused field at its cursor, as typing it would."""
    field = pilot.app.focused
    if isinstance(field, TextArea):
        field.insert(text)
    else:
        assert isinstance(field, Input), f"no text field has the focus ({field})"
        field.insert_text_at_cursor(text)
    await pilot.pause()


async def activity_read(pilot) -> None:
    """Wait until the desk has read every claim's activity (its follow worker does, after
    the first frame): from then on the claim pane is complete."""
    for _ in range(500):
        if getattr(pilot.app.screen, "activity", None) is not None:
            await pilot.pause()
            return
        await pilot.pause(0.01)
    raise AssertionError("the desk never read the claims' activity")


async def pane_shows(pilot, text: str) -> str:
    """Wait (up to 5 s) until the claim pane shows `text` (the live feed brings new activity
    within a poll); the pane's text."""
    from factcheck.tui.claim_pane import ClaimPane

    for _ in range(500):
        plain = pilot.app.screen.query_one(ClaimPane).plain
        if text in plain:
            return plain
        await pilot.pause(0.01)
    raise AssertionError(f"{text!r} never showed in the claim pane:\n{plain}")


async def palette_offers(pilot, words: str) -> None:
    """Wait (up to 5 s) until the command palette has finished searching and highlights a
    command that names `words`: it gathers its results in a worker, in batches a quarter of
    a second apart, so a fixed wait could press enter before them on a busy machine."""
    from textual.command import CommandList

    for _ in range(500):
        commands = pilot.app.screen.query_one(CommandList)
        palette = pilot.app.screen
        searching = any(w.is_running and w.node is palette for w in pilot.app.workers)
        index = commands.highlighted
        if not searching and index is not None:
            prompt = str(commands.get_option_at_index(index).prompt)
            if words.lower() in prompt.lower():
                return
        await pilot.pause(0.01)
    raise AssertionError(f"the command palette never offered {words!r}")
