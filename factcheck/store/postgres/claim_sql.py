"""A `ClaimQuery` in SQL: the claim columns kept beside each document, and the WHERE and
ORDER BY clauses that give what `ClaimQuery.matches` and `sort_key` define.

Every condition but `also` (a workflow rule no column holds) is answered by the columns; the
order indexes carry the columns filters use most (`INCLUDE`), so skipping to a page deep in a
million claims reads the index alone.
"""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Json

from factcheck.claim_query import OUT_OF_FLOW, ClaimOrder, ClaimQuery, fold

# Every column a claim row has, in the order rows are written.
CLAIM_COLUMNS = (
    "id",
    "article_id",
    "article_seq",
    "sentence_index",
    "span_start",
    "span_end",
    "stage",
    "verdict",
    "triage",
    "kind",
    "assignee",
    "assignee_folded",
    "needs_context",
    "has_correction",
    "checkworthiness",
    "search",
    "doc",
)
POSITION_ORDER = ("article_seq", "sentence_index", "span_start", "span_end", "id")
_OUT = [str(triage) for triage in OUT_OF_FLOW]


def claim_row(doc: dict[str, Any]) -> dict[str, Any]:
    """The claim's columns beside its document (`article_seq` is looked up on writing)."""
    span = doc.get("span") or (0, 0)
    verdict = doc.get("verdict")
    assignee = doc.get("assignee")
    return {
        "id": doc["id"],
        "article_id": doc.get("article_id", ""),
        "sentence_index": doc.get("sentence_index", 0),
        "span_start": span[0],
        "span_end": span[1],
        "stage": doc.get("stage"),
        "verdict": verdict.get("label") if isinstance(verdict, dict) else None,
        "triage": doc.get("triage", "pending"),
        "kind": doc.get("kind", "event"),
        "assignee": assignee,
        "assignee_folded": fold(assignee or ""),
        "needs_context": bool(doc.get("needs_context", False)),
        "has_correction": doc.get("pending_correction") is not None,
        "checkworthiness": float(doc.get("checkworthiness", 0.0)),
        "search": fold(f"{doc.get('text', '')} {doc.get('speaker') or ''}"),
        "doc": Json(doc),
    }


def where(query: ClaimQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (never empty) and its parameters."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(condition: str, *values: Any) -> None:
        conditions.append(condition)
        params.extend(values)

    stage = "coalesce(stage, %s)"
    if query.article_id is not None:
        add("article_id = %s", query.article_id)
    if query.triage:
        add("triage = ANY(%s)", [str(t) for t in query.triage])
    else:
        add("triage <> ALL(%s)", _OUT)
    if query.stage is not None:
        add(f"{stage} = %s", query.first_stage, query.stage)
    if query.kind is not None:
        add("kind = %s", str(query.kind))
    if query.verdict == "none":
        add("verdict IS NULL")
    elif query.verdict is not None:
        add("verdict = %s", query.verdict)
    if query.assignee_folded is not None:
        add("assignee_folded = %s", query.assignee_folded)
    if query.assignee is not None:
        add("assignee = %s", query.assignee)
    if query.needs_context:
        add("needs_context AND triage <> ALL(%s)", _OUT)
    if query.sign_off is not None:
        final = query.sign_off.final_stage
        add(
            f"triage <> ALL(%s) AND CASE WHEN {stage} = %s THEN has_correction "
            f"ELSE verdict IS NOT NULL AND {stage} = ANY(%s) END",
            _OUT,
            query.first_stage,
            final,
            query.first_stage,
            sorted(query.sign_off.stages),
        )
    for word in query.words:
        add("strpos(search, %s) > 0", word)
    return " AND ".join(conditions), params


def order_by(order: ClaimOrder, *, reverse: bool = False) -> str:
    """The ORDER BY list of `order`, or of its reverse (a page counted from the end)."""
    ascending, descending = ("DESC", "ASC") if reverse else ("ASC", "DESC")
    terms = [f"{column} {ascending}" for column in POSITION_ORDER]
    if order is ClaimOrder.WORTH:
        terms.insert(0, f"checkworthiness {descending}")
    return ", ".join(terms)


def order_tuple(order: ClaimOrder) -> str:
    """The order as one row value, smaller first: compared with `<` it says "before"."""
    columns = ", ".join(POSITION_ORDER)
    return f"(-checkworthiness, {columns})" if order is ClaimOrder.WORTH else f"({columns})"
