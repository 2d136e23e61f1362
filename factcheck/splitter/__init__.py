"""Split an article into checkable claims.

`split_text` and `split` are the public interface (the CLI and ingest use them). Structure
comes from spaCy's English pipeline (`parser`); the stages live one per module: `sentences`
and `document` (1-2: sentences, paragraphs, quotation marks), `reported` (3: who says so),
`clauses` (4: one claim per fact), `context` (5: stand alone or flag), `classify` (6: kind
and check-worthiness), `faithfulness` (7), chained by `pipeline`; `lexicon` holds every cue
word and `tokens` the helpers over parsed tokens.
"""

from __future__ import annotations

from factcheck.models import Article, Claim
from factcheck.splitter.pipeline import split_text

__all__ = ["split", "split_text"]


def split(article: Article) -> list[Claim]:
    return split_text(
        article.text, article_id=article.id, published=article.published, title=article.title
    )
