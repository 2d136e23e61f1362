"""Verdict reports: one `ReportData` (see `data`), one renderer module per format.

    from factcheck.report import build_report, render, FORMATS
    report = build_report(repository, workflow, article_id=None, stages=None, verdicts=None,
                          include_unreviewed=False)
    text = render(report, "html", site_url=None, publisher=None)

Every renderer is deterministic: the same store gives the same text, byte for byte.
`site_url` and `publisher` matter only to ClaimReview (see `claimreview`), which falls back to
$FACTCHECK_SITE_URL and $FACTCHECK_PUBLISHER.
"""

from __future__ import annotations

from factcheck.report.claimreview import render_claimreview
from factcheck.report.csv_table import render_csv
from factcheck.report.data import ReportData, ReportError, build_report
from factcheck.report.html_page import render_html
from factcheck.report.json_data import render_json
from factcheck.report.markdown import render_markdown
from factcheck.report.output_file import write_report_file

FORMATS = ("md", "html", "json", "csv", "claimreview")
# The file name extension an exported report gets by default.
EXTENSIONS = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ReportData",
    "ReportError",
    "build_report",
    "render",
    "write_report_file",
]


def render(
    report: ReportData, fmt: str, *, site_url: str | None = None, publisher: str | None = None
) -> str:
    """The report as text in one of `FORMATS`."""
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "claimreview":
        return render_claimreview(report, site_url=site_url, publisher=publisher)
    raise ReportError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
