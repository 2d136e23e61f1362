"""The audit log's two guarantees: events hold changes, and the log is a hash chain.

Changes: `diff(before, after)` gives the fields an action changed, each with its value before
and after; evidence notes are diffed one by one (`evidence/n3`, with the note's place in the
list), so adding the thousandth note stores one note, not a thousand. `apply(claim, changes)`
plays them forward, `apply(claim, changes, backwards=True)` takes them back: undo is exact.

Chain: every event carries `prev_hash` (the hash of the event before it in the whole log, ""
for the first) and `hash`, the SHA-256 of its own content with `prev_hash` included, written
as canonical JSON. The store keeps the last hash (the head). Changing, removing or reordering
any event breaks the chain at that event or the next; removing events at the end leaves a
head no event has. `verify` names the first broken link; `check_claims` walks each claim back
through its events to the hash its `ingest` event recorded, so a claim edited without an
event is caught too. Start events hold a hash, not a copy, so ingest does not double the
store.

Stores written before the chain existed are sealed at their first save (`factcheck.store`):
their events are chained as they are, and each claim gets one `seal` event with its hash,
where its checkable history starts. History before the seal is then protected against later
edits, but was not itself checkable.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from factcheck.models import Claim, Event, FieldChange

# Fields diffed element by element, by the elements' `id`; every other field is diffed whole.
KEYED_LISTS = ("evidence",)
# Actions that start a claim's history with the whole claim.
START_ACTIONS = ("ingest", "seal")
# A comment is an event of its own that changes nothing in the claim.
COMMENT = "comment"
SEPARATOR = "/"

ClaimData = dict[str, Any]


def diff(before: ClaimData, after: ClaimData) -> dict[str, FieldChange]:
    """The fields (and evidence notes) that differ between two dumps of one claim."""
    changes: dict[str, FieldChange] = {}
    for field in before.keys() | after.keys():
        old, new = before.get(field), after.get(field)
        if old == new:
            continue
        if field in KEYED_LISTS and isinstance(old, list) and isinstance(new, list):
            changes.update(_diff_keyed(field, old, new))
        else:
            changes[field] = FieldChange(before=old, after=new)
    return dict(sorted(changes.items()))


def _diff_keyed(field: str, old: list[dict], new: list[dict]) -> Iterator[tuple[str, FieldChange]]:
    old_by_id = {item["id"]: (index, item) for index, item in enumerate(old)}
    new_by_id = {item["id"]: (index, item) for index, item in enumerate(new)}
    for item_id in old_by_id.keys() | new_by_id.keys():
        old_index, old_item = old_by_id.get(item_id, (None, None))
        new_index, new_item = new_by_id.get(item_id, (None, None))
        # A note that only moved because another was removed is not a change of its own.
        if old_item != new_item:
            index = new_index if new_index is not None else old_index
            yield (
                f"{field}{SEPARATOR}{item_id}",
                FieldChange(before=old_item, after=new_item, index=index),
            )


def apply(
    claim: ClaimData, changes: Mapping[str, FieldChange], *, backwards: bool = False
) -> ClaimData:
    """The claim with the changes played forward (or, `backwards`, taken back)."""
    result = dict(claim)
    keyed: list[tuple[str, str, FieldChange]] = []
    for key, change in changes.items():
        field, _, item_id = key.partition(SEPARATOR)
        if item_id:
            keyed.append((field, item_id, change))
        else:
            result[field] = change.before if backwards else change.after
    # Removals first, then insertions in list order, so each lands at its recorded place.
    for field, item_id, _change in keyed:
        result[field] = [item for item in result.get(field, []) if item.get("id") != item_id]
    placed = []
    for field, _item_id, change in keyed:
        item = change.before if backwards else change.after
        if item is not None:
            placed.append((field, change.index if change.index is not None else 0, item))
    for field, index, item in sorted(placed, key=lambda p: (p[0], p[1])):
        items = list(result.get(field, []))
        items.insert(index, item)
        result[field] = items
    return result


def holds(claim: ClaimData, changes: Mapping[str, FieldChange], *, strict: bool = False) -> bool:
    """Whether the claim still shows every change's `after` (nothing changed it since);
    unless `strict`, the revision counter, which every save moves on, is left out."""
    for key, change in changes.items():
        if key == "revision" and not strict:
            continue
        field, _, item_id = key.partition(SEPARATOR)
        if not item_id:
            if claim.get(field) != change.after:
                return False
            continue
        found = next((i for i in claim.get(field, []) if i.get("id") == item_id), None)
        if found != change.after:
            return False
    return True


# -- the hash chain ------------------------------------------------------------------------


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def content_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 of the event's stored form, its own `hash` left out."""
    content = {key: value for key, value in event.items() if key != "hash"}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def chain(events: Iterable[Event], head: str) -> tuple[list[Event], str]:
    """The events linked after `head` (each with prev_hash and hash set), and the new head."""
    linked = []
    for event in events:
        event = event.model_copy(update={"prev_hash": head, "hash": ""})
        head = content_hash(event.model_dump(mode="json"))
        linked.append(event.model_copy(update={"hash": head}))
    return linked, head


