"""Split an article into checkable claims.

`split_text` and `split` are the public interface (the CLI and ingest use them); the stages
live one per module: `sentences` and `quotes` (stage 2), `attribution` (3), `decompose` (4),
`decontextualize` (5), `classify` (6), chained by `pipeline`.
"""

from __future__ import annotations

from factcheck.models import Article, Claim
from factcheck.splitter.pipeline import split_text

__all__ = ["split", "split_text"]


def split(article: Article) -> list[Claim]:
    return split_text(article.text, article_id=article.id, published=article.published)
