"""The fact-check memory's use cases, for `factcheck library|match|claim matches`, the
"checked before" lines of ingest and the desk's strip and `L` key.

`DeskMemory` wraps `library.memory.FactCheckMemory` over the desk's repository. "Published
here" means in the final stage of the desk's workflow, read when a search first needs it.
A repository that keeps no library (the in-memory one) still matches published verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import LibraryError, UnknownClaimError
from factcheck.library.checks import CheckedClaim, CheckLibrary
from factcheck.library.importer import read_checks
from factcheck.library.memory import (
    CHECKED_BEFORE,
    SHOWN_MATCHES,
    FactCheckMemory,
    Match,
    proposed_verdict,
)
from factcheck.models import Claim
from factcheck.repository import Repository
from factcheck.workflow import Workflow

__all__ = [
    "CHECKED_BEFORE",
    "SHOWN_MATCHES",
    "CheckedClaim",
    "DeskMemory",
    "LibraryImport",
    "Match",
]


@dataclass(frozen=True)
class LibraryImport:
    read: int
    added: int
    replaced: int
    repeated: int
    total: int


class _NoLibrary:
    """The library of a repository that keeps none: always empty, never written."""

    def list_checks(self) -> list[CheckedClaim]:
        return []

    def library_revision(self) -> int:
        return 0

    def add_checks(self, checks: Iterable[CheckedClaim]) -> tuple[int, int]:
        raise LibraryError("this store keeps no fact-check library")

    def remove_checks(self, check_ids: Iterable[str]) -> list[str]:
        return list(check_ids)


class DeskMemory:
    def __init__(self, repository: Repository, workflow: Callable[[], Workflow]) -> None:
        self._repository = repository
        self._workflow = workflow
        self._library: CheckLibrary = (
            repository if isinstance(repository, CheckLibrary) else _NoLibrary()
        )
        self._memory = FactCheckMemory(self._library, repository, None)

    def _refresh_workflow(self) -> None:
        self._memory.workflow = self._workflow()

    def checks(self) -> list[CheckedClaim]:
        """The imported checks, in the order first imported."""
        return self._library.list_checks()

    def check(self, check_id: str) -> CheckedClaim:
        found = next((c for c in self.checks() if c.id == check_id), None)
        if found is None:
            raise LibraryError(
                f"no fact check {check_id!r} in the library (see: factcheck library list)"
            )
        return found

    def import_files(self, paths: list[Path]) -> LibraryImport:
        """Every file read and checked before anything is saved; then one save."""
        checks = read_checks(paths)
        unique = list({check.id: check for check in checks}.values())
        added, replaced = self._library.add_checks(unique)
        total = len(self._library.list_checks())
        return LibraryImport(len(checks), added, replaced, len(checks) - len(unique), total)

    def remove(self, check_ids: list[str]) -> int:
        unknown = self._library.remove_checks(check_ids)
        if unknown:
            raise LibraryError(
                f"no fact check {', '.join(map(repr, unknown))} in the library; nothing removed"
            )
        return len(set(check_ids))

    def match(self, text: str, k: int) -> list[Match]:
        if not text.strip():
            raise LibraryError("nothing to match: give the claim's text")
        self._refresh_workflow()
        return self._memory.match(text, k)

    def matches_for(self, claim: Claim | str, k: int = SHOWN_MATCHES) -> list[Match]:
        if isinstance(claim, str):
            found = self._repository.get_claim(claim)
            if found is None:
                raise UnknownClaimError(f"no claim with id {claim!r} in the store")
            claim = found
        self._refresh_workflow()
        return self._memory.matches_for(claim, k)

    def checked_before(self, claims: list[Claim], k: int = SHOWN_MATCHES) -> dict[str, list[Match]]:
        self._refresh_workflow()
        return self._memory.checked_before(claims, k)


def proposed_verdict_for(match: Match, workflow: Workflow) -> str | None:
    """The verdict of `workflow`'s scale a past check's rating names, if any (a proposal)."""
    return proposed_verdict(match.check, workflow)
