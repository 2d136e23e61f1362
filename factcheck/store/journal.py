"""`JournalStorage`: a TinyDB storage whose save cost grows with the change, not with the store.

On disk a store is two plain-JSON files:

- the **snapshot** `factcheck.json`, a normal TinyDB JSON file (see `snapshot.py`), and
- the **journal** `factcheck.json.journal`, JSON lines: a header line
  `{"format": "factcheck-journal", "store": "<id>", "snapshot": n, "id": "<id>",
  "checksums": "crc32"}` binding it to the snapshot with that store id and generation (whose
  header names this journal's id), then one line per save. A save line has the snapshot's own
  shape, holding only what changed: `{"claims": {"17": {...}}, "events": {"912": {...}}}`
  (`null` for a removed document), then a tab and its CRC-32 (`journal_lines`). Applying a line
  sets whole documents, so replaying a line twice changes nothing.

Guarantees:
- **Durable saves.** A save is one `write` of one line to the journal, then `fdatasync`; the
  call returns only after both. A crash mid-write leaves a torn last line (no newline, or NUL
  bytes the file system never wrote), which is dropped with a warning on the `factcheck.store`
  logger and cut off before the next save: that save never returned.
- **Reads from memory.** Both files are parsed once; after that each call compares the files'
  identity (inode, size, mtime) with what was read, and only when another process changed them
  takes the lock and reads the new journal tail (or, after a compaction, the new snapshot).
- **Two processes lose nothing.** Every save holds an exclusive lock (`factcheck.json.lock`,
  `lock.StoreLock`), catches up with the files first, and appends; loading holds it shared, so
  a reader never pairs one compaction's snapshot with another's journal. Should the lock be
  defeated (its file deleted while held), the journal itself still stands guard: every append
  and every replacement of the journal happens under an `flock` on the journal file, after
  checking it is still the file, and the size, this process caught up with. If anything else
  wrote meanwhile, the save is refused with a message and nothing is written.
- **Crash-safe compaction.** When the journal reaches half the snapshot's size (so opening never
  parses more than 1.5x the data), the whole store is written to a temporary file, fsynced,
  `os.replace`d over the snapshot and the folder fsynced; only then is the journal replaced by a
  fresh one for the new generation. A crash between the two leaves a journal one generation
  behind the snapshot: it is already folded in, so it is ignored, and replaced at the next save.
  Temporary files of a write killed before its rename are removed at the next compaction.
- **Damage is refused, then repaired on request.** A complete line that fails its checksum, a
  journal without its header, a journal of another store or a newer generation, a missing
  journal the snapshot names, a journal shorter than this process has seen or than the lock
  file notes its last save ended (`StoreLock.record_journal_end`), or a journal
  without its snapshot raise `StoreError` naming the file, the line and what to do; nothing is
  written until a person runs `factcheck store repair` (`repair`), which keeps every save up
  to the damage and moves the rest to a side file it names.
- **Read-only media.** Reading needs no write access (the lock is taken shared, or not at all
  where no lock file can exist); every write is then refused in one line.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from factcheck.errors import StoreError
from factcheck.files import atomic_write, create_file, ensure_folder
from factcheck.store.journal_lines import (
    CHECKSUM,
    LineDamage,
    cut_off_by_a_crash,
    decode_line,
    encode_line,
)
from factcheck.store.lock import StoreLock
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

FileIdentity = tuple[int, int, int]


log = logging.getLogger("factcheck.store")


def journal_path_for(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def store_files(path: Path) -> list[Path]:
    """The files a store at `path` consists of: snapshot, journal and lock."""
    return [path, journal_path_for(path), lock_path_for(path)]


class JournalDamage(StoreError):
    """A complete journal line that cannot be trusted; `offset` is where that line starts."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class JournalMismatch(StoreError):
    """A journal that is missing, or is not the one the snapshot was written with."""


class JournalShortened(StoreError):
    """A journal shorter than where its last acknowledged save ended."""


