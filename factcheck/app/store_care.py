"""Looking after a store's files: `factcheck store check`, `store compact` and `store repair`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import StoreError
from factcheck.integrity import RecordCheck, verify_record
from factcheck.store import Store, repair_store
from factcheck.store.journal import journal_path_for


@dataclass(frozen=True)
class StoreHealth:
    """What `check_store` read: the counts per kind and the files' state."""

    path: Path
    counts: dict[str, int]
    generation: int
    snapshot_bytes: int
    journal_entries: int
    journal_bytes: int
    superseded_journal: bool
    torn_line: str | None
    record: RecordCheck | None = None


def _open_existing(path: Path) -> Store:
    """Neither command creates a store; a journal alone is left for `Store` to refuse."""
    if not path.exists() and not journal_path_for(path).exists():
        raise StoreError(f"{path}: no store here")
    return Store(path)


def _health(store: Store, counts: dict[str, int]) -> StoreHealth:
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


def check_store(path: Path) -> StoreHealth:
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


def compact_store(path: Path) -> tuple[StoreHealth, StoreHealth]:
    """Fold the journal into a fresh snapshot: the files before and after (no counts)."""
    store = _open_existing(path)
    before = _health(store, {})
    store.compact()
    return before, _health(store, {})


def repair_damaged_store(path: Path) -> str:
    """Keep every save before a damaged journal line and set the rest aside in a side file;
    what was done, in words (the side file named)."""
    if not path.exists() and not journal_path_for(path).exists():
        raise StoreError(f"{path}: no store here")
    return repair_store(path)
