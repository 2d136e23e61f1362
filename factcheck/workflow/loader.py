"""Reading a workflow file: YAML to a validated `Workflow`, every problem located.

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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from factcheck.errors import WorkflowError
from factcheck.terminal_text import unsafe_characters, visible, visible_lines
from factcheck.textfile import decode_text, read_file_bytes
from factcheck.workflow.model import (
    ID_HINT,
    REQUIREMENT_NAMES,
    Workflow,
    desk_rule_problems,
    located,
)

MERGE_TAG = "tag:yaml.org,2002:merge"
MAX_EXPANDED_NODES = 100_000  # guards against alias bombs ("billion laughs")

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


def _message_for(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        key = loc[-1]
        if len(loc) >= 2 and loc[-2] == "requires":
            known = ", ".join(REQUIREMENT_NAMES)
            return located(loc[:-1], f"unknown requirement {key!r} (known: {known})")
        allowed = ", ".join(_allowed_keys(loc[:-1]))
        return located(loc[:-1], f"unknown key {key!r} (allowed: {allowed})")
    if kind == "missing":
        return located(loc[:-1], f"missing required key {loc[-1]!r}")
    if kind == "string_pattern_mismatch":
        return located(loc, f"{error['input']!r} is not a valid id ({ID_HINT})")
    if kind in ("model_type", "dict_type"):
        return located(loc, "expected a mapping of keys to values")
    if kind == "list_type":
        return located(loc, "expected a list (lines starting with '- ')")
    return located(loc, _plain_value_problem(kind, error))


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
        problems.add_at(_node_at(root, loc), located(loc, message))
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
