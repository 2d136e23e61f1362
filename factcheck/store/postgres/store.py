"""`PostgresStore`: the factcheck repository on a PostgreSQL server, for a desk shared across
machines (`--store postgresql://user@host/db`).

The same documents and guarantees as the TinyDB store (`factcheck.store.tables`):
- **One transaction per action.** Every save (claims, their audit events, the chain's new
  head) is one database transaction; it commits whole or not at all.
- **Saves are serial, and stale ones refused.** A save first takes the store's write lock (a
  transaction-level advisory lock, held to its commit), so the chain's head and the event
  numbers it reads cannot move under it, nor the claims: it reads the claims the caller acted
  on under that lock and refuses the save with `ClaimChangedError` when one differs from what
  the caller read, and with `WorkflowChangedError` when the workflow moved on. The checks and
  the writes go out pipelined: a save is two round trips to the server.
- **The audit log is a hash chain**, linked under that lock; `store check` verifies it as
  for a file. Events are numbered from 1 without gaps, committed in number order.
- **Live updates.** Each save that records events sends a notification on the
  `factcheck_events` channel inside its transaction, so PostgreSQL delivers it at commit
  (`ChangeListener`, which the desk's live view waits on instead of re-reading).
- **Failures are one line.** A server that cannot be reached, a bad address or a refused
  login raise `StoreError` naming the store (its password left out); after a lost
  connection the next call connects again.

Connections are not shared between threads: one store object serialises its own calls.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.types.json import Json

from factcheck import audit
from factcheck.claim_query import ClaimQuery, Group, Tally, claim_position_in, group_counts, page_of
from factcheck.errors import ClaimChangedError, StoreError, WorkflowChangedError
from factcheck.library.checks import CheckedClaim
from factcheck.models import Article, Claim, Event, Reviewer, WorkflowVersion
from factcheck.repository import check_next_version
from factcheck.store.documents import (
    ARTICLES,
    AUDIT_HEAD,
    CLAIMS,
    EVENTS,
    LIBRARY,
    LIBRARY_REVISION,
    MODELS,
    REVIEWERS,
    SETTINGS,
    TABLES,
    WORKFLOWS,
    Tables,
    head_of,
    model_of,
    versions_of,
)
from factcheck.store.postgres import claim_sql
from factcheck.store.postgres.claim_sql import CLAIM_COLUMNS, claim_row
from factcheck.store.postgres.schema import SCHEMA_VERSION, TABLE_NAMES, prepare

CHANNEL = "factcheck_events"
CONNECT_TIMEOUT_SECONDS = 10
# The order claims are listed in: article ingest order, then sentence and span, then id.
CLAIM_ORDER = "article_seq, sentence_index, span_start, span_end, id"
WRITE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('factcheck write ' || current_schema()))"

_WRITTEN = [c for c in CLAIM_COLUMNS if c != "article_seq"]
UPSERT_CLAIM = f"""
INSERT INTO factcheck_claims ({", ".join(CLAIM_COLUMNS)})
VALUES (
    %(id)s, %(article_id)s,
    coalesce((SELECT seq FROM factcheck_articles WHERE id = %(article_id)s), 0),
    {", ".join(f"%({c})s" for c in _WRITTEN[2:])}
)
ON CONFLICT (id) DO UPDATE SET
    {", ".join(f"{c} = EXCLUDED.{c}" for c in CLAIM_COLUMNS if c != "id")}
"""


CHAIN_STATE = (
    "SELECT (SELECT value FROM factcheck_settings WHERE key = %s), "
    "(SELECT coalesce(max(position), 0) FROM factcheck_events)"
)
STORED_CLAIMS = (
    "SELECT coalesce(json_object_agg(id, doc), '{}') FROM factcheck_claims WHERE id = ANY(%s)"
)
# What a save checks: the workflow's version count, the chain's head and last event number,
# and the claims the caller acted on, by id.
SAVE_STATE = f"""
SELECT
    (SELECT CASE WHEN json_typeof(value) = 'array' THEN json_array_length(value) END
        FROM factcheck_settings WHERE key = %s),
    (SELECT value FROM factcheck_settings WHERE key = %s),
    (SELECT coalesce(max(position), 0) FROM factcheck_events),
    ({STORED_CLAIMS})
