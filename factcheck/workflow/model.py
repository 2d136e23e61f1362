"""A desk's review rulebook: the verdict scale, the stages a claim walks, what each stage
requires, and the desk rules that span fields (unique ids, a scale of at least two verdicts, a
last stage that asks nothing).

The models are plain pydantic (`extra="forbid"`, frozen); `factcheck.workflow.loader` reads
them from YAML with every problem located at its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factcheck.errors import WorkflowError
from factcheck.models import Claim, SignOff, Triage
from factcheck.workflow.colours import is_colour
from factcheck.workflow.domains import source_domain

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
ID_HINT = "lower-case letters, digits, '-' and '_', starting with a letter or digit"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VerdictOption(_Strict):
    """One rung of the verdict scale. `rating` is the ClaimReview ratingValue (1 = worst)."""

    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    description: str = ""
    color: str = "gray"
    rating: int = Field(ge=1)


class VerdictScale(_Strict):
    """The ordered verdicts a desk may give; `conclusion_required` asks for a one-sentence
    conclusion with every verdict (desks that publish a sentence beside, or instead of, a
    rating)."""

    verdicts: list[VerdictOption]
    conclusion_required: bool = False

    @property
    def best_rating(self) -> int:
        return max(v.rating for v in self.verdicts)

    @property
    def worst_rating(self) -> int:
        return min(v.rating for v in self.verdicts)

    @property
    def ids(self) -> list[str]:
        return [v.id for v in self.verdicts]

    def option(self, verdict_id: str) -> VerdictOption | None:
        return next((v for v in self.verdicts if v.id == verdict_id), None)


class Requirements(_Strict):
    """What a claim needs before it may leave a stage. Every entry is optional.

    - `accepted`: the claim was accepted in triage (not pending, rejected or merged);
    - `evidence_notes: N`: at least N evidence notes;
    - `distinct_sources: N`: evidence from at least N different web domains (the
      two-independent-sources rule: two pages of one outlet count once);
    - `verdict`: a verdict from the scale (with a conclusion, if the scale requires one);
    - `rationale`: the verdict has a written rationale or conclusion;
    - `sign_offs: K`: K reviewers other than the verdict's own reviewer signed it off;
    - `sign_off_role: R`: only sign-offs by reviewers holding role R count (and only they
      may sign off in this stage).
    """

    accepted: bool = False
    evidence_notes: int | None = Field(default=None, ge=1)
    distinct_sources: int | None = Field(default=None, ge=1)
    verdict: bool = False
    rationale: bool = False
    sign_offs: int | None = Field(default=None, ge=1)
    sign_off_role: str | None = Field(default=None, pattern=ID_PATTERN)

    @property
    def is_empty(self) -> bool:
        return not self.describe()

    def describe(self) -> list[str]:
        """The requirements in a desk's words, for `workflow show` and the TUI."""
        needs = []
        if self.accepted:
            needs.append("accepted in triage")
        if self.evidence_notes:
            needs.append(f"at least {self.evidence_notes} evidence note(s)")
        if self.distinct_sources:
            needs.append(f"sources from at least {self.distinct_sources} distinct web domains")
        if self.verdict:
            needs.append("a verdict")
        if self.rationale:
            needs.append("a rationale or conclusion")
        if self.sign_offs:
            by = f"{self.sign_off_role}(s)" if self.sign_off_role else "reviewer(s)"
            needs.append(f"sign-off by {self.sign_offs} {by} other than the verdict's")
        return needs


REQUIREMENT_NAMES = tuple(Requirements.model_fields)

# What a reviewer may do to a claim, as a stage's `allows` names it. Assigning, advancing
# (what a stage requires decides that) and undoing one's own action are always possible.
ACTION_WORDS = {
    "accept": "accept",
    "reject": "reject",
    "merge": "merge",
    "edit": "edit the text of",
    "evidence": "change the evidence of",
    "verdict": "give a verdict to",
    "sign_off": "sign off",
    "send_back": "send back",
    "correct": "correct",
}
ACTIONS = tuple(ACTION_WORDS)
# The final stage is the published record: it changes only by a reviewed correction.
FINAL_STAGE_ACTIONS = ("correct",)


