"""The TinyDB repository: the only module that knows table names, document shapes and files.

Guarantees:
- **Durable, atomic saves.** Every save writes the whole store to a temporary file in the same
  folder, flushes and fsyncs it, `os.replace`s it over the store and fsyncs the folder. A crash
  or kill at any moment leaves the previous or the new file, never a torn one.
- **One save per action.** `Store.save` and `Store.add_article` change several tables in one
  write, so an action and its audit event land together or not at all.
- **Two processes lose nothing.** Each read-modify-write holds an exclusive lock file
  (`<store>.lock`) and re-reads the file if another process replaced it since.
- **Foreign files are never touched.** A file that is not JSON or not a factcheck store raises
  `StoreError` naming it, and is never overwritten.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB
from tinydb.storages import Storage

from factcheck.errors import StoreError
from factcheck.models import Article, Claim, Event
from factcheck.repository import claim_order

STORE_FORMAT = "factcheck-store"
SCHEMA_VERSION = 1
DEFAULT_STORE_PATH = Path("store/factcheck.json")
LOCK_TIMEOUT_SECONDS = 30.0

ARTICLES, CLAIMS, EVENTS, SETTINGS, META = "articles", "claims", "events", "settings", "meta"

Tables = dict[str, dict[str, dict[str, Any]]]


def _empty_store() -> Tables:
    return {META: {"1": {"format": STORE_FORMAT, "version": SCHEMA_VERSION}}}


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that readers see the old or the new bytes, never a mix."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class DurableJSONStorage(Storage):
    """A TinyDB storage writing whole-file snapshots atomically, parsing the file only on change.

    `read()` returns the cached tables while the file's identity (inode, size, mtime) is the one
    last seen; another process's `os.replace` changes the inode, so its writes are picked up.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: Tables | None = None
        self._signature: tuple[int, int, int] | None = None

    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_size, stat.st_mtime_ns)

    def read(self) -> Tables | None:
        signature = self._stat_signature()
        if signature is None:
            self._cache, self._signature = None, None
            return None
        if signature != self._signature or self._cache is None:
            self._cache = self._parse()
            self._signature = signature
        return self._cache

    def _parse(self) -> Tables:
        try:
            raw = self.path.read_bytes()
        except IsADirectoryError:
            raise StoreError(f"{self.path}: is a folder, not a store file") from None
        except OSError as error:
            raise StoreError(f"{self.path}: cannot read store: {error.strerror}") from None
        if not raw.strip():
            raise StoreError(f"{self.path}: empty file, not a factcheck store (left unchanged)")
        try:
            data = json.loads(raw)
        except UnicodeDecodeError:
            raise StoreError(f"{self.path}: not a factcheck store (not UTF-8 text)") from None
        except json.JSONDecodeError as error:
            raise StoreError(
                f"{self.path}: corrupt store, invalid JSON at line {error.lineno} column "
                f"{error.colno} ({error.msg}); left unchanged"
            ) from None
        check_store_shape(self.path, data)
        return data

    def write(self, data: Tables) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write(self.path, payload)
        except OSError as error:
            self.invalidate()
            raise StoreError(f"{self.path}: cannot save store: {error.strerror}") from None
        self._cache = data
        self._signature = self._stat_signature()

    def invalidate(self) -> None:
        self._cache, self._signature = None, None

    def close(self) -> None:
        pass


def check_store_shape(path: Path, data: Any) -> None:
    """Refuse JSON that is not a factcheck store written by this or an older version."""
    meta = data.get(META) if isinstance(data, dict) else None
    header = next(iter(meta.values()), None) if isinstance(meta, dict) and meta else None
    if not isinstance(header, dict) or header.get("format") != STORE_FORMAT:
        raise StoreError(f"{path}: not a factcheck store (no factcheck header); left unchanged")
    version = header.get("version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version!r} is newer than this factcheck "
            f"understands ({SCHEMA_VERSION}); upgrade factcheck"
        )
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreError(f"{path}: corrupt store, table {name!r} is not a table of documents")


