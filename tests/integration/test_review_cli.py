"""Review journeys through the `factcheck` command, on a real store file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forked_cli import run_factcheck

from factcheck.cli import main
from factcheck.store import Store

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"
ARTICLE = (
    "date 2024-04-02\n"
    "Unemployment fell to 3.1 percent in March, the lowest rate since 1974. "
    "The city built 4,000 new homes last year."
)


class Desk:
    """One store, one workflow; `run` is `factcheck` with those and a reviewer's name."""

    def __init__(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        workflow: str,
        editors: tuple[str, ...] = ("ben",),
    ):
        self.store = tmp_path / "store" / "factcheck.json"
        self.workflow = WORKFLOWS / f"{workflow}.yaml"
        self.capsys = capsys
        article = tmp_path / "economy.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        assert self.run("ana", "ingest", str(article)) == 0
        self.claim_ids = [c.id for c in Store(self.store).list_claims()]
        # ana, the first to act, becomes the store's editor and adds the others.
        for name in editors:
            assert self.run("ana", "reviewer", "add", name, "--role", "editor") == 0, self.err()

    def run(self, reviewer: str, *argv: str) -> int:
        """Review commands get `--reviewer` after the command, as a user types it."""
        self.capsys.readouterr()
        options = ["--store", str(self.store), "--workflow", str(self.workflow)]
        if argv[0] in ("claim", "status"):
            return main([*options, *argv, "--reviewer", reviewer])
        return main([*options, "--reviewer", reviewer, *argv])

    def out(self) -> str:
        return self.capsys.readouterr().out

    def err(self) -> str:
        return self.capsys.readouterr().err

    def claim(self, claim_id: str) -> dict:
        self.run("anyone", "claim", "show", claim_id, "--format", "json")
        return json.loads(self.out())

    def store_bytes(self) -> bytes:
        return self.store.read_bytes()


@pytest.fixture
def newsroom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Desk:
    return Desk(tmp_path, capsys, "default")


def refused(desk: Desk, reviewer: str, *argv: str) -> str:
    """Run an action that must be refused: exit 2, one line, store untouched."""
    before = desk.store_bytes()
    assert desk.run(reviewer, *argv) == 2
    err = desk.err()
    assert err.startswith("factcheck: ") and err.count("\n") == 1, err
    assert desk.store_bytes() == before
    return err


def research_and_rate(desk: Desk, claim_id: str) -> None:
    for argv in (
        ("claim", "accept", claim_id),
        ("claim", "advance", claim_id),
        ("claim", "note", claim_id, "--url", "https://www.bbc.co.uk/news/1", "--stance",
         "supports", "--quote", "fell to 3.1%"),
        ("claim", "note", claim_id, "--url", "https://www.ons.gov.uk/march", "--stance",
         "supports"),
        ("claim", "advance", claim_id),
        ("claim", "verdict", claim_id, "mostly-true", "--rationale", "Right rate; 1974 is off."),
        ("claim", "advance", claim_id),
    ):  # fmt: skip
        assert desk.run("ana", *argv) == 0, desk.err()


def test_newsroom_journey_to_published_with_two_reviewers(newsroom: Desk) -> None:
    claim_id = newsroom.claim_ids[0]
    research_and_rate(newsroom, claim_id)
    assert newsroom.claim(claim_id)["missing"] == ["sign-off by 1 editor other than ana (has 0)"]
    for alias in ("ana", "ANA", "\u0430na", "ana."):
        err = refused(newsroom, alias, "claim", "sign-off", claim_id)
        assert "ana gave the verdict" in err
    assert "dan is not on this desk's roster" in refused(
        newsroom, "dan", "claim", "sign-off", claim_id
    )
    assert newsroom.run("ben", "claim", "sign-off", claim_id) == 0
    assert "sign off by ben; now in stage sign-off" in newsroom.out()
    assert newsroom.run("ben", "claim", "advance", claim_id) == 0
    assert "now in stage published" in newsroom.out()
    shown = newsroom.claim(claim_id)
    assert shown["stage"] == "published" and shown["verdict"]["label"] == "mostly-true"

    assert newsroom.run("ana", "claim", "show", claim_id) == 0
    text = newsroom.out()
    assert "verdict   Mostly true [mostly-true] by ana" in text and "sign-offs ben" in text

    assert newsroom.run("ana", "claim", "history", claim_id) == 0
    history = newsroom.out()
    assert history.count("ana") == 7 and history.count("ben") == 2

    assert newsroom.run("ana", "status") == 0
    status = newsroom.out()
    total = len(newsroom.claim_ids)
    assert f"1 of {total} claims decided" in status
    published_row = next(line for line in status.splitlines() if line.startswith("published"))
    assert published_row.split() == ["published", "0", "1", *["0"] * 7, "1"]
    assert newsroom.run("ana", "status", "--format", "json") == 0
    counts = json.loads(newsroom.out())
    assert counts["stages"]["published"]["mostly-true"] == 1
    assert counts["stages"]["triage"]["no verdict"] == total - 1
    assert (counts["decided"], counts["published"], counts["total"]) == (1, 1, total)


