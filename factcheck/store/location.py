"""Which backend a store location names: a `postgresql://` address, or a TinyDB file.

The settings turn `--store` / `FACTCHECK_STORE` into a `Path` for a file and leave a
database address a `str` (a `Path` would fold its `//`); `open_store` opens either. psycopg
is imported only for a database address, so the TinyDB store needs no driver.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import StoreError
from factcheck.store.tables import Store

if TYPE_CHECKING:
    from factcheck.store.postgres import PostgresStore

DATABASE_SCHEMES = ("postgresql://", "postgres://")

Location = Path | str


def is_database(location: Location) -> bool:
    return isinstance(location, str) and location.startswith(DATABASE_SCHEMES)


def open_store(location: Location) -> Store | PostgresStore:
    """The store at `location`, created if new; `StoreError` in one line if it cannot be
    opened (a corrupt file, an unreachable server, psycopg not installed)."""
    if not is_database(location):
        return Store(Path(location))
    try:
        from factcheck.store.postgres import PostgresStore
    except ImportError:
        raise StoreError(
            "a PostgreSQL store needs the psycopg driver: pip install 'factcheck[postgres]'"
        ) from None
    return PostgresStore(str(location))
