"""Smaller hardening: schema versions, workflow size, look-alike link hosts, folders."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from factcheck.errors import ArticleError, StoreError, WorkflowError
from factcheck.ingest import read_articles
from factcheck.models import Event
from factcheck.report import build_report, render
from factcheck.repository import InMemoryRepository
from factcheck.review import ReviewService
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.workflow.loader import load_workflow

PROJECT = Path(__file__).resolve().parents[2]
WORKFLOW = PROJECT / "workflows" / "default.yaml"


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (0, "not a whole number from 1"),
        (-5, "not a whole number from 1"),
        ("1", "not a whole number from 1"),
        (True, "not a whole number from 1"),
        (None, "not a whole number from 1"),
        (2, "newer than this factcheck understands"),
    ],
)
def test_a_store_schema_version_must_be_a_whole_number_in_range(
    store_path: Path, version: object, problem: str
) -> None:
    Store(store_path).save(events=[Event(id="e", claim_id="c", actor="a", action="x")])
    Store(store_path).compact()
    snapshot = json.loads(store_path.read_text())
    snapshot["meta"]["1"]["version"] = version
    store_path.write_text(json.dumps(snapshot))
    with pytest.raises(StoreError, match=problem):
        Store(store_path)


def test_a_huge_workflow_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    huge.write_text(WORKFLOW.read_text() + "# padding\n" * 120_000)
    started = time.monotonic()
    with pytest.raises(WorkflowError, match="too big for a workflow file"):
        load_workflow(huge)
    assert time.monotonic() - started < 0.5


def test_a_link_whose_host_is_not_plain_ascii_shows_its_punycode(seed_path: Path) -> None:
    from factcheck.ingest import read_article

    repository = InMemoryRepository()
    article = read_article(seed_path)
    repository.add_article(article, split(article))
    desk = ReviewService(repository, load_workflow(WORKFLOW), "ana")
    claim_id = repository.list_claims()[0].id
    desk.accept(claim_id)
    desk.advance(claim_id)
    desk.add_note(claim_id, url="https://\u0435xample.com/story", stance="refutes")  # Cyrillic е
    desk.add_note(claim_id, url="https://example.com/story", stance="supports")
    report = build_report(repository, desk.workflow, include_unreviewed=True)
    page = render(report, "html", audience="desk")  # the notes' claim is not published
    assert "(host: xn--xample-2of.com)" in page
    assert page.count("(host: ") == 1  # the plain ASCII host needs nothing beside it


def test_an_unreadable_folder_is_named_as_unreadable_not_empty(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(seed_path, folder / "one.txt")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(ArticleError, match="locked: cannot read folder: Permission denied"):
        read_articles([folder])


def test_ingesting_a_folder_follows_links_only_inside_it(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seed_path, folder / "one.txt")
    (folder / "again.txt").symlink_to(folder / "one.txt")  # inside: fine
    assert [path.name for path, _ in read_articles([folder])] == ["again.txt", "one.txt"]
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("A private memo, not an article.")
    (folder / "leak.txt").symlink_to(secret)
    with pytest.raises(ArticleError, match=r"outside the folder.*not followed"):
        read_articles([folder])
