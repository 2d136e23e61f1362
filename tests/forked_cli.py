"""`factcheck` commands run in processes of their own, forked from the test process.

The child runs the installed script's entry point (`factcheck.cli:main`) with the given file
descriptors as its stdin, stdout and stderr, its own environment and working folder, and exits
with the command's status, as a freshly started `factcheck` would; only Python's and the
package's start-up (~0.75 s CPU a command) and the parser model's loading are not paid again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import NoReturn, TextIO

from factcheck.cli import main
from factcheck.splitter.parser import english

PROJECT = Path(__file__).resolve().parents[1]
FACTCHECK = Path(sys.executable).parent / "factcheck"


def start_factcheck(
    argv: list[str], stdout: int, stderr: int, env: dict[str, str] | None = None
) -> int:
    """Start `factcheck argv` writing to `stdout` and `stderr` (stdin empty); its process id."""
    # Loaded here, once per test process, the parser model is shared by every child that
    # splits text rather than loaded again in each (~1 s CPU).
    english()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into the test
        _become_factcheck(argv, stdout, stderr, env or {})
    return pid


def exit_status(pid: int) -> int:
    """Wait for the command started as `pid`; its exit status."""
    _, wait_status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(wait_status)


def run_factcheck(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `factcheck argv` to the end; its status and what it printed, as `subprocess.run`
    with `capture_output=True, text=True` gives them."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        status = exit_status(start_factcheck(argv, out.fileno(), err.fileno()))
        printed = []
        for stream in (out, err):
            stream.seek(0)
            printed.append(stream.read().decode(sys.__stdout__.encoding))
    return subprocess.CompletedProcess([str(FACTCHECK), *argv], status, *printed)


def _become_factcheck(argv: list[str], stdout: int, stderr: int, env: dict[str, str]) -> NoReturn:
    status = 1
    try:
        stdin = os.open(os.devnull, os.O_RDONLY)
        for source, target in ((stdin, 0), (stdout, 1), (stderr, 2)):
            os.dup2(source, target)
        os.chdir(PROJECT)
        os.environ.update(env)
        # Pytest's capture replaced the test process's streams: the ones a fresh Python has.
        sys.stdin = _stream(0, "r", sys.__stdout__.errors)
        sys.stdout = _stream(1, "w", sys.__stdout__.errors)
        sys.stderr = _stream(2, "w", "backslashreplace")
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


def _stream(fd: int, mode: str, errors: str) -> TextIO:
    line_buffered = os.isatty(fd)
    return open(
        fd,
        mode,
        encoding=sys.__stdout__.encoding,
        errors=errors,
        buffering=1 if line_buffered else -1,
        closefd=False,
    )
