"""What other reviewers changed: the live desk's one interface to the store's news.

`ChangeFeed` is deliberately small, so any backend can feed it: the TinyDB store by reading
the audit events its journal gained (`EventLogFeed`, over `Repository.events_after`); a
database by the same read, woken by its notifications instead of a timer. A cursor is opaque
to the caller: it takes one with `cursor()` before reading what it shows, then asks for the
changes since it, and is guaranteed to see every change saved after that first call once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from factcheck.repository import Repository


@dataclass(frozen=True)
class ClaimChange:
    """One saved action on one claim: which claim, who, what (the audit action), when, and
    the action's detail (a reason, a comment's text)."""

    claim_id: str
    actor: str
    action: str
    at: datetime
    detail: str = ""


class ChangeFeed(Protocol):
    def cursor(self) -> object:
        """Where the feed is now: changes saved after this call come after this cursor."""
        ...

    def changes_since(self, cursor: object) -> tuple[list[ClaimChange], object]:
        """The changes saved since `cursor`, oldest first, and the cursor after them."""
        ...


class EventLogFeed:
    """A `ChangeFeed` that reads the audit events recorded since the cursor (an event count)."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    def cursor(self) -> int:
        return self._repository.events_after(1 << 62)[1]

    def changes_since(self, cursor: object) -> tuple[list[ClaimChange], int]:
        position = cursor if isinstance(cursor, int) else 0
        events, position = self._repository.events_after(position)
        changes = [ClaimChange(e.claim_id, e.actor, e.action, e.at, e.detail) for e in events]
        return changes, position


class Listener(Protocol):
    def heard(self, wait: float = 0.0) -> bool:
        """Whether something was saved since the last call (waiting up to `wait` seconds)."""
        ...


class NotifiedFeed(EventLogFeed):
    """A `ChangeFeed` for a database that notifies every save: it reads the audit events only
    after a notification, so an idle desk costs the server nothing. The listener is started
    by the first `cursor()`, before the cursor is read, so no save after it goes unheard."""

    def __init__(self, repository: Repository, listen: Callable[[], Listener]) -> None:
        super().__init__(repository)
        self._listen = listen
        self._listener: Listener | None = None

    def cursor(self) -> int:
        if self._listener is None:
            self._listener = self._listen()
        return super().cursor()

    def changes_since(self, cursor: object) -> tuple[list[ClaimChange], int]:
        position = cursor if isinstance(cursor, int) else 0
        if self._listener is not None and not self._listener.heard():
            return [], position
        return super().changes_since(position)
