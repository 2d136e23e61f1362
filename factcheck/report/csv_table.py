"""The CSV report: one row per shown claim, for a spreadsheet.

RFC 4180 through the csv module (comma, double quotes, CRLF line ends), UTF-8 without a byte
order mark. Lists (evidence, sign-offs, corrections, the past checks a claim repeats) are
joined into one cell with " | ".
A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
the usual guard against spreadsheets running it as a formula ("CSV injection"); the cell
then shows the text as written.
"""

from __future__ import annotations

import csv
import io

from factcheck.models import Article
from factcheck.report import display
from factcheck.report.data import ClaimEntry, ReportData

HEADER = (
    "article_id", "article_title", "article_source", "article_published", "position",
    "claim_id", "claim", "speaker", "source_sentence", "kind", "checkworthiness", "band",
    "status", "stage", "verdict", "verdict_label", "verdict_color", "rating", "conclusion",
    "rationale", "verdict_by", "verdict_date", "published_date", "sign_offs", "reviewers",
    "evidence_count", "evidence", "corrections", "checked_before",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
JOIN = " | "


def neutralize(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def render_csv(report: ReportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for article in report.articles:
        for entry in article.claims:
            writer.writerow([neutralize(cell) for cell in _row(report, article.article, entry)])
    return out.getvalue()


def _row(report: ReportData, article: Article, entry: ClaimEntry) -> list[str]:
    claim, verdict, option = entry.claim, entry.verdict, entry.verdict_option
    evidence = [
        " ".join(
            part
            for part in (f"{note.stance}:", note.url, f"“{note.quote}”" if note.quote else "")
            if part
        )
        for note in entry.evidence
    ]
    return [
        article.id,
        article.title,
        article.source,
        display.day(article.published),
        str(entry.position),
        claim.id,
        claim.text,
        claim.speaker or "",
        claim.sentence,
        str(claim.kind),
        f"{claim.checkworthiness:.2f}",
        claim.band,
        entry.status,
        entry.stage.id,
        verdict.label if verdict else "",
        option.label if option else "",
        option.color if option else "",
        str(option.rating) if option else "",
        verdict.conclusion if verdict else "",
        verdict.rationale if verdict else "",
        verdict.reviewer if verdict else "",
        display.day(verdict.at) if verdict else "",
        display.day(entry.published_at),
        JOIN.join(f"{s.reviewer} {display.day(s.at)}" for s in entry.sign_offs),
        JOIN.join(entry.reviewers),
        str(len(entry.evidence)),
        JOIN.join(evidence),
        JOIN.join(display.correction_text(report, c) for c in entry.corrections),
        JOIN.join(
            f"{display.past_check_text(m)}: {display.past_check_link(m)}"
            for m in report.past_checks(entry.id)
        ),
    ]
