"""The desk's HTML report (`--audience desk`): one self-contained page with everything the
desk knows, for editors. The public page is `public_page`.

- Rendered from the Jinja2 template `templates/desk.html.j2` with autoescaping on, so every
  piece of text from articles, claims, notes and the workflow is HTML-escaped (quotes
  included): `<script>` or `onerror=` in a claim shows as text. Colours come from the
  workflow and are used only when they are a `#hex` or a known colour name; links are made
  only for http(s) URLs, with the punycode form of a host that is not plain ASCII beside it.
- No external requests and no scripts: CSS is inline, the charts are inline SVG, and a
  Content-Security-Policy (`default-src 'none'`) tells the browser to load nothing even if a
  hostile string ever slipped through.
- A verdict chip carries the workflow's colour. A proposed verdict (claim still in review) has
  a dashed, hollow chip reading "Proposed: <label>" beside an "in review" badge, so it never
  looks like a decided one.
- Prints well: A4-friendly margins, claims not split across pages, link targets printed.
"""

from __future__ import annotations

from factcheck.report import display
from factcheck.report.data import (
    IN_REVIEW,
    MERGED,
    NOT_RATED,
    PUBLISHED,
    REJECTED,
    CountRow,
    ReportData,
    Summary,
)
from factcheck.report.templating import render_template, safe_color

STATUS_COLORS = {IN_REVIEW: "#bdbdbd", NOT_RATED: "#e0e0e0", REJECTED: "#757575", MERGED: "#8d8d8d"}
BADGES = {PUBLISHED: "badge published", IN_REVIEW: "badge"}
STAGE_COLOR = "#5c6bc0"


def render_html(report: ReportData) -> str:
    return render_template(
        "desk.html.j2",
        report=report,
        scope=_scope(report),
        display=display,
        badges=BADGES,
        verdict_rows=verdict_rows,
        stage_rows=stage_rows,
    )


def verdict_rows(summary: Summary) -> list[CountRow]:
    """The verdict chart's bars: the scale's colours, then a grey for each open status."""
    return [
        CountRow(
            row.key, row.label, safe_color(row.color or STATUS_COLORS.get(row.key, "")), row.count
        )
        for row in summary.by_verdict
    ]


def stage_rows(summary: Summary) -> list[CountRow]:
    return [CountRow(r.key, r.label, STAGE_COLOR, r.count) for r in summary.by_stage]


def _scope(report: ReportData) -> str:
    filters = report.filters
    what = "all claims" if filters.include_unreviewed else "claims with a verdict, final or not"
    scope = f"{len(report.articles)} article(s), {len(report.claims)} claim(s) shown ({what}"
    if filters.stages:
        scope += "; stage " + ", ".join(filters.stages)
    if filters.verdicts:
        scope += "; verdict " + ", ".join(report.label_of(v) for v in filters.verdicts)
    return scope + "). " + display.reviewed_text(report.summary) + "."
