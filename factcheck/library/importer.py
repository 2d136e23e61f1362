"""Read fact checks from files: schema.org ClaimReview JSON-LD, or CSV with named columns.

JSON-LD is accepted as sites embed it and feeds publish it: one ClaimReview object, an array of
them, an object with an `@graph`, or a schema.org DataFeed; every object whose `@type` is (or
lists) `ClaimReview` is read, wherever it sits, and other objects (WebPage, Organization, ...)
are skipped. Kept from each: `claimReviewed`, `reviewRating.alternateName`, the reviewing
organisation (`author.name`, else `publisher.name`), `datePublished` and `url`.

CSV needs a header row; columns are found by name, ignoring case, spaces, "_" and "-":
claim (or claimReviewed), rating (or alternateName, verdict), url (or review_url),
and optionally organisation (organization, author, publisher) and date (datePublished).

A record without a claim, a rating or a web URL, or with a date that is not a date, makes the
whole file bad: `LibraryError` names the file and the record, and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from factcheck.errors import LibraryError
from factcheck.library.checks import CheckedClaim, imported_check_id
from factcheck.textfile import decode_text, read_file_bytes

# Header names compared without case, spaces, "_" or "-": "Claim Reviewed" is claimreviewed.
CSV_COLUMNS = {
    "claim": ("claim", "claimreviewed"),
    "rating": ("rating", "alternatename", "verdict", "textualrating"),
    "url": ("url", "reviewurl", "link"),
    "organisation": ("organisation", "organization", "author", "publisher", "reviewer"),
    "date": ("date", "datepublished", "reviewdate"),
}


class BadRecord(ValueError):
    """One record's problem; the reader adds the file and the record's place."""


def read_checks(paths: list[Path]) -> list[CheckedClaim]:
    """Every check in `paths`, in file order; the first bad file raises `LibraryError`."""
    checks: list[CheckedClaim] = []
    for path in paths:
        checks.extend(read_check_file(path))
    return checks


def read_check_file(path: Path) -> list[CheckedClaim]:
    text = decode_text(
        read_file_bytes(path, LibraryError, "a fact-check"), str(path), LibraryError, "fact checks"
    )
    if path.suffix.lower() == ".csv" or not text.lstrip().startswith(("{", "[")):
        return _read_csv(path, text)
    return _read_json_ld(path, text)


def _read_json_ld(path: Path, text: str) -> list[CheckedClaim]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LibraryError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from None
    checks = []
    for number, (where, record) in enumerate(_claim_reviews(data, "$"), start=1):
        try:
            checks.append(_from_claim_review(record, path))
        except BadRecord as problem:
            raise LibraryError(f"{path}: ClaimReview {number} ({where}): {problem}") from None
    if not checks:
        raise LibraryError(f"{path}: no ClaimReview record found")
    return checks


def _claim_reviews(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON path, object) of every ClaimReview in the document, in document order."""
    if isinstance(node, list):
        for position, item in enumerate(node):
            yield from _claim_reviews(item, f"{where}[{position}]")
    elif isinstance(node, dict):
        kinds = node.get("@type")
        if "ClaimReview" in (kinds if isinstance(kinds, list) else [kinds]):
            yield where, node
            return
        for key, value in node.items():
            if isinstance(value, list | dict):
                yield from _claim_reviews(value, f"{where}.{key}")


def _from_claim_review(record: dict[str, Any], path: Path) -> CheckedClaim:
    rating = record.get("reviewRating")
    rating_name = rating.get("alternateName") if isinstance(rating, dict) else None
    organisation = _name_of(record.get("author")) or _name_of(record.get("publisher"))
    return _check(
        claim=record.get("claimReviewed"),
        rating=rating_name,
        url=record.get("url"),
        organisation=organisation,
        published=record.get("datePublished"),
        path=path,
        fields=("claimReviewed", "reviewRating.alternateName", "url", "datePublished"),
    )


def _name_of(party: Any) -> str:
    """The name of a schema.org author/publisher: an object, a list of them, or a string."""
    if isinstance(party, list):
        return ", ".join(name for name in map(_name_of, party) if name)
    if isinstance(party, dict):
        name = party.get("name")
        return name.strip() if isinstance(name, str) else ""
    return party.strip() if isinstance(party, str) else ""


def _read_csv(path: Path, text: str) -> list[CheckedClaim]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {re.sub(r"[\s_-]", "", name or "").lower(): name for name in reader.fieldnames or []}
    columns = {
        field: next((header[a] for a in aliases if a in header), None)
        for field, aliases in CSV_COLUMNS.items()
    }
    missing = [field for field in ("claim", "rating", "url") if columns[field] is None]
    if missing:
        raise LibraryError(
            f"{path}: line 1: no {', '.join(missing)} column (a CSV needs a header naming "
            "claim, rating and url; organisation and date are optional)"
        )
    checks = []
    for row in reader:
        try:
            checks.append(
                _check(
                    claim=row.get(columns["claim"]),
                    rating=row.get(columns["rating"]),
                    url=row.get(columns["url"]),
                    organisation=row.get(columns["organisation"] or "") or "",
                    published=row.get(columns["date"] or "") or None,
                    path=path,
                    fields=("claim", "rating", "url", "date"),
                )
            )
        except BadRecord as problem:
            raise LibraryError(f"{path}: line {reader.line_num}: {problem}") from None
    if not checks:
        raise LibraryError(f"{path}: no records below the header")
    return checks


def _check(
    *,
    claim: Any,
    rating: Any,
    url: Any,
    organisation: str,
    published: Any,
    path: Path,
    fields: tuple[str, str, str, str],
) -> CheckedClaim:
    claim_field, rating_field, url_field, date_field = fields
    claim, rating, url = (
        _text(claim, claim_field),
        _text(rating, rating_field),
        _text(url, url_field),
    )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        raise BadRecord(f"{url_field} {url!r} is not a web address (http:// or https://)")
    return CheckedClaim(
        id=imported_check_id(url),
        claim=" ".join(claim.split()),
        rating=" ".join(rating.split()),
        organisation=" ".join(organisation.split()),
        published=_date(published, date_field),
        url=url,
        source=path.name,
    )


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadRecord(f"{field} is missing or empty")
    return value.strip()


def _date(value: Any, field: str) -> date | None:
    """A date or date-time (ISO 8601, as ClaimReview writes it); the day is what is kept."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise BadRecord(f"{field} {value!r} is not a date (use YYYY-MM-DD)")
