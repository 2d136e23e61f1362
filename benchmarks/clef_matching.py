"""CLEF 2020 CheckThat! Task 2 (verified claim retrieval) as read from ../shared/data, and its
measures. Shared by scripts/train_matcher.py (train split) and benchmarks/eval_matching.py
(dev split).

The files are read with Python's csv module and its default quoting: fields that span lines
are quoted in verified_claims.docs.tsv, and `csv.QUOTE_NONE` (as ../shared/data/README.md
suggests) splits 15 of its 10,375 claims into broken rows; default quoting reads every file
into rows of the right width with unique ids.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FOLDER = "claim-matching"


@dataclass(frozen=True)
class Checks:
    """The verified claims: ids and the text the library would hold for each (claim + title)."""

    ids: list[int]
    texts: list[str]


@dataclass(frozen=True)
class Query:
    id: int
    text: str
    relevant: frozenset[int]


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t"))[1:]


def read_checks(data: Path = DEFAULT_DATA) -> Checks:
    rows = _rows(data / FOLDER / "verified_claims.docs.tsv")
    return Checks(ids=[int(r[0]) for r in rows], texts=[f"{r[1]} {r[2]}" for r in rows])


def read_queries(split: str, data: Path = DEFAULT_DATA) -> list[Query]:
    folder = data / FOLDER / split
    relevant: dict[int, set[int]] = {}
    for line in (folder / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields:
            relevant.setdefault(int(fields[0]), set()).add(int(fields[2]))
    return [
        Query(int(r[0]), r[1], frozenset(relevant.get(int(r[0]), ())))
        for r in _rows(folder / "tweets.queries.tsv")
    ]


def links(queries: Sequence[Query], checks: Checks) -> list[tuple[int, str]]:
    """Each query linked to each of its checks, as `ClaimIndex(linked=...)` takes them
    (position in `checks`, query text), in query order: what a desk's reviewers would have
    linked had these been its claims."""
    position_of = {check_id: p for p, check_id in enumerate(checks.ids)}
    return [(position_of[c], q.text) for q in queries for c in sorted(q.relevant)]


def average_precision_at_5(ranked: Sequence[int], relevant: frozenset[int]) -> float:
    hits, total = 0, 0.0
    for rank, check_id in enumerate(ranked[:5], start=1):
        if check_id in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), 5) if relevant else 0.0


def reciprocal_rank(ranked: Sequence[int], relevant: frozenset[int]) -> float:
    return next((1 / rank for rank, c in enumerate(ranked, start=1) if c in relevant), 0.0)


@dataclass(frozen=True)
class Scores:
    map_at_5: float
    mrr: float
    recall_at_5: float

    def line(self) -> str:
        return f"MAP@5 {self.map_at_5:.3f}  MRR {self.mrr:.3f}  recall@5 {self.recall_at_5:.3f}"


def score_rankings(rankings: Sequence[Sequence[int]], queries: Sequence[Query]) -> Scores:
    """The official CLEF measures over `rankings` (check ids, best first, one per query)."""
    pairs = list(zip(rankings, queries, strict=True))
    return Scores(
        map_at_5=statistics.fmean(average_precision_at_5(r, q.relevant) for r, q in pairs),
        mrr=statistics.fmean(reciprocal_rank(r, q.relevant) for r, q in pairs),
        recall_at_5=statistics.fmean(
            len(set(r[:5]) & q.relevant) / len(q.relevant) for r, q in pairs
        ),
    )
