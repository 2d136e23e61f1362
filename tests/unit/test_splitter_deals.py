"""With two firms in the story, a buyer and its target or a firm and its rival, `the company`
or `the airline` could be either: the claim keeps the article's words and asks which. With one
firm of that kind, the description still takes its name."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.deals import same_firm


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_company_after_a_takeover_of_a_rival_is_not_filled_in() -> None:
    text = (
        "Harrow Foods has agreed to buy its smaller rival Denbury for £80m. "
        "Harrow Foods first made an offer in 2003. "
        "Denbury's chairman, Tom Reese, backed the deal. The company employs 900 people."
    )
    claim = _claim(text, "900 people")
    assert claim.text == "The company employs 900 people."
    assert claim.context_note == "which company?"


def test_the_airline_after_an_offer_for_another_firm_is_not_filled_in() -> None:
    text = (
        "Castle Airways made a £200m offer for Pennine on Monday. The airline employs 1,200 staff."
    )
    claim = _claim(text, "1,200 staff")
    assert claim.text == "The airline employs 1,200 staff."
    assert claim.needs_context


def test_one_airline_in_the_story_still_names_the_airline() -> None:
    text = "Castle Airways made a profit of £8m in 2004. The airline employs 1,200 staff."
    assert _claim(text, "1,200 staff").text.startswith("Castle Airways employs")


def test_a_short_form_of_a_firms_name_is_the_same_firm() -> None:
    assert same_firm("Castle", "Castle Airways")
    assert not same_firm("Castle Airways", "Pennine")


def test_the_bank_after_both_banks_is_not_filled_in() -> None:
    text = (
        "Halden Bank made a profit of £2bn in 2004, and Morrow Group made £1bn. "
        "Both banks said bad debts had fallen. Shares in the bank closed up 2.1%."
    )
    claim = _claim(text, "closed up")
    assert claim.text == "Shares in the bank closed up 2.1%."
    assert claim.context_note == "which bank?"
