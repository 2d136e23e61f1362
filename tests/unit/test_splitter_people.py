"""A name the recognizer typed as a body or a place is a person's when the article shows it:
a personal title, a role beside it, a common first name. A firm's name is never changed."""

from __future__ import annotations

from factcheck.splitter import split_text
from factcheck.splitter.document import read_sentences


def _labels(text: str, name: str) -> set[str]:
    return {
        entity.label_
        for sentence in read_sentences(text)
        for entity in sentence.doc.ents
        if entity.text.endswith(name)
    }


def test_a_name_set_beside_a_persons_role_is_a_person_and_she_can_be_her() -> None:
    text = (
        "Its regional co-ordinator, Marta Ilundain, said the worst could be yet to come.\n\n"
        '"Forecasters expect more rain over the next fortnight," she said.'
    )
    claim = next(c for c in split_text(text) if "more rain" in c.text)
    assert claim.speaker == "Marta Ilundain"
    assert not claim.needs_context


def test_a_titled_surname_makes_every_mention_of_the_name_a_person() -> None:
    text = (
        "Marta Ilundain said the worst could be yet to come. "
        "Ms Ilundain said 6,000 soldiers had been deployed."
    )
    assert _labels(text, "Ilundain") == {"PERSON"}


def test_a_firms_name_keeps_its_type_even_beside_a_role_word() -> None:
    text = "The market leader, Corvo Group, said sales rose 4%. Corvo Group employs 900 people."
    assert "PERSON" not in _labels(text, "Corvo Group")


def test_without_any_sign_of_a_person_the_recognizers_type_stands() -> None:
    text = "Barnwell Foods said sales rose 4%. Barnwell Foods employs 900 people."
    assert "PERSON" not in _labels(text, "Barnwell Foods")


def test_a_lone_surname_typed_a_body_is_the_person_named_with_a_first_name_before() -> None:
    text = "Tim Carver won 6-4 6-2. Carver will next face Ben Ode."
    assert _labels(text, "Carver") == {"PERSON"}


def test_a_calling_the_recognizer_took_into_a_name_is_no_part_of_it() -> None:
    text = (
        "Sprinter Holt given two-year ban\n\n"
        "British sprinter Marcus Holt has been banned for two years. Holt won bronze in 2004."
    )
    claim = next(c for c in split_text(text) if "bronze" in c.text)
    assert claim.text == "[Marcus] Holt won bronze in 2004."
