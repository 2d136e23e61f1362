"""Wording and formatting every human-readable report shares (Markdown, HTML, CSV), so the
formats say the same thing in the same words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from factcheck.models import Correction, Verdict
from factcheck.report.data import (
    IN_REVIEW,
    MERGED,
    REJECTED,
    STATUS_LABELS,
    ClaimEntry,
    ReportData,
    Summary,
)
from factcheck.urls import is_web_url as is_web_url  # the formats check links through here
from factcheck.urls import punycode_host as punycode_host

if TYPE_CHECKING:
    from factcheck.library.memory import Match

ARTICLE_VOICE = "the article itself"
UNKNOWN_VOICE = "unknown (someone's words, not the article's)"


def day(moment: datetime | date | None) -> str:
    """`YYYY-MM-DD` (in UTC for times), or empty for none."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = (moment.astimezone(UTC) if moment.tzinfo else moment).date()
    return moment.isoformat()


def percent(share: float) -> str:
    return f"{share:.0%}"


def score(entry: ClaimEntry) -> str:
    return f"{entry.claim.checkworthiness:.2f} ({entry.claim.band})"


def speaker(entry: ClaimEntry) -> str:
    if entry.claim.speaker:
        return entry.claim.speaker
    return UNKNOWN_VOICE if entry.claim.speaker_unknown else ARTICLE_VOICE


def status_text(entry: ClaimEntry) -> str:
    """The claim's state in words: a proposed verdict always says it is not final."""
    if entry.is_published:
        return f"Published {day(entry.published_at)}"
    if entry.status == IN_REVIEW:
        return f"In review, stage {entry.stage.title}: the verdict is proposed, not final"
    text = STATUS_LABELS[entry.status]
    if entry.claim.merged_into and entry.status == MERGED:
        return f"{text} ({entry.claim.merged_into})"
    if entry.claim.triage_reason and entry.status == REJECTED:
        return f"{text}: {entry.claim.triage_reason}"
    return f"{text}, stage {entry.stage.title}"


def verdict_text(entry: ClaimEntry) -> str:
    """The verdict as a reader may take it: `Mostly true` only once published; while in
    review `Proposed: Mostly true (in review)`; on a claim later rejected or merged
    `Not in force: Mostly true (claim rejected)`; empty without a verdict."""
    option = entry.verdict_option
    if option is None:
        return ""
    if entry.is_published:
        return option.label
    if entry.status == IN_REVIEW:
        return f"Proposed: {option.label} (in review)"
    return f"Not in force: {option.label} (claim {entry.status})"


def reviewed_text(summary: Summary) -> str:
    return (
        f"Review finished for {summary.reviewed} of {summary.total} claims "
        f"({percent(summary.reviewed_share)})"
    )


def correction_text(report: ReportData, correction: Correction) -> str:
    before = report.label_of(correction.previous_label, _version(correction.previous_verdict))
    after = report.label_of(correction.new_label, _version(correction.verdict))
    return f"{day(correction.at)} by {correction.reviewer}: {before} → {after}: {correction.reason}"


def _version(verdict: Verdict | None) -> int | None:
    return verdict.workflow_version if verdict else None


def past_check_text(match: Match) -> str:
    """A past check a claim repeats, without its link: `False — Full Fact, 2020-01-15,
    match 0.87` (the match score is the matcher's probability that it checks this claim)."""
    check = match.check
    who = check.organisation or "unknown checker"
    return f"{check.rating} — {who}, {day(check.published) or 'undated'}, match {match.score:.2f}"


def past_check_link(match: Match) -> str:
    """Where the past check is: its review URL, or the claim of this desk it was given to."""
    check = match.check
    return check.url or f"this desk, claim {check.claim_id}"
