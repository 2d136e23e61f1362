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


def test_we_of_a_managing_director_titled_by_a_longer_name_is_that_firm() -> None:
    text = (
        "Kelford Rail Services has been fined £2m for late trains. "
        "Kelford Rail Services managing director Ann Hollis said she accepted the fine.\n\n"
        '"Most of the delays on our lines are caused by faults in the track.\n\n'
        '"We have invested £40m in new trains," she said.'
    )
    assert _claim(text, "£40m").text.startswith("We [Kelford Rail Services] have invested")
    assert "our [Kelford Rail Services] lines" in _claim(text, "faults in the track").text


def test_we_of_a_chief_executive_of_a_longer_name_set_after_her_is_that_firm() -> None:
    text = (
        "Tarnwick Water Services was fined £1m on Monday. "
        'Jane Doe, chief executive of Tarnwick Water Services, said: "We accept the fine."'
    )
    claim = _claim(text, "accept the fine")
    assert claim.text.startswith("We [Tarnwick Water Services] accept")
    assert "who are 'We'?" not in claim.context_note


def test_we_of_a_speaker_with_two_employers_keeps_the_question() -> None:
    text = (
        "Tarnwick Water Services was fined £1m on Monday. "
        "Jane Doe, chief executive of Tarnwick Water Services and a director of the Dunmere "
        'Rivers Trust, said: "We accept the fine."'
    )
    claim = _claim(text, "accept the fine")
    assert claim.text.startswith("We accept")  # no organisation put in for `We`
    assert "who are 'We'?" in claim.context_note


def test_a_firms_name_read_as_a_place_in_a_possessive_title_is_still_the_firm() -> None:
    text = (
        "Distributor Highmoor Pictures said it would show the film on 400 screens. "
        "Highmoor's managing director, Paul Okoro, said the film had been sold abroad.\n\n"
        '"We have had calls from three studios," he said.'
    )
    assert _claim(text, "three studios").text.startswith("We [Highmoor] have had calls")


def test_a_possessive_place_that_names_no_firm_gives_no_we() -> None:
    text = (
        "Prices in the region rose 4% last year. "
        "Dunmere's chief executive, Paul Okoro, said the council would act.\n\n"
        '"We have cut spending," he said.'
    )
    claim = _claim(text, "cut spending")
    assert "[" not in claim.text


def test_we_of_a_chief_executive_whose_owned_title_follows_her_name_is_the_firm() -> None:
    text = (
        "Kelford Holdings made a loss of £9m. "
        "Jane Doe, Kelford Holdings' chief executive, said trading had been hard.\n\n"
        '"We have cut 200 jobs," she said.'
    )
    assert _claim(text, "200 jobs").text.startswith("We [Kelford Holdings] have cut")


def test_the_companys_chairman_after_two_firms_names_neither() -> None:
    for title in (
        'Jane Doe, the company\'s chairman, said: "We have cut 200 jobs."',
        'The company\'s chairman, Jane Doe, said: "We have cut 200 jobs."',
    ):
        claim = _claim("Kelford Holdings bought Dalton Group in May. " + title, "200 jobs")
        assert "[" not in claim.text
        assert "who are 'We'?" in claim.context_note


def test_we_of_a_researcher_at_a_named_institution_is_that_institution() -> None:
    text = (
        "Kelford University studied 4,000 people. "
        'Dr Jane Doe, a researcher at Kelford University, said: "We found that walking helps."'
    )
    claim = _claim(text, "walking helps")
    assert claim.text.startswith("We [Kelford University] found")


def test_we_of_a_researcher_whose_title_names_no_institution_keeps_the_question() -> None:
    text = (
        "Researchers at Kelford University studied 4,000 people. "
        'Lead researcher Professor Jane Doe said: "We found that walking helps."'
    )
    claim = _claim(text, "walking helps")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_we_of_an_officer_titled_by_initials_and_a_field_is_the_body_they_stand_for() -> None:
    text = (
        "Inspectors from the Coastal Water Safety Board (CWSB) found 12 faults on the ferry. "
        'CWSB enforcement manager Jane Doe said: "We have written to every owner."'
    )
    claim = _claim(text, "every owner")
    assert claim.text.startswith("We [Coastal Water Safety Board] have written")


def test_initials_no_organisation_of_the_article_spells_are_the_body_as_written() -> None:
    text = (
        "Inspectors found 12 faults on the ferry. "
        'CWSB enforcement manager Jane Doe said: "We have written to every owner."'
    )
    claim = _claim(text, "every owner")
    assert claim.text.startswith("We [CWSB] have written")


def test_a_field_word_before_a_title_takes_no_person_for_an_organisation() -> None:
    text = (
        "Inspectors found 12 faults on the ferry. "
        'Ferry owner Jane Doe said: "We have written to every owner."'
    )
    claim = _claim(text, "every owner")
    assert "[" not in claim.text
