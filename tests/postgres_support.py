"""A PostgreSQL store of its own for each test, in a fresh schema on the server named by
$FACTCHECK_TEST_POSTGRES (`.ci/run` starts a throwaway one); without it, or without psycopg,
the PostgreSQL cases are skipped, never passed."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

SERVER = os.environ.get("FACTCHECK_TEST_POSTGRES", "")


def with_schema(url: str, schema: str) -> str:
    """The address with the schema as its search path: a store of its own on one server."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


@contextmanager
def postgres_store_url() -> Iterator[str]:
    """A `postgresql://` store address in a new, empty schema, dropped afterwards."""
    if not SERVER:
        pytest.skip("no PostgreSQL server: set FACTCHECK_TEST_POSTGRES (as .ci/run does)")
    psycopg = pytest.importorskip("psycopg")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(SERVER, schema)
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
