"""A desk's review rulebook, written in YAML: the verdict scale and the stages a claim walks.

`load_workflow(path)` turns a workflow file into a `Workflow` or raises one `WorkflowError`
that lists every problem in the file at once, each as `FILE:LINE:COLUMN: where: what`, so a
desk editor can fix a copied file in one pass.

How a file is read, and why:
- PyYAML composes the text into nodes (never constructs Python objects, so no tag can run
  code), and this module turns the nodes into plain data itself. Every scalar stays a string
  until pydantic converts it for the field that wants it: a verdict id `no` or `true` stays
  the text the editor wrote instead of turning into a boolean. Keys written twice are errors.
- pydantic (`extra="forbid"`) checks the shape; desk rules that span fields (unique ids, a
  scale of at least two verdicts, a last stage that asks nothing) are checked on the same
  data, so one run reports both kinds of problem.
- Each error's pydantic `loc` is walked through the composed nodes to the line and column
  the editor has to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factcheck.errors import WorkflowError
from factcheck.models import Claim, Triage
from factcheck.terminal_text import unsafe_characters, visible, visible_lines
from factcheck.textfile import decode_text, read_file_bytes

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
ID_HINT = "lower-case letters, digits, '-' and '_', starting with a letter or digit"

# Colour names a terminal theme and an HTML report both understand (CSS named colours).
COLOR_NAMES = frozenset(
    {
        "black", "white", "gray", "grey", "silver", "red", "darkred", "crimson", "orange",
        "darkorange", "gold", "yellow", "olive", "green", "darkgreen", "lime", "teal", "cyan",
        "blue", "navy", "purple", "magenta", "pink", "brown", "maroon", "salmon", "tomato",
        "orangered", "firebrick", "seagreen", "forestgreen", "steelblue", "slategray",
        "darkgray", "lightgray",
    }
)  # fmt: skip
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

# Second-level labels under which a country code hands out names (bbc.co.uk, abc.net.au):
# the registrable domain is then three labels long. A heuristic that needs no public suffix
# list download; it errs towards counting two subdomains of one outlet as one source.
_SHARED_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "gob", "or"})

MERGE_TAG = "tag:yaml.org,2002:merge"
MAX_EXPANDED_NODES = 100_000  # guards against alias bombs ("billion laughs")


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
    - `sign_offs: K`: K reviewers other than the verdict's own reviewer signed it off.
    """

    accepted: bool = False
    evidence_notes: int | None = Field(default=None, ge=1)
    distinct_sources: int | None = Field(default=None, ge=1)
    verdict: bool = False
    rationale: bool = False
    sign_offs: int | None = Field(default=None, ge=1)

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
            needs.append(f"sign-off by {self.sign_offs} reviewer(s) other than the verdict's")
        return needs


REQUIREMENT_NAMES = tuple(Requirements.model_fields)


