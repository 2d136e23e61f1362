"""Bytes that are not UTF-8, in an argument or a file name, give one line, never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hostile_text import run_in_terminal

from factcheck.store import Store

# Each test runs `factcheck` in a pseudo-terminal.
pytestmark = pytest.mark.slow

BAD_BYTE = os.fsdecode(b"Bad \xff byte")


def seeded(tmp_path: Path, seed_path: Path) -> tuple[Path, str]:
    store = tmp_path / "s.json"
    status, output = run_in_terminal(["--store", str(store), "ingest", str(seed_path)])
    assert status == 0, output
    return store, Store(store).list_claims()[0].id


def test_text_arguments_with_bad_bytes_are_refused_in_one_line(
    tmp_path: Path, seed_path: Path
) -> None:
    store, claim_id = seeded(tmp_path, seed_path)
    before = store.read_bytes()
    for argv in (
        ["--reviewer", "ana", "claim", "edit", claim_id, "--text", BAD_BYTE],
        ["--reviewer", BAD_BYTE, "claim", "accept", claim_id],
        ["--reviewer", "ana", "claim", "note", claim_id, "--stance", "supports",
         "--url", f"https://example.org/{BAD_BYTE}"],
    ):  # fmt: skip
        status, output = run_in_terminal(["--store", str(store), *argv])
        lines = output.decode("utf-8").strip().splitlines()
        assert status == 2, output
        assert len(lines) == 1 and "not UTF-8" in lines[0] and "\\xff" in lines[0], lines
        assert b"Traceback" not in output
    assert store.read_bytes() == before


def test_a_file_name_with_bad_bytes_is_ingested_and_shown_escaped(
    tmp_path: Path, seed_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seed_path, os.fsdecode(bytes(folder) + b"/news \xff.txt"))
    store = tmp_path / "s.json"
    status, output = run_in_terminal(["--store", str(store), "ingest", str(folder)])
    assert status == 0, output
    assert b"news \\xff.txt" in output and b"Traceback" not in output
    assert Store(store).list_articles()[0].source == "news \\xff.txt"
