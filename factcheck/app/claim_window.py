"""The rows of a desk's queue it holds: a window of the claims its query gives, read a page at
a time as the cursor moves, so a desk on a million claims holds a few hundred of them.

`ClaimWindow` is what was read: `claims` from row `start` of `total`. `window_for` says which
rows to read for a cursor on row `row` (the rows around it, `MARGIN` each side), and
`read_window` reads them through a `WindowReader`, counting from the end when the rows lie in
the second half (a database skips fewer rows that way).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.models import Claim

MARGIN = 200  # rows held on each side of the cursor: more than a screen, so paging is local
SIZE = 2 * MARGIN + 100  # rows read at once

# (offset, limit, from_end) -> claims in the query's order
WindowReader = Callable[[int, int, bool], list[Claim]]


@dataclass
class ClaimWindow:
    start: int = 0
    claims: list[Claim] = field(default_factory=list)
    total: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.claims)

    def claim_at(self, row: int) -> Claim | None:
        return self.claims[row - self.start] if self.start <= row < self.end else None

    def row_of(self, claim_id: str) -> int | None:
        for index, claim in enumerate(self.claims):
            if claim.id == claim_id:
                return self.start + index
        return None

    def replace(self, claim: Claim) -> Claim | None:
        """Put a newer copy of a held claim in its row; the copy it replaced, or None when
        the window does not hold the claim."""
        for index, held in enumerate(self.claims):
            if held.id == claim.id:
                self.claims[index] = claim
                return held
        return None

    def covers(self, row: int, margin: int = MARGIN // 2) -> bool:
        """Whether rows `row - margin` to `row + margin` (within the total) are all held."""
        low, high = max(row - margin, 0), min(row + margin, self.total - 1)
        return self.total == 0 or (self.start <= low and high < self.end)


def window_for(row: int, total: int, size: int = SIZE) -> tuple[int, int]:
    """The first row and the number of rows to read for a cursor on `row`."""
    start = max(0, min(row - MARGIN, total - size))
    return start, size


def read_window(read: WindowReader, row: int, total: int, size: int = SIZE) -> ClaimWindow:
    """The window for a cursor on `row` of `total` rows."""
    start, limit = window_for(row, total, size)
    if start > 0 and start + limit // 2 > total // 2:
        from_end = max(total - start - limit, 0)
        claims = read(from_end, min(limit, total - start), True)
        return ClaimWindow(max(total - from_end - len(claims), 0), claims, total)
    return ClaimWindow(start, read(start, limit, False), total)
