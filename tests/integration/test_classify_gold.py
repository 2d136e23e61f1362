"""Kinds and bands of the splitter's claims against the hand-made references (tests/gold/).

A reviewer sorts the queue by band and filters by kind: on every reference article the kind
must be one the reference allows for >= 85% of its claims, the band within one of the
reference's for >= 85%, and nothing the reference calls `none` (hopes, opinions, intentions)
may rise above band none. Matching follows ../shared/tools/gold_match.py: among the claims
containing every `contains` string, the one with the right speaker and kind is preferred.
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
GOLD = sorted((PROJECT / "tests" / "gold").glob("*.claims.yaml"))
BANDS = ["none", "low", "medium", "high"]


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


@pytest.mark.parametrize("gold", GOLD, ids=[g.name.split(".")[0] for g in GOLD])
def test_kinds_and_bands_match_what_a_desk_would_give(gold: Path) -> None:
    reference = yaml.safe_load(gold.read_text(encoding="utf-8"))
    claims = split(read_article(PROJECT / "seeds" / reference["article"]))
    wrong_kind, wrong_band, none_raised, scored = [], [], [], 0
    for ref in reference["claims"]:
        claim = _best_match(ref, claims)
        if claim is None:
            continue  # finding claims is the splitter's test
        if ref.get("kind") and claim.kind not in ref["kind"]:
            wrong_kind.append(f"{claim.text!r}: {claim.kind}, want {ref['kind']}")
        if ref["worthy"] == "none":
            if claim.band != "none":
                none_raised.append(f"{claim.text!r}: {claim.band} {claim.reasons}")
            continue
        scored += 1
        if abs(BANDS.index(claim.band) - BANDS.index(ref["worthy"])) > 1:
            wrong_band.append(f"{claim.text!r}: {claim.band}, want {ref['worthy']}")
    assert not none_raised, none_raised
    assert len(wrong_kind) <= 0.15 * len(reference["claims"]), wrong_kind
    assert len(wrong_band) <= 0.15 * scored, wrong_band


def test_reasons_tell_the_reviewer_why() -> None:
    """Every claim of the seed article carries at least one reason, in words."""
    reference = yaml.safe_load(GOLD[0].read_text(encoding="utf-8"))
    claims = split(read_article(PROJECT / "seeds" / reference["article"]))
    assert claims
    for claim in claims:
        assert claim.reasons, claim.text
        assert all(reason and not reason.startswith(("w:", "b:", "c:")) for reason in claim.reasons)
