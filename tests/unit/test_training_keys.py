"""The made-up articles' keys as the training script reads them: the writers' kinds, read in
the news references' convention only where theirs differs as a class (made-up key lines)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_checkworthiness.py"


@pytest.fixture(scope="module")
def training():
    spec = importlib.util.spec_from_file_location("train_checkworthiness", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_standing_fact_in_the_articles_own_voice_is_an_event(training) -> None:
    claim = "Farnley Dairies is based in Carlisle."
    assert training.news_kind("statement", "-", claim) == "event"


def test_a_ranking_in_the_articles_own_voice_is_a_comparison(training) -> None:
    claim = "Farnley Dairies is the UK's fifth-largest milk processor."
    assert training.news_kind("statement", "-", claim) == "comparison"


def test_what_someone_said_stays_a_statement(training) -> None:
    claim = "The ministry has promised to review the grazing scheme."
    assert training.news_kind("statement", "-", claim) == "statement"


def test_an_attributed_line_keeps_its_writers_kind(training) -> None:
    claim = "Farnley Dairies is based in Carlisle."
    assert training.news_kind("statement", "Anna Reyes", claim) == "statement"
    assert training.news_kind("opinion", "-", "The plan is a fine one.") == "opinion"


def test_every_key_line_has_a_kind_and_a_band_the_models_know(training) -> None:
    keys = training.read_madeup_keys()
    bands = {ref.worthy for ref in training.read_key_worthiness()}
    assert len(keys) > 1000
    assert {kind for ref in keys for kind in ref.kinds} <= set(training.KINDS)
    assert bands == set(training.BAND_MIDDLES)
