"""`Transaction`: the changes of one save, collected before they are written as one line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.store.journal import JournalStorage

Document = dict[str, Any]
Changes = dict[str, dict[str, Document | None]]


class Transaction:
    """Changes collected during one save; `JournalStorage.transaction` writes them as one line."""

    def __init__(self, storage: JournalStorage) -> None:
        self._storage = storage
        self.changes: Changes = {}
        self._pending_keys: dict[str, dict[Any, str]] = {}
        self._next_ids: dict[str, int] = {}

    def doc_id_for(self, table: str, key: Any) -> str | None:
        """The document id holding `key` in `table` (keyed tables only), this save included."""
        pending = self._pending_keys.get(table, {})
        return pending[key] if key in pending else self._storage.doc_id_for(table, key)

    def find(self, table: str, key: Any) -> Document | None:
        doc_id = self.doc_id_for(table, key)
        if doc_id is None:
            return None
        pending = self.changes.get(table, {})
        return pending[doc_id] if doc_id in pending else self._storage.document(table, doc_id)

    def new_doc_id(self, table: str) -> str:
        number = self._next_ids.get(table) or self._storage.next_doc_id(table)
        self._next_ids[table] = number + 1
        return str(number)

    def put(self, table: str, doc_id: str, doc: Document | None) -> None:
        self.changes.setdefault(table, {})[doc_id] = doc
        key_field = self._storage.keys.get(table)
        if key_field and doc is not None:
            self._pending_keys.setdefault(table, {})[doc[key_field]] = doc_id

    def insert(self, table: str, doc: Document) -> str:
        doc_id = self.new_doc_id(table)
        self.put(table, doc_id, doc)
        return doc_id

    def upsert(self, table: str, doc: Document) -> str:
        """Replace the document with the same key (the table's key field), or add it."""
        doc_id = self.doc_id_for(table, doc[self._storage.keys[table]]) or self.new_doc_id(table)
        self.put(table, doc_id, doc)
        return doc_id
