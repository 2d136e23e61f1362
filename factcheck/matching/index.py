"""`ClaimIndex`: find the checked claims that a new claim repeats.

Two stages, as fact-check retrieval systems are usually built: BM25 over stemmed words and
word beginnings (`bm25.Bm25`, sparse and fast; see `text.search_terms`, and a post's signature
counts less than its body) picks the entries that share most words with the query; the
re-ranker (`reranker.json`: a logistic regression over `features.FEATURE_NAMES`, and how many
candidates it was tuned to re-rank) orders them by how likely each checks the same claim. An
entry that shares no index term with the query is never returned: the matcher would rather
show nothing than a guess.

The index is immutable: a library that changes builds a new one (100,000 entries take a few
seconds; see benchmarks/bench_matching.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from factcheck.matching.background import Background, shipped_background
from factcheck.matching.bm25 import Bm25
from factcheck.matching.features import PairFeatures
from factcheck.matching.reranker import Reranker
from factcheck.matching.text import (
    ClaimText,
    Query,
    analyse,
    analyse_query,
    search_terms,
    without_links,
    words,
)

# How many of the claims reviewers linked to checks, the closest to a query, bring their check
# into the candidates when BM25 ranks it too low (cross-validated, see scripts/train_matcher.py).
LINKED_CANDIDATES = 3


class ClaimIndex:
    """An index over `texts` (one checked claim each; a claim and its review's headline may
    share one text). `search` returns (position in `texts`, score) pairs, best first; the score
    is the re-ranker's probability that the entry checks the query's claim, comparable across
    the searches of one index.

    `linked` are claims a reviewer already linked to an entry, as (position in `texts`, claim
    text): a new claim worded like one of them is likely the same claim again, however
    differently the fact-checker worded theirs."""

    def __init__(
        self,
        texts: Sequence[str],
        *,
        linked: Sequence[tuple[int, str]] = (),
        reranker: Reranker | None = None,
        background: Background | None = None,
    ) -> None:
        # Only the index terms are read up front; the rest of an entry's analysis is made
        # when it first becomes a candidate, so building stays within seconds at 100,000.
        self._texts = [without_links(text) for text in texts]
        self._vocabulary: dict[str, int] = {}
        documents = _term_ids(self._texts, self._vocabulary)
        self._analysed: dict[int, ClaimText] = {}
        self._linked_positions = [position for position, _ in linked]
        self._linked: dict[int, list[int]] = {}
        for number, position in enumerate(self._linked_positions):
            self._linked.setdefault(position, []).append(number)
        self._linked_texts = [without_links(text) for _, text in linked]
        self._analysed_linked: dict[int, ClaimText] = {}
        linked_documents = _term_ids(self._linked_texts, self._vocabulary)
        self._reranker = reranker
        self._bm25 = Bm25(documents, len(self._vocabulary))
        self._linked_bm25 = Bm25(linked_documents, len(self._vocabulary))
        background = background or shipped_background()
        size = len(self._texts) + background.documents
        weights = _TermWeights(background.frequency, self._vocabulary, self._bm25, size)
        # The bound `__getitem__` keeps the many weight look-ups of a search in C.
        self._features = PairFeatures(weights.__getitem__, weights.rarest)

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
        self,
        query: str,
        limit: int,
        *,
        leave_out: frozenset[int] = frozenset(),
        unlinked: frozenset[int] = frozenset(),
    ) -> tuple[list[int], np.ndarray]:
        """The BM25 candidates for `query` and their re-ranker features (one row each), as if
        the entries at `leave_out` were not in the index (training shows the re-ranker
        queries whose check is missing, so a score also says whether there is a match) and
        the `linked` claims numbered in `unlinked` were never linked (a training query's own
        link)."""
        analysed = analyse_query(query)
        positions, bm25_scores = self.candidates(
            analysed, limit, leave_out=leave_out, unlinked=unlinked
        )
        entries = [self._entry(p) for p in positions]
        linked = [
            [self._linked_claim(n) for n in self._linked.get(p, ()) if n not in unlinked]
            for p in positions
        ]
        return positions, self._features.for_candidates(analysed, entries, bm25_scores, linked)

    def _entry(self, position: int) -> ClaimText:
        return _analysed_once(self._analysed, self._texts, position)

    def _linked_claim(self, number: int) -> ClaimText:
        return _analysed_once(self._analysed_linked, self._linked_texts, number)

    def candidates(
        self,
        query: Query,
        limit: int,
        *,
        leave_out: frozenset[int] = frozenset(),
        unlinked: frozenset[int] = frozenset(),
    ) -> tuple[list[int], list[float]]:
        """The first stage, by BM25 (best first): up to `limit` entries sharing a term with
        the query, then those of the LINKED_CANDIDATES linked claims most like it that BM25
        ranked lower (a check worded unlike the claims that repeat it is still found).
        `leave_out` and `unlinked` as in `candidate_features`."""
        term_ids = [
            (self._vocabulary[term], weight)
            for term, weight in query.weighted_terms
            if term in self._vocabulary
        ]
        if not term_ids:
            return [], []
        scores = self._bm25.scores(term_ids)
        scores[list(leave_out)] = 0
        limit = min(limit, len(scores))
        top = np.argpartition(-scores, limit - 1)[:limit]
        ranked = sorted((p for p in top.tolist() if scores[p] > 0), key=lambda p: (-scores[p], p))
        shown = set(ranked)
        ranked += sorted(
            {
                p
                for p in self._linked_entries(term_ids, unlinked)
                if p not in shown and scores[p] > 0
            },
            key=lambda p: (-scores[p], p),
        )
        return ranked, [float(scores[p]) for p in ranked]

    def _linked_entries(
        self, term_ids: list[tuple[int, float]], unlinked: frozenset[int]
    ) -> list[int]:
        """The entries of the LINKED_CANDIDATES linked claims closest to the query by BM25."""
        if not self._linked_positions:
            return []
        scores = self._linked_bm25.scores(term_ids)
        scores[list(unlinked)] = 0
        best = np.argsort(-scores, kind="stable")[:LINKED_CANDIDATES]
        return [self._linked_positions[n] for n in best.tolist() if scores[n] > 0]


class _TermWeights(dict[str, float]):
    """Each term's inverse document frequency in the background plus the library, worked out
    the first time a search asks for it (a term in neither weighs `rarest`)."""

    def __init__(
        self, background: dict[str, int], vocabulary: dict[str, int], bm25: Bm25, documents: int
    ) -> None:
        super().__init__()
        self._background = background
        self._vocabulary = vocabulary
        self._bm25 = bm25
        self._documents = documents
        self.rarest = self._idf(0)

    def _idf(self, count: int) -> float:
        return math.log(1 + (self._documents - count + 0.5) / (count + 0.5))

    def __missing__(self, term: str) -> float:
        count = self._background.get(term, 0)
        if term in self._vocabulary:
            count += int(self._bm25.document_frequency[self._vocabulary[term]])
        weight = self[term] = self._idf(count)
        return weight


def _analysed_once(analysed: dict[int, ClaimText], texts: Sequence[str], number: int) -> ClaimText:
    claim = analysed.get(number)
    if claim is None:
        claim = analysed[number] = analyse(texts[number])
    return claim


def _term_ids(texts: Sequence[str], vocabulary: dict[str, int]) -> list[list[int]]:
    """Each text's first-stage terms (`search_terms`) as ids into `vocabulary` (extended as
    new terms appear). A word is analysed once, however many entries use it."""
    ids_of_word: dict[str, tuple[int, ...]] = {}
    documents = []
    for text in texts:
        ids: list[int] = []
        for word in words(text):
            word_ids = ids_of_word.get(word)
            if word_ids is None:
                word_ids = ids_of_word[word] = tuple(
                    vocabulary.setdefault(term, len(vocabulary)) for term in search_terms(word)
                )
            ids += word_ids
        documents.append(ids)
    return documents
