"""In the words of a speaker whose title names one organisation (`Acme spokesman X`, `X, a
spokesman for Acme`), `the company` is that organisation; otherwise the claim keeps the
article's words and asks which. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text

_RIVALS = (
    "Nortex lost its main oil unit at an auction to Balvek on Sunday. "
    "Balvek paid $9bn for the unit. "
)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def _names_nortex(claim: Claim) -> bool:
    return "Nortex" in claim.text and "which company?" not in claim.context_note


def test_the_company_in_a_spokesmans_quotation_is_the_one_his_title_names() -> None:
    text = (
        _RIVALS + '"The company considers the buyer has bought a headache," said Nortex '
        "spokesman Ivan Petrov. He said the company would continue to fight in court."
    )
    assert _names_nortex(_claim(text, "bought a headache"))
    assert _names_nortex(_claim(text, "continue to fight"))


def test_a_spokesman_for_the_company_named_after_him_speaks_for_it() -> None:
    text = (
        _RIVALS + "Ivan Petrov, a spokesman for Nortex, said the company would appeal "
        "against the sale."
    )
    assert _names_nortex(_claim(text, "appeal"))


def test_a_country_in_the_title_is_no_company_and_the_question_stays() -> None:
    text = (
        _RIVALS + '"The company broke the rules," said Russian spokesman Ivan Petrov. '
        "He said the company would be fined."
    )
    claim = _claim(text, "broke the rules")
    assert "Nortex" not in claim.text and "Balvek" not in claim.text
    assert "which company?" in claim.context_note


def test_the_company_in_the_articles_own_voice_is_not_the_spokesmans() -> None:
    text = (
        _RIVALS + '"We will appeal," said Nortex spokesman Ivan Petrov. '
        "The company has lost two similar cases this year."
    )
    claim = _claim(text, "similar cases")
    assert "Nortex" not in claim.text and "which company?" in claim.context_note


def test_a_spokespersons_we_is_the_firm_the_spokesperson_speaks_for() -> None:
    claims = split_text(
        "Orkney Air has ordered ten new planes from Vantor.\n\n"
        '"We picked the V9 because it burns less fuel," an Orkney Air spokesman said.\n'
    )
    picked = next(c for c in claims if "picked the V9" in c.text)
    assert picked.speaker == "an Orkney Air spokesman"
    assert picked.text.startswith("We [Orkney Air] picked the V9")
