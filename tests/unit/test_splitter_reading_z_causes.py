"""Wrong dates, tenses, speakers and referents set z's blind reading found, each from a shape
of news prose rather than a word: a deadline after `expect to have`, a participle describing a
thing still to come, a state joined after what a body said, a road in a defendant's address,
and the ground a thing is released into. Made-up articles."""

from __future__ import annotations

from datetime import date

from factcheck.models import Claim
from factcheck.splitter import split_text

_PUBLISHED = date(2025, 10, 14)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text, published=_PUBLISHED) if words in c.text)


def test_a_deadline_someone_expects_to_have_met_is_still_to_come() -> None:
    text = (
        "Repairs\n\n"
        "The housing firm has 300 homes still waiting for damp repairs.\n\n"
        'Its director, Anna Pryce, said: "We expect to have finished the remaining work by '
        'the end of February."'
    )
    claim = _claim(text, "end of February")
    assert "February [2026]" in claim.text


def test_a_thing_still_to_come_is_not_described_in_the_past() -> None:
    text = (
        "Swimming\n\n"
        "The city council will fund extra swimming lessons for pupils.\n\n"
        "The £300,000 programme, paid for from the council's sports budget, will offer eight "
        "extra sessions per child."
    )
    claim = _claim(text, "sports budget")
    assert "programme [is] paid for" in claim.text


def test_a_state_joined_after_what_a_body_said_is_still_its_word() -> None:
    text = (
        "Roads\n\n"
        "A landslip closed a lane near the coast.\n\n"
        'The council said it was "monitoring the situation closely" and had no plans to close '
        "the road."
    )
    claim = _claim(text, "no plans")
    assert claim.speaker == "the council"


def test_an_act_joined_after_what_was_said_is_not_reported() -> None:
    text = (
        "Roads\n\n"
        "A landslip closed a lane near the coast.\n\n"
        "The council leader said he was sorry and thanked the crews for their work."
    )
    claim = _claim(text, "thanked")
    assert "sorry" not in claim.text


def test_a_road_in_a_defendants_address_is_not_the_road_of_a_saying() -> None:
    text = (
        "Fraud\n\n"
        "Mark Bellamy, 52, of Ashdown Road, Harrogate, sold fake parking permits, York Crown "
        "Court heard.\n\n"
        '"He showed no respect for the rules of the road," Judge Carol Hay said.'
    )
    claim = _claim(text, "rules of the road")
    assert "Ashdown" not in claim.text


def test_the_ground_a_thing_is_released_into_is_no_earlier_ground() -> None:
    text = (
        "Soil\n\n"
        "The fungus was found beside a former army training ground in Kent, where fuel had "
        "been spilled for years.\n\n"
        "Dr Ana Ruiz said it might instead be used in sealed tanks rather than released into "
        "the ground."
    )
    claim = _claim(text, "sealed tanks")
    assert "Kent" not in claim.text
    assert "training" not in claim.text
