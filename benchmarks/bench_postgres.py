"""The PostgreSQL store at 100,000 (and 1,000,000) claims, and many writers at once.

Figures (issue 15's targets):
- **verdict save**: median time of a reviewer's verdict through the desk (`Desk.set_verdict`:
  read the claim, check the rules, save the claim with its audit event in one transaction),
  goal < 5 ms on a local server;
- **first paint**: opening the desk on the store and reading the first screenful of claims
  with the total (`open_desk` + `Desk.claims_page(0, 100)`), goal < 1 s;
- **live update**: from one desk's verdict returning to another desk's change feed
  (LISTEN/NOTIFY) reporting it, goal < 500 ms;
- **writers**: N writers on connections of their own for T seconds, each editing its own
  claim and one claim they all share, always acting on the revision it read: every
  acknowledged save must be in the log, every save that raced another must have been refused
  (each edit's `before` is the edit before it), and the audit chain must verify.

The server: $FACTCHECK_TEST_POSTGRES (`postgresql://...`), or else a throwaway one started
with `.ci/postgres` and removed at the end. Each run works in a schema of its own.

    python benchmarks/bench_postgres.py [--sizes 100000,1000000] [--writers 8] [--seconds 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
WORKFLOW = PROJECT / "workflows" / "default.yaml"
CLAIMS_PER_ARTICLE = 100
FILLER = "The minister said unemployment fell to its lowest level since records began. "


# -- a server and a schema of our own -----------------------------------------------------


@contextmanager
def server() -> Iterator[str]:
    given = os.environ.get("FACTCHECK_TEST_POSTGRES")
    if given:
        yield given
        return
    folder = tempfile.mkdtemp(prefix="factcheck-bench-postgres.")
    starter = str(PROJECT / ".ci" / "postgres")
    url = subprocess.run(
        [starter, "start", folder], check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([starter, "stop", folder], check=False)


@contextmanager
def schema(url: str) -> Iterator[str]:
    """A store address in a new schema of the server, dropped afterwards."""
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {name} CASCADE")


# -- many writers -------------------------------------------------------------------------


@dataclass
class WritersOutcome:
    writers: int
    seconds: float
    acknowledged: dict[str, list[str]] = field(default_factory=dict)  # claim -> texts saved
    refused: int = 0
    failures: list[str] = field(default_factory=list)
    lost: int = 0
    unacknowledged_in_log: int = 0
    raced_through: int = 0
    chain_ok: bool = False

    @property
    def saves(self) -> int:
        return sum(len(texts) for texts in self.acknowledged.values())


def writers_run(location: str, writers: int, seconds: float) -> WritersOutcome:
    """`writers` threads, each with a store (a connection) of its own, edit for `seconds`
    their own claim and a claim they share, then the log is checked against what each was
    told."""
    from factcheck.errors import ClaimChangedError, StaleClaimError
    from factcheck.integrity import verify_record
    from factcheck.models import Article
    from factcheck.review import ReviewService
    from factcheck.roster import RosterKeeper
    from factcheck.settings import store_location
    from factcheck.store.location import open_store
    from factcheck.workflow.loader import load_workflow

    workflow = load_workflow(WORKFLOW)
    store = open_store(store_location(location))
    article = Article(id="writers", title="Writers", source="bench", text=".")
    claims = fake_claims(article.id, writers + 1)
    store.add_article(article, claims)
    names = [f"writer{number}" for number in range(writers)]
    keeper = RosterKeeper(store, workflow, "chief")
    keeper.member()
    for name in names:
        keeper.add(name, roles=[workflow.senior_role])
    shared = claims[0].id
    outcome = WritersOutcome(writers, seconds, {claim.id: [] for claim in claims})
    mutex = threading.Lock()
    deadline = time.monotonic() + seconds

    def write(number: int, name: str) -> None:
        own = claims[number + 1].id
        service = ReviewService(open_store(store_location(location)), workflow, name)
        rounds = 0
        try:
            while time.monotonic() < deadline:
                rounds += 1
                claim_id = shared if rounds % 2 else own
                seen = service.repository.get_claim(claim_id)
                text = f"{name} edit {rounds}"
                try:
                    service.edit(claim_id, text, revision=seen.revision)
                except (StaleClaimError, ClaimChangedError):
                    with mutex:
                        outcome.refused += 1
                    continue
                with mutex:
                    outcome.acknowledged[claim_id].append(text)
        except Exception as error:
            with mutex:
                outcome.failures.append(f"{name}: {error!r}")

    threads = [threading.Thread(target=write, args=(n, name)) for n, name in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check = open_store(store_location(location))
    for claim in claims:
        edits = [e for e in check.list_events(claim.id) if e.action == "edit"]
        logged = [e.changes["text"].after for e in edits]
        told = outcome.acknowledged[claim.id]
        outcome.lost += len(set(told) - set(logged))
        outcome.unacknowledged_in_log += len(set(logged) - set(told))
        before = claim.text
        for edit in edits:
            if edit.changes["text"].before != before:
                outcome.raced_through += 1
            before = edit.changes["text"].after
        if check.get_claim(claim.id).text != before:
            outcome.raced_through += 1
    outcome.chain_ok = verify_record(check).ok
    return outcome


# -- a large store ------------------------------------------------------------------------


def fake_claims(article_id: str, count: int, stage: str | None = None):  # type: ignore[no-untyped-def]
    from factcheck.models import Claim, ClaimKind

    return [
        Claim(
            id=f"{article_id}-{n:03d}",
            article_id=article_id,
            text=f"{FILLER}({n})",
            extracted_text=FILLER,
            sentence_index=n,
            span=(n * 100, n * 100 + 90),
            speaker="the minister",
            kind=ClaimKind.QUANTITY,
            checkworthiness=0.8,
            reasons=["number: lowest level"],
            triage="accepted" if stage else "pending",
            stage=stage,
        )
        for n in range(count)
    ]


def bench_tables(claim_count: int) -> dict[str, list[dict]]:
    """`claim_count` claims, already in the verdict stage, and their articles, as tables."""
    from factcheck.models import Article

    template = fake_claims("a", 1, stage="verdict")[0].model_dump(mode="json")
    articles, claims = [], []
    for number in range(claim_count // CLAIMS_PER_ARTICLE):
        article_id = f"a{number:06d}"
        article = Article(id=article_id, title=f"Article {number}", source="bench", text=".")
        articles.append(article.model_dump(mode="json"))
        for n in range(CLAIMS_PER_ARTICLE):
            claims.append(
                {
                    **template,
                    "id": f"{article_id}-{n:03d}",
                    "article_id": article_id,
                    "text": f"{FILLER}({n})",
                    "sentence_index": n,
                    "span": [n * 100, n * 100 + 90],
                }
            )
    return {"articles": articles, "claims": claims}


def fill(location: str, claim_count: int) -> list[str]:
    """Load `claim_count` claims, already in the verdict stage, in one COPY; their ids."""
    from factcheck.store.location import open_store

    tables = bench_tables(claim_count)
    open_store(location).load_tables(tables)
    return [claim["id"] for claim in tables["claims"]]


def at_size(url: str, claim_count: int, saves: int) -> dict[str, list[float]]:
    from factcheck.app import open_desk
    from factcheck.settings import load_settings

    with schema(url) as location:
        started = time.perf_counter()
        claim_ids = fill(location, claim_count)
        print(f"  loaded {claim_count:,} claims in {time.perf_counter() - started:.1f} s")
        settings = load_settings(store=location, reviewer="ana", workflow=WORKFLOW)
        paints = []
        for _ in range(5):
            started = time.perf_counter()
            desk = open_desk(settings)
            page, total = desk.claims_page(0, 100)
            paints.append(time.perf_counter() - started)
            assert len(page) == 100 and total == claim_count
        desk.start_review()
        watcher = open_desk(load_settings(store=location, reviewer="ben", workflow=WORKFLOW))
        cursor = watcher.change_cursor()
        verdicts, live, floor = [], [], []
        for number in range(saves):
            floor.append(durable_commit(location))
            claim_id = claim_ids[(number * 7919) % len(claim_ids)]
            started = time.perf_counter()
            desk.set_verdict(claim_id, "false", rationale="Checked against the ONS series.")
            done = time.perf_counter()
            verdicts.append(done - started)
            changes: list = []
            while not changes and time.perf_counter() - done < 5:
                changes, cursor = watcher.changes_since(cursor)
            live.append(time.perf_counter() - done)
        return {
            "commit floor": floor,
            "verdict save": verdicts,
            "first paint": paints,
            "live update": live,
        }


_floor_connections: dict[str, object] = {}


def durable_commit(location: str) -> float:
    """The floor of any save on this server and disk: one row inserted and committed (the
    commit waits for its WAL flush, as every verdict's does); measured in turns with the
    verdicts, so both see the same load."""
    import psycopg

    connection = _floor_connections.get(location)
    if connection is None:
        connection = psycopg.connect(location, autocommit=True)
        connection.execute("CREATE TABLE bench_floor (n integer)")
        _floor_connections[location] = connection
    started = time.perf_counter()
    connection.execute("INSERT INTO bench_floor VALUES (1)")
    return time.perf_counter() - started


def ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"median {statistics.median(seconds) * 1000:8.2f} ms   p95 {p95 * 1000:8.2f} ms"


GOALS = {"verdict save": 0.005, "first paint": 1.0, "live update": 0.5}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="claim counts, comma-separated")
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--writers", type=int, default=8, help="0: no writers run")
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    ok = True
    with server() as url:
        for size in (int(text) for text in args.sizes.split(",")):
            print(f"{size:,} claims:")
            figures = at_size(url, size, args.saves)
            for name, samples in figures.items():
                if name not in GOALS:
                    print(f"  {name:13} {ms(samples)}   (reference: the disk's durable commit)")
                    continue
                met = statistics.median(samples) < GOALS[name]
                ok &= met
                print(
                    f"  {name:13} {ms(samples)}   goal < {GOALS[name] * 1000:g} ms  "
                    f"{'met' if met else 'MISSED'}"
                )
            ratio = statistics.median(figures["verdict save"]) / statistics.median(
                figures["commit floor"]
            )
            print(f"  verdict save = {ratio:.1f} x the commit floor of the same run")
        if args.writers:
            print(f"{args.writers} writers for {args.seconds:g} s:")
            with schema(url) as location:
                outcome = writers_run(location, args.writers, args.seconds)
            print(f"  acknowledged saves {outcome.saves:,}, conflicts refused {outcome.refused:,}")
            print(
                f"  acknowledged saves lost {outcome.lost}, in the log but never acknowledged "
                f"{outcome.unacknowledged_in_log}, saves that raced through {outcome.raced_through}"
            )
            print(
                f"  audit chain {'intact' if outcome.chain_ok else 'BROKEN'}; failures "
                f"{outcome.failures or 'none'}"
            )
            ok &= (
                not (outcome.lost or outcome.raced_through or outcome.failures) and outcome.chain_ok
            )
    print(
        "load: the machine is shared (wall-clock figures inflated): "
        f"{os.getloadavg()[0]:.1f} load average over 1 minute"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    sys.exit(main())
