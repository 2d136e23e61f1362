"""Wrong dates, tenses, speakers and referents set z's blind reading found, each from a shape
of news prose rather than a word: a deadline after `expect to have`, a participle describing a
thing still to come, a state joined after what a body said, a road in a defendant's address,
the ground a thing is released into, and a lead's firm left unnamed as `the firm`. Made-up
articles."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.context import EntityBook
from factcheck.splitter.document import Sentence
from factcheck.splitter.lead_names import read_lead_name
from factcheck.splitter.parser import english
from factcheck.splitter.people import name_aged_people

_PUBLISHED = date(2025, 10, 14)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text, published=_PUBLISHED) if words in c.text)


def test_a_deadline_someone_expects_to_have_met_is_still_to_come() -> None:
    text = (
        "Repairs\n\n"
        "The housing firm has 300 homes still waiting for damp repairs.\n\n"
        'Its director, Anna Pryce, said: "We expect to have finished the remaining work by '
        'the end of February."'
    )
    claim = _claim(text, "end of February")
    assert "February [2026]" in claim.text


def test_a_thing_still_to_come_is_not_described_in_the_past() -> None:
    text = (
        "Swimming\n\n"
        "The city council will fund extra swimming lessons for pupils.\n\n"
        "The £300,000 programme, paid for from the council's sports budget, will offer eight "
        "extra sessions per child."
    )
    claim = _claim(text, "sports budget")
    assert "programme [is] paid for" in claim.text


def test_a_state_joined_after_what_a_body_said_is_still_its_word() -> None:
    text = (
        "Roads\n\n"
        "A landslip closed a lane near the coast.\n\n"
        'The council said it was "monitoring the situation closely" and had no plans to close '
        "the road."
    )
    claim = _claim(text, "no plans")
    assert claim.speaker == "the council"


def test_an_act_joined_after_what_was_said_is_not_reported() -> None:
    text = (
        "Roads\n\n"
        "A landslip closed a lane near the coast.\n\n"
        "The council leader said he was sorry and thanked the crews for their work."
    )
    claim = _claim(text, "thanked")
    assert "sorry" not in claim.text


def test_a_road_in_a_defendants_address_is_not_the_road_of_a_saying() -> None:
    text = (
        "Fraud\n\n"
        "Mark Bellamy, 52, of Ashdown Road, Harrogate, sold fake parking permits, York Crown "
        "Court heard.\n\n"
        '"He showed no respect for the rules of the road," Judge Carol Hay said.'
    )
    claim = _claim(text, "rules of the road")
    assert "Ashdown" not in claim.text


def test_the_ground_a_thing_is_released_into_is_no_earlier_ground() -> None:
    text = (
        "Soil\n\n"
        "The fungus was found beside a former army training ground in Kent, where fuel had "
        "been spilled for years.\n\n"
        "Dr Ana Ruiz said it might instead be used in sealed tanks rather than released into "
        "the ground."
    )
    claim = _claim(text, "sealed tanks")
    assert "Kent" not in claim.text
    assert "training" not in claim.text


_ICE_CREAM_LEAD = (
    "A family-owned ice cream maker in Somerset is to create 120 jobs after announcing a £14m "
    "expansion of its factory."
)


def test_the_firm_is_the_leads_firm_when_a_town_is_named_only_where_its_site_is() -> None:
    # the recognizer types `Ashcombe` an organisation here: a rival `firm`, so none was named
    text = (
        f"Ice cream\n\n{_ICE_CREAM_LEAD}\n\n"
        "Hartwell Ices said the new production hall at its site in Ashcombe would double its "
        "capacity to 18 million litres a year.\n\n"
        "The firm, founded in 1961 by dairy farmers Arthur and Mary Hartwell, now employs 310 "
        "people."
    )
    claim = _claim(text, "310 people")
    assert claim.text.startswith("Hartwell Ices now employs"), claim
    assert not claim.needs_context


def test_a_name_typed_a_person_that_reports_what_its_owns_is_the_leads_firm() -> None:
    # The recognizer typed one such firm's name a person (set z: `Dalewood Ices`); typed so
    # here by hand. A person's site would be `his` or `her`.
    nlp = english()
    lead = nlp(_ICE_CREAM_LEAD)
    following = nlp(
        "Hartwell Ices said the new production hall at its site would double its capacity."
    )
    following.ents = [Span(following, 0, 2, label="PERSON")]
    found = read_lead_name(_sentences([lead, following]))
    assert found is not None and found.name == "Hartwell Ices"
    book = EntityBook()
    book.note_lead_name(found.name, 1)
    book.read(following, 1)
    assert "Hartwell Ices" in book.companies
    assert "Hartwell" not in book.people


def test_a_person_named_with_a_first_name_reporting_its_is_no_firm() -> None:
    nlp = english()
    lead = nlp(_ICE_CREAM_LEAD)
    following = nlp("Amy Hartwell said the new production hall at its site would open in May.")
    following.ents = [Span(following, 0, 2, label="PERSON")]
    assert read_lead_name(_sentences([lead, following])) is None


def _sentences(docs: list[Doc]) -> list[Sentence]:
    return [
        Sentence(index, 0, len(doc.text), doc.text, index, False, doc)
        for index, doc in enumerate(docs)
    ]


_COURT = (
    "Fake MOT certificates\n\n"
    "A mechanic who forged more than 200 MOT certificates has been jailed for two years.\n\n"
    "Tariq Osmani, 38, of Mill Lane, Derby, sold the certificates to drivers whose cars had "
    "failed, Derby Crown Court heard.\n\n"
    "Osmani admitted fraud at an earlier hearing.\n\n"
    "Prosecutor Daniel Hale said most of the cars had dangerous brakes.\n\n"
)


def test_a_he_after_a_defence_lawyers_client_is_the_client() -> None:
    text = (
        f"{_COURT}Defending, Sarah Pike said her client had fallen into debt after his garage "
        "lost business, and that he was deeply ashamed."
    )
    claims = split_text(text, published=_PUBLISHED)
    assert not any("Daniel Hale" in c.text for c in claims), claims
    assert _claim(text, "ashamed").text == "Tariq Osmani was deeply ashamed."


def test_a_he_after_an_unnamed_person_of_the_sentence_is_no_name_from_outside() -> None:
    text = (
        f"{_COURT}Solicitor Sarah Pike said her nephew had lost his job at the garage and that "
        "he was struggling to pay rent."
    )
    claims = split_text(text, published=_PUBLISHED)
    assert not any("Daniel Hale" in c.text for c in claims), claims


def test_an_untyped_name_given_an_age_is_a_persons_and_so_is_its_surname() -> None:
    # The recognizer left one such name untyped in set z (then `Rezai admitted` was no one);
    # its types are cleared here by hand.
    nlp = english()
    named = nlp("Arash Moradi, 41, of Mill Lane, Derby, forged MOT certificates.")
    named.ents = [e for e in named.ents if e.label_ == "DATE"]
    again = nlp("Moradi admitted fraud at an earlier hearing.")
    again.ents = []
    name_aged_people([named, again])
    assert [(e.text, e.label_) for e in named.ents if e.label_ == "PERSON"] == [
        ("Arash Moradi", "PERSON")
    ]
    assert [(e.text, e.label_) for e in again.ents] == [("Moradi", "PERSON")]


def test_a_count_set_off_after_a_name_is_no_age() -> None:
    nlp = english()
    doc = nlp("Northern Rail, 4,000, said fares would rise.")
    doc.ents = []
    name_aged_people([doc])
    assert not doc.ents


_RALLY = (
    "Show off\n\n"
    "A vintage steam rally which has been held every August since 1958 has been cancelled "
    "after flooding damaged the showground.\n\n"
    "About 5,000 visitors had been expected at the Harwick Steam Rally on the Ellerby "
    "Showground this month.\n\n"
    "A spokesman for Ellerby Water said the company was spending £3m on flood defences."
)


def test_a_leads_thing_of_any_kind_takes_the_name_the_next_sentence_ends_in_its_noun() -> None:
    lead = _claim(_RALLY, "steam rally")
    assert "rally [the Harwick Steam Rally]" in lead.text
    assert "showground [Ellerby Showground]" in lead.text
    assert not lead.needs_context


def test_a_leads_thing_named_so_is_no_organisation_the_company_could_mean() -> None:
    assert _claim(_RALLY, "£3m").text.startswith("Ellerby Water was spending")
