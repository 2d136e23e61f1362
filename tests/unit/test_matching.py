"""The claim matcher, as a reviewer looking up "has this been checked before?" sees it."""

from __future__ import annotations

import pytest

from factcheck.matching import ClaimIndex
from factcheck.matching.reranker import Reranker
from factcheck.matching.text import analyse_query, numbers, split_signature

LIBRARY = [
    "Wombats are herding other animals into their burrows to escape the bushfires in Australia.",
    "A photograph shows an endangered starry butterfly.",
    "Bill Gates plans to put microchips in people through coronavirus vaccines.",
    "The unemployment rate fell to 3.5 percent in September, the lowest in 50 years.",
    "Drinking hot water every 15 minutes kills the coronavirus.",
    "The unemployment rate rose to 4.5 percent in September.",
]


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return ClaimIndex(LIBRARY)


def test_a_reworded_post_finds_the_check_it_repeats(index: ClaimIndex) -> None:
    post = (
        "Wombats are sheltering animals in their burrows from the #AustralianFires! "
        "https://t.co/abc — Nature Fan (@naturefan) January 14, 2020"
    )
    best, score = index.search(post)[0]
    assert LIBRARY[best].startswith("Wombats")
    assert 0.0 < score <= 1.0


def test_results_are_best_first_and_at_most_k(index: ClaimIndex) -> None:
    results = index.search("coronavirus vaccines microchips hot water", k=2)
    assert len(results) == 2
    assert results[0][1] >= results[1][1]
    assert all(0 <= position < len(LIBRARY) for position, _ in results)


def test_a_claim_repeated_word_for_word_counts_as_checked_before() -> None:
    for claim in LIBRARY:
        assert ClaimIndex([claim]).search(claim)[0][1] >= 0.8
        assert ClaimIndex(LIBRARY).search(claim)[0] == (
            LIBRARY.index(claim),
            pytest.approx(1, abs=0.2),
        )


def test_the_same_numbers_rank_above_different_ones(index: ClaimIndex) -> None:
    results = index.search("Unemployment fell to 3.5% in September, a 50-year low.", k=2)
    assert LIBRARY[results[0][0]].startswith("The unemployment rate fell to 3.5")


def test_a_claim_sharing_no_word_with_the_library_gets_no_match(index: ClaimIndex) -> None:
    assert index.search("Parliament passed the fisheries law on Tuesday.") == []
    assert index.search("") == []
    assert index.search("wombats", k=0) == []


def test_an_empty_library_answers_every_search_with_nothing() -> None:
    assert ClaimIndex([]).search("Wombats shelter animals in their burrows") == []


def test_the_shipped_weights_fit_the_features_computed_now() -> None:
    reranker = Reranker.load()
    assert reranker.candidates > 0
    assert len(reranker.weights) == len(reranker.features)


def test_a_post_signature_is_read_apart_from_its_body() -> None:
    body, signature = split_signature(
        "No collusion, no obstruction! — Donald J. Trump (@realDonaldTrump) March 24, 2019"
    )
    assert body == "No collusion, no obstruction!"
    assert signature.startswith("Donald J. Trump @realDonaldTrump")
    glued = analyse_query("Veils banned! pic.twitter.com/yg0— Son Light (@sonlight) May 4, 2017")
    assert glued.body.words == ["veils", "banned"]
    assert glued.signature.words[:2] == ["son", "light"]
    query = analyse_query("Read this https://t.co/xyz #FakeNews")
    assert "http" not in query.whole.words
    assert {"fake", "news"} <= set(query.whole.words)


def test_numbers_are_compared_in_one_spelling() -> None:
    assert numbers("1,000 people, 70.0% of them, in 2019.") == {"1000", "70", "2019"}


def test_a_word_in_another_form_still_finds_the_check() -> None:
    library = ["Migrants from Mexico crossed the border with fentanyl.", *LIBRARY]
    best, _ = ClaimIndex(library).search("Mexican migrants are smuggling fentanyl")[0]
    assert best == 0
    assert ClaimIndex(library).search("Mexican smugglers")[0][0] == 0


def test_a_posters_name_counts_less_than_the_claim_it_posts() -> None:
    query = analyse_query("Wombats shelter animals — Bill Smith (@bill) January 14, 2020")
    weights = dict(query.weighted_terms)
    assert weights["wombat"] > weights["bill"] > 0
    assert weights["2020"] == weights["wombat"]


def test_a_claim_worded_like_one_linked_to_a_check_finds_that_check() -> None:
    library = [
        "Drinking hot water every 15 minutes kills the coronavirus.",
        "Gargling with warm salt water kills the coronavirus in the throat.",
    ]
    post = "Keep your mouth moist: water washes the virus into the stomach where acid kills it!"
    linked_before = (
        "Doctors advise keeping your mouth moist so water washes the virus into the stomach"
    )
    for position in (0, 1):
        best, score = ClaimIndex(library, linked=[(position, linked_before)]).search(post)[0]
        assert best == position
        assert score >= 0.5  # "checked before", which neither check's wording alone gives
    assert ClaimIndex(library).search(post)[0][1] < 0.5
