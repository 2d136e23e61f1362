"""`factcheck export`: write a verdict report (md, html, json, csv or ClaimReview JSON-LD).

The report is rendered in full before anything is written, and a file is replaced atomically
(temporary file, then rename), so a refused or failed export never leaves half a report
(`factcheck.app.export`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.app import AUDIENCES, FORMATS, ExportRequest, default_audience, format_for
from factcheck.cli.common import WORKFLOW_HELP, desk_for, store_options
from factcheck.cli.terminal_output import print_line, unguarded_stdout
from factcheck.errors import FactcheckError


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
    export.add_argument(
        "--allow-unverified",
        action="store_true",
        help="export even when the store's audit record does not verify (see `store check`); "
        "the report says so at the top (md, html, json) and a warning goes to stderr",
    )
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    settings = args.settings
    fmt = args.format or format_for(args.output)
    audience = args.audience or default_audience(fmt)
    if audience == "public" and args.include_unreviewed:
        raise FactcheckError("--include-unreviewed is for --audience desk; the public sees "
                             "published verdicts only")  # fmt: skip
    request = ExportRequest(
        fmt,
        args.output,
        audience=audience,
        article_id=args.article,
        stages=_listed(args.stage),
        verdicts=_listed(args.verdict),
        include_unreviewed=args.include_unreviewed,
        site_url=settings.site_url,
        publisher=settings.publisher,
        allow_unverified=args.allow_unverified,
    )
    result = desk_for(args).export(request)
    if result.unverified:
        print_line(f"factcheck: warning: {result.unverified}", file=sys.stderr)
    if args.output is None:
        unguarded_stdout().write(result.text)
        return 0
    print_line(f"wrote {fmt} report ({result.claim_count} claim(s)) to {args.output}")
    return 0


def _listed(values: list[str] | None) -> list[str] | None:
    """`--verdict false --verdict misleading,unproven` -> the three ids."""
    if values is None:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]
