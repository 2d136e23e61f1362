"""Words that point outside a quoted claim: the organisation a union official's or a charity
officer's `we` is, the one place a `there` points to, the one town an article calls so; two
candidates, or none, and the claim keeps its words and its question. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


_UNION = (
    "The Federated Bakery Workers' Union, which represents most of the staff, said it "
    "would fight the closure. "
)


def test_a_union_officials_our_is_the_union_her_title_names() -> None:
    text = (
        _UNION + '"Our members gave up a pay rise last year," said the union\'s regional '
        "secretary, Joan Pike."
    )
    claim = _claim(text, "gave up a pay rise")
    assert claim.text.startswith("Our [the Federated Bakery Workers' Union] members")
    assert "who are 'Our'?" not in claim.context_note


def test_an_officer_at_a_named_union_speaks_for_it() -> None:
    text = (
        _UNION + '"We want guarantees," said Tom Reade, national officer at the Federated '
        "Bakery Workers' Union."
    )
    assert "We [Federated Bakery Workers' Union] want" in _claim(text, "guarantees").text


def test_its_officer_after_a_described_subject_with_a_name_beside_it() -> None:
    text = (
        "The worst performing trust, Alder Vale Hospitals Trust, saw 91% of patients in time. "
        "Its chief executive, Ruth Lane, said the trust had faced a 14% rise in visits. "
        '"Our staff have worked very hard," she said.'
    )
    assert "Alder Vale Hospitals Trust" in _claim(text, "14% rise").text
    assert _claim(text, "worked very hard").text.startswith("Our [Alder Vale Hospitals Trust]")


def test_a_ministers_portfolio_is_no_organisation() -> None:
    text = (
        "The Department of Health said waiting times had fallen. "
        'Health Secretary Jo Bell said: "We have cut waiting times by a third."'
    )
    claim = _claim(text, "waiting times by a third")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_a_we_of_everyone_stays() -> None:
    text = (
        _UNION + "The union's general secretary, Joan Pike, said the pilot had been "
        '"far too small to tell us anything".'
    )
    assert "[" not in _claim(text, "tell us anything").text


def test_there_is_the_one_place_the_sentence_before_names() -> None:
    text = (
        "Acme Cars is to close its factory in Dunmere. "
        '"We looked at every option for Dunmere," said a spokesman. '
        '"It costs us more to build each car there than at our other sites."'
    )
    assert "each car there [in Dunmere] than" in _claim(text, "each car").text


def test_there_after_a_place_and_an_employer_is_left_asked() -> None:
    text = "Tom Hale grew up in Dunmere before joining Acme Cars. He worked there for ten years."
    claim = _claim(text, "worked there")
    assert "[" not in claim.text
    assert "where is 'there'?" in claim.context_note


def test_there_after_two_places_is_left_asked() -> None:
    text = (
        "Acme Cars moved its production from Dunmere to Ostrava in May. "
        "Wages there are a fifth of what they were."
    )
    assert "[" not in _claim(text, "fifth").text


def test_a_there_of_being_is_no_place() -> None:
    text = "The inspectors visited Dunmere in May. The warnings were there."
    assert "[" not in _claim(text, "warnings").text


def test_the_town_is_the_one_place_the_article_calls_a_town() -> None:
    text = (
        "Acme Cars closed its factory in Dunmere last year. "
        "Dunmere, a market town, has 9,000 people. The town has lost 500 jobs."
    )
    claim = _claim(text, "500 jobs")
    assert claim.text.startswith("The town [Dunmere] has lost")
    assert "which town?" not in claim.context_note


def test_the_town_after_two_towns_stays() -> None:
    text = (
        "Acme Cars closed its factory in Dunmere last year. "
        "Dunmere, a market town, has 9,000 people. Nearby Ashby is a town of 5,000. "
        "The town has lost 500 jobs."
    )
    assert "[" not in _claim(text, "500 jobs").text


def test_the_city_council_gives_no_bracket_that_repeats_city() -> None:
    text = (
        "Drivers entering central Dunmere could pay a charge under plans unveiled by the city "
        "council. The council denied that the charge was a stealth tax."
    )
    assert "[city]" not in _claim(text, "stealth tax").text


def test_a_bare_title_speaks_for_the_organisation_the_sentence_before_has_for_subject() -> None:
    text = (
        "Brindle Foods said its board had rejected the offer. "
        '"We have delivered five years of profit growth," said chairman Sir Tom Hale.'
    )
    assert _claim(text, "profit growth").text.startswith("We [Brindle Foods]")


def test_its_officer_after_an_it_is_the_organisation_that_it_is() -> None:
    text = (
        "Corvell Holdings, which is based in Ohio, had sales of $4.8bn last year. "
        "It has been looking to expand in Europe. "
        'Its chief executive, Ann Cole, said: "We would like to talk to the board."'
    )
    assert _claim(text, "talk to the board").text.startswith("We [Corvell Holdings]")


def test_a_bare_title_after_a_sentence_about_something_else_stays() -> None:
    text = (
        "Brindle Foods cut its prices in May. Text messages will cost 10p each. "
        '"We are passing on the benefits," said chief executive Tom Hale.'
    )
    assert "[" not in _claim(text, "passing on").text


def test_our_two_businesses_are_not_the_speakers_alone() -> None:
    text = (
        "Pelham Mills made an offer for Brindle Foods on Monday. "
        'Its chief executive, Ann Cole, said: "We believe that combining our two businesses '
        'would create a stronger company."'
    )
    claim = _claim(text, "combining")
    assert "our two businesses" in claim.text


def test_getting_there_is_no_place() -> None:
    text = (
        "Acme Cars is to close its factory in Dunmere. "
        '"It has been a hard year in Dunmere," said a spokesman. "We will get there."'
    )
    assert "[" not in _claim(text, "get there").text


def test_here_is_the_one_place_the_quoted_sentence_before_names_beside_its_speaker() -> None:
    text = '"The situation in Dunmere is grim," said Ann Cole. "People here have lost everything."'
    assert _claim(text, "lost everything").text.startswith("People here [in Dunmere] have")
