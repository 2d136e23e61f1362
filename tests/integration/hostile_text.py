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
import sys
import traceback
from pathlib import Path
from typing import NoReturn, TextIO

from factcheck import audit
from factcheck.cli import main
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

PROJECT = Path(__file__).resolve().parents[2]
FACTCHECK = Path(sys.executable).parent / "factcheck"

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
    """Run `factcheck argv` with a pseudo-terminal as stdout and stderr; status and bytes.

    The command runs in a process of its own, forked from the test process rather than started
    afresh: the same entry point (`factcheck.cli:main`, as the installed script calls it) with
    the terminal as its file descriptors 1 and 2, its own environment and working folder, and
    its exit status, without paying Python's and the package's start-up (~0.75 s CPU) each time.
    """
    controller, terminal = pty.openpty()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into the test
        os.close(controller)
        _run_forked_command(argv, terminal, env or {})
    os.close(terminal)
    output = bytearray()
    while True:
        ready, _, _ = select.select([controller], [], [], 30)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError(f"factcheck {argv} printed nothing for 30 s")
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process has exited
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    _, wait_status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(wait_status), bytes(output)


def _run_forked_command(argv: list[str], terminal: int, env: dict[str, str]) -> NoReturn:
    """In the forked child: become `factcheck argv` at `terminal`, then exit with its status."""
    status = 1
    try:
        stdin = os.open(os.devnull, os.O_RDONLY)
        os.dup2(stdin, 0)
        os.dup2(terminal, 1)
        os.dup2(terminal, 2)
        os.close(stdin)
        os.close(terminal)
        os.chdir(PROJECT)
        os.environ.update({"COLUMNS": "120", **env})
        sys.stdin = _terminal_stream(0, "r", sys.__stdout__.errors)
        sys.stdout = _terminal_stream(1, "w", sys.__stdout__.errors)
        sys.stderr = _terminal_stream(2, "w", "backslashreplace")
        sys.argv = [str(FACTCHECK), *argv]
        try:
            status = main(argv)
        except SystemExit as exit_:  # argparse's refusals, as the script's sys.exit would
            if isinstance(exit_.code, str):
                print(exit_.code, file=sys.stderr)
            status = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
        except BaseException:
            traceback.print_exc()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


def _terminal_stream(fd: int, mode: str, errors: str) -> TextIO:
    """The stream a freshly started Python has at a terminal (pytest's capture replaced the
    test process's): the locale's encoding, line-buffered."""
    return open(
        fd, mode, encoding=sys.__stdout__.encoding, errors=errors, buffering=1, closefd=False
    )
