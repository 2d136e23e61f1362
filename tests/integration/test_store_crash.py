"""Real processes on one store: killed mid-save, and two reviewers saving at once.

Children are forked (not spawned) so each round costs milliseconds, not an interpreter start;
the journal's compaction threshold is lowered so kills and races also hit compactions.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.models import Article, Claim, Event, Verdict
from factcheck.store import Store
from factcheck.store import journal as journal_module

KILL_ROUNDS = 50


def _desk(store_path: Path, articles: int, claims_per_article: int) -> list[str]:
    """A store of ~1 KB claims, like a desk's after ingest; returns the claim ids."""
    store = Store(store_path)
    claim_ids = []
    for number in range(articles):
        article = Article(id=f"art{number}", title=f"Article {number}", source="test", text=".")
        claims = [
            Claim(
                id=f"{article.id}-{n:03d}",
                article_id=article.id,
                text="Unemployment fell to its lowest level since records began. " * 6,
                extracted_text="Unemployment fell to its lowest level since records began.",
                sentence_index=n,
                span=(0, 1),
            )
            for n in range(claims_per_article)
        ]
        store.add_article(article, claims)
        claim_ids.extend(claim.id for claim in claims)
    return claim_ids


def _review_save(store: Store, claim_id: str, save_id: str, reviewer: str) -> None:
    """What a verdict costs: read the claim, change it, save it with its audit event."""
    claim = store.get_claim(claim_id)
    assert claim is not None
    claim.verdict = Verdict(label="false", rationale=save_id, reviewer=reviewer)
    event = Event(id=save_id, claim_id=claim_id, actor=reviewer, action="verdict")
    store.save([claim], [event])


def _fork(work: Callable[[], None]) -> int:
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 0
        try:
            work()
        except BaseException:
            status = 1
        os._exit(status)
    return pid


def _saves_reported(read_end: int) -> list[int]:
    received = b""
    while chunk := os.read(read_end, 65536):
        received += chunk
    return [int(line) for line in received.split(b"\n") if line]


@pytest.mark.slow
def test_store_killed_at_random_moments_keeps_every_save_it_reported(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "COMPACT_MIN_BYTES", 30_000)  # compact every ~20 saves
    claim_ids = _desk(store_path, articles=2, claims_per_article=20)
    chooser = random.Random(7)
    done: dict[str, str] = {}  # claim id -> the last save id reported for it
    reported_in_all_rounds = 0
    for round_number in range(KILL_ROUNDS):
        read_end, write_end = os.pipe()

        def save_until_killed(round_number: int = round_number, write_end: int = write_end) -> None:
            store = Store(store_path)
            for number in range(1_000_000):
                claim_id = claim_ids[number % len(claim_ids)]
                _review_save(store, claim_id, f"r{round_number}-{number}", "ana")
                os.write(write_end, f"{number}\n".encode())

        child = _fork(save_until_killed)
        try:
            os.close(write_end)
            time.sleep(chooser.uniform(0.0, 0.12))
        finally:
            os.kill(child, signal.SIGKILL)
            status = os.waitpid(child, 0)[1]
        assert os.WIFSIGNALED(status), "the child stopped saving before it was killed"
        reported = _saves_reported(read_end)
        os.close(read_end)
        reported_in_all_rounds += len(reported)

        store = Store(store_path)  # a torn last line (logged) is expected after some kills
        stored_events = {event.id for event in store.list_events()}
        for number in reported:
            save_id = f"r{round_number}-{number}"
            assert save_id in stored_events, f"round {round_number}: reported save lost"
            done[claim_ids[number % len(claim_ids)]] = save_id
        for claim_id, save_id in done.items():
            verdict = store.get_claim(claim_id).verdict
            assert verdict is not None
            assert _save_order(verdict.rationale) >= _save_order(save_id), "older verdict won"
    assert reported_in_all_rounds > KILL_ROUNDS, "the children hardly saved anything"
    Store(store_path).compact()
    leftovers = sorted(p.name for p in store_path.parent.iterdir() if p.suffix != ".lock")
    assert leftovers == ["factcheck.json", "factcheck.json.journal"], "no temporary files left"


def _save_order(save_id: str) -> tuple[int, int]:
    round_number, number = save_id[1:].split("-")
    return int(round_number), int(number)


@pytest.mark.slow
def test_two_reviewers_saving_200_times_each_lose_nothing(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "COMPACT_MIN_BYTES", 100_000)  # compactions race too
    claim_ids = _desk(store_path, articles=4, claims_per_article=100)
    watching = Store(store_path)  # a third desk left open the whole time
    shares = {"ana": claim_ids[:200], "ben": claim_ids[200:]}

    def review(reviewer: str) -> None:
        store = Store(store_path)
        for number, claim_id in enumerate(shares[reviewer]):
            _review_save(store, claim_id, f"{reviewer}-{number}", reviewer)

    children = [_fork(lambda reviewer=reviewer: review(reviewer)) for reviewer in shares]
    for child in children:
        assert os.waitpid(child, 0)[1] == 0, "a reviewer process failed"

    for store in (watching, Store(store_path)):
        events = [event for event in store.list_events() if event.action != "ingest"]
        assert len(events) == 400 and len({event.id for event in events}) == 400
        for reviewer, mine in shares.items():
            verdicts = [store.get_claim(claim_id).verdict for claim_id in mine]
            assert all(v is not None and v.reviewer == reviewer for v in verdicts)
            assert [v.rationale for v in verdicts] == [f"{reviewer}-{n}" for n in range(200)]
