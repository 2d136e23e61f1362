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

from pydantic import BaseModel, ConfigDict, Field, field_validator

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


class Correction(_Model):
    """A change to a verdict after the claim reached a final (locked) stage."""

    previous_label: str
    new_label: str
    reason: str
    reviewer: str
    at: datetime = Field(default_factory=utc_now)


class Claim(_Model):
    id: str
    article_id: str
    text: str
    extracted_text: str
    sentence_index: int
    span: tuple[int, int]
    sentence: str = ""
    speaker: str | None = None
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


class Event(_Model):
    """One entry of the append-only audit log. Undo is a new event; nothing is deleted."""

    id: str
    claim_id: str
    at: datetime = Field(default_factory=utc_now)
    actor: str
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    detail: str = ""
    # Set on an undo event: the id of the event whose `before` it restored.
    undoes: str | None = None
