from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from store_files import store_files

from factcheck.errors import StoreError
from factcheck.ingest import read_article
from factcheck.models import Event, Triage
from factcheck.settings import store_location as location_of
from factcheck.splitter import split
from factcheck.store import Store
from factcheck.store.location import open_store


def _ingested(store_path: Path | str, seed_path: Path) -> Store:
    store = open_store(location_of(str(store_path)))
    article = read_article(seed_path)
    assert store.add_article(article, split(article))
    return store


def test_article_and_claims_round_trip(store_location: str, seed_path: Path) -> None:
    store = _ingested(store_location, seed_path)
    reopened = open_store(location_of(store_location))
    article = read_article(seed_path)
    assert reopened.get_article(article.id) == store.get_article(article.id)
    claims = reopened.list_claims(article.id)
    assert claims == split(article)
    assert not reopened.add_article(article, split(article)), "second ingest adds nothing"
    assert len(reopened.list_claims()) == len(claims)


def test_store_file_carries_a_schema_version(store_path: Path, seed_path: Path) -> None:
    _ingested(store_path, seed_path)
    data = json.loads(store_path.read_text(encoding="utf-8"))
    header = data["meta"]["1"]
    assert (header["format"], header["version"]) == ("factcheck-store", 1)
    journal_header = json.loads(Path(f"{store_path}.journal").read_bytes().splitlines()[0])
    assert journal_header["store"] == header["store"], "the journal names its store"


def test_save_changes_claim_and_appends_event_together(
    store_location: str, seed_path: Path
) -> None:
    store = _ingested(store_location, seed_path)
    claim = store.list_claims()[0]
    claim.triage = Triage.ACCEPTED
    event = Event(id="e1", claim_id=claim.id, actor="ana", action="accept")
    store.save([claim], [event])
    reopened = open_store(location_of(store_location))
    assert reopened.get_claim(claim.id).triage is Triage.ACCEPTED
    assert [e.id for e in reopened.list_events(claim.id) if e.action != "ingest"] == ["e1"]


def test_save_interrupted_before_it_is_durable_leaves_the_old_store(
    store_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _ingested(store_path, seed_path)
    before = store_files(store_path)
    claim = store.list_claims()[0]
    claim.text = "changed"

    def crash(*_args: object) -> None:
        raise OSError(5, "simulated crash before the save reached the disk")

    monkeypatch.setattr(os, "fdatasync", crash, raising=False)
    with pytest.raises(StoreError, match="cannot save"):
        store.save([claim])
    monkeypatch.undo()
    assert store_files(store_path) == before
    assert Store(store_path).get_claim(claim.id).text != "changed"
    assert store.get_claim(claim.id).text != "changed", "the in-memory view is not ahead of disk"


def test_compaction_interrupted_before_replace_leaves_the_old_files(
    store_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _ingested(store_path, seed_path)
    claim = store.list_claims()[0]
    claim.text = "changed"
    store.save([claim])
    before = store_files(store_path)

    def crash(*_args: object) -> None:
        raise OSError(5, "simulated crash before rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StoreError, match="cannot compact"):
        store.compact()
    monkeypatch.undo()
    assert store_files(store_path) == before, "no temporary file left behind either"
    assert Store(store_path).get_claim(claim.id).text == "changed"
    assert store.get_claim(claim.id).text == "changed"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{not json", "invalid JSON at line 1"),
        (b"", "empty file"),
        (b'{"_default": {}}', "not a factcheck store"),
        (b"[1, 2, 3]", "not a factcheck store"),
        (b'{"meta": {"1": {"format": "factcheck-store", "version": 99}}}', "newer"),
    ],
)
def test_corrupt_or_foreign_store_is_refused_and_left_unchanged(
    store_path: Path, seed_path: Path, content: bytes, problem: str
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)
    with pytest.raises(StoreError) as error:
        Store(store_path).add_article(read_article(seed_path), [])
    assert problem in str(error.value)
    assert str(store_path) in str(error.value)
    assert store_path.read_bytes() == content


def _append_events(location: str, writer: str, count: int) -> None:
    store = open_store(location_of(location))
    for number in range(count):
        store.save(events=[Event(id=f"{writer}-{number}", claim_id="c", actor=writer, action="x")])


@pytest.mark.slow
def test_two_processes_writing_200_events_each_lose_nothing(store_location: str) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_append_events, args=(store_location, name, 200))
        for name in ("ana", "ben")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    events = open_store(location_of(store_location)).list_events()
    assert len(events) == 400
    assert len({e.id for e in events}) == 400
