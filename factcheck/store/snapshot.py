"""The snapshot file: a normal TinyDB JSON file with a factcheck header, written atomically.

The header is the first document of the `meta` table:
`{"format": "factcheck-store", "version": 1, "store": "<id>", "generation": n, "journal": "<id>"}`.
`store` names this store (its journal must carry the same id), `generation` counts compactions
(its journal must carry the same number) and `journal` names the journal started with this
snapshot, so a journal that goes missing or is swapped for another is noticed. Stores written
before the journal existed have none of these, and stores written before the journal was named
lack `journal`; they are given them at their next save.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import StoreError

STORE_FORMAT = "factcheck-store"
SCHEMA_VERSION = 1
META = "meta"
HEADER_DOC_ID = "1"

Tables = dict[str, dict[str, dict[str, Any]]]


@dataclass(frozen=True)
class Header:
    store_id: str | None
    generation: int
    journal_id: str | None = None

    def as_document(self) -> dict[str, Any]:
        document = {
            "format": STORE_FORMAT,
            "version": SCHEMA_VERSION,
            "store": self.store_id,
            "generation": self.generation,
        }
        return document | ({"journal": self.journal_id} if self.journal_id else {})


def dump_json(data: Any) -> bytes:
    """Compact UTF-8 JSON on one line (strings escape their newlines, so a journal line is one)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_snapshot(path: Path) -> tuple[Tables, Header]:
    """Parse and check a snapshot; a file that is not a factcheck store raises `StoreError`."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a store file") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read store: {error.strerror}") from None
    if not raw.strip():
        raise StoreError(f"{path}: empty file, not a factcheck store (left unchanged)")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise StoreError(f"{path}: not a factcheck store (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise StoreError(
            f"{path}: corrupt store, invalid JSON at line {error.lineno} column "
            f"{error.colno} ({error.msg}); left unchanged"
        ) from None
    return data, check_store_shape(path, data)


def check_store_shape(path: Path, data: Any) -> Header:
    """Refuse JSON that is not a factcheck store written by this or an older version."""
    meta = data.get(META) if isinstance(data, dict) else None
    header = next(iter(meta.values()), None) if isinstance(meta, dict) and meta else None
    if not isinstance(header, dict) or header.get("format") != STORE_FORMAT:
        raise StoreError(f"{path}: not a factcheck store (no factcheck header); left unchanged")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(
            f"{path}: corrupt store header, schema version {version!r} is not a whole number "
            f"from 1 to {SCHEMA_VERSION}; left unchanged"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is newer than this factcheck "
            f"understands ({SCHEMA_VERSION}); upgrade factcheck"
        )
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreError(f"{path}: corrupt store, table {name!r} is not a table of documents")
    store_id, generation = header.get("store"), header.get("generation", 0)
    journal_id = header.get("journal")
    if (
        not isinstance(store_id, str | None)
        or not isinstance(generation, int)
        or not isinstance(journal_id, str | None)
    ):
        raise StoreError(f"{path}: corrupt store header {header!r}; left unchanged")
    return Header(store_id, generation, journal_id)
