"""The data model every factcheck module speaks (see ../shared/DESIGN.md).

Plain pydantic v2 models: no storage or UI knowledge. `model_dump(mode="json")` is the
shape stored on disk and printed by `factcheck claims --format json`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)

CHECKWORTHINESS_BANDS: tuple[tuple[float, str], ...] = (
    (0.75, "high"),
    (0.5, "medium"),
    (0.25, "low"),
    (0.0, "none"),
)


def band(score: float | None) -> str:
    """Check-worthiness band used everywhere: none < 0.25 <= low < 0.5 <= medium < 0.75 <= high."""
    if score is None:
        return "none"
    for floor, name in CHECKWORTHINESS_BANDS:
        if score >= floor:
            return name
    return "none"


def utc_now() -> datetime:
    return datetime.now(UTC)


def normalize_text(text: str) -> str:
    """The form an article's id is computed from: NFC, folded whitespace."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id_for(text: str) -> str:
    """A short, stable id for an article body: the same text always gets the same id."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:12]


def claim_id_for(article_id: str, number: int) -> str:
    return f"{article_id}-{number:03d}"


class ClaimKind(StrEnum):
    QUANTITY = "quantity"
    COMPARISON = "comparison"
    CAUSAL = "causal"
    EVENT = "event"
    STATEMENT = "statement"
    PREDICTION = "prediction"
    OPINION = "opinion"


class Triage(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MERGED = "merged"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Article(_Model):
    """An ingested article. `source` is where it was read from (a file name, or a URL for
    articles given as one); `url`, `outlet` and `author` are the published article's own
    details, from the file's header lines, `ingest` flags or `article edit` (empty when
    unknown, so stores written before they existed still load)."""

    id: str
    title: str
    source: str
    published: date | None = None
    text: str
    ingested_at: datetime = Field(default_factory=utc_now)
    url: str = ""
    outlet: str = ""
    author: str = ""


class Verdict(_Model):
    label: str
    rationale: str = ""
    # The one-sentence conclusion some desks publish beside (or instead of) a rating.
    conclusion: str = ""
    # The claim as it will be published ("X said ..."); empty means the default wording
    # built from the claim and its speaker (see `factcheck.report.wording`).
    public_wording: str = ""
    reviewer: str
    at: datetime = Field(default_factory=utc_now)
    # The version of the store's workflow the verdict was given under (see
    # `WorkflowVersion`): reports show its label from that version, so retiring or renaming
    # a verdict never relabels what was published. None: given before the store kept its
    # workflow, read as the store's first version.
    workflow_version: int | None = None

    @model_serializer(mode="wrap")
    def _leave_out_unknown_version(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Verdicts given before versions existed dump exactly as they were written, so the
        hashes their audit events recorded still match."""
        data = handler(self)
        if isinstance(data, dict) and data.get("workflow_version") is None:
            data.pop("workflow_version", None)
        return data


class EvidenceNote(_Model):
    id: str
    url: str
    title: str = ""
    quote: str = ""
    stance: Stance
    note: str = ""
    added_by: str
    at: datetime = Field(default_factory=utc_now)


class SignOff(_Model):
    reviewer: str
    at: datetime = Field(default_factory=utc_now)
    # The signer's roles when signing: a workflow may count only an editor's sign-off.
    roles: list[str] = Field(default_factory=list)


class Correction(_Model):
    """A reviewed change to a published verdict.

    While `published_at` is None the correction is pending: the claim still shows (and
    reports still publish) the verdict it corrects, and the correction collects its own
    sign-offs. Publishing it keeps the superseded verdict and its sign-offs here, so the
    record shows what readers saw before. Corrections recorded before corrections were
    reviewed carry only the two labels.
    """

    previous_label: str
    new_label: str
    reason: str
    reviewer: str
    at: datetime = Field(default_factory=utc_now)
    verdict: Verdict | None = None
    sign_offs: list[SignOff] = Field(default_factory=list)
    # Evidence added with the correction; it joins the claim's evidence when published.
    evidence: list[EvidenceNote] = Field(default_factory=list)
    previous_verdict: Verdict | None = None
    previous_sign_offs: list[SignOff] = Field(default_factory=list)
    published_at: datetime | None = None


