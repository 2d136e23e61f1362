"""How well the claim matcher finds the fact-check a tweet repeats, on CLEF 2020 CheckThat!
Task 2 dev (197 queries against 10,375 verified claims).

usage: .venv/bin/python benchmarks/eval_matching.py [--data ../shared/data] [--split dev]

Prints MAP@5 (the task's measure), MRR and recall@5 for
  BM25 alone      the first stage of `ClaimIndex`: BM25 over stemmed words and word beginnings
  whole matcher   `ClaimIndex.search`: BM25 candidates re-ranked by the shipped weights
Reference points (../shared/data/README.md, issue 18): BM25 with an English stemmer over the
raw tweets 0.725 on dev; the goal is >= 0.85 on dev; the best published system scored 0.929
on the unseen test set. The re-ranker was trained and tuned on train only. The queries of the
other labelled splits (train, for dev) are linked to their checks in the index, as the claims a
desk's reviewers already linked to past checks.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from clef_matching import (  # noqa: E402
    DEFAULT_DATA,
    links,
    read_checks,
    read_queries,
    score_rankings,
)

from factcheck.library.memory import CHECKED_BEFORE  # noqa: E402
from factcheck.matching import ClaimIndex  # noqa: E402
from factcheck.matching.reranker import SHIPPED_WEIGHTS, Reranker  # noqa: E402
from factcheck.matching.text import analyse_query  # noqa: E402

GOAL = 0.85
LABELLED_SPLITS = ("train", "dev")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--weights", type=Path, default=SHIPPED_WEIGHTS)
    args = parser.parse_args()

    checks = read_checks(args.data)
    queries = read_queries(args.split, args.data)
    # The other labelled splits' queries stand for the claims a desk already linked to checks.
    linked_splits = [s for s in LABELLED_SPLITS if s != args.split]
    past = [q for split in linked_splits for q in read_queries(split, args.data)]
    reranker = Reranker.load(args.weights)
    index = ClaimIndex(checks.texts, linked=links(past, checks), reranker=reranker)

    bm25 = [index.candidates(analyse_query(q.text), 5)[0][:5] for q in queries]
    started = time.perf_counter()
    matched = [index.search(q.text, k=5) for q in queries]
    elapsed = time.perf_counter() - started

    print(
        f"claim matching, CLEF 2020 CheckThat! Task 2 {args.split}: {len(queries)} queries, "
        f"{len(checks.ids)} verified claims, {len(past)} queries of "
        f"{'+'.join(linked_splits)} linked to their checks"
    )
    first_stage = score_rankings([[checks.ids[p] for p in r] for r in bm25], queries)
    print(f"  BM25 alone     {first_stage.line()}")
    whole = score_rankings([[checks.ids[p] for p, _ in r] for r in matched], queries)
    print(f"  whole matcher  {whole.line()}")
    # A new desk has linked nothing yet: the same matcher over the library alone.
    unlinked = ClaimIndex(checks.texts, reranker=reranker)
    alone = [[checks.ids[p] for p, _ in unlinked.search(q.text, k=5)] for q in queries]
    print(f"    (no linked claims) {score_rankings(alone, queries).line()}")
    # As a desk mostly meets them: the same queries with their checks left out of the library.
    position_of = {check_id: p for p, check_id in enumerate(checks.ids)}
    without = []
    for query in queries:
        leave_out = frozenset(position_of[c] for c in query.relevant)
        _, rows = index.candidate_features(query.text, reranker.candidates, leave_out=leave_out)
        without.append(float(reranker.probability(rows).max()) if len(rows) else 0.0)
    flagged = [
        statistics.fmean(s >= CHECKED_BEFORE for s in ss)
        for ss in ([r[0][1] if r else 0.0 for r in matched], without)
    ]
    print(
        f"  'checked before' (best score >= {CHECKED_BEFORE}): {flagged[0]:.1%} of queries, "
        f"{flagged[1]:.1%} with their checks left out of the library"
    )
    print(
        f"  goal MAP@5 >= {GOAL}: {'met' if whole.map_at_5 >= GOAL else 'not met'}  "
        f"({elapsed / len(queries) * 1000:.1f} ms a query)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
