"""Reporting periods (`factcheck.splitter.periods`): a results or statistics story's one period,
stated in its opening, carried to a later figure with no date of its own and to `the period`;
a figure that may be of another period, firm or place keeps its words."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.splitter import split_text

RESULTS = (
    "Ferry operator Gullwing has reported a 12% rise in half-year profits.\n\n"
    "The Hull-based company made a pre-tax profit of £18.4m in the six months to the end of "
    "June, up from £16.4m a year earlier.\n\n"
)
PERIOD = "the six months to the end of June"


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def _last(text: str) -> str:
    return split_text(text)[-1].text


@pytest.mark.parametrize(
    ("later", "bracketed"),
    [
        ("Revenue rose 9% to £140m.", f"[Gullwing's] revenue rose 9% to £140m [in {PERIOD}]."),
        ("Analysts had expected profits of about £20m.", f"about £20m [in {PERIOD}]."),
        ("Ticket sales climbed by 4%, the firm said.", f"climbed by 4% [in {PERIOD}]"),
    ],
)
def test_a_later_undated_result_takes_the_opening_period(later: str, bracketed: str) -> None:
    assert bracketed in _last(RESULTS + later)


@pytest.mark.parametrize(
    "later",
    [
        "Revenue rose 9% to £140m in 2003.",  # a date of its own
        "Profits would rise 5% next year.",  # a forecast
        "Profits have risen every year since 1998.",
        "Shares in Gullwing fell 8p to 210p.",  # a share price moves on a day
        "Rival Seaspan said its sales rose 3%.",  # another firm's figure
        "Sales in Norway rose 3%.",  # a place the opening did not name
        "The company cut 200 jobs.",  # no measure of the period
        "Oil prices rose 50%.",  # a price the story does not measure
        "Its rival's sales rose 3%.",  # an owner the opening did not name
    ],
)
def test_a_figure_that_may_be_of_another_period_keeps_its_words(later: str) -> None:
    assert "[in" not in " ".join(_texts(RESULTS + later)[2:])


def test_a_later_figure_of_what_the_period_counted_takes_it() -> None:
    text = (
        "Police recorded 5.2 million crimes in Freedonia in the year to March, up 3%.\n\n"
        "Violent crime rose 7%. Burglaries fell 3% to 300,000."
    )
    texts = _texts(text)
    assert "Violent crime rose 7% [in the year to March]." in texts
    assert "Burglaries fell 3% to 300,000." in texts  # not said to be of the same count


def test_a_quoted_figure_stays_the_speakers_words() -> None:
    later = '"Sales rose 9% to £140m," said chief executive Ann Ross.'
    assert "[in" not in _last(RESULTS + later)


def test_the_period_is_the_opening_one() -> None:
    later = "Passenger numbers reached 2.1 million, a record for the period."
    assert f"the period [{PERIOD}]" in _last(RESULTS + later)


def test_a_lead_with_two_periods_gives_none() -> None:
    text = (
        "Gullwing made a profit of £18m in the six months to June and £30m in the year to "
        "December.\n\nRevenue rose 9% to £140m."
    )
    assert "[in" not in _last(text)


def test_a_ranked_quarter_is_a_reporting_period() -> None:
    text = "Gullwing made a profit of £3m in the third quarter, up 5%.\n\nSales rose 4% to £30m."
    assert _last(text) == "[Gullwing's] sales rose 4% to £30m [in the third quarter]."


def test_a_match_half_is_no_reporting_period() -> None:
    text = (
        "Gullwing Rovers beat Hull 2-1, with Ann Ross scoring twice in the first half.\n\n"
        "The club's revenue rose 9% to £14m."
    )
    assert "[in" not in _last(text)


def test_the_month_of_a_release_is_the_lead_measure_month() -> None:
    text = (
        "Inflation in Freedonia rose to 3.1% in May, official figures show.\n\n"
        "Bread prices rose 4p a loaf over the month, the statistics office said.\n\n"
        "The wider price index rose to 4.2% from 3.9%."
    )
    texts = _texts(text)
    assert "over the month [May]" in texts[1]
    assert "rose to 4.2% [in May] from 3.9%" in texts[2]


@pytest.mark.parametrize(
    "later",
    ["Oil prices rose 10% to $50 a barrel.", "The euro rose 0.4% against the dollar."],
)
def test_a_market_price_in_a_release_keeps_its_words(later: str) -> None:
    text = f"Inflation in Freedonia rose to 3.1% in May, official figures show.\n\n{later}"
    assert "[in May]" not in _last(text)


def test_the_period_of_a_figure_with_no_period_in_the_opening_is_asked_about() -> None:
    text = "Gullwing carried 2.1 million passengers, a record for the period."
    claim = split_text(text)[-1]
    assert claim.needs_context
    assert "which period?" in (claim.context_note or "")


def test_a_bare_result_noun_in_a_results_story_is_the_reporters() -> None:
    text = (
        "Ferry firm Gullwing has reported a 13% rise in half-year profits. "
        "Gullwing made pre-tax profits of £41m in the six months to the end of September. "
        "Revenue rose 9% to £231m. Sales at rival Beta rose 2%."
    )
    texts = [c.text for c in split_text(text)]
    assert (
        "[Gullwing's] revenue rose 9% to £231m [in the six months to the end of September]."
        in texts
    )
    assert "Sales at rival Beta rose 2%." in texts


def test_a_statistics_release_does_not_own_its_measures() -> None:
    text = (
        "UK inflation rose to 2.3% in April, the Office for National Statistics said. "
        "Earnings rose 4.1% over the month."
    )
    assert not any("[Office" in c.text for c in split_text(text))


def test_the_magnitude_of_an_amount_is_no_count_asked_about() -> None:
    claim = split_text("Gullwing made pre-tax profits of £41m in 2004, up from £36m in 2003.")[0]
    assert "of what?" not in (claim.context_note or "")


def test_a_season_with_last_this_or_next_takes_the_year_the_article_date_gives() -> None:
    march, october = date(2025, 3, 10), date(2025, 10, 2)

    def said(text: str, published: date) -> str:
        return split_text(text, published=published)[0].text

    assert "last summer [2024]" in said("Ann Lee won the race last summer.", march)
    assert "last summer [2025]" in said("Ann Lee won the race last summer.", october)
    assert "this summer [2025]" in said("The pool will reopen this summer.", march)
    assert "next spring [2026]" in said("The scheme will start next spring.", october)
    assert "[" not in said("The scheme will start next summer.", march)  # this one or 2026?
    assert "[" not in said("A second round of funding followed in the autumn.", october)
    assert "[" not in said("Sales fell last winter.", march)  # winter spans two years
