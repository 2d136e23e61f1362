"""Two reviewers at two desks on one store, each in a real terminal (tmux): what one saves,
the other sees without pressing a key."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from roster_support import on_roster
from test_tui_terminal import Terminal, pytestmark  # noqa: F401 - skipped without tmux
from tui_support import DEFAULT_WORKFLOW, seeded_store

from factcheck.models import Triage
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow


def desk_of(reviewer: str, store: Path) -> Terminal:
    factcheck = Path(sys.executable).parent / "factcheck"
    command = [str(factcheck), "--store", str(store), "--reviewer", reviewer, "review"]
    return Terminal(command, width=120, height=36)


@pytest.mark.slow
def test_a_save_at_one_desk_shows_at_the_other(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    on_roster(Store(store_path), load_workflow(DEFAULT_WORKFLOW), "ana", "ben")
    first = Store(store_path).list_claims()[0]
    ana, ben = desk_of("ana", store_path), desk_of("ben", store_path)
    try:
        for terminal in (ana, ben):
            terminal.wait_for(f"Claim {first.id}")
        assert "•" not in ben.screen()
        ana.keys("a")
        ana.wait_for("Accepted: worth checking.")
        # No key pressed at ben's desk: the row ana changed is marked and shows her decision.
        screen = ben.wait_for("•", timeout=10)
        row = next(line for line in screen.splitlines() if "•" in line)
        assert "accepted" in row, row
        ben.keys("q")
        ana.keys("q")
        assert ben.gone() and ana.gone()
    finally:
        ana.close()
        ben.close()
    assert Store(store_path).get_claim(first.id).triage == Triage.ACCEPTED
