"""Kinds and bands of the splitter's claims against the hand-made references (tests/gold/ and
../shared/data/news/).

A reviewer sorts the queue by band and filters by kind. Matching follows
../shared/tools/gold_match.py: among the claims containing every `contains` string, the one
with the right speaker and kind is preferred. The figures are taken over every reference
article together: the models are learned, and one article's handful of claims says little.
The floors sit a little under what the shipped models reach (benchmarks/eval_checkworthy.py
prints the figures), so a change that loses ground fails here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from factcheck.ingest import read_article
from factcheck.models import Claim
from factcheck.splitter import split

PROJECT = Path(__file__).resolve().parents[2]
NEWS = PROJECT.parent / "shared" / "data" / "news"
BANDS = ["none", "low", "medium", "high"]

# Floors under today's figures on all 16 reference articles with the parser-based splitter and
# the learned models (band 274/315, none kept 32/45, kind 282/360 by gold_match.py): a
# regression guard, not the goal (issue 17 asks for 0.9, every none, 0.85). The news
# references' bands are among the score model's training rows: its honest figures are the
# training script's article-grouped cross-validation.
BAND_WITHIN_ONE = 0.85
NONE_KEPT = 0.6
KIND_RIGHT = 0.72


def _articles() -> list[tuple[dict, Path]]:
    found = []
    for gold in sorted((PROJECT / "tests" / "gold").glob("*.claims.yaml")):
        reference = yaml.safe_load(gold.read_text(encoding="utf-8"))
        found.append((reference, PROJECT / "seeds" / reference["article"]))
    for gold in sorted(NEWS.glob("*.claims.yaml")):
        reference = yaml.safe_load(gold.read_text(encoding="utf-8"))
        found.append((reference, NEWS / reference["article"]))
    return found


def _folded(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def _best_match(reference: dict, claims: list[Claim]) -> Claim | None:
    wanted = [_folded(part) for part in reference["contains"]]
    candidates = [c for c in claims if all(part in _folded(c.text) for part in wanted)]
    speaker = reference.get("speaker")

    def fit(claim: Claim) -> tuple[bool, bool]:
        speaker_ok = not speaker or _folded(speaker.split()[-1]) in _folded(claim.speaker)
        return speaker_ok, not reference.get("kind") or claim.kind in reference["kind"]

    return max(candidates, key=fit, default=None)


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data")
def test_kinds_and_bands_match_what_a_desk_would_give() -> None:
    typed = kind_right = worthy = within_one = nones = none_kept = 0
    for reference, article in _articles():
        claims = split(read_article(article))
        for ref in reference["claims"]:
            claim = _best_match(ref, claims)
            if claim is None:
                continue  # finding claims is the splitter's test
            if ref.get("kind"):
                typed += 1
                kind_right += claim.kind in ref["kind"]
            if ref["worthy"] == "none":
                nones += 1
                none_kept += claim.band == "none"
            else:
                worthy += 1
                within_one += abs(BANDS.index(claim.band) - BANDS.index(ref["worthy"])) <= 1
    assert within_one / worthy >= BAND_WITHIN_ONE, f"band within one {within_one}/{worthy}"
    assert none_kept / nones >= NONE_KEPT, f"none references kept in band none {none_kept}/{nones}"
    assert kind_right / typed >= KIND_RIGHT, f"kind right {kind_right}/{typed}"


def test_reasons_tell_the_reviewer_why() -> None:
    """Every claim of the seed article carries at least one reason, in words."""
    _, article = _articles()[0]
    claims = split(read_article(article))
    assert claims
    for claim in claims:
        assert claim.reasons, claim.text
        assert all(
            reason and not reason.startswith(("w:", "b:", "s:", "x:")) for reason in claim.reasons
        )