class _TransactionStorage(Storage):
    """Serves one transaction's tables from memory; the transaction writes them once at the end."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.dirty = False

    def read(self) -> Tables:
        return self.tables

    def write(self, data: Tables) -> None:
        self.tables = data
        self.dirty = True


class Store:
    """The factcheck repository over TinyDB (implements `factcheck.repository.Repository`)."""

    def __init__(self, path: Path | str = DEFAULT_STORE_PATH) -> None:
        self.path = Path(path)
        self._storage = DurableJSONStorage(self.path)
        self._lock = FileLock(f"{self.path}.lock", timeout=LOCK_TIMEOUT_SECONDS)
        self._storage.read()  # refuse a corrupt or foreign file now, before any action

    # -- plumbing -------------------------------------------------------------------------

    def _snapshot(self) -> TinyDB:
        tables = self._storage.read() or _empty_store()
        return TinyDB(storage=_TransactionStorage, tables=tables)

    @contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        """Exclusive read-modify-write: everything done on the yielded db is saved in one write."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with self._lock:
                tables = self._storage.read() or _empty_store()
                db = TinyDB(storage=_TransactionStorage, tables=tables)
                storage: _TransactionStorage = db.storage  # type: ignore[assignment]
                try:
                    yield db
                except BaseException:
                    self._storage.invalidate()  # the cache may hold half an action
                    raise
                if storage.dirty:
                    self._storage.write(storage.tables)
        except Timeout:
            raise StoreError(
                f"{self.path}: store is locked by another process for over "
                f"{LOCK_TIMEOUT_SECONDS:.0f} s; try again"
            ) from None

    @staticmethod
    def _table(db: TinyDB, name: str):
        return db.table(name, cache_size=0)

    # -- articles -------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        doc = self._table(self._snapshot(), ARTICLES).get(Query().id == article_id)
        return Article.model_validate(doc) if doc else None

    def list_articles(self) -> list[Article]:
        return [Article.model_validate(d) for d in self._table(self._snapshot(), ARTICLES).all()]

    def add_article(self, article: Article, claims: Iterable[Claim]) -> bool:
        with self._transaction() as db:
            articles = self._table(db, ARTICLES)
            if articles.contains(Query().id == article.id):
                return False
            articles.insert(article.model_dump(mode="json"))
            self._table(db, CLAIMS).insert_multiple(c.model_dump(mode="json") for c in claims)
        return True

    # -- claims ---------------------------------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim | None:
        doc = self._table(self._snapshot(), CLAIMS).get(Query().id == claim_id)
        return Claim.model_validate(doc) if doc else None

    def list_claims(self, article_id: str | None = None) -> list[Claim]:
        db = self._snapshot()
        article_rank = {d["id"]: rank for rank, d in enumerate(self._table(db, ARTICLES).all())}
        docs = self._table(db, CLAIMS).all()
        claims = [
            Claim.model_validate(d)
            for d in docs
            if article_id is None or d.get("article_id") == article_id
        ]
        return sorted(claims, key=lambda c: (article_rank.get(c.article_id, 0), *claim_order(c)))

    def save(self, claims: Iterable[Claim] = (), events: Iterable[Event] = ()) -> None:
        claims, events = list(claims), list(events)
        if not claims and not events:
            return
        with self._transaction() as db:
            table = self._table(db, CLAIMS)
            for claim in claims:
                table.upsert(claim.model_dump(mode="json"), Query().id == claim.id)
            self._table(db, EVENTS).insert_multiple(e.model_dump(mode="json") for e in events)

    # -- events and settings --------------------------------------------------------------

    def list_events(self, claim_id: str | None = None) -> list[Event]:
        docs = self._table(self._snapshot(), EVENTS).all()
        return [
            Event.model_validate(d) for d in docs if claim_id is None or d["claim_id"] == claim_id
        ]

    def get_setting(self, key: str) -> Any | None:
        doc = self._table(self._snapshot(), SETTINGS).get(Query().key == key)
        return doc["value"] if doc else None

    def set_setting(self, key: str, value: Any) -> None:
        with self._transaction() as db:
            self._table(db, SETTINGS).upsert({"key": key, "value": value}, Query().key == key)
