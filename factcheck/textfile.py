"""Reading a user's text file (an article, a workflow) with one readable line per failure.

Shared by `ingest` and `workflow` so both refuse a missing file, a folder, a binary file and
text that is not UTF-8 in the same words, each naming the file.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.terminal_text import visible


def read_file_bytes(
    path: Path, error: type[FactcheckError], kind: str, max_bytes: int | None = None
) -> bytes:
    """The file's bytes; with `max_bytes`, a bigger file is refused before it is read.

    Messages show the file name escaped (`terminal_text.visible`): one line each, whatever
    the name holds."""
    name = visible(str(path))
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise error(
                f"{name}: {path.stat().st_size:,} bytes is too big for {kind} file "
                f"(at most {max_bytes:,})"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{name}: no such file or folder") from None
    except IsADirectoryError:
        raise error(f"{name}: is a folder, not {kind} file") from None
    except OSError as failure:
        raise error(f"{name}: cannot read: {failure.strerror}") from None


def decode_text(data: bytes, source: str, error: type[FactcheckError], kind: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); NUL bytes mean a binary file."""
    source = visible(source)
    if b"\x00" in data:
        raise error(f"{source}: binary file, not {kind} (NUL byte found)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        raise error(
            f"{source}: not UTF-8 text (byte 0x{data[failure.start]:02x} at offset {failure.start})"
        ) from None
