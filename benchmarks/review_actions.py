"""How long review actions take on a store of realistic size; prints figures, asserts nothing.

    .venv/bin/python benchmarks/review_actions.py [CLAIMS]

Builds a temporary store of CLAIMS claims (default 1000) from generated articles, then times
loading the shipped workflows, opening a `ReviewService`, and a reviewer's actions on the
real TinyDB `Store` (each action is one locked, durable save) and on `InMemoryRepository`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.ingest import parse_article
from factcheck.repository import InMemoryRepository, Repository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

WORKFLOWS = Path(__file__).resolve().parent.parent / "workflows"
SENTENCES_PER_ARTICLE = 20


def store_kib(path: Path) -> float:
    """Snapshot plus journal: what the store takes on disk."""
    files = [path, path.with_name(path.name + ".journal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1024


def article_text(number: int) -> str:
    return " ".join(
        f"In {1990 + s} the city of Town{number} built {100 * s + number} homes, officials said."
        for s in range(SENTENCES_PER_ARTICLE)
    )


def fill(repository: Repository, claims_wanted: int) -> list[str]:
    ids: list[str] = []
    number = 0
    while len(ids) < claims_wanted:
        article = parse_article(article_text(number), f"article-{number}.txt")
        claims = split(article)
        repository.add_article(article, claims)
        ids += [c.id for c in claims]
        number += 1
    return ids[:claims_wanted]


def timed(label: str, count: int, action: Callable[[int], object]) -> None:
    start = time.perf_counter()
    for index in range(count):
        action(index)
    elapsed = time.perf_counter() - start
    print(f"{label:<46} {count:5d} x  {1000 * elapsed / count:8.2f} ms each")


def journey(desk: ReviewService, ids: list[str], count: int, where: str) -> None:
    timed(f"{where}: accept", count, lambda i: desk.accept(ids[i]))
    timed(f"{where}: advance", count, lambda i: desk.advance(ids[i]))
    timed(
        f"{where}: add note",
        count,
        lambda i: desk.add_note(ids[i], url=f"https://example{i}.org/a", stance="supports"),
    )
    timed(f"{where}: undo", count, lambda i: desk.undo(ids[i]))
    timed(f"{where}: missing", count, lambda i: desk.missing(ids[i]))


def main() -> None:
    claims_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    workflows = sorted(WORKFLOWS.glob("*.yaml"))
    timed(
        "load_workflow (shipped files, round robin)", 60, lambda i: load_workflow(workflows[i % 3])
    )
    workflow = load_workflow(WORKFLOWS / "default.yaml")

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "factcheck.json")
        ids = fill(store, claims_wanted)
        print(f"store: {len(ids)} claims, {store_kib(store.path):.0f} KiB on disk")
        timed("open ReviewService on the store", 5, lambda i: ReviewService(store, workflow, "a"))
        desk = ReviewService(store, workflow, "bench")
        journey(desk, ids, 50, "Store")
        timed("Store: status_counts", 5, lambda i: desk.status_counts())
        print(f"store after the actions: {store_kib(store.path):.0f} KiB on disk")

    memory = InMemoryRepository()
    ids = fill(memory, claims_wanted)
    journey(ReviewService(memory, workflow, "bench"), ids, 500, "InMemory")


if __name__ == "__main__":
    main()
