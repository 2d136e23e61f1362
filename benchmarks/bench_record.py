"""The published record's costs: a reviewer's verdict save at 10,000 claims, and the store
after 1,000 evidence notes on one claim.

A verdict save here is the whole action as a reviewer's key press runs it: the review
service checks the roster, the revision and the stage, diffs the claim, chains the event to
the audit log's head and saves claim, event and head in one durable journal line. Beside it,
measured in the same run, the floor of any durable save on the same disk: 1 KB appended to a
file and fsynced.

Goals (issue 11): verdict save at 10,000 claims within 3x the floor; 1,000 notes on one claim
leave a store under 2 MB (events hold changes, not copies), and the record still verifies.

    python benchmarks/bench_record.py [--dir FOLDER] [--saves N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_store import CLAIMS_PER_ARTICLE, append_fsync, fake_claims, interleaved
from figures import Figure, percentile, timing

from factcheck.integrity import verify_record
from factcheck.models import Article, Triage
from factcheck.review import ReviewService
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

WORKFLOW = load_workflow(Path(__file__).resolve().parent.parent / "workflows" / "default.yaml")
CLAIMS = 10_000
NOTES = 1_000


def store_in_verdict_stage(path: Path, claim_count: int) -> list[str]:
    """A store whose claims all wait for a verdict (accepted, researched)."""
    store = Store(path)
    claim_ids = []
    for number in range(claim_count // CLAIMS_PER_ARTICLE):
        article = Article(id=f"a{number:05d}", title=f"Article {number}", source="bench", text=".")
        claims = fake_claims(article.id, CLAIMS_PER_ARTICLE)
        for claim in claims:
            claim.triage, claim.stage = Triage.ACCEPTED, "verdict"
        store.add_article(article, claims)
        claim_ids.extend(c.id for c in claims)
    store.compact()
    return claim_ids


def verdict_action(path: Path, claim_ids: list[str]) -> Callable[[int], float]:
    """A function giving verdict number n through the review service, returning its time."""
    service = ReviewService(Store(path), WORKFLOW, "ana")
    labels = WORKFLOW.scale.ids

    def verdict(number: int) -> float:
        claim_id = claim_ids[(number * 7919) % len(claim_ids)]
        label = labels[number % len(labels)]
        start = time.perf_counter()
        service.set_verdict(claim_id, label, rationale=f"Checked against source {number}.")
        return time.perf_counter() - start

    return verdict


def notes_on_one_claim(folder: Path, count: int) -> tuple[int, int, float, bool]:
    """(store bytes, bytes after compaction, seconds, record verifies) after `count` notes."""
    path = folder / "notes" / "factcheck.json"
    claim_id = store_in_verdict_stage(path, CLAIMS_PER_ARTICLE)[0]
    service = ReviewService(Store(path), WORKFLOW, "ana")
    start = time.perf_counter()
    for number in range(count):
        service.add_note(
            claim_id,
            url=f"https://outlet{number}.example.org/story/{number}",
            stance="supports",
            quote="Unemployment fell to 3.1 percent in March.",
        )
    seconds = time.perf_counter() - start
    journal = path.with_name(path.name + ".journal")
    size = path.stat().st_size + journal.stat().st_size
    store = Store(path)
    store.compact()
    compacted = path.stat().st_size + journal.stat().st_size
    return size, compacted, seconds, verify_record(store).ok


Row = tuple[str, str, list[float]]


def measure(saves: int, parent: Path | None) -> tuple[Path, list[Row], tuple]:
    folder = Path(tempfile.mkdtemp(prefix="bench-record-", dir=parent))
    try:
        path = folder / "verdicts" / "factcheck.json"
        measures = {
            "floor": append_fsync(folder),
            "verdict": verdict_action(path, store_in_verdict_stage(path, CLAIMS)),
        }
        samples = interleaved(measures, saves)
        rows = [
            ("1 KB append + fsync (floor)", "-", samples["floor"]),
            ("verdict save via ReviewService", f"{CLAIMS:,}", samples["verdict"]),
        ]
        notes = notes_on_one_claim(folder, NOTES)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return folder, rows, notes


def figures(saves: int = 300, parent: Path | None = None) -> list[Figure]:
    _, (floor, verdict), (_size, compacted, _seconds, ok) = measure(saves, parent)
    ratio = statistics.median(verdict[2]) / statistics.median(floor[2])
    mb = compacted / 1e6
    ok_size = mb < 2 and ok
    return [
        timing(*verdict),
        Figure("verdict save / 1 KB append+fsync", "-", ratio, None, "x", "< 3x", ratio < 3),
        Figure(f"store after {NOTES:,} notes on one claim", "-", mb, None, "MB", "< 2 MB", ok_size),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    parser.add_argument("--saves", type=int, default=300, help="verdict saves measured")
    args = parser.parse_args()
    folder, rows, (size, compacted, seconds, ok) = measure(args.saves, args.dir)
    print(f"record benchmark in {folder} ({args.saves} saves)")
    print(f"{'operation':36} {'claims':>7} {'median ms':>9} {'p95 ms':>9}")
    for name, claims, samples in rows:
        median, p95 = statistics.median(samples), percentile(samples, 0.95)
        print(f"{name:36} {claims:>7} {median * 1000:9.2f} {p95 * 1000:9.2f}")
    ratio = statistics.median(rows[1][2]) / statistics.median(rows[0][2])
    print(f"verdict save / floor: {ratio:.2f}x (goal < 3x: {'met' if ratio < 3 else 'NOT met'})")
    print(
        f"{NOTES:,} notes on one claim: {seconds:.1f} s, store {size / 1e6:.2f} MB "
        f"({compacted / 1e6:.2f} MB compacted; goal < 2 MB: "
        f"{'met' if compacted < 2e6 else 'NOT met'}); record verifies: {ok}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
