"""`ClaimIndex`: find the checked claims that a new claim repeats.

Two stages, as fact-check retrieval systems are usually built: BM25 over stemmed words
(bm25s, sparse and fast) picks the entries that share most words with the query; the
re-ranker (`reranker.json`: a logistic regression over `features.FEATURE_NAMES`, and how many
candidates it was tuned to re-rank) orders them by how likely each checks the same claim. An
entry that shares no index term with the query is never returned: the matcher would rather
show nothing than a guess.

The index is immutable: a library that changes builds a new one (100,000 entries take a few
seconds; see benchmarks/bench_matching.py).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from factcheck.matching.background import Background, shipped_background
from factcheck.matching.features import FEATURE_NAMES, PairFeatures
from factcheck.matching.reranker import Reranker
from factcheck.matching.text import (
    ClaimText,
    Query,
    analyse,
    analyse_query,
    index_terms,
    without_links,
    words,
)

if TYPE_CHECKING:
    import bm25s


class ClaimIndex:
    """An index over `texts` (one checked claim each; a claim and its review's headline may
    share one text). `search` returns (position in `texts`, score) pairs, best first; the score
    is the re-ranker's probability that the entry checks the query's claim, comparable across
    the searches of one index."""

    def __init__(
        self,
        texts: Sequence[str],
        *,
        reranker: Reranker | None = None,
        background: Background | None = None,
    ) -> None:
        # Only the index terms are read up front; the rest of an entry's analysis is made
        # when it first becomes a candidate, so building stays within seconds at 100,000.
        self._texts = [without_links(text) for text in texts]
        terms = [index_terms(words(text)) for text in self._texts]
        self._analysed: dict[int, ClaimText] = {}
        self._reranker = reranker
        background = background or shipped_background()
        document_frequency: Counter[str] = Counter(background.frequency)
        for entry_terms in terms:
            document_frequency.update(set(entry_terms))
        size = len(self._texts) + background.documents
        self._idf = {
            term: math.log(1 + (size - count + 0.5) / (count + 0.5))
            for term, count in document_frequency.items()
        }
        rarest = math.log(1 + (size + 0.5) / 0.5)
        self._features = PairFeatures(lambda term: self._idf.get(term, rarest), rarest)
        self._bm25: bm25s.BM25 | None = None
        if terms:
            # Imported here: bm25s brings scipy, a third of every `factcheck` command's start.
            import bm25s

            self._bm25 = bm25s.BM25()
            self._bm25.index(terms, show_progress=False)

    def __len__(self) -> int:
        return len(self._texts)

    def search(self, query: str, k: int = 5) -> list[tuple[int, float]]:
        if k <= 0:
            return []
        if self._reranker is None:
            self._reranker = Reranker.load()
        positions, rows = self.candidate_features(query, max(k, self._reranker.candidates))
        if not positions:
            return []
        probabilities = self._reranker.probability(rows)
        # Ties keep BM25 order, so the result never depends on sort internals.
        order = sorted(range(len(positions)), key=lambda i: (-probabilities[i], i))
        return [(positions[i], float(probabilities[i])) for i in order[:k]]

    def candidate_features(
        self, query: str, limit: int, *, leave_out: frozenset[int] = frozenset()
    ) -> tuple[list[int], np.ndarray]:
        """The BM25 candidates for `query` and their re-ranker features (one row each), as if
        the entries at `leave_out` were not in the index (training shows the re-ranker
        queries whose check is missing, so a score also says whether there is a match)."""
        analysed = analyse_query(query)
        positions, bm25_scores = self.candidates(analysed, limit + len(leave_out))
        kept = [i for i, p in enumerate(positions) if p not in leave_out][:limit]
        positions, bm25_scores = [positions[i] for i in kept], [bm25_scores[i] for i in kept]
        entries = [self._entry(p) for p in positions]
        rows = self._features.for_candidates(analysed, entries, bm25_scores)
        return positions, np.asarray(rows, dtype=float).reshape(len(positions), len(FEATURE_NAMES))

    def _entry(self, position: int) -> ClaimText:
        entry = self._analysed.get(position)
        if entry is None:
            entry = self._analysed[position] = analyse(self._texts[position])
        return entry

    def candidates(self, query: Query, limit: int) -> tuple[list[int], list[float]]:
        """The first stage: up to `limit` entries sharing a term with the query, by BM25."""
        if self._bm25 is None:
            return [], []
        term_ids = self._bm25.get_tokens_ids(query.whole.terms)
        if not term_ids:
            return [], []
        scores = self._bm25.get_scores_from_ids(term_ids)
        limit = min(limit, len(scores))
        top = np.argpartition(-scores, limit - 1)[:limit]
        ranked = sorted((p for p in top.tolist() if scores[p] > 0), key=lambda p: (-scores[p], p))
        return ranked, [float(scores[p]) for p in ranked]
