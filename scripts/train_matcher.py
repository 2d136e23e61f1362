"""Train the claim matcher's re-ranker shipped in factcheck/matching/reranker.json.

usage: .venv/bin/python scripts/train_matcher.py [--data ../shared/data] [--out PATH]

Writes factcheck/matching/background.json too: how many of the verified claims use each
index term (see factcheck.matching.background). Reads only the TRAIN queries of CLEF 2020
CheckThat! Task 2 and the 10,375 verified claims (../shared/data/claim-matching); the dev
queries are for benchmarks/eval_matching.py. Offline
and deterministic: folds by query position, a Newton-solved logistic regression, no random
start, so the same data always gives the same file.

For each training query, the BM25 candidates of `ClaimIndex` become examples (label 1 for a
verified claim that matches it), and again with its own checks left out of the library (all
label 0): most claims a desk meets were never checked, and the score must say so, not only
rank. Every 20th verified claim (one whose text appears once) is also a query for itself:
tweets never repeat a check word for word, and without these a claim identical to a past
check scored below "checked before". Each training query is linked to its checks in the
index (`ClaimIndex(linked=...)`), as a desk links claims to past checks, with its own links
hidden from it: the other queries that repeat the same check teach the linked-claim feature.
The L2 penalty and the number of candidates are chosen by
5-fold cross-validation on the first 640 training queries (MAP@5, the task's measure); the
last 160 are a held-out check of that choice, printed; the shipped weights are then fitted on
all of train with those settings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

import numpy as np

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

from clef_matching import DEFAULT_DATA, Checks, Query, links, read_checks, read_queries  # noqa: E402
from clef_matching import average_precision_at_5 as ap5  # noqa: E402

from factcheck.library.memory import CHECKED_BEFORE  # noqa: E402
from factcheck.matching.background import SHIPPED_BACKGROUND, Background  # noqa: E402
from factcheck.matching.index import ClaimIndex  # noqa: E402
from factcheck.matching.reranker import SHIPPED_WEIGHTS, Reranker, fit_logistic  # noqa: E402
from factcheck.matching.text import index_terms, words  # noqa: E402

FOLDS = 5
HELD_OUT = 160  # the last training queries: never seen while choosing settings
SELF_QUERY_STEP = 20
L2_CHOICES = (0.01, 0.1, 1.0, 10.0)
# More candidates cross-validate within 0.003 of these (50: 0.8757 against 0.8730 at 20) but
# each costs query time: at 50, query p95 at 100,000 entries was 10.4 ms CPU, over the goal.
CANDIDATE_CHOICES = (20, 30)
# At most this share of queries whose check is not in the library may be told "checked before"
# (cross-validated); the shipped scores are centred so that CHECKED_BEFORE sits there.
FALSE_CHECKED_BEFORE = 0.17


class Examples:
    """Each query's candidates (check ids), feature rows and labels, for one candidate count."""

    def __init__(self, queries: list[Query], limit: int) -> None:
        self.queries = queries
        self.limit = limit
        self.candidates: list[list[int]] = []
        self.rows: list[np.ndarray] = []
        self.labels: list[np.ndarray] = []

    @classmethod
    def collect(
        cls,
        index: ClaimIndex,
        ids: list[int],
        queries: list[Query],
        limit: int,
        own_links: list[frozenset[int]],
        *,
        without_match: bool = False,
    ) -> Examples:
        """With `without_match`, each query's own checks are left out of its candidates: the
        queries a desk mostly meets, which were never checked. `own_links[i]`: the index's
        links made by query i, unseen by it (a claim is not linked before it is checked)."""
        examples = cls(queries, limit)
        position_of = {check_id: p for p, check_id in enumerate(ids)}
        for number, query in enumerate(queries):
            leave_out = (
                frozenset(position_of[c] for c in query.relevant) if without_match else frozenset()
            )
            positions, rows = index.candidate_features(
                query.text, limit, leave_out=leave_out, unlinked=own_links[number]
            )
            checks = [ids[p] for p in positions]
            examples.candidates.append(checks)
            examples.rows.append(rows)
            examples.labels.append(np.array([c in query.relevant for c in checks], dtype=float))
        return examples

    def fit(self, which: list[int], l2: float, unmatched: Examples) -> Reranker:
        """Fitted on these queries' candidates and on the same queries with no match."""
        rows = [r for e in (self, unmatched) for i in which if len(r := e.rows[i])]
        labels = [e.labels[i] for e in (self, unmatched) for i in which]
        return fit_logistic(np.vstack(rows), np.concatenate(labels), l2, self.limit)

    def top_scores(self, reranker: Reranker, which: list[int]) -> list[float]:
        return [float(reranker.probability(self.rows[i]).max()) for i in which if len(self.rows[i])]

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


class CrossValidated:
    """MAP@5 on held-out folds, and each held-out query's best score with its check in the
    library and without it."""

    def __init__(self) -> None:
        self.map_at_5 = 0.0
        self.with_check: list[float] = []
        self.without_check: list[float] = []


