"""What every store backend guarantees, run on each (TinyDB file and PostgreSQL; the
PostgreSQL run is skipped without a server): actions on stale claims are refused, the
audit chain holds and `store check` verifies it, a second desk hears the first's saves,
and `store copy` moves a store between backends without losing a byte of its record."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest
from postgres_support import postgres_store_url
from roster_support import on_roster

from factcheck.app import open_desk
from factcheck.cli import main
from factcheck.errors import ClaimChangedError, StaleClaimError, WorkflowChangedError
from factcheck.ingest import parse_article
from factcheck.integrity import verify_record
from factcheck.library.checks import CheckedClaim
from factcheck.review import ReviewService
from factcheck.settings import load_settings
from factcheck.settings import store_location as location_of
from factcheck.splitter import split
from factcheck.store.location import open_store
from factcheck.workflow.loader import load_workflow

WORKFLOW = load_workflow(Path(__file__).resolve().parents[2] / "workflows" / "default.yaml")
ARTICLE = "The city built 4,000 new homes last year. Bus fares doubled between 2019 and 2023."


def newsroom(location: str):  # type: ignore[no-untyped-def]
    """A store with one article, ana and ben on the roster; the first claim's id."""
    store = open_store(location_of(location))
    article = parse_article(ARTICLE, "city.txt")
    store.add_article(article, split(article))
    on_roster(store, WORKFLOW, "ana", "ben")
    return store, store.list_claims()[0].id


def test_a_save_from_another_connection_makes_an_action_stale(store_location: str) -> None:
    store, claim_id = newsroom(store_location)
    other = open_store(location_of(store_location))
    seen = store.get_claim(claim_id)
    ReviewService(other, WORKFLOW, "ben").edit(claim_id, "The city built 4,000 homes.")
    with pytest.raises(StaleClaimError, match="ben"):
        ReviewService(store, WORKFLOW, "ana").accept(claim_id, revision=seen.revision)
    changed = seen.model_copy(update={"triage": "accepted"})
    with pytest.raises(ClaimChangedError):
        store.save([changed], expected={claim_id: seen})
    with pytest.raises(WorkflowChangedError):
        store.save([changed], workflow_version=store.workflow_version() + 1)
    claim = open_store(location_of(store_location)).get_claim(claim_id)
    assert (claim.text, claim.triage) == ("The city built 4,000 homes.", "pending")
    assert verify_record(store).ok


def test_events_are_followed_by_position(store_location: str) -> None:
    store, claim_id = newsroom(store_location)
    events, end = store.events_after(0)
    assert len(events) == end == len(store.list_events())
    ReviewService(store, WORKFLOW, "ana").accept(claim_id)
    new, after = open_store(location_of(store_location)).events_after(end)
    assert [(e.action, e.actor) for e in new] == [("accept", "ana")] and after == end + 1
    assert store.events_after(after) == ([], after)


def test_roster_and_library_are_kept(store_location: str) -> None:
    store, _ = newsroom(store_location)
    reopened = open_store(location_of(store_location))
    names = [r.name for r in reopened.list_reviewers()]
    assert names[-2:] == ["ana", "ben"]
    ReviewService(reopened, WORKFLOW, "ana").roster.remove("ben")
    assert [r.name for r in store.list_reviewers()] == names[:-1]
    assert verify_record(store).ok
    check = CheckedClaim(id="cr-1", claim="Fares doubled.", rating="False", url="https://x.org/1")
    assert store.add_checks([check]) == (1, 0)
    assert reopened.add_checks([check]) == (0, 1)
    assert reopened.list_checks() == [check] and store.library_revision() == 2
    assert store.remove_checks(["cr-1", "cr-2"]) == ["cr-2"]
    assert reopened.remove_checks(["cr-1"]) == [] and store.list_checks() == []


def test_store_check_counts_and_verifies(store_location: str, capsys) -> None:  # type: ignore[no-untyped-def]
    newsroom(store_location)
    assert main(["--store", store_location, "store", "check"]) == 0
    out = capsys.readouterr().out
    assert "claims    2" in out and "chained" in out and out.endswith("ok\n")


def test_a_second_desk_sees_the_first_desks_save(store_location: str) -> None:
    _, claim_id = newsroom(store_location)
    watching = open_desk(load_settings(store=store_location, reviewer="ben"))
    cursor = watching.change_cursor()
    assert watching.changes_since(cursor)[0] == []
    open_desk(load_settings(store=store_location, reviewer="ana")).accept(claim_id)
    changes: list = []
    deadline = time.monotonic() + 2  # a database's notification takes its time to arrive
    while not changes and time.monotonic() < deadline:
        changes, cursor = watching.changes_since(cursor)
    assert [(c.claim_id, c.actor, c.action) for c in changes] == [(claim_id, "ana", "accept")]
    assert watching.changes_since(cursor)[0] == []


def published(location: str) -> None:
    """A claim taken through every stage to publication, with notes and a sign-off."""
    store, claim_id = newsroom(location)
    ana, ben = (ReviewService(store, WORKFLOW, name) for name in ("ana", "ben"))
    ana.accept(claim_id)
    ana.advance(claim_id)
    ana.add_note(claim_id, url="https://www.ons.gov.uk/homes", stance="refutes")
    ana.add_note(claim_id, url="https://www.bbc.co.uk/news/homes", stance="refutes")
    ana.advance(claim_id)
    ana.set_verdict(claim_id, "false", rationale="It was 3,100.")
    ana.advance(claim_id)
    ben.sign_off(claim_id)


