"""Claims no record settles, held in band none: a short quote of a speaker's own doing or of a
quality, and a view of what ought to be (made-up sentences)."""

from __future__ import annotations

import pytest

from factcheck.models import band
from factcheck.splitter.checkworthiness import ADVICE_SIGN, NONE_CEILING, SHORT_SIGN, score
from factcheck.splitter.classify import classify
from factcheck.splitter.features import read
from factcheck.splitter.parser import english


def _quoted(text: str, reporting_verb: str | None = "said"):
    return read(english()(text)[:], reporting_verb)


@pytest.mark.parametrize("text", ["We simply fled.", "We just left.", "It was devastating."])
def test_a_short_reported_quote_without_a_name_or_figure_is_band_none(text: str) -> None:
    held = score(_quoted(text))
    assert band(held.probability) == "none"
    if held.probability == NONE_CEILING:  # the ceiling held it (the model alone may score lower)
        assert held.drivers[0][0] == SHORT_SIGN


def test_the_reasons_name_what_held_a_short_quote() -> None:
    text = "We simply fled."
    result = classify(text, reporting_verb="said", sentence=text)
    assert "lowered by too few words to state a fact" in result.reasons, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "We lost 40 jobs.",  # a figure
        "We sold it in 2019.",  # a date
        "They approved the plan.",  # neither a first person nor a judgement
    ],
)
def test_a_short_quote_with_something_to_check_it_by_is_not_held(text: str) -> None:
    assert score(_quoted(text)).drivers[0][0] != SHORT_SIGN


def test_the_same_words_in_the_articles_own_voice_are_not_held() -> None:
    assert score(_quoted("We simply fled.", None)).probability != 0.2


@pytest.mark.parametrize(
    "text",
    [
        "The union strongly believes that every employer should review its policy.",
        "It is time councils stopped funding the scheme.",
    ],
)
def test_a_view_of_what_ought_to_be_is_band_none(text: str) -> None:
    held = score(_quoted(text, None))
    assert band(held.probability) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The union believes every employer should pay 5% more.",  # a figure
        "The decision must be ratified by the minister.",  # no view verb: a procedure
    ],
)
def test_advice_with_a_figure_or_without_a_view_verb_is_not_held(text: str) -> None:
    assert score(_quoted(text, None)).drivers[0][0] != ADVICE_SIGN
