"""`FactCheckMemory`: "has this claim been checked before?" over the whole library.

The library is the imported checks (kept by a `CheckLibrary`) plus every verdict this store has
published (a claim in the workflow's final stage with a verdict). A published claim whose
evidence cites an imported check's review URL (what linking it to that past check adds) is
also given to the matcher as a claim linked to that check. The `ClaimIndex` over them is
built lazily, on the first search, and rebuilt on the next search after either part changed:
an import, a removal, a verdict published or corrected. A rebuild, not an incremental update,
because BM25 indexes are immutable and a rebuild of 100,000 entries takes seconds
(benchmarks/bench_matching.py), while imports and publications are rare next to searches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.claim_query import ClaimQuery
from factcheck.library.checks import CheckedClaim, CheckLibrary, normalized_review_url
from factcheck.models import Claim, Triage
from factcheck.repository import Repository
from factcheck.workflow import Workflow

if TYPE_CHECKING:
    from factcheck.matching import ClaimIndex

# A match the re-ranker gives at least even odds; below it a match is shown only when asked
# for (`factcheck match`), never counted as "checked before".
CHECKED_BEFORE = 0.5
SHOWN_MATCHES = 3


def claim_index(texts: Sequence[str], linked: Sequence[tuple[int, str]]) -> ClaimIndex:
    """The matcher's index over `texts` (`linked` as `ClaimIndex` takes it). Imported here, at
    the first search, so a command that never searches does not load numpy and the re-ranker
    (a fifth of its start-up)."""
    from factcheck.matching import ClaimIndex

    return ClaimIndex(texts, linked=linked)


def linked_claims(checks: Sequence[CheckedClaim], claims: Iterable[Claim]) -> list[tuple[int, str]]:
    """(position in `checks`, claim text) for each claim whose evidence cites a check's review
    URL, as linking a claim to a past check records it: the matcher then finds that check for
    new claims worded like the linked one."""
    position_of = {normalized_review_url(c.url): p for p, c in enumerate(checks) if c.url}
    linked = []
    for claim in claims:
        cited = {normalized_review_url(note.url) for note in claim.evidence}
        linked += [(position_of[url], claim.text) for url in sorted(cited & position_of.keys())]
    return linked


@dataclass(frozen=True)
class Match:
    check: CheckedClaim
    score: float


class FactCheckMemory:
    def __init__(
        self,
        library: CheckLibrary,
        repository: Repository,
        workflow: Workflow | None,
        *,
        index_factory: Callable[
            [Sequence[str], Sequence[tuple[int, str]]], ClaimIndex
        ] = claim_index,
    ) -> None:
        self._library = library
        self._repository = repository
        self.workflow = workflow
        self._index_factory = index_factory
        self._built_for: object = None
        self._events_seen = 0  # the audit log's length when the index was last checked
        self._built_workflow: Workflow | None = None
        self._checks: list[CheckedClaim] = []
        self._index: ClaimIndex | None = None

    def checks(self) -> list[CheckedClaim]:
        """The library: imported checks, then this store's published verdicts."""
        return self._library.list_checks() + self.published_here()

    def published_here(self) -> list[CheckedClaim]:
        return [self._as_check(claim) for claim in self._published_claims()]

    def _published_claims(self) -> list[Claim]:
        if self.workflow is None:
            return []
        # Only the final stage's claims are read: a large store keeps most claims elsewhere.
        published = ClaimQuery(
            self.workflow.first_stage.id,
            stage=self.workflow.final_stage,
            triage=frozenset(Triage),
        )
        count = self._repository.count_claims(published)
        return [
            claim
            for claim in self._repository.query_claims(published, 0, count)
            if claim.verdict is not None
        ]

    def match(self, text: str, k: int = 5, *, skip_claim: str | None = None) -> list[Match]:
        """The `k` best library entries for `text`, best first (a claim's own published
        verdict left out when `skip_claim` names it)."""
        return self._search(*self._current_index(), text, k, skip_claim)

    def matches_for(self, claim: Claim, k: int = 5) -> list[Match]:
        return self.match(claim.text, k, skip_claim=claim.id)

    def checked_before(
        self, claims: Iterable[Claim], k: int = SHOWN_MATCHES
    ) -> dict[str, list[Match]]:
        """For each claim that was checked before (a match scoring >= CHECKED_BEFORE), its
        matches at that level, best first; claims with none are left out."""
        checks, index = self._current_index()  # once: it reads every claim of the store
        found = {}
        for claim in claims:
            matches = self._search(checks, index, claim.text, k, claim.id)
            strong = [m for m in matches if m.score >= CHECKED_BEFORE]
            if strong:
                found[claim.id] = strong
        return found

    @staticmethod
    def _search(
        checks: list[CheckedClaim], index: ClaimIndex, text: str, k: int, skip_claim: str | None
    ) -> list[Match]:
        found = index.search(text, k + 1 if skip_claim else k)
        matches = [Match(checks[p], score) for p, score in found]
        return [m for m in matches if skip_claim is None or m.check.claim_id != skip_claim][:k]

    def _current_index(self) -> tuple[list[CheckedClaim], ClaimIndex]:
        if self._index is not None and self._unchanged_since_built():
            return self._checks, self._index
        # Taken before the claims are read, so a verdict saved meanwhile is seen next time.
        self._events_seen = self._repository.events_after(1 << 62)[1]
        claims = self._published_claims()
        published = [self._as_check(claim) for claim in claims]
        version = (
            self._library.library_revision(),
            tuple((c.id, c.claim, c.rating, c.published) for c in published),
            tuple((c.id, tuple(note.url for note in c.evidence)) for c in claims),
        )
        if self._index is None or version != self._built_for:
            self._checks = self._library.list_checks() + published
            self._index = self._index_factory(
                [check.claim for check in self._checks], linked_claims(self._checks, claims)
            )
            self._built_for = version
        self._built_workflow = self.workflow
        return self._checks, self._index

    def _unchanged_since_built(self) -> bool:
        """Nothing recorded, imported or re-configured since the index was built: the store's
        claims need not be read again (every search of a desk would otherwise read them all)."""
        events, self._events_seen = self._repository.events_after(self._events_seen)
        library, _published, _evidence = self._built_for  # type: ignore[misc]
        return (
            not events
            and library == self._library.library_revision()
            and (self.workflow is self._built_workflow)
        )

    def _as_check(self, claim: Claim) -> CheckedClaim:
        assert claim.verdict is not None and self.workflow is not None
        option = self.workflow.scale.option(claim.verdict.label)
        return CheckedClaim(
            id=claim.id,
            claim=claim.text,
            rating=option.label if option else claim.verdict.label,
            organisation="this desk",
            published=claim.verdict.at.date(),
            claim_id=claim.id,
        )


def proposed_verdict(check: CheckedClaim, workflow: Workflow) -> str | None:
    """The scale's verdict whose id or label is the check's rating ("False" -> false), if
    any: a proposal for the reviewer, who still decides."""
    rating = check.rating.strip().casefold()
    for option in workflow.scale.verdicts:
        if rating in (option.id.casefold(), option.label.casefold()):
            return option.id
    return None
