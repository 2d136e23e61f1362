"""A description set off on a name stays whole and reads as a sentence: a phrase the parser
hung on the name after its apposition (`Tom Bell, 52, head of planning at X,`), a `who`
clause hung on the place before it, and the comma an age apposition leaves. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_phrase_hung_on_the_name_after_its_apposition_stays_with_the_apposition() -> None:
    text = (
        "Tom Bell, 52, head of planning at Kelby Borough Council in the North, was arrested "
        "on Thursday and later released on bail."
    )
    claims = [c.text for c in split_text(text)]
    assert "Tom Bell [is] head of planning at Kelby Borough Council in the North." in claims
    assert any(c.startswith("Tom Bell, 52, was arrested") for c in claims)
    assert any(c.startswith("Tom Bell, 52, was later released") for c in claims)


def test_a_who_clause_hung_on_a_place_still_describes_the_person() -> None:
    text = (
        "Ann Kemp, 19, a student from Leeds who had travelled down on Friday to set up camp, "
        'said: "The field is under water."'
    )
    claim = _claim(text, "a student")
    assert claim.text.startswith("Ann Kemp [is] a student from Leeds who had travelled")
