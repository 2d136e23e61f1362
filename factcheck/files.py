"""Writing a file so that readers see the old or the new bytes, never a mix.

Shared by the store's snapshots and by exported reports; knows nothing of either.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def sync_directory(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut."""
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def ensure_folder(folder: Path) -> None:
    """Create `folder` if needed, durably: a new folder is an entry in its parent."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        sync_directory(folder.parent)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _durable_temporary(path: Path, payload: bytes, mode: int | None) -> str:
    """A fsynced temporary file beside `path` holding `payload`, with `mode` (default: what
    an ordinary new file gets, 0666 less the umask, not mkstemp's owner-only mode)."""
    folder = path.parent
    ensure_folder(folder)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fchmod(temp.fileno(), 0o666 & ~_current_umask() if mode is None else mode)
            os.fsync(temp.fileno())
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return temp_name


def atomic_write(path: Path, payload: bytes, *, keep_mode: bool = False) -> None:
    """Replace `path` with `payload`: temporary file in the same folder, fsync, rename, fsync.

    With `keep_mode`, a file already at `path` keeps its permission bits (a report a person
    made private stays private).
    """
    mode = None
    if keep_mode:
        with contextlib.suppress(FileNotFoundError):
            mode = stat.S_IMODE(os.stat(path).st_mode)
    temp_name = _durable_temporary(path, payload, mode)
    try:
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    sync_directory(path.parent)


def create_file(path: Path, payload: bytes) -> None:
    """Create `path` holding `payload`, complete or not at all; `FileExistsError` if it exists.

    Unlike `atomic_write` it never replaces a file: two processes creating the same file at
    once cannot both believe they did.
    """
    temp_name = _durable_temporary(path, payload, None)
    try:
        os.link(temp_name, path)
    finally:
        Path(temp_name).unlink(missing_ok=True)
    sync_directory(path.parent)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link"),
)


def why_not_replaceable(path: Path, protected: list[Path]) -> str | None:
    """Why an export must not replace `path`, or None when it may (a regular file or nothing).

    `protected` are files that must never be replaced (a store's own files), compared by
    identity, so another name for the same file (a hard link, `./`) is caught too.
    """
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    except OSError as error:
        return f"cannot look at it: {error.strerror}"
    if found is not None:
        for is_kind, kind in _KINDS:
            if is_kind(found.st_mode):
                return f"it is {kind}, not a regular file"
    for own in protected:
        try:
            other = os.stat(own)
        except OSError:
            other = None
        same_name = os.path.abspath(own) == os.path.abspath(path)
        same_file = (
            found is not None
            and other is not None
            and (found.st_dev, found.st_ino) == (other.st_dev, other.st_ino)
        )
        if same_name or same_file:
            return f"it is the store's own file {own}"
    if found is not None and _looks_like_a_store(path):
        return "it is a factcheck store file"
    return None


# The markers a factcheck snapshot or journal carries in its first line (see factcheck.store).
_STORE_MARKERS = (b'"format":"factcheck-store"', b'"format":"factcheck-journal"')


def _looks_like_a_store(path: Path) -> bool:
    """A store's files, under any name: a store opened elsewhere, or by the desk."""
    try:
        with open(path, "rb") as file:
            start = file.read(512)
    except OSError:
        return False
    return any(marker in start for marker in _STORE_MARKERS)
