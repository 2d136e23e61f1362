"""A subject `it` gets the organisation of the sentence before only when nothing else could be
meant: when it may stand for what happened (`It was the only option`), for another firm or
thing named there, or for something of a speaker's, the claim keeps `It` and is flagged with
what is missing. Made-up articles, one rule each."""

from __future__ import annotations

import pytest

from factcheck.models import Claim
from factcheck.splitter import split_text

UNSURE = "what does 'It' stand for?"


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_it_after_a_firm_with_nothing_else_named_is_the_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs last year. It is now hiring again.", "hiring")
    assert claim.text == "Northwind Ltd is now hiring again."


def test_a_copula_calling_it_a_kind_of_organisation_keeps_the_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. It is the biggest employer in the town.", "town")
    assert claim.text.startswith("Northwind Ltd is the biggest employer")


@pytest.mark.parametrize(
    ("second", "words"),
    [
        ("It was a difficult decision for the board.", "decision"),
        ("It was the first cut in ten years.", "first cut"),
        ("It was a mistake, analysts said.", "mistake"),
    ],
)
def test_a_copula_judging_what_happened_names_no_firm(second: str, words: str) -> None:
    claim = _claim(f"Northwind Ltd cut 200 jobs. {second}", words)
    assert claim.text.startswith("It was")
    assert UNSURE in claim.context_note


def test_it_with_an_adjective_names_no_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. It was widely expected.", "expected")
    assert claim.text == "It was widely expected."
    assert UNSURE in claim.context_note


def test_it_before_a_verb_of_sequence_names_no_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. It came after profits fell by 30%.", "came after")
    assert claim.text.startswith("It came after")
    assert UNSURE in claim.context_note


def test_it_told_to_act_is_the_one_who_acts() -> None:
    text = "Northwind Ltd was fined in March. It was told to refund $5m to its customers."
    assert _claim(text, "refund").text.startswith("Northwind Ltd was told to refund")


def test_extraposed_it_is_no_firm_and_no_question() -> None:
    for claim in split_text("Northwind Ltd cut 200 jobs. It is not clear how many more will go."):
        assert not claim.text.startswith("Northwind Ltd is not clear")


def test_indirect_speech_judging_what_happened_is_not_the_speaker() -> None:
    text = "Northwind Ltd said it was a difficult decision for the board."
    assert not any(c.text.startswith("Northwind Ltd was") for c in split_text(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Northwind Ltd bought Eastgate Foods for $5m. It will close two plants.", "plants"),
        ("Northwind Ltd launched a new phone in May. It costs $500.", "costs"),
        ("Northwind Ltd signed a deal with Eastgate Foods. It is worth $5m.", "worth"),
        ("Northwind Ltd and Eastgate Foods cut jobs. It will close two plants.", "plants"),
    ],
)
def test_another_firm_or_thing_before_keeps_it(text: str, words: str) -> None:
    claim = _claim(text, words)
    assert claim.text.startswith("It ")
    assert UNSURE in claim.context_note


def test_a_quotation_opening_after_the_firm_keeps_it() -> None:
    text = 'Northwind Ltd cut 200 jobs. "It will recover next year," said Tom Hale.'
    claim = _claim(text, "recover")
    assert claim.text.startswith("It will recover")
    assert UNSURE in claim.context_note


def test_a_subordinate_it_is_the_firm_its_main_clause_calls_by_its_trade() -> None:
    text = (
        "Northwind Ltd opened in Leeds in 1990. The retailer has grown quickly since it was "
        "bought by a fund in 2001."
    )
    assert "since Northwind Ltd was bought" in _claim(text, "bought").text


def test_it_taken_up_by_an_although_clause_splits_with_the_same_firm_in_both() -> None:
    text = (
        "Northwind Ltd cut 200 jobs last year. "
        "It is one of the few survivors of the price war although it now faces rivals."
    )
    texts = [c.text for c in split_text(text)]
    assert "Northwind Ltd is one of the few survivors of the price war." in texts
    assert "Northwind Ltd now faces rivals." in texts


