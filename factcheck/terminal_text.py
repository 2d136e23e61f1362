"""Stored text made safe to show in a terminal.

Anything an article, a reviewer, an evidence note or a file name brings in may hold characters a
terminal obeys rather than shows: ESC sequences (clear the screen, conceal text, set the window
title), BEL, CR and newlines (overwrite or forge a line), the 8-bit C1 controls (CSI as one
character), DEL, and the bidi override and isolate characters that reorder what is shown
("Trojan Source"). Every such character is shown as an escape a reader can see, the way Python's
`repr` writes it (`\\x1b`, `\\n`, `\\u202e`), so nothing is dropped and what was stored can still
be read. A lone surrogate (an undecodable byte kept by `surrogateescape`) is shown as the byte
it stands for (`\\xff`).

`visible` is for one field (a name, a title, a claim) and escapes newlines too; `visible_lines`
is for output the program itself breaks into lines and keeps `\\n`, tabs and `\\r\\n` line ends.
`json_safe` escapes the same characters the JSON way (`\\u001b`), so JSON stays valid.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TypeVar

from pydantic import BaseModel

# DEL and the C1 controls; bidi embeddings, overrides, isolates and marks; the Unicode line and
# paragraph separators (some terminals break lines at them); lone surrogates.
_UNSAFE_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_UNSAFE_CHARACTER = re.compile(f"[\x00-\x1f{_UNSAFE_BEYOND_C0}]")
# Line mode keeps newlines, tabs and a CR that ends a line (CSV rows end in CR LF).
_UNSAFE_IN_LINES = re.compile(f"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f{_UNSAFE_BEYOND_C0}]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(character: str) -> str:
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control, bidi-control and surrogate character written as an escape."""
    return _UNSAFE_CHARACTER.sub(lambda match: _escape(match.group()), text)


def visible_lines(text: str) -> str:
    """Like `visible`, but keeps the line breaks and tabs of output made of several lines."""
    return _UNSAFE_IN_LINES.sub(lambda match: _escape(match.group()), text)


def json_safe(text: str) -> str:
    """JSON text with the characters `visible` escapes written as `\\uXXXX` (still valid JSON).

    Only for text that is already JSON: a newline between values stays a newline, and inside
    strings JSON has escaped C0 controls already.
    """
    return _UNSAFE_IN_LINES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def unsafe_characters(text: str) -> list[str]:
    """The characters of `text` that `visible` would escape, each written as its escape."""
    return [_escape(character) for character in _UNSAFE_CHARACTER.findall(text)]


Shown = TypeVar("Shown")


def visible_copy(value: Shown) -> Shown:
    """A copy of a model (or list, or string) with every string in it passed through `visible`.

    For screens that show a stored claim or article field by field: render the copy, and no
    field can be forgotten. Non-string values (dates, numbers, enums) are kept as they are.
    """
    if isinstance(value, str) and not isinstance(value, Enum):
        return visible(value)  # type: ignore[return-value]
    if isinstance(value, BaseModel):
        return value.model_copy(
            update={name: visible_copy(getattr(value, name)) for name in type(value).model_fields}
        )
    if isinstance(value, list | tuple):
        return type(value)(visible_copy(item) for item in value)  # type: ignore[return-value]
    return value
