"""Splitting many articles in worker processes gives what splitting one by one gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ingest import read_article
from factcheck.splitter import split
from factcheck.splitter.batch import split_all

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.slow
def test_two_workers_give_the_same_claims_in_the_same_order() -> None:
    articles = [read_article(path) for path in SEEDS[:3]]
    assert split_all(articles, jobs=2) == [split(article) for article in articles]


def test_zero_jobs_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_all([], jobs=0)
