"""Train the claim matcher's re-ranker shipped in factcheck/matching/reranker.json.

usage: .venv/bin/python scripts/train_matcher.py [--data ../shared/data] [--out PATH]

Reads only the TRAIN queries of CLEF 2020 CheckThat! Task 2 and the 10,375 verified claims
(../shared/data/claim-matching); the dev queries are for benchmarks/eval_matching.py. Offline
and deterministic: folds by query position, a Newton-solved logistic regression, no random
start, so the same data always gives the same file.

For each training query, the BM25 candidates of `ClaimIndex` become examples (label 1 for a
verified claim that matches it). The L2 penalty and the number of candidates are chosen by
5-fold cross-validation on train (MAP@5, the task's measure); the shipped weights are then
fitted on all of train with those settings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

from clef_matching import DEFAULT_DATA, Query, read_checks, read_queries  # noqa: E402
from clef_matching import average_precision_at_5 as ap5  # noqa: E402

from factcheck.matching.index import ClaimIndex  # noqa: E402
from factcheck.matching.reranker import SHIPPED_WEIGHTS, Reranker, fit_logistic  # noqa: E402

FOLDS = 5
L2_CHOICES = (0.01, 0.1, 1.0, 10.0)
CANDIDATE_CHOICES = (20, 50, 100)


class Examples:
    """Each query's candidates (check ids), feature rows and labels, for one candidate count."""

    def __init__(self, queries: list[Query], limit: int) -> None:
        self.queries = queries
        self.limit = limit
        self.candidates: list[list[int]] = []
        self.rows: list[np.ndarray] = []
        self.labels: list[np.ndarray] = []

    @classmethod
    def collect(cls, index: ClaimIndex, ids: list[int], queries: list[Query], limit: int):
        examples = cls(queries, limit)
        for query in queries:
            positions, rows = index.candidate_features(query.text, limit)
            checks = [ids[p] for p in positions]
            examples.candidates.append(checks)
            examples.rows.append(rows)
            examples.labels.append(np.array([c in query.relevant for c in checks], dtype=float))
        return examples

    def top(self, limit: int) -> Examples:
        """The same examples cut to the first `limit` BM25 candidates (whose features do not
        depend on the candidates below them)."""
        fewer = Examples(self.queries, limit)
        fewer.candidates = [c[:limit] for c in self.candidates]
        fewer.rows = [r[:limit] for r in self.rows]
        fewer.labels = [y[:limit] for y in self.labels]
        return fewer

    def fit(self, which: list[int], l2: float) -> Reranker:
        rows = np.vstack([self.rows[i] for i in which if len(self.rows[i])])
        labels = np.concatenate([self.labels[i] for i in which])
        return fit_logistic(rows, labels, l2, self.limit)

    def map_at_5(self, reranker: Reranker, which: list[int]) -> float:
        scores = []
        for i in which:
            ranked = []
            if len(self.rows[i]):
                probability = reranker.probability(self.rows[i])
                order = sorted(range(len(probability)), key=lambda j: (-probability[j], j))
                ranked = [self.candidates[i][j] for j in order]
            scores.append(ap5(ranked, self.queries[i].relevant))
        return statistics.fmean(scores)


def cross_validate(examples: Examples, l2: float) -> float:
    folds = [list(range(f, len(examples.queries), FOLDS)) for f in range(FOLDS)]
    held_out = []
    for fold in folds:
        rest = [i for i in range(len(examples.queries)) if i % FOLDS != fold[0] % FOLDS]
        held_out.append(examples.map_at_5(examples.fit(rest, l2), fold))
    return statistics.fmean(held_out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=SHIPPED_WEIGHTS)
    args = parser.parse_args()

    checks = read_checks(args.data)
    queries = read_queries("train", args.data)
    index = ClaimIndex(checks.texts)
    best: tuple[float, int, float] | None = None
    all_examples = Examples.collect(index, checks.ids, queries, max(CANDIDATE_CHOICES))
    for limit in CANDIDATE_CHOICES:
        examples = all_examples.top(limit)
        for l2 in L2_CHOICES:
            score = cross_validate(examples, l2)
            print(f"candidates {limit:3d}  l2 {l2:<5}  cross-validated MAP@5 {score:.4f}")
            if best is None or score > best[0]:
                best = (score, limit, l2)
    assert best is not None
    score, limit, l2 = best
    print(f"chosen: candidates {limit}, l2 {l2} (cross-validated MAP@5 {score:.4f})")
    examples = all_examples.top(limit)
    reranker = examples.fit(list(range(len(queries))), l2)
    reranker.save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
