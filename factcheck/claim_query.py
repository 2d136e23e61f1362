"""Which claims a desk shows and in what order: a query every repository answers a page at a
time, so a desk holds only the rows it shows.

`ClaimQuery` is the whole question (scope, filter, inbox, order). `matches` and `sort_key`
define what it means; a repository that keeps its claims in memory answers it with
`select_claims`, a database one in its own query language with the same result. The only
part no database answers is `also`, a rule of the workflow (the sign-off inbox); a database
narrows by the query's columns first and applies `also` to what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from factcheck.models import Claim, Triage

OUT_OF_FLOW = frozenset({Triage.REJECTED, Triage.MERGED})


class ClaimOrder(StrEnum):
    POSITION = "article order"
    WORTH = "check-worthiness"

    def following(self) -> ClaimOrder:
        members = list(ClaimOrder)
        return members[(members.index(self) + 1) % len(members)]


def fold(text: str) -> str:
    """How filters compare names and words: case-blind."""
    return text.casefold()


def search_text(claim: Claim) -> str:
    """What a filter's plain words are looked for in: the claim's words and its speaker."""
    return fold(f"{claim.text} {claim.speaker or ''}")


@dataclass(frozen=True)
class SignOffCandidates:
    """Claims that may await a sign-off: a verdict in a stage that takes sign-offs, or a
    pending correction in the final stage."""

    stages: frozenset[str]
    final_stage: str

    def holds(self, claim: Claim, stage: str) -> bool:
        if claim.triage in OUT_OF_FLOW:
            return False
        if stage == self.final_stage:
            return claim.pending_correction is not None
        return stage in self.stages and claim.verdict is not None


@dataclass(frozen=True)
class ClaimQuery:
    """Claims of `article_id` (or all) that pass every condition given, in `order`.

    `triage` empty means every state but rejected and merged; `stage` is compared with the
    claim's stage, `first_stage` standing for a claim not placed yet; `assignee_folded`
    compares case-blind ("" for unassigned), `assignee` exactly (a reviewer's own inbox).
    """

    first_stage: str
    article_id: str | None = None
    words: tuple[str, ...] = ()  # folded
    stage: str | None = None
    kind: str | None = None
    verdict: str | None = None  # a verdict id, or "none"
    assignee_folded: str | None = None
    assignee: str | None = None
    triage: frozenset[Triage] = field(default_factory=frozenset)
    needs_context: bool = False
    sign_off: SignOffCandidates | None = None
    also: Callable[[Claim], bool] | None = field(default=None, compare=False)
    order: ClaimOrder = ClaimOrder.POSITION

    def stage_of(self, claim: Claim) -> str:
        return claim.stage or self.first_stage

    def matches(self, claim: Claim) -> bool:
        if self.article_id is not None and claim.article_id != self.article_id:
            return False
        if claim.triage not in self.triage if self.triage else claim.triage in OUT_OF_FLOW:
            return False
        stage = self.stage_of(claim)
        checks = (
            self.stage is None or stage == self.stage,
            self.kind is None or claim.kind == self.kind,
            self.verdict is None
            or (claim.verdict.label if claim.verdict else "none") == self.verdict,
            self.assignee_folded is None or fold(claim.assignee or "") == self.assignee_folded,
            self.assignee is None or claim.assignee == self.assignee,
            not self.needs_context or (claim.needs_context and claim.triage not in OUT_OF_FLOW),
            self.sign_off is None or self.sign_off.holds(claim, stage),
            not self.words or all(word in search_text(claim) for word in self.words),
        )
        return all(checks) and (self.also is None or self.also(claim))


def position_key(rank: int, claim: Claim) -> tuple[int, int, int, int, str]:
    """Article order: the article's ingest rank, then sentence, span and id."""
    return (rank, claim.sentence_index, claim.span[0], claim.span[1], claim.id)


def sort_key(
    order: ClaimOrder, rank: int, claim: Claim
) -> tuple[float, int, int, int, int, str] | tuple[int, int, int, int, str]:
    """Check-worthiness puts the most check-worthy first, article order among equals."""
    if order is ClaimOrder.WORTH:
        return (-claim.checkworthiness, *position_key(rank, claim))
    return position_key(rank, claim)


def select_claims(
    claims: Iterable[Claim], query: ClaimQuery, article_rank: dict[str, int]
) -> list[Claim]:
    """The claims the query holds, in its order (for repositories that hold every claim)."""
    chosen = [claim for claim in claims if query.matches(claim)]
    chosen.sort(key=lambda c: sort_key(query.order, article_rank.get(c.article_id, 0), c))
    return chosen


def page_of(
    selected: Sequence[Claim], offset: int, limit: int, from_end: bool = False
) -> list[Claim]:
    """`limit` claims from `offset` (counted from the last claim back when `from_end`), in
    the query's order either way."""
    if from_end:
        stop = max(len(selected) - offset, 0)
        return list(selected[max(stop - limit, 0) : stop])
    return list(selected[offset : offset + limit])


def claim_position_in(claims: Sequence[Claim], claim_id: str) -> int | None:
    return next((i for i, claim in enumerate(claims) if claim.id == claim_id), None)


Group = tuple[str, str | None, str]  # stage (as the query sees it), verdict label, triage


def group_counts(claims: Iterable[Claim], query: ClaimQuery) -> dict[Group, int]:
    """How many claims there are of each stage, verdict and triage state."""
    counts: dict[Group, int] = {}
    for claim in claims:
        key = (query.stage_of(claim), claim.verdict.label if claim.verdict else None, claim.triage)
        counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass(frozen=True)
class Tally:
    """What the desk's header counts: published, proposed (a verdict not yet published),
    decided (published, rejected or merged) and every claim in scope."""

    published: int = 0
    proposed: int = 0
    decided: int = 0
    total: int = 0

    @classmethod
    def of(cls, claims: Iterable[Claim], final_stage: str) -> Tally:
        published = proposed = decided = total = 0
        for claim in claims:
            is_published = claim.stage == final_stage
            out = claim.triage in OUT_OF_FLOW
            published += is_published
            proposed += claim.verdict is not None and not out and not is_published
            decided += is_published or out
            total += 1
        return cls(published, proposed, decided, total)


class QueriesOverSelected:
    """The claim-query answers of a repository that holds every claim (in memory, TinyDB):
    each is read off `_selected`, the claims a query holds in its order, which the
    repository defines."""

    def _selected(self, query: ClaimQuery) -> list[Claim]:
        raise NotImplementedError

    def query_claims(
        self, query: ClaimQuery, offset: int, limit: int, *, from_end: bool = False
    ) -> list[Claim]:
        page = page_of(self._selected(query), offset, limit, from_end)
        return [claim.model_copy(deep=True) for claim in page]

    def count_claims(self, query: ClaimQuery) -> int:
        return len(self._selected(query))

    def count_each(self, queries: Sequence[ClaimQuery]) -> list[int]:
        return [self.count_claims(query) for query in queries]

    def claim_position(self, query: ClaimQuery, claim_id: str) -> int | None:
        return claim_position_in(self._selected(query), claim_id)

    def count_and_position(self, query: ClaimQuery, claim_id: str) -> tuple[int, int | None]:
        selected = self._selected(query)
        return len(selected), claim_position_in(selected, claim_id)

    def tally(self, query: ClaimQuery, final_stage: str) -> Tally:
        return Tally.of(self._selected(query), final_stage)

    def claim_groups(self, query: ClaimQuery) -> dict[Group, int]:
        return group_counts(self._selected(query), query)
