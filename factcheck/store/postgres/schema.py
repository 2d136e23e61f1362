"""The tables a PostgreSQL store keeps, created on first open, and its schema version.

Each table holds the same documents as the TinyDB store (`factcheck.store.documents`), as
`json` (kept exactly as written, key order and all, where `jsonb` would normalise them and
refuse a NUL character), beside the columns the queries order and filter by. `seq` keeps the
order documents were first stored in; events are numbered by `position` from 1 without gaps
(assigned under the write lock, never from a sequence, which a rolled-back save would skip),
so `events_after` can follow the log by number as the TinyDB store does.

Schema version 2 added the claim columns the desk's queries filter and sort by (triage, kind,
assignee, check-worthiness, the words a filter searches, ...; `claim_sql`) and order indexes
that carry the common filter columns; a version 1 store gains them, filled from its
documents, when it is first opened.

Identifiers sort with the "C" collation, byte order, as Python sorts strings, so both
backends list claims in one order whatever the database's locale.
"""

from __future__ import annotations

import uuid

import psycopg

from factcheck.errors import StoreError

STORE_FORMAT = "factcheck-store"
SCHEMA_VERSION = 2
MARKER_TABLE = "factcheck_store"

TABLE_NAMES = {
    "articles": "factcheck_articles",
    "claims": "factcheck_claims",
    "events": "factcheck_events",
    "settings": "factcheck_settings",
    "reviewers": "factcheck_reviewers",
    "library": "factcheck_library",
}

SCHEMA = """
CREATE TABLE factcheck_store (
    format text NOT NULL,
    version integer NOT NULL,
    store_id text NOT NULL
);
CREATE TABLE factcheck_articles (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    id text COLLATE "C" PRIMARY KEY,
    doc json NOT NULL
);
CREATE TABLE factcheck_claims (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    id text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL,
    article_seq bigint NOT NULL,
    sentence_index integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    stage text,
    verdict text,
    doc json NOT NULL
);
CREATE INDEX factcheck_claims_of_article
    ON factcheck_claims (article_id, sentence_index, span_start, span_end, id);
{CLAIM_COLUMNS_V2}
CREATE TABLE factcheck_events (
    position bigint PRIMARY KEY,
    claim_id text COLLATE "C" NOT NULL,
    doc json NOT NULL
);
CREATE INDEX factcheck_events_of_claim ON factcheck_events (claim_id, position);
CREATE TABLE factcheck_settings (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    key text COLLATE "C" PRIMARY KEY,
    value json
);
CREATE TABLE factcheck_reviewers (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    key text COLLATE "C" PRIMARY KEY,
    doc json NOT NULL
);
CREATE TABLE factcheck_library (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    id text COLLATE "C" PRIMARY KEY,
    doc json NOT NULL
);
"""
# What version 2 added to the claims: columns filled from each document as it is written,
# and the two orders the desk shows, each carrying the columns most filters test.
CLAIM_COLUMNS_V2 = """
ALTER TABLE factcheck_claims
    ADD COLUMN triage text COLLATE "C" NOT NULL DEFAULT 'pending',
    ADD COLUMN kind text COLLATE "C" NOT NULL DEFAULT 'event',
    ADD COLUMN assignee text COLLATE "C",
    ADD COLUMN assignee_folded text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN needs_context boolean NOT NULL DEFAULT false,
    ADD COLUMN has_correction boolean NOT NULL DEFAULT false,
    ADD COLUMN checkworthiness double precision NOT NULL DEFAULT 0,
    ADD COLUMN search text NOT NULL DEFAULT '';
DROP INDEX IF EXISTS factcheck_claims_in_order;
CREATE INDEX factcheck_claims_in_order
    ON factcheck_claims (article_seq, sentence_index, span_start, span_end, id)
    INCLUDE (triage, stage, verdict, assignee, needs_context);
CREATE INDEX factcheck_claims_by_stage ON factcheck_claims (stage);
CREATE INDEX factcheck_claims_by_verdict ON factcheck_claims (verdict);
CREATE INDEX factcheck_claims_by_worth
    ON factcheck_claims (
        checkworthiness DESC, article_seq, sentence_index, span_start, span_end, id
    )
    INCLUDE (triage, stage, verdict, assignee, needs_context);
"""
# A version 1 store's claims get the new columns from their documents (lower() standing in
# for Python's casefold, which differs only for a few letters such as "ß").
FILL_V2 = """
UPDATE factcheck_claims SET
    triage = coalesce(doc->>'triage', 'pending'),
    kind = coalesce(doc->>'kind', 'event'),
    assignee = doc->>'assignee',
    assignee_folded = lower(coalesce(doc->>'assignee', '')),
    needs_context = coalesce((doc->>'needs_context')::boolean, false),
    has_correction = coalesce(json_typeof(doc->'pending_correction') = 'object', false),
    checkworthiness = coalesce((doc->>'checkworthiness')::double precision, 0),
    search = lower(coalesce(doc->>'text', '') || ' ' || coalesce(doc->>'speaker', ''));
ANALYZE factcheck_claims;
"""


