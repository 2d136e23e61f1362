"""A desk editor changes the desk's workflow through `factcheck workflow ...`, on a real store:
the store keeps every version, claims the change strands are refused until mapped, published
verdicts keep the label they were published under, and every step is in the audit log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.settings import store_location as location_of
from factcheck.store.location import open_store

ARTICLE = (
    "date 2024-04-02\n"
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year."
)

# A short path, so a claim is published in a few commands: no sign-off, any reviewer publishes.
DESK_FLOW = """\
name: Small desk
scale:
  verdicts:
    - {id: "true", label: "True", color: green, rating: 3}
    - {id: "false", label: "False", color: red, rating: 2}
    - {id: pants-on-fire, label: Pants on fire, color: "#b71c1c", rating: 1}
stages:
  - id: triage
    title: Triage
    requires: {accepted: true}
  - id: research
    title: Research
  - id: verdict
    title: Verdict
    requires: {verdict: true}
  - id: published
    title: Published
"""


class EditorDesk:
    """A store with two claims under DESK_FLOW; `run` is `factcheck` as a reviewer, with no
    `--workflow` (the store's workflow is used once it keeps one)."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], store: str) -> None:
        self.tmp = tmp_path
        self.capsys = capsys
        self.store = store
        self.flow = self.write("desk.yaml", DESK_FLOW)
        # Kept before any claim: there is no earlier workflow to keep first.
        assert self.run("workflow", "use", str(self.flow)) == 0, self.err()
        article = tmp_path / "economy.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        assert self.run("ingest", str(article)) == 0
        self.first, self.second = [c.id for c in self.opened().list_claims()][:2]

    def opened(self):  # type: ignore[no-untyped-def]
        """The store, opened anew (as another process would)."""
        return open_store(location_of(self.store))

    def write(self, name: str, text: str) -> Path:
        path = self.tmp / name
        path.write_text(text, encoding="utf-8")
        return path

    def run(self, *argv: str, reviewer: str = "ana") -> int:
        self.capsys.readouterr()
        return main(["--store", self.store, "--reviewer", reviewer, *argv])

    def out(self) -> str:
        return self.capsys.readouterr().out

    def err(self) -> str:
        return self.capsys.readouterr().err

    def claim(self, claim_id: str) -> dict:
        assert self.run("claim", "show", claim_id, "--format", "json") == 0
        return json.loads(self.out())

    def to_research(self, claim_id: str) -> None:
        assert self.run("claim", "accept", claim_id) == 0, self.err()
        assert self.run("claim", "advance", claim_id) == 0, self.err()

    def publish(self, claim_id: str, verdict: str) -> None:
        self.to_research(claim_id)
        assert self.run("claim", "advance", claim_id) == 0, self.err()
        assert self.run("claim", "verdict", claim_id, verdict, "--rationale", "Checked.") == 0
        assert self.run("claim", "advance", claim_id) == 0, self.err()

    def actions(self) -> list[str]:
        return [event.action for event in self.opened().list_events()]

    def stored(self) -> dict:
        """Every document the store holds, as stored."""
        return self.opened().dump_tables()


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], store_location: str) -> EditorDesk:
    """On each backend (the store contract's `store_location`)."""
    return EditorDesk(tmp_path, capsys, store_location)


@pytest.fixture
def file_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> EditorDesk:
    """On a TinyDB file, for what edits the file by hand."""
    return EditorDesk(tmp_path, capsys, str(tmp_path / "store" / "factcheck.json"))


def renamed(text: str, old: str, new: str) -> str:
    return text.replace(f"id: {old}\n", f"id: {new}\n")


