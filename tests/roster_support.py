"""Putting test reviewers on a store's roster, as an editor would with `reviewer add`."""

from __future__ import annotations

from factcheck.repository import Repository
from factcheck.roster import RosterKeeper, find
from factcheck.workflow import Workflow

CHIEF = "chief"


def on_roster(repository: Repository, workflow: Workflow, *names: str, role: str = "") -> None:
    """Enrol each name not yet listed, with `role` (default: the workflow's senior role), as
    the desk's chief editor (enrolled first, on an empty roster)."""
    keeper = RosterKeeper(repository, workflow, CHIEF)
    keeper.member()
    for name in names:
        if find(repository.list_reviewers(), name) is None:
            keeper.add(name, roles=[role or workflow.senior_role])
