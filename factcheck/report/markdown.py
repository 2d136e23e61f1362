"""The Markdown report: for an editor's review, a wiki or a CMS that takes Markdown.

All text from articles, claims and notes goes through `inline()`, which folds it onto one
line and backslash-escapes Markdown's punctuation, so a claim cannot start a heading, a
table cell break, a link or raw HTML. Links are made only for http(s) URLs.
"""

from __future__ import annotations

from factcheck.report import display
from factcheck.report.data import ArticleEntry, ClaimEntry, CountRow, ReportData, Summary
from factcheck.urls import is_web_url

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that could
# change how a line renders (emphasis, code, links, HTML, tables, headings, entities).
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>#|~&"})


def inline(text: str) -> str:
    """Reader text on one line with Markdown syntax neutralized."""
    return " ".join(str(text).split()).translate(_ESCAPES)


def link(url: str, title: str = "") -> str:
    if is_web_url(url) and not any(ch in url for ch in "<>"):
        return f"[{inline(title or url)}](<{url}>)"
    return inline(f"{title} ({url})" if title else url)


def render_markdown(report: ReportData) -> str:
    lines = [f"# Fact-check report: {inline(report.workflow.name)}", ""]
    if report.unverified:
        lines += [f"> **Unverified record:** {inline(report.unverified)}", ""]
    shown = len(report.claims)
    lines += [
        f"{len(report.articles)} article(s), {shown} claim(s) shown ({_scope(report)}). "
        f"{display.reviewed_text(report.summary)}.",
        "",
    ]
    if not report.articles:
        lines += ["No claims match this report's filters.", ""]
    for article in report.articles:
        lines += _article(report, article)
    return "\n".join(lines).rstrip("\n") + "\n"


def _scope(report: ReportData) -> str:
    filters = report.filters
    parts = ["all claims" if filters.include_unreviewed else "claims with a verdict, final or not"]
    if filters.stages:
        parts.append("stage " + ", ".join(filters.stages))
    if filters.verdicts:
        parts.append("verdict " + ", ".join(report.label_of(v) for v in filters.verdicts))
    return inline("; ".join(parts))


def _article(report: ReportData, entry: ArticleEntry) -> list[str]:
    article = entry.article
    lines = [f"## {inline(article.title)}", ""]
    for name, value in (("Outlet", article.outlet), ("Author", article.author)):
        if value:
            lines.append(f"- {name}: {inline(value)}")
    if article.url:
        lines.append(f"- Link: {link(article.url)}")
    lines += [
        f"- Source: {link(article.source)}",
        f"- Published: {display.day(article.published) or 'unknown'}",
        f"- Article id: {inline(article.id)}",
        "",
        "### Summary",
        "",
    ]
    lines += _summary(entry.summary)
    lines += ["### Claims", ""]
    if not entry.claims:
        lines += ["No claims of this article match this report's filters.", ""]
    for claim in entry.claims:
        lines += _claim(report, claim)
    return lines


def _table(heading: str, rows: tuple[CountRow, ...]) -> list[str]:
    lines = [f"| {heading} | Claims |", "| --- | ---: |"]
    lines += [f"| {inline(row.label)} | {row.count} |" for row in rows]
    return [*lines, ""]


def _summary(summary: Summary) -> list[str]:
    return [
        *_table("Verdict", summary.by_verdict),
        *_table("Stage", summary.by_stage),
        f"{display.reviewed_text(summary)}.",
        "",
    ]


def _claim(report: ReportData, entry: ClaimEntry) -> list[str]:
    claim = entry.claim
    lines = [
        f"#### Claim {entry.position}: {inline(claim.id)}",
        "",
        f"**{inline(claim.text)}**",
        "",
        f"- Status: **{inline(display.status_text(entry))}**",
    ]
    option, verdict = entry.verdict_option, entry.verdict
    if option is not None and verdict is not None:
        lines.append(
            f"- Verdict: **{inline(display.verdict_text(entry))}** (colour {option.color})"
        )
        if verdict.conclusion:
            lines.append(f"- Conclusion: {inline(verdict.conclusion)}")
        if verdict.rationale:
            lines.append(f"- Rationale: {inline(verdict.rationale)}")
        if verdict.public_wording:
            lines.append(f"- Published as: {inline(verdict.public_wording)}")
        lines.append(f"- Verdict by: {inline(verdict.reviewer)}, {display.day(verdict.at)}")
        signed = [f"{inline(s.reviewer)} ({display.day(s.at)})" for s in entry.sign_offs]
        lines.append(f"- Sign-offs: {', '.join(signed) or 'none yet'}")
    if entry.reviewers:
        lines.append(f"- Reviewers: {inline(', '.join(entry.reviewers))}")
    lines += [
        f"- Speaker: {inline(display.speaker(entry))}",
        f"- Source sentence: {inline(claim.sentence) or '(not recorded)'}",
        f"- Kind: {claim.kind}; check-worthiness {display.score(entry)}",
    ]
    if claim.reasons:
        lines.append(f"- Reasons: {inline('; '.join(claim.reasons))}")
    for correction in entry.corrections:
        lines.append(f"- Correction: {inline(display.correction_text(report, correction))}")
    if entry.evidence:
        lines.append("- Evidence:")
    for note in entry.evidence:
        parts = [f"{note.stance}: {link(note.url, note.title)}"]
        if note.quote:
            parts.append(f"“{inline(note.quote)}”")
        if note.note:
            parts.append(inline(note.note))
        parts.append(f"({inline(note.added_by)}, {display.day(note.at)})")
        lines.append(f"  - {note.id} " + " — ".join(parts))
    lines += _checked_before(report, entry)
    if entry.comments:
        lines.append("- Comments:")
    for comment in entry.comments:
        lines.append(
            f"  - {inline(comment.actor)}, {display.day(comment.at)}: {inline(comment.detail)}"
        )
    return [*lines, ""]


def _checked_before(report: ReportData, entry: ClaimEntry) -> list[str]:
    matches = report.past_checks(entry.id)
    if not matches:
        return []
    lines = ["- Checked before:"]
    for match in matches:
        text = inline(display.past_check_text(match))
        lines.append(f"  - {text}: {link(display.past_check_link(match), match.check.claim)}")
    return lines