def test_renaming_a_stage_with_claims_is_refused_then_mapped(desk: EditorDesk) -> None:
    desk.to_research(desk.first)
    new = desk.write("renamed.yaml", renamed(DESK_FLOW, "research", "investigation"))

    assert desk.run("workflow", "use", str(new)) == 2
    refusal = desk.err()
    assert "no stage 'research' (1 claim)" in refusal
    assert "--map research=STAGE" in refusal
    assert desk.claim(desk.first)["stage"] == "research"

    assert desk.run("workflow", "use", str(new), "--map", "research=investigation") == 0
    out = desk.out()
    assert f"claim {desk.first}: stage research → investigation" in out
    assert "version 2" in out
    assert desk.claim(desk.first)["stage"] == "investigation"
    # Every later command uses the store's workflow without being told.
    assert desk.run("claim", "advance", desk.first) == 0, desk.err()
    assert desk.claim(desk.first)["stage"] == "verdict"
    assert "migrate" in desk.actions()
    history = [e for e in desk.opened().list_events(desk.first) if e.action == "migrate"]
    assert "research → investigation" in history[0].detail
    assert desk.run("store", "check") == 0, desk.err()


def test_a_removed_verdict_keeps_its_label_on_published_reports(desk: EditorDesk) -> None:
    desk.publish(desk.first, "pants-on-fire")
    desk.publish(desk.second, "false")
    retired = DESK_FLOW.replace(
        '    - {id: pants-on-fire, label: Pants on fire, color: "#b71c1c", rating: 1}\n', ""
    ).replace('label: "False", color: red, rating: 2', 'label: "Not true", color: red, rating: 1')
    new = desk.write("retired.yaml", retired)

    assert desk.run("workflow", "use", str(new)) == 0, desk.err()
    assert "keep 1 published verdict 'pants-on-fire'" in desk.out()
    assert desk.claim(desk.first)["verdict"]["label"] == "pants-on-fire"

    assert desk.run("export", "--format", "md") == 0, desk.err()
    report = desk.out()
    assert "Verdict: **Pants on fire**" in report
    # Relabelled after publication: readers saw "False", and the report still says so.
    assert "Verdict: **False**" in report
    assert "Verdict: **Not true**" not in report
    # ClaimReview rates it on the scale it was published on: 1 to 3, as readers saw it.
    site = ("--site-url", "https://desk.example.org/{claim_id}", "--publisher", "Desk")
    assert desk.run("export", "--format", "claimreview", *site) == 0, desk.err()
    ratings = {
        review["reviewRating"]["alternateName"]: review["reviewRating"]
        for review in json.loads(desk.out())
    }
    assert ratings["Pants on fire"]["ratingValue"] == 1
    assert (ratings["False"]["ratingValue"], ratings["False"]["bestRating"]) == (2, 3)
    assert desk.run("store", "check") == 0, desk.err()


def test_an_unpublished_verdict_the_scale_drops_is_mapped(desk: EditorDesk) -> None:
    desk.to_research(desk.first)
    assert desk.run("claim", "advance", desk.first) == 0
    assert desk.run("claim", "verdict", desk.first, "pants-on-fire", "--rationale", "No.") == 0
    retired = DESK_FLOW.replace(
        '    - {id: pants-on-fire, label: Pants on fire, color: "#b71c1c", rating: 1}\n', ""
    )
    new = desk.write("retired.yaml", retired)

    assert desk.run("workflow", "use", str(new)) == 2
    assert "no verdict 'pants-on-fire' (1 claim)" in desk.err()
    assert desk.run("workflow", "use", str(new), "--map-verdict", "pants-on-fire=false") == 0
    verdict = desk.claim(desk.first)["verdict"]
    assert (verdict["label"], verdict["workflow_version"]) == ("false", 2)


def test_adding_a_stage_moves_nobody_and_claims_walk_through_it(desk: EditorDesk) -> None:
    desk.to_research(desk.first)
    legal = DESK_FLOW.replace(
        "  - id: published\n", "  - id: legal\n    title: Legal review\n  - id: published\n"
    )
    new = desk.write("legal.yaml", legal)
    assert desk.run("workflow", "diff", "store", str(new)) == 0
    assert "stage 'legal' (Legal review) added after 'verdict'" in desk.out()

    assert desk.run("workflow", "use", str(new)) == 0, desk.err()
    assert "0 claims moved" in desk.out()
    assert desk.run("claim", "advance", desk.first) == 0
    assert desk.run("claim", "verdict", desk.first, "true", "--rationale", "Yes.") == 0
    assert desk.run("claim", "advance", desk.first) == 0
    assert desk.claim(desk.first)["stage"] == "legal"
    assert desk.run("workflow", "history") == 0
    history = desk.out()
    assert "stage 'legal' (Legal review) added" in history
    # Every version stays readable and comparable.
    assert desk.run("workflow", "show", "--version", "1") == 0
    assert "version 1 of 2" in desk.out()
    assert desk.run("workflow", "diff", "store:1", "store") == 0
    assert "stage 'legal' (Legal review) added after 'verdict'" in desk.out()
    assert desk.run("workflow", "show", "--version", "3") == 2
    assert "no workflow version 3 (versions 1 to 2)" in desk.err()
    versions = [line.split()[1] for line in history.splitlines() if line.startswith("version")]
    assert versions == ["1", "2"]


