"""TEMPORARY stand-in for stage 6 (typing and check-worthiness).

The worthiness branch replaces this file; only the signature of `classify` is the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.models import ClaimKind


@dataclass
class Classification:
    kind: ClaimKind
    checkworthiness: float
    reasons: list[str] = field(default_factory=list)


def classify(
    text: str, *, speaker: str | None, reporting_verb: str | None, sentence: str
) -> Classification:
    """Every claim an event of middling worth until the real classifier lands."""
    if reporting_verb and not speaker:
        return Classification(ClaimKind.STATEMENT, 0.5, ["attribution event"])
    return Classification(ClaimKind.EVENT, 0.5, [])
