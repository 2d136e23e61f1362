"""Reading a desk's claims a page at a time: the first screenful at once, the rest after.

A desk on a large store draws its first screen from the first page of claims (in article
order, the queue's default order) and reads the rest in batches behind it. `claim_pages`
yields those pages; `ClaimLoad` keeps track of how far the reading got and makes sure a
claim saved while it was still unread is shown at its newest revision, whichever arrives
first: the change (read after the save) or the claim's page (perhaps read before it).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field

from factcheck.models import Claim

FIRST_PAGE = 300  # claims read before the first screen: more than any terminal shows
BATCH = 2000  # claims read in the page after it; each page after that reads twice as many,
MAX_BATCH = 50_000  # up to this: few queries (a database pages by OFFSET, so each costs more)
HANDOVER = 2000  # claims handed to the screen at once, so that no batch holds up a keypress

PageReader = Callable[[int, int], tuple[list[Claim], int]]  # (offset, limit) -> claims, total


@dataclass(frozen=True)
class ClaimPage:
    claims: list[Claim]
    loaded: int  # claims read so far, this page's included
    total: int  # claims in scope when the page was read (never fewer than `loaded`)
    last: bool

    def parts(self, size: int = HANDOVER) -> Iterator[ClaimPage]:
        """The same claims as pages of at most `size`, in order; only the final part of a
        last page is last."""
        before = self.loaded - len(self.claims)
        for start in range(0, max(len(self.claims), 1), size):
            claims = self.claims[start : start + size]
            loaded = before + start + len(claims)
            yield ClaimPage(claims, loaded, self.total, self.last and loaded == self.loaded)


def claim_pages(
    read_page: PageReader, first: int = FIRST_PAGE, batch: int = BATCH, most: int = MAX_BATCH
) -> Iterator[ClaimPage]:
    """Every claim once, in the order `read_page` gives them: `first` claims, then `batch`,
    then twice as many each time up to `most`, until a page comes back short or reaches the
    total read with it."""
    offset, limit = 0, first
    while True:
        claims, total = read_page(offset, limit)
        offset += len(claims)
        last = len(claims) < limit or offset >= total
        yield ClaimPage(claims, offset, max(total, offset), last)
        if last:
            return
        limit = batch if offset == len(claims) else min(limit * 2, most)


@dataclass
class ClaimLoad:
    """How far a desk's reading of its claims got, and the changes that came in ahead of it."""

    loaded: int = 0
    total: int = 0
    complete: bool = True
    _early: dict[str, Claim] = field(default_factory=dict)

    @classmethod
    def starting(cls) -> ClaimLoad:
        return cls(complete=False)

    def take(self, page: ClaimPage, known: Container[str]) -> list[Claim]:
        """The page's claims not among `known`, each at the newest revision seen of it."""
        self.loaded, self.total, self.complete = page.loaded, page.total, page.last
        fresh = []
        for claim in page.claims:
            if claim.id in known:
                continue
            early = self._early.pop(claim.id, None)
            fresh.append(early if early is not None and early.revision > claim.revision else claim)
        return fresh

    def note_change(self, claim: Claim) -> None:
        """Keep a claim saved before its page was read, until that page comes."""
        held = self._early.get(claim.id)
        if held is None or held.revision < claim.revision:
            self._early[claim.id] = claim

    def unplaced(self) -> list[str]:
        """Changed claims no page held (added to the store after their place was read):
        once the load is complete, the desk must read them another way. Forgets them."""
        if not self.complete:
            return []
        ids, self._early = list(self._early), {}
        return ids

    def finish(self, total: int) -> None:
        """Every claim was read at once (a reload): nothing is left to load."""
        self.loaded = self.total = total
        self.complete = True
        self._early = {}

    @property
    def progress(self) -> str:
        """`loading 2,300 of 10,000 claims`, or "" once complete."""
        if self.complete:
            return ""
        return f"loading {self.loaded:,} of {self.total:,} claims"