def test_correction_after_publication_is_reviewed_before_it_is_published(
    newsroom: Desk,
) -> None:
    claim_id = newsroom.claim_ids[0]
    research_and_rate(newsroom, claim_id)
    newsroom.run("ben", "claim", "sign-off", claim_id)
    newsroom.run("ben", "claim", "advance", claim_id)
    assert "only by a correction" in refused(newsroom, "ana", "claim", "verdict", claim_id, "false")
    assert "a reason for the correction" in refused(
        newsroom, "ana", "claim", "correct", claim_id, "false", "--rationale", "x", "--reason", " "
    )
    argv = ("claim", "correct", claim_id, "misleading", "--rationale", "1974 was 3.0%.")
    assert newsroom.run("ana", *argv, "--reason", "1974 wrong") == 0
    assert "the correction still needs: sign-off of the correction by 1 editor" in newsroom.out()
    shown = newsroom.claim(claim_id)
    assert shown["verdict"]["label"] == "mostly-true", "published verdict stands until then"
    assert shown["pending_correction"]["new_label"] == "misleading"
    assert newsroom.run("ben", "claim", "sign-off", claim_id) == 0
    assert newsroom.run("ben", "claim", "advance", claim_id) == 0
    shown = newsroom.claim(claim_id)
    assert shown["verdict"]["label"] == "misleading"
    assert shown["verdict"]["rationale"] == "1974 was 3.0%."
    (record,) = shown["corrections"]
    assert record["previous_verdict"]["rationale"] == "Right rate; 1974 is off."
    assert [s["reviewer"] for s in record["previous_sign_offs"]] == ["ben"]
    assert newsroom.run("ana", "claim", "show", claim_id) == 0
    assert "corrected" in newsroom.out()


def test_two_pages_of_one_outlet_are_one_source(newsroom: Desk) -> None:
    claim_id = newsroom.claim_ids[0]
    newsroom.run("ana", "claim", "accept", claim_id)
    newsroom.run("ana", "claim", "advance", claim_id)
    for url in ("https://www.bbc.co.uk/a", "https://news.bbc.co.uk/b"):
        newsroom.run("ana", "claim", "note", claim_id, "--url", url, "--stance", "supports")
    err = refused(newsroom, "ana", "claim", "advance", claim_id)
    assert "sources from at least 2 distinct web domains (has 1: bbc.co.uk)" in err


def test_undo_restores_the_exact_previous_claim(newsroom: Desk) -> None:
    claim_id = newsroom.claim_ids[1]
    newsroom.run("ana", "claim", "accept", claim_id)
    before = newsroom.claim(claim_id)
    assert newsroom.run("ana", "claim", "edit", claim_id, "--text", "The city built 4,000.") == 0
    assert "already reads exactly that" in refused(
        newsroom, "ana", "claim", "edit", claim_id, "--text", "The city built 4,000."
    )
    assert "nothing left to undo" in refused(newsroom, "ben", "claim", "undo", claim_id)
    assert newsroom.run("ana", "claim", "undo", claim_id) == 0
    after = newsroom.claim(claim_id)
    assert after.pop("revision") == before.pop("revision") + 2
    assert after == before


