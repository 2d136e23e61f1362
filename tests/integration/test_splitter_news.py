"""The splitter on real BBC news it was not written for (../shared/data/news, read in place).

Each article is held to the figures the splitter reached on it (found references, and found
with the right speaker), so a change that loses a claim or a speaker anywhere fails here.
Four of the twelve (every third, alphabetically) were held apart while the splitter was built
and are scored here like the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from gold_support import score

from factcheck.ingest import read_article
from factcheck.splitter import split

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"

# article: (references found, found with the right speaker), as reached on this code.
# Lowered on purpose where the splitter stopped emitting, in the article's own voice, what a
# desk cannot check (#10, judged by ../shared/gold/RUBRIC.md): the references keep schedule
# lines ("a committee will discuss plans on Monday") and subjectless fragments ("was an
# opportunity to move on") that the selection stage now leaves out.
FLOORS = {
    "army-chiefs-in-regiments-decision": (21, 16),
    "bank-payout-to-pinochet-victims": (17, 17),
    "blair-rejects-iraq-advice-calls": (24, 17),
    "boeing-secures-giant-japan-order": (24, 24),
    "china-keeps-tight-rein-on-credit": (18, 16),
    "euro-firms-miss-out-on-optimism": (22, 18),
    "jones-files-conte-lawsuit": (31, 29),
    "row-brewing-over-peer-to-peer-ads": (21, 20),
    "us-regulator-to-rule-on-pain-drug": (20, 19),
    "women-in-film-are-earning-less": (21, 20),
    "yahoo-celebrates-a-decade-online": (21, 21),
    "yukos-unit-fetches-9bn-at-auction": (34, 30),
}


@pytest.mark.skipif(not NEWS.is_dir(), reason="no ../shared/data/news checkout here")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_news_article_keeps_its_found_claims_and_speakers(name: str) -> None:
    reference = yaml.safe_load((NEWS / f"{name}.claims.yaml").read_text(encoding="utf-8"))
    claims = split(read_article(NEWS / f"{name}.txt"))
    missed, wrong_speaker = score(reference["claims"], claims)
    found = len(reference["claims"]) - len(missed)
    want_found, want_speaker = FLOORS[name]
    assert found >= want_found, f"now {found}; missed: {missed}"
    assert found - len(wrong_speaker) >= want_speaker, wrong_speaker


@pytest.mark.skipif(not NEWS.is_dir(), reason="no ../shared/data/news checkout here")
def test_every_news_article_is_held_to_a_floor() -> None:
    assert sorted(FLOORS) == sorted(p.stem for p in NEWS.glob("*.txt"))
