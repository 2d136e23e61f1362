"""A claim's activity: who did what to it and when, and what reviewers said about it.

`activity_of(events)` turns the claim's audit events into lines a reviewer reads: every
action with its reasons (a rejection's, a send-back's, an undo's), and every comment
(`factcheck claim comment`, or given with a sign-off or a send-back) in the reviewer's
own words. `ActivityLog` keeps every claim's activity in memory for the desk, read once and
then followed through the change feed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from factcheck.app.changes import ClaimChange
from factcheck.models import Event
from factcheck.review import COMMENT


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    actor: str
    action: str
    text: str  # the comment, or the action's reason or detail; "" when there is none

    @property
    def is_comment(self) -> bool:
        return self.action == COMMENT

    def line(self) -> str:
        """One line of plain text: `2026-12-02 09:14 bob  sign off: looks right`."""
        what = "commented" if self.is_comment else self.action
        said = f": {self.text}" if self.text else ""
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor}  {what}{said}"


def activity_of(events: Iterable[Event]) -> list[ActivityEntry]:
    """The claim's events as activity, oldest first."""
    return [
        ActivityEntry(
            event.at,
            event.actor,
            event.action,
            " ".join(event.detail.split()),
        )
        for event in events
    ]


def comments_of(entries: Iterable[ActivityEntry]) -> list[ActivityEntry]:
    return [entry for entry in entries if entry.is_comment]


def entry_of(change: ClaimChange) -> ActivityEntry:
    return ActivityEntry(change.at, change.actor, change.action, " ".join(change.detail.split()))


class ActivityLog:
    """The activity of the claims a desk has shown, each read from the store once (`put`)
    and then kept up to date from the change feed (`follow`), so showing a claim again reads
    nothing.

    A change saved while a claim's activity was being read may arrive both ways: `follow`
    skips an entry the claim's activity already ends with."""

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._by_claim: dict[str, list[ActivityEntry]] = {}
        for event in events:
            if event.claim_id:
                self._by_claim.setdefault(event.claim_id, []).extend(activity_of([event]))

    def of(self, claim_id: str) -> list[ActivityEntry]:
        return list(self._by_claim.get(claim_id, ()))

    def holds(self, claim_id: str) -> bool:
        return claim_id in self._by_claim

    def put(self, claim_id: str, entries: Iterable[ActivityEntry]) -> None:
        """The claim's activity as read from the store, keeping what `follow` added since."""
        entries = list(entries)
        entries += [e for e in self._by_claim.get(claim_id, ()) if e not in entries[-_RECENT:]]
        self._by_claim[claim_id] = entries

    def follow(self, changes: Iterable[ClaimChange]) -> None:
        """Add each change to the activity of its claim, if that activity was read."""
        for change in changes:
            if change.claim_id not in self._by_claim:
                continue  # a roster or workflow event, or a claim not shown yet
            entries = self._by_claim[change.claim_id]
            entry = entry_of(change)
            if entry not in entries[-_RECENT:]:
                entries.append(entry)


_RECENT = 16  # how far back `follow` looks for a change the log already holds
