"""Two reviewers acting on one claim at the same moment: one wins, the other is told, nothing
is silently overwritten."""

from __future__ import annotations

import itertools
import multiprocessing
from pathlib import Path

import pytest
from roster_support import on_roster

from factcheck.errors import ClaimChangedError
from factcheck.ingest import parse_article
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.settings import store_location as location_of
from factcheck.splitter import split
from factcheck.store.location import open_store
from factcheck.workflow.loader import load_workflow

WORKFLOW = Path(__file__).resolve().parents[2] / "workflows" / "default.yaml"
ARTICLE = "The city built 4,000 new homes last year. Bus fares doubled between 2019 and 2023."


class RacingRepository(InMemoryRepository):
    """Lets another reviewer's save land between an action's read and its own save."""

    def __init__(self) -> None:
        super().__init__()
        self.before_next_save: list = []

    def save(self, claims=(), events=(), **options) -> None:  # type: ignore[no-untyped-def]
        while self.before_next_save:
            self.before_next_save.pop()()
        super().save(claims, events, **options)


def test_an_action_on_a_claim_changed_meanwhile_is_refused_and_saves_nothing() -> None:
    repository = RacingRepository()
    article = parse_article(ARTICLE, "city.txt")
    repository.add_article(article, split(article))
    workflow = load_workflow(WORKFLOW)
    on_roster(repository, workflow, "ana", "ben")
    ana, ben = (ReviewService(repository, workflow, name) for name in ("ana", "ben"))
    claim_id = repository.list_claims()[0].id

    repository.before_next_save.append(lambda: ben.edit(claim_id, "The city built 4,000 homes."))
    with pytest.raises(ClaimChangedError, match=claim_id):
        ana.accept(claim_id)

    claim = repository.get_claim(claim_id)
    assert claim.text == "The city built 4,000 homes.", "ben's edit is kept"
    assert claim.triage == "pending", "ana's accept did not overwrite it"
    assert [e.actor for e in repository.list_events(claim_id)] == ["ingest", "ben"]
    ana.accept(claim_id)  # once ana looks again, her action goes through
    assert repository.get_claim(claim_id).text == "The city built 4,000 homes."


def _edit_many(location: str, reviewer: str, claim_id: str, rounds: int) -> None:
    desk = ReviewService(open_store(location_of(location)), load_workflow(WORKFLOW), reviewer)
    for number in range(rounds):
        while True:
            try:
                desk.edit(claim_id, f"{reviewer} edit {number}")
                break
            except ClaimChangedError:
                continue


@pytest.mark.slow
def test_two_processes_editing_one_claim_record_every_edit_in_order(store_location: str) -> None:
    store = open_store(location_of(store_location))
    article = parse_article(ARTICLE, "city.txt")
    store.add_article(article, split(article))
    claim_id = store.list_claims()[0].id
    on_roster(store, load_workflow(WORKFLOW), "ana", "ben")
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_edit_many, args=(store_location, name, claim_id, 60))
        for name in ("ana", "ben")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    events = open_store(location_of(store_location)).list_events(claim_id)[1:]
    assert len(events) == 120
    # Each edit's `before` is exactly the previous edit's `after`: no write was lost.
    for previous, event in itertools.pairwise(events):
        assert event.changes["text"].before == previous.changes["text"].after
