"""The document shapes both backends store, and their conversion to the models.

A document is a model's `model_dump(mode="json")`; settings are `{"key": ..., "value": ...}`.
Both backends keep the same tables of the same documents, so `factcheck store copy` moves a
store between them document by document, and the audit chain's hashes stay valid.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.errors import StoreError
from factcheck.library.checks import CheckedClaim
from factcheck.models import Article, Claim, Event, Reviewer, WorkflowVersion

ARTICLES, CLAIMS, EVENTS, SETTINGS = "articles", "claims", "events", "settings"
REVIEWERS = "reviewers"
# Imported fact checks (factcheck.library); keyed by an id derived from the review URL.
LIBRARY = "library"
LIBRARY_REVISION = "library_revision"
# The field that is unique in each keyed table; events are only ever appended and listed.
KEY_FIELDS = {ARTICLES: "id", CLAIMS: "id", SETTINGS: "key", REVIEWERS: "key", LIBRARY: "id"}
MODELS: dict[str, type[BaseModel]] = {
    ARTICLES: Article,
    CLAIMS: Claim,
    EVENTS: Event,
    REVIEWERS: Reviewer,
    LIBRARY: CheckedClaim,
}
# Every table a store holds, in the order a copy writes them.
TABLES = (ARTICLES, CLAIMS, EVENTS, SETTINGS, REVIEWERS, LIBRARY)
AUDIT_HEAD = "audit"
# The setting holding every workflow version the store kept, oldest first.
WORKFLOWS = "workflows"
SEAL_ACTOR = "factcheck"

Tables = dict[str, list[dict[str, Any]]]


def model_of(table: str, doc: dict[str, Any], where: str) -> Any:
    """The document as its model; one that no longer fits is a damaged store, not a bug."""
    try:
        return MODELS[table].model_validate(doc)
    except ValidationError as error:
        problem = error.errors()[0]
        field = ".".join(str(part) for part in problem["loc"])
        raise StoreError(
            f"{where}: {table} document {doc.get('id')!r} does not fit the data model "
            f"({field}: {problem['msg']}); left unchanged"
        ) from None


def head_of(value: Any) -> str | None:
    """The chain's head from the `audit` setting's value (None: the store has none)."""
    return value.get("head") if isinstance(value, dict) else None


def version_count(value: Any) -> int:
    """How many workflow versions the `workflows` setting's value holds."""
    return len(value) if isinstance(value, list) else 0


def versions_of(value: Any, where: str) -> list[WorkflowVersion]:
    """The workflow versions the `workflows` setting's value holds, oldest first."""
    if not isinstance(value, list):
        return []
    try:
        return [WorkflowVersion.model_validate(item) for item in value]
    except ValidationError as error:
        raise StoreError(
            f"{where}: the stored workflow versions do not fit the data model "
            f"({error.errors()[0]['msg']}); left unchanged"
        ) from None
