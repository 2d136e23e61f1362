"""Wrong referents and speakers set w's blind reading found, each from a shape of news prose
rather than a word: a participle's `it` is not the speaker, a described person's `his` is
theirs (not the name after it), a body that will read a report did not write it, and a
modal shared by two verbs stays on the second. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_it_of_a_participle_clause_is_not_the_speaker() -> None:
    text = (
        "Bees\n\n"
        "Pollen Trust, a charity, said bee numbers had fallen by a third since 2010.\n\n"
        "The charity estimates that there are about two million colonies of honeybees in "
        "the UK, making it one of the country's most common insects."
    )
    claim = _claim(text, "two million")
    assert "making Pollen Trust" not in claim.text
    assert "making it one" in claim.text


def test_a_described_persons_his_is_not_the_name_after_it() -> None:
    text = (
        "Fraud\n\n"
        "Carl Hobbs, 51, stole £40,000 from elderly people.\n\n"
        "Another victim, a 79-year-old man, was driven to his bank by Hobbs to withdraw "
        "£6,000."
    )
    claim = _claim(text, "£6,000")
    assert "Carl Hobbs's bank" not in claim.text
    assert "driven to his bank" in claim.text
    assert not claim.needs_context


def test_a_body_that_will_consider_a_report_is_not_its_author() -> None:
    text = (
        "Bus lane\n\n"
        "A new bus lane in Hexley will cost £3m more than planned, according to a council "
        "report.\n\n"
        "The report, to be considered by Hexley Town Council's planning committee next week, "
        "says work will start in May."
    )
    claim = _claim(text, "£3m")
    assert "committee" not in (claim.speaker or "")


def test_a_modal_shared_by_two_verbs_stays_on_the_second() -> None:
    text = (
        "Tram\n\n"
        "A tram line in Hexley will open a year later than planned and cost £40m more than "
        "budgeted, the council said."
    )
    claim = _claim(text, "£40m")
    assert claim.text.startswith("A tram line in Hexley will cost £40m more")


def test_a_spokespersons_it_is_not_the_organisation_told_of_before() -> None:
    text = (
        "Shearers\n\n"
        "The Upland Wool Association said farms could not find shearers.\n\n"
        "The association is calling on ministers to add shearers to the visa list.\n\n"
        "A government spokesperson said it kept the needs of farming under review."
    )
    claim = _claim(text, "under review")
    assert "Upland Wool Association" not in claim.text
    assert claim.needs_context


def test_a_bare_measure_without_a_figure_takes_no_country_of_the_story() -> None:
    text = (
        "Mill to create jobs after surge in Japanese orders\n\n"
        "A knitwear mill in the Scottish Borders is to create 60 jobs after a surge in demand "
        "from Japan.\n\n"
        "The firm said sales had risen by 41%, with Japan now its largest market.\n\n"
        "But he warned that energy bills could hold back growth across the sector."
    )
    claim = _claim(text, "hold back")
    assert "[in Japan]" not in claim.text


def test_a_tag_joined_to_the_first_clause_tells_both_clauses() -> None:
    text = (
        "Self-service tills\n\n"
        "Shoppers at stores that switched to self-service tills spent far less time queuing "
        "at the checkout, but older customers became less likely to visit, a survey has "
        "found."
    )
    claims = split_text(text)
    queuing = next(c for c in claims if "queuing" in c.text)
    older = next(c for c in claims if "older customers" in c.text.lower())
    assert queuing.speaker == older.speaker == "a survey"
