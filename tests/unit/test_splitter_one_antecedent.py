"""A description or pronoun takes a name only when exactly one compatible antecedent is in
reach: `the company` after a sentence about one firm, `The 45-year-old` after a sentence naming
one person. Two candidates, or a public body, leave the article's words, flagged. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.parser import english
from factcheck.splitter.tokens import render


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_company_is_the_firm_the_sentence_before_was_about() -> None:
    text = (
        "Tarnwick Rail has been fined 300,000 after a signal failure near Dunmere. "
        "The company, which owns the line, admitted breaching safety law at Dunmere Crown Court."
    )
    owns = _claim(text, "owns the line")
    assert owns.text.startswith("Tarnwick Rail owns the line")
    assert "which company?" not in owns.context_note
    admitted = _claim(text, "admitted breaching")
    assert admitted.text.startswith("Tarnwick Rail admitted")
    assert not admitted.needs_context


def test_a_relative_clause_with_figures_and_places_still_says_not_which_company() -> None:
    # the clause set off by commas tells more of the firm; its number and place name no one
    text = (
        "Garden retailer Pellow & Stint is to close 40 stores. "
        "The company, which employs about 6,000 people across the UK, said sales had fallen."
    )
    employs = _claim(text, "employs about 6,000")
    assert employs.text.startswith("Pellow & Stint employs about 6,000 people")
    assert not employs.needs_context


def test_the_company_after_a_sentence_naming_two_firms_is_asked() -> None:
    text = (
        "Tarnwick Rail has been fined 300,000 after a signal failure. "
        "It took the work back from contractors including Belmont Signals. "
        "The company reported losses of 60m."
    )
    claim = _claim(text, "losses of 60m")
    assert "Tarnwick" not in claim.text and "Belmont" not in claim.text
    assert "which company?" in claim.context_note


def test_a_public_body_is_no_ones_firm() -> None:
    text = "The Dunmere Pensions Authority took over the scheme in May. The firm collapsed in 2003."
    claim = _claim(text, "collapsed in 2003")
    assert "Authority" not in claim.text
    assert "which firm?" in claim.context_note


def test_an_aged_nationality_is_the_one_person_the_sentence_before_named() -> None:
    text = (
        "Dunmere City have signed Wexford striker Tom Hale for 6.5m, ending weeks of "
        "speculation about his future. "
        "The 28-year-old Australian, who scored 11 Premiership goals last season, signed a "
        "four-year contract on Friday."
    )
    claim = _claim(text, "four-year contract")
    assert claim.text.startswith("Tom Hale signed")
    assert "who is" not in claim.context_note


def test_an_aged_person_after_a_sentence_naming_two_is_asked() -> None:
    text = (
        "Tom Hale also went out, losing to the Dutchman Jan Smit in straight sets. "
        "The 30-year-old returned to the tour this year."
    )
    claim = _claim(text, "returned to the tour")
    assert "Hale" not in claim.text and "Smit" not in claim.text
    assert "who is 'The 30-year-old'?" in claim.context_note


def test_an_aged_person_after_someone_else_spoke_of_him_is_asked() -> None:
    text = (
        "Mr Vance had never received any of the money, she said. "
        "The 52-year-old was arrested in May."
    )
    claim = _claim(text, "arrested in May")
    assert "Vance" not in claim.text


def test_an_aged_speaker_after_an_mp_and_his_committee_is_the_mp() -> None:
    text = (
        "Derek Marsh, MP for Dunmere North since 1997, stepped down from the Public Accounts "
        "Committee on Tuesday. "
        "The 49-year-old said he had made an administrative error."
    )
    claim = _claim(text, "administrative error")
    assert claim.speaker == "Derek Marsh"
    assert claim.text.startswith("Derek Marsh had made")


def test_an_aged_speaker_after_two_people_is_asked() -> None:
    text = (
        "Derek Marsh stepped down from the committee after a complaint by Carol Penn. "
        "The 49-year-old said he had made an administrative error."
    )
    claim = _claim(text, "administrative error")
    assert claim.speaker not in ("Derek Marsh", "Carol Penn")


def test_a_spokeswoman_for_the_department_speaks_for_the_one_department_named() -> None:
    text = (
        "Figures released by the Department for Transport showed 84% of trains ran on time. "
        "The government is due to publish guidance in the autumn. "
        "A spokeswoman for the department said the new signals would cost about 12m."
    )
    claim = _claim(text, "12m")
    assert claim.speaker == "a spokeswoman for the department [Department for Transport]"


def test_a_spokeswoman_for_the_department_after_two_departments_is_asked() -> None:
    text = (
        "The Department for Transport and the Department of Health published figures. "
        "A spokeswoman for the department said the new signals would cost about 12m."
    )
    claim = _claim(text, "12m")
    assert "[" not in (claim.speaker or "")
    assert "who is 'a spokeswoman for the department'?" in claim.context_note


def test_a_spokesman_for_the_company_is_not_the_firm_named_most() -> None:
    text = (
        "Vantor, which has 14 million customers, said it disagreed. Vantor shares fell. "
        "Orbix said it would study the report. "
        "A spokesman for the company said it had already cut its rates."
    )
    claim = _claim(text, "cut its rates")
    assert "Vantor" not in (claim.speaker or "")


def test_the_agency_is_the_agency_just_named_not_an_office_named_long_before() -> None:
    text = (
        "About 75mm of rain fell, the Met Office said. Seven helicopters were used. "
        "Police said no-one had died. Officers said the rescue was a miracle. "
        "The Dunmere Rivers Agency said levels had risen by 2m. "
        "The agency has been criticised for its flood defences."
    )
    claim = _claim(text, "criticised for")
    assert "Dunmere Rivers Agency has been criticised" in claim.text


def test_the_agency_after_an_agency_and_an_office_in_one_sentence_is_asked() -> None:
    text = (
        "The Dunmere Rivers Agency criticised the Met Office. "
        "The agency has been criticised for its flood defences."
    )
    claim = _claim(text, "has been criticised")
    assert "Dunmere" not in claim.text and "Met Office" not in claim.text
    assert "which agency?" in claim.context_note


def test_the_company_after_a_union_is_not_the_union() -> None:
    text = (
        "Acme Foods is to cut 500 jobs at its plant in Dunmere. "
        "Production will move to Poland. Staff were told on Monday. "
        "Unite has criticised the cuts. "
        "The company has defended the decision."
    )
    claim = _claim(text, "defended the decision")
    assert "Unite" not in claim.text
    assert "which company?" in claim.context_note


def test_an_aged_person_after_an_unnamed_wife_spoke_is_asked() -> None:
    text = "Tom Hale's wife said he was innocent. The 34-year-old was arrested on Monday."
    claim = _claim(text, "arrested on Monday")
    assert "Hale" not in claim.text
    assert "who is 'The 34-year-old'?" in claim.context_note


def test_a_spokesman_for_the_union_is_not_guessed_from_names_with_the_word() -> None:
    text = (
        "The Dunmere Teachers Union welcomed the plan. Unison said the plan was late. "
        "Pay talks resume next week. A spokesman for the union said 40 schools would close."
    )
    claim = _claim(text, "40 schools")
    assert "Dunmere" not in (claim.speaker or "")


def test_a_firm_the_recognizer_typed_an_event_is_still_the_firm_after_its_trade() -> None:
    text = (
        "Shares in toy maker Pellam Games rose 9% after the firm said sales had soared.\n\n"
        "Its Spinfire tops have sold more than 3.2 million units in the UK.\n\n"
        "Chief executive Tom Fell said the company had been taken by surprise."
    )
    surprise = _claim(text, "taken by surprise")
    assert surprise.text.startswith("Pellam Games had been taken by surprise")
    assert "Spinfire" not in surprise.text  # the firm's product, never the firm


def test_a_his_of_the_name_the_claim_opens_with_stays_his() -> None:
    text = (
        "Golfer wins in Spain\n\n"
        "England's Danny Morwell won the Costa Verde Open by one stroke on Sunday.\n\n"
        "The 26-year-old, who only secured his tour card last November, shot a final round of 65."
    )
    card = _claim(text, "tour card")
    assert card.text.startswith("Danny Morwell only secured his tour card")


def test_a_his_after_another_name_keeps_the_owner_named() -> None:
    doc = english()("Cole said Hale had damaged his reputation.")
    his = next(t.i for t in doc if t.lower_ == "his")
    whole = render(doc, range(len(doc)), {his: "Hale's"})
    own_clause = render(doc, range(2, len(doc)), {his: "Hale's"})
    assert whole == "Cole said Hale had damaged Hale's reputation."
    assert own_clause == "Hale had damaged his reputation."


def test_it_of_a_time_clause_is_the_subject_its_own_sentence_gave() -> None:
    text = (
        "The council approved a budget on Monday. "
        "A castle in mid Wales had its busiest year in 2025 after it was used as a film set."
    )
    claim = next(c for c in split_text(text) if "film set" in c.text)
    assert "'it'" not in claim.context_note
    assert "[" not in claim.text.split("after")[1]  # nothing from the sentence before


def test_they_of_a_time_clause_is_the_plural_subject_its_sentence_gave() -> None:
    claim = split_text("Customers were choosing quality over quantity when they went out.")[0]
    assert "'they'" not in claim.context_note


def test_it_after_another_thing_of_its_number_is_still_asked() -> None:
    text = "The council approved a budget. The bridge cost the town a fortune before it closed."
    claim = next(c for c in split_text(text) if "closed" in c.text)
    assert "'it'" in claim.context_note
