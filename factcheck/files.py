"""Writing a file so that readers see the old or the new bytes, never a mix.

Shared by the store's snapshots and by exported reports; knows nothing of either.
"""

from __future__ import annotations

import os
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


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload`: temporary file in the same folder, fsync, rename, fsync.

    The new file gets the permissions an ordinary new file would (0666 less the umask), not
    the owner-only mode `mkstemp` creates temporary files with, so a report written for the
    desk can be read by the desk.
    """
    folder = path.parent
    ensure_folder(folder)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fchmod(temp.fileno(), 0o666 & ~_current_umask())
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    sync_directory(folder)
