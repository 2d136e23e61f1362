"""`factcheck review` in a real terminal (tmux): keys in, screen text out, store checked after."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from tui_support import PROJECT, seeded_store

from factcheck.models import Triage
from factcheck.store import Store

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None,
    reason="tmux is not installed (.ci/run installs it); the real-terminal test needs it",
)


class Terminal:
    """One tmux session running a command at a fixed size."""

    def __init__(self, command: list[str], width: int = 80, height: int = 24) -> None:
        self.session = f"factcheck-test-{uuid.uuid4().hex[:8]}"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.session, "-x", str(width), "-y", str(height),
             " ".join(command)],
            check=True,
            cwd=PROJECT,
        )  # fmt: skip

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.session], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.session, key], check=True)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.session, "-l", text], check=True)

    def gone(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            alive = subprocess.run(["tmux", "has-session", "-t", self.session], capture_output=True)
            if alive.returncode != 0:
                return True
            time.sleep(0.05)
        return False

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.session], capture_output=True)


@pytest.mark.slow
def test_review_in_a_real_terminal(tmp_path: Path) -> None:
    store_path = seeded_store(tmp_path / "store" / "factcheck.json")
    claims = Store(store_path).list_claims()
    factcheck = Path(sys.executable).parent / "factcheck"
    terminal = Terminal([str(factcheck), "--store", str(store_path), "--reviewer", "ana", "review"])
    try:
        terminal.wait_for(f"0 published · 0 proposed · {len(claims)} claims")
        screen = terminal.wait_for("a Accept")
        assert f"Claims {len(claims)} of {len(claims)}" in screen
        assert claims[0].id in screen  # the claim pane shows the first claim

        terminal.keys("a", "Home", ">")  # accepting moves on to the next pending claim
        terminal.wait_for("Moved to Research")
        terminal.keys("j", "x")
        terminal.wait_for("Why is it not worth checking?")
        terminal.keys("End", "Enter")  # past the workflow's reasons: "write my own"
        time.sleep(0.5)  # Textual moves the focus to the text line after the keys before it
        terminal.type("a prediction, not checkable yet")
        terminal.keys("Enter")
        screen = terminal.wait_for("Rejected.")
        assert "rejected" in screen

        terminal.keys(">")
        screen = terminal.wait_for("Could not advance")
        terminal.keys("q")
        assert terminal.gone(), terminal.screen()
    finally:
        terminal.close()

    first, second = Store(store_path).list_claims()[:2]
    assert (first.triage, first.stage) == (Triage.ACCEPTED, "research")
    assert (second.triage, second.triage_reason) == (
        Triage.REJECTED,
        "a prediction, not checkable yet",
    )