class Stage(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    requires: Requirements = Field(default_factory=Requirements)


class Workflow(_Strict):
    """A validated workflow. `source` names the file it came from (for messages)."""

    name: str = Field(min_length=1)
    description: str = ""
    scale: VerdictScale
    stages: list[Stage]
    final_stage: str | None = None

    _source: str = PrivateAttr(default="<workflow>")

    @model_validator(mode="after")
    def _follow_desk_rules(self) -> Workflow:
        problems = list(desk_rule_problems(self.model_dump()))
        if problems:
            text = "; ".join(_at(loc, message) for loc, message in problems)
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
            return []
        return list(self._missing(stage.requires, claim))

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
            others = independent_sign_offs(claim)
            if len(others) < needs.sign_offs:
                has = f"{len(others)}: {', '.join(others)}" if others else "0"
                yield (
                    f"sign-off by {needs.sign_offs} reviewer(s) other than {verdict.reviewer} "
                    f"(has {has})"
                )


def independent_sign_offs(claim: Claim) -> list[str]:
    """Distinct reviewers, other than the verdict's own reviewer, who signed the claim off."""
    author = claim.verdict.reviewer if claim.verdict else None
    names: list[str] = []
    for sign_off in claim.sign_offs:
        if sign_off.reviewer != author and sign_off.reviewer not in names:
            names.append(sign_off.reviewer)
    return names


def source_domain(url: str) -> str:
    """The registrable web domain of a source URL (`https://news.bbc.co.uk/x` -> `bbc.co.uk`).

    Two pages of one outlet are one source: `www.` and other subdomains are dropped.
    """
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    labels = host.split(".")
    if len(labels) <= 2 or ":" in host or labels[-1].isdigit():  # short name or IP address
        return host
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SHARED_SECOND_LEVELS else 2
    return ".".join(labels[-keep:])


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
        if isinstance(color, str) and not (HEX_COLOR.match(color) or color.lower() in COLOR_NAMES):
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


# -- reading YAML ----------------------------------------------------------------------------

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


class _Problems:
    """Every problem found in one file, each with its position, printed in file order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[tuple[int, int, str]] = []

    def add(self, line: int, column: int, message: str) -> None:
        self.items.append((line, column, message))

    def add_at(self, node: yaml.Node | None, message: str) -> None:
        mark = node.start_mark if node is not None else None
        self.add(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, message)

    def raise_if_any(self) -> None:
        if self.items:
            lines = [
                f"{self.source}:{ln}:{col}: {visible(msg)}"
                for ln, col, msg in sorted(set(self.items))
            ]
            raise WorkflowError("\n".join(lines))


class _Builder:
    """Nodes -> plain data (str/list/dict/None), reporting duplicate keys and alias bombs."""

    def __init__(self, problems: _Problems) -> None:
        self.problems = problems
        self.expanded = 0

    def build(self, node: yaml.Node, active: tuple[int, ...] = ()) -> Any:
        self.expanded += 1
        if self.expanded > MAX_EXPANDED_NODES:
            raise _TooLarge
        if id(node) in active:
            self.problems.add_at(node, "an alias refers to itself; write the value out")
            return None
        active = (*active, id(node))
        if isinstance(node, yaml.ScalarNode):
            if node.style is None and _NULL.match(node.value):
                return None
            if visible_lines(node.value) != node.value:  # the desk shows these words as typed
                unsafe = ", ".join(dict.fromkeys(unsafe_characters(node.value.replace("\n", ""))))
                self.problems.add_at(node, f"control characters ({unsafe}): write plain text")
            return node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, active) for item in node.value]
        mapping: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:  # `<<: *defaults` copies keys not written here
                merged = {**self._merge_source(value_node, active), **merged}
                continue
            key = self.build(key_node, active)
            if not isinstance(key, str):
                self.problems.add_at(key_node, "keys must be plain words")
                continue
            if key in mapping:
                self.problems.add_at(key_node, f"key {key!r} is written twice")
                continue
            mapping[key] = self.build(value_node, active)
        return {**merged, **mapping}

    def _merge_source(self, node: yaml.Node, active: tuple[int, ...]) -> dict:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):  # earlier mappings in `<<: [*a, *b]` win
            data = self.build(source, active)
            if isinstance(data, dict):
                merged.update(data)
            else:
                self.problems.add_at(source, "`<<` merges mappings only")
        return merged


class _TooLarge(Exception):
    pass


def _entry(mapping: yaml.Node, key: str | int) -> tuple[yaml.Node, yaml.Node] | None:
    """The (key node, value node) written for `key` in a mapping node, if any."""
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return key_node, value_node
    return None


def _node_at(root: yaml.Node, loc: Sequence[str | int]) -> yaml.Node:
    """The node `loc` names or, where the path stops matching the file, the deepest one found
    (a missing key is reported at the mapping that lacks it)."""
    node = root
    for part in loc:
        entry = _entry(node, part)
        if entry is not None:
            node = entry[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _key_node(root: yaml.Node, loc: Sequence[str | int]) -> yaml.Node:
    """The key itself for an unknown key, so the message points at what to delete."""
    parent = _node_at(root, loc[:-1])
    entry = _entry(parent, loc[-1])
    return entry[0] if entry else parent


def _allowed_keys(loc: Sequence[str | int]) -> tuple[str, ...]:
    model: type[BaseModel] | None = Workflow
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        if field is None:
            break
        annotation = field.annotation
        inner = getattr(annotation, "__args__", (annotation,))
        model = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), None)
    return tuple(model.model_fields) if model else ()


def _at(loc: Sequence[str | int], message: str) -> str:
    """`stages[2].requires: message`, or just the message for the top level."""
    return f"{format_loc(loc)}: {message}" if loc else message


def _message_for(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        key = loc[-1]
        if len(loc) >= 2 and loc[-2] == "requires":
            known = ", ".join(REQUIREMENT_NAMES)
            return _at(loc[:-1], f"unknown requirement {key!r} (known: {known})")
        allowed = ", ".join(_allowed_keys(loc[:-1]))
        return _at(loc[:-1], f"unknown key {key!r} (allowed: {allowed})")
    if kind == "missing":
        return _at(loc[:-1], f"missing required key {loc[-1]!r}")
    if kind == "string_pattern_mismatch":
        return _at(loc, f"{error['input']!r} is not a valid id ({ID_HINT})")
    if kind in ("model_type", "dict_type"):
        return _at(loc, "expected a mapping of keys to values")
    if kind == "list_type":
        return _at(loc, "expected a list (lines starting with '- ')")
    return _at(loc, _plain_value_problem(kind, error))


def _plain_value_problem(kind: str, error: dict[str, Any]) -> str:
    """pydantic's wording for a bad value, in a desk editor's words where we know better."""
    found = error.get("input")
    if kind == "int_parsing":
        return f"expected a whole number, not {found!r}"
    if kind == "bool_parsing":
        return f"expected true or false, not {found!r}"
    if kind == "string_type":
        return "expected text, not a list or mapping"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "greater_than_equal":
        hint = (
            " (leave the requirement out to not ask for it)" if "requires" in error["loc"] else ""
        )
        return f"must be at least {error['ctx']['ge']}, not {found}{hint}"
    return str(error["msg"])


def _plain_yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """PyYAML's parser speaks of tokens (`<block end>`, `'?'`); say what the editor did."""
    problem = str(error.problem or error.context or "not valid YAML")
    if "<block end>" in problem or "<block mapping start>" in problem:
        return f"this line is indented wrongly ({problem})"
    if "mapping values are not allowed" in problem:
        return f"{problem} (a value containing ': ' needs quotes)"
    return problem


# A desk's rulebook is a few kilobytes; a bigger file is a mistake or an attack (parsing YAML
# costs far more memory and time than its size).
MAX_WORKFLOW_BYTES = 1 << 20


def load_workflow(path: str | Path) -> Workflow:
    """Read and validate a workflow file; every problem is reported in one `WorkflowError`."""
    path = Path(path)
    raw = read_file_bytes(path, WorkflowError, "a workflow", max_bytes=MAX_WORKFLOW_BYTES)
    return parse_workflow(raw, str(path))


def parse_workflow(raw: bytes | str, source: str = "<workflow>") -> Workflow:
    """Validate workflow text (or bytes) named `source` in messages."""
    source = visible(source)  # each problem stays one line, whatever the file is called
    problems = _Problems(source)
    if isinstance(raw, bytes):
        text = decode_text(raw, source, WorkflowError, "a YAML workflow")
    else:
        text = raw.removeprefix("\ufeff")
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            problems.add(number, line.index("\t") + 1, "tab character: indent with spaces")
    tab_lines = {line for line, _, _ in problems.items}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if line not in tab_lines:
            problems.add(line, column, f"YAML syntax: {_plain_yaml_problem(error)}")
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    except yaml.YAMLError as error:
        problems.add(1, 1, f"YAML: {error}".replace("\n", " "))
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    except RecursionError:
        raise WorkflowError(f"{source}: nested too deeply to be a workflow") from None
    if root is None:
        problems.add(1, 1, "empty workflow file: it needs name, scale and stages")
        problems.raise_if_any()
    try:
        data = _Builder(problems).build(root)
    except _TooLarge:
        raise WorkflowError(
            f"{source}: expands to over {MAX_EXPANDED_NODES} values (aliases?); not a workflow"
        ) from None
    except RecursionError:
        raise WorkflowError(f"{source}: nested too deeply to be a workflow") from None
    if not isinstance(data, dict):
        problems.add_at(root, "a workflow is a mapping with name, description, scale and stages")
        problems.raise_if_any()
    for loc, message in desk_rule_problems(data):
        problems.add_at(_node_at(root, loc), _at(loc, message))
    try:
        workflow = Workflow.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            if item["type"] == "desk_rule":
                continue  # already reported above, each at its own line
            loc = tuple(item["loc"])
            if item["type"] == "extra_forbidden":
                node = _key_node(root, loc)
            else:
                node = _node_at(root, loc[:-1] if item["type"] == "missing" else loc)
            problems.add_at(node, _message_for(item))
        problems.raise_if_any()
        raise AssertionError(f"unreported workflow errors: {error}") from None
    problems.raise_if_any()
    workflow._source = source
    return workflow
