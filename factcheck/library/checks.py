"""A checked claim (a past fact check this desk can point to) and the store's side of the library.

Two kinds of entry make up the fact-check memory:
- imported: a ClaimReview another fact-checker (or this desk, elsewhere) published, kept in the
  store's library table; its id derives from its review URL, so importing the same review again
  replaces it instead of adding a second entry;
- published here: a claim of this store in the workflow's final stage with a verdict. These are
  never copied into the library table: `memory` reads them from the claims, so a correction or
  a new publication is in the memory at its next search.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

IMPORTED_ID_PREFIX = "cr-"


class CheckedClaim(BaseModel):
    """What a reviewer needs to reuse a past check: the claim as the checker worded it, their
    rating (`alternateName`), who checked it, when, and where the review is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    claim: str
    rating: str
    organisation: str = ""
    published: date | None = None
    url: str = ""
    # Set on a verdict of this store: the claim it was given to.
    claim_id: str | None = None
    # The file an imported entry came from (for `library show`).
    source: str = ""

    @property
    def published_here(self) -> bool:
        return self.claim_id is not None


def normalized_review_url(url: str) -> str:
    """The form two spellings of one review URL share (scheme and host case, trailing slash)."""
    url = url.strip()
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}".rstrip("/")


def imported_check_id(review_url: str) -> str:
    digest = hashlib.sha256(normalized_review_url(review_url).encode("utf-8")).hexdigest()
    return IMPORTED_ID_PREFIX + digest[:12]


@runtime_checkable
class CheckLibrary(Protocol):
    """The imported part of the library, as the store keeps it (`store.Store` implements it)."""

    def list_checks(self) -> list[CheckedClaim]:
        """Every imported check, in the order first imported."""
        ...

    def library_revision(self) -> int:
        """A number that changes whenever the imported checks change (to rebuild indexes)."""
        ...

    def add_checks(self, checks: Iterable[CheckedClaim]) -> tuple[int, int]:
        """Add or replace (same id) the checks in one durable save: (added, replaced)."""
        ...

    def remove_checks(self, check_ids: Iterable[str]) -> list[str]:
        """Remove the given checks in one save; returns the ids that were not in the library
        (and removes nothing if there are any)."""
        ...
