"""`StoreLock`: the cross-process lock beside a store (`factcheck.json.lock`), hard to steal.

An advisory `flock` on a lock file has one classic hole: delete the file while a process holds
it, and the next process creates a new file and locks that, so two writers run at once. Here a
lock is only taken as held once the file locked is still the file at the lock's path (same
device and inode); otherwise it is dropped and taken again. A deletion while the lock is held
can still let a second process in; `JournalStorage` closes that gap at the journal itself
(`journal_guard`), so the worst a stolen lock can do is make a save fail with a message.

Readers take the lock shared and writers exclusive. On read-only media, where the lock file
cannot be created or opened for writing, an existing lock file is locked shared through a
read-only descriptor; with no lock file at all the store is read without a lock (`read_only`
says so) and every write is refused. Reentrant within a process (a depth count).

Hand-written over `fcntl.flock` rather than filelock: the check that the locked file is still
the one at the path, and the read-only fallback, are the point, and filelock offers neither.
POSIX only, like the journal's own `flock`.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import StoreError

POLL_SECONDS = 0.001
_READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)


class LockTimeout(StoreError):
    """Another process held the lock for longer than the timeout."""


class StoreLock:
    def __init__(self, path: Path, store: Path, timeout: float) -> None:
        self.path = path
        self.store = store
        self.timeout = timeout
        self.read_only = False  # the lock file cannot be written here: reading only
        self.unlocked = False  # ... nor does one exist: reading without any lock
        self._fd: int | None = None
        self._depth = 0
        self._exclusive = False

    @contextmanager
    def held(self, *, exclusive: bool) -> Iterator[None]:
        """Hold the lock (shared for reading, exclusive for writing) for the block."""
        if self._depth and exclusive and not self._exclusive:
            self._take(exclusive=True)  # a read that turns into a write
        elif not self._depth:
            self._take(exclusive=exclusive)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth:
                self._release()

    def still_ours(self) -> bool:
        """True while the file at the lock's path is the one this process locked."""
        if self.read_only:
            return True
        if self._fd is None:
            return False
        return _same_file(self._fd, self.path)

    def record_journal_end(self, inode: int, end: int) -> None:
        """Note in the lock file where the journal ended after the last save (lock held
        exclusively). Not fsynced: after a crash the note can only be older, never ahead."""
        if self._fd is not None and not self.read_only:
            os.pwrite(self._fd, f"journal {inode:020d} {end:020d}\n".encode(), 0)

    def recorded_journal_end(self) -> tuple[int, int] | None:
        """(inode, end) as the last save noted it, or None (no lock file, or no note yet)."""
        if self._fd is None:
            return None
        words = os.pread(self._fd, 64, 0).split()
        if len(words) != 3 or words[0] != b"journal" or not all(w.isdigit() for w in words[1:]):
            return None
        return int(words[1]), int(words[2])

    def refuse_writes_when_read_only(self) -> None:
        if self.read_only:
            raise StoreError(
                f"{self.store}: the store is on read-only media (its lock file cannot be "
                "written); it can be read but nothing can be saved"
            )

    def _take(self, *, exclusive: bool) -> None:
        deadline = time.monotonic() + self.timeout
        operation = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        while True:
            fd = self._fd if self._fd is not None else self._open()
            if fd is None:  # read-only media without a lock file
                return
            try:
                fcntl.flock(fd, operation)
            except BlockingIOError:
                if self._fd is None:
                    os.close(fd)
            except OSError as error:
                if self._fd is None:
                    os.close(fd)
                raise StoreError(f"{self.store}: cannot lock store: {error.strerror}") from None
            else:
                if _same_file(fd, self.path):
                    self._fd, self._exclusive = fd, exclusive
                    return
                # Locked a file that was deleted or replaced meanwhile: lock the new one.
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
                self._fd = None
            if time.monotonic() > deadline:
                raise LockTimeout(
                    f"{self.store}: store is locked by another process for over "
                    f"{self.timeout:.0f} s; try again"
                )
            time.sleep(POLL_SECONDS)

    def _open(self) -> int | None:
        flags = os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | flags, 0o644)
        except OSError as error:
            if error.errno not in _READ_ONLY_ERRORS:
                raise StoreError(
                    f"{self.store}: cannot create the lock file {self.path}: {error.strerror}"
                ) from None
        try:
            fd = os.open(self.path, os.O_RDONLY | flags)
        except FileNotFoundError:
            self.read_only = self.unlocked = True
            return None
        except OSError as error:
            raise StoreError(
                f"{self.store}: cannot open the lock file {self.path}: {error.strerror}"
            ) from None
        self.read_only = True  # locked shared for reading, but the folder takes no writes
        return fd

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
        self._exclusive = False


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)
