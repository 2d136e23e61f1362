"""Speed of the fact-check memory at 100,000 library entries (issue 18's goals), one run.

usage: .venv/bin/python benchmarks/bench_matching.py [--entries 100000] [--data ../shared/data]

- import: `factcheck library import` of one ClaimReview JSON-LD file holding every entry, into
  a new store (read, check, one journal save) — goal < 30 s;
- build: `ClaimIndex(texts, linked=...)` over the entries, the 800 CLEF train tweets linked to
  their checks as a desk's reviewers link claims to past checks — goal < 10 s;
- query: `ClaimIndex.search(tweet, k=5)` for each CLEF train and dev tweet — goal p95 < 10 ms.

The entries are the 10,375 CLEF verified claims, then variants of them (each word kept, or
swapped for a word of another claim, by a fixed seed) up to the size asked for, so the index
sees real vocabulary and a realistic spread of term frequencies.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from clef_matching import DEFAULT_DATA, links, read_checks, read_queries  # noqa: E402

from factcheck.cli import main as factcheck  # noqa: E402
from factcheck.matching import ClaimIndex  # noqa: E402

SEED = 18
RATINGS = ("False", "Mostly false", "Misleading", "True", "Unproven")


def library_texts(real: list[str], size: int) -> list[str]:
    rng = random.Random(SEED)
    words = [text.split() for text in real]
    texts = list(real[:size])
    while len(texts) < size:
        base, other = rng.choice(words), rng.choice(words)
        texts.append(" ".join(w if rng.random() < 0.7 else rng.choice(other) for w in base))
    return texts


def claim_reviews(texts: list[str]) -> list[dict]:
    return [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"https://checks.example.org/review/{number}",
            "claimReviewed": text,
            "author": {"@type": "Organization", "name": "Example Checks"},
            "datePublished": f"20{10 + number % 15}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "reviewRating": {"@type": "Rating", "alternateName": RATINGS[number % len(RATINGS)]},
        }
        for number, text in enumerate(texts)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()

    checks = read_checks(args.data)
    texts = library_texts(checks.texts, args.entries)
    train = read_queries("train", args.data)
    tweets = [q.text for q in train + read_queries("dev", args.data)]
    # The CLEF claims come first in `texts`: links to them hold when the library is that big.
    linked = links(train, checks) if len(texts) >= len(checks.texts) else []

    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "claimreview.json"
        feed.write_text(json.dumps(claim_reviews(texts)), encoding="utf-8")
        store = Path(folder) / "store.json"
        with Timer() as importing, contextlib.redirect_stdout(io.StringIO()):
            status = factcheck(["--store", str(store), "library", "import", str(feed)])
        assert status == 0, "the import failed"

    with Timer() as building:
        index = ClaimIndex(texts, linked=linked)

    index.search(tweets[0])  # loads the re-ranker's weights once, as the first search does
    queries = []
    for tweet in tweets:
        with Timer() as searching:
            index.search(tweet, k=5)
        queries.append(searching)

    print(
        f"fact-check memory, {len(texts):,} library entries ({len(linked)} claims linked to "
        f"them), {len(tweets)} queries"
    )
    print("                                wall     CPU")
    print(f"  import (ClaimReview JSON-LD)  {importing.figures('s')}   goal < 30 s")
    print(f"  build index                   {building.figures('s')}   goal < 10 s")
    for name, share in (("query p50", 0.5), ("query p95", 0.95)):
        wall = percentile([q.wall * 1000 for q in queries], share)
        cpu = percentile([q.cpu * 1000 for q in queries], share)
        goal = "   goal < 10 ms" if share == 0.95 else ""
        print(f"  {name:28s}  {wall:6.1f} ms {cpu:6.1f} ms{goal}")
    print("(CPU is this process's own time: on a shared machine wall time includes waiting)")
    return 0


class Timer:
    """Wall-clock and process CPU time of a `with` block."""

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu

    def figures(self, unit: str) -> str:
        return f"{self.wall:6.1f} {unit}  {self.cpu:6.1f} {unit}"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


if __name__ == "__main__":
    raise SystemExit(main())
