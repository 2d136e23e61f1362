"""Export 10,000 claims in every report format and print how long each takes.

    .venv/bin/python benchmarks/bench_report.py [--claims N] [--repeat N] [--store]

The repository is generated in memory (100 articles with their published details; claims
published, in review, not rated and rejected, with evidence, sign-offs, corrections and the
audit events that date a publication), so the figures measure the report code, not the
disk; `--store` reads them from a TinyDB store file instead, as `factcheck export` does. Each
format's time is building the `ReportData` plus rendering it, for each format and audience
(HTML for the public and for the desk); the goal is under 5 s per format for 10,000 claims.
Most of "build" is `InMemoryRepository.list_claims` deep-copying every claim, as a store hands
out fresh objects too. The figures are the best of `--repeat` runs: other work on the machine
(see the load average printed) only ever makes a run slower.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from figures import Figure

from factcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Correction,
    Event,
    EvidenceNote,
    SignOff,
    Stance,
    Triage,
    Verdict,
)
from factcheck.report import AUDIENCE_FORMATS, build_report, render
from factcheck.repository import InMemoryRepository, Repository
from factcheck.store import Store
from factcheck.workflow import Workflow
from factcheck.workflow.loader import load_workflow

WORKFLOW = Path(__file__).resolve().parent.parent / "workflows" / "default.yaml"
ARTICLES = 100
START = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def generated_repository(total_claims: int) -> InMemoryRepository:
    workflow = load_workflow(WORKFLOW)
    labels = workflow.scale.ids
    repository = InMemoryRepository()
    per_article = max(1, total_claims // ARTICLES)
    made = 0
    for a in range(ARTICLES):
        count = per_article if a < ARTICLES - 1 else total_claims - made
        sentences = [
            f"Claim {n} of article {a}: unemployment fell to {n % 10}.{a % 10} percent "
            f"in March, <the lowest> rate since {1950 + n % 70}, the minister said."
            for n in range(count)
        ]
        text = " ".join(sentences)
        article = Article(
            id=f"a{a:05d}", title=f"Article {a}", source=f"article_{a}.txt",
            url=f"https://news.example.com/{a}", outlet="Example News", author="A. Writer",
            published=date(2024, 1, 1) + timedelta(days=a), text=text,
            ingested_at=START,
        )  # fmt: skip
        claims, events = [], []
        offset = 0
        for n, sentence in enumerate(sentences):
            claim, event = _claim(article.id, n, sentence, offset, labels)
            offset += len(sentence) + 1
            claims.append(claim)
            events.extend(event)
        repository.add_article(article, claims)
        repository.save((), events)
        made += count
    return repository


def _claim(
    article_id: str, n: int, sentence: str, offset: int, labels: list[str]
) -> tuple[Claim, list[Event]]:
    at = START + timedelta(minutes=n)
    kind = n % 20  # 12 published, 4 in review, 3 not rated, 1 rejected in every 20
    claim = Claim(
        id=f"{article_id}-{n + 1:03d}", article_id=article_id, text=sentence,
        extracted_text=sentence, sentence_index=n, span=(offset, offset + len(sentence)),
        sentence=sentence, speaker="the minister" if n % 3 else "Ana Example",
        kind=ClaimKind.QUANTITY, checkworthiness=(n % 100) / 100,
        reasons=["number: percent", "comparison: lowest since"],
        triage=Triage.REJECTED if kind == 19 else Triage.ACCEPTED,
        triage_reason="opinion" if kind == 19 else "", stage="triage",
    )  # fmt: skip
    if kind >= 16:
        return claim, []
    claim.evidence = [
        EvidenceNote(
            id=f"n{i}",
            url=f"https://source{i}.example.org/{n}",
            title=f"Source {i}",
            quote="=SUM(A1)" if i == 1 else "fell to 3.1%",
            stance=Stance.SUPPORTS,
            note="checked",
            added_by="ana",
            at=at,
        )
        for i in (1, 2)
    ]
    claim.verdict = Verdict(
        label=labels[n % len(labels)], rationale="Matches the ONS series.", reviewer="ana", at=at
    )
    claim.sign_offs = [SignOff(reviewer="ben", at=at)]
    if kind >= 12:
        claim.stage = "sign-off"
        return claim, []
    claim.stage = "published"
    if kind == 0:
        claim.corrections = [
            Correction(
                previous_label=labels[0],
                new_label=claim.verdict.label,
                reason="new data",
                reviewer="ben",
                at=at,
            )
        ]
    event = Event(
        id=f"e-{claim.id}", claim_id=claim.id, at=at, actor="ben", action="advance",
        before={"stage": "sign-off"}, after={"stage": "published"},
    )  # fmt: skip
    return claim, [event]


def stored_copy(repository: InMemoryRepository, folder: Path) -> Repository:
    """The same articles, claims and events in a TinyDB store file (one save per article)."""
    store = Store(folder / "factcheck.json")
    for article in repository.list_articles():
        store.add_article(article, repository.list_claims(article.id))
    store.save((), repository.list_events())
    return store


# Every format for each audience it is made for, the public's first.
EXPORTS = [(fmt, audience) for audience in ("public", "desk")
           for fmt in AUDIENCE_FORMATS[audience]]  # fmt: skip
NAMES = {"ana": "Ana Example", "ben": "Ben Example"}


def export_name(fmt: str, audience: str) -> str:
    return f"{fmt} ({audience})" if fmt == "html" else fmt


def timed(
    repository: Repository, workflow: Workflow, fmt: str, audience: str
) -> tuple[float, float, int]:
    """(build seconds, render seconds, bytes) for one export of every claim."""
    started = time.perf_counter()
    report = build_report(repository, workflow, include_unreviewed=True)
    built = time.perf_counter()
    text = render(
        report, fmt, audience=audience, site_url="https://checks.example.org/",
        publisher="Bench", reviewer_names=NAMES,
    )  # fmt: skip
    return built - started, time.perf_counter() - built, len(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per format; best is shown")
    parser.add_argument(
        "--store", action="store_true", help="read the claims from a TinyDB store file instead"
    )
    args = parser.parse_args()
    workflow = load_workflow(WORKFLOW)
    started = time.perf_counter()
    generated = generated_repository(args.claims)
    repository: Repository = generated
    print(f"generated {args.claims} claims in {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        if args.store:
            started = time.perf_counter()
            repository = stored_copy(generated, Path(folder))
            print(f"stored them in a TinyDB file in {time.perf_counter() - started:.2f} s")
        print_times(repository, workflow, args.repeat)


def best_times(
    repository: Repository, workflow: Workflow, repeat: int
) -> list[tuple[str, float, float, int]]:
    """(export, build seconds, render seconds, bytes) of each export's best of `repeat` runs."""
    best = []
    for fmt, audience in EXPORTS:
        runs = [timed(repository, workflow, fmt, audience) for _ in range(max(1, repeat))]
        best.append((export_name(fmt, audience), *min(runs, key=lambda run: run[0] + run[1])))
    return best


def print_times(repository: Repository, workflow: Workflow, repeat: int) -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; best of {repeat}")
    print(f"{'export':<14} {'build s':>8} {'render s':>9} {'total s':>8} {'size':>10}")
    for name, build, draw, size in best_times(repository, workflow, repeat):
        print(f"{name:<14} {build:8.2f} {draw:9.2f} {build + draw:8.2f} {size / 1e6:7.1f} MB")


def figures(claims: int = 10_000, repeat: int = 3) -> list[Figure]:
    """Each format's export time (build + render, best of `repeat`) from the generated
    in-memory repository, with issue 6's goal of under 5 s."""
    repository = generated_repository(claims)
    return [
        Figure(f"report export: {fmt}", f"{claims:,}", build + draw, None, "s", "< 5 s",
               build + draw < 5)
        for fmt, build, draw, _ in best_times(repository, load_workflow(WORKFLOW), repeat)
    ]  # fmt: skip


if __name__ == "__main__":
    main()
