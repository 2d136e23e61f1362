"""The re-ranker's view of one (claim, library entry) pair: a fixed list of numbers.

Each feature is a reason a fact-checker would give for "this check is about the same claim":
the rare words they share, how much of the checked claim the new one covers, the same numbers
and names, the same polarity. `FEATURE_NAMES` fixes their order; the shipped weights
(`reranker.json`) name the features they were trained on, so a change here without retraining
is refused when the weights load.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from factcheck.matching.text import ClaimText, Query

FEATURE_NAMES: tuple[str, ...] = (
    "bm25_share_of_best",
    "bm25_gap_to_best",
    "reciprocal_bm25_rank",
    "entry_covered",
    "query_covered",
    "entry_covered_by_body",
    "entry_covered_by_signature",
    "body_covered",
    "rarest_shared_body_term",
    "entry_terms_in_body",
    "shared_bigrams",
    "char_gram_cosine",
    "body_char_gram_cosine",
    "shared_numbers",
    "entry_numbers_missing",
    "shared_names",
    "entry_names_missing",
    "negation_mismatch",
    "log_entry_length",
    "has_signature",
)


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two sets as binary vectors."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


class PairFeatures:
    """Computes `FEATURE_NAMES` for a query against its BM25 candidates.

    `weight` is the inverse document frequency of an index term in the library (unknown terms
    weigh as much as the rarest), so "covered" features count rare words more than common ones.
    """

    def __init__(self, weight: Callable[[str], float], rarest_weight: float) -> None:
        self._weight = weight
        self._rarest = rarest_weight

    def weight_of(self, terms: Iterable[str]) -> float:
        return sum(map(self._weight, terms))

    def for_candidates(
        self, query: Query, entries: Sequence[ClaimText], bm25_scores: Sequence[float]
    ) -> list[list[float]]:
        """One row per entry; `entries` in BM25 order, `bm25_scores` theirs."""
        best = bm25_scores[0] if bm25_scores and bm25_scores[0] > 0 else 1.0
        query_weight = self.weight_of(query.whole.term_set)
        body_weight = self.weight_of(query.body.term_set)
        return [
            self._row(query, entry, rank, score, best, query_weight, body_weight)
            for rank, (entry, score) in enumerate(zip(entries, bm25_scores, strict=True))
        ]

    def _row(
        self,
        query: Query,
        entry: ClaimText,
        rank: int,
        score: float,
        best: float,
        query_weight: float,
        body_weight: float,
    ) -> list[float]:
        whole, body, signature = query.whole, query.body, query.signature
        entry_weight = self.weight_of(entry.term_set)
        shared = whole.term_set & entry.term_set
        shared_body = body.term_set & entry.term_set
        shared_weight = self.weight_of(shared)
        shared_body_weight = self.weight_of(shared_body)
        rarest_shared = max(map(self._weight, shared_body), default=0.0)
        return [
            score / best,
            score - best,
            1.0 / (rank + 1),
            _ratio(shared_weight, entry_weight),
            _ratio(shared_weight, query_weight),
            _ratio(shared_body_weight, entry_weight),
            _ratio(self.weight_of(signature.term_set & entry.term_set), entry_weight),
            _ratio(shared_body_weight, body_weight),
            rarest_shared / self._rarest,
            _ratio(len(shared_body), len(entry.term_set)),
            _ratio(len(whole.bigrams & entry.bigrams), len(entry.bigrams)),
            cosine(whole.char_grams, entry.char_grams),
            cosine(body.char_grams, entry.char_grams),
            _ratio(len(whole.numbers & entry.numbers), len(entry.numbers)),
            float(bool(entry.numbers - whole.numbers)),
            _ratio(len(whole.names & entry.names), len(entry.names)),
            float(bool(entry.names - whole.names - whole.term_set)),
            float(whole.negated != entry.negated),
            math.log1p(len(entry.terms)),
            float(bool(signature.terms)),
        ]


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0
