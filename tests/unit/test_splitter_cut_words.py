"""No word of a claim or its speaker is cut off: a `co-`, `ex-` or `vice-` prefix stays on
its word, a firm's name joined by `&` stays whole, a preposition that ends its clause in the
article ends the claim too, and a possessive with no noun of its own gets back the noun it
owns."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.parser import english


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_co_prefixed_role_keeps_its_prefix_and_its_named_speaker() -> None:
    text = "The band's co-founder, Ray Hill, said the tour had sold 40,000 tickets."
    assert _claim(text, "40,000 tickets").speaker == "Ray Hill"


def test_a_vice_prefixed_role_keeps_the_sentence_whole_and_its_named_speaker() -> None:
    text = "Ruritania's vice-minister for transport, Paulo Vance, said 600 buses had been bought."
    claim = _claim(text, "600 buses")
    assert claim.speaker == "Paulo Vance"
    assert claim.text == "600 buses had been bought."


def test_an_unnamed_co_founder_is_the_whole_role() -> None:
    text = "Gale Records signed the band in 2001. The band's co-founder said the tour had sold out."
    assert _claim(text, "sold out").speaker == "the band's co-founder"


def test_bound_prefixes_stay_on_their_word_and_other_hyphens_still_split() -> None:
    words = [t.text for t in english()("The ex-chairman and co-author of a well-known study.")]
    assert "ex-chairman" in words and "co-author" in words
    assert "well-known" not in words  # the parser was trained on `well - known`


def test_a_firm_named_with_an_ampersand_keeps_its_whole_name() -> None:
    text = "Banco Rio has made a £3bn offer for Hallam & Crewe, the UK's ninth biggest lender."
    assert _claim(text, "ninth biggest lender").text.startswith("Hallam & Crewe [is]")


def test_a_preposition_ending_its_clause_ends_the_claim() -> None:
    text = '"He is one of the best players I have worked with," Ms Ann Lee said.'
    assert _claim(text, "best players").text == "He is one of the best players I have worked with."


def test_a_possessive_without_its_noun_gets_back_the_noun_it_is_set_against() -> None:
    text = "Shares in Corvo rose 4% to 512p, while Tandem's jumped 22%."
    assert _claim(text, "jumped").text == "Tandem's [shares] jumped 22%."


def test_an_age_description_gives_way_to_the_name_but_keeps_its_relative_clause() -> None:
    text = (
        "Sprinter Lena Hart has been banned for two years. The 26-year-old, who won 200m "
        "silver at the European Championships in 2002, failed a test in Leeds in May."
    )
    claims = [c.text for c in split_text(text)]
    assert "Lena Hart won 200m silver at the European Championships in 2002." in claims
    assert "Lena Hart." not in claims


def test_a_name_the_recognizer_ended_inside_its_brackets_gets_its_closing_bracket() -> None:
    text = "The World Health Organization (WHO) said it had recorded 1,200 cases of cholera."
    claim = _claim(text, "1,200 cases")
    assert claim.speaker is not None and claim.speaker.count("(") == claim.speaker.count(")")
    assert claim.text.count("(") == claim.text.count(")")


def test_an_age_set_off_by_commas_keeps_its_closing_comma_when_a_clause_after_it_goes() -> None:
    text = "Mr Tom Hale, 52, who took over as chairman in 2001, would have to show results."
    assert _claim(text, "show results").text == "Mr Tom Hale, 52, would have to show results."


def test_a_by_election_is_one_word_and_a_seat_named_with_and_stays_one_contest() -> None:
    text = "The Greens have won the Amble and Hexley by-election, taking 9,412 votes."
    assert [c.text for c in split_text(text) if "by-election" in c.text] == [
        "The Greens have won the Amble and Hexley by-election, taking 9,412 votes."
    ]


def test_names_that_spell_out_a_counted_number_stay_one_claim() -> None:
    text = "Labour won two council seats on the same day, in Derby and Swindon."
    assert [c.text for c in split_text(text)] == [text]


def test_a_capitalised_short_form_is_the_one_name_it_shortens_or_is_asked_about() -> None:
    one = "The Bank of Ruritania held rates at 4.75%. The Bank's target is 2%."
    assert _claim(one, "target").text == "The Bank of Ruritania's target is 2%."
    two = "The Bank of Ruritania and the Federal Reserve held rates. The Bank's target is 2%."
    claim = _claim(two, "target")
    assert claim.text == "The Bank's target is 2%."
    assert claim.needs_context
