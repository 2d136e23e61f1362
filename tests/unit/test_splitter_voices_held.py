"""Whose words a claim carries: a phrasal reporting verb (`pointed out`) reports, two speakers
joined by `and` stay both, a name with a plural possessive (`the Farmers' Guild`) stays whole,
a `who`/`whose` clause after a person's title is the person's, a perception (`found people
sleeping`) reports nothing. Every sentence here is made up."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_phrasal_reporting_verb_gives_its_subject_the_words() -> None:
    text = (
        "Mary Hill, an analyst at Brook Bank, spoke on Monday. "
        "She pointed out that sales of the bank fell by 6% over the year."
    )
    claim = _claim(text, "fell by 6%")
    assert claim.speaker == "Mary Hill"
    assert "pointed" not in claim.text


def test_two_speakers_joined_by_and_are_both_the_speaker() -> None:
    text = (
        "The clinic opened in May. Dr Tom Pell and Ann Lee said the waiting list had doubled "
        "since then."
    )
    claim = _claim(text, "doubled")
    assert claim.speaker == "Tom Pell and Ann Lee"


def test_a_joined_name_given_as_one_before_is_one_speaker() -> None:
    text = (
        "The painting was sold at Hobbs and Wendle in Leeds on Monday. "
        "Hobbs and Wendle said it did not know where the buyer lived."
    )
    claim = _claim(text, "buyer lived")
    assert claim.speaker == "Hobbs and Wendle"


def test_a_body_named_with_a_plural_possessive_keeps_its_whole_name() -> None:
    text = "The Growers' Guild said demand had trebled since 2003."
    claim = _claim(text, "trebled")
    assert claim.speaker == "Growers' Guild"
