"""Looking after a store: `factcheck store check`, `compact`, `repair` and `copy`.

A PostgreSQL store is checked like a file (every document against the data model, the audit
record verified); compacting and repairing are the database's own business, so those two
say so and change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import StoreError
from factcheck.integrity import RecordCheck, verify_record
from factcheck.settings import store_location
from factcheck.store import Store, repair_store
from factcheck.store.journal import journal_path_for
from factcheck.store.location import Location, is_database, open_store


@dataclass(frozen=True)
class StoreHealth:
    """What `check_store` read: the counts per kind and the files' state."""

    path: Path | str
    counts: dict[str, int]
    generation: int
    snapshot_bytes: int
    journal_entries: int
    journal_bytes: int
    superseded_journal: bool
    torn_line: str | None
    record: RecordCheck | None = None
    # "tinydb" (a snapshot and its journal) or "postgresql" (generation: the schema version,
    # snapshot_bytes: the database's size).
    backend: str = "tinydb"


def _open_existing(location: Location) -> Any:
    """No command here creates a file store; a journal alone is left for `Store` to refuse.
    A database store is created by opening it (an empty one checks out)."""
    if is_database(location):
        return open_store(location)
    path = Path(location)
    if not path.exists() and not journal_path_for(path).exists():
        raise StoreError(f"{path}: no store here")
    return Store(path)


def _health(store: Any, counts: dict[str, int]) -> StoreHealth:
    if not isinstance(store, Store):
        schema, size = store.database_status()
        return StoreHealth(store.path, counts, schema, size, 0, 0, False, None, None, "postgresql")
    status = store.status()
    return StoreHealth(
        path=store.path,
        counts=counts,
        generation=status.generation,
        snapshot_bytes=status.snapshot_bytes,
        journal_entries=status.journal_entries,
        journal_bytes=status.journal_bytes,
        superseded_journal=bool(status.superseded_journal),
        torn_line=status.torn_line or None,
    )


def check_store(path: Location) -> StoreHealth:
    """Read every saved change and document, as opening the store does, count them, and
    verify the audit record (`factcheck.integrity`); a broken record raises `StoreError`
    naming the first broken link."""
    store = _open_existing(path)
    counts = dict(store.counts())
    record = verify_record(store)
    if record.problem is not None:
        raise StoreError(f"{store.path}: audit record broken: {record.problem}")
    health = _health(store, counts)
    return StoreHealth(**{**health.__dict__, "record": record})


def compact_store(path: Location) -> tuple[StoreHealth, StoreHealth]:
    """Fold the journal into a fresh snapshot: the files before and after (no counts)."""
    _refuse_database(path, "compact", "PostgreSQL compacts its own tables (autovacuum)")
    store = _open_existing(path)
    before = _health(store, {})
    store.compact()
    return before, _health(store, {})


def repair_damaged_store(path: Location) -> str:
    """Keep every save before a damaged journal line and set the rest aside in a side file;
    what was done, in words (the side file named)."""
    _refuse_database(path, "repair", "a PostgreSQL store has no journal file to repair")
    path = Path(path)
    if not path.exists() and not journal_path_for(path).exists():
        raise StoreError(f"{path}: no store here")
    return repair_store(path)


def _refuse_database(location: Location, command: str, why: str) -> None:
    if is_database(location):
        raise StoreError(f"`store {command}` is for TinyDB store files: {why}")


@dataclass(frozen=True)
class StoreCopy:
    """What `copy_store` copied: the documents per table and the audit chain's head, the
    same in both stores."""

    source: str
    target: str
    counts: dict[str, int]
    head: str


def copy_store(source: str, target: str) -> StoreCopy:
    """Copy every document of the store at `source` into a new store at `target` (a file or
    a `postgresql://` address; either backend to either), in one save.

    The source must check out (its audit record verified, as `store check` does) and the
    target must be empty; after the copy the target is verified too, and must hold the same
    documents under the same chain head. The documents are copied as stored, so the hashes
    hold and events keep their order and positions.
    """
    source_location, target_location = store_location(source), store_location(target)
    if str(source_location) == str(target_location):
        raise StoreError(f"{source}: a store cannot be copied onto itself")
    origin = _open_existing(source_location)
    record = verify_record(origin)
    if record.problem is not None:
        raise StoreError(f"{origin.path}: audit record broken, not copied: {record.problem}")
    if record.events and not record.head:
        raise StoreError(
            f"{origin.path}: its audit log predates the hash chain; act on it once (any "
            "save seals it), then copy"
        )
    tables = origin.dump_tables()
    copy = open_store(target_location)
    copy.load_tables(tables)
    copied = verify_record(copy)
    if copied.problem is not None or copied.head != record.head:
        raise StoreError(f"{copy.path}: the copy does not verify: {copied.problem}")
    return StoreCopy(
        str(origin.path),
        str(copy.path),
        {table: len(docs) for table, docs in tables.items()},
        copied.head,
    )
