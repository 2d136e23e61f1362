"""Everything the `factcheck` command prints goes through here on its way to the terminal.

Two layers, so a command cannot forget either:
- `guarded_output()` wraps stdout and stderr for the whole run: any control or bidi character
  in what is printed (argparse's echo of a bad argument included) is shown escaped, line breaks
  kept, and a character the terminal's encoding lacks becomes an escape, never a traceback.
- `print_line` prints one line the command means as one line: a newline inside it (from a
  stored name or text) is shown as `\\n`, so no field can forge a line of its own.

Reports written to stdout by `factcheck export` bypass the guard when stdout is not a terminal
(`unguarded_stdout`), so `export > report.csv` keeps the report's exact bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from factcheck.terminal_text import visible, visible_lines


class GuardedStream:
    """A text stream that escapes what a terminal would obey before passing text on.

    A plain wrapper, not an `io` object, so dropping it never closes the stream it wraps;
    anything else asked of it (`buffer`, `fileno`, `encoding`) is the wrapped stream's.
    """

    def __init__(self, stream: TextIO) -> None:
        self.unguarded = stream

    def write(self, text: str) -> int:
        self.unguarded.write(visible_lines(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unguarded, name)


def _never_fails_to_encode(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


@contextmanager
def guarded_output() -> Iterator[None]:
    """Guard stdout and stderr for the duration of one command."""
    streams = sys.stdout, sys.stderr
    for stream in streams:
        _never_fails_to_encode(stream)
    sys.stdout, sys.stderr = GuardedStream(streams[0]), GuardedStream(streams[1])
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stdout, sys.stderr = streams


def unguarded_stdout() -> TextIO:
    """Where a report goes: stdout as it is when it is a file or a pipe, guarded at a terminal."""
    stream = sys.stdout
    if isinstance(stream, GuardedStream) and not stream.isatty():
        return stream.unguarded
    return stream


def print_line(text: str = "", *, file: TextIO | None = None) -> None:
    """Print `text` as exactly one line, whatever stored text it holds."""
    print(visible(text), file=file or sys.stdout)
