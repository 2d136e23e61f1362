"""A claim whose subject opens with an owner or a `we` nothing resolves is flagged with the
question a reviewer needs answered (`factcheck.splitter.openers`); one the claim or its speaker
answers is not."""

from __future__ import annotations

import pytest

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, containing: str) -> Claim:
    return next(c for c in split_text(text) if containing in c.text)


@pytest.mark.parametrize(
    ("text", "containing", "question"),
    [
        (
            "Ashby Town lost 3-0 on Saturday. His assistant will take charge of the team.",
            "take charge",
            "whose is 'His'?",
        ),
        (
            "The film Dark Water won the top prize. Its director thanked the jury.",
            "thanked",
            "whose is 'Its'?",
        ),
        (
            "Barwick Bank bid £3bn for Lyndon Mutual. "
            "Its chairman, Alf Rey, said none of its 210 branches would close.",
            "210 branches",
            "whose is 'its'?",
        ),
        (
            'Halford Bank made £2bn. "We expect house prices to rise by 2%," said Simon Ware.',
            "house prices",
            "who are 'We'?",
        ),
    ],
)
def test_an_owner_or_we_nothing_resolves_is_asked_about(
    text: str, containing: str, question: str
) -> None:
    claim = _claim(text, containing)
    assert claim.needs_context
    assert question in claim.context_note


def test_we_said_for_an_organisation_is_that_organisation() -> None:
    text = '"We expect house prices to rise by 2%," said a Halford Bank spokesman.'
    claim = _claim(text, "house prices")
    assert "'We'" not in (claim.context_note or "")


def test_an_owned_description_before_a_name_leaves_the_named_claim_with_no_owner_to_ask() -> None:
    text = "Tom Reed was sacked by Ashby Town. His assistant, Gary Moss, will take charge."
    claim = _claim(text, "take charge")
    assert claim.text == "Gary Moss will take charge."
    assert "whose" not in (claim.context_note or "")


def test_an_owner_the_claim_names_first_is_not_asked_about() -> None:
    claim = _claim("Halford Bank and its rival Carrow cut 900 jobs in Leeds in 2004.", "900")
    assert "whose" not in (claim.context_note or "")


def test_a_clause_set_off_by_commas_does_not_say_which_noun_it_describes() -> None:
    text = "Corwen Metals will close a works. The plant, which opened in 1968, made 9,000 tonnes."
    claim = _claim(text, "1968")
    assert claim.text == "The plant opened in 1968."
    assert "which plant?" in claim.context_note


def test_a_share_of_a_set_nothing_names_asks_which_set() -> None:
    claim = _claim("Hale Homes said 35% of the houses would be affordable.", "35%")
    assert "which houses?" in claim.context_note
    claim = _claim("Half of the 2,400 homes in Leeds will be sold.", "Half")
    assert "which" not in (claim.context_note or "")


def test_a_quoted_that_opening_a_claim_is_asked_about() -> None:
    text = 'Ann Ross said the offer was 560p. "That is a lot for a small firm." She smiled.'
    claim = _claim(text, "a lot")
    assert "what is 'That'?" in claim.context_note


def test_an_owner_the_claim_itself_names_is_not_asked_about() -> None:
    claim = _claim("Shops that had not invested in their stores were losing out.", "losing")
    assert "whose" not in (claim.context_note or "")
    share = _claim(
        "Barwick Bank bid £3bn. Its chairman said none of its 210 branches would close.", "210"
    )
    assert "whose is 'its'?" in share.context_note
