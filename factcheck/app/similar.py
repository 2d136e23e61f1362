"""Which claims read alike: the merge picker offers the likeliest duplicates first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Claim

_WORD = re.compile(r"\w+")
# Words too common to say two claims are about the same thing.
_COMMON = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
     "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "said",
     "says", "she", "that", "the", "their", "they", "this", "to", "was", "were", "will",
     "with", "would"}
)  # fmt: skip


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _COMMON}


def similarity(one: str, other: str) -> float:
    """Share of content words the two texts have in common (Jaccard), 0 to 1."""
    a, b = content_words(one), content_words(other)
    return len(a & b) / len(a | b) if a and b else 0.0


def most_similar_first(claim: Claim, others: Iterable[Claim]) -> list[Claim]:
    """`others` ranked by how much they read like `claim`; equals keep their order."""
    return sorted(others, key=lambda other: -similarity(claim.text, other.text))
