"""The causes of set u's wrong referents, each a general rule: a council of another tier is
no council the article named; a month of a norm or of a thing done year after year takes no
year; an event done again and again is no one edition; a firm's own name owns its sales; a
study's team is never its journal's. Made-up articles."""

from __future__ import annotations

from datetime import date

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str, published: date | None = None) -> Claim:
    return next(c for c in split_text(text, published=published) if words in c.text)


def test_a_council_of_another_tier_is_asked_about_not_named() -> None:
    text = (
        "Town councillor Rhys Morgan said Trefaen Town Council had received 150 complaints.\n\n"
        "The county council has since brought in parking restrictions, he said."
    )
    claim = _claim(text, "parking restrictions")
    assert claim.text.startswith("The county council has since")
    assert "which county council?" in claim.context_note


def test_a_month_of_a_norm_or_of_many_years_takes_no_year() -> None:
    day = date(2024, 9, 16)
    norm = _claim("It reached 27.4C, about 8C above the average for mid-September.", "27.4C", day)
    assert "[2024]" not in norm.text
    years = _claim("The club has held the race in September for 12 years.", "12 years", day)
    assert "[2024]" not in years.text
    once = _claim("The race was held in September.", "held", day)
    assert "September [2024]" in once.text


def test_an_event_done_again_and_again_is_no_one_edition() -> None:
    text = (
        "Dozens of runners fell ill at Sunday's Sheffield Marathon.\n\n"
        "Club runner Gemma Hartley has completed the race eight times."
    )
    assert "[" not in _claim(text, "eight times").text


def test_a_firms_own_name_owns_its_sales_not_the_founder_of_that_name() -> None:
    text = (
        "Pennock Cycles, one of the last bicycle makers in Britain, has been sold to a Dutch "
        "group in a deal worth £48m.\n\n"
        "The firm was founded by the grandfather of chairman Robert Pennock.\n\n"
        "Electric models will make up half of Pennock's sales by 2029, the buyer said."
    )
    assert "[Robert]" not in _claim(text, "half of").text


def test_a_studys_team_known_by_its_journal_is_the_studys_not_the_journals() -> None:
    text = (
        "The Black Death emptied farmland for 150 years, according to a study published in "
        "the journal Quaternary Landscapes.\n\n"
        "Co-author Alan Marsh said the team had also found a rise in charcoal around 1360."
    )
    claim = _claim(text, "charcoal")
    assert "[journal" not in claim.text
    assert claim.text.startswith("The team [of the study published in the journal")


def test_a_concession_in_which_another_source_finds_is_not_the_first_speakers() -> None:
    text = (
        'Teachers reported that pupils were "more settled" in the first lesson, although the '
        "researchers found no clear effect on reading or maths results."
    )
    claims = split_text(text)
    settled = next(c for c in claims if "settled" in c.text)
    assert "although" not in settled.text and settled.speaker == "Teachers"
    found = next(c for c in claims if "no clear effect" in c.text)
    assert found.speaker != "Teachers"
    assert found.text.startswith("The researchers found no clear effect")


def test_a_share_a_survey_counted_is_its_finding_not_a_speaker() -> None:
    text = (
        "A survey by the council found that 62% of people who crossed the bridge daily said "
        "they had no other route."
    )
    claim = _claim(text, "no other route")
    assert claim.speaker != "62% of people"
    assert claim.text.startswith("62% of people who crossed the bridge daily said they had")
    one = _claim("A report found that one of its researchers said a unit had swollen.", "swollen")
    assert not one.text.startswith("After")


def test_a_public_office_is_no_officer_of_the_body_that_spoke_before() -> None:
    text = (
        "Measles jab clinics extended\n\n"
        "The Soar Valley Health Partnership, which runs the clinics, said 2,300 people had "
        "been vaccinated.\n\n"
        'Director of public health Dr Priya Raman said: "We have seen 12 admissions this year."'
    )
    claim = _claim(text, "12 admissions")
    assert "[the Soar Valley Health Partnership]" not in claim.text
    assert "who are 'We'?" in claim.context_note
