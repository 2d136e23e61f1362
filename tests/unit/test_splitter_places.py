"""Towns the recognizer typed a person or a body, or left untyped, are places where the
article sets them as places; a town's name that is a person's too, inside a longer name, or
after `the` is left as typed. A lead that names one town and then says `the city` calls it
so. Made-up articles with real towns (the list is GeoNames')."""

from __future__ import annotations

from factcheck.splitter import split_text
from factcheck.splitter.document import read_sentences


def _labels(text: str, name: str) -> set[str]:
    return {
        e.label_ for s in read_sentences(text) if s.parsed for e in s.doc.ents if e.text == name
    }


def test_a_town_set_as_a_place_is_one_in_every_mention() -> None:
    text = (
        "Dentist to stop NHS care\n\n"
        "A dental practice in Norwich is to stop treating NHS patients from June.\n\n"
        "Norwich's other practices have long waiting lists."
    )
    assert _labels(text, "Norwich") == {"GPE"}


def test_a_lead_that_names_one_town_calls_it_the_city() -> None:
    text = (
        "Scooters\n\n"
        "Derby's rental e-scooter scheme will end in September after the city council decided "
        "not to extend the trial.\n\n"
        "The operator employs 38 staff in Derby.\n\n"
        "About 650 scooters are available to hire across the city."
    )
    claim = next(c for c in split_text(text) if "650" in c.text)
    assert "across the city [Derby]" in claim.text


def test_a_towns_name_that_is_a_persons_or_part_of_a_longer_name_is_kept() -> None:
    text = (
        "Court\n\n"
        "Tom Preston, 41, of Coventry, was jailed for two years.\n\n"
        "Preston had run the scheme from a unit near Preston, the court heard.\n\n"
        "Safer Streets Derby, a group based in Derby, welcomed the sentence."
    )
    sentences = read_sentences(text)
    subject = sentences[2].doc[0]
    assert subject.text == "Preston"
    assert subject.ent_type_ != "GPE"
    assert _labels(text, "Coventry") == {"GPE"}
    assert "GPE" not in _labels(text, "Safer Streets Derby")


def test_a_name_after_the_is_no_town() -> None:
    text = "Budget\n\nNo State in the Union has balanced its budget, he said in Aurora."
    assert "GPE" not in _labels(text, "Union")
