"""One journal line: compact JSON, a tab, and the CRC-32 of the JSON bytes in hex.

The checksum tells a line damaged after it was written (a flipped bit, an edit, a bad disk
block) from one a crash cut short: a cut-off line lacks its newline (or, where the file system
extended the file but never wrote the data, holds NUL bytes), a damaged one is complete but
fails its checksum. Compact JSON never holds a raw tab, so the tab cannot occur in the JSON.
Journals written before checksums (their header has no `checksums`) have bare JSON lines.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from factcheck.store.snapshot import dump_json

CHECKSUM = "crc32"
_CHECKSUM_DIGITS = re.compile(rb"[0-9a-f]{8}")


class LineDamage(ValueError):
    """A complete journal line that cannot be trusted; the message says why."""


def encode_line(entry: Any, *, checksummed: bool = True) -> bytes:
    data = dump_json(entry)
    if not checksummed:
        return data + b"\n"
    return data + b"\t" + f"{zlib.crc32(data):08x}".encode() + b"\n"


def decode_line(line: bytes, *, checksummed: bool) -> Any:
    """The JSON value of a line (without its newline); raises `LineDamage`."""
    if checksummed:
        # Sliced, not searched: a regex search would walk the whole line for its anchor.
        if line[-9:-8] != b"\t" or not _CHECKSUM_DIGITS.fullmatch(line[-8:]):
            raise LineDamage("no checksum")
        line, checksum = line[:-9], int(line[-8:], 16)
        if zlib.crc32(line) != checksum:
            raise LineDamage("checksum mismatch")
    try:
        return json.loads(line)
    except ValueError as error:
        raise LineDamage(f"not JSON: {error}") from None


def cut_off_by_a_crash(line: bytes) -> bool:
    """A complete-looking last line holding NUL bytes: blocks the file system never wrote."""
    return b"\x00" in line
