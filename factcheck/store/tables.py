"""`Store`: the factcheck repository over TinyDB tables kept by a `JournalStorage`.

The only module that knows table names and document shapes: it converts to and from the
pydantic models at its boundary. Lookups by claim, article or setting id use the storage's
indexes and a save serializes only the documents it changes, so neither scans the store.

The audit log is a hash chain (`factcheck.audit`); its head is the `audit` setting, moved in
the same save as the events. A store written before the chain existed (events without
hashes, no head) is sealed at its first save: its events are chained as they are and each
claim gets a `seal` event with its hash, where `store check` starts checking it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from factcheck import audit
from factcheck.claim_query import (
    ClaimQuery,
    QueriesOverSelected,
    select_claims,
)
from factcheck.errors import ClaimChangedError, StoreError, WorkflowChangedError
from factcheck.library.checks import CheckedClaim
from factcheck.models import Article, Claim, Event, Reviewer, WorkflowVersion, utc_now
from factcheck.repository import check_next_version, claim_order
from factcheck.store.documents import (
    ARTICLES,
    AUDIT_HEAD,
    CLAIMS,
    EVENTS,
    KEY_FIELDS,
    LIBRARY,
    LIBRARY_REVISION,
    MODELS,
    REVIEWERS,
    SEAL_ACTOR,
    SETTINGS,
    TABLES,
    WORKFLOWS,
    Tables,
    head_of,
    model_of,
    version_count,
    versions_of,
)
from factcheck.store.journal import JournalStatus, JournalStorage
from factcheck.store.transaction import Transaction

DEFAULT_STORE_PATH = Path("store/factcheck.json")
LOCK_TIMEOUT_SECONDS = 30.0


def repair_store(path: Path) -> str:
    """Repair the store at `path` without opening it (opening refuses damage); what was done."""
    return JournalStorage(path, lock_timeout=LOCK_TIMEOUT_SECONDS, open_now=False).repair()


class Store(QueriesOverSelected):
    """The factcheck repository over TinyDB (implements `factcheck.repository.Repository` and
    `factcheck.library.checks.CheckLibrary`)."""

    def __init__(self, path: Path | str = DEFAULT_STORE_PATH) -> None:
        self.path = Path(path)
        # Opening parses the files, so a corrupt or foreign store is refused before any action.
        self._storage = JournalStorage(
            self.path, keys=KEY_FIELDS, lock_timeout=LOCK_TIMEOUT_SECONDS
        )
        # Each claim document's model, by the document's identity: a saved claim is a new
        # document, so queries build only what changed since the last one.
        self._built: dict[int, tuple[dict[str, Any], Claim]] = {}

    # -- articles -------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        with self._storage.reading() as tables:
            doc = tables.find(ARTICLES, article_id)
        return self._model(ARTICLES, doc) if doc else None

    def list_articles(self) -> list[Article]:
        with self._storage.reading() as tables:
            docs = tables.documents(ARTICLES)
        return [self._model(ARTICLES, doc) for doc in docs]

    def add_article(self, article: Article, claims: Iterable[Claim]) -> bool:
        with self._storage.transaction() as save:
            if save.find(ARTICLES, article.id) is not None:
                return False
            save.insert(ARTICLES, article.model_dump(mode="json"))
            claims = list(claims)
            for claim in claims:
                save.upsert(CLAIMS, claim.model_dump(mode="json"))
            starts = audit.start_events(claims, "ingest", "ingest", article.ingested_at)
            self._append(save, starts)
        return True

    def save_article(self, article: Article) -> None:
        with self._storage.transaction() as save:
            if save.find(ARTICLES, article.id) is None:
                raise StoreError(f"no article with id {article.id!r} in {self.path}")
            save.upsert(ARTICLES, article.model_dump(mode="json"))

    # -- claims ---------------------------------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim | None:
        with self._storage.reading() as tables:
            doc = tables.find(CLAIMS, claim_id)
        return self._model(CLAIMS, doc) if doc else None

    def list_claims(self, article_id: str | None = None) -> list[Claim]:
        with self._storage.reading() as tables:
            articles = tables.documents(ARTICLES)
            docs = tables.documents(CLAIMS)
        article_rank = {doc["id"]: rank for rank, doc in enumerate(articles)}
        claims = [
            self._model(CLAIMS, doc)
            for doc in docs
            if article_id is None or doc.get("article_id") == article_id
        ]
        return sorted(claims, key=lambda c: (article_rank.get(c.article_id, 0), *claim_order(c)))

    def claims_page(
        self, offset: int, limit: int, article_id: str | None = None
    ) -> tuple[list[Claim], int]:
        """A slice of `list_claims`, building only the page's claims: the documents are in
        memory already and are put in order as stored (a large store belongs on PostgreSQL,
        which reads only the page)."""
        with self._storage.reading() as tables:
            articles = tables.documents(ARTICLES)
            docs = tables.documents(CLAIMS)
        article_rank = {doc["id"]: rank for rank, doc in enumerate(articles)}
        docs = [doc for doc in docs if article_id is None or doc.get("article_id") == article_id]
        try:
            docs.sort(key=lambda doc: (article_rank.get(doc["article_id"], 0), *_doc_order(doc)))
        except (KeyError, TypeError, ValueError):
            # A damaged document: building every claim names it in a readable error.
            claims = self.list_claims(article_id)
            return claims[offset : offset + limit], len(claims)
        return [self._model(CLAIMS, doc) for doc in docs[offset : offset + limit]], len(docs)

    def _selected(self, query: ClaimQuery) -> list[Claim]:
        with self._storage.reading() as tables:
            articles = tables.documents(ARTICLES)
            docs = tables.documents(CLAIMS)
        built = {}
        for doc in docs:
            held = self._built.get(id(doc))
            if held is None or held[0] is not doc:
                held = (doc, self._model(CLAIMS, doc))
            built[id(doc)] = held
        self._built = built
        article_rank = {doc["id"]: rank for rank, doc in enumerate(articles)}
        return select_claims((claim for _, claim in built.values()), query, article_rank)

    def stages_and_verdicts(self) -> tuple[set[str], set[str]]:
        with self._storage.reading() as tables:
            docs = tables.documents(CLAIMS)
        stages = {doc["stage"] for doc in docs if isinstance(doc.get("stage"), str)}
        verdicts = {
            doc["verdict"]["label"]
            for doc in docs
            if isinstance(doc.get("verdict"), dict) and isinstance(doc["verdict"].get("label"), str)
        }
        return stages, verdicts

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
        with self._storage.transaction() as save:
            if workflow_version is not None:
                stored = self._version_count(save.find(SETTINGS, WORKFLOWS))
                if stored != workflow_version:
                    raise WorkflowChangedError(stored)
            for claim_id, claim in (expected or {}).items():
                stored = save.find(CLAIMS, claim_id)
                # Compared as models, so a document written before a field existed still
                # matches the claim read from it.
                if stored is None or self._model(CLAIMS, stored) != claim:
                    raise ClaimChangedError(claim_id)
            for claim in claims:
                save.upsert(CLAIMS, claim.model_dump(mode="json"))
            self._append(save, events)

    def _append(self, save: Transaction, events: list[Event]) -> None:
        """Link the events to the chain's head and store them with the new head."""
        head = self._head(save)
        if head is None:
            head = self._seal(save)
        linked, head = audit.chain(events, head)
        for event in linked:
            save.insert(EVENTS, event.model_dump(mode="json"))
        save.upsert(SETTINGS, {"key": AUDIT_HEAD, "value": {"head": head}})

    def _head(self, save: Transaction) -> str | None:
        doc = save.find(SETTINGS, AUDIT_HEAD)
        return head_of(doc.get("value") if doc else None)

    def _seal(self, save: Transaction) -> str:
        """Chain the events of a store written before the chain, and start each claim's
        checkable history from a `seal` event with its hash. Returns the new head."""
        events = self._storage.table_items(EVENTS)
        if any(doc.get("hash") for _, doc in events):
            # A chained log without its head was edited by hand; sealing it again would
            # launder the edit, so the store is left for a person to look at.
            raise StoreError(
                f"{self.path}: the audit log's head is missing though its events are chained "
                "(edited by hand?); nothing saved: see `factcheck store check`"
            )
        head = ""
        for doc_id, doc in events:
            sealed = {**doc, "prev_hash": head, "hash": ""}
            head = sealed["hash"] = audit.content_hash(sealed)
            save.put(EVENTS, doc_id, sealed)
        claims = [self._model(CLAIMS, doc) for doc in self._storage.documents(CLAIMS)]
        seals, head = audit.chain(
            audit.start_events(claims, "seal", SEAL_ACTOR, utc_now(), "store sealed"), head
        )
        for event in seals:
            save.insert(EVENTS, event.model_dump(mode="json"))
        return head

    # -- events and settings --------------------------------------------------------------

    def list_events(self, claim_id: str | None = None) -> list[Event]:
        with self._storage.reading() as tables:
            docs = tables.documents(EVENTS)
        return [
            self._model(EVENTS, doc)
            for doc in docs
            if claim_id is None or doc.get("claim_id") == claim_id
        ]

    def events_after(self, position: int) -> tuple[list[Event], int]:
        """Events are stored under consecutive document ids from 1, kept by compaction, so
        the events after `position` are the ids above it: following another process's saves
        reads only the journal lines they added (the storage's catch-up), not the log."""
        with self._storage.reading() as tables:
            end = tables.next_doc_id(EVENTS) - 1
            docs = [tables.document(EVENTS, str(number)) for number in range(position + 1, end + 1)]
        return [self._model(EVENTS, doc) for doc in docs if doc is not None], end

    def get_setting(self, key: str) -> Any | None:
        with self._storage.reading() as tables:
            doc = tables.find(SETTINGS, key)
        # A copy: the caller may edit a list or dict value without saving it.
        return copy.deepcopy(doc["value"]) if doc else None

    def set_setting(self, key: str, value: Any) -> None:
        with self._storage.transaction() as save:
            save.upsert(SETTINGS, {"key": key, "value": value})

    # -- roster and audit trail -----------------------------------------------------------

    def list_reviewers(self) -> list[Reviewer]:
        with self._storage.reading() as tables:
            docs = tables.documents(REVIEWERS)
        return [self._model(REVIEWERS, doc) for doc in docs]

    def save_roster(
        self,
        put: Iterable[Reviewer] = (),
        remove: Iterable[str] = (),
        events: Iterable[Event] = (),
    ) -> None:
        with self._storage.transaction() as save:
            for reviewer in put:
                save.upsert(REVIEWERS, reviewer.model_dump(mode="json"))
            for key in remove:
                doc_id = save.doc_id_for(REVIEWERS, key)
                if doc_id is not None:
                    save.put(REVIEWERS, doc_id, None)
            self._append(save, list(events))

    def audit_trail(self) -> tuple[list[dict[str, Any]], str]:
        with self._storage.reading() as tables:
            docs = tables.documents(EVENTS)
            head = tables.find(SETTINGS, AUDIT_HEAD)
        value = head.get("value") if head else None
        return [copy.deepcopy(doc) for doc in docs], (
            value.get("head", "") if isinstance(value, dict) else ""
        )

    # -- the workflow the store keeps -----------------------------------------------------

    def workflow_versions(self) -> list[WorkflowVersion]:
        with self._storage.reading() as tables:
            doc = tables.find(SETTINGS, WORKFLOWS)
        return self._versions(doc)

    def workflow_version(self) -> int:
        with self._storage.reading() as tables:
            doc = tables.find(SETTINGS, WORKFLOWS)
        return self._version_count(doc)

    @staticmethod
    def _version_count(doc: dict[str, Any] | None) -> int:
        return version_count(doc.get("value") if doc else None)

    def save_workflow(
        self,
        versions: Iterable[WorkflowVersion],
        claims: Iterable[Claim] = (),
        events: Iterable[Event] = (),
        *,
        expected: Mapping[str, Claim] | None = None,
    ) -> None:
        versions = list(versions)
        with self._storage.transaction() as save:
            stored = self._versions(save.find(SETTINGS, WORKFLOWS))
            check_next_version(len(stored), versions)
            for claim_id, claim in (expected or {}).items():
                found = save.find(CLAIMS, claim_id)
                if found is None or self._model(CLAIMS, found) != claim:
                    raise ClaimChangedError(claim_id)
            for claim in claims:
                save.upsert(CLAIMS, claim.model_dump(mode="json"))
            kept = [v.model_dump(mode="json") for v in [*stored, *versions]]
            save.upsert(SETTINGS, {"key": WORKFLOWS, "value": kept})
            self._append(save, list(events))

    def _versions(self, doc: dict[str, Any] | None) -> list[WorkflowVersion]:
        return versions_of(doc.get("value") if doc else None, str(self.path))

    # -- the fact-check library -----------------------------------------------------------

    def list_checks(self) -> list[CheckedClaim]:
        with self._storage.reading() as tables:
            docs = tables.documents(LIBRARY)
        return [self._model(LIBRARY, doc) for doc in docs]

    def library_revision(self) -> int:
        return int(self.get_setting(LIBRARY_REVISION) or 0)

    def add_checks(self, checks: Iterable[CheckedClaim]) -> tuple[int, int]:
        added = replaced = 0
        with self._storage.transaction() as save:
            for check in checks:
                if save.find(LIBRARY, check.id) is None:
                    added += 1
                else:
                    replaced += 1
                save.upsert(LIBRARY, check.model_dump(mode="json"))
            if added or replaced:
                self._bump_library_revision(save)
        return added, replaced

    def remove_checks(self, check_ids: Iterable[str]) -> list[str]:
        check_ids = list(dict.fromkeys(check_ids))
        with self._storage.transaction() as save:
            unknown = [i for i in check_ids if save.doc_id_for(LIBRARY, i) is None]
            if unknown or not check_ids:
                return unknown
            for check_id in check_ids:
                save.put(LIBRARY, save.doc_id_for(LIBRARY, check_id), None)
            self._bump_library_revision(save)
        return []

    def _bump_library_revision(self, save: Transaction) -> None:
        stored = save.find(SETTINGS, LIBRARY_REVISION)
        revision = int(stored["value"]) + 1 if stored else 1
        save.upsert(SETTINGS, {"key": LIBRARY_REVISION, "value": revision})

    # -- copying between backends (`factcheck store copy`) --------------------------------

    def dump_tables(self) -> Tables:
        """Every table's documents as stored, in the order they were first stored."""
        with self._storage.reading() as tables:
            return {table: copy.deepcopy(tables.documents(table)) for table in TABLES}

    def is_empty(self) -> bool:
        with self._storage.reading() as tables:
            return not any(tables.documents(table) for table in TABLES)

    def load_tables(self, tables: Tables) -> None:
        """Write a copied store's documents into this empty store, in one save; events keep
        their order and so their positions (`events_after`)."""
        with self._storage.transaction() as save:
            if any(self._storage.documents(table) for table in TABLES):
                raise StoreError(f"{self.path}: not empty; a store is copied only into a new one")
            for table in TABLES:
                for doc in tables.get(table, []):
                    save.insert(table, doc)

    # -- upkeep (`factcheck store check` / `compact`) -------------------------------------

    def status(self) -> JournalStatus:
        return self._storage.status()

    def compact(self) -> None:
        """Fold the journal into a fresh snapshot (also done by itself as the journal grows)."""
        self._storage.compact()

    def counts(self) -> dict[str, int]:
        """How many articles, claims and events the store holds, after checking every one.

        Raises `StoreError` naming the first document that no longer fits the data model.
        """
        counts = {}
        with self._storage.reading() as tables:
            for table in MODELS:
                docs = tables.documents(table)
                for doc in docs:
                    self._model(table, doc)
                counts[table] = len(docs)
        return counts

    def _model(self, table: str, doc: dict[str, Any]) -> Any:
        return model_of(table, doc, str(self.path))


def _doc_order(doc: dict[str, Any]) -> tuple[int, int, int, str]:
    """`claim_order` of a stored claim document, without building the claim."""
    start, end = doc["span"]
    return (int(doc["sentence_index"]), int(start), int(end), str(doc["id"]))
