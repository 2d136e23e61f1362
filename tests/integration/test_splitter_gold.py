"""The splitter against hand-made reference claims (tests/gold/*.claims.yaml).

Matching follows ../shared/tools/gold_match.py (see tests/gold_support.py). Kinds and bands
are the classifier's tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from gold_support import score

from factcheck.ingest import read_article
from factcheck.splitter import split

PROJECT = Path(__file__).resolve().parents[2]
GOLD = sorted((PROJECT / "tests" / "gold").glob("*.claims.yaml"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.name.split(".")[0] for g in GOLD])
def test_every_reference_claim_is_found_with_its_speaker(gold: Path) -> None:
    reference = yaml.safe_load(gold.read_text(encoding="utf-8"))
    article = read_article(PROJECT / "seeds" / reference["article"])
    claims = split(article)
    missed, wrong_speaker = score(reference["claims"], claims)
    assert not missed, f"reference claims not found: {missed}"
    found = len(reference["claims"])
    assert (found - len(wrong_speaker)) / found >= 0.9, wrong_speaker


def test_the_seed_reference_is_the_shared_one() -> None:
    """tests/gold keeps a copy of the lead's reference for the seed; it must not drift."""
    shared = PROJECT.parent / "shared" / "gold" / "000_ac684aa55c728b26.claims.yaml"
    if not shared.exists():
        pytest.skip("no ../shared checkout here")
    copy = PROJECT / "tests" / "gold" / shared.name
    assert copy.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")


def test_every_claim_points_back_into_its_sentence() -> None:
    for gold in GOLD:
        article = read_article(PROJECT / "seeds" / yaml.safe_load(gold.read_text())["article"])
        claims = split(article)
        assert [c.id for c in claims] == sorted(c.id for c in claims)
        for claim in claims:
            start, end = claim.span
            assert claim.sentence in article.text
            assert article.text[start:end] in claim.sentence
            assert claim.text == claim.extracted_text
