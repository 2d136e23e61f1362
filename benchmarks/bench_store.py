"""Store speed at 100, 1,000 and 10,000 claims: save latency, open time, listing.

A "save" is what a reviewer's verdict costs: one ~1 KB claim document replaced and one audit
event appended, durably (`Store.save`). Beside it, the floor of any durable save on the same
disk, measured in the same run: appending 1 KB to a file and fsyncing it.

Goals (issue 7): a save at 10,000 claims under 2 ms median and within 3x of the same save at
100 claims; opening a 10,000-claim store under 0.5 s.

    python benchmarks/bench_store.py [--dir FOLDER] [--saves N]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from figures import Figure, percentile, timing

from factcheck.models import Article, Claim, ClaimKind, Event, Verdict
from factcheck.store import Store

SIZES = (100, 1_000, 10_000)
CLAIMS_PER_ARTICLE = 100
FILLER = "The minister said unemployment fell to its lowest level since records began. "


def fake_claims(article_id: str, count: int) -> list[Claim]:
    """Claims of about 1 KB each once stored, shaped like the splitter's output."""
    return [
        Claim(
            id=f"{article_id}-{n:03d}",
            article_id=article_id,
            text=FILLER * 3,
            extracted_text=FILLER * 3,
            sentence_index=n,
            span=(n * 250, n * 250 + 240),
            sentence=FILLER * 4,
            speaker="the minister",
            kind=ClaimKind.QUANTITY,
            checkworthiness=0.8,
            reasons=["number: lowest level", "superlative: since records began"],
        )
        for n in range(count)
    ]


def build_store(path: Path, claim_count: int) -> list[str]:
    store = Store(path)
    claim_ids = []
    for number in range(claim_count // CLAIMS_PER_ARTICLE):
        article = Article(id=f"a{number:05d}", title=f"Article {number}", source="bench", text=".")
        claims = fake_claims(article.id, CLAIMS_PER_ARTICLE)
        store.add_article(article, claims)
        claim_ids.extend(c.id for c in claims)
    store.compact()
    return claim_ids


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def verdict_saver(path: Path, claim_ids: list[str]) -> Callable[[int], float]:
    """A function doing save number n on the store at `path` and returning how long it took."""
    store = Store(path)

    def save(number: int) -> float:
        claim = store.get_claim(claim_ids[(number * 7919) % len(claim_ids)])
        assert claim is not None
        claim.verdict = Verdict(label="false", rationale=FILLER, reviewer="ana")
        event = Event(
            id=f"bench-{number}",
            claim_id=claim.id,
            actor="ana",
            action="verdict",
            after={"label": "false"},
        )
        return timed(lambda: store.save([claim], [event]))

    return save


def append_fsync(folder: Path) -> Callable[[int], float]:
    """The floor: append 1 KB to a file in the same folder and fsync it."""
    log = open(folder / "floor.log", "ab", buffering=0)  # noqa: SIM115 (lives for the run)
    payload = b"x" * 1023 + b"\n"

    def append() -> None:
        log.write(payload)
        os.fsync(log.fileno())

    return lambda _number: timed(append)


def fill_journal_to_compaction_point(path: Path, save: Callable[[int], float]) -> None:
    """Save until the journal is just short of half the snapshot, when it would be folded in:
    the slowest moment to open the store."""
    store, numbers = Store(path), itertools.count(1_000_000)
    while (status := store.status()).journal_bytes < 0.95 * status.snapshot_bytes / 2:
        for _ in range(100):
            save(next(numbers))


def interleaved(measures: dict[str, Callable[[int], float]], count: int) -> dict[str, list]:
    """Take turns in small batches, so a busy moment on a shared disk hits every row alike."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for start in range(0, count, 25):
        for name, measure in measures.items():
            samples[name].extend(measure(n) for n in range(start, min(count, start + 25)))
    return samples


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f}"


Row = tuple[str, str, list[float]]


def measure(saves: int, parent: Path | None = None) -> tuple[Path, list[Row]]:
    """Every store figure as (operation, claims, samples in seconds), measured in a temporary
    folder under `parent` (removed afterwards, its name returned for the report)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-store-", dir=parent))
    try:
        measures = {"floor": append_fsync(folder)}
        for size in SIZES:
            path = folder / f"store-{size}" / "factcheck.json"
            measures[str(size)] = verdict_saver(path, build_store(path, size))
        samples = interleaved(measures, saves)
        rows = [("1 KB append + fsync (floor)", "-", samples["floor"])]
        rows += [("verdict save (claim + event)", f"{n:,}", samples[str(n)]) for n in SIZES]
        big = folder / f"store-{SIZES[-1]}" / "factcheck.json"
        # From here on, as in a desk's process, only one store is open: the garbage collector's
        # full passes grow with everything in memory, and the smaller stores would add to it.
        big_saver = measures.pop(str(SIZES[-1]))
        measures.clear()
        gc.collect()
        Store(big).compact()
        fresh_opens = [timed(lambda: Store(big)) for _ in range(5)]
        rows.append(("open store, journal just folded in", f"{SIZES[-1]:,}", fresh_opens))
        fill_journal_to_compaction_point(big, big_saver)
        full_opens = [timed(lambda: Store(big)) for _ in range(5)]
        rows.append(("open store, journal at its fullest", f"{SIZES[-1]:,}", full_opens))
        del big_saver
        gc.collect()
        store = Store(big)
        rows.append(("list_claims", f"{SIZES[-1]:,}", [timed(store.list_claims) for _ in range(5)]))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return folder, rows


def figures(saves: int = 300, parent: Path | None = None) -> list[Figure]:
    """The store's rows for `make bench`'s table, each with its goal from issue 7."""
    _, rows = measure(saves, parent)
    floor, small, middle, large, fresh_open, full_open, listing = rows
    ratio = statistics.median(large[2]) / statistics.median(small[2])
    return [
        timing(*floor),
        timing(*small),
        timing(*middle),
        timing(*large, goal="< 2 ms", met=statistics.median(large[2]) < 0.002),
        Figure(
            f"save at {large[1]} / save at {small[1]}", "-", ratio, None, "x", "< 3x", ratio < 3
        ),
        *(
            timing(*row, goal="< 500 ms", met=statistics.median(row[2]) < 0.5)
            for row in (fresh_open, full_open)
        ),
        timing("`claims` listing (Store.list_claims)", *listing[1:]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    parser.add_argument("--saves", type=int, default=300, help="saves measured per store size")
    args = parser.parse_args()
    folder, rows = measure(args.saves, args.dir)
    small, large = (statistics.median(rows[n][2]) for n in (1, len(SIZES)))
    fresh_opens, full_opens = rows[-3][2], rows[-2][2]
    print(f"store benchmark in {folder} ({args.saves} saves per size)")
    print(f"{'operation':36} {'claims':>7} {'median ms':>9} {'p95 ms':>9}")
    for name, size, samples in rows:
        median, p95 = statistics.median(samples), percentile(samples, 0.95)
        print(f"{name:36} {size:>7} {ms(median)} {ms(p95)}")
    ratio = large / small
    print(
        f"save at {SIZES[-1]:,} / save at {SIZES[0]:,}: {ratio:.2f}x (goal < 3x); "
        f"save at {SIZES[-1]:,}: {large * 1000:.2f} ms (goal < 2 ms); "
        f"open: {max(map(statistics.median, (fresh_opens, full_opens))):.3f} s at most "
        "(goal < 0.5 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
