"""The application layer: the use cases the CLI and the review desk both call.

The shells (`factcheck.cli`, `factcheck.tui`) import this package, the models, the errors and
the settings, and nothing else of factcheck's (import-linter keeps it so). Here they find:

- `open_desk(settings)` -> `Desk`: one reviewer's session over the store — read claims and
  articles, act on a claim (one `ReviewService` action each), undo, ingest, export, and the
  claim presenter (`Desk.present`);
- `split_file`, `open_workflow`, `read_workflow_file`, `init_workflow`, `diff_workflows`,
  `check_store` / `compact_store` / `copy_store` for the commands that need no desk;
- the store's workflow through the desk: `Desk.workflow_versions`, `propose_workflow` /
  `adopt_workflow` (`factcheck workflow use`);
- `Desk.memory` -> `DeskMemory`: the fact-check library and matching against it;
- the plain values the shells show or pass back (`ClaimView`, `ExportRequest`, ...).
"""

from __future__ import annotations

from pathlib import Path

from factcheck.app.activity import ActivityEntry, ActivityLog
from factcheck.app.changes import ChangeFeed, ClaimChange, EventLogFeed
from factcheck.app.claim_window import ClaimWindow, read_window
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
from factcheck.app.inbox import Inbox, Inboxes
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
from factcheck.app.similar import most_similar_first, similarity
from factcheck.app.store_care import (
    StoreCopy,
    StoreHealth,
    check_store,
    compact_store,
    copy_store,
    repair_damaged_store,
)
from factcheck.app.workflows import (
    STORE_WORD,
    TEMPLATES,
    diff_workflows,
    init_workflow,
    open_workflow,
    read_workflow_file,
)
from factcheck.claim_query import ClaimOrder, ClaimQuery, Tally
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
from factcheck.urls import is_web_url
from factcheck.workflow_record import WorkflowFile, WorkflowProposal

__all__ = [
    "AUDIENCES",
    "CHECKED_BEFORE",
    "EXTENSIONS",
    "FORMATS",
    "NOTE_FIELDS",
    "SHOWN_MATCHES",
    "STORE_WORD",
    "TEMPLATES",
    "ActivityEntry",
    "ActivityLog",
    "ArticleDetails",
    "ChangeFeed",
    "CheckedClaim",
    "ClaimChange",
    "ClaimOrder",
    "ClaimQuery",
    "ClaimView",
    "ClaimWindow",
    "Desk",
    "DeskMemory",
    "EventLogFeed",
    "ExportRequest",
    "ExportResult",
    "Inbox",
    "Inboxes",
    "IngestStep",
    "IngestSummary",
    "LibraryImport",
    "Match",
    "NoteView",
    "Progress",
    "StatusCounts",
    "StoreCopy",
    "StoreHealth",
    "Tally",
    "WorkflowFile",
    "WorkflowProposal",
    "check_store",
    "compact_store",
    "copy_store",
    "default_audience",
    "default_public_wording",
    "default_report_path",
    "diff_workflows",
    "format_for",
    "init_workflow",
    "is_decided",
    "is_proposed",
    "is_published",
    "is_web_url",
    "most_similar_first",
    "open_desk",
    "open_workflow",
    "present_claim",
    "proposed_verdict_for",
    "read_window",
    "read_workflow_file",
    "repair_damaged_store",
    "shorten",
    "similarity",
    "split_file",
    "validate_url",
    "verdict_label",
]


def split_file(path: Path) -> list[Claim]:
    """Split one article file into claims without storing anything (`factcheck split`)."""
    return split(read_article(path))
