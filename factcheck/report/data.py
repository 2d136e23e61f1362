"""`ReportData`: what a verdict report says, built once from the repository and the workflow.

Every renderer (Markdown, HTML, JSON, CSV, ClaimReview) reads the same `ReportData`, so the
formats never disagree about which claims are shown, in which order, or what state each is in.

Decisions a reader of any report relies on:
- **Order**: articles in the repository's order (ingest order), claims by their position in
  the article (sentence, then span). `position` is the claim's 1-based place among *all* the
  article's claims, so "claim 7" means the same thing in every filtered report.
- **Status** of a claim, never blurred: `published` (a verdict, and the claim has reached the
  workflow's final stage), `in review` (a verdict has been given but the claim has not reached
  the final stage: the verdict is *proposed*, shown as such, never as decided), `not rated`
  (no verdict yet), `rejected` and `merged` (closed in triage).
- **Which claims are shown**: by default the claims with a verdict (published or in review);
  `include_unreviewed` adds those without one (not rated, rejected, merged). `stages` and
  `verdicts` narrow the list further (a verdict filter matches proposed verdicts too).
  Articles with no claim left to show are left out, unless asked for by `article_id`.
- **Summary** per article counts *all* its claims, whatever the filters, so an editor sees how
  far the article's review has got: published verdicts per label (scale order), then claims
  in review, not rated, rejected, merged; claims per stage (workflow order); and the reviewed
  share = claims whose review is finished (published verdict, or rejected/merged in triage)
  out of all the article's claims.
- **Published date** of a verdict: when the audit log last shows the claim moving into the
  final stage; the verdict's own date when the log does not say (a hand-built store).
- **Labels as published**: a verdict shows the label, colour and rating of the workflow
  version it was given under (`factcheck.workflow_record.VersionedLabels`), so a verdict the
  desk later retired or relabelled reads as readers saw it; the summary lists a retired
  label after the current scale.
- **Checked before** (desk audience only): the past fact checks a claim repeats, as the
  fact-check memory found them when the report was made (`with_checked_before`); a report
  built without the memory lists none.
- Nothing depends on the clock: the same store gives the same report, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from factcheck import audit
from factcheck.errors import FactcheckError, WorkflowError
from factcheck.models import (
    Article,
    Claim,
    Correction,
    Event,
    EvidenceNote,
    SignOff,
    Triage,
    Verdict,
)
from factcheck.repository import Repository, claim_order
from factcheck.workflow import Stage, VerdictOption, VerdictScale, Workflow
from factcheck.workflow_record import VersionedLabels

if TYPE_CHECKING:
    # Only the type: importing the memory would load the matcher into every report.
    from factcheck.library.memory import Match

PUBLISHED = "published"
IN_REVIEW = "in review"
NOT_RATED = "not rated"
REJECTED = "rejected"
MERGED = "merged"
STATUSES = (PUBLISHED, IN_REVIEW, NOT_RATED, REJECTED, MERGED)
# How each status reads in a report's summary.
STATUS_LABELS = {
    PUBLISHED: "Published",
    IN_REVIEW: "In review (not final)",
    NOT_RATED: "Not rated yet",
    REJECTED: "Rejected",
    MERGED: "Merged into another claim",
}
HAS_VERDICT = (PUBLISHED, IN_REVIEW)


class ReportError(FactcheckError):
    """A report that cannot be made as asked: unknown article, stage, verdict or format, or a
    ClaimReview export without the site URL and publisher it must name."""


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim as every report shows it. `verdict_option` is the scale's entry for the
    claim's verdict (label, colour, rating); `stage` is where the claim sits in the workflow."""

    claim: Claim
    position: int
    status: str
    stage: Stage
    verdict_option: VerdictOption | None
    published_at: datetime | None
    comments: tuple[Event, ...] = ()  # the reviewers' comments on the claim, oldest first

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def verdict(self) -> Verdict | None:
        return self.claim.verdict

    @property
    def evidence(self) -> list[EvidenceNote]:
        return self.claim.evidence

    @property
    def sign_offs(self) -> list[SignOff]:
        return self.claim.sign_offs

    @property
    def corrections(self) -> list[Correction]:
        return self.claim.corrections

    @property
    def is_published(self) -> bool:
        """A decided verdict: the only kind a report may present as the desk's finding."""
        return self.status == PUBLISHED

    @property
    def reviewers(self) -> list[str]:
        """Everyone who worked on the claim, in the order they first appear: the verdict's
        reviewer, evidence authors, sign-offs, then correctors."""
        names: list[str] = []
        people = [
            *([self.verdict.reviewer] if self.verdict else []),
            *(note.added_by for note in self.evidence),
            *(sign_off.reviewer for sign_off in self.sign_offs),
            *(correction.reviewer for correction in self.corrections),
        ]
        for name in people:
            if name not in names:
                names.append(name)
        return names


