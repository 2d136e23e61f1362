"""Verdict reports: one `ReportData` (see `data`), one renderer module per format and audience.

    from factcheck.report import build_report, render, FORMATS
    report = build_report(repository, workflow, article_id=None, stages=None, verdicts=None,
                          include_unreviewed=False)
    text = render(report, "html", audience="public", site_url=None, publisher=None,
                  reviewer_names={})

Two audiences: `public`, the page of a fact-check site and ClaimReview for search engines
(published verdicts only; no ids, scores, backlog, file names or logins), and `desk`, the
desk's full content. `html` and `claimreview` default to public, `md`, `json` and `csv` are
desk formats. Every renderer is deterministic: the same store gives the same text, byte for
byte. `site_url` and `publisher` name the publishing site for ClaimReview (required there)
and head the public page; `reviewer_names` maps logins to the names the public sees.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.report.claimreview import render_claimreview
from factcheck.report.csv_table import render_csv
from factcheck.report.data import ReportData, ReportError, build_report
from factcheck.report.html_page import render_html
from factcheck.report.json_data import render_json
from factcheck.report.markdown import render_markdown
from factcheck.report.output_file import write_report_file
from factcheck.report.public_page import render_public_html

FORMATS = ("md", "html", "json", "csv", "claimreview")
# The file name extension an exported report gets by default.
EXTENSIONS = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}
PUBLIC, DESK = "public", "desk"
AUDIENCES = (PUBLIC, DESK)
AUDIENCE_FORMATS = {PUBLIC: ("html", "claimreview"), DESK: ("md", "html", "json", "csv")}

__all__ = [
    "AUDIENCES",
    "EXTENSIONS",
    "FORMATS",
    "ReportData",
    "ReportError",
    "build_report",
    "default_audience",
    "render",
    "write_report_file",
]


def default_audience(fmt: str) -> str:
    return PUBLIC if fmt in ("html", "claimreview") else DESK


def render(
    report: ReportData,
    fmt: str,
    *,
    audience: str | None = None,
    site_url: str | None = None,
    publisher: str | None = None,
    reviewer_names: Mapping[str, str] | None = None,
) -> str:
    """The report as text in one of `FORMATS` for one of `AUDIENCES` (default: the
    format's own, see the module docstring)."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    audience = audience or default_audience(fmt)
    if audience not in AUDIENCES:
        raise ReportError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
    if fmt not in AUDIENCE_FORMATS[audience]:
        raise ReportError(
            f"{fmt} is not made for the {audience} audience; it has "
            f"{', '.join(AUDIENCE_FORMATS[audience])}"
        )
    if fmt == "claimreview":
        return render_claimreview(report, site_url=site_url, publisher=publisher)
    if fmt == "html" and audience == PUBLIC:
        return render_public_html(report, publisher=publisher, reviewer_names=reviewer_names)
    renderers = {"md": render_markdown, "html": render_html, "json": render_json,
                 "csv": render_csv}  # fmt: skip
    return renderers[fmt](report)
