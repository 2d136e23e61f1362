"""The desk's roster: who may act, under which name, in which roles.

Names are matched by `factcheck.names.canonical_key`, so "Ana", "ANA" and "аna" (Cyrillic а)
are the roster's "ana", and a look-alike of a listed name cannot be added as someone else.
Roles come from the workflow. The first reviewer to act on a store with an empty roster is
enrolled with the workflow's senior role (its last), so `make review` on a fresh store works
with nobody set up; from then on only listed reviewers act, and only the senior role changes
the roster. Each roster change is an event in the audit log (with no claim id).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from factcheck.errors import ReviewError
from factcheck.models import Event, Reviewer, utc_now
from factcheck.names import canonical_key, check_name
from factcheck.repository import Repository
from factcheck.workflow import Workflow

ROSTER_ACTIONS = ("reviewer add", "reviewer remove")


def find(reviewers: Iterable[Reviewer], name: str) -> Reviewer | None:
    """The listed reviewer whose name has the same canonical key as `name`, if any."""
    reviewers = list(reviewers)
    # The usual case, a listed name typed as listed, needs no confusables table.
    exact = next((r for r in reviewers if r.name == name), None)
    if exact is not None:
        return exact
    key = canonical_key(name)
    return next((r for r in reviewers if r.key == key), None)


def display_names(repository: Repository) -> dict[str, str]:
    """Roster name -> the name reports show (the display name where one was given)."""
    return {r.name: r.shown_name for r in repository.list_reviewers()}


class RosterKeeper:
    """Adds and removes reviewers on behalf of one acting reviewer."""

    def __init__(
        self,
        repository: Repository,
        workflow: Workflow,
        actor: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.repository = repository
        self.workflow = workflow
        self.actor = check_name(actor, "your reviewer name (--reviewer)")
        self.clock = clock

    def reviewers(self) -> list[Reviewer]:
        return self.repository.list_reviewers()

    def member(self) -> Reviewer:
        """The acting reviewer's roster entry, enrolling them as senior on an empty roster;
        `ReviewError` when the roster lists others but not them."""
        reviewers = self.reviewers()
        me = find(reviewers, self.actor)
        if me is not None:
            return me
        if reviewers:
            names = ", ".join(r.name for r in reviewers)
            raise ReviewError(
                f"{self.actor} is not on this desk's roster ({names}); a reviewer with role "
                f"{self.workflow.senior_role} adds you: factcheck reviewer add {self.actor} "
                f"--role {self.workflow.role_ids[0]}"
            )
        first = self._entry(self.actor, "", [self.workflow.senior_role], by=self.actor)
        event = self._event("reviewer add", first, first.name)
        self.repository.save_roster([first], events=[event])
        return first

    def add(self, name: str, display: str = "", roles: Sequence[str] = ()) -> Reviewer:
        name = check_name(name)
        display = check_name(display, "a display name") if display.strip() else ""
        roles = self._known_roles(roles or [self.workflow.role_ids[0]])
        me = self._senior_member()
        reviewers = self.reviewers()
        same = find(reviewers, name)
        if same is not None:
            raise ReviewError(
                f"{name!r} is already on the roster as {same.name!r} (names are compared "
                "ignoring case, accents of look-alike letters and punctuation)"
            )
        added = self._entry(name, display, roles, by=me.name)
        self.repository.save_roster([added], events=[self._event("reviewer add", added, me.name)])
        return added

    def remove(self, name: str) -> Reviewer:
        me = self._senior_member()
        listed = find(self.reviewers(), name)
        if listed is None:
            raise ReviewError(f"no reviewer {name!r} on the roster")
        seniors = [r for r in self.reviewers() if self.workflow.senior_role in r.roles]
        if seniors == [listed]:
            raise ReviewError(
                f"{listed.name} is the roster's only {self.workflow.senior_role}; add another "
                "before removing them"
            )
        self.repository.save_roster(
            remove=[listed.key], events=[self._event("reviewer remove", listed, me.name)]
        )
        return listed

    def _senior_member(self) -> Reviewer:
        me = self.member()
        if self.workflow.senior_role not in me.roles:
            raise ReviewError(
                f"only a reviewer with role {self.workflow.senior_role} changes the roster; "
                f"{me.name} has {', '.join(me.roles) or 'no role'}"
            )
        return me

    def _known_roles(self, roles: Iterable[str]) -> list[str]:
        chosen = list(dict.fromkeys(role.strip() for role in roles))
        unknown = [role for role in chosen if role not in self.workflow.role_ids]
        if unknown:
            raise ReviewError(
                f"unknown role {', '.join(map(repr, unknown))}; workflow "
                f"{self.workflow.name!r} has {', '.join(self.workflow.role_ids)}"
            )
        return chosen

    def _entry(self, name: str, display: str, roles: list[str], by: str) -> Reviewer:
        return Reviewer(
            name=name,
            key=canonical_key(name),
            display=display,
            roles=roles,
            added_by=by,
            at=self.clock(),
        )

    def _event(self, action: str, reviewer: Reviewer, actor: str) -> Event:
        roles = ", ".join(reviewer.roles)
        return Event(
            id=uuid.uuid4().hex,
            claim_id="",
            at=self.clock(),
            actor=actor,
            action=action,
            detail=f"{reviewer.name} ({roles})" if action == "reviewer add" else reviewer.name,
        )