@dataclass(frozen=True, slots=True)
class CountRow:
    """One line of a summary: a key (verdict id, status or stage id), what a reader sees, the
    colour of its chip (empty for none) and how many claims it counts."""

    key: str
    label: str
    color: str
    count: int


@dataclass(frozen=True, slots=True)
class Summary:
    by_verdict: tuple[CountRow, ...]
    by_stage: tuple[CountRow, ...]
    total: int
    reviewed: int

    @property
    def reviewed_share(self) -> float:
        return self.reviewed / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    article: Article
    summary: Summary
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True, slots=True)
class Filters:
    article_id: str | None
    stages: tuple[str, ...]
    verdicts: tuple[str, ...]
    include_unreviewed: bool


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything a report shows. Renderers only read it."""

    workflow: Workflow
    filters: Filters
    articles: tuple[ArticleEntry, ...]
    summary: Summary
    # Why the store's audit record could not be verified, when exported anyway; reports that
    # can carry a note (Markdown, HTML, JSON) say so at the top.
    unverified: str = ""
    labels: VersionedLabels | None = None
    # Claim id -> the past checks it repeats, best first (see `with_checked_before`).
    checked_before: Mapping[str, tuple[Match, ...]] = field(default_factory=dict)

    @property
    def claims(self) -> list[ClaimEntry]:
        return [entry for article in self.articles for entry in article.claims]

    def past_checks(self, claim_id: str) -> tuple[Match, ...]:
        """The past fact checks the claim repeats, best first; empty when none was found or
        the report was built without the memory."""
        return tuple(self.checked_before.get(claim_id, ()))

    def with_checked_before(self, found: Mapping[str, Sequence[Match]]) -> ReportData:
        """This report listing, under each shown claim, the past checks `found` names for it."""
        shown = {entry.id for entry in self.claims}
        return replace(
            self,
            checked_before={cid: tuple(m) for cid, m in found.items() if cid in shown and m},
        )

    def option(self, verdict_id: str, version: int | None = None) -> VerdictOption | None:
        """The verdict id's scale entry as of workflow `version` (see `VersionedLabels`)."""
        if self.labels is not None:
            return self.labels.option(verdict_id, version)
        return self.workflow.scale.option(verdict_id)

    def scale_of(self, verdict: Verdict) -> VerdictScale:
        """The scale the verdict was given on (an earlier version's, for an old verdict)."""
        if self.labels is not None:
            found = self.labels.scale(verdict.label, verdict.workflow_version)
            if found is not None:
                return found
        return self.workflow.scale

    def label_of(self, verdict_id: str, version: int | None = None) -> str:
        option = self.option(verdict_id, version)
        return option.label if option else verdict_id


def build_report(
    repository: Repository,
    workflow: Workflow,
    *,
    article_id: str | None = None,
    stages: Iterable[str] | None = None,
    verdicts: Iterable[str] | None = None,
    include_unreviewed: bool = False,
    unverified: str = "",
    labels: VersionedLabels | None = None,
) -> ReportData:
    """Gather one report's data; unknown article, stage or verdict ids raise `ReportError`.
    `labels` gives each verdict its label from the version it was given under (default:
    the workflow's scale for every verdict)."""
    labels = labels or VersionedLabels(workflow)
    filters = Filters(
        article_id=article_id,
        stages=_known(stages, workflow.stage_ids, "stage"),
        verdicts=_known(
            verdicts, [*workflow.scale.ids, *filter(labels.had, verdicts or ())], "verdict"
        ),
        include_unreviewed=include_unreviewed,
    )
    if article_id is not None:
        article = repository.get_article(article_id)
        if article is None:
            raise ReportError(f"no article with id {article_id!r} in the store")
        articles = [article]
    else:
        articles = repository.list_articles()
    events = repository.list_events()
    published_at = _published_times(events, workflow)
    comments: dict[str, list[Event]] = {}
    for event in events:
        if event.action == audit.COMMENT:
            comments.setdefault(event.claim_id, []).append(event)
    # One read of the claims, grouped here: asking per article rescans the store each time.
    by_article: dict[str, list[Claim]] = {}
    for claim in repository.list_claims(article_id):
        by_article.setdefault(claim.article_id, []).append(claim)
    entries: list[ArticleEntry] = []
    everything: list[ClaimEntry] = []
    for article in articles:
        claims = sorted(by_article.get(article.id, []), key=claim_order)
        placed = [
            _entry(claim, position, workflow, labels, published_at, comments.get(claim.id, ()))
            for position, claim in enumerate(claims, start=1)
        ]
        everything.extend(placed)
        shown = tuple(entry for entry in placed if _wanted(entry, filters))
        if shown or article_id is not None:
            entries.append(ArticleEntry(article, summarize(placed, workflow), shown))
    return ReportData(
        workflow, filters, tuple(entries), summarize(everything, workflow), unverified, labels
    )


