"""Matching produced claims against hand-made references (the rules of
../shared/tools/gold_match.py): a reference claim is found when one produced claim contains
every `contains` string (case-insensitive, whitespace folded); its speaker is right when the
reference speaker's last word is inside the produced speaker."""

from __future__ import annotations

import re
import unicodedata

from factcheck.models import Claim


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def _speaker_right(want: str | None, got: str | None) -> bool:
    return not want or _fold(want.split()[-1]) in _fold(got)


def score(reference: list[dict], claims: list[Claim]) -> tuple[list[str], list[str]]:
    """(missed references, references found with the wrong speaker)."""
    missed, wrong_speaker = [], []
    for ref in reference:
        wanted = [_fold(c) for c in ref["contains"]]
        candidates = [c for c in claims if all(w in _fold(c.text) for w in wanted)]
        if not candidates:
            missed.append(str(ref["contains"]))
        elif not any(_speaker_right(ref.get("speaker"), c.speaker) for c in candidates):
            wrong_speaker.append(
                f"{ref['contains']}: want {ref.get('speaker')}, got {candidates[0].speaker}"
            )
    return missed, wrong_speaker
