"""`factcheck store check` and `factcheck store compact` as a desk editor uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forked_cli import run_factcheck

from factcheck.cli import main
from factcheck.models import Event
from factcheck.store import Store
from factcheck.store.journal_lines import encode_line


@pytest.fixture
def ingested(store_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--store", str(store_path), "ingest", str(seed_path)]) == 0
    Store(store_path).save(events=[Event(id="e1", claim_id="c", actor="ana", action="x")])
    capsys.readouterr()
    return store_path


def test_check_reports_what_the_store_holds(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim_count = len(Store(ingested).list_claims())
    assert main(["store", "check", "--store", str(ingested)]) == 0
    out = capsys.readouterr().out
    assert "articles  1\n" in out and f"claims    {claim_count}\n" in out
    assert f"events    {claim_count + 1}\n" in out and "2 save(s) since the snapshot" in out
    assert f"audit     {claim_count + 1} event(s) chained, head " in out
    assert out.endswith("ok\n")


def _check_after_appending(store_path: Path, journal_bytes: bytes) -> int:
    with open(f"{store_path}.journal", "ab") as journal:
        journal.write(journal_bytes)
    return main(["store", "check", "--store", str(store_path)])


def test_check_reports_a_torn_last_line_but_the_store_is_usable(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check_after_appending(ingested, b'{"events": {"2": {"id": "e') == 0
    out = capsys.readouterr().out
    claim_count = len(Store(ingested).list_claims())
    assert "warning" in out and "torn last line" in out and f"events    {claim_count + 1}\n" in out


@pytest.mark.slow
def test_check_of_a_damaged_journal_says_where_and_exits_2(ingested: Path) -> None:
    journal = Path(f"{ingested}.journal")
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(lines[0] + b"{oops\n" + b"".join(lines[1:]))
    before = journal.read_bytes()
    result = run_factcheck(["store", "check", "--store", str(ingested)])
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "corrupt journal" in result.stderr and "line 2" in result.stderr
    assert journal.read_bytes() == before


def test_check_of_a_claim_that_no_longer_fits_the_data_model_exits_2(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken_claim = encode_line({"claims": {"1": {"id": "broken", "text": 5}}})
    assert _check_after_appending(ingested, broken_claim) == 2
    assert "claims document 'broken' does not fit the data model" in capsys.readouterr().err


def test_compact_folds_the_journal_into_the_snapshot_and_keeps_everything(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims_before = Store(ingested).list_claims()
    assert main(["store", "compact", "--store", str(ingested)]) == 0
    assert "2 journal save(s) folded" in capsys.readouterr().out
    assert len(Path(f"{ingested}.journal").read_bytes().splitlines()) == 1, "only the header"
    assert json.loads(ingested.read_text(encoding="utf-8"))["events"]
    reopened = Store(ingested)
    assert reopened.list_claims() == claims_before
    assert [e.id for e in reopened.list_events() if e.action != "ingest"] == ["e1"]


def test_check_or_compact_of_a_missing_store_is_an_error(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for action in ("check", "compact"):
        assert main(["store", action, "--store", str(store_path)]) == 2
        assert "no store here" in capsys.readouterr().err
    assert not store_path.parent.exists(), "nothing created"


def test_store_under_a_file_says_a_file_is_in_the_way(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--store", str(blocker / "s.json"), "ingest", str(seed_path)]) == 2
    assert "cannot create the folder" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_lock_file_that_cannot_be_made_fails_at_once_not_after_the_lock_timeout(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "s.json"
    (tmp_path / "s.json.lock").mkdir()  # a folder where the lock file should go
    assert main(["--store", str(store), "ingest", str(seed_path)]) == 2
    err = capsys.readouterr().err
    assert "cannot create the lock file" in err and "locked by another process" not in err