class Stage(_Strict):
    """`allows` lists the actions a claim in this stage takes (see ACTIONS); left out, a
    stage allows every action but `correct`, and the final stage only `correct`."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    requires: Requirements = Field(default_factory=Requirements)
    allows: list[str] | None = None


class Role(_Strict):
    """A part a reviewer plays on the desk (reporter, reviewer, editor, ...)."""

    id: str = Field(pattern=ID_PATTERN)
    description: str = ""


DEFAULT_ROLES = (
    Role(id="reporter", description="Triage, research and verdicts."),
    Role(id="reviewer", description="Also signs off colleagues' verdicts."),
    Role(id="editor", description="Also publishes, and keeps the roster."),
)


class Publication(_Strict):
    """Who may move a claim into the final stage; `role: null` lets any reviewer."""

    role: str | None = Field(default=None, pattern=ID_PATTERN)


class CorrectionRules(_Strict):
    """What a correction to a published claim needs before it is published itself.

    - `role`: who may propose a correction (any reviewer when left out);
    - `sign_offs: K`: K reviewers other than the correction's author sign it off;
    - `sign_off_role`: only sign-offs by this role count (and only it may sign off);
    - `publish_role`: who may publish the signed-off correction.
    """

    role: str | None = Field(default=None, pattern=ID_PATTERN)
    sign_offs: int = Field(default=1, ge=0)
    sign_off_role: str | None = Field(default=None, pattern=ID_PATTERN)
    publish_role: str | None = Field(default=None, pattern=ID_PATTERN)

    def describe(self) -> list[str]:
        needs = []
        if self.sign_offs:
            by = f"{self.sign_off_role}(s)" if self.sign_off_role else "reviewer(s)"
            needs.append(f"sign-off by {self.sign_offs} {by} other than its author")
        if self.publish_role:
            needs.append(f"published by a reviewer with role {self.publish_role}")
        return needs


class Workflow(_Strict):
    """A validated workflow. `source` names the file it came from (for messages)."""

    name: str = Field(min_length=1)
    description: str = ""
    scale: VerdictScale
    stages: list[Stage]
    final_stage: str | None = None
    # Ordered from least to most authority: the last role is the desk's senior one (the
    # first reviewer of an empty store gets it; it keeps the roster).
    roles: list[Role] = Field(default_factory=lambda: list(DEFAULT_ROLES))
    publication: Publication = Field(default_factory=Publication)
    corrections: CorrectionRules = Field(default_factory=CorrectionRules)

    _source: str = PrivateAttr(default="<workflow>")

    @model_validator(mode="after")
    def _follow_desk_rules(self) -> Workflow:
        problems = list(desk_rule_problems(self.model_dump()))
        if problems:
            text = "; ".join(located(loc, message) for loc, message in problems)
            raise PydanticCustomError("desk_rule", text)
        if self.final_stage is None:
            object.__setattr__(self, "final_stage", self.stages[-1].id)
        return self

    @property
    def source(self) -> str:
        return self._source

    @property
    def first_stage(self) -> Stage:
        return self.stages[0]

    @property
    def stage_ids(self) -> list[str]:
        return [stage.id for stage in self.stages]

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def stage_index(self, stage_id: str) -> int:
        return self.stage_ids.index(stage_id)

    def next_stage(self, stage_id: str) -> Stage | None:
        index = self.stage_index(stage_id) + 1
        return self.stages[index] if index < len(self.stages) else None

    def is_final(self, stage_id: str) -> bool:
        return stage_id == self.final_stage

    @property
    def role_ids(self) -> list[str]:
        return [role.id for role in self.roles]

    @property
    def senior_role(self) -> str:
        return self.roles[-1].id

    def allowed(self, stage: Stage) -> tuple[str, ...]:
        """The actions a claim in `stage` takes."""
        if stage.allows is not None:
            return tuple(stage.allows)
        if self.is_final(stage.id):
            return FINAL_STAGE_ACTIONS
        return tuple(a for a in ACTIONS if a not in FINAL_STAGE_ACTIONS)

    def refusal(self, claim: Claim, action: str) -> str | None:
        """Why `action` may not be taken on the claim in its stage, and what to do instead;
        None when the stage allows it."""
        stage = self.stage_of(claim)
        if action in self.allowed(stage):
            return None
        doing = ACTION_WORDS[action]
        if self.is_final(stage.id):
            if action == "evidence":
                instead = "evidence on a published claim goes with a correction: propose one "
                instead += "(`claim correct`), then add the notes to it"
            else:
                instead = "a published claim changes only by a correction (`claim correct`)"
            where = f"in stage {stage.id!r} ({stage.title})"
            return f"cannot {doing} claim {claim.id} {where}: {instead}"
        here = self.stage_index(stage.id)
        later = [s for s in self.stages[here + 1 :] if action in self.allowed(s)]
        earlier = [s for s in self.stages[:here] if action in self.allowed(s)]
        if later:
            instead = f"advance it to stage {later[0].id!r} first"
        elif earlier:
            instead = f"send it back to stage {earlier[-1].id!r} first (`claim back`)"
        else:
            instead = f"workflow {self.name!r} allows it in no stage"
        allowed = ", ".join(self.allowed(stage)) or "nothing"
        return (
            f"cannot {doing} claim {claim.id} in stage {stage.id!r} ({stage.title}), which "
            f"allows: {allowed}; {instead}"
        )

    def stage_of(self, claim: Claim) -> Stage:
        """The claim's stage; a claim no workflow has placed yet is in the first stage."""
        if claim.stage is None:
            return self.first_stage
        stage = self.stage(claim.stage)
        if stage is None:
            raise WorkflowError(
                f"claim {claim.id} is in stage {claim.stage!r}, which workflow {self.name!r} "
                f"({self.source}) does not have; its stages are {', '.join(self.stage_ids)}"
            )
        return stage

    def missing(self, claim: Claim) -> list[str]:
        """What the claim still needs before it may leave its stage, in a desk's words.

        Empty when nothing is missing, and always empty in the final stage (nothing leaves it).
        """
        stage = self.stage_of(claim)
        if self.is_final(stage.id):
            return list(self._correction_missing(claim))
        return list(self._missing(stage.requires, claim))

    def _correction_missing(self, claim: Claim) -> Iterator[str]:
        """What a pending correction still needs before it may be published."""
        correction = claim.pending_correction
        if correction is None:
            return
        rules = self.corrections
        signed = counted_sign_offs(correction.sign_offs, correction.reviewer, rules.sign_off_role)
        if len(signed) < rules.sign_offs:
            by = f"{rules.sign_off_role}(s)" if rules.sign_off_role else "reviewer(s)"
            has = f"{len(signed)}: {', '.join(signed)}" if signed else "0"
            yield (
                f"sign-off of the correction by {rules.sign_offs} {by} other than "
                f"{correction.reviewer} (has {has})"
            )

    def _missing(self, needs: Requirements, claim: Claim) -> Iterator[str]:
        if needs.accepted and claim.triage != Triage.ACCEPTED:
            yield f"accepted in triage (it is {claim.triage})"
        if needs.evidence_notes and len(claim.evidence) < needs.evidence_notes:
            yield f"at least {needs.evidence_notes} evidence note(s) (has {len(claim.evidence)})"
        if needs.distinct_sources:
            domains = sorted({source_domain(note.url) for note in claim.evidence})
            if len(domains) < needs.distinct_sources:
                has = f"{len(domains)}: {', '.join(domains)}" if domains else "0"
                yield (
                    f"sources from at least {needs.distinct_sources} distinct web domains "
                    f"(has {has})"
                )
        verdict = claim.verdict
        if needs.verdict and verdict is None:
            yield f"a verdict ({', '.join(self.scale.ids)})"
        if needs.verdict and verdict and self.scale.conclusion_required and not verdict.conclusion:
            yield "a one-sentence conclusion with the verdict (this scale requires one)"
        if needs.rationale and not (verdict and (verdict.rationale or verdict.conclusion)):
            yield "a rationale or conclusion for the verdict"
        if needs.sign_offs and verdict is None:
            yield f"a verdict to sign off, then sign-off by {needs.sign_offs} reviewer(s)"
        elif needs.sign_offs and verdict is not None:
            others = counted_sign_offs(claim.sign_offs, verdict.reviewer, needs.sign_off_role)
            if len(others) < needs.sign_offs:
                has = f"{len(others)}: {', '.join(others)}" if others else "0"
                by = f"{needs.sign_off_role}(s)" if needs.sign_off_role else "reviewer(s)"
                yield (
                    f"sign-off by {needs.sign_offs} {by} other than {verdict.reviewer} (has {has})"
                )


