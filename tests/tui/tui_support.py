"""Shared by the desk's tests: the seed article's claims in an in-memory repository (or a
store file), and the desk opened on them as a named reviewer, as `factcheck review` does."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from roster_support import on_roster

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


def notices(app: ReviewApp) -> str:
    """Every notification the reviewer has been shown, title and message, one per line."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)


def fixed_store(path: Path) -> Path:
    """The seed article with one claim per sentence and fixed kinds, scores and speakers:
    a store whose look does not change when the splitter improves (for snapshots)."""
    store = Store(path)
    article = read_article(SEED)
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
