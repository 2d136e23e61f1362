"""Whether a store's record can be trusted: its audit chain is whole, and every claim is
exactly what its events produce.

`verify_record(repository)` is what `factcheck store check` and export run. It finds hand
edits of the store file that no reviewer action made: a changed, removed or reordered event
(the hash chain breaks), a claim changed or removed without an event (walked back through
its events, it does not reach the hash its ingest recorded), an event cut off the end (the
head names a missing event). The chain has no secret in it, so
it proves the record was not edited by accident or by someone who did not rewrite every hash
after the edit; `store check` prints the head hash so a desk can note it elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import audit
from factcheck.repository import Repository


@dataclass(frozen=True)
class RecordCheck:
    """The outcome: `problem` is the first thing found wrong, or None for a sound record."""

    events: int
    claims: int
    head: str
    problem: audit.Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_record(repository: Repository) -> RecordCheck:
    trail, head = repository.audit_trail()
    claims = {claim.id: claim for claim in repository.list_claims()}
    problem = audit.verify(trail, head)
    if problem is None:
        problem = audit.check_claims(claims, repository.list_events())
    return RecordCheck(len(trail), len(claims), head, problem)
