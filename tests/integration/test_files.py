from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.files import atomic_write


def test_written_file_gets_ordinary_permissions_not_owner_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        atomic_write(tmp_path / "report.html", b"<p>ok</p>")
    finally:
        os.umask(previous)
    mode = stat.S_IMODE((tmp_path / "report.html").stat().st_mode)
    assert mode == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"], "no temporary file left"


def test_default_workflow_is_found_from_another_folder(
    tmp_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "s.json")
    assert main(["--store", store, "ingest", str(seed_path)]) == 0
    assert main(["--store", store, "status"]) == 0
    out = capsys.readouterr().out
    assert "workflow Newsroom" in out and "factcheck/workflows/default.yaml" in out