@dataclass(frozen=True)
class Problem:
    """One finding of `verify`: what is wrong, and where (an event position or a claim)."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def verify(events: list[Mapping[str, Any]], head: str | None) -> Problem | None:
    """The first broken link of the chain (stored event documents, in log order), or None."""
    previous = ""
    for number, event in enumerate(events, start=1):
        where = f"event {number} ({event.get('id', '?')}, {event.get('action', '?')})"
        if event.get("prev_hash") != previous:
            return Problem(where, "does not follow the event before it (removed or reordered)")
        if content_hash(event) != event.get("hash"):
            return Problem(where, "was changed after it was written (its hash does not match)")
        previous = event["hash"]
    if (head or "") != previous:
        return Problem(
            f"after event {len(events)}",
            "the log ends early: the store's head names an event that is not there",
        )
    return None


def check_claims(claims: Mapping[str, Claim], events: Iterable[Event]) -> Problem | None:
    """The first claim that is not what its events made it: each claim is walked back from
    its stored state through its events (each event's `after` values must be what the claim
    shows at that point), and the state reached must hash to its `ingest` or `seal` event's
    `state_hash`. A claim edited, added or removed without an event is caught."""
    by_claim: dict[str, list[Event]] = {}
    for event in events:
        if event.claim_id:
            by_claim.setdefault(event.claim_id, []).append(event)
    for claim_id, history in by_claim.items():
        starts = [i for i, e in enumerate(history) if e.action in START_ACTIONS]
        if not starts:
            continue  # events of an unsealed older store: nothing to check them against
        if claim_id not in claims:
            return Problem(f"claim {claim_id}", "is missing, though its events are in the log")
        state = _dump(claims[claim_id])
        for event in reversed(history[starts[-1] + 1 :]):
            if event.changes is None:
                continue
            if not holds(state, event.changes, strict=True):
                return Problem(
                    f"claim {claim_id}",
                    f"does not show what event {event.id} ({event.action} by {event.actor}) "
                    "left it as",
                )
            state = apply(state, event.changes, backwards=True)
        if state_hash(state) != history[starts[-1]].state_hash:
            return Problem(
                f"claim {claim_id}",
                f"differs from the claim its {history[starts[-1]].action} event recorded",
            )
    unrecorded = sorted(set(claims) - set(by_claim))
    if unrecorded:
        return Problem(f"claim {unrecorded[0]}", "has no events: it was added outside the desk")
    return None


def state_hash(claim: ClaimData) -> str:
    return hashlib.sha256(canonical_json(claim)).hexdigest()


def start_events(
    claims: Iterable[Claim], action: str, actor: str, at: datetime, detail: str = ""
) -> list[Event]:
    """One event per claim, holding the hash of the claim as it stands: where the claim's
    checkable history starts."""
    return [
        Event(
            id=uuid.uuid4().hex,
            claim_id=claim.id,
            at=at,
            actor=actor,
            action=action,
            state_hash=state_hash(_dump(claim)),
            detail=detail,
        )
        for claim in claims
    ]


def _dump(claim: Claim) -> ClaimData:
    return claim.model_dump(mode="json")
