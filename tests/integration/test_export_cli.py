"""`factcheck export` as a desk editor uses it: review on the command line, then export."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

PROJECT = Path(__file__).resolve().parents[2]
WORKFLOW = PROJECT / "workflows" / "default.yaml"
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"


def cli(store: Path, reviewer: str, *argv: str) -> int:
    """`factcheck` as `reviewer` on `store` with the default workflow, in this process."""
    options = ["--store", str(store), "--workflow", str(WORKFLOW)]
    return main([*options, "--reviewer", reviewer, *argv])


def ingested(store: Path) -> None:
    """The seed article ingested by ana, and ben on the roster as an editor."""
    assert cli(store, "ana", "ingest", str(SEED)) == 0
    assert cli(store, "ana", "reviewer", "add", "ben", "--role", "editor") == 0


class Desk:
    """A desk editor's store at the command line: a new one (the seed ingested), or a copy of
    `reviewed` so that each test may change its own."""

    def __init__(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], reviewed: Path | None = None
    ) -> None:
        self.tmp = tmp_path
        self.store = tmp_path / "store" / "factcheck.json"
        self.capsys = capsys
        if reviewed is None:
            ingested(self.store)
        else:
            shutil.copytree(reviewed.parent, self.store.parent)
        assert self.run("ana", "claims", "--format", "json") == 0
        self.claim_ids = [claim["id"] for claim in json.loads(self.out())]

    def run(self, reviewer: str, *argv: str) -> int:
        self.capsys.readouterr()
        return cli(self.store, reviewer, *argv)

    def out(self) -> str:
        return self.capsys.readouterr().out

    def export(self, *argv: str) -> str:
        """`factcheck export ...` to stdout; its output."""
        code = self.run("anyone", "export", *argv)
        captured = self.capsys.readouterr()
        assert code == 0, captured.err
        return captured.out

    def refused(self, *argv: str) -> str:
        assert self.run("anyone", "export", *argv) == 2
        err = self.capsys.readouterr().err
        assert err.startswith("factcheck: ") and err.count("\n") == 1, err
        return err


@pytest.fixture(scope="module")
def reviewed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's first claim published and its second waiting for sign-off, reviewed on the
    command line once for the module (nineteen commands, each saved to disk); each test that
    asks for `desk` works on a copy of it."""
    store = tmp_path_factory.mktemp("reviewed") / "store" / "factcheck.json"
    ingested(store)
    listing = io.StringIO()
    with contextlib.redirect_stdout(listing):
        assert cli(store, "ana", "claims", "--format", "json") == 0
    published, in_review = [claim["id"] for claim in json.loads(listing.getvalue())][:2]
    for claim_id in (published, in_review):
        for argv in (
            ("claim", "accept", claim_id),
            ("claim", "advance", claim_id),
            ("claim", "note", claim_id, "--url", "https://www.aa.com.tr/en/1", "--stance",
             "supports"),
            ("claim", "note", claim_id, "--url", "https://www.reuters.com/2", "--stance",
             "context", "--title", "-1 day"),
            ("claim", "advance", claim_id),
            ("claim", "verdict", claim_id, "false", "--rationale", "No such plan."),
            ("claim", "advance", claim_id),
        ):  # fmt: skip
            assert cli(store, "ana", *argv) == 0
    assert cli(store, "ben", "claim", "sign-off", published) == 0
    assert cli(store, "ben", "claim", "advance", published) == 0
    return store


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], reviewed_store: Path) -> Desk:
    return Desk(tmp_path, capsys, reviewed_store)


def test_export_every_format_to_a_file(desk: Desk) -> None:
    for fmt, name in (("md", "r.md"), ("html", "r.html"), ("json", "r.json"), ("csv", "r.csv")):
        target = desk.tmp / name
        assert desk.run("ana", "export", "--format", fmt, "--output", str(target)) == 0
        shown = 1 if fmt == "html" else 2  # the public page shows published verdicts only
        assert desk.out() == f"wrote {fmt} report ({shown} claim(s)) to {target}\n"
        assert target.read_bytes() == desk.export("--format", fmt).encode("utf-8")
    rows = list(csv.DictReader(io.StringIO((desk.tmp / "r.csv").read_text("utf-8"), newline="")))
    assert [(r["claim_id"], r["status"]) for r in rows] == [
        (desk.claim_ids[0], "published"),
        (desk.claim_ids[1], "in review"),
    ]
    assert rows[0]["evidence"].endswith("context: https://www.reuters.com/2")
    assert not list(desk.tmp.glob(".r.*"))  # no temporary files left behind


