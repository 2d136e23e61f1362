"""How the parse reads years, bounds and vague amounts (made-up sentences)."""

from __future__ import annotations

import pytest

from factcheck.splitter.features import Features, read
from factcheck.splitter.parser import english


def _read(text: str) -> Features:
    return read(english()(text)[:])


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was opened in May [1998] by the mayor.",
        "The museum closed in 1987 after the flood.",
    ],
)
def test_a_year_is_a_year_not_a_figure(text: str) -> None:
    found = _read(text)
    assert "s:year" in found.values, found.values
    assert "s:number" not in found.values, found.evidence


def test_a_four_digit_count_of_things_is_still_a_figure() -> None:
    found = _read("The factory employs 2000 workers.")
    assert found.evidence.get("s:count") == "2000 workers", found.evidence


def test_more_than_a_duration_bounds_it_and_compares_nothing() -> None:
    found = _read("Unemployment has stayed above 6% for more than a decade.")
    assert not {"s:than", "s:comparative"} & found.values.keys(), found.evidence


def test_higher_than_a_past_date_is_still_a_comparison() -> None:
    found = _read("Rents in the city are higher than a decade ago.")
    assert "s:than" in found.values, found.evidence


@pytest.mark.parametrize(
    "text", ["Very few farmers planted wheat this spring.", "Too many trains ran late in June."]
)
def test_a_vague_amount_is_no_insistence(text: str) -> None:
    assert "s:intensifier" not in _read(text).values


def test_an_insistent_adverb_on_a_quality_is_still_read() -> None:
    assert "s:intensifier" in _read("The new stadium is very ugly.").values


@pytest.mark.parametrize(
    "text",
    [
        "The bank is the largest lender in the region.",
        "She is one of the most decorated sailors in the navy.",
        "He said the port was the busiest in Europe.",
    ],
)
def test_a_superlative_said_of_the_subject_is_a_ranking(text: str) -> None:
    assert "s:ranked" in _read(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Sponsors of the most popular quiz show include two banks.",
        "A panel, made up of the most senior judges, will meet on Monday.",
        "Shops offer buyers a chance to meet sellers where they are most comfortable.",
    ],
)
def test_a_superlative_that_only_describes_is_no_ranking(text: str) -> None:
    found = _read(text)
    assert "s:superlative" in found.values, found.evidence
    assert "s:ranked" not in found.values, found.evidence