def summarize(entries: Sequence[ClaimEntry], workflow: Workflow) -> Summary:
    """Counts by published verdict and status, by stage, and how many are reviewed."""
    # Keyed by the scale entry each verdict shows: one given under an earlier version with
    # another label (or a retired id) gets its own row after the current scale.
    by_option: dict[VerdictOption, int] = {}
    by_status: dict[str, int] = {}
    by_stage: dict[str, int] = {}
    for entry in entries:
        by_status[entry.status] = by_status.get(entry.status, 0) + 1
        by_stage[entry.stage.id] = by_stage.get(entry.stage.id, 0) + 1
        if entry.is_published and entry.verdict_option is not None:
            by_option[entry.verdict_option] = by_option.get(entry.verdict_option, 0) + 1
    earlier = [option for option in by_option if option not in workflow.scale.verdicts]
    verdict_rows = [
        CountRow(option.id, option.label, option.color, by_option.get(option, 0))
        for option in [*workflow.scale.verdicts, *earlier]
    ]
    status_rows = [
        CountRow(status, STATUS_LABELS[status], "", by_status.get(status, 0))
        for status in STATUSES
        if status != PUBLISHED
    ]
    stage_rows = [
        CountRow(stage.id, stage.title, "", by_stage.get(stage.id, 0)) for stage in workflow.stages
    ]
    reviewed = sum(by_status.get(status, 0) for status in (PUBLISHED, REJECTED, MERGED))
    return Summary(tuple(verdict_rows + status_rows), tuple(stage_rows), len(entries), reviewed)


def _known(ids: Iterable[str] | None, known: list[str], what: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(i.strip() for i in ids or ()))
    unknown = [i for i in chosen if i not in known]
    if unknown:
        raise ReportError(
            f"unknown {what} {', '.join(map(repr, unknown))}; the workflow has {', '.join(known)}"
        )
    return chosen


def _status(claim: Claim, stage: Stage, workflow: Workflow) -> str:
    if claim.triage == Triage.REJECTED:
        return REJECTED
    if claim.triage == Triage.MERGED:
        return MERGED
    if claim.verdict is None:
        return NOT_RATED
    return PUBLISHED if workflow.is_final(stage.id) else IN_REVIEW


def _entry(
    claim: Claim,
    position: int,
    workflow: Workflow,
    labels: VersionedLabels,
    published_at: dict[str, datetime],
    comments: Iterable[Event] = (),
) -> ClaimEntry:
    stage = _stage_of(claim, workflow)
    option = None
    if claim.verdict is not None:
        option = labels.of(claim.verdict)
        if option is None:
            raise ReportError(
                f"claim {claim.id} carries verdict {claim.verdict.label!r}, which workflow "
                f"{workflow.name!r} ({workflow.source}) does not have; pass the workflow it was "
                "reviewed under with --workflow"
            )
    status = _status(claim, stage, workflow)
    when = None
    if status == PUBLISHED and claim.verdict is not None:
        when = published_at.get(claim.id, claim.verdict.at)
    return ClaimEntry(claim, position, status, stage, option, when, tuple(comments))


def _stage_of(claim: Claim, workflow: Workflow) -> Stage:
    try:
        return workflow.stage_of(claim)
    except WorkflowError as error:
        hint = "pass the workflow it was reviewed under with --workflow"
        raise ReportError(f"{error}; {hint}") from None


def _wanted(entry: ClaimEntry, filters: Filters) -> bool:
    if not filters.include_unreviewed and entry.status not in HAS_VERDICT:
        return False
    if filters.stages and entry.stage.id not in filters.stages:
        return False
    return not filters.verdicts or (
        entry.verdict is not None and entry.verdict.label in filters.verdicts
    )


def _published_times(events: Iterable[Event], workflow: Workflow) -> dict[str, datetime]:
    """For each claim, when the audit log last shows it entering the final stage."""
    final = workflow.final_stage
    times: dict[str, datetime] = {}
    for event in events:
        stage = event.field_change("stage")
        if stage is not None and stage[1] == final and stage[0] != final:
            times[event.claim_id] = event.at
    return times