def test_evidence_notes_are_edited_and_removed_by_id(newsroom: Desk) -> None:
    claim_id = newsroom.claim_ids[0]
    url = "https://www.bbc.co.uk/a"
    newsroom.run("ana", "claim", "accept", claim_id)
    newsroom.run("ana", "claim", "advance", claim_id)
    newsroom.run("ana", "claim", "note", claim_id, "--url", url, "--stance", "supports")
    argv = ("claim", "edit-note", claim_id, "n1", "--stance", "refutes", "--quote", "3.4%")
    assert newsroom.run("ben", *argv) == 0
    (note,) = newsroom.claim(claim_id)["evidence"]
    assert (note["stance"], note["quote"], note["url"], note["added_by"]) == (
        "refutes", "3.4%", url, "ana",
    )  # fmt: skip
    assert "is not a web address" in refused(
        newsroom, "ben", "claim", "edit-note", claim_id, "n1", "--url", "bbc.co.uk/a"
    )
    assert newsroom.run("ana", "claim", "unnote", claim_id, "n1") == 0
    assert newsroom.claim(claim_id)["evidence"] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("claim", "accept", "nope"), "no claim with id 'nope'"),
        (("claim", "verdict", "{id}", "maybe"), "advance it to stage 'verdict' first"),
        (("claim", "back", "{id}", "--to", "drafts", "--reason", "x"), "cannot send back"),
        (("claim", "advance", "{id}"), "still needs: accepted in triage (it is pending)"),
        (("claim", "note", "{id}", "--url", "bbc.co.uk", "--stance", "supports"), "research"),
        (("claim", "merge", "{id}", "--into", "{id}"), "merged into itself"),
        (("claim", "correct", "{id}", "false", "--rationale", "y", "--reason", "x"), "correct"),
        (("claim", "sign-off", "{id}"), "advance it to stage 'sign-off' first"),
        (("claim", "unnote", "{id}", "n1"), "cannot change the evidence"),
    ],
)
def test_refusals_are_one_line_exit_2_store_unchanged(
    newsroom: Desk, argv: tuple[str, ...], message: str
) -> None:
    claim_id = newsroom.claim_ids[0]
    newsroom.run("ana", "claim", "assign", claim_id, "--to", "ana")  # the store exists
    err = refused(newsroom, "ana", *(a.format(id=claim_id) for a in argv))
    assert message in err


