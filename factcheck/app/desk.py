"""`Desk`: one reviewer's session over one store under one workflow — what the CLI and the
review desk (TUI) both call.

The desk owns the repository; the shells never see it. Reviewer actions go through
`ReviewService` (the review rules and the audit log); the use cases that need more than the
rules (ingest, export, the claim presenter) live beside this module and are reached from here.
Every method may touch the store and is safe to call from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from factcheck.app.activity import ActivityEntry, activity_of
from factcheck.app.changes import ChangeFeed, ClaimChange, EventLogFeed, NotifiedFeed
from factcheck.app.export import ExportRequest, ExportResult, export_report
from factcheck.app.inbox import Inbox, Inboxes
from factcheck.app.ingest import IngestStep, IngestSummary, ingest_paths
from factcheck.app.memory import DeskMemory
from factcheck.app.presenter import ClaimView, present_claim
from factcheck.app.workflows import WorkflowChoice
from factcheck.claim_query import ClaimOrder, ClaimQuery, fold
from factcheck.errors import ArticleError, WorkflowError
from factcheck.ingest import ArticleDetails
from factcheck.integrity import RecordCheck, verify_record
from factcheck.models import Article, Claim, Event, Reviewer, Triage, Verdict, WorkflowVersion
from factcheck.repository import Repository
from factcheck.review import Progress, ReviewService, StatusCounts
from factcheck.roster import display_names, find
from factcheck.settings import Settings
from factcheck.store import store_files
from factcheck.store.location import is_database, open_store
from factcheck.workflow import Stage, VerdictOption, Workflow
from factcheck.workflow.migration import parse_maps
from factcheck.workflow_record import (
    VersionedLabels,
    WorkflowFile,
    WorkflowKeeper,
    WorkflowProposal,
    versioned_labels,
    workflow_of,
)


def open_desk(settings: Settings, on_notice: Callable[[str], None] | None = None) -> Desk:
    """The desk on the settings' store and its workflow (see `factcheck.app.workflows`), as
    the settings' reviewer; `on_notice` hears the one line saying a one-off `--workflow`
    differs from the store's.

    The workflow is read when first needed, and the review rules checked when the first
    review action (or `start_review`) needs them, so listing, ingesting and exporting work
    without a reviewer name or with a store another workflow placed.
    """
    store = open_store(settings.store)
    choice = WorkflowChoice(store, settings, on_notice)
    database = is_database(settings.store)
    return Desk(
        store,
        lambda: choice.workflow,
        settings.reviewer,
        workflow_file=choice.current_file,
        protected=() if database else tuple(store_files(Path(settings.store))),
        # A database tells of each save (LISTEN/NOTIFY); a file is read when it changed.
        feed=NotifiedFeed(store, store.listen) if database else None,  # type: ignore[union-attr]
    )


class Desk:
    """Reading, acting on and reporting the claims of one repository, as one reviewer."""

    def __init__(
        self,
        repository: Repository,
        workflow: Workflow | Callable[[], Workflow],
        reviewer: str,
        workflow_file: Callable[[], WorkflowFile] | None = None,
        protected: tuple[Path, ...] = (),
        feed: ChangeFeed | None = None,
    ) -> None:
        """`workflow_file`: the store's workflow as a file (text and workflow), where a
        workflow change starts from; needed only to change the workflow."""
        self._repository = repository
        self._protected = protected
        self._workflow = workflow
        self._reviewer = reviewer
        self._feed = feed or EventLogFeed(repository)
        self._workflow_file = workflow_file

    @cached_property
    def workflow(self) -> Workflow:
        return self._workflow() if callable(self._workflow) else self._workflow

    @cached_property
    def labels(self) -> VersionedLabels:
        """Verdict labels as given: each from the workflow version it was given under."""
        return versioned_labels(self._repository, self.workflow)

    def verdict_option(self, verdict: Verdict) -> VerdictOption | None:
        return self.labels.of(verdict)

    @cached_property
    def memory(self) -> DeskMemory:
        """The fact-check library and matching against it (one index kept per desk)."""
        return DeskMemory(self._repository, lambda: self.workflow)

    @cached_property
    def _review(self) -> ReviewService:
        return ReviewService(
            self._repository, self.workflow, self._reviewer, earlier_verdict=self.labels.had
        )

    def start_review(self) -> Desk:
        """Check now that this reviewer may review this store under this workflow
        (`ReviewError` says why not), rather than at the first action."""
        self._review  # noqa: B018 - building the service runs its checks
        return self

    @property
    def reviewer(self) -> str:
        return self._review.reviewer

    @property
    def location(self) -> str:
        """Where the claims are kept, for messages (the store file, or `memory`)."""
        return str(getattr(self._repository, "path", "memory"))

    # -- reading --------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        return self._repository.list_articles()

    def article(self, article_id: str) -> Article:
        """The article; `ArticleError` naming the known ones when there is none so."""
        article = self._repository.get_article(article_id)
        if article is None:
            known = ", ".join(a.id for a in self.articles()) or "none yet"
            raise ArticleError(
                f"no article with id {article_id!r} in {self.location} (articles: {known})"
            )
        return article

    def claims(self, article_id: str | None = None) -> list[Claim]:
        """Claims in article order (all, or one article's)."""
        return self._repository.list_claims(article_id)

    def claims_page(
        self, offset: int, limit: int, article_id: str | None = None
    ) -> tuple[list[Claim], int]:
        """One page of `claims` (from `offset`, at most `limit`) and how many there are in
        all; a database store reads only the page."""
        return self._repository.claims_page(offset, limit, article_id)

    def claim(self, claim_id: str) -> Claim:
        return self._review.claim(claim_id)

    def stage_of(self, claim: Claim) -> Stage:
        return self.workflow.stage_of(claim)

    def history(self, claim_id: str) -> list[Event]:
        return self._review.history(claim_id)

    def activity(self, claim_id: str) -> list[ActivityEntry]:
        """Who did what to the claim and when, with reasons and comments, oldest first."""
        return activity_of(self.history(claim_id))

    def inboxes(self) -> Inboxes:
        """This reviewer's inboxes, with their roster roles as they are now."""
        me = find(self.reviewers(), self.reviewer)
        return Inboxes(self.workflow, self.reviewer, frozenset(me.roles if me else ()))

    def progress(self, article_id: str | None = None) -> Progress:
        """Published, proposed (verdict not yet published), decided and total claims (of
        one article, or all): counted by the store, no claim read."""
        everything = self.claim_query(article_id=article_id, triage=frozenset(Triage))
        tally = self._repository.tally(everything, self.workflow.final_stage or "")
        return Progress(tally.published, tally.proposed, tally.decided, tally.total)

    # -- the queue: claims a page at a time (see `factcheck.claim_query`) ------------------

    def claim_query(
        self,
        *,
        article_id: str | None = None,
        inbox: Inbox = Inbox.ALL,
        order: ClaimOrder = ClaimOrder.POSITION,
        inboxes: Inboxes | None = None,
        words: tuple[str, ...] = (),
        assignee: str | None = None,
        **conditions: object,
    ) -> ClaimQuery:
        """The claims a queue shows: of `article_id` (or all), in `inbox` (as `inboxes`, by
        default this reviewer's now), passing the filter's `conditions` (`ClaimQuery`
        fields: stage, kind, verdict, triage; `words` and `assignee` compared case-blind)."""
        inbox_conditions = (inboxes or self.inboxes()).conditions(inbox) if inbox else {}
        return ClaimQuery(
            first_stage=self.workflow.first_stage.id,
            article_id=article_id,
            order=order,
            words=tuple(fold(word) for word in words),
            assignee_folded=None if assignee is None else fold(assignee),
            **conditions,  # type: ignore[arg-type]
            **inbox_conditions,  # type: ignore[arg-type]
        )

    def query_claims(
        self, query: ClaimQuery, offset: int, limit: int, from_end: bool = False
    ) -> list[Claim]:
        return self._repository.query_claims(query, offset, limit, from_end=from_end)

    def count_claims(self, query: ClaimQuery) -> int:
        return self._repository.count_claims(query)

    def count_and_position(self, query: ClaimQuery, claim_id: str | None) -> tuple[int, int]:
        """How many claims `query` holds, and the row of `claim_id` among them (0 when it
        is not one of them, or None)."""
        if claim_id is None:
            return self.count_claims(query), 0
        total, row = self._repository.count_and_position(query, claim_id)
        return total, row or 0

    def inbox_counts(
        self, article_id: str | None = None, inboxes: Inboxes | None = None
    ) -> dict[Inbox, int]:
        """How many claims (of one article, or all; every triage state) each inbox holds."""
        return self.queue_counts(None, article_id, inboxes)[1]

    def queue_counts(
        self, query: ClaimQuery | None, article_id: str | None, inboxes: Inboxes | None = None
    ) -> tuple[int, dict[Inbox, int]]:
        """How many claims `query` holds (0 for None) and each inbox (as `inbox_counts`),
        counted together: a database passes over its claims once for all of them."""
        inboxes = inboxes or self.inboxes()
        in_inbox = [
            self.claim_query(
                article_id=article_id, inbox=inbox, inboxes=inboxes, triage=frozenset(Triage)
            )
            for inbox in Inbox
        ]
        counts = self._repository.count_each([query, *in_inbox] if query else in_inbox)
        rows = counts.pop(0) if query else 0
        return rows, dict(zip(Inbox, counts, strict=True))

    def status_counts(self) -> StatusCounts:
        return self._review.status_counts()

    def change_cursor(self) -> object:
        """Take before reading what is shown: `changes_since` it then misses nothing."""
        return self._feed.cursor()

    def changes_since(self, cursor: object) -> tuple[list[ClaimChange], object]:
        """Every reviewer's saved actions since `cursor` (this one's too), and the next cursor."""
        return self._feed.changes_since(cursor)

    def present(self, claim: Claim) -> ClaimView:
        return present_claim(claim, self.workflow, self.labels)

    def refusal(self, claim: Claim, action: str) -> str | None:
        """Why `action` (a workflow action: verdict, evidence, sign_off, ...) may not be
        taken on the claim as shown, or None: the desk asks before opening a form."""
        return self._review.refusal(claim, action)

    def verify_record(self) -> RecordCheck:
        """Whether the audit chain is whole and every claim is what its events made it."""
        return verify_record(self._repository)

    # -- the roster -----------------------------------------------------------------------

    def reviewers(self) -> list[Reviewer]:
        return self._repository.list_reviewers()

    def display_names(self) -> dict[str, str]:
        """Roster name -> the name reports show."""
        return display_names(self._repository)

    def add_reviewer(self, name: str, display: str = "", roles: Sequence[str] = ()) -> Reviewer:
        return self._review.roster.add(name, display, roles)

    def remove_reviewer(self, name: str) -> Reviewer:
        return self._review.roster.remove(name)

    # -- acting: each is one ReviewService action, saved with its audit event --------------
    # `revision` is the claim's revision as the reviewer saw it: a newer stored one is
    # refused with `StaleClaimError` (who changed it, and when) instead of overwritten.

    def accept(self, claim_id: str, revision: int | None = None) -> Claim:
        return self._review.accept(claim_id, revision=revision)

    def reject(self, claim_id: str, reason: str, revision: int | None = None) -> Claim:
        return self._review.reject(claim_id, reason, revision=revision)

    def edit(self, claim_id: str, text: str, revision: int | None = None) -> Claim:
        return self._review.edit(claim_id, text, revision=revision)

    def merge(self, claim_id: str, into: str, revision: int | None = None) -> Claim:
        return self._review.merge(claim_id, into, revision=revision)

    def assign(self, claim_id: str, to: str | None, revision: int | None = None) -> Claim:
        return self._review.assign(claim_id, to, revision=revision)

    def add_note(self, claim_id: str, revision: int | None = None, **note: str) -> Claim:
        """`url` and `stance` required; `quote`, `title`, `note` optional."""
        return self._review.add_note(claim_id, revision=revision, **note)  # type: ignore[arg-type]

    def edit_note(
        self, claim_id: str, note_id: str, revision: int | None = None, **fields: str
    ) -> Claim:
        return self._review.edit_note(claim_id, note_id, revision=revision, **fields)

    def remove_note(self, claim_id: str, note_id: str, revision: int | None = None) -> Claim:
        return self._review.remove_note(claim_id, note_id, revision=revision)

    def set_verdict(
        self,
        claim_id: str,
        label: str,
        rationale: str = "",
        conclusion: str = "",
        public_wording: str = "",
        revision: int | None = None,
    ) -> Claim:
        return self._review.set_verdict(
            claim_id, label, rationale, conclusion, public_wording, revision=revision
        )

    def advance(self, claim_id: str, revision: int | None = None) -> Claim:
        """The next stage; on a published claim, publish its signed-off correction."""
        return self._review.advance(claim_id, revision=revision)

    def send_back(
        self,
        claim_id: str,
        to_stage: str,
        reason: str,
        revision: int | None = None,
        comment: str = "",
    ) -> Claim:
        return self._review.send_back(
            claim_id, to_stage, reason, revision=revision, comment=comment
        )

    def sign_off(self, claim_id: str, revision: int | None = None, comment: str = "") -> Claim:
        """Approve the verdict, or on a published claim its pending correction; a `comment`
        goes into the claim's conversation with it."""
        return self._review.sign_off(claim_id, revision=revision, comment=comment)

    def comment(self, claim_id: str, text: str) -> ActivityEntry:
        """Add a comment to the claim's conversation (an audit event; the claim is unchanged)."""
        return activity_of([self._review.comment(claim_id, text)])[0]

    def correct(
        self,
        claim_id: str,
        label: str,
        rationale: str,
        reason: str,
        conclusion: str = "",
        revision: int | None = None,
    ) -> Claim:
        """Propose a correction to a published verdict (pending until signed off and
        published with `advance`)."""
        return self._review.correct(
            claim_id, label, rationale, reason, conclusion, revision=revision
        )

    def undo(self, claim_id: str) -> Claim:
        return self._review.undo(claim_id)

    def undo_last(self) -> tuple[Event, Claim]:
        """Undo this reviewer's last action on whichever claim it was: the action undone
        and the claim as restored."""
        return self._review.undo_last_action()

    # -- the store's workflow (`factcheck workflow use / history`) --------------------------

    def workflow_versions(self) -> list[WorkflowVersion]:
        """Every version of the workflow the store kept, oldest first."""
        return self._repository.workflow_versions()

    def store_workflow_file(self, version: int | None = None) -> WorkflowFile:
        """The store's workflow as a file: kept version `version`, or else its last kept
        version, or the settings' file."""
        if version is not None:
            versions = self.workflow_versions()
            if not 1 <= version <= len(versions):
                have = f"versions 1 to {len(versions)}" if versions else "no versions yet"
                raise WorkflowError(f"the store keeps no workflow version {version} ({have})")
            kept = versions[version - 1]
            return WorkflowFile(kept.text, workflow_of(kept))
        if self._workflow_file is None:
            raise WorkflowError("this desk was opened without a workflow file to start from")
        return self._workflow_file()

    def propose_workflow(
        self,
        new_file: WorkflowFile,
        source: str,
        stage_maps: Sequence[str] = (),
        verdict_maps: Sequence[str] = (),
    ) -> WorkflowProposal:
        """What making `new_file` the store's workflow would keep and move; saves nothing.
        `stage_maps` / `verdict_maps` are `OLD=NEW` entries."""
        return self._keeper.propose(
            new_file,
            source,
            self.store_workflow_file(),
            parse_maps(stage_maps, "stage"),
            parse_maps(verdict_maps, "verdict"),
        )

    def adopt_workflow(self, proposal: WorkflowProposal) -> None:
        """Save the proposal in one change (refused while claims are left unmapped)."""
        self._keeper.adopt(proposal, self.store_workflow_file().workflow)

    @cached_property
    def _keeper(self) -> WorkflowKeeper:
        return WorkflowKeeper(self._repository, self.reviewer)

    # -- use cases beyond one claim ---------------------------------------------------------

    def ingest(
        self,
        paths: list[Path],
        on_step: Callable[[IngestStep], None] | None = None,
        details: ArticleDetails | None = None,
        jobs: int | None = None,
    ) -> IngestSummary:
        return ingest_paths(self._repository, paths, on_step, details, jobs=jobs)

    def edit_article(self, article_id: str, details: ArticleDetails) -> Article | None:
        """Give a stored article new published details (headline, link, outlet, author,
        date); the article as saved, or None when it already read so. Its id, text and
        claims never change."""
        article = self.article(article_id)
        edited = details.applied_to(article)
        if edited == article:
            return None
        self._repository.save_article(edited)
        return edited

    def export(
        self, request: ExportRequest, on_stage: Callable[[str], None] | None = None
    ) -> ExportResult:
        if self._protected:
            request = replace(request, protected=request.protected + self._protected)
        return export_report(
            self._repository, self.labels, request, on_stage, self.memory.checked_before
        )
