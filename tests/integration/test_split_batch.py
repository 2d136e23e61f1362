"""Splitting many articles in worker processes gives what splitting one by one gives: checked
through `factcheck ingest --jobs 2` (test_cli's ingest test), the suite's one run of the
spawned workers, each of which loads the parser model afresh (about a second of CPU)."""

from __future__ import annotations

import pytest

from factcheck.splitter.batch import split_all


def test_zero_jobs_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_all([], jobs=0)