def test_fever_journey_with_one_reviewer(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    desk = Desk(tmp_path, capsys, "fever", editors=("solo",))
    claim_id = desk.claim_ids[1]
    for argv in (
        ("claim", "accept", claim_id),
        ("claim", "advance", claim_id),
        ("claim", "note", claim_id, "--url", "https://city.example.org/h", "--stance", "refutes"),
        ("claim", "verdict", claim_id, "refuted"),
        ("claim", "advance", claim_id),
    ):
        assert desk.run("solo", *argv) == 0, desk.err()
    assert desk.claim(claim_id)["stage"] == "done"


def test_panel_journey_needs_three_other_reviewers(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    desk = Desk(tmp_path, capsys, "panel", editors=("author", "p1", "p2", "p3"))
    claim_id = desk.claim_ids[0]
    for argv in (
        ("claim", "accept", claim_id),
        ("claim", "advance", claim_id),
        ("claim", "note", claim_id, "--url", "https://a.example.com/1", "--stance", "supports"),
        ("claim", "note", claim_id, "--url", "https://b.example.net/2", "--stance", "supports"),
        ("claim", "advance", claim_id),
        ("claim", "verdict", claim_id, "accurate", "--conclusion", "Right."),
        ("claim", "advance", claim_id),
    ):
        assert desk.run("author", *argv) == 0, desk.err()
    for panelist in ("p1", "p2"):
        assert desk.run(panelist, "claim", "sign-off", claim_id) == 0
    assert "sign-off by 3 reviewers other than author (has 2: p1, p2)" in refused(
        desk, "author", "claim", "advance", claim_id
    )
    assert desk.run("p3", "claim", "sign-off", claim_id) == 0
    assert desk.run("p3", "claim", "advance", claim_id) == 0
    assert desk.claim(claim_id)["stage"] == "published"


def test_another_workflow_cannot_open_a_store_with_unknown_stages(
    newsroom: Desk,
) -> None:
    claim_id = newsroom.claim_ids[0]
    newsroom.run("ana", "claim", "accept", claim_id)
    newsroom.run("ana", "claim", "advance", claim_id)
    newsroom.workflow = WORKFLOWS / "fever.yaml"
    assert "has no stage 'research'" in refused(newsroom, "ana", "status")


def test_workflow_check_prints_every_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    text = (
        (WORKFLOWS / "fever.yaml")
        .read_text(encoding="utf-8")
        .replace("color: red", "color: redd")
        .replace("evidence_notes: 1", "evidence: 1")
    )
    bad.write_text(text, encoding="utf-8")
    colour_line, requirement_line = (
        text.splitlines().index(line) + 1 for line in ("      color: redd", "      evidence: 1")
    )
    good = [str(WORKFLOWS / f"{name}.yaml") for name in ("default", "fever", "panel")]
    assert main(["workflow", "check", *good]) == 0
    assert capsys.readouterr().out.count(": ok (") == 3
    assert main(["workflow", "check", str(bad), good[0]]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        f"{bad}:{colour_line}:14: scale.verdicts[1].color: bad colour 'redd'"
    )
    assert lines[1].startswith(
        f"{bad}:{requirement_line}:7: stages[1].requires: unknown requirement 'evidence'"
    )
    assert f"{good[0]}: ok" in captured.out


def test_workflow_show_lists_stages_needs_and_scale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: no column shortened
    assert main(["workflow", "show", str(WORKFLOWS / "panel.yaml")]) == 0
    out = capsys.readouterr().out
    assert "sign-off by 3 reviewers other than the verdict's" in out
    assert "lacks-context" in out and "conclusion is required" in out


def test_reviewer_comes_from_the_environment(
    newsroom: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom.run("ana", "reviewer", "add", "carla")
    monkeypatch.setenv("FACTCHECK_REVIEWER", "carla")
    claim_id = newsroom.claim_ids[0]
    argv = ["claim", "accept", claim_id, "--store", str(newsroom.store)]
    assert main([*argv, "--workflow", str(newsroom.workflow)]) == 0
    assert "accept by carla" in newsroom.out()


@pytest.mark.slow
def test_broken_workflow_file_is_reported_without_a_traceback(
    tmp_path: Path, store_path: Path
) -> None:
    bad = tmp_path / "desk.yaml"
    bad.write_text("name: Desk\nscale:\n\tverdicts: []\n", encoding="utf-8")
    result = run_factcheck(
        ["--store", str(store_path), "status", "--workflow", str(bad), "--reviewer", "ana"]
    )
    assert result.returncode == 2
    assert result.stderr == f"factcheck: {bad}:3:1: tab character: indent with spaces\n"
    assert not store_path.exists()


def test_reviewer_roster_add_list_remove(newsroom: Desk) -> None:
    argv = ("reviewer", "add", "cy", "--display", "Cy Okafor", "--role", "reporter")
    assert newsroom.run("ana", *argv) == 0
    assert newsroom.out() == "added cy (Cy Okafor) as reporter\n"
    assert "already on the roster as 'cy'" in refused(newsroom, "ana", "reviewer", "add", "CY")
    assert "unknown role 'boss'" in refused(
        newsroom, "ana", "reviewer", "add", "dan", "--role", "boss"
    )
    assert "only a reviewer with role editor changes the roster" in refused(
        newsroom, "cy", "reviewer", "add", "dan"
    )
    assert "control character" in refused(newsroom, "ana", "reviewer", "add", "dan\x1b[2J")
    assert newsroom.run("ana", "reviewer", "list", "--format", "json") == 0
    roster = {r["name"]: r for r in json.loads(newsroom.out())}
    assert roster["ana"]["roles"] == ["editor"] and roster["cy"]["display"] == "Cy Okafor"
    assert newsroom.run("ana", "reviewer", "list") == 0
    assert "Cy Okafor" in newsroom.out()
    assert newsroom.run("ana", "reviewer", "remove", "Cy") == 0
    assert "cy is not on this desk's roster" in refused(
        newsroom, "cy", "claim", "accept", newsroom.claim_ids[0]
    )


def test_an_action_on_the_revision_you_saw_is_refused_once_someone_changed_it(
    newsroom: Desk,
) -> None:
    claim_id = newsroom.claim_ids[0]
    seen = newsroom.claim(claim_id)["revision"]
    assert newsroom.run("ben", "claim", "reject", claim_id, "--reason", "Opinion") == 0
    err = refused(newsroom, "ana", "claim", "accept", claim_id, "--revision", str(seen))
    assert "changed by ben at" in err and "(reject)" in err
    assert newsroom.run("ana", "claim", "show", claim_id) == 0
    assert f"(revision {seen + 1})" in newsroom.out()


def test_comments_join_the_claims_history(newsroom: Desk) -> None:
    first = newsroom.claim_ids[0]
    assert newsroom.run("ben", "claim", "comment", first, "Is 1974 the right low?") == 0
    assert newsroom.out().startswith(f"{first}: comment by ben (")
    research_and_rate(newsroom, first)
    assert newsroom.run("ben", "claim", "sign-off", first, "--comment", "Checked the series.") == 0
    assert "sign off by ben" in newsroom.out(), "the action, not its comment, is reported"
    newsroom.run("ben", "claim", "history", first)
    history = newsroom.out()
    assert "Is 1974 the right low?" in history and "Checked the series." in history
    assert newsroom.run("ben", "store", "check") == 0, "the audit chain is whole"
    refusal = refused(newsroom, "ben", "claim", "comment", first, " ")
    assert refusal == "factcheck: the comment's text is required\n"
