"""The HTML report: one self-contained page to read, share or print.

- No external requests and no scripts: CSS is inline, the charts are inline SVG, and a
  Content-Security-Policy (`default-src 'none'`) tells the browser to load nothing even if a
  hostile string ever slipped through.
- Every piece of text from articles, claims, notes and the workflow goes through `esc()`
  (`html.escape`, quotes included), so `<script>` or `onerror=` in a claim shows as text.
  Colours come from the workflow and are used only when they are a `#hex` or a known colour
  name; links are made only for http(s) URLs.
- A verdict chip carries the workflow's colour. A proposed verdict (claim still in review) has
  a dashed, hollow chip reading "Proposed: <label>" beside an "in review" badge, so it never
  looks like a decided one.
- Prints well: A4-friendly margins, claims not split across pages, link targets printed.
"""

from __future__ import annotations

from html import escape

from factcheck.report import display
from factcheck.report.data import (
    IN_REVIEW,
    MERGED,
    NOT_RATED,
    PUBLISHED,
    REJECTED,
    ArticleEntry,
    ClaimEntry,
    CountRow,
    ReportData,
    Summary,
)
from factcheck.weburl import is_web_url
from factcheck.workflow import COLOR_NAMES, HEX_COLOR

NEUTRAL = "#9e9e9e"
STATUS_COLORS = {IN_REVIEW: "#bdbdbd", NOT_RATED: "#e0e0e0", REJECTED: "#757575", MERGED: "#8d8d8d"}
BADGES = {PUBLISHED: "badge published", IN_REVIEW: "badge"}
STAGE_COLOR = "#5c6bc0"

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.scope, .meta { color: #555; }
.meta dt { font-weight: 600; float: left; clear: left; width: 7rem; }
.meta dd { margin: 0 0 .1rem 7rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.charts figure { margin: 0; flex: 1 1 22rem; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
.claim { border: 1px solid #ddd; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0;
  break-inside: avoid; page-break-inside: avoid; }
.claim.status-in-review { border-style: dashed; }
.claim-text { font-size: 1.08rem; font-weight: 600; margin: .3rem 0 .6rem; }
.claim-id { color: #666; font: 12px ui-monospace, monospace; }
.chip { display: inline-block; border-radius: 999px; padding: .05rem .6rem; font-weight: 600;
  color: #fff; border: 2px solid transparent; text-shadow: 0 0 2px #000; }
.chip.proposed { background: #fff !important; color: #1b1b1b; border-style: dashed;
  text-shadow: none; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .85rem;
  background: #fff3cd; color: #5c4400; border: 1px solid #e0c36b; margin-left: .4rem; }
.badge.published { background: #e8f5e9; color: #1b5e20; border-color: #a5d6a7; }
.badge.closed { background: #eee; color: #333; border-color: #ccc; }
.fields { display: grid; grid-template-columns: 9.5rem 1fr; gap: .15rem .8rem; margin: .4rem 0; }
.fields dt { color: #555; }
.fields dd { margin: 0; }
.evidence { margin: .2rem 0 0; padding-left: 1.2rem; }
.stance { font-weight: 600; text-transform: uppercase; font-size: .8rem; }
.stance-supports { color: #2e7d32; } .stance-refutes { color: #c62828; }
.stance-context { color: #455a64; }
.correction { background: #fff8e1; border-left: 4px solid #f9a825; padding: .2rem .6rem; }
blockquote { margin: .2rem 0; color: #444; border-left: 3px solid #ddd; padding-left: .6rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-before: page; } h2.first { break-before: avoid; }
  h2, h3, figcaption { break-after: avoid; }
  a { color: inherit; } a[href]::after { content: " <" attr(href) ">"; font-size: 9pt;
  color: #555; word-break: break-all; }
}
@page { margin: 15mm; }
"""


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def safe_color(color: str) -> str:
    """The workflow's colour if it is one CSS reads as a colour, else a neutral grey."""
    if HEX_COLOR.match(color) or color.lower() in COLOR_NAMES:
        return color
    return NEUTRAL


def link(url: str, text: str = "") -> str:
    if is_web_url(url):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(text or url)}</a>'
    return esc(f"{text} ({url})" if text else url)


def render_html(report: ReportData) -> str:
    title = f"Fact-check report: {report.workflow.name}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{esc(title)}</h1>",
        f'<p class="scope">{esc(_scope(report))}</p></header>',
    ]
    if len(report.articles) > 1:
        parts += [
            '<section class="overview"><h2 class="first">All articles</h2>',
            _summary(report.summary, "all"),
            "</section>",
        ]
    if not report.articles:
        parts.append("<p>No claims match this report's filters.</p>")
    for index, article in enumerate(report.articles):
        parts.append(_article(report, article, first=index == 0 and len(report.articles) == 1))
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _scope(report: ReportData) -> str:
    filters = report.filters
    what = "all claims" if filters.include_unreviewed else "claims with a verdict, final or not"
    scope = f"{len(report.articles)} article(s), {len(report.claims)} claim(s) shown ({what}"
    if filters.stages:
        scope += "; stage " + ", ".join(filters.stages)
    if filters.verdicts:
        scope += "; verdict " + ", ".join(report.label_of(v) for v in filters.verdicts)
    return scope + "). " + display.reviewed_text(report.summary) + "."


def _article(report: ReportData, entry: ArticleEntry, first: bool) -> str:
    article = entry.article
    heading_class = ' class="first"' if first else ""
    parts = [
        f'<article id="article-{esc(article.id)}">',
        f"<h2{heading_class}>{esc(article.title)}</h2>",
        '<dl class="meta">',
        f"<dt>Source</dt><dd>{link(article.source)}</dd>",
        f"<dt>Published</dt><dd>{esc(display.day(article.published) or 'unknown')}</dd>",
        f"<dt>Article id</dt><dd>{esc(article.id)}</dd>",
        "</dl>",
        _summary(entry.summary, article.id),
        "<h3>Claims</h3>",
    ]
    if not entry.claims:
        parts.append("<p>No claims of this article match this report's filters.</p>")
    parts += [_claim(report, claim) for claim in entry.claims]
    parts.append("</article>")
    return "\n".join(parts)


def _summary(summary: Summary, key: str) -> str:
    verdict_rows = [
        CountRow(
            row.key, row.label, safe_color(row.color or STATUS_COLORS.get(row.key, "")), row.count
        )
        for row in summary.by_verdict
    ]
    stage_rows = [CountRow(r.key, r.label, STAGE_COLOR, r.count) for r in summary.by_stage]
    return "\n".join(
        [
            '<section class="summary">',
            '<div class="charts">',
            _chart("Claims by verdict", verdict_rows, f"verdicts-{key}"),
            _chart("Claims by stage", stage_rows, f"stages-{key}"),
            "</div>",
            f"<p><strong>{esc(display.reviewed_text(summary))}</strong>.</p>",
            "</section>",
        ]
    )


def _chart(caption: str, rows: list[CountRow], key: str) -> str:
    """A horizontal bar chart as inline SVG: label, bar, count. SVG fills print, unlike CSS
    backgrounds in some browsers' default print settings."""
    label_width, bar_width, row_height = 190, 240, 22
    most = max((row.count for row in rows), default=0) or 1
    height = row_height * len(rows) + 4
    width = label_width + bar_width + 50
    parts = [
        f'<figure><figcaption id="{esc(key)}">{esc(caption)}</figcaption>',
        f'<svg role="img" aria-labelledby="{esc(key)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
    ]
    for index, row in enumerate(rows):
        y = index * row_height + 2
        length = round(bar_width * row.count / most, 1)
        parts += [
            f'<text x="0" y="{y + 15}">{esc(display_label(row.label))}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="15" '
            f'fill="{esc(row.color)}"><title>{esc(row.label)}: {row.count}</title></rect>',
            f'<text x="{label_width + length + 6}" y="{y + 15}">{row.count}</text>',
        ]
    parts.append("</svg></figure>")
    return "\n".join(parts)


def display_label(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _chip(entry: ClaimEntry) -> str:
    """A filled chip in the verdict's colour once published; a hollow dashed one, whose text
    says why it is not a decision, for any other verdict."""
    option = entry.verdict_option
    if option is None:
        return ""
    color = esc(safe_color(option.color))
    text = esc(display.verdict_text(entry))
    if entry.is_published:
        return f'<span class="chip" style="background:{color}">{text}</span>'
    return f'<span class="chip proposed" style="border-color:{color}">{text}</span>'


def _badge(entry: ClaimEntry) -> str:
    css = BADGES.get(entry.status, "badge closed")
    return f'<span class="{css}">{esc(display.status_text(entry))}</span>'


def _claim(report: ReportData, entry: ClaimEntry) -> str:
    claim, verdict = entry.claim, entry.verdict
    status_class = "status-" + entry.status.replace(" ", "-")
    fields: list[tuple[str, str]] = []
    if verdict is not None:
        if verdict.conclusion:
            fields.append(("Conclusion", esc(verdict.conclusion)))
        if verdict.rationale:
            fields.append(("Rationale", esc(verdict.rationale)))
        fields.append(("Verdict by", f"{esc(verdict.reviewer)}, {esc(display.day(verdict.at))}"))
        signed = ", ".join(f"{esc(s.reviewer)} ({esc(display.day(s.at))})" for s in entry.sign_offs)
        fields.append(("Sign-offs", signed or "none yet"))
    if entry.reviewers:
        fields.append(("Reviewers", esc(", ".join(entry.reviewers))))
    fields += [
        ("Speaker", esc(display.speaker(entry))),
        ("Source sentence", f"<blockquote>{esc(claim.sentence or '(not recorded)')}</blockquote>"),
        ("Kind", f"{esc(claim.kind)}; check-worthiness {esc(display.score(entry))}"),
    ]
    if claim.reasons:
        fields.append(("Reasons", esc("; ".join(claim.reasons))))
    for correction in entry.corrections:
        fields.append(
            ("Correction", f'<span class="correction">'
             f"{esc(display.correction_text(report, correction))}</span>")
        )  # fmt: skip
    if entry.evidence:
        fields.append(("Evidence", _evidence(entry)))
    rows = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in fields)
    return "\n".join(
        [
            f'<section class="claim {status_class}" id="claim-{esc(claim.id)}">',
            f'<div class="claim-id">Claim {entry.position} · {esc(claim.id)}</div>',
            f'<p class="claim-text">{esc(claim.text)}</p>',
            f"<p>{_chip(entry)} {_badge(entry)}</p>",
            f'<dl class="fields">\n{rows}\n</dl>',
            "</section>",
        ]
    )


def _evidence(entry: ClaimEntry) -> str:
    items = []
    for note in entry.evidence:
        parts = [
            f'<span class="stance stance-{esc(note.stance)}">{esc(note.stance)}</span>',
            link(note.url, note.title),
        ]
        if note.quote:
            parts.append(f"<blockquote>{esc(note.quote)}</blockquote>")
        if note.note:
            parts.append(esc(note.note))
        parts.append(f"({esc(note.added_by)}, {esc(display.day(note.at))})")
        items.append(f"<li>{' '.join(parts)}</li>")
    return f'<ul class="evidence">{"".join(items)}</ul>'