def test_a_dry_run_prints_the_moves_and_writes_nothing(desk: EditorDesk) -> None:
    desk.to_research(desk.first)
    new = desk.write("renamed.yaml", renamed(DESK_FLOW, "research", "investigation"))
    before = desk.stored()
    mapped = ("--map", "research=investigation")
    assert desk.run("workflow", "use", str(new), *mapped, "--dry-run") == 0
    out = desk.out()
    assert f"claim {desk.first}: stage research → investigation" in out
    assert "nothing saved" in out
    assert desk.stored() == before


def test_every_step_of_a_workflow_change_is_in_the_audit_log(desk: EditorDesk) -> None:
    desk.to_research(desk.first)
    new = desk.write("renamed.yaml", renamed(DESK_FLOW, "research", "investigation"))
    assert desk.run("workflow", "use", str(new), "--map", "research=investigation") == 0
    events = desk.opened().list_events()
    kept = [e for e in events if e.action == "workflow use"]
    assert [e.after["version"] for e in kept] == [1, 2]
    assert kept[1].after["text"] == new.read_text(encoding="utf-8")
    assert all(e.actor == "ana" for e in kept)
    moved = [e for e in events if e.action == "migrate"]
    assert [(e.claim_id, e.changes["stage"].after) for e in moved] == [
        (desk.first, "investigation")
    ]


def test_store_check_finds_a_kept_version_edited_by_hand(file_desk: EditorDesk) -> None:
    desk = file_desk
    assert desk.run("store", "compact") == 0  # the version moves from the journal to the file
    data = json.loads(Path(desk.store).read_text(encoding="utf-8"))
    for doc in data["settings"].values():
        if doc["key"] == "workflows":
            doc["value"][0]["text"] = doc["value"][0]["text"].replace("Triage", "Skip")
    Path(desk.store).write_text(json.dumps(data), encoding="utf-8")
    assert desk.run("store", "check") == 2
    assert "workflow version 1" in desk.err()


def test_a_one_off_workflow_says_it_differs_from_the_stores(desk: EditorDesk) -> None:
    other = desk.write("other.yaml", DESK_FLOW.replace("Small desk", "Other desk"))
    assert main(["--store", desk.store, "--workflow", str(other), "status"]) == 0
    assert "for this command only, not the store's workflow (version 1" in desk.err()
    assert desk.run("status") == 0
    assert desk.err() == ""


def test_only_the_senior_role_changes_the_workflow(desk: EditorDesk) -> None:
    assert desk.run("reviewer", "add", "ben") == 0
    new = desk.write("legal.yaml", DESK_FLOW.replace("Small desk", "Renamed desk"))
    assert desk.run("workflow", "use", str(new), reviewer="ben") == 2
    assert "only a reviewer with role editor changes the desk's workflow" in desk.err()
    assert len(desk.opened().workflow_versions()) == 1


def test_init_writes_a_commented_copy_and_never_overwrites(tmp_path: Path, capsys) -> None:
    target = tmp_path / "mine.yaml"
    assert main(["workflow", "init", str(target), "--from", "fever"]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Started from factcheck's shipped 'fever' workflow")
    assert main(["workflow", "check", str(target)]) == 0
    target.write_text("mine", encoding="utf-8")
    assert main(["workflow", "init", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


def test_show_without_a_file_is_the_stores_version(desk: EditorDesk) -> None:
    assert desk.run("workflow", "show") == 0
    out = desk.out()
    assert out.startswith("Small desk: the store's workflow, version 1 of 1 (set by ana")
    assert "Pants on fire" in out
