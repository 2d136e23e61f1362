"""Read article files into `Article` models.

An article file is UTF-8 text (`.txt` or `.md`). It may start with header lines, one per
line, each `KEY: value` with KEY one of `date` (YYYY-MM-DD), `title`, `url` (http or https),
`outlet` and `author`; a blank line or any other line ends the header. The older bare form
`date YYYY-MM-DD` keeps working, also with the body on the same line, as wire copy writes it
(`date 2022-02-02 Turkey does not want ...`). Everything after the header, with leading blank
space removed, is `Article.text`; claim spans index that text. The id is a hash of the
normalized body, so ingesting an article twice is a no-op, and header changes never change it.

A header value that cannot be right (a date that is not a day, a URL that is not a web
address, an empty title, a key given twice) is refused with one line naming the file and line.
`ArticleDetails` carries the same fields from `ingest` flags or `article edit`, checked by the
same rules.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from factcheck.errors import ArticleError
from factcheck.models import Article, article_id_for
from factcheck.splitter.sentences import sentence_spans
from factcheck.terminal_text import visible
from factcheck.textfile import decode_text, read_file_bytes
from factcheck.urls import is_web_url

ARTICLE_SUFFIXES = (".txt", ".md")
HEADER_KEYS = ("date", "title", "url", "outlet", "author")
_KEYED_LINE = re.compile(r"[ \t]*(date|title|url|outlet|author)[ \t]*:[ \t]*(.*)", re.IGNORECASE)
# `date 2022-02-02`, with or without the body after it on the same line.
_BARE_DATE = re.compile(r"[ \t]*date[ \t]+(?=\d{4}-\d{2}-\d{2}(?:\s|\Z))(.*)", re.IGNORECASE)
_DAY = re.compile(r"(\S*)[ \t]*(.*)", re.DOTALL)
_MARKDOWN_HEADING = re.compile(r"\A#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_TITLE_LIMIT = 120


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    """An article's published details as given by a header, flags or an edit; None means
    "not given" (keep what the article has), "" clears a field that may be empty."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    clear_date: bool = False

    @classmethod
    def checked(
        cls, given: dict[str, str | None], where: dict[str, str], *, may_clear: bool = False
    ) -> ArticleDetails:
        """Details from text values keyed by header name (`date`, `title`, ...), each checked;
        `where[key]` names the value in an error (`a.txt:3`, `--url`). An empty date clears
        the article's date only when `may_clear` (an edit); elsewhere it is refused."""
        values: dict[str, object] = {}
        for key, value in given.items():
            if value is None:
                continue
            text = " ".join(value.split())
            if key == "date":
                if text or not may_clear:
                    values["published"] = parse_day(text, where[key])
                else:
                    values["clear_date"] = True
            elif key == "title" and not text:
                raise ArticleError(f"{where[key]}: the title is empty")
            elif key == "url" and text and not is_web_url(text):
                raise ArticleError(
                    f"{where[key]}: url {text!r} is not a web address (http:// or https://)"
                )
            else:
                values[key] = text
        return cls(**values)

    @property
    def given(self) -> bool:
        return any(getattr(self, f.name) not in (None, False) for f in fields(self))

    def applied_to(self, article: Article) -> Article:
        """The article with every given detail in place of its own."""
        changes: dict[str, object] = {
            name: getattr(self, name)
            for name in ("title", "url", "outlet", "author", "published")
            if getattr(self, name) is not None
        }
        if self.clear_date:
            changes["published"] = None
        return article.model_copy(update=changes)


def parse_day(text: str, where: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError("expected YYYY-MM-DD")
        return date.fromisoformat(text)
    except ValueError as error:
        raise ArticleError(f"{where}: bad date {text!r} ({error})") from None


def split_header(raw: str, label: str) -> tuple[ArticleDetails, str]:
    """The header's details and the text after it (not yet stripped)."""
    lines = raw.splitlines(keepends=True)
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    given: dict[str, str | None] = {}
    where: dict[str, str] = {}
    same_line_body = ""
    while index < len(lines):
        line = lines[index]
        keyed = _KEYED_LINE.fullmatch(line.rstrip("\r\n"))
        bare = None if keyed else _BARE_DATE.match(line)
        if keyed is None and bare is None:
            break
        key, value = (keyed.group(1).lower(), keyed.group(2)) if keyed else ("date", bare.group(1))
        place = f"{label}:{index + 1}"
        if key in given:
            raise ArticleError(f"{place}: {key} is given twice in the header")
        index += 1
        if key == "date":
            # Wire copy runs the body on after the date: `date 2022-02-02 Turkey does ...`.
            day, rest = _DAY.match(value.lstrip()).groups()
            value = day or value
            if rest.strip():
                same_line_body = rest
        given[key], where[key] = value, place
        if same_line_body:
            break
    return ArticleDetails.checked(given, where), same_line_body + "".join(lines[index:])


def parse_article(
    raw: str, source: str, label: str | None = None, details: ArticleDetails | None = None
) -> Article:
    """Build an Article from the text of a file.

    `source` is kept on the article (the desk shows it); `label` names the input in errors
    (defaults to `source`); `details` (from `ingest` flags) win over the file's header.
    """
    label = label or source
    header, body = split_header(raw, label)
    body = body.strip()
    if not body:
        raise ArticleError(f"{label}: empty article (no text after the header)")
    article = Article(id=article_id_for(body), title=title_of(body), source=source, text=body)
    article = header.applied_to(article)
    return details.applied_to(article) if details else article


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


def read_article(path: Path, details: ArticleDetails | None = None) -> Article:
    """Read one article file, refusing anything that is not non-empty UTF-8 text."""
    raw = decode_text(
        read_file_bytes(path, ArticleError, "an article"), str(path), ArticleError, "an article"
    )
    # A file name's bytes need not be UTF-8; the article keeps it escaped (`\xff`), storable.
    return parse_article(raw, source=visible(path.name), label=str(path), details=details)


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


def read_articles(
    paths: Iterable[Path], details: ArticleDetails | None = None
) -> list[tuple[Path, Article]]:
    """Read every article under `paths`; raises on the first bad one, before anything is
    stored. `details` describe one article, so they are refused for several files."""
    files = article_files(paths)
    if details is not None and details.given and len(files) != 1:
        raise ArticleError(
            f"--title, --url, --outlet, --author and --date describe one article; "
            f"{len(files)} files were given"
        )
    return [(path, read_article(path, details)) for path in files]
