"""Names listed as an object and participles on a predicate noun are facts of their own,
unless the list is one joint fact or the participle says which one is meant. Made-up
sentences, one rule each."""

from __future__ import annotations

from factcheck.splitter import split_text


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_each_name_toured_is_a_claim_with_the_shared_time() -> None:
    assert _texts("The Velvet Foxes toured France, Spain and Italy in 2004.") == [
        "The Velvet Foxes toured France in 2004.",
        "The Velvet Foxes toured Spain in 2004.",
        "The Velvet Foxes toured Italy in 2004.",
    ]


def test_names_that_act_together_stay_one_claim() -> None:
    for text in (
        "Talks were held between Norland and Ostria.",
        "Brindle Bank merged Acme Trust and Beta Savings in 2003.",
        "Norland beat Ostria and Westmark in the qualifiers.",
    ):
        assert _texts(text) == [text]


def test_names_offered_as_a_choice_or_common_nouns_stay_one_claim() -> None:
    assert len(_texts("The firm will sell Acme Trust or Beta Savings.")) == 1
    assert len(_texts("The firm cut wages and jobs at its plants.")) == 1


def test_a_list_with_words_hung_after_it_is_kept_whole() -> None:
    text = "The play starred Ana Silva and Tom Berg, with Lea Moss in a small role."
    assert len(_texts(text)) == 1


def test_each_participle_on_an_indefinite_predicate_is_a_claim() -> None:
    assert _texts(
        "Night Harbour is a 2009 crime film directed by Ana Silva and written by Tom Berg."
    ) == [
        "Night Harbour is a 2009 crime film.",
        "Night Harbour [is] directed by Ana Silva.",
        "Night Harbour [is] written by Tom Berg.",
    ]


def test_a_set_off_birth_is_past() -> None:
    assert _texts("Tom Berg is a Danish painter, born in Aarhus.") == [
        "Tom Berg is a Danish painter.",
        "Tom Berg [was] born in Aarhus.",
    ]


def test_a_participle_saying_which_one_stays_in_the_predicate() -> None:
    text = "Night Harbour is the first film directed by a woman in Ostria."
    assert _texts(text) == [text]


def test_a_list_holding_a_name_with_and_is_kept_whole() -> None:
    text = "The cuts hit the Black Rangers, the Royal Pikes and the Argyll and Bute Guards."
    assert _texts(text) == [text]


def test_a_bracketed_founding_is_a_claim_of_its_own() -> None:
    assert _texts("The Nordic Pulp Company (founded in 1990) cut 300 jobs last year.") == [
        "The Nordic Pulp Company [was] founded in 1990.",
        "The Nordic Pulp Company cut 300 jobs last year.",
    ]


def test_a_list_set_off_from_the_verb_by_a_colon_is_kept_whole() -> None:
    text = "The play won three prizes at the Rolle Awards: for Best Script, Best Cast and Best Set."
    assert _texts(text) == [text]


def test_a_figure_said_of_places_listed_together_stays_one_claim() -> None:
    for text in (
        "Fewer than 20 convictions have been secured in England and Wales since 1990.",
        "Acme has 300 shops in France and Spain.",
    ):
        assert [c.text for c in split_text(text)] == [text]


def test_places_listed_with_no_figure_are_still_cut() -> None:
    texts = [c.text for c in split_text("The band toured France, Spain and Italy in 2004.")]
    assert len(texts) == 3