def prepare(connection: psycopg.Connection, where: str) -> str:
    """Create the tables in an empty schema, or check the ones there are a factcheck store
    this version can read; the store's id. Two processes opening a new store at once create
    it once (the second waits on the lock, then finds it)."""
    (schema,) = connection.execute("SELECT current_schema()").fetchone()
    if schema is None:
        raise StoreError(
            f"{where}: its search path names no schema that exists in the database "
            "(create the schema first, or leave out the search_path option)"
        )
    with connection.transaction():
        connection.execute(
            "SELECT pg_advisory_xact_lock(hashtext('factcheck schema ' || current_schema()))"
        )
        (marker,) = connection.execute("SELECT to_regclass(%s)", (MARKER_TABLE,)).fetchone()
        if marker is None:
            return _create(connection, where)
        row = connection.execute(f"SELECT format, version, store_id FROM {MARKER_TABLE}").fetchone()
        if row is not None and row[0] == STORE_FORMAT and row[1] == 1:
            _upgrade_from_1(connection)
    if row is None or row[0] != STORE_FORMAT:
        raise StoreError(f"{where}: not a factcheck store ({MARKER_TABLE} names no store)")
    if row[1] > SCHEMA_VERSION:
        raise StoreError(
            f"{where}: written by a newer factcheck (schema version {row[1]}, this one reads "
            f"up to {SCHEMA_VERSION}); upgrade factcheck"
        )
    return row[2]


def _create(connection: psycopg.Connection, where: str) -> str:
    taken = connection.execute(
        "SELECT count(*) FROM unnest(%s::text[]) AS name WHERE to_regclass(name) IS NOT NULL",
        (list(TABLE_NAMES.values()),),
    ).fetchone()
    if taken and taken[0]:
        raise StoreError(
            f"{where}: has factcheck tables but no {MARKER_TABLE} table; not opened as a store"
        )
    store_id = uuid.uuid4().hex
    connection.execute(SCHEMA.replace("{CLAIM_COLUMNS_V2}", CLAIM_COLUMNS_V2))
    connection.execute(
        f"INSERT INTO {MARKER_TABLE} (format, version, store_id) VALUES (%s, %s, %s)",
        (STORE_FORMAT, SCHEMA_VERSION, store_id),
    )
    return store_id


def _upgrade_from_1(connection: psycopg.Connection) -> None:
    """Give a version 1 store the claim columns and indexes of version 2 (in the caller's
    transaction, under the schema lock: two desks opening it at once upgrade it once)."""
    connection.execute(CLAIM_COLUMNS_V2)
    connection.execute(FILL_V2)
    connection.execute(f"UPDATE {MARKER_TABLE} SET version = %s", (SCHEMA_VERSION,))
