"""The application layer: the use cases the CLI and the review desk both call.

The shells (`factcheck.cli`, `factcheck.tui`) import this package, the models, the errors and
the settings, and nothing else of factcheck's (import-linter keeps it so). Here they find:

- `open_desk(settings)` -> `Desk`: one reviewer's session over the store — read claims and
  articles, act on a claim (one `ReviewService` action each), undo, ingest, export, and the
  claim presenter (`Desk.present`);
- `split_file`, `open_workflow`, `check_store` / `compact_store` for the commands that need
  no desk;
- `Desk.memory` -> `DeskMemory`: the fact-check library and matching against it;
- the plain values the shells show or pass back (`ClaimView`, `ExportRequest`, ...).
"""

from __future__ import annotations

from pathlib import Path

from factcheck.app.desk import Desk, open_desk
from factcheck.app.export import (
    AUDIENCES,
    EXTENSIONS,
    FORMATS,
    ExportRequest,
    ExportResult,
    default_audience,
    default_report_path,
    format_for,
)
from factcheck.app.ingest import IngestStep, IngestSummary
from factcheck.app.memory import (
    CHECKED_BEFORE,
    SHOWN_MATCHES,
    CheckedClaim,
    DeskMemory,
    LibraryImport,
    Match,
    proposed_verdict_for,
)
from factcheck.app.presenter import ClaimView, NoteView, present_claim, shorten, verdict_label
from factcheck.app.store_care import (
    StoreHealth,
    check_store,
    compact_store,
    repair_damaged_store,
)
from factcheck.app.workflows import open_workflow
from factcheck.ingest import ArticleDetails, read_article
from factcheck.models import Claim
from factcheck.report.wording import default_public_wording
from factcheck.review import (
    NOTE_FIELDS,
    Progress,
    StatusCounts,
    is_decided,
    is_proposed,
    is_published,
    validate_url,
)
from factcheck.splitter import split

__all__ = [
    "AUDIENCES",
    "CHECKED_BEFORE",
    "EXTENSIONS",
    "FORMATS",
    "NOTE_FIELDS",
    "SHOWN_MATCHES",
    "ArticleDetails",
    "CheckedClaim",
    "ClaimView",
    "Desk",
    "DeskMemory",
    "ExportRequest",
    "ExportResult",
    "IngestStep",
    "IngestSummary",
    "LibraryImport",
    "Match",
    "NoteView",
    "Progress",
    "StatusCounts",
    "StoreHealth",
    "check_store",
    "compact_store",
    "default_audience",
    "default_public_wording",
    "default_report_path",
    "format_for",
    "is_decided",
    "is_proposed",
    "is_published",
    "open_desk",
    "open_workflow",
    "present_claim",
    "proposed_verdict_for",
    "repair_damaged_store",
    "shorten",
    "split_file",
    "validate_url",
    "verdict_label",
]


def split_file(path: Path) -> list[Claim]:
    """Split one article file into claims without storing anything (`factcheck split`)."""
    return split(read_article(path))
