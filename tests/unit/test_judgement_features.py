"""The signs of a claim that judges, urges or vows rather than states (made-up sentences)."""

from __future__ import annotations

import pytest

from factcheck.models import band
from factcheck.splitter.checkworthiness import NONE_CEILING, score
from factcheck.splitter.classify import classify
from factcheck.splitter.features import read
from factcheck.splitter.parser import english


def _signs(text: str) -> dict[str, str]:
    found = read(english()(text)[:])
    names = ("s:bare judgement", "s:insisted judgement", "s:normative", "s:vow")
    return {name: found.evidence.get(name, "") for name in names if name in found.values}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The verdict was deeply disappointing.", "was deeply disappointing"),
        ("The new bridge is a disgrace.", "is a disgrace"),
        ("Her lawyer has always been innocent.", "been innocent"),
        ("The festival was a remarkable achievement.", "was a remarkable achievement"),
        ("Our neighbours were not very civilised.", "were not very civilised"),
    ],
)
def test_a_judgement_through_a_copula_is_bare(text: str, phrase: str) -> None:
    assert _signs(text).get("s:bare judgement") == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Profits were disappointing, falling 5% in the spring.",  # a figure to check it by
        "The merger was a victory for Northwind Bank.",  # a named thing in the predicate
        "The old mill is larger than the church.",  # a comparison, and no judgement
        "The council was slow to respond.",  # not a judging word
        "Sales grew strongly last year.",  # no copula
    ],
)
def test_a_judgement_with_something_to_check_is_not_bare(text: str) -> None:
    assert "s:bare judgement" not in _signs(text)


def test_an_insistent_adverb_marks_the_judgement_insisted() -> None:
    assert _signs("The plan was certainly foolish.")["s:insisted judgement"] == "certainly"
    assert "s:insisted judgement" not in _signs("The plan was foolish.")


@pytest.mark.parametrize(
    "text",
    [
        "It is time the council listened to the farmers.",
        "Every decent shopkeeper should think twice about this.",
        "Parents must take care on the roads.",
    ],
)
def test_what_ought_to_be_is_normative(text: str) -> None:
    assert "s:normative" in _signs(text)


def test_a_duty_with_a_figure_is_not_merely_normative() -> None:
    assert "s:normative" not in _signs("The firm must pay a fine of $3 million.")


@pytest.mark.parametrize(
    "text",
    ["The union would continue to fight every closure.", "We will keep campaigning for it."],
)
def test_a_promise_to_go_on_is_a_vow(text: str) -> None:
    assert "s:vow" in _signs(text)


def test_going_on_in_the_past_is_no_vow() -> None:
    assert "s:vow" not in _signs("Prices continued to rise in March.")


def test_a_judgement_inside_a_warning_is_not_bare() -> None:
    """The warning is the fact to check; the view it carries is not the claim."""
    assert "s:bare judgement" not in _signs(
        "Norway warned Sweden that a new tariff would be unwise."
    )
    assert "s:bare judgement" in _signs("Critics felt the timing was insensitive.")


def test_a_judgement_that_is_one_part_of_a_longer_claim_is_not_bare() -> None:
    assert "s:bare judgement" not in _signs(
        "Nobody is completely innocent, but we have had the biggest deficits in history."
    )


@pytest.mark.parametrize(
    "text",
    ["The new stadium was deeply disappointing.", "The verdict was a triumph for decency."],
)
def test_a_claim_that_only_judges_stays_in_band_none(text: str) -> None:
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert band(result.checkworthiness) == "none", result.reasons
    assert any("bare judgement" in reason for reason in result.reasons), result.reasons


def test_a_judgement_with_a_reason_is_not_held_down_by_the_ceiling() -> None:
    found = read(
        english()("Critics felt the move was insensitive because the troops were at war.")[:]
    )
    assert "s:bare judgement" in found.values
    assert score(found).probability != NONE_CEILING or "s:cause" not in found.values


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The ferry company was deeply disappointed by the vote.", "was deeply disappointed"),
        ("Their neighbours were grateful for the help.", "were grateful"),
        ("The orchestra was delighted.", "was delighted"),
        ("It was concerned that fares would rise.", "was concerned"),
    ],
)
def test_a_feeling_through_a_copula_is_a_bare_judgement(text: str, phrase: str) -> None:
    assert _signs(text).get("s:bare judgement") == phrase


@pytest.mark.parametrize(
    "text",
    [
        "It was concerned that fares would rise by 12%.",  # a figure to check it by
        "The ferry company was disappointed by the Harbour Board decision.",  # a named thing
        "The tribunal was not satisfied that the clerk had been careless.",  # a finding
    ],
)
def test_a_feeling_with_something_to_check_is_not_bare(text: str) -> None:
    assert "s:bare judgement" not in _signs(text)


def test_a_judging_verb_with_a_degree_adverb_is_a_bare_judgement() -> None:
    signs = _signs("The valley has benefited enormously from its skilled farmers.")
    assert signs.get("s:bare judgement") == "benefited enormously"
    assert signs.get("s:insisted judgement") == "enormously"


@pytest.mark.parametrize(
    "text",
    [
        "The valley suffered badly in 2011.",  # a date to check it by
        "The valley has benefited enormously from the Northwind Trust.",  # a named thing
        "The valley has benefited from its skilled farmers.",  # no degree adverb
        "Exports grew hugely.",  # a change, not a judging verb
    ],
)
def test_a_judging_verb_with_something_to_check_is_not_bare(text: str) -> None:
    assert "s:bare judgement" not in _signs(text)


@pytest.mark.parametrize(
    "text",
    ["The choir was bitterly disappointed.", "The town has benefited hugely from its port."],
)
def test_a_feeling_or_a_verdict_of_degree_stays_in_band_none(text: str) -> None:
    result = classify(text, speaker=None, reporting_verb=None, sentence=text)
    assert band(result.checkworthiness) == "none", result.reasons
