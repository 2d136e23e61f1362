"""The store's snapshot + journal files: damage, recovery, compaction, other readers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from store_files import store_files
from tinydb import Query, TinyDB

from factcheck.errors import StoreError
from factcheck.ingest import read_article
from factcheck.models import Event, Triage
from factcheck.splitter import split
from factcheck.store import JournalStorage, Store
from factcheck.store import journal as journal_module
from factcheck.store.journal_lines import decode_line


def _journal(store_path: Path) -> Path:
    return Path(f"{store_path}.journal")


def reviewed_ids(store: Store, claim_id: str | None = None) -> list[str]:
    """The ids of the events saved after ingest (which starts each claim's history)."""
    return [e.id for e in store.list_events(claim_id) if e.action != "ingest"]


def _reviewed(store_path: Path, seed_path: Path, saves: int = 3) -> Store:
    """A store with the seed article and `saves` accept actions, one journal line each."""
    store = Store(store_path)
    article = read_article(seed_path)
    store.add_article(article, split(article))
    for number, claim in enumerate(store.list_claims()[:saves]):
        claim.triage = Triage.ACCEPTED
        store.save([claim], [Event(id=f"e{number}", claim_id=claim.id, actor="ana", action="x")])
    return store


def test_a_save_journals_only_the_claim_and_event_it_changed(
    store_path: Path, seed_path: Path
) -> None:
    store = _reviewed(store_path, seed_path, saves=1)
    claim = store.list_claims()[5]
    claim.text = "Turkey has 5 drones."
    store.save([claim], [Event(id="e-edit", claim_id=claim.id, actor="ana", action="edit")])
    last_save = decode_line(_journal(store_path).read_bytes().splitlines()[-1], checksummed=True)
    assert [doc["id"] for doc in last_save["claims"].values()] == [claim.id]
    assert [doc["id"] for doc in last_save["events"].values()] == ["e-edit"]
    assert Store(store_path).get_claim(claim.id).text == "Turkey has 5 drones."


def test_torn_last_line_is_dropped_with_a_warning_and_cut_at_the_next_save(
    store_path: Path, seed_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _reviewed(store_path, seed_path)
    with _journal(store_path).open("ab") as journal:
        journal.write(b'{"claims": {"3": {"id": "half a sa')  # the power went out here
    store = Store(store_path)
    assert "dropped a torn last line (line 6" in caplog.text
    assert reviewed_ids(store) == ["e0", "e1", "e2"]
    store.save(events=[Event(id="e3", claim_id="c", actor="ana", action="x")])
    assert b"half a sa" not in _journal(store_path).read_bytes()
    assert reviewed_ids(Store(store_path)) == ["e0", "e1", "e2", "e3"]


def test_corrupt_middle_line_is_refused_and_the_files_are_left_unchanged(
    store_path: Path, seed_path: Path
) -> None:
    _reviewed(store_path, seed_path)
    lines = _journal(store_path).read_bytes().splitlines(keepends=True)
    lines[2] = lines[2][:40] + b"#" + lines[2][41:]
    _journal(store_path).write_bytes(b"".join(lines))
    before = store_files(store_path)
    with pytest.raises(StoreError) as error:
        Store(store_path).set_setting("reviewer", "ana")
    message = str(error.value)
    assert "corrupt journal" in message and "line 3" in message
    assert str(_journal(store_path)) in message
    assert store_files(store_path) == before


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("drop_header", "no header line"),
        ("other_store", "belongs to another store"),
        ("older_snapshot", "older copy"),
        ("no_snapshot", "journal without its snapshot"),
    ],
)
def test_a_journal_that_does_not_belong_to_its_snapshot_is_refused(
    store_path: Path, seed_path: Path, tmp_path: Path, damage: str, problem: str
) -> None:
    _reviewed(store_path, seed_path)
    journal = _journal(store_path)
    if damage == "drop_header":
        journal.write_bytes(b"".join(journal.read_bytes().splitlines(keepends=True)[1:]))
    elif damage == "other_store":
        other = tmp_path / "other" / "factcheck.json"
        _reviewed(other, seed_path)
        shutil.copy(_journal(other), journal)
    elif damage == "older_snapshot":
        old_snapshot = store_path.read_bytes()
        Store(store_path).compact()
        Store(store_path).set_setting("reviewer", "ana")
        store_path.write_bytes(old_snapshot)  # someone restored yesterday's copy of one file
    elif damage == "no_snapshot":
        store_path.unlink()
    before = store_files(store_path)
    with pytest.raises(StoreError, match=problem):
        Store(store_path)
    assert store_files(store_path) == before


def test_crash_between_new_snapshot_and_new_journal_loses_and_repeats_nothing(
    store_path: Path, seed_path: Path
) -> None:
    store = _reviewed(store_path, seed_path)
    claims_before = store.list_claims()
    old_journal = _journal(store_path).read_bytes()
    store.compact()
    _journal(store_path).write_bytes(old_journal)  # the crash came before the journal's turn
    reopened = Store(store_path)
    assert reviewed_ids(reopened) == ["e0", "e1", "e2"]
    assert reopened.list_claims() == claims_before
    assert reopened.status().superseded_journal
    reopened.save(events=[Event(id="e3", claim_id="c", actor="ben", action="x")])
    assert reviewed_ids(Store(store_path)) == ["e0", "e1", "e2", "e3"]


