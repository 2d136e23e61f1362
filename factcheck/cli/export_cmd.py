"""`factcheck export`: write a verdict report (md, html, json, csv or ClaimReview JSON-LD).

The report is rendered in full before anything is written, and a file is replaced atomically
(temporary file, then rename), so a refused or failed export never leaves half a report.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from factcheck.cli.common import WORKFLOW_HELP, open_store, open_workflow, store_options
from factcheck.files import atomic_write
from factcheck.report import (
    AUDIENCES,
    EXTENSIONS,
    FORMATS,
    ReportError,
    build_report,
    default_audience,
    render,
)
from factcheck.report.claimreview import PUBLISHER_ENV, SITE_URL_ENV

DEFAULT_FORMAT = "md"
FORMAT_BY_EXTENSION = {
    **{extension: fmt for fmt, extension in EXTENSIONS.items()},
    "htm": "html",
    "markdown": "md",
}


def register(subcommands: argparse._SubParsersAction) -> None:
    options = store_options()
    options.add_argument("--workflow", type=Path, default=argparse.SUPPRESS, help=WORKFLOW_HELP)
    export = subcommands.add_parser(
        "export",
        parents=[options],
        help="write a verdict report: md, html, json, csv or claimreview (JSON-LD)",
        description="Export the review as a report. By default it shows the claims that have "
        "a verdict (published, or proposed and still in review, marked as such).",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="default: from the --output file's extension (.md .html .json .csv .jsonld), else md",
    )
    export.add_argument("--output", type=Path, metavar="FILE", help="write here, not to stdout")
    export.add_argument(
        "--audience",
        choices=AUDIENCES,
        help="public: a fact-check site's page, published verdicts only (default for html and "
        "claimreview); desk: everything the desk knows (default for md, json, csv)",
    )
    export.add_argument("--article", metavar="ID", help="only this article")
    export.add_argument(
        "--stage", action="append", metavar="S", help="only claims in stage S (repeatable; S1,S2)"
    )
    export.add_argument(
        "--verdict", action="append", metavar="V", help="only claims rated V (repeatable; V1,V2)"
    )
    export.add_argument(
        "--include-unreviewed",
        action="store_true",
        help="also claims without a verdict (not rated, rejected, merged)",
    )
    export.add_argument(
        "--site-url",
        metavar="URL",
        help="claimreview: page of the published fact checks (default: $FACTCHECK_SITE_URL); "
        "{claim_id}, {article_id} and {anchor} are filled in, else #ANCHOR is added",
    )
    export.add_argument(
        "--publisher",
        metavar="NAME",
        help="the fact-checking organization: ClaimReview's author, the public page's masthead "
        "(default: $FACTCHECK_PUBLISHER)",
    )
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    fmt = args.format or format_for(args.output)
    audience = args.audience or default_audience(fmt)
    if audience == "public" and args.include_unreviewed:
        raise ReportError("--include-unreviewed is for --audience desk; the public sees "
                          "published verdicts only")  # fmt: skip
    store = open_store(args)
    report = build_report(
        store,
        open_workflow(args.workflow),
        article_id=args.article,
        stages=_listed(args.stage),
        verdicts=_listed(args.verdict),
        include_unreviewed=args.include_unreviewed,
    )
    text = render(
        report,
        fmt,
        audience=audience,
        site_url=args.site_url or os.environ.get(SITE_URL_ENV),
        publisher=args.publisher or os.environ.get(PUBLISHER_ENV),
    )
    if args.output is None:
        sys.stdout.write(text)
        return 0
    write_report_file(args.output, text)
    shown = [c for c in report.claims if audience == "desk" or c.is_published]
    print(f"wrote {fmt} report ({len(shown)} claim(s)) to {args.output}")
    return 0


def format_for(output: Path | None) -> str:
    """The format a file name asks for (`report.html` -> html); md when it says none."""
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return FORMAT_BY_EXTENSION.get(suffix, DEFAULT_FORMAT)


def _listed(values: list[str] | None) -> list[str] | None:
    """`--verdict false --verdict misleading,unproven` -> the three ids."""
    if values is None:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def write_report_file(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8, line ends as rendered) in one rename."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise ReportError(f"cannot write {path}: it is a folder")
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        raise ReportError(f"cannot write {path}: {error.strerror or error}") from None
