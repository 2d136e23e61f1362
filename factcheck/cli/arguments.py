"""Command-line arguments checked before a command runs.

Python decodes arguments and the environment with `surrogateescape`: a byte that is not UTF-8
(`--text $'Bad \\xff byte'`) arrives as a lone surrogate that cannot be stored or printed.
Text arguments holding one are refused in one line naming the option; file names keep their
bytes (the file system takes them as they are) and are shown escaped.
"""

from __future__ import annotations

import argparse

from factcheck.errors import ArgumentError
from factcheck.terminal_text import visible

_SURROGATES = range(0xD800, 0xE000)
_POSITIONAL = ("id", "label", "note_id")


def _has_undecodable_bytes(text: str) -> bool:
    return any(ord(character) in _SURROGATES for character in text)


def refuse_undecodable_arguments(args: argparse.Namespace) -> None:
    """Raise `ArgumentError` for the first text argument that is not valid UTF-8."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for text in values:
            if isinstance(text, str) and _has_undecodable_bytes(text):
                option = name if name in _POSITIONAL else f"--{name.replace('_', '-')}"
                raise ArgumentError(
                    f"{option}: {visible(text)} is not UTF-8 text (the escaped bytes); "
                    "nothing was done"
                )