def test_two_open_stores_see_each_others_saves_across_compaction(
    store_path: Path, seed_path: Path
) -> None:
    other_desk = Store(store_path)  # opened before the store existed
    desk = _reviewed(store_path, seed_path)
    assert other_desk.list_claims() == desk.list_claims()
    claim = desk.list_claims()[7]
    claim.triage = Triage.REJECTED
    desk.save([claim], [Event(id="by-desk", claim_id=claim.id, actor="ana", action="reject")])
    assert other_desk.get_claim(claim.id).triage is Triage.REJECTED
    other_desk.compact()
    other_desk.save(events=[Event(id="by-other", claim_id=claim.id, actor="ben", action="x")])
    desk.save(events=[Event(id="by-desk-2", claim_id=claim.id, actor="ana", action="x")])
    expected = ["by-desk", "by-other", "by-desk-2"]
    assert reviewed_ids(desk, claim.id) == expected
    assert reviewed_ids(other_desk, claim.id) == expected


def test_journal_folds_into_the_snapshot_once_it_outgrows_it(
    store_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "COMPACT_MIN_BYTES", 0)
    store = _reviewed(store_path, seed_path, saves=0)
    claim_count = len(store.list_claims())
    generation = store.status().generation
    for number in range(40):
        note = f"long reviewer note {number} " * 60
        store.save(
            events=[Event(id=f"e{number}", claim_id="c", actor="ana", action="x", detail=note)]
        )
    assert store.status().generation > generation
    assert _journal(store_path).stat().st_size < store_path.stat().st_size
    plain = TinyDB(store_path)  # TinyDB's own JSONStorage reads the snapshot as it is
    assert len(plain.table("claims")) == claim_count
    plain.close()
    assert len(reviewed_ids(Store(store_path))) == 40


def test_tinydb_opens_the_store_through_journal_storage_and_its_edits_are_journaled(
    store_path: Path, seed_path: Path
) -> None:
    store = _reviewed(store_path, seed_path)
    claim = store.list_claims()[0]
    lines_before = len(_journal(store_path).read_bytes().splitlines())
    with TinyDB(store_path, storage=JournalStorage) as db:
        db.table("claims").update({"text": "edited in TinyDB"}, Query().id == claim.id)
    lines = _journal(store_path).read_bytes().splitlines()
    assert len(lines) == lines_before + 1
    assert list(decode_line(lines[-1], checksummed=True)) == ["claims"]
    assert store.get_claim(claim.id).text == "edited in TinyDB"


def test_store_from_before_the_journal_opens_and_gets_an_id_at_its_first_save(
    store_path: Path,
) -> None:
    store_path.parent.mkdir(parents=True)
    legacy = {
        "meta": {"1": {"format": "factcheck-store", "version": 1}},
        "settings": {"1": {"key": "reviewer", "value": "ana"}},
    }
    store_path.write_text(json.dumps(legacy), encoding="utf-8")
    store = Store(store_path)
    assert store.get_setting("reviewer") == "ana"
    store.set_setting("reviewer", "ben")
    header = json.loads(store_path.read_text(encoding="utf-8"))["meta"]["1"]
    assert header["store"] and header["generation"] == 1
    assert Store(store_path).get_setting("reviewer") == "ben"


def test_editing_a_setting_read_back_does_not_change_the_store_until_saved(
    store_path: Path,
) -> None:
    store = Store(store_path)
    store.set_setting("filters", {"stages": ["triage"]})
    filters = store.get_setting("filters")
    filters["stages"].append("research")
    assert store.get_setting("filters") == {"stages": ["triage"]}


def test_reads_come_from_memory_and_another_desks_save_reads_only_its_line(
    store_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reviewed(store_path, seed_path)
    reads: list[tuple[str, int]] = []
    read_snapshot, read_journal = journal_module.read_snapshot, JournalStorage._read_journal

    def counting_read_snapshot(path: Path):
        reads.append(("snapshot", 0))
        return read_snapshot(path)

    def counting_read_journal(storage: JournalStorage, inode: int, start: int) -> None:
        reads.append(("journal from byte", start))
        read_journal(storage, inode, start)

    monkeypatch.setattr(journal_module, "read_snapshot", counting_read_snapshot)
    monkeypatch.setattr(JournalStorage, "_read_journal", counting_read_journal)
    desk = Store(store_path)
    assert reads == [("snapshot", 0), ("journal from byte", 0)]
    reads.clear()
    for claim in desk.list_claims():
        assert desk.get_claim(claim.id) == claim
    assert reads == [], "reads are served from memory"
    journal_size = _journal(store_path).stat().st_size
    Store(store_path).save(events=[Event(id="e9", claim_id="c", actor="ben", action="x")])
    reads.clear()
    assert desk.list_events()[-1].id == "e9"
    assert reads == [("journal from byte", journal_size)], "only the other desk's line is read"
