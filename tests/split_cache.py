"""Each distinct text is split once per test process; every later split of it is a copy.

Many tests ingest the same articles (the seed, the newsroom articles, the gold articles): the
spaCy parse under the splitter made those repeats a fifth of the suite's time. The splitter's
result is a function of its arguments alone (one pinned model, no state between calls), so the
first split of a text is the real one and the repeats get deep copies of it, which a test may
change freely. Worker processes the product starts itself (`split_all` with jobs) and
`factcheck` subprocesses always split afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

import factcheck.splitter
import factcheck.splitter.batch
import factcheck.splitter.pipeline
from factcheck.models import Claim

# Hypothesis sends hundreds of distinct texts through the splitter; those are not kept.
KEPT_TEXTS = 128

Split = Callable[..., list[Claim]]


def remembering(split_text: Split) -> Split:
    """`split_text` with its results kept for the last `KEPT_TEXTS` distinct arguments."""

    @functools.lru_cache(maxsize=KEPT_TEXTS)
    def first_split(
        text: str, article_id: str | None, published: date | None, title: str | None
    ) -> list[Claim]:
        return split_text(text, article_id=article_id, published=published, title=title)

    @functools.wraps(split_text)
    def split_once(
        text: str,
        article_id: str | None = None,
        published: date | None = None,
        title: str | None = None,
    ) -> list[Claim]:
        claims = first_split(text, article_id, published, title)
        return [claim.model_copy(deep=True) for claim in claims]

    return split_once


def install() -> None:
    """Put the remembering splitter wherever the product and the tests look `split_text` up."""
    split_once = remembering(factcheck.splitter.pipeline.split_text)
    for module in (factcheck.splitter.pipeline, factcheck.splitter, factcheck.splitter.batch):
        module.split_text = split_once  # type: ignore[attr-defined]