def cross_validate(
    examples: Examples, unmatched: Examples, which: list[int], always: list[int], l2: float
) -> CrossValidated:
    """Folds of `which` (`always` in every training part)."""
    result = CrossValidated()
    held_out, with_check, without_check = [], [], []
    for fold in range(FOLDS):
        test = which[fold::FOLDS]
        rest = sorted(set(which) - set(test)) + always
        reranker = examples.fit(rest, l2, unmatched)
        held_out.append(examples.map_at_5(reranker, test))
        with_check += examples.top_scores(reranker, test)
        without_check += unmatched.top_scores(reranker, test)
    result.map_at_5 = statistics.fmean(held_out)
    result.with_check, result.without_check = with_check, without_check
    return result


def checked_before_threshold(validated: CrossValidated) -> float:
    """The lowest raw score (in hundredths) from which at most FALSE_CHECKED_BEFORE of the
    cross-validated queries without their check would be flagged: as many true "checked
    before" as that allows."""
    for hundredths in range(1, 100):
        threshold = hundredths / 100
        flagged = statistics.fmean(s >= threshold for s in validated.without_check)
        if flagged <= FALSE_CHECKED_BEFORE:
            return threshold
    return 0.99


def print_checked_before(
    with_check: list[float], without_check: list[float], threshold: float = CHECKED_BEFORE
) -> None:
    """How often a held-out query's best score reaches `threshold`, with its check in the
    library and without it."""
    flagged = [statistics.fmean(s >= threshold for s in ss) for ss in (with_check, without_check)]
    print(
        f"    'checked before' (score >= {threshold}) for {flagged[0]:.1%} of held-out "
        f"queries with their check in the library, {flagged[1]:.1%} without it"
    )


def self_queries(checks: Checks) -> list[Query]:
    """Every SELF_QUERY_STEP-th verified claim as a query matched by itself alone (claims whose
    text another check repeats are skipped: both would be right)."""
    seen = Counter(" ".join(words(text)) for text in checks.texts)
    return [
        Query(id=-check_id, text=text, relevant=frozenset({check_id}))
        for check_id, text in zip(
            checks.ids[::SELF_QUERY_STEP], checks.texts[::SELF_QUERY_STEP], strict=True
        )
        if seen[" ".join(words(text))] == 1
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=SHIPPED_WEIGHTS)
    parser.add_argument("--background", type=Path, default=SHIPPED_BACKGROUND)
    args = parser.parse_args()

    checks = read_checks(args.data)
    queries = read_queries("train", args.data)
    background = Background.counted([index_terms(words(t)) for t in checks.texts])
    background.save(args.background)
    # Every training query is linked to its checks, as a desk links claims to past checks;
    # each query's own links are hidden from it.
    index = ClaimIndex(checks.texts, linked=links(queries, checks), background=background)
    own_links, first = [], 0
    for query in queries:
        own_links.append(frozenset(range(first, first + len(query.relevant))))
        first += len(query.relevant)
    tweets = len(queries)
    choosing = list(range(tweets - HELD_OUT))
    held_out = list(range(tweets - HELD_OUT, tweets))
    queries += self_queries(checks)
    itself = list(range(tweets, len(queries)))
    own_links += [frozenset()] * len(itself)
    best: tuple[float, int, float, CrossValidated] | None = None
    examples: dict[int, tuple[Examples, Examples]] = {}
    for limit in CANDIDATE_CHOICES:
        # Collected per count: a row compares its entry with the other candidates shown.
        examples[limit] = (
            Examples.collect(index, checks.ids, queries, limit, own_links),
            Examples.collect(index, checks.ids, queries, limit, own_links, without_match=True),
        )
        for l2 in L2_CHOICES:
            validated = cross_validate(*examples[limit], choosing, itself, l2)
            score = validated.map_at_5
            print(f"candidates {limit:3d}  l2 {l2:<5}  cross-validated MAP@5 {score:.4f}")
            print_checked_before(validated.with_check, validated.without_check)
            if best is None or score > best[0]:
                best = (score, limit, l2, validated)
    assert best is not None
    score, limit, l2, validated = best
    print(f"chosen: candidates {limit}, l2 {l2} (cross-validated MAP@5 {score:.4f})")
    threshold = checked_before_threshold(validated)
    print(f"'checked before' from raw score {threshold} (cross-validated), centred to 0.5:")
    print_checked_before(validated.with_check, validated.without_check, threshold)
    matched, unmatched = examples[limit]
    check = matched.fit(choosing + itself, l2, unmatched).centred_at(threshold)
    held_out_score = matched.map_at_5(check, held_out)
    print(f"held-out check, the last {HELD_OUT} train queries: MAP@5 {held_out_score:.4f}")
    print_checked_before(matched.top_scores(check, held_out), unmatched.top_scores(check, held_out))
    reranker = matched.fit(list(range(len(queries))), l2, unmatched)  # tweets and claims
    reranker.centred_at(threshold).save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