"""


def distinct_values(column: str) -> str:
    """The column's distinct values (NULL left out), one index probe each: a store of a
    million claims in five stages costs six probes, not a scan of every claim."""
    return f"""
WITH RECURSIVE found(value) AS (
    (SELECT {column} FROM factcheck_claims WHERE {column} IS NOT NULL ORDER BY {column} LIMIT 1)
    UNION ALL
    SELECT (SELECT {column} FROM factcheck_claims WHERE {column} > found.value
            ORDER BY {column} LIMIT 1)
    FROM found WHERE found.value IS NOT NULL
)
SELECT value FROM found WHERE value IS NOT NULL
"""


def shown_url(url: str) -> str:
    """The address as messages show it: any password replaced by `***`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = f"{parts.username or ''}:***@"
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=user + host))


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def connect(url: str, where: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except psycopg.Error as error:
        raise StoreError(f"{where}: cannot connect to PostgreSQL: {one_line(error)}") from None


class PostgresStore:
    """The factcheck repository on PostgreSQL (implements `factcheck.repository.Repository`
    and `factcheck.library.checks.CheckLibrary`)."""

    def __init__(self, url: str) -> None:
        self.url = url
        # What messages and `Desk.location` show; the password never.
        self.path = shown_url(url)
        self._mutex = threading.RLock()
        self._connection = connect(url, self.path)
        with self._database_errors():
            self.store_id = prepare(self._connection, self.path)

    def close(self) -> None:
        self._connection.close()

    # -- sessions -------------------------------------------------------------------------

    @contextmanager
    def _database_errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.OperationalError as error:
            raise StoreError(f"{self.path}: lost the database: {one_line(error)}") from None
        except psycopg.Error as error:
            raise StoreError(f"{self.path}: database error: {one_line(error)}") from None

    def _live_connection(self) -> psycopg.Connection:
        if self._connection.closed or self._connection.broken:
            self._connection = connect(self.url, self.path)
        return self._connection

    @contextmanager
    def _reading(self, *, consistent: bool = False) -> Iterator[psycopg.Cursor]:
        """A cursor for reads; `consistent`: several reads that see one moment of the store."""
        with self._mutex, self._database_errors():
            connection = self._live_connection()
            if not consistent:
                yield connection.cursor()
                return
            with connection.transaction():
                cursor = connection.cursor()
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield cursor

    @contextmanager
    def _writing(self, *, pipelined: bool = False) -> Iterator[psycopg.Cursor]:
        """One transaction holding the store's write lock; an exception rolls it back.

        `pipelined`: statements are sent without waiting for each one's answer, only when a
        result is fetched and at commit, so a save costs two round trips to the server."""
        with self._mutex, self._database_errors():
            connection = self._live_connection()
            with connection.pipeline() if pipelined else nullcontext(), connection.transaction():
                cursor = connection.cursor()
                cursor.execute(WRITE_LOCK)
                yield cursor

    def _model(self, table: str, doc: dict[str, Any]) -> Any:
        return model_of(table, doc, self.path)

    def _model_from_text(self, table: str, text: str) -> Any:
        """The document, read as its JSON text, as its model: pydantic parses the text itself,
        twice as fast as building a dict first, which is what listing many claims costs."""
        try:
            return MODELS[table].model_validate_json(text)
        except ValueError:
            return self._model(table, json.loads(text))

    @staticmethod
    def _setting(cursor: psycopg.Cursor, key: str) -> Any | None:
        row = cursor.execute(
            "SELECT value FROM factcheck_settings WHERE key = %s", (key,)
        ).fetchone()
        return row[0] if row else None

    @staticmethod
    def _put_setting(cursor: psycopg.Cursor, key: str, value: Any) -> None:
        cursor.execute(
            "INSERT INTO factcheck_settings (key, value) VALUES (%s, %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (key, Json(value)),
        )

    # -- articles -------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        with self._reading() as cursor:
            row = cursor.execute(
                "SELECT doc FROM factcheck_articles WHERE id = %s", (article_id,)
            ).fetchone()
        return self._model(ARTICLES, row[0]) if row else None

    def list_articles(self) -> list[Article]:
        with self._reading() as cursor:
            rows = cursor.execute("SELECT doc FROM factcheck_articles ORDER BY seq").fetchall()
        return [self._model(ARTICLES, doc) for (doc,) in rows]

    def add_article(self, article: Article, claims: Iterable[Claim]) -> bool:
        claims = list(claims)
        with self._writing() as cursor:
            cursor.execute(
                "INSERT INTO factcheck_articles (id, doc) VALUES (%s, %s) "
                "ON CONFLICT (id) DO NOTHING",
                (article.id, Json(article.model_dump(mode="json"))),
            )
            if cursor.rowcount == 0:
                return False
            self._put_claims(cursor, claims)
            self._append(
                cursor, audit.start_events(claims, "ingest", "ingest", article.ingested_at)
            )
        return True

    def save_article(self, article: Article) -> None:
        with self._writing() as cursor:
            cursor.execute(
                "UPDATE factcheck_articles SET doc = %s WHERE id = %s",
                (Json(article.model_dump(mode="json")), article.id),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"no article with id {article.id!r} in {self.path}")

    # -- claims ---------------------------------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim | None:
        with self._reading() as cursor:
            row = cursor.execute(
                "SELECT doc::text FROM factcheck_claims WHERE id = %s", (claim_id,)
            ).fetchone()
        return self._model_from_text(CLAIMS, row[0]) if row else None

    def list_claims(self, article_id: str | None = None) -> list[Claim]:
        with self._reading() as cursor:
            if article_id is None:
                rows = cursor.execute(
                    f"SELECT doc::text FROM factcheck_claims ORDER BY {CLAIM_ORDER}"
                )
            else:
                rows = cursor.execute(
                    "SELECT doc::text FROM factcheck_claims WHERE article_id = %s "
                    f"ORDER BY {CLAIM_ORDER}",
                    (article_id,),
                )
            docs = [doc for (doc,) in rows.fetchall()]
        return [self._model_from_text(CLAIMS, doc) for doc in docs]

    def claims_page(
        self, offset: int, limit: int, article_id: str | None = None
    ) -> tuple[list[Claim], int]:
        """Only the page is read and built (through the claims' order index), beside a count."""
        where, params = ("WHERE article_id = %s", [article_id]) if article_id else ("", [])
        with self._reading(consistent=True) as cursor:
            (total,) = cursor.execute(
                f"SELECT count(*) FROM factcheck_claims {where}", params
            ).fetchone()
            rows = cursor.execute(
                f"SELECT doc::text FROM factcheck_claims {where} ORDER BY {CLAIM_ORDER} "
                "LIMIT %s OFFSET %s",
                [*params, limit, offset],
            ).fetchall()
        return [self._model_from_text(CLAIMS, doc) for (doc,) in rows], total

    def query_claims(
        self, query: ClaimQuery, offset: int, limit: int, *, from_end: bool = False
    ) -> list[Claim]:
        """Only the page's documents are read: the page's ids come from the order index
        (reversed when counting from the end, so the last page costs what the first does)."""
        if query.also is not None:
            return page_of(self._narrowed(query), offset, limit, from_end)
        condition, params = claim_sql.where(query)
        forward = claim_sql.order_by(query.order)
        inner = claim_sql.order_by(query.order, reverse=from_end)
        with self._reading() as cursor:
            rows = cursor.execute(
                "SELECT doc::text FROM factcheck_claims JOIN ("
                f"SELECT id FROM factcheck_claims WHERE {condition} ORDER BY {inner} "
                f"LIMIT %s OFFSET %s) AS page USING (id) ORDER BY {forward}",
                [*params, limit, offset],
            ).fetchall()
        return [self._model_from_text(CLAIMS, doc) for (doc,) in rows]

    def count_claims(self, query: ClaimQuery) -> int:
        if query.also is not None:
            return len(self._narrowed(query))
        condition, params = claim_sql.where(query)
        with self._reading() as cursor:
            (count,) = cursor.execute(
                f"SELECT count(*) FROM factcheck_claims WHERE {condition}", params
            ).fetchone()
        return count

    def count_each(self, queries: Sequence[ClaimQuery]) -> list[int]:
        """One pass over the claims counts every query the columns answer (through the
        order index alone, whose columns carry what the inboxes test)."""
        plain = [query for query in queries if query.also is None]
        counted = iter(self._count_together(plain) if plain else [])
        return [next(counted) if q.also is None else len(self._narrowed(q)) for q in queries]

    def _count_together(self, queries: list[ClaimQuery]) -> list[int]:
        counts, params = [], []
        for query in queries:
            condition, values = claim_sql.where(query)
            counts.append(f"count(*) FILTER (WHERE {condition})")
            params.extend(values)
        # One article's counts read that article's claims only (through its index).
        articles = {query.article_id for query in queries}
        one = articles.pop() if len(articles) == 1 else None
        scope, scoped = ("WHERE article_id = %s", [one]) if one is not None else ("", [])
        with self._reading() as cursor:
            row = cursor.execute(
                f"SELECT {', '.join(counts)} FROM factcheck_claims {scope}", [*params, *scoped]
            ).fetchone()
        return list(row)

    def claim_position(self, query: ClaimQuery, claim_id: str) -> int | None:
        if query.also is not None:
            return claim_position_in(self._narrowed(query), claim_id)
        condition, params = claim_sql.where(query)
        before = claim_sql.order_tuple(query.order)
        with self._reading(consistent=True) as cursor:
            (held,) = cursor.execute(
                f"SELECT EXISTS (SELECT 1 FROM factcheck_claims WHERE {condition} AND id = %s)",
                [*params, claim_id],
            ).fetchone()
            if not held:
                return None
            (position,) = cursor.execute(
                f"SELECT count(*) FROM factcheck_claims WHERE {condition} AND {before} < "
                f"(SELECT {before[1:-1]} FROM factcheck_claims WHERE id = %s)",
                [*params, claim_id],
            ).fetchone()
        return position

    def count_and_position(self, query: ClaimQuery, claim_id: str) -> tuple[int, int | None]:
        """One pass over the claims the query holds: how many, how many come before the
        claim, and whether it is among them."""
        if query.also is not None:
            narrowed = self._narrowed(query)
            return len(narrowed), claim_position_in(narrowed, claim_id)
        condition, params = claim_sql.where(query)
        before = claim_sql.order_tuple(query.order)
        with self._reading() as cursor:
            total, position, held = cursor.execute(
                f"SELECT count(*), count(*) FILTER (WHERE {before} < "
                f"(SELECT {before[1:-1]} FROM factcheck_claims WHERE id = %s)), "
                f"coalesce(bool_or(id = %s), false) FROM factcheck_claims WHERE {condition}",
                [claim_id, claim_id, *params],
            ).fetchone()
        return total, position if held else None

    def tally(self, query: ClaimQuery, final_stage: str) -> Tally:
        if query.also is not None:
            return Tally.of(self._narrowed(query), final_stage)
        condition, params = claim_sql.where(query)
        out = ("rejected", "merged")
        with self._reading() as cursor:
            counts = cursor.execute(
                "SELECT count(*) FILTER (WHERE stage = %s), "
                "count(*) FILTER (WHERE verdict IS NOT NULL AND triage <> ALL(%s) "
                "AND stage IS DISTINCT FROM %s), "
                "count(*) FILTER (WHERE stage = %s OR triage = ANY(%s)), count(*) "
                f"FROM factcheck_claims WHERE {condition}",
                [final_stage, list(out), final_stage, final_stage, list(out), *params],
            ).fetchone()
        return Tally(*counts)

    def claim_groups(self, query: ClaimQuery) -> dict[Group, int]:
        if query.also is not None:
            return group_counts(self._narrowed(query), query)
        condition, params = claim_sql.where(query)
        with self._reading() as cursor:
            rows = cursor.execute(
                "SELECT coalesce(stage, %s), verdict, triage, count(*) FROM factcheck_claims "
                f"WHERE {condition} GROUP BY 1, 2, 3",
                [query.first_stage, *params],
            ).fetchall()
        return {(stage, verdict, triage): count for stage, verdict, triage, count in rows}

    def _narrowed(self, query: ClaimQuery) -> list[Claim]:
        """The claims the columns let through, in order, then `also` applied to them."""
        condition, params = claim_sql.where(query)
        with self._reading() as cursor:
            rows = cursor.execute(
                f"SELECT doc::text FROM factcheck_claims WHERE {condition} "
                f"ORDER BY {claim_sql.order_by(query.order)}",
                params,
            ).fetchall()
        claims = (self._model_from_text(CLAIMS, doc) for (doc,) in rows)
        return [claim for claim in claims if query.also is None or query.also(claim)]

    def stages_and_verdicts(self) -> tuple[set[str], set[str]]:
        with self._reading() as cursor:
            stages = cursor.execute(distinct_values("stage")).fetchall()
            verdicts = cursor.execute(distinct_values("verdict")).fetchall()
        return {stage for (stage,) in stages}, {label for (label,) in verdicts}

    def save(
        self,
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
        workflow_version: int | None = None,
    ) -> None:
        claims, events = list(claims), list(events)
        if not claims and not events:
            return
        with self._writing(pipelined=True) as cursor:
            # Everything the save checks, in one statement after the lock: one round trip.
            versions, head_value, last, stored = cursor.execute(
                SAVE_STATE, (WORKFLOWS, AUDIT_HEAD, list(expected or {}))
            ).fetchone()
            if workflow_version is not None and (versions or 0) != workflow_version:
                raise WorkflowChangedError(versions or 0)
            self._refuse_changed(stored, expected)
            self._put_claims(cursor, claims)
            self._append(cursor, events, (head_value, last))

    def _check_expected(self, cursor: psycopg.Cursor, expected: Mapping[str, Claim] | None) -> None:
        if expected:
            (stored,) = cursor.execute(STORED_CLAIMS, (list(expected),)).fetchone()
            self._refuse_changed(stored, expected)

    def _refuse_changed(self, stored: dict[str, Any], expected: Mapping[str, Claim] | None) -> None:
        """Refuse the save if a claim differs from what the caller read (compared as models,
        so a document written before a field existed still matches the claim read from it).
        `stored`: the claims' documents by id, read under the write lock."""
        for claim_id, claim in (expected or {}).items():
            doc = stored.get(claim_id)
            if doc is None or self._model(CLAIMS, doc) != claim:
                raise ClaimChangedError(claim_id)

    @staticmethod
    def _put_claims(cursor: psycopg.Cursor, claims: list[Claim]) -> None:
        if claims:
            cursor.executemany(
                UPSERT_CLAIM, [claim_row(claim.model_dump(mode="json")) for claim in claims]
            )

    def _append(
        self, cursor: psycopg.Cursor, events: list[Event], chain: tuple[Any, int] | None = None
    ) -> None:
        """Link the events to the chain's head, number them on from the last, store them with
        the new head, and tell the listeners at commit. `chain`: the head setting's value and
        the last event number, when the caller has read them under the lock already."""
        head_value, last = chain or cursor.execute(CHAIN_STATE, (AUDIT_HEAD,)).fetchone()
        head = head_of(head_value)
        if head is None:
            if last:
                raise StoreError(
                    f"{self.path}: the audit log's head is missing though it holds events "
                    "(edited by hand?); nothing saved: see `factcheck store check`"
                )
            head = ""
        linked, head = audit.chain(events, head)
        if linked:
            cursor.executemany(
                "INSERT INTO factcheck_events (position, claim_id, doc) VALUES (%s, %s, %s)",
                [
                    (last + number, event.claim_id, Json(event.model_dump(mode="json")))
                    for number, event in enumerate(linked, start=1)
                ],
            )
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(last + len(linked))))
        self._put_setting(cursor, AUDIT_HEAD, {"head": head})

    # -- events and settings --------------------------------------------------------------

    def list_events(self, claim_id: str | None = None) -> list[Event]:
        with self._reading() as cursor:
            if claim_id is None:
                rows = cursor.execute("SELECT doc::text FROM factcheck_events ORDER BY position")
            else:
                rows = cursor.execute(
                    "SELECT doc::text FROM factcheck_events WHERE claim_id = %s ORDER BY position",
                    (claim_id,),
                )
            docs = [doc for (doc,) in rows.fetchall()]
        return [self._model_from_text(EVENTS, doc) for doc in docs]

    def events_after(self, position: int) -> tuple[list[Event], int]:
        """Events commit in number order (under the write lock), so every event up to the
        last number seen is already visible: reading the last number first, then the events
        up to it, never skips one."""
        with self._reading() as cursor:
            (end,) = cursor.execute(
                "SELECT coalesce(max(position), 0) FROM factcheck_events"
            ).fetchone()
            if end <= position:
                return [], end
            rows = cursor.execute(
                "SELECT doc::text FROM factcheck_events WHERE position > %s AND position <= %s "
                "ORDER BY position",
                (position, end),
            ).fetchall()
        return [self._model_from_text(EVENTS, doc) for (doc,) in rows], end

    def get_setting(self, key: str) -> Any | None:
        with self._reading() as cursor:
            return self._setting(cursor, key)

    def set_setting(self, key: str, value: Any) -> None:
        with self._writing() as cursor:
            self._put_setting(cursor, key, value)

    # -- roster and audit trail -----------------------------------------------------------

    def list_reviewers(self) -> list[Reviewer]:
        with self._reading() as cursor:
            rows = cursor.execute("SELECT doc FROM factcheck_reviewers ORDER BY seq").fetchall()
        return [self._model(REVIEWERS, doc) for (doc,) in rows]

    def save_roster(
        self,
        put: Iterable[Reviewer] = (),
        remove: Iterable[str] = (),
        events: Iterable[Event] = (),
    ) -> None:
        put, remove = list(put), list(remove)
        with self._writing() as cursor:
            if put:
                cursor.executemany(
                    "INSERT INTO factcheck_reviewers (key, doc) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc",
                    [(r.key, Json(r.model_dump(mode="json"))) for r in put],
                )
            if remove:
                cursor.execute("DELETE FROM factcheck_reviewers WHERE key = ANY(%s)", (remove,))
            self._append(cursor, list(events))

    def audit_trail(self) -> tuple[list[dict[str, Any]], str]:
        with self._reading(consistent=True) as cursor:
            rows = cursor.execute("SELECT doc FROM factcheck_events ORDER BY position").fetchall()
            head = head_of(self._setting(cursor, AUDIT_HEAD))
        return [doc for (doc,) in rows], head or ""

    # -- the workflow the store keeps -----------------------------------------------------

    def workflow_versions(self) -> list[WorkflowVersion]:
        return versions_of(self.get_setting(WORKFLOWS), self.path)

    def workflow_version(self) -> int:
        with self._reading() as cursor:
            row = cursor.execute(
                "SELECT json_array_length(value) FROM factcheck_settings "
                "WHERE key = %s AND json_typeof(value) = 'array'",
                (WORKFLOWS,),
            ).fetchone()
        return row[0] if row else 0

    def save_workflow(
        self,
        versions: Iterable[WorkflowVersion],
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
    ) -> None:
        versions = list(versions)
        with self._writing() as cursor:
            stored = versions_of(self._setting(cursor, WORKFLOWS), self.path)
            check_next_version(len(stored), versions)
            self._check_expected(cursor, expected)
            self._put_claims(cursor, list(claims))
            kept = [v.model_dump(mode="json") for v in [*stored, *versions]]
            self._put_setting(cursor, WORKFLOWS, kept)
            self._append(cursor, list(events))

    # -- the fact-check library -----------------------------------------------------------

    def list_checks(self) -> list[CheckedClaim]:
        with self._reading() as cursor:
            rows = cursor.execute("SELECT doc FROM factcheck_library ORDER BY seq").fetchall()
        return [self._model(LIBRARY, doc) for (doc,) in rows]

    def library_revision(self) -> int:
        return int(self.get_setting(LIBRARY_REVISION) or 0)

    def add_checks(self, checks: Iterable[CheckedClaim]) -> tuple[int, int]:
        checks = list({check.id: check for check in checks}.values())
        if not checks:
            return 0, 0
        with self._writing() as cursor:
            (present,) = cursor.execute(
                "SELECT count(*) FROM factcheck_library WHERE id = ANY(%s)",
                ([check.id for check in checks],),
            ).fetchone()
            cursor.executemany(
                "INSERT INTO factcheck_library (id, doc) VALUES (%s, %s) "
                "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc",
                [(check.id, Json(check.model_dump(mode="json"))) for check in checks],
            )
            self._bump_library_revision(cursor)
        return len(checks) - present, present

    def remove_checks(self, check_ids: Iterable[str]) -> list[str]:
        check_ids = list(dict.fromkeys(check_ids))
        with self._writing() as cursor:
            rows = cursor.execute(
                "SELECT id FROM factcheck_library WHERE id = ANY(%s)", (check_ids,)
            ).fetchall()
            known = {check_id for (check_id,) in rows}
            unknown = [check_id for check_id in check_ids if check_id not in known]
            if unknown or not check_ids:
                return unknown
            cursor.execute("DELETE FROM factcheck_library WHERE id = ANY(%s)", (check_ids,))
            self._bump_library_revision(cursor)
        return []

    def _bump_library_revision(self, cursor: psycopg.Cursor) -> None:
        self._put_setting(
            cursor, LIBRARY_REVISION, int(self._setting(cursor, LIBRARY_REVISION) or 0) + 1
        )

    # -- copying between backends (`factcheck store copy`) --------------------------------

    def dump_tables(self) -> Tables:
        """Every table's documents as stored, in the order they were first stored."""
        tables: Tables = {}
        with self._reading(consistent=True) as cursor:
            for table in TABLES:
                if table == SETTINGS:
                    rows = cursor.execute("SELECT key, value FROM factcheck_settings ORDER BY seq")
                    tables[table] = [{"key": key, "value": value} for key, value in rows]
                else:
                    order = "position" if table == EVENTS else "seq"
                    rows = cursor.execute(f"SELECT doc FROM {TABLE_NAMES[table]} ORDER BY {order}")
                    tables[table] = [doc for (doc,) in rows]
        return tables

    def is_empty(self) -> bool:
        with self._reading() as cursor:
            return self._is_empty(cursor)

    @staticmethod
    def _is_empty(cursor: psycopg.Cursor) -> bool:
        exists = " OR ".join(f"EXISTS (SELECT 1 FROM {name})" for name in TABLE_NAMES.values())
        (any_rows,) = cursor.execute(f"SELECT {exists}").fetchone()
        return not any_rows

    def load_tables(self, tables: Tables) -> None:
        """Write a copied store's documents into this empty store, in one transaction."""
        with self._writing() as cursor:
            if not self._is_empty(cursor):
                raise StoreError(f"{self.path}: not empty; a store is copied only into a new one")
            self._copy_rows(
                cursor,
                "factcheck_articles (id, doc)",
                [(doc["id"], Json(doc)) for doc in tables.get(ARTICLES, [])],
            )
            article_seq = dict(cursor.execute("SELECT id, seq FROM factcheck_articles"))
            self._copy_rows(
                cursor,
                f"factcheck_claims ({', '.join(CLAIM_COLUMNS)})",
                [
                    tuple(
                        article_seq.get(row["article_id"], 0)
                        if column == "article_seq"
                        else row[column]
                        for column in CLAIM_COLUMNS
                    )
                    for row in map(claim_row, tables.get(CLAIMS, []))
                ],
            )
            self._copy_rows(
                cursor,
                "factcheck_events (position, claim_id, doc)",
                [
                    (number, doc.get("claim_id", ""), Json(doc))
                    for number, doc in enumerate(tables.get(EVENTS, []), start=1)
                ],
            )
            self._copy_rows(
                cursor,
                "factcheck_settings (key, value)",
                [(doc["key"], Json(doc.get("value"))) for doc in tables.get(SETTINGS, [])],
            )
            self._copy_rows(
                cursor,
                "factcheck_reviewers (key, doc)",
                [(doc["key"], Json(doc)) for doc in tables.get(REVIEWERS, [])],
            )
            self._copy_rows(
                cursor,
                "factcheck_library (id, doc)",
                [(doc["id"], Json(doc)) for doc in tables.get(LIBRARY, [])],
            )
            if tables.get(EVENTS):
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(len(tables[EVENTS]))))
            # Statistics for the planner now, not whenever autovacuum comes round to it.
            cursor.execute("ANALYZE")

    @staticmethod
    def _copy_rows(cursor: psycopg.Cursor, target: str, rows: list[tuple[Any, ...]]) -> None:
        """Rows in order through COPY: a million claims' events load in seconds, not minutes."""
        if not rows:
            return
        with cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    # -- upkeep (`factcheck store check`) -------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many documents each table holds, after checking every one against its model.

        Raises `StoreError` naming the first document that no longer fits the data model.
        """
        counts = {}
        for table in MODELS:
            order = "position" if table == EVENTS else "seq"
            with self._reading() as cursor:
                rows = cursor.execute(f"SELECT doc FROM {TABLE_NAMES[table]} ORDER BY {order}")
                number = 0
                for (doc,) in rows:
                    self._model(table, doc)
                    number += 1
            counts[table] = number
        return counts

    def database_status(self) -> tuple[int, int]:
        """The schema version and the database's size in bytes, for `store check`."""
        with self._reading() as cursor:
            (size,) = cursor.execute("SELECT pg_database_size(current_database())").fetchone()
        return SCHEMA_VERSION, size

    # -- live updates ---------------------------------------------------------------------

    def listen(self) -> ChangeListener:
        """A listener hearing every save that records events, from now on."""
        return ChangeListener(self.url, self.path)


class ChangeListener:
    """Hears the notifications saves send, on a connection of its own."""

    def __init__(self, url: str, where: str) -> None:
        self._url, self._where = url, where
        self._connection = self._listening()

    def _listening(self) -> psycopg.Connection:
        connection = connect(self._url, self._where)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def heard(self, wait: float = 0.0) -> bool:
        """Whether a save was committed since the last call (waiting up to `wait` seconds for
        one). After a lost connection it listens again and says True, since a save may have
        been missed meanwhile."""
        try:
            if self._connection.broken or self._connection.closed:
                self._connection = self._listening()
                return True
            return sum(1 for _ in self._connection.notifies(timeout=wait)) > 0
        except psycopg.Error as error:
            raise StoreError(f"{self._where}: lost the database: {one_line(error)}") from None

    def close(self) -> None:
        self._connection.close()