def test_copy_round_trip_tinydb_postgres_tinydb_is_identical(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = str(tmp_path / "source.json")
    published(source)
    back = str(tmp_path / "back.json")
    with postgres_store_url() as database:
        assert main(["store", "copy", source, database]) == 0, capsys.readouterr().err
        assert "chain verified" in capsys.readouterr().out
        assert main(["store", "copy", database, back]) == 0, capsys.readouterr().err
        ReviewService(open_store(database), WORKFLOW, "ana").accept(
            open_store(database).list_claims()[1].id
        )
        assert verify_record(open_store(database)).ok, "the copy goes on as a store"
    original, returned = open_store(Path(source)), open_store(Path(back))
    assert returned.list_articles() == original.list_articles()
    assert returned.list_claims() == original.list_claims()
    assert returned.list_events() == original.list_events()
    assert returned.audit_trail() == original.audit_trail()
    assert returned.list_reviewers() == original.list_reviewers()
    assert returned.workflow_versions() == original.workflow_versions()
    assert returned.dump_tables() == original.dump_tables()


def test_copy_refuses_a_store_that_is_not_empty(
    store_location: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    newsroom(store_location)
    source = str(tmp_path / "other.json")
    newsroom(source)
    before = open_store(location_of(store_location)).dump_tables()
    assert main(["store", "copy", source, store_location]) == 2
    assert "not empty" in capsys.readouterr().err
    assert open_store(location_of(store_location)).dump_tables() == before


def test_an_unreachable_server_is_one_line_and_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("psycopg")
    assert main(["--store", "postgresql://nobody:secret@127.0.0.1:1/none", "claims"]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to PostgreSQL" in err and err.count("\n") == 1
    assert "secret" not in err and "Traceback" not in err


def test_four_writers_for_three_seconds_lose_nothing_and_race_nothing_through(
    store_location: str,
) -> None:
    """benchmarks/bench_postgres.py's writers, 4 for 3 s instead of 8 for 30 (the figures
    live there): each on a connection (a store object) of its own, editing its own claim and
    one claim they all share."""
    spec = importlib.util.spec_from_file_location(
        "bench_postgres", Path(__file__).resolve().parents[2] / "benchmarks" / "bench_postgres.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up there
    spec.loader.exec_module(bench)
    outcome = bench.writers_run(store_location, writers=4, seconds=3)
    assert not outcome.failures, outcome.failures
    assert outcome.saves > 20 and outcome.refused > 0, (outcome.saves, outcome.refused)
    assert outcome.lost == 0 and outcome.unacknowledged_in_log == 0
    assert outcome.raced_through == 0, "a save on a revision another had changed went through"
    assert outcome.chain_ok


def edit_by_hand(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def test_store_check_finds_a_claim_changed_in_the_database_by_hand(capsys) -> None:  # type: ignore[no-untyped-def]
    with postgres_store_url() as url:
        published(url)
        assert main(["--store", url, "store", "check"]) == 0
        edit_by_hand(
            url,
            "UPDATE factcheck_claims SET doc = "
            "jsonb_set(doc::jsonb, '{verdict,label}', '\"true\"')::json WHERE verdict = 'false'",
        )
        capsys.readouterr()
        assert main(["--store", url, "store", "check"]) == 2
        err = capsys.readouterr().err
        assert "audit record broken" in err and err.count("\n") == 1


def test_a_store_from_a_newer_factcheck_is_refused_and_left_alone(capsys) -> None:  # type: ignore[no-untyped-def]
    with postgres_store_url() as url:
        newsroom(url)
        edit_by_hand(url, "UPDATE factcheck_store SET version = 99")
        assert main(["--store", url, "claims"]) == 2
        err = capsys.readouterr().err
        assert "newer factcheck (schema version 99" in err and err.count("\n") == 1
        for command in ("compact", "repair"):
            assert main(["--store", url, "store", command]) == 2
            assert "TinyDB store files" in capsys.readouterr().err
        missing = url.replace("search_path%3D", "search_path%3Dno_such_")
        assert main(["--store", missing, "claims"]) == 2
        assert "names no schema that exists" in capsys.readouterr().err


def test_claims_pages_are_slices_of_the_whole_listing(store_location: str, capsys) -> None:  # type: ignore[no-untyped-def]
    store, _ = newsroom(store_location)
    article = parse_article("Fares rose 5 percent. Rents rose 9 percent in May.", "rent.txt")
    store.add_article(article, split(article))
    every = [c.id for c in store.list_claims()]
    assert store.claims_page(1, 2) == (store.list_claims()[1:3], len(every))
    assert store.claims_page(0, 10, article.id)[1] == len(store.list_claims(article.id))

    def listed(*options: str) -> list[str]:
        assert main(["--store", store_location, "claims", "--format", "json", *options]) == 0
        return [claim["id"] for claim in json.loads(capsys.readouterr().out)]

    assert listed("--limit", "2", "--offset", "1") == every[1:3]
    assert listed("--offset", "2") == every[2:]
    assert listed() == every
