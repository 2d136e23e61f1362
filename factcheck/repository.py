"""The storage interface the domain depends on, and an in-memory implementation for tests.

`store.Store` implements `Repository` over TinyDB; the review service and reports only see this
protocol, so they can be tested without a database file.

Every implementation keeps the audit log a hash chain (`factcheck.audit`): events are linked
to the head as they are saved, under the same lock, and the new head is saved with them.
`add_article` starts each claim's history with an `ingest` event holding the claim whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from factcheck import audit
from factcheck.claim_query import (
    ClaimQuery,
    Group,
    QueriesOverSelected,
    Tally,
    select_claims,
)
from factcheck.errors import ClaimChangedError, WorkflowChangedError
from factcheck.models import Article, Claim, Event, Reviewer, WorkflowVersion


class Repository(Protocol):
    def get_article(self, article_id: str) -> Article | None: ...

    def list_articles(self) -> list[Article]: ...

    def add_article(self, article: Article, claims: Iterable[Claim]) -> bool:
        """Store an article and its claims in one save; False (no change) if already present."""
        ...

    def save_article(self, article: Article) -> None:
        """Replace a stored article's details (title, url, outlet, author, date); its id,
        text and claims never change."""
        ...

    def get_claim(self, claim_id: str) -> Claim | None: ...

    def list_claims(self, article_id: str | None = None) -> list[Claim]:
        """Claims in article order: by article ingest order, then sentence and span."""
        ...

    def claims_page(
        self, offset: int, limit: int, article_id: str | None = None
    ) -> tuple[list[Claim], int]:
        """Claims `offset` to `offset + limit` in `list_claims` order, and how many there are
        in all: a screenful of a large store without reading the rest (a database backend
        reads only the page)."""
        ...

    def query_claims(
        self, query: ClaimQuery, offset: int, limit: int, *, from_end: bool = False
    ) -> list[Claim]:
        """At most `limit` of the claims `query` holds, from `offset` in its order (counted
        back from the last one when `from_end`: a desk jumping to the end of a large store),
        always in the query's order. A database backend reads only the page."""
        ...

    def count_claims(self, query: ClaimQuery) -> int:
        """How many claims `query` holds."""
        ...

    def count_each(self, queries: Sequence[ClaimQuery]) -> list[int]:
        """How many claims each query holds, in the order given (a database counts them all
        in one pass over the claims)."""
        ...

    def claim_position(self, query: ClaimQuery, claim_id: str) -> int | None:
        """Where the claim stands among those `query` holds (0 first), or None when it is
        not among them: a desk keeps its cursor on a claim as the filter or order changes."""
        ...

    def count_and_position(self, query: ClaimQuery, claim_id: str) -> tuple[int, int | None]:
        """`count_claims` and `claim_position` at once (a database in one pass)."""
        ...

    def tally(self, query: ClaimQuery, final_stage: str) -> Tally:
        """Published, proposed, decided and all claims among those `query` holds."""
        ...

    def claim_groups(self, query: ClaimQuery) -> dict[Group, int]:
        """How many of the claims `query` holds there are of each (stage, verdict label or
        None, triage state): `factcheck status` without reading the claims."""
        ...

    def stages_and_verdicts(self) -> tuple[set[str], set[str]]:
        """Every stage id and every verdict label the stored claims carry (None left out).

        Lets the review service check a workflow against a large store without building every
        claim model.
        """
        ...

    def save(
        self,
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
        workflow_version: int | None = None,
    ) -> None:
        """Replace the given claims and append the given events in one durable save.

        `workflow_version`: the store's workflow version the caller acted under; if it has
        changed since (`workflow use`), raise `WorkflowChangedError` and save nothing.

        `expected` maps claim ids to the claims as the caller read them; if any stored claim
        differs (another process saved it meanwhile), raise `ClaimChangedError` and save
        nothing. The check and the save happen under the same lock, so two reviewers acting
        on one claim at once cannot silently overwrite each other.
        """
        ...

    def list_events(self, claim_id: str | None = None) -> list[Event]:
        """Audit events in the order they were recorded."""
        ...

    def events_after(self, position: int) -> tuple[list[Event], int]:
        """The audit events recorded after `position` (a count of events, 0 before the first)
        and the position after them: what the desk's live view follows. Cheap when nothing
        was recorded since."""
        ...

    def get_setting(self, key: str) -> Any | None: ...

    def set_setting(self, key: str, value: Any) -> None: ...

    def list_reviewers(self) -> list[Reviewer]:
        """The desk's roster, in the order reviewers were added."""
        ...

    def save_roster(
        self,
        put: Iterable[Reviewer] = (),
        remove: Iterable[str] = (),
        events: Iterable[Event] = (),
    ) -> None:
        """Add or replace reviewers (by `key`), remove reviewers (by key) and append events,
        in one durable save."""
        ...

    def audit_trail(self) -> tuple[list[dict[str, Any]], str]:
        """Every event as stored, in log order, and the head hash the store keeps."""
        ...

    def workflow_versions(self) -> list[WorkflowVersion]:
        """Every workflow version the store kept, oldest first (empty: none kept yet)."""
        ...

    def workflow_version(self) -> int:
        """The number of the store's current workflow version (0: none kept), cheap enough
        to ask before every action."""
        ...

    def save_workflow(
        self,
        versions: Iterable[WorkflowVersion],
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
    ) -> None:
        """Add workflow versions, replace the migrated claims and append the events in one
        durable save. The first new version must follow the last stored one, or
        `WorkflowChangedError` (someone else changed the workflow meanwhile) and nothing is
        saved; `expected` as for `save`."""
        ...


