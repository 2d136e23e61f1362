"""The TinyDB store: the only package that knows table names, document shapes and files.

- `tables.Store` implements `factcheck.repository.Repository` over the tables;
- `journal.JournalStorage` is the TinyDB storage: a snapshot plus an append-only journal, held
  in memory, locked across processes, crash-safe (its docstring lists the guarantees);
- `transaction.Transaction` collects one save's changes, written as one journal line;
- `snapshot` reads, checks and atomically writes the snapshot file.

The names the single-module store exported before the journal are still exported here.
"""

from factcheck.files import atomic_write
from factcheck.store.journal import JournalStorage, store_files
from factcheck.store.snapshot import (
    META,
    SCHEMA_VERSION,
    STORE_FORMAT,
    check_store_shape,
)
from factcheck.store.tables import (
    ARTICLES,
    CLAIMS,
    DEFAULT_STORE_PATH,
    EVENTS,
    LOCK_TIMEOUT_SECONDS,
    SETTINGS,
    Store,
    repair_store,
)

__all__ = [
    "ARTICLES",
    "CLAIMS",
    "DEFAULT_STORE_PATH",
    "EVENTS",
    "LOCK_TIMEOUT_SECONDS",
    "META",
    "SCHEMA_VERSION",
    "SETTINGS",
    "STORE_FORMAT",
    "JournalStorage",
    "Store",
    "atomic_write",
    "check_store_shape",
    "repair_store",
    "store_files",
]
