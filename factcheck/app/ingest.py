"""Ingest: read article files, split each into claims, store them — the one loop behind
`factcheck ingest` and the desk's `I`.

Every file is read and checked, and every article split (in `jobs` worker processes, default
one per core), before anything is stored, so a bad file or a sentence the splitter cannot
take stores nothing. Each article is then stored in its own save; an article already stored
is left as it is (`added` False).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.ingest import ArticleDetails, read_articles
from factcheck.models import Article
from factcheck.repository import Repository
from factcheck.splitter.batch import split_all


@dataclass(frozen=True)
class IngestStep:
    """One article done: `number` of `total`, whether it was new, and its claim count."""

    number: int
    total: int
    path: Path
    article: Article
    added: bool
    claim_count: int


@dataclass(frozen=True)
class IngestSummary:
    steps: tuple[IngestStep, ...]

    @property
    def added(self) -> int:
        return sum(step.added for step in self.steps)

    @property
    def present(self) -> int:
        return len(self.steps) - self.added

    @property
    def claims_added(self) -> int:
        return sum(step.claim_count for step in self.steps if step.added)


def ingest_paths(
    repository: Repository,
    paths: Iterable[Path],
    on_step: Callable[[IngestStep], None] | None = None,
    details: ArticleDetails | None = None,
    *,
    jobs: int | None = None,
) -> IngestSummary:
    """Ingest every article under `paths`, calling `on_step` after each one is stored;
    `details` (ingest's flags) describe a single article and win over its header."""
    articles = read_articles(paths, details)
    split_claims = split_all([article for _path, article in articles], jobs)
    steps: list[IngestStep] = []
    for number, ((path, article), claims) in enumerate(
        zip(articles, split_claims, strict=True), start=1
    ):
        added = repository.add_article(article, claims)
        step = IngestStep(number, len(articles), path, article, added, len(claims))
        steps.append(step)
        if on_step is not None:
            on_step(step)
    return IngestSummary(tuple(steps))
