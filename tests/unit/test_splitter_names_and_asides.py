"""A wrong speaker or referent is worse than none. A name the parser broke is given whole, a
thing a person spoke of is not the speaker, and an `it` that stands for a clause is never
replaced by a name; when two readings fit, the article's words stay."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if words.lower() in c.text.lower())


def test_a_named_speaker_the_recognizer_missed_keeps_what_the_drop_showed() -> None:
    claims = split_text(
        "Claims fell 10% in 2004.\n\n"
        "Mr Browne said the drop showed that tougher rules were deterring people.\n"
    )
    claim = _claim(claims, "tougher rules were deterring")
    assert claim.speaker == "Mr Browne"
    assert "drop showed" in claim.text


def test_a_source_name_cut_in_two_by_the_parser_is_given_whole() -> None:
    claims = split_text(
        "About 400 teenagers in Kent have type 1 diabetes, according to Diabetes Wales.\n"
    )
    claim = _claim(claims, "400 teenagers")
    assert claim.speaker == "Diabetes Wales"
    assert "Wales" not in claim.text


def test_a_committee_name_with_commas_is_not_read_as_a_list() -> None:
    claims = split_text(
        "The Health, Education and Rural Transport Committee said that 38% of the country's "
        "roads were in poor condition.\n"
    )
    assert _claim(claims, "38%").speaker == "Health, Education and Rural Transport Committee"


def test_it_before_an_adjective_and_an_infinitive_stays_it() -> None:
    claims = split_text(
        "The Builders Federation said some homeowners could find it impossible to get cover "
        "if defences were not improved.\n"
    )
    claim = _claim(claims, "homeowners could find")
    assert "find it impossible to get cover" in claim.text
