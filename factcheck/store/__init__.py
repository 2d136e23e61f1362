"""The TinyDB store: the only package that knows table names, document shapes and files.

- `tables.Store` implements `factcheck.repository.Repository` over the tables;
- `journal.JournalStorage` is the TinyDB storage: a snapshot plus an append-only journal, held
  in memory, locked across processes, crash-safe (its docstring lists the guarantees);
- `transaction.Transaction` collects one save's changes, written as one journal line;
- `snapshot` reads, checks and atomically writes the snapshot file.
"""

from factcheck.store.journal import JournalStorage
from factcheck.store.tables import DEFAULT_STORE_PATH, Store

__all__ = ["DEFAULT_STORE_PATH", "JournalStorage", "Store"]
