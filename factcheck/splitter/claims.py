"""Stage 6 of the splitter: a draft becomes a numbered claim with its kind and score.

`typed_claim` asks `classify` for the claim's kind and check-worthiness and builds the
`Claim` the store keeps: its id from the article's and its number, its span, speaker, and
whether it needs context (the notes the earlier stages left, each once).
"""

from __future__ import annotations

import inspect
from functools import cache
from typing import TYPE_CHECKING

from factcheck.models import Claim, claim_id_for
from factcheck.splitter.classify import Classification, classify

if TYPE_CHECKING:
    from factcheck.splitter.document import Sentence
    from factcheck.splitter.drafts import Draft


@cache
def _classify_takes_tokens() -> bool:
    return "tokens" in inspect.signature(classify).parameters


def typed(draft: Draft, sentence: str) -> Classification:
    """Kind and score; passes the claim's parsed tokens when the classifier reads them."""
    extra = {"tokens": draft.tokens} if _classify_takes_tokens() else {}
    return classify(
        draft.text,
        speaker=draft.voice.speaker,
        reporting_verb=draft.voice.verb,
        sentence=sentence,
        **extra,
    )


def typed_claim(owner: str, number: int, sentence: Sentence, draft: Draft) -> Claim:
    result = typed(draft, sentence.text)
    return Claim(
        id=claim_id_for(owner, number),
        article_id=owner,
        text=draft.text,
        extracted_text=draft.text,
        sentence_index=sentence.index,
        span=draft.span,
        sentence=sentence.text,
        speaker=draft.voice.speaker,
        speaker_unknown=draft.speaker_unknown,
        needs_context=bool(draft.notes),
        context_note="; ".join(dict.fromkeys(draft.notes)),
        kind=result.kind,
        checkworthiness=result.checkworthiness,
        reasons=list(result.reasons),
    )
