"""Every backend answers a desk's claim queries (filter, inbox, order, page, count, position,
tally) with what `ClaimQuery` defines: the same claims in the same order as the query applied
to every claim in memory. Run once per backend (PostgreSQL skipped without a server)."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from factcheck.claim_query import (
    ClaimOrder,
    ClaimQuery,
    SignOffCandidates,
    Tally,
    group_counts,
    select_claims,
)
from factcheck.ingest import parse_article
from factcheck.models import Claim, ClaimKind, Correction, Triage, Verdict
from factcheck.settings import store_location as location_of
from factcheck.splitter import split
from factcheck.store.location import open_store

FIRST, REVIEW, FINAL = "triage", "review", "published"
TEXTS = [
    "The city built 4,000 new homes last year. Bus fares doubled between 2019 and 2023. "
    "The mayor said crime fell by 12 percent. Unemployment rose to 7 percent in May.",
    "Exports grew 3 percent in 2022. The minister said inflation halved since January. "
    "Rents went up by 20 percent, the union said. The port handled 1.2 million containers.",
]


def varied(claim: Claim, n: int) -> Claim:
    """Every state a filter tells apart, spread over the claims."""
    verdict = Verdict(label=("false", "true")[n % 2], reviewer="ana") if n % 3 else None
    stage = (None, REVIEW, FINAL)[n % 3]
    correction = Correction(previous_label="true", new_label="false", reason="r", reviewer="ben")
    return claim.model_copy(
        update={
            "triage": list(Triage)[n % 4],
            "kind": list(ClaimKind)[n % len(ClaimKind)],
            "assignee": (None, "ana", "Ana", "ben")[n % 4],
            "needs_context": n % 5 == 0,
            "checkworthiness": (n * 7 % 4) / 4,  # ties, so article order decides among equals
            "verdict": verdict,
            "stage": stage,
            "pending_correction": correction if stage == FINAL and n % 2 else None,
        }
    )


@pytest.fixture
def store(store_location: str):  # type: ignore[no-untyped-def]
    store = open_store(location_of(store_location))
    for number, text in enumerate(TEXTS):
        article = parse_article(text, f"a{number}.txt")
        store.add_article(article, split(article))
    claims = store.list_claims()
    store.save([varied(claim, n) for n, claim in enumerate(claims)])
    return store


QUERIES = [
    ClaimQuery(FIRST),
    ClaimQuery(FIRST, triage=frozenset(Triage)),
    ClaimQuery(FIRST, triage=frozenset({Triage.REJECTED})),
    ClaimQuery(FIRST, stage=FIRST),
    ClaimQuery(FIRST, stage=REVIEW, verdict="false"),
    ClaimQuery(FIRST, verdict="none", kind=ClaimKind.QUANTITY),
    ClaimQuery(FIRST, assignee_folded="ana"),
    ClaimQuery(FIRST, assignee_folded=""),
    ClaimQuery(FIRST, assignee="ana", triage=frozenset(Triage)),
    ClaimQuery(FIRST, needs_context=True, triage=frozenset(Triage)),
    ClaimQuery(FIRST, words=("percent",)),
    ClaimQuery(FIRST, words=("percent", "the")),
    ClaimQuery(FIRST, sign_off=SignOffCandidates(frozenset({REVIEW}), FINAL)),
    ClaimQuery(
        FIRST,
        sign_off=SignOffCandidates(frozenset({REVIEW}), FINAL),
        also=lambda claim: claim.verdict is not None and claim.verdict.label == "false",
    ),
]


def expected(store, query: ClaimQuery) -> list[str]:  # type: ignore[no-untyped-def]
    rank = {article.id: n for n, article in enumerate(store.list_articles())}
    return [claim.id for claim in select_claims(store.list_claims(), query, rank)]


CASES = list(itertools.product(range(len(QUERIES)), ClaimOrder))


@pytest.mark.parametrize(
    ("number", "order"), CASES, ids=[f"query{n}-{order.name}" for n, order in CASES]
)
def test_a_query_gives_what_it_defines_on_every_backend(store, number, order) -> None:  # type: ignore[no-untyped-def]
    query = dataclasses.replace(QUERIES[number], order=order)
    want = expected(store, query)
    assert [c.id for c in store.query_claims(query, 0, 1000)] == want
    assert store.count_claims(query) == len(want)
    assert [c.id for c in store.query_claims(query, 2, 3)] == want[2:5]
    assert [c.id for c in store.query_claims(query, 1, 3, from_end=True)] == want[-4:-1]
    for position in (0, len(want) // 2, len(want) - 1):
        if want:
            assert store.claim_position(query, want[position]) == position
            assert store.count_and_position(query, want[position]) == (len(want), position)
    shown = {claim.id for claim in store.list_claims()}
    missing = sorted(shown - set(want))
    if missing:
        assert store.claim_position(query, missing[0]) is None
        assert store.count_and_position(query, missing[0]) == (len(want), None)
    every = {claim.id: claim for claim in store.list_claims()}
    assert store.tally(query, FINAL) == Tally.of([every[i] for i in want], FINAL)
    groups = group_counts([every[i] for i in want], query)
    assert store.claim_groups(query) == {(s, v, str(t)): n for (s, v, t), n in groups.items()}


def test_one_article_is_its_own_scope(store) -> None:  # type: ignore[no-untyped-def]
    article = store.list_articles()[1]
    query = ClaimQuery(FIRST, article_id=article.id, triage=frozenset(Triage))
    claims = store.query_claims(query, 0, 1000)
    assert claims and {c.article_id for c in claims} == {article.id}
    assert [c.id for c in claims] == [c.id for c in store.list_claims(article.id)]


def test_the_stages_and_verdicts_in_use_are_found(store) -> None:  # type: ignore[no-untyped-def]
    claims = store.list_claims()
    stages = {c.stage for c in claims if c.stage}
    verdicts = {c.verdict.label for c in claims if c.verdict}
    assert store.stages_and_verdicts() == (stages, verdicts) == ({REVIEW, FINAL}, {"false", "true"})


def test_queries_counted_together_count_what_each_holds(store) -> None:  # type: ignore[no-untyped-def]
    article = store.list_articles()[1].id
    for queries in (
        QUERIES,
        [dataclasses.replace(query, article_id=article) for query in QUERIES],
        [QUERIES[0], dataclasses.replace(QUERIES[1], article_id=article)],
    ):
        assert store.count_each(queries) == [len(expected(store, q)) for q in queries]
