"""Read article files into `Article` models.

An article file is UTF-8 text (`.txt` or `.md`). An optional header `date YYYY-MM-DD` at the very
start (on its own line, or followed directly by the body as in wire copy) becomes `published`.
Everything after the header, with leading blank space removed, is `Article.text`; claim spans
index that text. The id is a hash of the normalized body, so ingesting an article twice is a
no-op.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from factcheck.errors import ArticleError
from factcheck.models import Article, article_id_for
from factcheck.splitter.sentences import sentence_spans
from factcheck.terminal_text import visible
from factcheck.textfile import decode_text, read_file_bytes

ARTICLE_SUFFIXES = (".txt", ".md")
_DATE_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?=\s|\Z)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"\A#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_TITLE_LIMIT = 120


def parse_article(raw: str, source: str, label: str | None = None) -> Article:
    """Build an Article from the text of a file.

    `source` is kept on the article (reports show it); `label` names the input in errors
    (defaults to `source`).
    """
    label = label or source
    published: date | None = None
    body = raw
    header = _DATE_HEADER.match(raw)
    if header:
        try:
            published = date.fromisoformat(header.group(1))
        except ValueError as error:
            raise ArticleError(f"{label}: bad date header {header.group(1)!r}: {error}") from None
        body = raw[header.end() :]
    body = body.lstrip().rstrip()
    if not body:
        raise ArticleError(f"{label}: empty article (no text after the header)")
    return Article(
        id=article_id_for(body),
        title=title_of(body),
        source=source,
        published=published,
        text=body,
    )


def title_of(body: str) -> str:
    """A Markdown heading on the first line, else the first sentence, shortened to fit a header."""
    first_line = body.splitlines()[0]
    heading = _MARKDOWN_HEADING.match(first_line)
    if heading:
        title = heading.group(1)
    else:
        spans = sentence_spans(body[:2000])
        title = body[spans[0][0] : spans[0][1]] if spans else first_line
    title = " ".join(title.split())
    if len(title) > _TITLE_LIMIT:
        title = title[: _TITLE_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return title


def read_article(path: Path) -> Article:
    """Read one article file, refusing anything that is not non-empty UTF-8 text."""
    raw = decode_text(
        read_file_bytes(path, ArticleError, "an article"), str(path), ArticleError, "an article"
    )
    # A file name's bytes need not be UTF-8; the article keeps it escaped (`\xff`), storable.
    return parse_article(raw, source=visible(path.name), label=str(path))


def article_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their article files (sorted, not recursive into hidden folders)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = _articles_in_folder(path)
            if not found:
                raise ArticleError(f"{path}: folder holds no .txt or .md articles")
            files.extend(found)
        elif not path.exists():
            raise ArticleError(f"{path}: no such file or folder")
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise ArticleError(f"{path}: not an article file (expected .txt or .md)")
        else:
            files.append(path)
    return files


def _articles_in_folder(folder: Path) -> list[Path]:
    """The article files under `folder`, sorted. A folder that cannot be read is refused
    (not taken for an empty one), and a link is followed only to a file inside `folder`."""

    def unreadable(error: OSError) -> None:
        raise ArticleError(f"{error.filename}: cannot read folder: {error.strerror}")

    root = folder.resolve()
    found = []
    for top, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            path = Path(top) / name
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                raise ArticleError(
                    f"{path}: a link to {path.resolve()}, outside the folder {folder}; "
                    "not followed (ingest that file by its own path if it is meant)"
                )
            if path.is_file():
                found.append(path)
    return sorted(found)


def read_articles(paths: Iterable[Path]) -> list[tuple[Path, Article]]:
    """Read every article under `paths`; raises on the first bad one, before anything is stored."""
    return [(path, read_article(path)) for path in article_files(paths)]
