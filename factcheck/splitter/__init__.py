"""Split an article into checkable claims.

First pipeline: one claim per sentence. The claim-splitter issue replaces the body of
`split_text`; the interface `split(article) -> list[Claim]` stays.
"""

from __future__ import annotations

from factcheck.models import Article, Claim, article_id_for, claim_id_for
from factcheck.splitter.sentences import sentence_spans

__all__ = ["split", "split_text"]


def split_text(text: str, article_id: str | None = None) -> list[Claim]:
    """Claims found in `text`; spans index `text`. Needs no store and no file."""
    owner = article_id or article_id_for(text)
    claims: list[Claim] = []
    for index, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        claims.append(
            Claim(
                id=claim_id_for(owner, len(claims) + 1),
                article_id=owner,
                text=sentence,
                extracted_text=sentence,
                sentence_index=index,
                span=(start, end),
                sentence=sentence,
            )
        )
    return claims


def split(article: Article) -> list[Claim]:
    return split_text(article.text, article_id=article.id)
