"""Split many articles at once, in worker processes.

Each worker loads the English parser once and splits whole articles, so `jobs` workers split
about `jobs` times as fast as one on a machine with that many free cores. Every article is
split before the caller writes anything: a failure names its article (and, from the pipeline,
its sentence) and nothing is half-stored.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from factcheck.models import Article, Claim
from factcheck.splitter.pipeline import SplitError, split_text


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def split_article(article: Article) -> list[Claim]:
    """One article's claims; a failure is a `SplitError` that names the article."""
    try:
        return split_text(
            article.text, article_id=article.id, published=article.published, title=article.title
        )
    except SplitError as error:
        raise SplitError(f"{article.source}: {error}") from None


def split_all(articles: Sequence[Article], jobs: int | None = None) -> list[list[Claim]]:
    """The claims of every article, in the articles' order.

    `jobs` worker processes (default: one per core); with one job, or one article, the
    splitting happens in this process. Workers are started fresh (`spawn`), so a caller
    with threads (the desk) is safe.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1 or len(articles) <= 1:
        return [split_article(article) for article in articles]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(articles)), mp_context=context) as pool:
        return list(pool.map(split_article, articles, chunksize=1))
