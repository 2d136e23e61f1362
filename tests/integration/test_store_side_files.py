"""The store's side files (lock, journal) cannot lose acknowledged work unnoticed.

A deleted lock file lets a second writer in, but the journal's own guard refuses any save that
would overwrite or drop another's; a deleted or swapped journal is refused with what to do; a
damaged complete line is told from a torn one; `store repair` keeps everything up to the damage.
"""

from __future__ import annotations

import errno
import importlib.util
import json
from pathlib import Path

import pytest
from store_files import store_files

from factcheck.cli import main
from factcheck.errors import StoreError
from factcheck.models import Event
from factcheck.store import Store
from factcheck.store import lock as lock_module
from factcheck.store.journal_lines import decode_line, encode_line


def journal(store_path: Path) -> Path:
    return Path(f"{store_path}.journal")


def event(number: int) -> Event:
    return Event(id=f"e{number}", claim_id="c", actor="ana", action="note")


def saved(store_path: Path, count: int) -> Store:
    store = Store(store_path)
    for number in range(count):
        store.save(events=[event(number)])
    return store


def test_a_save_made_while_the_lock_file_was_deleted_is_refused_not_lost(
    store_path: Path,
) -> None:
    first, second = saved(store_path, 1), Store(store_path)
    refused = pytest.raises(StoreError, match="nothing was saved: try again")
    with refused, first._storage.transaction() as save:  # first holds the lock ...
        Path(f"{store_path}.lock").unlink()  # ... someone deletes the lock file ...
        second.save(events=[event(2)])  # ... so a second writer gets in and saves,
        save.insert("events", event(1).model_dump(mode="json"))
    # The second writer's save survived; the first was refused at the time, not lost later.
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e2"]
    first.save(events=[event(1)])  # once refused, the next try catches up and succeeds
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e2", "e1"]


def test_a_lock_taken_on_a_deleted_file_is_taken_again_on_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "s.json.lock"
    holder = lock_module.StoreLock(path, tmp_path / "s.json", timeout=0.2)
    with holder.held(exclusive=True):
        path.unlink()
        assert not holder.still_ours()
        newcomer = lock_module.StoreLock(path, tmp_path / "s.json", timeout=0.2)
        with newcomer.held(exclusive=True):
            assert newcomer.still_ours()


