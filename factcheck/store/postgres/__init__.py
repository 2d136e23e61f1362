"""The PostgreSQL store backend (`pip install factcheck[postgres]`): `PostgresStore`.

Only this package imports psycopg; `factcheck.store.location` imports it only when a store
address names a database, so the TinyDB store works without psycopg installed.
"""

from factcheck.store.postgres.store import ChangeListener, PostgresStore

__all__ = ["ChangeListener", "PostgresStore"]
