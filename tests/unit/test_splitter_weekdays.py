"""Weekdays in a dated article (`factcheck.splitter.weekdays`): counted back for a past clause,
forward for a future one, into the week a `last week`/`next week` names, and left as written
(and asked about) when the clause does not say which way."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import Claim
from factcheck.splitter import split_text

WEDNESDAY = date(2005, 3, 30)


def _claim(text: str, published: date = WEDNESDAY) -> Claim:
    claims = split_text(text, published=published)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        ("The ferry company cut 40 jobs on Monday.", "Monday [28 Mar 2005]"),
        ("The ferry company was fined £9,000 on Friday.", "Friday [25 Mar 2005]"),
        ("Docking in Hull on Tuesday, the ferry unloaded 40 lorries.", "Tuesday [29 Mar 2005]"),
        ("The ferry company cut 40 jobs on Wednesday.", "Wednesday [30 Mar 2005]"),
        ("The ferry company cut 40 jobs on Monday night.", "Monday [28 Mar 2005] night"),
    ],
)
def test_a_past_weekday_is_the_last_such_day_up_to_the_article(text: str, anchored: str) -> None:
    assert anchored in _claim(text).text


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        ("The ferry company will cut 40 jobs on Monday.", "Monday [4 Apr 2005]"),
        ("The port council is due to vote on Thursday.", "Thursday [31 Mar 2005]"),
        ("The port council is to vote on Friday.", "Friday [1 Apr 2005]"),
        ("The dockers' union plans to strike on Tuesday.", "Tuesday [5 Apr 2005]"),
        ("Ann Ross will take charge for Saturday's match against Hull.", "Saturday's [2 Apr 2005]"),
    ],
)
def test_a_future_weekday_is_the_next_such_day_after_the_article(text: str, anchored: str) -> None:
    assert anchored in _claim(text).text


def test_last_and_next_week_put_the_days_in_that_week() -> None:
    claim = _claim("Pollsters interviewed 900 voters between Wednesday and Friday last week.")
    assert "Wednesday [23 Mar 2005] and Friday [25 Mar 2005]" in claim.text
    claim = _claim("The port council will vote on Monday next week.")
    assert "Monday [4 Apr 2005]" in claim.text


def test_last_friday_said_on_a_friday_is_a_week_back_and_next_friday_a_week_on() -> None:
    friday = date(2005, 4, 1)
    assert (
        "last Friday [25 Mar 2005]"
        in _claim("The ferry company cut 40 jobs last Friday.", friday).text
    )
    assert (
        "next Friday [8 Apr 2005]"
        in _claim("The ferry company will cut 40 jobs next Friday.", friday).text
    )


def test_weekdays_count_across_the_turn_of_the_year() -> None:
    new_year = date(2005, 1, 1)  # a Saturday
    assert (
        "Thursday [30 Dec 2004]"
        in _claim("The ferry company cut 40 jobs on Thursday.", new_year).text
    )
    assert (
        "Monday [3 Jan 2005]"
        in _claim("The ferry company will cut 40 jobs on Monday.", new_year).text
    )
    late = date(2004, 12, 29)
    assert (
        "Monday [3 Jan 2005]"
        in _claim("The ferry company will cut 40 jobs on Monday next week.", late).text
    )


@pytest.mark.parametrize(
    "text",
    [
        "If the talks fail, the dockers' union would strike on Monday.",
        "The dockers' union agreed to strike on Monday.",
        "The ferry company cuts 40 jobs on Monday.",
        "The ferry company will cut 40 jobs on Wednesday.",  # today, or a week on?
    ],
)
def test_a_weekday_the_clause_does_not_place_is_left_as_written_and_asked_about(text: str) -> None:
    claim = _claim(text)
    assert "[" not in claim.text
    assert claim.needs_context
    assert "which" in claim.context_note and "day?" in claim.context_note


def test_a_weekday_with_its_own_date_is_left_alone() -> None:
    claim = _claim("The ferry company will cut 40 jobs on Friday 17 June.")
    assert "Friday 17 June" in claim.text and "[" not in claim.text
    assert "Friday?" not in (claim.context_note or "")


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        ("The ferry company cut 40 jobs in April.", "April [2004]"),
        ("The ferry company cut 40 jobs in March.", "March [2005]"),
        ("The ferry company cut 40 jobs in January.", "January [2005]"),
        ("The ferry company will move to Hull by the end of June.", "June [2005]"),
        ("The ferry company will move to Hull in February.", "February [2006]"),
        ("The ferry company cut 40 jobs last December.", "December [2004]"),
        ("The ferry boss was jailed after a trial in January.", "January [2005]"),
        ("The ferry company has lost 40 jobs since April.", "April [2004]"),
    ],
)
def test_a_month_without_a_year_takes_the_year_its_tense_points_to(
    text: str, anchored: str
) -> None:
    assert anchored in _claim(text, date(2005, 3, 30)).text


@pytest.mark.parametrize(
    "text",
    [
        "Results from the ferry company were expected in April.",
        "The ferry company will move to Hull in March.",  # this March or the next?
        "The ferry company cut 40 jobs on 2 March.",
        "The ferry company cut 40 jobs ahead of a sale in April.",  # this April or the next?
        "The ferry company will cut 40 jobs after a sale in April.",
    ],
)
def test_a_month_the_clause_does_not_place_keeps_no_year(text: str) -> None:
    assert "[" not in _claim(text, date(2005, 3, 30)).text


def test_a_month_after_a_bare_be_joined_to_a_would_gets_no_past_year() -> None:
    claims = split_text(
        "The firm said the change would create about 900 jobs and be completed by the end "
        "of September.",
        published=date(2026, 2, 10),
    )
    completed = next(c for c in claims if "completed" in c.text)
    assert "[2025]" not in completed.text


@pytest.mark.parametrize(
    "text",
    [
        "The museum will be open to visitors from Wednesday to Sunday until the end of October.",
        "The cinema has tried cheaper Tuesday tickets and a late bar.",
    ],
)
def test_days_of_every_week_are_given_no_date_and_no_question(text: str) -> None:
    claim = _claim(text)
    assert "[" not in claim.text.replace("[The", ""), claim.text
    assert "which Tuesday" not in claim.context_note and "which Wednesday" not in claim.context_note
    assert "when is" not in _claim(text, published=None).context_note  # type: ignore[arg-type]


def test_a_weekday_before_one_noun_is_still_that_days() -> None:
    claim = _claim("Officials said a Thursday visit by the minister would go ahead.")
    assert "Thursday visit" in claim.text
    assert "[" in claim.text or "which Thursday?" in claim.context_note, claim
