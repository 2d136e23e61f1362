"""An object pronoun does not stand for another argument of its own verb, and a quotation's
past-tense `you` is someone the claim does not name. Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_pronoun_is_not_the_subject_of_its_own_verb() -> None:
    text = "Ministers want help for adult learners. Colleges are meant to be giving them a start."
    claim = _claim(text, "giving them")
    assert "who is 'them'?" in claim.context_note


def test_a_pronoun_is_not_the_object_of_its_own_verb() -> None:
    text = "Police say Ann Leel ran a fake firm. Leel signed dozens of cheques to them herself."
    claim = _claim(text, "cheques to them")
    assert "who is 'them'?" in claim.context_note


def test_a_plural_outside_the_verb_may_still_be_meant() -> None:
    claim = _claim("Voters chose Tom Hale after leaflets urged them to.", "leaflets urged")
    assert "who is 'them'?" not in claim.context_note


def test_a_quoted_past_you_asks_who() -> None:
    text = 'The judge told the court: "You took money from people who trusted you."'
    claim = _claim(text, "You took")
    assert "who is 'You'?" in claim.context_note


def test_a_quoted_past_your_asks_who() -> None:
    text = 'The judge told the court: "Your greed cost twenty people their jobs."'
    claim = _claim(text, "Your greed")
    assert "who is 'Your'?" in claim.context_note


def test_a_general_you_asks_nothing() -> None:
    text = 'Jo Bell, a farmer, said: "You can not argue with the weather."'
    claim = _claim(text, "argue with")
    assert "'You'" not in claim.context_note


def test_the_one_sentenced_or_warned_is_not_the_judge() -> None:
    text = (
        "Tom Hale, 51, admitted fraud at Bristol Crown Court.\n\n"
        'Judge Peter Lane remanded Mr Hale in custody and warned him he faced "a long prison '
        'sentence". He will be sentenced on 2 May.'
    )
    claims = split_text(text)
    assert not any("Peter Lane faced" in c.text or "Peter Lane will be" in c.text for c in claims)
    sentenced = _claim(text, "sentenced on 2 May")
    assert "who is 'He'?" in sentenced.context_note


def test_a_person_the_reported_words_describe_first_is_a_rival_to_the_speaker() -> None:
    text = (
        "Ray Doyle has owned the club since 2018.\n\n"
        "Supporters' trust chairman Tom Reid said fans valued the owner's support but feared "
        "what would happen if he sold up."
    )
    claim = _claim(text, "sold up")
    assert "Tom Reid sold" not in claim.text
    assert "who is 'he'?" in claim.context_note


def test_its_after_a_species_reported_is_the_species_not_the_speaker() -> None:
    text = (
        "The Dunmore Wildlife Trust dug six ponds in 2022.\n\n"
        "The trust said the species had been hanging on at the site after decades in which "
        "its breeding pools dried out too early in the summer."
    )
    claim = _claim(text, "breeding pools")
    assert "Trust's breeding pools" not in claim.text, claim.text
