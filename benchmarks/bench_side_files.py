"""Side files under attack: the lock file deleted under two writers, the journal deleted.

Lock deletion (issue 12's probe): two writer processes add evidence notes to the claims of one
store through `ReviewService` (each note one save: the claim and its audit event) while a third
deletes `factcheck.json.lock` every 20 ms. Afterwards every acknowledged note must be in the
store, each with its audit event; a save refused at the time (a `StoreError` or a claim changed
by the other writer) is counted as refused, not lost. Goal: 0 acknowledged saves lost.

Journal deletion and truncation: a store with a few saves, its journal deleted (or its last
save cut away), opened again (a fresh process and an already open store), N times each.
Goal: detected 100%.

    python benchmarks/bench_side_files.py [--seconds 15] [--journal-trials 50]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path

from factcheck.errors import ClaimChangedError, FactcheckError, StoreError
from factcheck.ingest import read_article
from factcheck.models import Event
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
WORKFLOW = PROJECT / "workflows" / "default.yaml"
CLAIMS_WRITTEN_TO = 4
WRITERS = ("ana", "ben")


def prepared_store(folder: Path) -> tuple[Path, list[str]]:
    """The seed article with its first claims accepted, so notes can be added to them."""
    path = folder / "factcheck.json"
    store = Store(path)
    article = read_article(SEED)
    store.add_article(article, split(article))
    desk = ReviewService(store, load_workflow(WORKFLOW), "setup")
    for writer_name in WRITERS:  # "setup", the first to act, is the editor who adds them
        desk.roster.add(writer_name, roles=["reporter"])
    claim_ids = [claim.id for claim in store.list_claims()[:CLAIMS_WRITTEN_TO]]
    for claim_id in claim_ids:
        desk.accept(claim_id)
        desk.advance(claim_id)
    return path, claim_ids


def writer(path: Path, claim_ids: list[str], name: str, seconds: float, results) -> None:
    desk = ReviewService(Store(path), load_workflow(WORKFLOW), name)
    acknowledged, conflicts, refused = [], 0, 0
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline:
        number += 1
        url = f"https://example.org/{name}/{number}"
        try:
            desk.add_note(claim_ids[number % len(claim_ids)], url=url, stance="supports")
        except ClaimChangedError:
            conflicts += 1  # the other writer changed the claim first: an ordinary refusal
            continue
        except FactcheckError:
            refused += 1
            continue
        acknowledged.append(url)
    results.put((name, acknowledged, conflicts, refused))


def lock_deleter(lock: Path, seconds: float, deletions) -> None:
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        try:
            lock.unlink()
            count += 1
        except FileNotFoundError:
            pass
        time.sleep(0.02)
    deletions.put(count)


def lock_deletion_run(seconds: float) -> dict[str, int]:
    folder = Path(tempfile.mkdtemp(prefix="factcheck-side-files-"))
    try:
        path, claim_ids = prepared_store(folder)
        context = multiprocessing.get_context("fork")
        results, deletions = context.Queue(), context.Queue()
        processes = [
            context.Process(target=writer, args=(path, claim_ids, name, seconds, results))
            for name in WRITERS
        ]
        processes.append(
            context.Process(target=lock_deleter, args=(Path(f"{path}.lock"), seconds, deletions))
        )
        for process in processes:
            process.start()
        outcomes = [results.get(timeout=seconds + 120) for _ in range(2)]
        deleted = deletions.get(timeout=seconds + 120)
        for process in processes:
            process.join()
        store = Store(path)
        stored_urls = {
            note.url for claim_id in claim_ids for note in store.get_claim(claim_id).evidence
        }
        audited_urls = {e.detail for e in store.list_events() if e.action == "add note"}
        acknowledged = [url for _, urls, _, _ in outcomes for url in urls]
        return {
            "lock deletions": deleted,
            "acknowledged saves": len(acknowledged),
            "refused: claim changed by the other": sum(c for _, _, c, _ in outcomes),
            "refused: store changed underneath": sum(r for _, _, _, r in outcomes),
            "acknowledged saves lost": sum(url not in stored_urls for url in acknowledged),
            "notes without an audit event": len(stored_urls - audited_urls),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def journal_attack_run(trials: int, attack: str) -> tuple[int, int]:
    """(detected, trials): both a store opened afresh and one already open must refuse.

    `attack` is "delete" (the journal removed) or "truncate" (its last save cut away)."""
    detected = 0
    for trial in range(trials):
        folder = Path(tempfile.mkdtemp(prefix="factcheck-journal-"))
        try:
            path = folder / "factcheck.json"
            store = Store(path)
            for number in range(1 + trial % 5):
                store.save(events=[Event(id=f"e{number}", claim_id="c", actor="a", action="x")])
            journal = Path(f"{path}.journal")
            if attack == "delete":
                journal.unlink()
            else:
                lines = journal.read_bytes().splitlines(keepends=True)
                os.truncate(journal, sum(len(line) for line in lines[:-1]))
            refused = 0
            try:
                Store(path)
            except StoreError:
                refused += 1
            try:
                store.save(events=[Event(id="late", claim_id="c", actor="a", action="x")])
            except StoreError:
                refused += 1
            detected += refused == 2
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return detected, trials


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--journal-trials", type=int, default=50)
    args = parser.parse_args()
    started = time.monotonic()
    figures = lock_deletion_run(args.seconds)
    print(f"lock file deleted every 20 ms under two writers, {args.seconds:.0f} s:")
    for name, value in figures.items():
        print(f"  {name:36} {value:>7,}")
    met = figures["acknowledged saves lost"] == 0 and figures["notes without an audit event"] == 0
    print(f"  goal: 0 acknowledged saves lost  {'met' if met else 'NOT MET'}")
    for attack, what in (("delete", "deleted"), ("truncate", "cut short by its last save")):
        detected, trials = journal_attack_run(args.journal_trials, attack)
        print(f"journal {what}: detected {detected} of {trials} ({100 * detected / trials:.0f}%)")
    print(f"{os.cpu_count()} cores; {time.monotonic() - started:.0f} s in all")


if __name__ == "__main__":
    main()