def test_the_output_file_name_chooses_the_format(desk: Desk) -> None:
    chosen = {
        "page.HTML": "<!DOCTYPE html>",
        "data.json": "{",
        "rows.csv": "article_id,",
        "notes.txt": "# Fact-check report",
    }
    for name, start in chosen.items():
        target = desk.tmp / name
        assert desk.run("ana", "export", "--output", str(target)) == 0
        assert target.read_text(encoding="utf-8").startswith(start), name


def test_claimreview_from_flags_or_environment(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_SITE_URL", raising=False)
    monkeypatch.delenv("FACTCHECK_PUBLISHER", raising=False)
    err = desk.refused("--format", "claimreview")
    assert "--site-url URL or $FACTCHECK_SITE_URL" in err
    reviews = json.loads(
        desk.export(
            "--format", "claimreview", "--site-url", "https://desk.example/checks",
            "--publisher", "Desk",
        )
    )  # fmt: skip
    [url] = [r["url"] for r in reviews]  # the claim in review is left out
    assert re.fullmatch(r"https://desk\.example/checks#[a-z0-9-]+-1", url)  # claim 1's anchor
    assert reviews[0]["reviewRating"]["alternateName"] == "False"
    monkeypatch.setenv("FACTCHECK_SITE_URL", "https://env.example/{claim_id}")
    monkeypatch.setenv("FACTCHECK_PUBLISHER", "Env Desk")
    article_id = desk.claim_ids[0].rsplit("-", 1)[0]
    single = json.loads(desk.export("--format", "claimreview", "--article", article_id))
    assert single["@graph"][0]["url"] == f"https://env.example/{desk.claim_ids[0]}"
    assert single["@graph"][0]["author"]["name"] == "Env Desk"


def test_filters_from_the_command_line(desk: Desk) -> None:
    shown = json.loads(desk.export("--format", "json", "--stage", "sign-off"))
    assert [c["id"] for a in shown["articles"] for c in a["claims"]] == [desk.claim_ids[1]]
    everything = json.loads(desk.export("--format", "json", "--include-unreviewed"))
    assert sum(len(a["claims"]) for a in everything["articles"]) == len(desk.claim_ids)
    both = json.loads(desk.export("--format", "json", "--stage", "published,sign-off"))
    assert len(both["articles"][0]["claims"]) == 2
    none = desk.export("--format", "md", "--verdict", "true")
    assert "No claims match this report's filters." in none


def test_bad_requests_are_refused_in_one_line_and_leave_files_alone(desk: Desk) -> None:
    assert "unknown stage 'pub'" in desk.refused("--stage", "pub")
    assert "unknown verdict 'nope'" in desk.refused("--verdict", "nope")
    assert "no article with id 'x1'" in desk.refused("--article", "x1")
    missing = desk.tmp / "no-such-folder" / "r.md"
    assert "folder" in desk.refused("--output", str(missing))
    existing = desk.tmp / "keep.jsonld"
    existing.write_text("earlier export", encoding="utf-8")
    desk.refused("--format", "claimreview", "--output", str(existing), "--site-url", "ftp://x")
    assert existing.read_text(encoding="utf-8") == "earlier export"


def test_the_audience_chooses_the_public_page_or_the_desks_report(desk: Desk) -> None:
    public = desk.export("--format", "html", "--publisher", "Desk News")
    desk_page = desk.export("--format", "html", "--audience", "desk")
    assert "Desk News" in public and desk.claim_ids[0] not in public
    assert desk.claim_ids[0] in desk_page and desk.claim_ids[1] in desk_page
    assert "md is not made for the public audience" in desk.refused(
        "--format", "md", "--audience", "public"
    )
    assert "--include-unreviewed is for --audience desk" in desk.refused(
        "--format", "html", "--include-unreviewed"
    )


def test_the_public_page_names_reviewers_as_the_roster_does(tmp_path: Path, capsys) -> None:
    desk = Desk(tmp_path, capsys)
    assert desk.run("ana", "reviewer", "add", "cem", "--display", "Cem Yılmaz",
                    "--role", "editor") == 0  # fmt: skip
    claim_id = desk.claim_ids[0]
    for reviewer, *argv in (
        ("ana", "accept", claim_id),
        ("ana", "advance", claim_id),
        ("ana", "note", claim_id, "--url", "https://www.aa.com.tr/en/1", "--stance", "supports"),
        ("ana", "note", claim_id, "--url", "https://www.reuters.com/2", "--stance", "context"),
        ("ana", "advance", claim_id),
        ("ana", "verdict", claim_id, "false", "--rationale", "No such plan."),
        ("ana", "advance", claim_id),
        ("cem", "sign-off", claim_id),
        ("cem", "advance", claim_id),
    ):
        assert desk.run(reviewer, "claim", *argv) == 0
    page = desk.export("--format", "html")
    assert "Reviewed by ana, Cem Yılmaz" in page  # cem's display name; ana has none
    assert "cem" not in page.replace("Cem Yılmaz", "")
