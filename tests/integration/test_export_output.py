"""`export --output` replaces only a regular file or makes a new one: never the store."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.store import Store

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "store" / "factcheck.json"
    assert main(["--store", str(path), "ingest", str(SEED)]) == 0
    Store(path).set_setting("probe", "saved")  # a journal line, and the lock file made
    capsys.readouterr()
    return path


def export_to(store: Path, output: Path | str, capsys: pytest.CaptureFixture[str]) -> str:
    """Run the export; its one line on stderr (or '' when it wrote)."""
    code = main(["--store", str(store), "export", "--include-unreviewed", "--output", str(output)])
    err = capsys.readouterr().err
    assert (code == 0) == (err == ""), err
    return err


@pytest.mark.parametrize("own_file", ["", ".journal", ".lock"])
def test_export_refuses_the_stores_own_files(
    store: Path, own_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path(f"{store}{own_file}")
    before = {p.name: p.read_bytes() for p in store.parent.iterdir()}
    err = export_to(store, target, capsys)
    assert "store's own file" in err and len(err.splitlines()) == 1
    assert {p.name: p.read_bytes() for p in store.parent.iterdir()} == before
    assert Store(store).get_setting("probe") == "saved"


def test_export_refuses_another_name_for_a_store_file(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other_store = tmp_path / "copy.json"
    other_store.write_bytes(store.read_bytes())  # a store, but not the one opened
    assert "factcheck store file" in export_to(store, other_store, capsys)
    assert "store's own file" in export_to(store, store.parent / "." / store.name, capsys)


def test_export_refuses_what_is_not_a_regular_file(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.md"
    folder.mkdir()
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    for target, kind in [
        (fifo, "named pipe"),
        (Path("/dev/null"), "character device"),
        (folder, "a folder"),
        (link, "symbolic link"),
    ]:
        err = export_to(store, target, capsys)
        assert kind in err and "nothing was written" in err and len(err.splitlines()) == 1
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir() and link.is_symlink()


def test_export_keeps_an_existing_files_permissions(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    private = tmp_path / "private.md"
    private.write_text("old report")
    private.chmod(0o600)
    assert export_to(store, private, capsys) == ""
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text() != "old report"
