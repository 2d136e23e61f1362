"""A counted description of a kind of organisation (`the two airlines`, `both companies`) gets
the names the article introduced together with a plural of the kind, when that is the one group
of as many; otherwise it keeps the article's words and is flagged. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


_FAR_BACK = " The deal was announced on Monday. Fuel prices rose. Fares were cut."


def test_the_two_airlines_are_the_two_set_beside_airlines_far_back() -> None:
    text = (
        "Two of the country's smaller budget airlines, Wexby Air and Tarnfield, agreed to merge."
        f"{_FAR_BACK} The two airlines employ about 2,000 people."
    )
    claim = _claim(text, "employ about")
    assert claim.text.startswith("The two airlines [Wexby Air and Tarnfield] employ")
    assert "which two airlines" not in (claim.context_note or "")


def test_both_companies_are_the_two_introduced_as_airlines() -> None:
    text = (
        "Budget airlines Wexby and Tarnfield agreed to merge on Monday."
        f"{_FAR_BACK} Shareholders in both companies will vote on the deal."
    )
    assert "both companies [Wexby and Tarnfield]" in _claim(text, "will vote").text


def test_another_airline_introduced_alone_leaves_the_two_asked() -> None:
    text = (
        "Budget airlines Wexby and Tarnfield agreed to merge on Monday. "
        "Rival airline Corvane said it would cut fares. The two airlines employ 2,000 people."
    )
    claim = _claim(text, "employ 2,000")
    assert "[" not in claim.text
    assert claim.needs_context


def test_a_group_of_three_does_not_name_the_two() -> None:
    text = (
        "Airlines Wexby, Tarnfield and Corvane cut fares on Monday."
        f"{_FAR_BACK} The two airlines employ 2,000 people."
    )
    assert _claim(text, "employ 2,000").needs_context


def test_banks_do_not_name_the_two_airlines() -> None:
    text = (
        "Shares in the two banks, Harrow Bank and Petrel, fell on Monday."
        f"{_FAR_BACK} The two airlines employ 2,000 people."
    )
    claim = _claim(text, "employ 2,000")
    assert "[" not in claim.text
    assert claim.needs_context


def test_a_group_named_again_in_full_is_one_group() -> None:
    text = (
        "Budget airlines Wexby and Tarnfield to merge\n\n"
        "Two of the country's smaller budget airlines, Wexby Air and Tarnfield, agreed to merge."
        f"{_FAR_BACK} The two airlines employ about 2,000 people."
    )
    assert "airlines [Wexby Air and Tarnfield] employ" in _claim(text, "employ about").text


def test_two_groups_of_two_leave_the_two_asked() -> None:
    text = (
        "Budget airlines Wexby and Tarnfield cut fares on Monday. "
        "Charter airlines Corvane and Dunmere raised theirs. The two airlines employ 2,000 people."
    )
    claim = _claim(text, "employ 2,000")
    assert "[" not in claim.text
    assert claim.needs_context
