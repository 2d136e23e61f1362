"""Loading workflow files: the shipped ones load, and every mistake is reported with its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from fuzz_profiles import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import WorkflowError
from factcheck.workflow import Workflow, source_domain
from factcheck.workflow.loader import load_workflow, parse_workflow

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"

GOOD = """\
name: Tiny desk
scale:
  verdicts:
    - id: right
      label: Right
      color: green
      rating: 2
    - id: wrong
      label: Wrong
      color: "#c00"
      rating: 1
stages:
  - id: triage
    title: Triage
    requires:
      accepted: true
  - id: done
    title: Done
"""


def problems(text: str | bytes, name: str = "desk.yaml") -> list[str]:
    with pytest.raises(WorkflowError) as error:
        parse_workflow(text, name)
    return str(error.value).splitlines()


@pytest.mark.parametrize("name", ["default", "fever", "panel"])
def test_shipped_workflows_load(name: str) -> None:
    workflow = load_workflow(WORKFLOWS / f"{name}.yaml")
    assert workflow.source == str(WORKFLOWS / f"{name}.yaml")
    assert workflow.is_final(workflow.stages[-1].id)
    assert workflow.scale.worst_rating == 1
    assert workflow.scale.best_rating == len(workflow.scale.verdicts)


def test_default_workflow_is_the_newsroom_path() -> None:
    workflow = load_workflow(WORKFLOWS / "default.yaml")
    assert workflow.stage_ids == ["triage", "research", "verdict", "sign-off", "published"]
    assert workflow.scale.verdicts[0].label == "True"
    assert workflow.scale.option("pants-on-fire").rating == 1
    assert workflow.first_stage.id == "triage" and workflow.final_stage == "published"


def test_small_workflow_with_final_stage_left_out() -> None:
    workflow = parse_workflow(GOOD, "tiny.yaml")
    assert isinstance(workflow, Workflow)
    assert workflow.final_stage == "done" and workflow.stage("triage").requires.accepted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD.replace("    - id: wrong", "    - id: right"),
            "desk.yaml:8:11: scale.verdicts[1].id: duplicate id 'right'",
        ),
        (
            GOOD.replace("  - id: done", "  - id: triage"),
            "desk.yaml:17:9: stages[1].id: duplicate id 'triage'",
        ),
        (
            GOOD.replace("accepted: true", "evidnce: 2"),
            "desk.yaml:16:7: stages[0].requires: unknown requirement 'evidnce'",
        ),
        (
            GOOD.replace("color: green", "color: gren"),
            "desk.yaml:6:14: scale.verdicts[0].color: bad colour 'gren'",
        ),
        (
            GOOD.replace('color: "#c00"', 'color: "#12345"'),
            "desk.yaml:10:14: scale.verdicts[1].color: bad colour '#12345'",
        ),
        (
            GOOD.split("    - id: wrong")[0] + GOOD.split("      rating: 1\n")[1],
            "desk.yaml:4:5: scale.verdicts: a scale needs at least two verdicts (has 1)",
        ),
        (
            GOOD.replace("    title: Done", "    title: Done\n  bogus: 1"),
            "desk.yaml:19:3: YAML syntax: this line is indented wrongly",
        ),
        (
            GOOD.replace("      accepted: true", "\taccepted: true"),
            "desk.yaml:16:1: tab character: indent with spaces",
        ),
        (
            GOOD.replace("name: Tiny desk", "name: Tiny desk\nowner: me"),
            "desk.yaml:2:1: unknown key 'owner'",
        ),
        (
            GOOD.replace("    title: Done", "    title: Done\n    colour: red"),
            "desk.yaml:19:5: stages[1]: unknown key 'colour' (allowed: id, title,",
        ),
        (
            GOOD.replace("    title: Done", "    title: Done\n    requires:\n      verdict: true"),
            "desk.yaml:20:7: stages[1].requires: the final stage cannot require anything",
        ),
        (
            GOOD + "final_stage: triage\n",
            "desk.yaml:19:14: final_stage: final stage 'triage' must be the last stage",
        ),
        (
            GOOD + "final_stage: publish\n",
            "desk.yaml:19:14: final_stage: unknown stage 'publish'",
        ),
        (
            GOOD.replace("      rating: 1", "      rating: one"),
            "desk.yaml:11:15: scale.verdicts[1].rating: expected a whole number, not 'one'",
        ),
        (
            GOOD.replace("accepted: true", "accepted: maybe"),
            "desk.yaml:16:17: stages[0].requires.accepted: expected true or false, not 'maybe'",
        ),
        (
            GOOD.replace("accepted: true", "sign_offs: 0"),
            "desk.yaml:16:18: stages[0].requires.sign_offs: must be at least 1, not 0 (leave",
        ),
        (
            GOOD.replace("name: Tiny desk", "name: ''"),
            "desk.yaml:1:7: name: must not be empty",
        ),
        (
            GOOD.replace("    requires:\n      accepted: true", "    requires: 5"),
            "desk.yaml:15:15: stages[0].requires: expected a mapping of keys to values",
        ),
        (
            GOOD.replace("stages:", "stages: 5\nold_stages:"),
            "desk.yaml:12:9: stages: expected a list (lines starting with '- ')",
        ),
        (
            GOOD.replace("      rating: 1", "      rating: 2"),
            "desk.yaml:11:15: scale.verdicts[1].rating: duplicate rating 2",
        ),
        (
            GOOD.replace("  - id: triage", "  - id: Triage Stage"),
            "desk.yaml:13:9: stages[0].id: 'Triage Stage' is not a valid id",
        ),
        (
            GOOD.replace("    title: Triage\n", ""),
            "desk.yaml:13:5: stages[0]: missing required key 'title'",
        ),
        (
            GOOD.replace("name: Tiny desk", "name: Tiny desk\nname: Again"),
            "desk.yaml:2:1: key 'name' is written twice",
        ),
        ("", "desk.yaml:1:1: empty workflow file"),
        ("- just\n- a list\n", "desk.yaml:1:1: a workflow is a mapping"),
    ],
)
def test_each_mistake_is_reported_at_its_line(text: str, expected: str) -> None:
    found = problems(text)
    assert any(line.startswith(expected) for line in found), found


def test_every_problem_is_reported_at_once_in_file_order() -> None:
    text = (
        GOOD.replace("color: green", "color: gren")
        .replace("accepted: true", "evidnce: 2")
        .replace("  - id: done", "  - id: triage")
        .replace("name: Tiny desk", "name: Tiny desk\nowner: me")
    )
    found = problems(text)
    assert [line.split(":")[1] for line in found] == ["2", "7", "17", "18"]


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(WorkflowError, match="no such file"):
        load_workflow(missing)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00\x01")
    with pytest.raises(WorkflowError, match="binary file"):
        load_workflow(binary)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: Caf\xe9".encode("latin-1"))
    with pytest.raises(WorkflowError, match="not UTF-8"):
        load_workflow(latin)


def test_alias_bomb_is_refused_without_expanding_it() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [{', '.join(['*' + previous] * 10)}]\n"
    assert "expands to over" in problems(bomb)[0]


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.bbc.co.uk/news/1", "bbc.co.uk"),
        ("https://news.bbc.co.uk/2", "bbc.co.uk"),
        ("http://WWW.Reuters.com/x", "reuters.com"),
        ("https://data.census.gov/table", "census.gov"),
        ("https://localhost/x", "localhost"),
        ("http://192.168.10.4:8080/report.pdf", "192.168.10.4"),
        ("https://[2001:db8::1]/x", "2001:db8::1"),
        ("https://ana.github.io/post", "ana.github.io"),
        ("https://www.abc.net.au/news", "abc.net.au"),
        ("https://shop.example.com.au/", "example.com.au"),
        ("https://news.example.co.jp/a", "example.co.jp"),
        ("not a url", ""),
    ],
)
def test_sources_are_counted_by_their_outlet_domain(url: str, domain: str) -> None:
    assert source_domain(url) == domain


MESSAGE_LINE = re.compile(r"^fuzz\.yaml(:\d+:\d+)?: \S")


def _outcome(raw: str | bytes) -> None:
    """A workflow, or a WorkflowError whose every line is `FILE[:LINE:COLUMN]: message`."""
    try:
        assert isinstance(parse_workflow(raw, "fuzz.yaml"), Workflow)
    except WorkflowError as error:
        lines = str(error).splitlines()
        assert lines and all(MESSAGE_LINE.match(line) for line in lines), lines


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_any_text_gives_a_workflow_or_a_workflow_error(text: str) -> None:
    _outcome(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.binary())
def test_any_bytes_give_a_workflow_or_a_workflow_error(raw: bytes) -> None:
    _outcome(raw)


YAMLISH = st.recursive(
    st.one_of(st.sampled_from(["", "x", "1", "true", "~", "#fff", "- a", "a: b"]), st.text()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
        st.dictionaries(
            st.sampled_from(["name", "scale", "stages", "id", "verdicts", "requires", "x"]),
            inner,
            max_size=4,
        ).map(lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"),
    ),
    max_leaves=12,
)


@settings(max_examples=examples(300), deadline=None)
@given(YAMLISH)
def test_yaml_shaped_text_gives_a_workflow_or_a_workflow_error(text: str) -> None:
    _outcome(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 25), st.sampled_from(["", "\t", "x", "- ", ": ", "'"]))))
def test_mangled_good_workflow_gives_a_workflow_or_a_workflow_error(
    edits: list[tuple[int, str]],
) -> None:
    lines = GOOD.splitlines()
    for line, text in edits:
        if line < len(lines):
            lines[line] = text + lines[line][len(text) :]
    _outcome("\n".join(lines))


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 9) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


def _places(tree: object) -> list[tuple[dict | list, object]]:
    """Every (container, key or index) in a parsed YAML tree."""
    found: list[tuple[dict | list, object]] = []
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += [(tree, key), *_places(value)]
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += [(tree, index), *_places(value)]
    return found


@settings(max_examples=examples(300), deadline=None)
@given(st.data())
def test_damaged_workflow_data_gives_a_workflow_or_located_errors(data: st.DataObject) -> None:
    """Replace or delete a few values of a good workflow, as an editor might by mistake."""
    tree = yaml.safe_load(GOOD)
    for _ in range(data.draw(st.integers(1, 4))):
        places = _places(tree)
        if not places:
            break
        container, key = data.draw(st.sampled_from(places))
        if data.draw(st.booleans()):
            container[key] = data.draw(JSONISH)  # type: ignore[index]
        elif isinstance(container, dict):
            del container[key]
    _outcome(yaml.safe_dump(tree, allow_unicode=True))


def test_anchors_and_merge_keys_share_settings_between_stages() -> None:
    text = GOOD.replace(
        "  - id: done\n    title: Done\n",
        "  - &checked\n    id: checked\n    title: Checked\n    requires: {verdict: true}\n"
        "  - <<: *checked\n    id: rated\n    title: Rated\n"
        "  - id: done\n    title: Done\n",
    )
    workflow = parse_workflow(text, "desk.yaml")
    assert workflow.stage_ids == ["triage", "checked", "rated", "done"]
    assert workflow.stage("rated").requires.verdict


def test_canned_reject_reasons_are_optional_and_checked() -> None:
    assert parse_workflow(GOOD, "tiny.yaml").reject_reasons == []
    listed = parse_workflow(GOOD + "reject_reasons: [opinion, satire]\n", "tiny.yaml")
    assert listed.reject_reasons == ["opinion", "satire"]
    assert any(
        "reject_reasons" in line and "duplicate" in line
        for line in problems(GOOD + "reject_reasons: [opinion, opinion]\n")
    )
    assert any("reject_reasons" in line for line in problems(GOOD + 'reject_reasons: [""]\n'))
