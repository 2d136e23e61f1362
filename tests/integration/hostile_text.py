"""A store whose every stored field holds text a terminal would obey, for the safety tests.

Identity fields are refused with control characters now, so the hostile reviewer names are
written straight into the store, as a store made by an older factcheck (or edited by hand)
would hold them.
"""

from __future__ import annotations

import os
import pty
import select
import signal
from pathlib import Path

from forked_cli import exit_status, start_factcheck

from factcheck import audit
from factcheck.models import (
    Correction,
    Event,
    EvidenceNote,
    SignOff,
    Stance,
    Triage,
    Verdict,
)
from factcheck.store import Store

# Clear the screen, conceal, set the window title, ring, forge a line, overwrite it, an 8-bit
# CSI, a right-to-left override and Textual markup.
HOSTILE = (
    "ana\x1b[2J\x1b[8m\x1b]0;pwned\x07\nFAKE LINE: approved by editor\rX\x9b31m"
    "\u202eevil[bold red]markup[/]"
)
# What only the hostile text could put on the terminal. (Not BEL alone: the desk ends its own
# OSC 22 pointer-shape sequence with one; the CLI tests check for BEL separately.)
HOSTILE_SEQUENCES = (
    b"\x1b[2J",
    b"\x1b[8m",
    b"\x1b]0;pwned",
    "\x9b".encode(),
    "\u202e".encode(),
    b"\nFAKE LINE",
    b"\rX",
)


def hostile_article(folder: Path) -> Path:
    """An article file whose name and text are hostile."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news\x1b[2J\nFAKE.txt"
    path.write_text(
        f"# Title {HOSTILE}\n\nThe minister said unemployment fell to 4 percent in 2023 {HOSTILE}. "
        f"Exports rose by 12 percent, the agency {HOSTILE} reported.\n",
        encoding="utf-8",
    )
    return path


def make_every_field_hostile(store_path: Path) -> str:
    """Fill every text field of the first claim (and its events) with `HOSTILE`; its id."""
    store = Store(store_path)
    claim = store.list_claims()[0]
    hostile_claim = claim.model_copy(
        update={
            "text": HOSTILE,
            "speaker": HOSTILE,
            "sentence": HOSTILE,
            "reasons": [HOSTILE],
            "triage": Triage.ACCEPTED,
            "triage_reason": HOSTILE,
            "stage": "research",
            "assignee": HOSTILE,
            "verdict": Verdict(
                label="false", rationale=HOSTILE, conclusion=HOSTILE, reviewer=HOSTILE
            ),
            "evidence": [
                EvidenceNote(
                    id="n1",
                    url=f"https://example.org/{HOSTILE}",
                    title=HOSTILE,
                    quote=HOSTILE,
                    stance=Stance.REFUTES,
                    note=HOSTILE,
                    added_by=HOSTILE,
                )
            ],
            "sign_offs": [SignOff(reviewer=HOSTILE)],
            "corrections": [
                Correction(
                    previous_label="true", new_label="false", reason=HOSTILE, reviewer=HOSTILE
                )
            ],
        }
    )
    # Recorded as a change, as an action would, so the store's audit record still verifies
    # and every command (export too) shows the hostile text rather than refusing the store.
    event = Event(
        id="hostile-1",
        claim_id=claim.id,
        actor=HOSTILE,
        action="verdict",
        detail=HOSTILE,
        changes=audit.diff(claim.model_dump(mode="json"), hostile_claim.model_dump(mode="json")),
    )
    store.save([hostile_claim], [event])
    return claim.id


def run_in_terminal(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, bytes]:
    """Run `factcheck argv` with a pseudo-terminal as stdout and stderr; status and bytes."""
    controller, terminal = pty.openpty()
    pid = start_factcheck(argv, terminal, terminal, {"COLUMNS": "120", **(env or {})})
    os.close(terminal)
    output = bytearray()
    while True:
        ready, _, _ = select.select([controller], [], [], 30)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            exit_status(pid)
            raise AssertionError(f"factcheck {argv} printed nothing for 30 s")
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process has exited
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    return exit_status(pid), bytes(output)
