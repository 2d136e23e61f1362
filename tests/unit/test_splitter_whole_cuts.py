"""Cuts that would leave a claim without its verb, its subject or its condition.

Each case is a parse the splitter cannot trust or a clause that means nothing once cut off: the
claim keeps the article's words whole (still credited to whoever said them) rather than give a
fragment a reviewer would have to rebuild from the article."""

from __future__ import annotations

from factcheck.splitter import split_text


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in split_text(text)]


def test_a_content_the_parser_split_in_two_stays_whole_with_its_speaker() -> None:
    # `aged` read as the content's verb, `were` hung on `found` with no subject: the content
    # stays whole; only the speaker and verb before it are left to the speaker field
    claims = _said(
        "The study by the Kelton Institute found that 16% of children aged two to 15 "
        "were obese in 2003."
    )
    assert claims == [
        (
            "16% of children aged two to 15 were obese in 2003.",
            "the study by the Kelton Institute",
        )
    ]
    # `about half` read as a modifier of `said`
    texts = _said(
        "Dan Frost said profits rose. He said about half of the new floor space this year "
        "would be outside the UK."
    )
    assert any(
        text.lower().endswith("half of the new floor space this year would be outside the uk.")
        and speaker == "Dan Frost"
        for text, speaker in texts
    )


def test_a_verdict_is_not_a_report() -> None:
    texts = [t for t, _ in _said("The jury took four hours to find Dan Frost not guilty.")]
    assert texts == ["The jury took four hours to find Dan Frost not guilty."]


def test_even_though_leaves_no_stray_even() -> None:
    texts = [t for t, _ in _said("Sales fell by 4% even though Acme Corp cut prices in May.")]
    assert "Acme Corp cut prices in May." in texts
    assert not any(t.startswith("Even") for t in texts)


def test_a_verb_standing_for_the_one_before_is_not_cut_off() -> None:
    texts = [t for t, _ in _said('"You planned to sell it, and you did," Judge Ana Silva said.')]
    assert "You did." not in texts
    assert "You planned to sell it, and you did." in texts


def test_a_condition_stays_with_the_promise_it_limits() -> None:
    texts = [
        t
        for t, _ in _said(
            "Tom Berg said insurers had agreed to cover homes until 2008, but only if "
            "the government kept its promise."
        )
    ]
    assert texts == [
        "Insurers had agreed to cover homes until 2008, but only if the government kept its "
        "promise."
    ]


def test_a_second_that_clause_is_still_the_speakers() -> None:
    claims = _said(
        'Judge Ana Silva said she had weighed his age, but that knife crime was "a plague" '
        "in parts of London."
    )
    assert ('Knife crime was "a plague" in parts of London.', "Ana Silva") in claims
    assert not any(text.startswith("That") for text, _ in claims)


def test_which_after_another_noun_of_the_phrase_is_not_resolved() -> None:
    # `which` may be the routes or the Edinburgh service: the sentence stays whole
    texts = [
        t
        for t, _ in _said(
            "Skyline will drop four routes, including its Leeds to Bristol service, which "
            "had lost money since 2002."
        )
    ]
    assert not any(t.startswith("Four routes") for t in texts)
    assert any("which had lost money" in t for t in texts)
    # one name: `the Office of Fair Trading, which ...` is the office
    named = [
        t
        for t, _ in _said(
            "The deal needs the approval of the Office of Fair Trading, which blocked a "
            "smaller deal in 2003."
        )
    ]
    assert "The Office of Fair Trading blocked a smaller deal in 2003." in named


def test_where_words_were_heard_is_not_a_claim_but_an_occasion_is() -> None:
    texts = [t for t, _ in _said('"Sales fell," Ana Silva told reporters in Oslo.')]
    assert texts == ["Sales fell."]
    texts = [t for t, _ in _said('"Sales fell," Ana Silva said at a youth event in Oslo.')]
    assert "Ana Silva said at a youth event in Oslo." in texts


def test_a_description_with_its_own_relative_clause_reads_as_a_sentence() -> None:
    texts = [
        t
        for t, _ in _said("Acme said the Charter, the document that governs the club, had changed.")
    ]
    assert "The Charter [is] the document that governs the club." in texts
    # a misparse with a second verb keeps the sentence whole
    texts = [t for t, _ in _said("Ana Silva, a name that means X, finished school in 1990.")]
    assert texts == ["Ana Silva, a name that means X, finished school in 1990."]


def test_a_verb_whose_base_is_its_participle_takes_the_shared_have() -> None:
    claims = split_text(
        "The Ardley Trust has closed one of its three centres and cut 22 staff since May 2004.\n"
    )
    assert [c.text for c in claims] == [
        "The Ardley Trust has closed one of its three centres.",
        "The Ardley Trust has cut 22 staff since May 2004.",
    ]
