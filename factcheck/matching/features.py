"""The re-ranker's view of one (claim, library entry) pair: a fixed list of numbers.

Each feature is a reason a fact-checker would give for "this check is about the same claim":
the rare words they share, how much of the checked claim the new one covers, the same numbers
and names, the same polarity, how close it is to claims a reviewer already linked to that check,
each also against the other candidates of the search.
`FEATURE_NAMES` fixes their order; the shipped weights
(`reranker.json`) name the features they were trained on, so a change here without retraining
is refused when the weights load.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from factcheck.matching.text import ClaimText, Query

PAIR_FEATURE_NAMES: tuple[str, ...] = (
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
    "linked_claim_similarity",
)
# A pair's evidence read against the other candidates of the same search: how far behind the
# best candidate it is, and its place among them. "Covers 60% of the check" says little alone;
# it says much when no other candidate covers more (5-fold cross-validated MAP@5 on 640
# training queries: 0.865 without these, 0.875 with them). The BM25 features are relative
# already; flags and lengths are not compared.
_NOT_COMPARED = frozenset(
    {
        "bm25_share_of_best",
        "bm25_gap_to_best",
        "reciprocal_bm25_rank",
        "entry_numbers_missing",
        "entry_names_missing",
        "negation_mismatch",
        "log_entry_length",
        "has_signature",
    }
)
COMPARED_FEATURES = tuple(name for name in PAIR_FEATURE_NAMES if name not in _NOT_COMPARED)
FEATURE_NAMES: tuple[str, ...] = (
    PAIR_FEATURE_NAMES
    + tuple(f"{name}_gap_to_best" for name in COMPARED_FEATURES)
    + tuple(f"reciprocal_{name}_rank" for name in COMPARED_FEATURES)
)
_COMPARED_COLUMNS = [PAIR_FEATURE_NAMES.index(name) for name in COMPARED_FEATURES]


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
        # fsum: exact whatever the order, and a set's order changes with the hash seed; with
        # `sum`, two candidates sharing the same words could swap ranks from run to run.
        return math.fsum(map(self._weight, terms))

    def for_candidates(
        self,
        query: Query,
        entries: Sequence[ClaimText],
        bm25_scores: Sequence[float],
        linked: Sequence[Sequence[ClaimText]],
    ) -> np.ndarray:
        """One row of `FEATURE_NAMES` per entry; `entries` in BM25 order, `bm25_scores` theirs,
        `linked` the claims a reviewer linked to each entry. A row depends on the other entries
        given (see COMPARED_FEATURES)."""
        best = bm25_scores[0] if bm25_scores and bm25_scores[0] > 0 else 1.0
        query_weight = self.weight_of(query.whole.term_set)
        body_weight = self.weight_of(query.body.term_set)
        pairs = np.asarray(
            [
                [
                    *self._row(query, entry, rank, score, best, query_weight, body_weight),
                    max((self.similarity(query.whole, claim) for claim in claims), default=0.0),
                ]
                for rank, (entry, score, claims) in enumerate(
                    zip(entries, bm25_scores, linked, strict=True)
                )
            ],
            dtype=float,
        ).reshape(len(entries), len(PAIR_FEATURE_NAMES))
        return np.hstack([pairs, *compared_with_each_other(pairs[:, _COMPARED_COLUMNS])])

    def similarity(self, a: ClaimText, b: ClaimText) -> float:
        """Cosine of two claims' index terms, each weighing its inverse document frequency."""
        shared = self._squared_weight(a.term_set & b.term_set)
        if not shared:
            return 0.0
        return shared / math.sqrt(
            self._squared_weight(a.term_set) * self._squared_weight(b.term_set)
        )

    def _squared_weight(self, terms: Iterable[str]) -> float:
        return math.fsum(self._weight(term) ** 2 for term in terms)

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


def compared_with_each_other(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column: each row's gap to the column's best (<= 0), and 1 / its rank (ties keep
    row order)."""
    if not len(values):
        return values, values
    ranks = np.argsort(np.argsort(-values, axis=0, kind="stable"), axis=0, kind="stable")
    return values - values.max(axis=0), 1.0 / (ranks + 1)


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0