def test_it_taken_up_by_an_although_clause_is_as_unsure_as_the_first() -> None:
    text = "Northwind Ltd cut 200 jobs. It was a mistake although it saved money."
    claim = _claim(text, "saved money")
    assert claim.text == "It saved money."
    assert "what does 'it' stand for?" in claim.context_note


def test_an_unknown_it_speaker_is_asked_for_once() -> None:
    claim = _claim("Northwind Ltd's profits fell. It blamed the weather.", "blamed")
    assert claim.context_note.count("'It'") == 1


def test_it_whose_own_clause_names_the_firm_again_is_not_the_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. It will save the firm $10m a year.", "save")
    assert claim.text.startswith("It will save the firm")
    assert UNSURE in claim.context_note


def test_indirect_speech_naming_the_speaker_again_does_not_bind_it() -> None:
    claim = _claim("Northwind Ltd said it would save the company $10m.", "save")
    assert not claim.text.startswith("Northwind Ltd would")
    assert claim.needs_context


def test_it_said_after_two_firms_has_no_speaker() -> None:
    text = "Northwind Ltd bought Eastgate Foods for $5m. It said sales would rise by 5%."
    claim = _claim(text, "would rise")
    assert claim.speaker is None
    assert "who is 'It'?" in claim.context_note


def test_it_said_after_one_firm_is_that_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. It said sales had fallen by 5%.", "fallen")
    assert claim.speaker == "Northwind Ltd"


def test_an_object_it_of_a_verb_judging_acts_names_no_firm() -> None:
    claim = _claim("Northwind Ltd cut 200 jobs. Analysts praised it.", "praised")
    assert claim.text == "Analysts praised it."
    assert "what does 'it' stand for?" in claim.context_note


def test_an_although_it_judging_the_act_is_not_split_off_as_the_firm() -> None:
    texts = [c.text for c in split_text("Northwind Ltd cut 200 jobs, although it was a mistake.")]
    assert "Northwind Ltd was a mistake." not in texts


def test_an_although_it_that_can_only_be_the_firm_is_split_off_with_its_name() -> None:
    texts = [
        c.text for c in split_text("Northwind Ltd cut 200 jobs, although it is hiring in Asia.")
    ]
    assert "Northwind Ltd is hiring in Asia." in texts


def test_an_infinitive_inside_the_copulas_noun_does_not_make_it_extraposed() -> None:
    text = "Northwind Ltd cut 200 jobs. It is the first retailer to do so."
    assert _claim(text, "first retailer").text.startswith("Northwind Ltd is the first retailer")
    claim = _claim("Northwind Ltd cut 200 jobs. It is part of a plan to save $10m.", "plan")
    assert claim.text.startswith("It is part of a plan")
    assert UNSURE in claim.context_note


def test_a_one_word_name_of_no_type_is_its_own_it_in_indirect_speech() -> None:
    claim = _claim("Acme said it would cut 500 jobs.", "500 jobs")
    assert claim.text == "Acme would cut 500 jobs."
    assert claim.speaker == "Acme"


def test_a_person_saying_it_is_not_its_referent() -> None:
    text = "Ann Lee joined Eastgate Foods in May. Lee said it would cut 500 jobs."
    claim = _claim(text, "500 jobs")
    assert not claim.text.startswith("Ann Lee would")
    assert claim.needs_context


def test_a_split_off_claim_opening_with_its_asks_whose() -> None:
    text = "Ruritania's economy grew 2% in May, but its public debt rose to 90% of output."
    claim = _claim(text, "debt")
    assert claim.text.startswith("Its public debt")
    assert "whose is 'Its'?" in claim.context_note


def test_it_before_an_adjective_of_one_who_acts_is_the_speaker() -> None:
    text = (
        "Ministers approved a second runway at Delby Airport.\n\n"
        "The airport says it will be able to handle 9 million passengers a year by 2020."
    )
    claim = _claim(text, "9 million passengers")
    assert claim.speaker == "Delby Airport"
    assert claim.text.startswith("Delby Airport will be able to handle")
