"""The `/` filter bar and the filter it builds.

A filter is typed as words, so it fits an 80-column terminal and never needs the mouse:
`stage:research kind:qty verdict:false by:ana is:rejected turkey russia`. Plain words must all
appear in the claim's text or speaker; `stage`, `kind` and `verdict` take an id or the start of
one; `by:` (or `assignee:`) a reviewer name, `by:nobody` for unassigned claims;
`verdict:none` claims without a verdict. Rejected and merged claims are hidden unless the
filter asks for them with `is:rejected`, `is:merged` or `is:all`; `is:pending` and
`is:accepted` narrow to one triage state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from factcheck.models import Claim, ClaimKind, Triage
from factcheck.workflow import Workflow

HIDDEN_BY_DEFAULT = frozenset({Triage.REJECTED, Triage.MERGED})
TRIAGE_WORDS = {t.value: t for t in Triage}
FILTER_HELP = (
    "words · stage:ID · kind:ID · verdict:ID|none · by:NAME|nobody · is:rejected|merged|all"
)


class FilterError(ValueError):
    """A filter the reviewer typed that cannot be read; the message says why."""


@dataclass(frozen=True)
class ClaimFilter:
    words: tuple[str, ...] = ()
    stage: str | None = None
    kind: ClaimKind | None = None
    verdict: str | None = None  # a verdict id, or "none"
    assignee: str | None = None  # a name, or "" for unassigned
    triage: frozenset[Triage] = field(default_factory=frozenset)
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()

    def matches(self, claim: Claim, workflow: Workflow) -> bool:
        if self.triage:
            if claim.triage not in self.triage:
                return False
        elif claim.triage in HIDDEN_BY_DEFAULT:
            return False
        if self.stage and (claim.stage or workflow.first_stage.id) != self.stage:
            return False
        if self.kind and claim.kind != self.kind:
            return False
        if self.verdict is not None:
            label = claim.verdict.label if claim.verdict else "none"
            if label != self.verdict:
                return False
        if self.assignee is not None and (claim.assignee or "").casefold() != self.assignee:
            return False
        if self.words:
            haystack = f"{claim.text} {claim.speaker or ''}".casefold()
            return all(word in haystack for word in self.words)
        return True


def _pick(value: str, choices: list[str], what: str) -> str:
    """An exact id, or the one id that starts with what was typed."""
    value = value.casefold()
    if value in choices:
        return value
    starting = [c for c in choices if c.startswith(value)]
    if len(starting) == 1:
        return starting[0]
    known = ", ".join(choices)
    if starting:
        raise FilterError(f"{what} {value!r} could be {', '.join(starting)}")
    raise FilterError(f"no {what} {value!r}; known: {known}")


def parse_filter(text: str, workflow: Workflow) -> ClaimFilter:
    words: list[str] = []
    found: dict[str, object] = {}
    triage: set[Triage] = set()
    kinds = {k.value: k for k in ClaimKind}
    for token in text.split():
        key, colon, value = token.partition(":")
        key = key.casefold()
        if not colon:
            words.append(token.casefold())
            continue
        if not value:
            raise FilterError(f"{key}: needs a value ({FILTER_HELP})")
        if key == "stage":
            found["stage"] = _pick(value, workflow.stage_ids, "stage")
        elif key == "kind":
            found["kind"] = kinds[_pick(value, sorted(kinds), "kind")]
        elif key == "verdict":
            found["verdict"] = _pick(value, [*workflow.scale.ids, "none"], "verdict")
        elif key in ("by", "assignee"):
            name = value.casefold()
            found["assignee"] = "" if name in ("nobody", "none") else name
        elif key == "is":
            if value.casefold() == "all":
                triage.update(Triage)
            else:
                triage.add(TRIAGE_WORDS[_pick(value, sorted(TRIAGE_WORDS), "triage state")])
        else:
            raise FilterError(f"unknown filter {key}:; use {FILTER_HELP}")
    return ClaimFilter(words=tuple(words), triage=frozenset(triage), text=text.strip(), **found)


class FilterBar(Horizontal):
    """An input line docked over the queue. Enter applies the filter, Escape closes the bar."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close",
            "Close filter",
            id="filter.close",
            tooltip="Close the filter bar and keep the queue as it is",
        )
    ]

    class Applied(Message):
        def __init__(self, claim_filter: ClaimFilter) -> None:
            super().__init__()
            self.claim_filter = claim_filter

    class Closed(Message):
        pass

    def __init__(self, workflow: Workflow, **kwargs) -> None:
        super().__init__(**kwargs)
        self.workflow = workflow

    def compose(self) -> ComposeResult:
        yield Label("Filter", id="filter-label")
        yield Input(placeholder=FILTER_HELP, id="filter-input")

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())

    @on(Input.Submitted, "#filter-input")
    def _apply(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            claim_filter = parse_filter(event.value, self.workflow)
        except FilterError as error:
            self.app.notify(str(error), title="Filter not applied", severity="error")
            return
        self.display = False
        self.post_message(self.Applied(claim_filter))