class Claim(_Model):
    id: str
    article_id: str
    text: str
    extracted_text: str
    sentence_index: int
    span: tuple[int, int]
    sentence: str = ""
    speaker: str | None = None
    # Someone speaks the claim (its words are quoted, or say "we", "I") but the splitter could
    # not tell who: with no speaker it is not the article's own voice.
    speaker_unknown: bool = False
    # The splitter could not make the claim stand alone (an unresolved "he", "the firm", an
    # unnamed speaker) and kept the article's words rather than guess; `context_note` says why.
    needs_context: bool = False
    context_note: str = ""
    kind: ClaimKind = ClaimKind.EVENT
    checkworthiness: float = Field(default=0.0, ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list)
    triage: Triage = Triage.PENDING
    triage_reason: str = ""
    merged_into: str | None = None
    # None until a review workflow places the claim; the review service reads None as
    # "the workflow's first stage", so ingest needs no workflow.
    stage: str | None = None
    verdict: Verdict | None = None
    evidence: list[EvidenceNote] = Field(default_factory=list)
    assignee: str | None = None
    sign_offs: list[SignOff] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    # A correction proposed on the published claim and not yet published itself.
    pending_correction: Correction | None = None
    # Counts the saved changes to the claim: an action names the revision its reviewer saw,
    # so a change made meanwhile by someone else is refused instead of overwritten.
    revision: int = Field(default=0, ge=0)

    @field_validator("span")
    @classmethod
    def _span_is_ordered(cls, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        if start < 0 or end < start:
            raise ValueError(f"span {span} is not a valid [start, end) range")
        return span

    @property
    def band(self) -> str:
        return band(self.checkworthiness)


class FieldChange(_Model):
    """One changed field of a claim (or one evidence note, `index` giving its place)."""

    before: Any = None
    after: Any = None
    index: int | None = None


class Event(_Model):
    """One entry of the append-only audit log. Undo is a new event; nothing is deleted.

    `changes` holds only what the action changed, keyed by field (`evidence/n3` for one
    note), so the log grows with the work and not with the claim's size. `state_hash` is set
    where a claim's history starts (ingest, or the seal of an older store): the hash of the
    whole claim then.
    Events written before this format carry the whole claim in `before` and `after`.
    `prev_hash` and `hash` chain the log: see `factcheck.audit`.
    """

    id: str
    claim_id: str
    at: datetime = Field(default_factory=utc_now)
    actor: str
    action: str
    changes: dict[str, FieldChange] | None = None
    state_hash: str = ""
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    detail: str = ""
    # Set on an undo event: the id of the event whose changes it took back.
    undoes: str | None = None
    prev_hash: str = ""
    hash: str = ""

    def field_change(self, field: str) -> tuple[Any, Any] | None:
        """(before, after) of one top-level claim field if this event changed it, else None;
        works for both the change format and the older whole-claim format."""
        if self.changes is not None:
            change = self.changes.get(field)
            return (change.before, change.after) if change else None
        if self.before is None or self.after is None:
            return None
        before, after = self.before.get(field), self.after.get(field)
        return None if before == after else (before, after)


class Reviewer(_Model):
    """A person on the desk's roster. `key` is the canonical form of `name` (see
    `factcheck.names`): two names with one key are one person."""

    name: str
    key: str
    display: str = ""
    roles: list[str] = Field(default_factory=list)
    added_by: str = ""
    at: datetime = Field(default_factory=utc_now)

    @property
    def shown_name(self) -> str:
        return self.display or self.name


class WorkflowVersion(_Model):
    """One version of the workflow a store keeps (`factcheck workflow use`): the file's whole
    text, its SHA-256 `digest`, who set it and when, and what changed from the version
    before, in words. Versions are numbered from 1 and never removed."""

    version: int = Field(ge=1)
    name: str
    text: str
    digest: str
    source: str = ""
    set_by: str
    at: datetime = Field(default_factory=utc_now)
    changes: list[str] = Field(default_factory=list)