def claim_order(claim: Claim) -> tuple[int, int, int, str]:
    return (claim.sentence_index, claim.span[0], claim.span[1], claim.id)


class InMemoryRepository(QueriesOverSelected):
    """A `Repository` kept in dicts: for tests of the domain and for throwaway sessions."""

    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}
        self._claims: dict[str, Claim] = {}
        self._events: list[Event] = []
        self._settings: dict[str, Any] = {}
        self._reviewers: dict[str, Reviewer] = {}
        self._workflows: list[WorkflowVersion] = []
        self._head = ""

    def get_article(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)

    def list_articles(self) -> list[Article]:
        return list(self._articles.values())

    def add_article(self, article: Article, claims: Iterable[Claim]) -> bool:
        if article.id in self._articles:
            return False
        self._articles[article.id] = article
        claims = list(claims)
        for claim in claims:
            self._claims[claim.id] = claim.model_copy(deep=True)
        self._append(audit.start_events(claims, "ingest", "ingest", article.ingested_at))
        return True

    def save_article(self, article: Article) -> None:
        if article.id not in self._articles:
            raise KeyError(article.id)
        self._articles[article.id] = article.model_copy(deep=True)

    def get_claim(self, claim_id: str) -> Claim | None:
        claim = self._claims.get(claim_id)
        return claim.model_copy(deep=True) if claim else None

    def list_claims(self, article_id: str | None = None) -> list[Claim]:
        article_rank = {article_id: rank for rank, article_id in enumerate(self._articles)}
        claims = [
            claim.model_copy(deep=True)
            for claim in self._claims.values()
            if article_id is None or claim.article_id == article_id
        ]
        return sorted(claims, key=lambda c: (article_rank.get(c.article_id, 0), *claim_order(c)))

    def claims_page(
        self, offset: int, limit: int, article_id: str | None = None
    ) -> tuple[list[Claim], int]:
        claims = self.list_claims(article_id)
        return claims[offset : offset + limit], len(claims)

    def _selected(self, query: ClaimQuery) -> list[Claim]:
        article_rank = {article_id: rank for rank, article_id in enumerate(self._articles)}
        return select_claims(self._claims.values(), query, article_rank)

    def stages_and_verdicts(self) -> tuple[set[str], set[str]]:
        claims = self._claims.values()
        return (
            {c.stage for c in claims if c.stage},
            {c.verdict.label for c in claims if c.verdict},
        )

    def save(
        self,
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
        workflow_version: int | None = None,
    ) -> None:
        if workflow_version is not None and workflow_version != len(self._workflows):
            raise WorkflowChangedError(len(self._workflows))
        for claim_id, claim in (expected or {}).items():
            if self._claims.get(claim_id) != claim:
                raise ClaimChangedError(claim_id)
        for claim in claims:
            self._claims[claim.id] = claim.model_copy(deep=True)
        self._append(events)

    def _append(self, events: Iterable[Event]) -> None:
        linked, self._head = audit.chain(events, self._head)
        self._events.extend(linked)

    def list_events(self, claim_id: str | None = None) -> list[Event]:
        return [e for e in self._events if claim_id is None or e.claim_id == claim_id]

    def events_after(self, position: int) -> tuple[list[Event], int]:
        return list(self._events[position:]), len(self._events)

    def get_setting(self, key: str) -> Any | None:
        return self._settings.get(key)

    def set_setting(self, key: str, value: Any) -> None:
        self._settings[key] = value

    def list_reviewers(self) -> list[Reviewer]:
        return [reviewer.model_copy(deep=True) for reviewer in self._reviewers.values()]

    def save_roster(
        self,
        put: Iterable[Reviewer] = (),
        remove: Iterable[str] = (),
        events: Iterable[Event] = (),
    ) -> None:
        for reviewer in put:
            self._reviewers[reviewer.key] = reviewer.model_copy(deep=True)
        for key in remove:
            self._reviewers.pop(key, None)
        self._append(events)

    def audit_trail(self) -> tuple[list[dict[str, Any]], str]:
        return [event.model_dump(mode="json") for event in self._events], self._head

    def workflow_versions(self) -> list[WorkflowVersion]:
        return [version.model_copy(deep=True) for version in self._workflows]

    def workflow_version(self) -> int:
        return len(self._workflows)

    def save_workflow(
        self,
        versions: Iterable[WorkflowVersion],
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
    ) -> None:
        versions = list(versions)
        check_next_version(len(self._workflows), versions)
        for claim_id, claim in (expected or {}).items():
            if self._claims.get(claim_id) != claim:
                raise ClaimChangedError(claim_id)
        self._workflows.extend(v.model_copy(deep=True) for v in versions)
        for claim in claims:
            self._claims[claim.id] = claim.model_copy(deep=True)
        self._append(events)


def check_next_version(stored: int, versions: list[WorkflowVersion]) -> None:
    """New versions must continue the stored numbering (1, 2, ...) without a gap."""
    if versions and versions[0].version != stored + 1:
        raise WorkflowChangedError(stored)
