"""Export: build a verdict report, render it, and write it to a file in one step — behind
`factcheck export` and the desk's `E`.

The report is rendered in full before anything is written, and a file is replaced atomically
(temporary file, then rename), so a refused or failed export never leaves half a report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import StoreError
from factcheck.integrity import verify_record
from factcheck.library.memory import Match
from factcheck.models import Claim
from factcheck.report import (
    AUDIENCES,
    DESK,
    EXTENSIONS,
    FORMATS,
    build_report,
    default_audience,
    render,
    write_report_file,
)
from factcheck.repository import Repository
from factcheck.roster import display_names
from factcheck.workflow_record import VersionedLabels

DEFAULT_FORMAT = "md"
FORMAT_BY_EXTENSION = {
    **{extension: fmt for fmt, extension in EXTENSIONS.items()},
    "htm": "html",
    "markdown": "md",
}

# What the fact-check memory found for a list of claims: claim id -> its past checks.
CheckedBefore = Callable[[list[Claim]], Mapping[str, Sequence[Match]]]

__all__ = [
    "AUDIENCES",
    "EXTENSIONS",
    "FORMATS",
    "ExportRequest",
    "ExportResult",
    "default_audience",
    "export_report",
    "write_report_file",
]


@dataclass(frozen=True)
class ExportRequest:
    """What to export: the format, where (None: only return the text) and which claims."""

    fmt: str
    path: Path | None = None
    article_id: str | None = None
    stages: list[str] | None = None
    verdicts: list[str] | None = None
    include_unreviewed: bool = False
    site_url: str | None = None
    publisher: str | None = None
    # "public" or "desk"; None: the format's own (html and claimreview public, the rest desk).
    audience: str | None = None
    # Login -> the name readers see on the public page, over the roster's display names; a
    # login neither knows is shown as is.
    reviewer_names: Mapping[str, str] = field(default_factory=dict)
    # The desk proposes `reports/...` and makes the folder; the CLI refuses a missing one.
    create_folder: bool = False
    # Files an export must never replace: the open store's own (set by the desk).
    protected: tuple[Path, ...] = ()
    # Export even when the store's audit record does not verify (the report says so).
    allow_unverified: bool = False


@dataclass(frozen=True)
class ExportResult:
    text: str
    # The claims the report shows: for the public only those with a published verdict.
    claim_count: int
    unverified: str = ""  # why the record did not verify, when exported anyway


def format_for(output: Path | None) -> str:
    """The format a file name asks for (`report.html` -> html); md when it says none."""
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return FORMAT_BY_EXTENSION.get(suffix, DEFAULT_FORMAT)


def default_report_path(stem: str, fmt: str) -> Path:
    """Where the desk proposes to write a report: `reports/STEM.EXT`."""
    return Path("reports") / f"{stem}.{EXTENSIONS.get(fmt, fmt)}"


def export_report(
    repository: Repository,
    labels: VersionedLabels,
    request: ExportRequest,
    on_stage: Callable[[str], None] | None = None,
    checked_before: CheckedBefore | None = None,
) -> ExportResult:
    """Build, render and (with a path) write the report; `on_stage` hears each step's name.

    A desk-audience report lists under each claim the past fact checks `checked_before`
    finds for it (the desk passes its fact-check memory); the public never sees them.

    `labels` holds the workflow and its earlier versions: each verdict shows the label of
    the version it was given under. A store whose audit record does not verify
    (`factcheck.integrity`) is refused with `StoreError`, unless the request allows it; the
    report then says so at the top.
    """
    tell = on_stage or (lambda stage: None)
    tell("verifying the record")
    record = verify_record(repository)
    unverified = ""
    if record.problem is not None:
        if not request.allow_unverified:
            raise StoreError(
                f"the store's audit record is broken ({record.problem}); export refused: "
                "run `factcheck store check`, or export anyway with --allow-unverified"
            )
        unverified = f"the store's audit record did not verify: {record.problem}"
    tell("reading claims")
    report = build_report(
        repository,
        labels.current,
        labels=labels,
        article_id=request.article_id,
        stages=request.stages,
        verdicts=request.verdicts,
        include_unreviewed=request.include_unreviewed,
        unverified=unverified,
    )
    audience = request.audience or default_audience(request.fmt)
    if audience == DESK and checked_before is not None:
        tell("looking up past checks")
        report = report.with_checked_before(checked_before([c.claim for c in report.claims]))
    tell("rendering")
    text = render(
        report,
        request.fmt,
        audience=audience,
        site_url=request.site_url,
        publisher=request.publisher,
        reviewer_names={**display_names(repository), **request.reviewer_names},
    )
    if request.path is not None:
        tell("writing")
        write_report_file(
            request.path, text, list(request.protected), make_folder=request.create_folder
        )
    shown = [c for c in report.claims if audience == "desk" or c.is_published]
    return ExportResult(text, len(shown), unverified)
