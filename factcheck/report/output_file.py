"""Writing a rendered report to a file the user named, without harming anything else there."""

from __future__ import annotations

from pathlib import Path

from factcheck.files import atomic_write, why_not_replaceable
from factcheck.report.data import ReportError


def write_report_file(
    path: Path, text: str, protected: list[Path] | None = None, *, make_folder: bool = False
) -> None:
    """Replace `path` with `text` (UTF-8, line ends as rendered) in one rename.

    Only a regular file or a new path is replaced, never a factcheck store's file nor one of
    `protected` (the open store's own files); a file replaced keeps its permissions. A missing
    folder is made with `make_folder`, else refused. A refusal is a `ReportError` saying why,
    and nothing is written.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not make_folder and not folder.is_dir():
        raise ReportError(f"cannot write {path}: folder {folder} does not exist")
    refusal = why_not_replaceable(path, protected or [])
    if refusal:
        raise ReportError(f"cannot write {path}: {refusal}; nothing was written")
    try:
        atomic_write(path, text.encode("utf-8"), keep_mode=True)
    except OSError as error:
        raise ReportError(f"cannot write {path}: {error.strerror or error}") from None
