"""A name is never cut short: a `?` or `!` that ends a name (`Which?`) does not end the
sentence; a speaker is the whole name (`Kent and Medway Police`, `the Liberal Democrats`); a
nation or party word for one person (`the Frenchman`) is that person when one fits, or a flag,
never the speaker's name. Every sentence here is made up."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.sentences import sentence_spans


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_name_ending_in_a_question_mark_does_not_end_the_sentence() -> None:
    text = "The shoppers' group Fairbuy? said the new fees were too high. Prices rose 4% in May."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans[0] == "The shoppers' group Fairbuy? said the new fees were too high."
    assert len(spans) == 2


def test_a_real_question_still_ends_its_sentence() -> None:
    text = "Is the levy fair? Most drivers think not."
    assert len(sentence_spans(text)) == 2


def test_a_police_force_named_over_two_places_is_one_speaker() -> None:
    text = "Kent and Medway Police said two men had been arrested in Dover."
    assert _claim(text, "men had been arrested").speaker == "Kent and Medway Police"


def test_a_party_name_keeps_its_first_word() -> None:
    text = "The Liberal Democrats said they backed the change to the school tests."
    assert _claim(text, "backed the change").speaker == "Liberal Democrats"


def test_a_nation_word_for_one_person_is_flagged_not_a_speaker_name() -> None:
    text = '"The lake is deep and cold," the Frenchman said.'
    claim = _claim(text, "lake")
    assert claim.speaker == "the Frenchman"
    assert claim.needs_context
    assert "the Frenchman" in claim.context_note


def test_a_party_word_for_one_person_is_flagged() -> None:
    text = '"Families need help now, not in a year," the Liberal Democrat said.'
    claim = _claim(text, "Families")
    assert claim.speaker != "Democrat"
    assert claim.needs_context