def independent_sign_offs(claim: Claim) -> list[str]:
    """Distinct reviewers, other than the verdict's own reviewer, who signed the claim off."""
    author = claim.verdict.reviewer if claim.verdict else None
    return counted_sign_offs(claim.sign_offs, author, None)


def counted_sign_offs(
    sign_offs: Iterable[SignOff], author: str | None, role: str | None
) -> list[str]:
    """Distinct signers other than `author` (holding `role` when one is named)."""
    names: list[str] = []
    for sign_off in sign_offs:
        if sign_off.reviewer == author or sign_off.reviewer in names:
            continue
        if role is None or role in sign_off.roles:
            names.append(sign_off.reviewer)
    return names


# -- desk rules beyond one field's type ------------------------------------------------------

Loc = tuple[str | int, ...]


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _sequence(value: Any) -> list:
    return value if isinstance(value, list) else []


def _duplicates(
    items: Iterable[tuple[int, Any]], path: Loc, what: str
) -> Iterator[tuple[Loc, str]]:
    """Each repeat of a value among list items at `path`, pointing back at its first use."""
    first_seen: dict[Any, int] = {}
    for index, value in items:
        if value is None or isinstance(value, dict | list):
            continue
        if value in first_seen:
            first = format_loc((*path, first_seen[value]))
            yield (*path, index, what), f"duplicate {what} {value!r} (first used at {first})"
        else:
            first_seen[value] = index


