"""Shared by the desk's tests: a store built from the seed article, and the desk opened on it
as a named reviewer, exactly as `factcheck review` builds it."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest import read_article
from factcheck.review import ReviewService
from factcheck.splitter import split
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
    service = ReviewService(Store(store_path), load_workflow(DEFAULT_WORKFLOW), reviewer)
    return ReviewApp(service, keymap_file=keymap or store_path.parent / "no-keymap.yaml")


def notices(app: ReviewApp) -> str:
    """Every notification the reviewer has been shown, title and message, one per line."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)