def test_a_deleted_journal_is_refused_with_what_to_do_and_repair_goes_on(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(store_path, 3)
    journal(store_path).unlink()
    before = store_files(store_path)
    with pytest.raises(StoreError, match=r"journal is missing.*store repair"):
        Store(store_path)
    assert main(["store", "check", "--store", str(store_path)]) == 2
    assert "journal is missing" in capsys.readouterr().err
    assert store_files(store_path) == before
    assert main(["store", "repair", "--store", str(store_path)]) == 0
    assert "the journal was missing: went on from snapshot" in capsys.readouterr().out
    Store(store_path).save(events=[event(9)])
    assert [e.id for e in Store(store_path).list_events()] == ["e9"]


def test_a_journal_deleted_under_an_open_store_is_noticed_at_its_next_save(
    store_path: Path,
) -> None:
    store = saved(store_path, 2)
    journal(store_path).unlink()
    with pytest.raises(StoreError, match="journal is missing"):
        store.save(events=[event(5)])


def test_a_journal_cut_short_is_refused_and_repair_goes_on_with_what_is_left(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = saved(store_path, 3)
    lines = journal(store_path).read_bytes().splitlines(keepends=True)
    with open(journal(store_path), "r+b") as file:
        file.truncate(sum(len(line) for line in lines[:-1]))  # the last save cut away
    with pytest.raises(StoreError, match="journal shrank"):
        store.list_events()
    with pytest.raises(StoreError, match=r"the last save ended at byte .*store repair"):
        Store(store_path)  # a fresh process: the lock file noted where the last save ended
    assert main(["store", "repair", "--store", str(store_path)]) == 0
    assert "went on with the 2 save(s) left" in capsys.readouterr().out
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1"]


def test_a_damaged_complete_last_line_is_refused_not_dropped_as_torn(
    store_path: Path,
) -> None:
    saved(store_path, 3)
    data = bytearray(journal(store_path).read_bytes())
    data[-20] ^= 0x01  # one flipped bit in the last, fsynced, save
    journal(store_path).write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"save 3 \(line 4\) is damaged \(checksum mismatch\)"):
        Store(store_path)


def test_a_torn_last_line_is_still_dropped(store_path: Path) -> None:
    saved(store_path, 2)
    line = encode_line({"events": {"9": event(9).model_dump(mode="json")}})
    with open(journal(store_path), "ab") as file:
        file.write(line[:30])  # the power went out mid-write
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1"]
    with open(journal(store_path), "ab") as file:
        file.write(line[30:-40] + b"\x00" * 39 + b"\n")  # blocks the crash never wrote
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1"]


def test_repair_keeps_the_saves_before_the_damage_and_names_the_side_file(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(store_path, 5)
    lines = journal(store_path).read_bytes().splitlines(keepends=True)
    lines[3] = lines[3].replace(b'"e2"', b'"eX"')  # save 3 edited by hand: checksum fails
    journal(store_path).write_bytes(b"".join(lines))
    with pytest.raises(StoreError, match="store repair"):
        Store(store_path)
    assert main(["store", "repair", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "kept 2 save(s) before the damage" in out
    side = next(store_path.parent.glob("factcheck.json.journal.damaged-*"))
    assert str(side) in out
    assert side.read_bytes() == b"".join(lines[3:])
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1"]
    assert main(["store", "repair", "--store", str(store_path)]) == 0
    assert "nothing to repair" in capsys.readouterr().out


def test_a_store_from_before_named_journals_and_checksums_loads_and_is_migrated(
    store_path: Path,
) -> None:
    saved(store_path, 2)
    snapshot = json.loads(store_path.read_text())
    del snapshot["meta"]["1"]["journal"]
    store_path.write_text(json.dumps(snapshot))
    old_lines = [json.dumps({"format": "factcheck-journal", "store": snapshot["meta"]["1"]["store"],
                             "snapshot": snapshot["meta"]["1"]["generation"]})]  # fmt: skip
    old_lines += [json.dumps({"events": {str(n + 1): event(n).model_dump(mode="json")}})
                  for n in range(2)]  # fmt: skip
    journal(store_path).write_text("\n".join(old_lines) + "\n")
    Path(f"{store_path}.lock").write_bytes(b"")  # as filelock left it: no journal end noted
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1"]
    Store(store_path).save(events=[event(2)])
    header = json.loads(store_path.read_text())["meta"]["1"]
    first_line, *saves = journal(store_path).read_bytes().splitlines()
    assert header["journal"] == json.loads(first_line)["id"]
    assert [decode_line(line, checksummed=True) for line in saves]  # checksummed from now on
    assert [e.id for e in Store(store_path).list_events()] == ["e0", "e1", "e2"]


def make_folder_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's folder on read-only media: nothing beside the store can be created."""
    real_open = lock_module.os.open

    def read_only_open(path, flags, *args):
        if flags & (lock_module.os.O_CREAT | lock_module.os.O_RDWR | lock_module.os.O_WRONLY):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", read_only_open)


@pytest.mark.parametrize("lock_file", ["present: read under a shared lock", "absent: unlocked"])
def test_a_store_on_read_only_media_can_be_read_and_refuses_writes_in_one_line(
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lock_file: str,
) -> None:
    assert main(["--store", str(store_path), "ingest", str(seed_path)]) == 0
    claim_id = Store(store_path).list_claims()[0].id
    if lock_file.startswith("absent"):
        Path(f"{store_path}.lock").unlink()
    capsys.readouterr()
    make_folder_read_only(monkeypatch)
    assert main(["--store", str(store_path), "claims"]) == 0
    assert claim_id in capsys.readouterr().out
    assert main(["--store", str(store_path), "claim", "show", claim_id]) == 0
    capsys.readouterr()
    status = main(["--store", str(store_path), "--reviewer", "ana", "claim", "accept", claim_id])
    err = capsys.readouterr().err
    assert status == 2 and len(err.splitlines()) == 1 and "read-only" in err, err


@pytest.mark.slow
def test_two_writers_lose_nothing_while_the_lock_file_is_deleted_every_20_ms() -> None:
    """benchmarks/bench_side_files.py's attack, 3 s instead of 15 (the figures live there)."""
    spec = importlib.util.spec_from_file_location(
        "bench_side_files",
        Path(__file__).resolve().parents[2] / "benchmarks" / "bench_side_files.py",
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.lock_deletion_run(seconds=3)
    assert figures["lock deletions"] > 50 and figures["acknowledged saves"] > 20, figures
    assert figures["acknowledged saves lost"] == 0, figures
    assert figures["notes without an audit event"] == 0, figures


def test_repair_sets_a_journal_without_its_header_aside_and_goes_on(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(store_path, 2)
    lines = journal(store_path).read_bytes().splitlines(keepends=True)
    journal(store_path).write_bytes(b"".join(lines[1:]))  # its header line lost
    with pytest.raises(StoreError, match="no header line"):
        Store(store_path)
    assert main(["store", "repair", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    side = next(store_path.parent.glob("factcheck.json.journal.damaged-*"))
    assert f"moved it to {side}" in out and side.read_bytes() == b"".join(lines[1:])
    Store(store_path).save(events=[event(7)])
    assert [e.id for e in Store(store_path).list_events()] == ["e7"]