def desk_rule_problems(data: Any) -> Iterator[tuple[Loc, str]]:
    """Rules that span fields, checked on raw (possibly half-valid) data so that one load can
    report them beside any type errors. Each problem is (loc, message)."""
    data = _mapping(data)
    yield from _scale_problems(_mapping(data.get("scale")))
    yield from _stage_problems(data)
    yield from _action_problems(data)
    yield from _role_problems(data)


def _action_problems(data: dict) -> Iterator[tuple[Loc, str]]:
    stages = [(i, _mapping(s)) for i, s in enumerate(_sequence(data.get("stages")))]
    final = data.get("final_stage")
    final_index = stages[-1][0] if stages else None
    for index, stage in stages:
        allows = stage.get("allows")
        if not isinstance(allows, list):
            continue
        for position, action in enumerate(allows):
            if isinstance(action, str) and action not in ACTIONS:
                yield (
                    ("stages", index, "allows", position),
                    f"unknown action {action!r} (known: {', '.join(ACTIONS)})",
                )
        is_final = stage.get("id") == final if isinstance(final, str) else index == final_index
        locked = [a for a in allows if isinstance(a, str) and a in ACTIONS]
        locked = [a for a in locked if a not in FINAL_STAGE_ACTIONS]
        if is_final and locked:
            yield (
                ("stages", index, "allows"),
                f"the final stage is the published record; it allows only "
                f"{', '.join(FINAL_STAGE_ACTIONS)}, not {', '.join(locked)}",
            )


