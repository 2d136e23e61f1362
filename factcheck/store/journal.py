"""`JournalStorage`: a TinyDB storage whose save cost grows with the change, not with the store.

On disk a store is two plain-JSON files:

- the **snapshot** `factcheck.json`, a normal TinyDB JSON file (see `snapshot.py`), and
- the **journal** `factcheck.json.journal`, JSON lines: a header line
  `{"format": "factcheck-journal", "store": "<id>", "snapshot": n}` binding it to the snapshot
  with that store id and generation, then one line per save. A save line has the snapshot's own
  shape, holding only what changed: `{"claims": {"17": {...}}, "events": {"912": {...}}}`
  (`null` for a removed document). Applying a line sets whole documents, so replaying a line
  twice changes nothing.

Guarantees:
- **Durable saves.** A save is one `write` of one line to the journal, then `fdatasync`; the
  call returns only after both. A crash mid-write leaves a torn last line, which is dropped
  with a warning on the `factcheck.store` logger and cut off before the next save: that save
  never returned.
- **Reads from memory.** Both files are parsed once; after that each call compares the files'
  identity (inode, size, mtime) with what was read, and only when another process changed them
  takes the lock and reads the new journal tail (or, after a compaction, the new snapshot).
- **Two processes lose nothing.** Every save holds an exclusive lock (`factcheck.json.lock`),
  catches up with the files first, and appends; loading also holds the lock, so a reader never
  pairs one compaction's snapshot with another's journal.
- **Crash-safe compaction.** When the journal reaches half the snapshot's size (so opening never
  parses more than 1.5x the data), the whole store is written to a temporary file, fsynced,
  `os.replace`d over the snapshot and the folder fsynced; only then is the journal replaced by a
  fresh one for the new generation. A crash between the two leaves a journal one generation
  behind the snapshot: it is already folded in, so it is ignored, and replaced at the next save.
  Temporary files of a write killed before its rename are removed at the next compaction.
- **Damage is refused, not repaired.** A bad line before the last, a journal without its header,
  a journal of another store or a newer generation, or a journal without its snapshot raise
  `StoreError` naming the file and line; nothing is written until a person has looked.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from factcheck.errors import StoreError
from factcheck.files import atomic_write, ensure_folder
from factcheck.store.snapshot import (
    HEADER_DOC_ID,
    META,
    Header,
    Tables,
    dump_json,
    read_snapshot,
)
from factcheck.store.transaction import Changes, Document, Transaction

JOURNAL_FORMAT = "factcheck-journal"
JOURNAL_SUFFIX = ".journal"
# The journal is folded into the snapshot once bigger than half the snapshot and than this, so
# small stores are not rewritten every few saves.
COMPACT_MIN_BYTES = 1 << 20
LOCK_POLL_SECONDS = 0.001

FileIdentity = tuple[int, int, int]


log = logging.getLogger("factcheck.store")


def journal_path_for(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def _flush_to_disk(fd: int) -> None:
    """Data (and the size) on disk; fdatasync skips the mtime write where the system has it."""
    (os.fdatasync if hasattr(os, "fdatasync") else os.fsync)(fd)


def _identity(path: Path) -> FileIdentity | None:
    try:
        stat = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise StoreError(f"{path}: cannot read store: {error.strerror}") from None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class JournalStatus:
    """What `factcheck store check` reports about the files."""

    store_id: str | None
    generation: int
    snapshot_bytes: int
    journal_entries: int
    journal_bytes: int
    torn_line: str | None  # what was dropped, if the last save was cut off
    superseded_journal: bool


class JournalStorage(Storage):
    """Snapshot + append-only journal, held in memory; usable as `TinyDB(path, storage=...)`.

    `keys` names, per table, a field that is unique in it (`{"claims": "id"}`): lookups by that
    field are served from an index instead of a scan. Documents in memory are never changed in
    place, only replaced, so a caller may read one without holding any lock. No file is held
    open between calls, so there is nothing to close.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        keys: Mapping[str, str] | None = None,
        lock_timeout: float = 30.0,
    ) -> None:
        self.path = Path(path)
        self.journal_path = journal_path_for(self.path)
        self.keys = dict(keys or {})
        self._lock = FileLock(
            f"{self.path}.lock", timeout=lock_timeout, poll_interval=LOCK_POLL_SECONDS
        )
        self._mutex = threading.RLock()
        self._lock_file_checked = False
        self._warned_torn: set[tuple[int, int]] = set()
        self._forget()
        with self._mutex:
            self._lock_and_catch_up()

    # -- TinyDB's Storage interface -------------------------------------------------------

    def read(self) -> Tables | None:
        """A private copy of every table (TinyDB edits what it reads); O(store), not a hot path."""
        with self.reading():
            return copy.deepcopy(self._tables) if self._header else None

    def write(self, data: Tables) -> None:
        """Journal only the documents that differ from what is stored."""
        with self.transaction() as save:
            for table in self._tables.keys() | data.keys():
                if table == META:
                    continue
                old, new = self._tables.get(table, {}), data.get(table, {})
                for doc_id in old.keys() | new.keys():
                    if old.get(doc_id) != new.get(doc_id):
                        save.put(table, doc_id, copy.deepcopy(new.get(doc_id)))

    # -- reading ----------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[JournalStorage]:
        """Hold the in-memory view steady, after catching up with other processes' saves."""
        with self._mutex:
            self.refresh()
            yield self

    def refresh(self) -> None:
        """Catch up with other processes: two `stat` calls when nothing changed."""
        with self._mutex:
            if self._torn_bytes or self._files_identity() != self._seen:
                self._lock_and_catch_up()

    def document(self, table: str, doc_id: str) -> Document | None:
        return self._tables.get(table, {}).get(doc_id)

    def doc_id_for(self, table: str, key: Any) -> str | None:
        return self._index.get(table, {}).get(key)

    def find(self, table: str, key: Any) -> Document | None:
        doc_id = self.doc_id_for(table, key)
        return None if doc_id is None else self.document(table, doc_id)

    def documents(self, table: str) -> list[Document]:
        """The table's documents in the order they were first stored."""
        return list(self._tables.get(table, {}).values())

    def table_items(self, table: str) -> list[tuple[str, Document]]:
        """(document id, document) pairs of a table, in the order they were first stored."""
        return list(self._tables.get(table, {}).items())

    def next_doc_id(self, table: str) -> int:
        return self._next_ids.get(table, 1)

    def status(self) -> JournalStatus:
        with self.reading():
            header = self._header or Header(None, 0)
            return JournalStatus(
                store_id=header.store_id,
                generation=header.generation,
                snapshot_bytes=self._snapshot_bytes,
                journal_entries=self._journal_entries,
                journal_bytes=self._journal_end,
                torn_line=self.torn_line_note() if self._torn_bytes else None,
                superseded_journal=self._superseded,
            )

    # -- writing ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One save: everything put on the yielded transaction lands in one journal line."""
        with self._mutex, self._locked():
            self._catch_up()
            save = Transaction(self)
            yield save
            if save.changes:
                self._commit(save.changes)

    def compact(self) -> None:
        """Fold the journal into a new snapshot now (`factcheck store compact`)."""
        with self._mutex, self._locked():
            self._catch_up()
            if self._header is None:
                raise StoreError(f"{self.path}: no store here to compact")
            self._compact()

    # -- files ------------------------------------------------------------------------------

    def _check_lock_file(self) -> None:
        """Fail at once, saying why, where the lock file cannot be made at all.

        filelock retries any failure to open its file until the timeout, so an unwritable
        folder would otherwise read as "locked by another process" after 30 s.
        """
        if self._lock_file_checked:
            return
        try:
            os.close(os.open(self._lock.lock_file, os.O_RDWR | os.O_CREAT, 0o644))
        except OSError as error:
            raise StoreError(
                f"{self.path}: cannot create the lock file {self._lock.lock_file}: {error.strerror}"
            ) from None
        self._lock_file_checked = True

    def _ensure_folder(self) -> None:
        folder = self.path.parent
        try:
            ensure_folder(folder)
        except OSError as error:
            problem = (
                "a file is in the way" if isinstance(error, FileExistsError) else error.strerror
            )
            raise StoreError(f"{self.path}: cannot create the folder {folder}: {problem}") from None

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self._ensure_folder()
        try:
            self._check_lock_file()
            self._lock.acquire()
        except Timeout:
            raise StoreError(
                f"{self.path}: store is locked by another process for over "
                f"{self._lock.timeout:.0f} s; try again"
            ) from None
        except OSError as error:
            raise StoreError(f"{self.path}: cannot lock store: {error.strerror}") from None
        try:
            yield
        finally:
            self._lock.release()

    def _files_identity(self) -> tuple[FileIdentity | None, FileIdentity | None]:
        return (_identity(self.path), _identity(self.journal_path))

    def _forget(self) -> None:
        """Drop everything read, so the next call reloads from disk (after any failure)."""
        self._tables: Tables = {}
        self._index: dict[str, dict[Any, str]] = {}
        self._next_ids: dict[str, int] = {}
        self._header: Header | None = None
        self._snapshot_identity: FileIdentity | None = None
        self._snapshot_bytes = 0
        self._seen: tuple[FileIdentity | None, FileIdentity | None] | None = None
        self._forget_journal()

    def _forget_journal(self) -> None:
        self._journal_inode: int | None = None
        self._journal_end = 0
        self._journal_entries = 0
        self._torn_bytes = 0
        self._superseded = False

    def _lock_and_catch_up(self) -> None:
        if self._files_identity() == (None, None):
            self._catch_up()  # no store yet: nothing to lock, and no folder to create for it
            return
        with self._locked():
            self._catch_up()

    def _catch_up(self) -> None:
        """Bring memory level with the files (lock held); refuse damage without touching it."""
        try:
            self._read_files()
        except BaseException:
            self._forget()
            raise

    def _read_files(self) -> None:
        snapshot = _identity(self.path)
        journal = _identity(self.journal_path)
        if snapshot is None:
            if journal is not None:
                raise StoreError(
                    f"{self.journal_path}: journal without its snapshot {self.path.name}; "
                    "left unchanged for inspection"
                )
            self._forget()
            self._seen = (None, None)
            return
        had_journal = self._journal_inode is not None
        journal_replaced = had_journal and (journal is None or journal[0] != self._journal_inode)
        shrunk = journal is not None and journal[1] < self._journal_end
        if snapshot != self._snapshot_identity or shrunk or journal_replaced:
            tables, header = read_snapshot(self.path)
            self._load(tables, header, snapshot)
        if journal is None:
            self._forget_journal()
        elif journal[0] != self._journal_inode:
            self._forget_journal()
            self._read_journal(journal[0], start=0)
        elif journal[1] > self._journal_end:
            self._read_journal(journal[0], start=self._journal_end)
        self._seen = (snapshot, _identity(self.journal_path))

    def _load(self, tables: Tables, header: Header, identity: FileIdentity) -> None:
        self._forget()
        self._header, self._snapshot_identity, self._snapshot_bytes = header, identity, identity[1]
        self._apply(tables, self.path)

    def _read_journal(self, inode: int, start: int) -> None:
        try:
            with open(self.journal_path, "rb") as journal:
                journal.seek(start)
                data = journal.read()
        except OSError as error:
            raise StoreError(
                f"{self.journal_path}: cannot read journal: {error.strerror}"
            ) from None
        self._journal_inode = inode
        lines = data.split(b"\n")
        unfinished = lines.pop()  # bytes after the last newline: b"" unless a save was cut off
        offset = start
        for number, line in enumerate(lines):
            try:
                entry = json.loads(line)
            except ValueError as error:
                if offset == 0:
                    break  # refused below: no header
                if number == len(lines) - 1 and not unfinished:
                    unfinished = line + b"\n"
                    break
                raise self._bad_line(self._journal_entries + 1, str(error)) from None
            if offset == 0:
                self._check_journal_header(entry)
            else:
                number = self._journal_entries + 1
                self._apply(
                    self._checked_entry(entry, number), f"{self.journal_path} line {number + 1}"
                )
                self._journal_entries += 1
            offset += len(line) + 1
            if self._superseded:  # already folded into the snapshot: nothing to read
                offset, unfinished = start + len(data), b""
                break
        if offset == 0:
            raise StoreError(
                f"{self.journal_path}: journal has no header line; left unchanged for inspection"
            )
        self._journal_end, self._torn_bytes = offset, len(unfinished)
        if self._torn_bytes and (inode, offset) not in self._warned_torn:
            self._warned_torn.add((inode, offset))
            log.warning("%s", self.torn_line_note())

    def torn_line_note(self) -> str:
        return (
            f"{self.journal_path}: dropped a torn last line (line {self._journal_entries + 2}, "
            f"{self._torn_bytes} bytes of a save cut off by a crash; that save never completed)"
        )

    def _bad_line(self, entry_number: int, problem: str) -> StoreError:
        return StoreError(
            f"{self.journal_path}: corrupt journal, save {entry_number} (line "
            f"{entry_number + 1}) is damaged ({problem}); the store and its journal are left "
            "unchanged for inspection"
        )

    def _check_journal_header(self, header: Any) -> None:
        if not isinstance(header, dict) or header.get("format") != JOURNAL_FORMAT:
            raise StoreError(
                f"{self.journal_path}: journal has no header line; left unchanged for inspection"
            )
        assert self._header is not None
        if header.get("store") != self._header.store_id:
            raise StoreError(
                f"{self.journal_path}: journal belongs to another store "
                f"({header.get('store')!r}, not {self._header.store_id!r}); left unchanged"
            )
        generation = header.get("snapshot")
        if not isinstance(generation, int) or generation > self._header.generation:
            raise StoreError(
                f"{self.journal_path}: journal is for snapshot {generation!r} but "
                f"{self.path.name} is snapshot {self._header.generation} (an older copy?); "
                "left unchanged for inspection"
            )
        self._superseded = generation < self._header.generation

    def _checked_entry(self, entry: Any, entry_number: int) -> Changes:
        if not isinstance(entry, dict) or not all(
            isinstance(docs, dict) and all(d is None or isinstance(d, dict) for d in docs.values())
            for docs in entry.values()
        ):
            raise self._bad_line(entry_number, "not a table of documents")
        return entry

    def _apply(self, changes: Changes, source: object) -> None:
        """Set (or remove, for None) whole documents and keep the indexes in step.

        `source` names where the changes come from, for the message if one is unusable.
        """
        for table, docs in changes.items():
            stored = self._tables.setdefault(table, {})
            key_field = self.keys.get(table)
            index = self._index.setdefault(table, {}) if key_field else None
            next_id = self._next_ids.get(table, 1)
            for doc_id, doc in docs.items():
                old = stored.pop(doc_id, None) if doc is None else stored.get(doc_id)
                if (
                    index is not None
                    and old is not None
                    and index.get(old.get(key_field)) == doc_id
                ):
                    del index[old.get(key_field)]
                if doc is None:
                    continue
                if index is not None:
                    try:
                        index[doc.get(key_field)] = doc_id
                    except TypeError:  # a list or object where an id belongs
                        raise StoreError(
                            f"{source}: {table} document {doc_id!r} has an unusable "
                            f"{key_field} {doc.get(key_field)!r}; left unchanged for inspection"
                        ) from None
                stored[doc_id] = doc
                if doc_id.isdigit():
                    next_id = max(next_id, int(doc_id) + 1)
            self._next_ids[table] = next_id

    def _commit(self, changes: Changes) -> None:
        line = dump_json(changes) + b"\n"
        try:
            self._prepare_journal()
            with open(self.journal_path, "ab", buffering=0) as journal:
                try:
                    written = 0
                    while written < len(line):
                        written += journal.write(memoryview(line)[written:])
                    _flush_to_disk(journal.fileno())
                except OSError:
                    # If this fails too, the torn line is dropped at the next open.
                    with contextlib.suppress(OSError):
                        journal.truncate(self._journal_end)
                    raise
        except OSError as error:
            self._forget()
            raise StoreError(f"{self.path}: cannot save store: {error.strerror}") from None
        self._apply(changes, self.path)
        self._journal_end += len(line)
        self._journal_entries += 1
        self._seen = self._files_identity()
        if self._journal_end > max(self._snapshot_bytes // 2, COMPACT_MIN_BYTES):
            try:
                self._compact()
            except StoreError as error:  # the save itself is durable; compaction can wait
                log.warning("%s", error)

    def _prepare_journal(self) -> None:
        """Make sure a snapshot and a journal of its generation exist, with no torn tail."""
        if self._header is None:
            header = Header(uuid.uuid4().hex, 0)
            tables = {META: {HEADER_DOC_ID: header.as_document()}}
            atomic_write(self.path, dump_json(tables))
            self._load(tables, header, _identity(self.path) or (0, 0, 0))
        if self._header.store_id is None:  # a store from before the journal: give it an id
            self._write_snapshot()
        if self._journal_inode is None or self._superseded:
            self._start_journal()
        if self._torn_bytes:
            with open(self.journal_path, "r+b") as journal:
                journal.truncate(self._journal_end)
                _flush_to_disk(journal.fileno())
            self._torn_bytes = 0

    def _compact(self) -> None:
        self._remove_orphaned_temporary_files()
        try:
            self._write_snapshot()
            self._start_journal()
        except OSError as error:
            self._forget()
            raise StoreError(f"{self.path}: cannot compact store: {error.strerror}") from None
        self._seen = self._files_identity()

    def _remove_orphaned_temporary_files(self) -> None:
        """Leftovers of a write killed before its rename: only lock holders write them."""
        for orphan in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                orphan.unlink()

    def _write_snapshot(self) -> None:
        """The durable first half of a compaction: the journal is stale from here on."""
        assert self._header is not None
        header = Header(self._header.store_id or uuid.uuid4().hex, self._header.generation + 1)
        meta = {**self._tables.get(META, {}), HEADER_DOC_ID: header.as_document()}
        atomic_write(self.path, dump_json({**self._tables, META: meta}))
        self._tables[META] = meta
        self._header = header
        self._snapshot_identity = _identity(self.path)
        self._snapshot_bytes = self._snapshot_identity[1] if self._snapshot_identity else 0
        self._superseded = True

    def _start_journal(self) -> None:
        assert self._header is not None
        header = {
            "format": JOURNAL_FORMAT,
            "store": self._header.store_id,
            "snapshot": self._header.generation,
        }
        atomic_write(self.journal_path, dump_json(header) + b"\n")
        self._forget_journal()
        identity = _identity(self.journal_path)
        assert identity is not None
        self._journal_inode, self._journal_end = identity[0], identity[1]
