"""A participle set off after its clause, a `where` clause after a place and a relative
clause on `a ...` after `is` each tell a second fact a desk checks on its own. Made-up
sentences, one rule each."""

from __future__ import annotations

import pytest

from factcheck.splitter import split_text


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_a_participle_the_event_did_stays_with_its_clause() -> None:
    for text in (
        "Shares in Acme Trust fell 5%, wiping £2bn off its value.",
        "Acme Trust cut 300 jobs, taking the total to 900.",
    ):
        assert _texts(text) == [text]


def test_a_participle_after_a_plan_or_an_aim_stays_with_its_clause() -> None:
    for text in (
        "Acme Trust will close two plants, saving £5m a year.",
        "Tom Berg moved to Oslo, hoping to find work.",
    ):
        assert _texts(text) == [text]


def test_a_reporting_participle_is_left_to_the_attribution_stages() -> None:
    texts = _texts("Tom Berg resigned, saying the board had failed.")
    assert not any("[was] saying" in t for t in texts)


def test_a_where_clause_after_a_place_is_a_claim_with_the_place_in_brackets() -> None:
    assert _texts("In 1998 Ana Silva moved to Leeds, where she opened a bakery.") == [
        "In 1998 Ana Silva moved to Leeds.",
        "Ana Silva opened a bakery [in Leeds].",
    ]


def test_a_where_clause_keeps_the_whole_place_and_the_article_preposition() -> None:
    assert _texts("The talks ended at the Grand Hotel, where the ministers signed a deal.")[
        1
    ].endswith("signed a deal [at the Grand Hotel].")


def test_a_where_clause_that_says_which_place_or_names_no_place_stays() -> None:
    for text in (
        "Ana Silva visited the town where she was born.",
        "Ana Silva described a situation where nobody won.",
    ):
        assert _texts(text) == [text]


def test_a_relative_clause_on_an_indefinite_predicate_is_a_second_fact() -> None:
    assert _texts("Tom Berg is a Danish painter who lives in Oslo.") == [
        "Tom Berg is a Danish painter.",
        "Tom Berg lives in Oslo.",
    ]


def test_a_predicate_relative_with_two_verbs_gives_each_the_subject() -> None:
    assert _texts("Acme Trust is a Danish bank that owns 40 branches and employs 900 staff.") == [
        "Acme Trust is a Danish bank.",
        "Acme Trust owns 40 branches.",
        "Acme Trust employs 900 staff.",
    ]


def test_a_relative_clause_that_says_which_one_stays_in_the_predicate() -> None:
    for text in (
        "Ana Silva is the first woman who has led Acme Trust.",
        "Acme Trust is a bank that pays no dividend.",
        "Tom Berg is not a painter who sells his work.",
    ):
        assert _texts(text) == [text]


def test_a_second_description_after_the_predicate_is_a_second_fact() -> None:
    assert _texts("Tom Berg is a Danish painter, director of the Skagen Art School.") == [
        "Tom Berg is a Danish painter.",
        "Tom Berg is director of the Skagen Art School.",
    ]


def test_a_list_of_descriptions_after_is_stays_one_claim() -> None:
    text = "Ana Silva is a lawyer, writer and teacher."
    assert _texts(text) == [text]


def test_a_which_clause_on_the_predicate_is_said_of_the_named_subject() -> None:
    assert _texts("Acme Trust is a Danish bank, which was founded in 1850.") == [
        "Acme Trust is a Danish bank.",
        "Acme Trust was founded in 1850.",
    ]


def test_clauses_set_side_by_side_by_a_semicolon_are_claims_of_their_own() -> None:
    assert _texts("Acme Trust cut 300 jobs in Leeds; Beta Bank hired 200 staff in York.") == [
        "Acme Trust cut 300 jobs in Leeds.",
        "Beta Bank hired 200 staff in York.",
    ]


def test_each_verb_of_a_relative_clause_is_a_claim_about_its_head() -> None:
    assert _texts("Tom Berg, who founded Acme Trust in 1988 and led Beta Bank, died in May.") == [
        "Tom Berg founded Acme Trust in 1988.",
        "Tom Berg led Beta Bank.",
        "Tom Berg died in May.",
    ]


def test_a_description_before_a_name_is_a_claim_with_the_name_first() -> None:
    assert _texts("A member of the Liberal Party, Ana Silva served as mayor of Leeds.") == [
        "Ana Silva [was] a member of the Liberal Party.",
        "Ana Silva served as mayor of Leeds.",
    ]


def test_a_description_before_a_pronoun_stays_whole() -> None:
    assert len(_texts("A keen golfer, he won the club cup in 2004.")) == 1


def test_no_copula_before_an_ing_word_after_a_plain_and() -> None:
    texts = _texts("The Ostria Lions beat the Norland Bears and defending champion Westmark.")
    assert not any("[were]" in t or "[was]" in t for t in texts)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Lib Dem candidate Ana Silva took 16,412 votes, beating Tom Berg by 1,983.",
            "Lib Dem candidate Ana Silva took 16,412 votes, beating Tom Berg by 1,983.",
        ),
        (
            "Tom Berg joined Acme Trust in 2004, becoming its first Danish director.",
            "Tom Berg joined Acme Trust in 2004, becoming its first Danish director.",
        ),
        (
            "Acme Trust cut 300 jobs, as well as closing two plants.",
            "Acme Trust cut 300 jobs, as well as closing two plants.",
        ),
    ],
)
def test_a_participle_after_its_clause_stays_in_it(sentence: str, claim: str) -> None:
    """Cut off, `Ana Silva [was] beating Tom Berg` is a progressive no desk reads as the
    result the article states (readers judged such claims garbled): kept in its clause."""
    assert _texts(sentence) == [claim]


def test_a_where_clause_on_the_part_of_a_place_brings_back_the_part() -> None:
    text = "Rebels remain active in the north of the province, where police control is weak."
    texts = [c.text for c in split_text(text)]
    assert "Police control is weak [in the north of the province]." in texts


def test_a_which_after_the_maker_in_a_description_is_not_said_of_the_maker() -> None:
    text = (
        "The fault affects Vela, the phone made by Danish firm Ostra Tek, which is used by "
        "an estimated 9 million people."
    )
    assert not any(t.startswith("Danish firm Ostra Tek is used") for t in _texts(text))