def _role_problems(data: dict) -> Iterator[tuple[Loc, str]]:
    """Every role a rule names must be one of the workflow's roles."""
    roles = data.get("roles")
    if roles is None:
        known = [role.id for role in DEFAULT_ROLES]
    else:
        listed = [(i, _mapping(r)) for i, r in enumerate(_sequence(roles))]
        if isinstance(roles, list) and not listed:
            yield (("roles",), "a workflow needs at least one role")
        yield from _duplicates(((i, r.get("id")) for i, r in listed), ("roles",), "id")
        known = [r["id"] for _, r in listed if isinstance(r.get("id"), str)]
    named: list[tuple[Loc, Any]] = []
    for index, stage in enumerate(_sequence(data.get("stages"))):
        role = _mapping(_mapping(stage).get("requires")).get("sign_off_role")
        named.append((("stages", index, "requires", "sign_off_role"), role))
    named.append((("publication", "role"), _mapping(data.get("publication")).get("role")))
    corrections = _mapping(data.get("corrections"))
    for key in ("role", "sign_off_role", "publish_role"):
        named.append((("corrections", key), corrections.get(key)))
    for loc, role in named:
        if isinstance(role, str) and known and role not in known:
            yield loc, f"unknown role {role!r}; the roles are {', '.join(known)}"


def _scale_problems(scale: dict) -> Iterator[tuple[Loc, str]]:
    verdicts = [(i, _mapping(v)) for i, v in enumerate(_sequence(scale.get("verdicts")))]
    if isinstance(scale.get("verdicts"), list) and len(verdicts) < 2:
        yield (
            ("scale", "verdicts"),
            f"a scale needs at least two verdicts (has {len(verdicts)})",
        )
    yield from _duplicates(((i, v.get("id")) for i, v in verdicts), ("scale", "verdicts"), "id")
    ratings = ((i, _as_int(v.get("rating"))) for i, v in verdicts)
    yield from _duplicates(ratings, ("scale", "verdicts"), "rating")
    for index, verdict in verdicts:
        color = verdict.get("color")
        if isinstance(color, str) and not (is_colour(color)):
            yield (
                ("scale", "verdicts", index, "color"),
                f"bad colour {color!r}: use #rrggbb, #rgb or a colour name such as green",
            )


def _stage_problems(data: dict) -> Iterator[tuple[Loc, str]]:
    stages = [(i, _mapping(s)) for i, s in enumerate(_sequence(data.get("stages")))]
    if isinstance(data.get("stages"), list) and len(stages) < 2:
        yield (("stages",), f"a workflow needs at least two stages (has {len(stages)})")
    yield from _duplicates(((i, s.get("id")) for i, s in stages), ("stages",), "id")
    stage_ids = [s["id"] for _, s in stages if isinstance(s.get("id"), str)]
    final = data.get("final_stage")
    if isinstance(final, str) and stage_ids and final not in stage_ids:
        yield (("final_stage",), f"unknown stage {final!r}; the stages are {', '.join(stage_ids)}")
    elif isinstance(final, str) and stage_ids and final != stage_ids[-1]:
        yield (
            ("final_stage",),
            f"final stage {final!r} must be the last stage, or the stages after it "
            "could never be reached",
        )
    if len(stages) >= 2:
        last_index, last = stages[-1]
        asked = [key for key, value in _mapping(last.get("requires")).items() if _is_on(value)]
        if asked:
            yield (
                ("stages", last_index, "requires"),
                f"the final stage cannot require anything ({', '.join(map(str, asked))}): "
                "a claim never leaves it",
            )


def _is_on(value: Any) -> bool:
    """Whether a requirement's value asks for something (`false`, `no`, `0`, empty do not)."""
    if value is None or value is False or value == 0:
        return False
    return str(value).strip().lower() not in ("false", "no", "off", "n", "f", "0", "")


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def format_loc(loc: Sequence[str | int]) -> str:
    """`('stages', 2, 'requires')` -> `stages[2].requires`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def located(loc: Sequence[str | int], message: str) -> str:
    """`stages[2].requires: message`, or just the message for the top level."""
    return f"{format_loc(loc)}: {message}" if loc else message
