"""A bare `the seat` the article told of before, which the claim never names, is asked about
(`which seat?`); one the claim says, the article never mentioned before, or any reader knows
is left alone. Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.document import read_sentences, speaking_of
from factcheck.splitter.told_before import unnamed_descriptions

_ELECTION = (
    "Voters in Harnley went to the polls on Thursday. "
    "Turnout in the seat was 41%. "
    "Ms Rowe had held the seat for 12 years. "
)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_bare_description_the_article_used_before_asks_which() -> None:
    claim = _claim(_ELECTION, "12 years")
    assert claim.needs_context
    assert "which seat?" in claim.context_note


def test_a_description_that_says_which_asks_nothing() -> None:
    text = _ELECTION + "Ms Rowe had held the seat of Harnley since 1992."
    assert "which seat?" not in _claim(text, "since 1992").context_note


def test_a_first_mention_with_nothing_saying_which_is_asked_about() -> None:
    # read alone, the claim does not say which pub, told of before or not
    assert "which pub?" in _claim("Tom Hale left the pub at 11pm.", "pub").context_note
    text = "Crowds gathered on street corners in Harnley. Officers patrolled the street all night."
    assert _claim(text, "all night").context_note == "which street?"


def test_a_definite_a_reader_knows_or_a_superlative_picks_asks_nothing() -> None:
    assert not _claim("Tom Hale has always told the truth.", "truth").needs_context
    assert not _claim("Moored boats swing with the tide.", "tide").needs_context
    claim = _claim("Officials said it was the largest rise since 1990.", "largest")
    assert "which rise?" not in claim.context_note


def test_a_named_owner_or_a_kind_of_people_as_owner_asks_nothing() -> None:
    text = "Tom Brierley is a representative of the musicians' union."
    assert "which musicians?" not in _claim(text, "union").context_note
    text = "Ann Lee founded the group Clean Wenmer in 2019."
    assert not _claim(text, "founded").needs_context


def test_the_kind_an_institution_is_named_as_points_back_to_it() -> None:
    text = (
        "Parents protested outside Brackley Park School on Monday. "
        "The council has supported the school since 2001."
    )
    claim = _claim(text, "since 2001")
    assert "Brackley Park School" in claim.text or "which school?" in claim.context_note


def test_an_institution_every_reader_knows_is_not_asked_about() -> None:
    text = "The army shelled the hills near Kasso. Rebels accused the army of shelling villages."
    assert "which army?" not in _claim(text, "accused").context_note


def test_a_pronoun_replaced_by_a_bare_description_asks_which() -> None:
    sentences = read_sentences("A flaw was found in a browser. It was discovered by researchers.")
    second = sentences[1]
    claim = set(range(len(second.doc)))
    pronoun = next(t.i for t in second.doc if t.lower_ == "it")
    asked = unnamed_descriptions(second.doc, claim, {pronoun: "The flaw"}, [], sentences, 1)
    assert asked == ["which flaw?"]
    named = unnamed_descriptions(second.doc, claim, {pronoun: "The Lumo flaw"}, [], sentences, 1)
    assert named == []


def test_the_sentences_that_speak_of_a_kind_are_picked_in_order() -> None:
    sentences = read_sentences(
        "A new seat was drawn in May. Turnout was 41%. The seats were counted on Friday."
    )
    picked = speaking_of(sentences, frozenset({"seat"}))
    assert [s.index for s in picked] == [0, 2]
    assert picked == [s for s in sentences if s.speaks_of(frozenset({"seat"}))]


def test_a_description_with_only_its_cost_asks_which() -> None:
    text = (
        "Residents of Harnley have long asked for a flood defence scheme. "
        "The £4m scheme has been held up by a row over funding."
    )
    assert "which scheme?" in _claim(text, "held up").context_note


def test_a_name_the_recognizer_left_untyped_asks_nothing() -> None:
    assert not _claim("A driver has died after a crash on the M6.", "crash").needs_context
