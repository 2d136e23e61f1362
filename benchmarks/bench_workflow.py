"""What keeping the workflow in the store costs: reading the store's workflow and every kept
version when a command or desk opens, and one `workflow use` that moves every claim of a
10,000-claim store (a renamed stage) in one save.

The figures to watch: opening stays a small share of the desk's first paint (under 1 s at
10,000 claims, issue 5) with a long history of versions; a change that moves 10,000 claims
is one journal line, saved in seconds, and the record still verifies.

    python benchmarks/bench_workflow.py [--dir FOLDER] [--versions N]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench_record import store_in_verdict_stage

from factcheck.integrity import verify_record
from factcheck.models import Verdict
from factcheck.store import Store
from factcheck.workflow.loader import parse_workflow
from factcheck.workflow_record import (
    WorkflowFile,
    WorkflowKeeper,
    versioned_labels,
    workflow_of,
)

DEFAULT_TEXT = (Path(__file__).resolve().parent.parent / "workflows" / "default.yaml").read_text(
    encoding="utf-8"
)
CLAIMS = 10_000


def workflow_file(text: str) -> WorkflowFile:
    return WorkflowFile(text, parse_workflow(text, "bench.yaml"))


def keep_versions(store: Store, count: int) -> None:
    """`count` versions, each with another description (nothing moves)."""
    keeper = WorkflowKeeper(store, "ana")
    current = workflow_file(DEFAULT_TEXT)
    for number in range(count):
        text = DEFAULT_TEXT.replace("name: Newsroom", f"name: Newsroom {number}")
        new = workflow_file(text)
        keeper.adopt(keeper.propose(new, f"v{number}.yaml", current), current.workflow)
        current = new


def best_of(runs: int, call) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    parser.add_argument("--versions", type=int, default=50, help="versions kept before opening")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-workflow-", dir=args.dir))
    try:
        path = folder / "history" / "factcheck.json"
        store_in_verdict_stage(path, 100)
        keep_versions(Store(path), args.versions)
        store = Store(path)
        latest = store.workflow_versions()[-1]
        verdict_now = Verdict(label="false", reviewer="ana", workflow_version=latest.version)
        verdict_then = Verdict(label="false", reviewer="ana", workflow_version=1)
        parse = best_of(5, lambda: workflow_of(latest))
        current = workflow_of(latest)
        opening = best_of(3, lambda: versioned_labels(store, current).of(verdict_now))
        oldest = best_of(3, lambda: versioned_labels(store, current).of(verdict_then))
        print(f"workflow benchmark in {folder}")
        print(f"read + parse the store's workflow:         {parse * 1000:8.1f} ms")
        print(f"label a current verdict, {args.versions:,} versions kept: {opening * 1000:8.1f} ms")
        print(f"label a version-1 verdict, same store:     {oldest * 1000:8.1f} ms")

        path = folder / "migrate" / "factcheck.json"
        store_in_verdict_stage(path, CLAIMS)
        store = Store(path)
        renamed = workflow_file(DEFAULT_TEXT.replace("id: verdict\n", "id: rating\n"))
        default = workflow_file(DEFAULT_TEXT)
        keeper = WorkflowKeeper(store, "ana")
        start = time.perf_counter()
        proposal = keeper.propose(renamed, "renamed.yaml", default, {"verdict": "rating"})
        planned = time.perf_counter() - start
        start = time.perf_counter()
        keeper.adopt(proposal, default.workflow)
        saved = time.perf_counter() - start
        journal = path.with_name(path.name + ".journal")
        size = path.stat().st_size + journal.stat().st_size
        ok = verify_record(Store(path)).ok
        moved = f"plan moving {len(proposal.plan.moved):,} claims:"
        print(f"{moved:43}{planned:8.2f} s")
        print(f"{'save them in one change:':43}{saved:8.2f} s")
        print(f"{'store + journal afterwards:':43}{size / 1e6:8.2f} MB")
        print(f"{'record verifies afterwards:':43}{'yes' if ok else 'NO':>8}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
