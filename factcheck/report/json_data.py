"""The JSON report: the full data, for programs (a CMS, a dashboard, an archive).

Shape (`schema_version` 1): `workflow` (name, stages, scale with best/worst rating),
`filters`, `summary` (all articles), `articles` (each article's fields, its `summary` and its
shown `claims`). A claim is every field of the stored claim (`stage` filled in with the
workflow's first stage when not yet placed) plus `position`, `status`, `stage_title`,
`verdict_option` (the scale's label, colour and rating for its verdict), `published_at`,
`reviewers`, `public_wording` (the claim as the public page and ClaimReview word it) and
`checked_before` (the past fact checks it repeats, best first: each check's fields and the
match `score`; empty when none was found).
Times are ISO 8601 in UTC, as stored; keys keep a fixed order, so output is stable.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter

from factcheck.report.data import ClaimEntry, ReportData, Summary
from factcheck.report.wording import public_wording

SCHEMA_VERSION = 1
# Times written as the stored models write theirs (`2024-04-03T09:13:00Z`).
_TIME = TypeAdapter(datetime | None)


def render_json(report: ReportData) -> str:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"


def report_json(report: ReportData) -> dict[str, Any]:
    workflow = report.workflow
    filters = report.filters
    return {
        "schema_version": SCHEMA_VERSION,
        **({"unverified": report.unverified} if report.unverified else {}),
        "workflow": {
            "name": workflow.name,
            # The store's version of it (null: a file the store has not kept).
            "version": workflow.version,
            "final_stage": workflow.final_stage,
            "stages": [{"id": s.id, "title": s.title} for s in workflow.stages],
            "scale": {
                "best_rating": workflow.scale.best_rating,
                "worst_rating": workflow.scale.worst_rating,
                "verdicts": [v.model_dump(mode="json") for v in workflow.scale.verdicts],
            },
        },
        "filters": {
            "article": filters.article_id,
            "stages": list(filters.stages),
            "verdicts": list(filters.verdicts),
            "include_unreviewed": filters.include_unreviewed,
        },
        "summary": summary_json(report.summary),
        "articles": [
            {
                **article.article.model_dump(mode="json"),
                "summary": summary_json(article.summary),
                "claims": [claim_json(entry, report) for entry in article.claims],
            }
            for article in report.articles
        ],
    }


def summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "total": summary.total,
        "reviewed": summary.reviewed,
        "reviewed_share": round(summary.reviewed_share, 4),
        "by_verdict": [
            {"id": row.key, "label": row.label, "count": row.count} for row in summary.by_verdict
        ],
        "by_stage": [
            {"id": row.key, "title": row.label, "count": row.count} for row in summary.by_stage
        ],
    }


def claim_json(entry: ClaimEntry, report: ReportData) -> dict[str, Any]:
    option = entry.verdict_option
    return {
        **entry.claim.model_dump(mode="json"),
        "stage": entry.stage.id,
        "position": entry.position,
        "status": entry.status,
        "stage_title": entry.stage.title,
        "verdict_option": option.model_dump(mode="json", exclude={"description"})
        if option
        else None,
        "published_at": _TIME.dump_python(entry.published_at, mode="json"),
        "reviewers": entry.reviewers,
        "public_wording": public_wording(entry.claim),
        "checked_before": [
            {**match.check.model_dump(mode="json"), "score": round(match.score, 4)}
            for match in report.past_checks(entry.id)
        ],
        "comments": [
            {"by": c.actor, "at": _TIME.dump_python(c.at, mode="json"), "text": c.detail}
            for c in entry.comments
        ],
    }