REPAIR_HINT = "run `factcheck store repair`"


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
        open_now: bool = True,
    ) -> None:
        """Open the store at `path`, refusing damage; `open_now=False` only for `repair`."""
        self.path = Path(path)
        self.journal_path = journal_path_for(self.path)
        self.keys = dict(keys or {})
        self._lock = StoreLock(lock_path_for(self.path), self.path, lock_timeout)
        self._mutex = threading.RLock()
        self._said_read_only = False
        self._warned_torn: set[tuple[int, int]] = set()
        self._forget()
        if open_now:
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
        with self._mutex, self._locked(exclusive=True):
            self._catch_up()
            save = Transaction(self)
            yield save
            if save.changes:
                self._commit(save.changes)

    def compact(self) -> None:
        """Fold the journal into a new snapshot now (`factcheck store compact`)."""
        with self._mutex, self._locked(exclusive=True):
            self._catch_up()
            if self._header is None:
                raise StoreError(f"{self.path}: no store here to compact")
            self._compact()

    def repair(self) -> str:
        """Make a damaged store usable again, keeping every save up to the damage.

        A damaged journal line and everything after it move to a side file beside the journal
        (named in the result); a missing or foreign journal is set aside likewise and the store
        goes on from its snapshot. Returns what was done, in one line.
        """
        with self._mutex, self._locked(exclusive=True):
            self._forget()
            try:
                self._read_files()
            except JournalShortened:
                self._lock.record_journal_end(self._journal_inode or 0, self._journal_end)
                return (
                    f"went on with the {self._journal_entries} save(s) left in the journal "
                    "(it had been cut short; the saves cut away are lost)"
                )
            except JournalDamage as damage:
                side = self._move_aside(damage.offset)
                kept = _identity(self.journal_path)
                assert kept is not None
                self._lock.record_journal_end(*kept[:2])
                self._forget()
                self._catch_up()
                return (
                    f"kept {self._journal_entries} save(s) before the damage; moved the damaged "
                    f"line and everything after it to {side}"
                )
            except JournalMismatch:
                if self._header is None:
                    raise
                side = self._move_aside(0) if self.journal_path.exists() else None
                generation = self._header.generation
                self._forget_journal()
                self._compact(guarded=False)
                if side is None:
                    return (
                        f"the journal was missing: went on from snapshot {generation} with a "
                        "new journal (saves made after that snapshot are lost)"
                    )
                return (
                    f"the journal did not belong to this snapshot: moved it to {side} and went "
                    f"on from snapshot {generation} with a new journal"
                )
            except BaseException:
                self._forget()
                raise
            return "nothing to repair: the snapshot and its journal read cleanly"

    # -- files ------------------------------------------------------------------------------

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
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        if exclusive:
            self._ensure_folder()
        with self._lock.held(exclusive=exclusive):
            if exclusive:
                self._lock.refuse_writes_when_read_only()
            elif self._lock.unlocked and not self._said_read_only:
                self._said_read_only = True
                log.warning(
                    "%s: read-only media and no lock file: reading without a lock (another "
                    "process cannot be writing here); saving is refused",
                    self.path,
                )
            yield

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
        self._checksummed = True

    def _lock_and_catch_up(self) -> None:
        if self._files_identity() == (None, None):
            self._catch_up()  # no store yet: nothing to lock, and no folder to create for it
            return
        with self._locked(exclusive=False):
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
            if journal is not None and self._journal_holds_saves():
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
        if snapshot != self._snapshot_identity or journal_replaced:
            tables, header = read_snapshot(self.path)
            self._load(tables, header, snapshot)
        elif shrunk:
            assert journal is not None
            raise JournalShortened(
                f"{self.journal_path}: journal shrank from {self._journal_end:,} to "
                f"{journal[1]:,} bytes while in use: saves were removed by something other "
                f"than factcheck; restore it from a backup, or {REPAIR_HINT}"
            )
        if journal is None:
            self._forget_journal()
            if self._header is not None and self._header.journal_id is not None:
                raise JournalMismatch(
                    f"{self.journal_path}: journal is missing; it holds every save since "
                    f"snapshot {self._header.generation} was written. Put it back (from a "
                    f"backup), or {REPAIR_HINT} to go on from the snapshot alone, losing them"
                )
        elif journal[0] != self._journal_inode:
            self._forget_journal()
            self._read_journal(journal[0], start=0)
        elif journal[1] > self._journal_end:
            self._read_journal(journal[0], start=self._journal_end)
        self._refuse_a_journal_cut_short()
        self._seen = (snapshot, _identity(self.journal_path))

    def _refuse_a_journal_cut_short(self) -> None:
        """The lock file notes where the journal ended after the last save: a journal of that
        inode ending sooner lost saves to something other than factcheck (saves are only ever
        appended; a crash can cut only a save not yet acknowledged, past the note)."""
        recorded = self._lock.recorded_journal_end()
        if recorded is None or self._journal_inode != recorded[0]:
            return
        if self._journal_end + self._torn_bytes < recorded[1]:
            raise JournalShortened(
                f"{self.journal_path}: journal ends at byte {self._journal_end:,} but the last "
                f"save ended at byte {recorded[1]:,}: saves were cut away by something other "
                f"than factcheck. Put the journal back (from a backup), or {REPAIR_HINT} to go "
                "on with the saves that are left"
            )

    def _journal_holds_saves(self) -> bool:
        """More than a header line: a journal left by a crash while creating a store has none."""
        try:
            with open(self.journal_path, "rb") as journal:
                data = journal.read(1 << 16)
        except OSError:
            return True
        return data.count(b"\n") != 1 or not data.endswith(b"\n")

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
            if offset == 0:
                try:
                    self._check_journal_header(json.loads(line))
                except ValueError:
                    break  # refused below: no header
            else:
                try:
                    entry = decode_line(line, checksummed=self._checksummed)
                except LineDamage as damage:
                    last = number == len(lines) - 1 and not unfinished
                    if last and (not self._checksummed or cut_off_by_a_crash(line)):
                        unfinished = line + b"\n"
                        break
                    raise self._bad_line(self._journal_entries + 1, str(damage), offset) from None
                entry_number = self._journal_entries + 1
                self._apply(
                    self._checked_entry(entry, entry_number, offset),
                    f"{self.journal_path} line {entry_number + 1}",
                )
                self._journal_entries += 1
            offset += len(line) + 1
            if self._superseded:  # already folded into the snapshot: nothing to read
                offset, unfinished = start + len(data), b""
                break
        if offset == 0:
            raise JournalMismatch(
                f"{self.journal_path}: journal has no header line; left unchanged for "
                f"inspection ({REPAIR_HINT} to set it aside and go on from the snapshot)"
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

    def _bad_line(self, entry_number: int, problem: str, offset: int) -> JournalDamage:
        return JournalDamage(
            f"{self.journal_path}: corrupt journal, save {entry_number} (line "
            f"{entry_number + 1}) is damaged ({problem}); left unchanged: {REPAIR_HINT} to "
            f"keep the {entry_number - 1} save(s) before it and move the rest to a side file",
            offset,
        )

    def _check_journal_header(self, header: Any) -> None:
        if not isinstance(header, dict) or header.get("format") != JOURNAL_FORMAT:
            raise ValueError("not a journal header")
        assert self._header is not None
        if header.get("store") != self._header.store_id:
            raise JournalMismatch(
                f"{self.journal_path}: journal belongs to another store "
                f"({header.get('store')!r}, not {self._header.store_id!r}); left unchanged"
            )
        generation = header.get("snapshot")
        if not isinstance(generation, int) or generation > self._header.generation:
            raise JournalMismatch(
                f"{self.journal_path}: journal is for snapshot {generation!r} but "
                f"{self.path.name} is snapshot {self._header.generation} (an older copy?); "
                "left unchanged for inspection"
            )
        self._superseded = generation < self._header.generation
        expected = self._header.journal_id
        if not self._superseded and expected is not None and header.get("id") != expected:
            raise JournalMismatch(
                f"{self.journal_path}: not the journal snapshot {generation} was written with "
                f"(journal {header.get('id')!r}, expected {expected!r}); left unchanged"
            )
        checksums = header.get("checksums")
        if checksums not in (None, CHECKSUM):
            raise JournalMismatch(
                f"{self.journal_path}: unknown line checksum {checksums!r}; left unchanged"
            )
        self._checksummed = checksums == CHECKSUM

    def _checked_entry(self, entry: Any, entry_number: int, offset: int) -> Changes:
        if not isinstance(entry, dict) or not all(
            isinstance(docs, dict) and all(d is None or isinstance(d, dict) for d in docs.values())
            for docs in entry.values()
        ):
            raise self._bad_line(entry_number, "not a table of documents", offset)
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
        try:
            self._prepare_journal()
            line = encode_line(changes, checksummed=self._checksummed)
            with self._journal_guard() as journal:
                try:
                    if self._torn_bytes:
                        os.ftruncate(journal, self._journal_end)
                        self._torn_bytes = 0
                    written = 0
                    while written < len(line):
                        written += os.write(journal, memoryview(line)[written:])
                    _flush_to_disk(journal)
                except OSError:
                    # If this fails too, the torn line is dropped at the next open.
                    with contextlib.suppress(OSError):
                        os.ftruncate(journal, self._journal_end)
                    raise
        except OSError as error:
            self._forget()
            raise StoreError(f"{self.path}: cannot save store: {error.strerror}") from None
        self._apply(changes, self.path)
        self._journal_end += len(line)
        self._lock.record_journal_end(self._journal_inode or 0, self._journal_end)
        self._journal_entries += 1
        self._seen = self._files_identity()
        if self._journal_end > max(self._snapshot_bytes // 2, COMPACT_MIN_BYTES):
            try:
                self._compact()
            except StoreError as error:  # the save itself is durable; compaction can wait
                log.warning("%s", error)

    @contextmanager
    def _journal_guard(self) -> Iterator[int]:
        """The journal open for appending under its own `flock`, checked to be the very file
        (and size) this process caught up with; else the save is refused, nothing written."""
        try:
            journal = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)
        except FileNotFoundError:
            raise self._changed_underneath("the journal is gone") from None
        try:
            fcntl.flock(journal, fcntl.LOCK_EX)
            held, on_disk = os.fstat(journal), _identity(self.journal_path)
            if (
                held.st_ino != self._journal_inode
                or on_disk is None
                or on_disk[0] != held.st_ino
                or held.st_size != self._journal_end + self._torn_bytes
            ):
                raise self._changed_underneath("another process wrote to the journal meanwhile")
            yield journal
        finally:
            os.close(journal)

    def _changed_underneath(self, what: str) -> StoreError:
        self._forget()
        return StoreError(
            f"{self.path}: {what}, though this process held the lock (was "
            f"{self._lock.path.name} removed?); nothing was saved: try again"
        )

    def _prepare_journal(self) -> None:
        """Make sure a snapshot and the journal it names exist, with no superseded journal."""
        if self._header is None:
            self._create_store()
        elif self._header.store_id is None or self._header.journal_id is None:
            self._compact()  # a store from before the journal was named: name it now
        elif self._superseded:
            with self._journal_guard():
                self._start_journal()

    def _create_store(self) -> None:
        """A new store: its journal first, then the snapshot naming it, neither overwriting
        a file (a crash in between leaves a header-only journal, taken as no store)."""
        header = Header(uuid.uuid4().hex, 0, uuid.uuid4().hex)
        self._header = header
        tables = {META: {HEADER_DOC_ID: header.as_document()}}
        try:
            if self.journal_path.exists() and not self._journal_holds_saves():
                atomic_write(self.journal_path, self._journal_header())
            else:
                create_file(self.journal_path, self._journal_header())
            create_file(self.path, dump_json(tables))
        except FileExistsError:
            raise self._changed_underneath("another process created the store") from None
        self._load(tables, header, _identity(self.path) or (0, 0, 0))
        self._adopt_new_journal()

    def _compact(self, *, guarded: bool = True) -> None:
        self._remove_orphaned_temporary_files()
        guard = self._journal_guard() if guarded and self._journal_inode is not None else None
        try:
            with guard or contextlib.nullcontext():
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
        header = Header(
            self._header.store_id or uuid.uuid4().hex,
            self._header.generation + 1,
            uuid.uuid4().hex,
        )
        meta = {**self._tables.get(META, {}), HEADER_DOC_ID: header.as_document()}
        atomic_write(self.path, dump_json({**self._tables, META: meta}))
        self._tables[META] = meta
        self._header = header
        self._snapshot_identity = _identity(self.path)
        self._snapshot_bytes = self._snapshot_identity[1] if self._snapshot_identity else 0
        self._superseded = True

    def _journal_header(self) -> bytes:
        assert self._header is not None
        header = {
            "format": JOURNAL_FORMAT,
            "store": self._header.store_id,
            "snapshot": self._header.generation,
            "id": self._header.journal_id,
            "checksums": CHECKSUM,
        }
        return dump_json(header) + b"\n"

    def _start_journal(self) -> None:
        atomic_write(self.journal_path, self._journal_header())
        self._adopt_new_journal()

    def _adopt_new_journal(self) -> None:
        self._forget_journal()
        identity = _identity(self.journal_path)
        assert identity is not None
        self._journal_inode, self._journal_end = identity[0], identity[1]
        self._lock.record_journal_end(*identity[:2])

    def _move_aside(self, offset: int) -> Path:
        """Move the journal's bytes from `offset` on to a new side file; its path."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        side = self.journal_path.with_name(f"{self.journal_path.name}.damaged-{stamp}")
        number = 1
        while side.exists():
            number += 1
            side = side.with_name(f"{self.journal_path.name}.damaged-{stamp}-{number}")
        try:
            data = self.journal_path.read_bytes()
            create_file(side, data[offset:])
            if offset == 0:
                self.journal_path.unlink()
            else:
                with open(self.journal_path, "r+b") as journal:
                    journal.truncate(offset)
                    _flush_to_disk(journal.fileno())
        except OSError as error:
            raise StoreError(f"{self.journal_path}: cannot repair: {error.strerror}") from None
        return side
