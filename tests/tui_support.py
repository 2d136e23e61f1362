"""Shared by the desk's tests: a store built from the seed article, and the desk opened on it
as a named reviewer, exactly as `factcheck review` builds it."""

from __future__ import annotations

from pathlib import Path

from factcheck.app import Desk
from factcheck.ingest import read_article
from factcheck.models import Claim, ClaimKind, claim_id_for
from factcheck.splitter import split
from factcheck.splitter.sentences import sentence_spans
from factcheck.store import Store
from factcheck.tui.app import ReviewApp
from factcheck.workflow import load_workflow

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
DEFAULT_WORKFLOW = PROJECT / "workflows" / "default.yaml"


def seeded_store(path: Path) -> Path:
    """A store holding the seed article and its claims, as `factcheck ingest seeds/` leaves it."""
    store = Store(path)
    article = read_article(SEED)
    store.add_article(article, split(article))
    return path


def open_desk(store_path: Path, reviewer: str, keymap: Path | None = None) -> ReviewApp:
    """The desk as `reviewer`; no user keymap unless one is given."""
    desk = Desk(Store(store_path), load_workflow(DEFAULT_WORKFLOW), reviewer).start_review()
    return ReviewApp(desk, keymap_file=keymap or store_path.parent / "no-keymap.yaml")


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
