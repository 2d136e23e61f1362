"""A lead's source told after its report (`..., the company has confirmed.`) is the body its
report names as subject, or the one the next sentence names by its kind or as its subject;
two candidates, another kind or a public body for a firm's word leave it asked. A tag the
parser read as the root of the whole lead still gives the report, without the tag. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _lead(text: str) -> Claim:
    return split_text(text)[0]


def test_the_company_of_a_lead_is_the_firm_the_next_sentence_has_speak() -> None:
    lead = _lead(
        "The details of 90,000 drivers were exposed in an attack on a parking app, the company "
        "has confirmed.\n\nPayWell said hackers had taken names and email addresses."
    )
    assert lead.speaker == "PayWell"
    assert not lead.needs_context


def test_a_named_kind_in_the_next_sentence_is_the_leads_source_wherever_it_stands() -> None:
    lead = _lead(
        "Visitors to the Kelby Fells will have to pay to park from May, the park authority has "
        "confirmed.\n\nMembers of the Kelby Fells National Park Authority voted 12 to 5 on "
        "Tuesday to introduce charges."
    )
    assert lead.speaker == "Kelby Fells National Park Authority"


def test_the_group_of_a_lead_is_the_body_its_report_is_about() -> None:
    lead = _lead(
        "The Northdale Symphony Orchestra is to cut a third of its concerts after losing half "
        "of its funding, the group has announced.\n\nThe orchestra said it would stage 40 "
        "concerts next season."
    )
    assert lead.speaker == "Northdale Symphony Orchestra"


def test_another_kind_two_bodies_or_a_public_body_leave_the_source_asked() -> None:
    regulator = _lead(
        "Harlow Water has been fined £3m for sewage spills, the regulator has said.\n\n"
        "Harlow Water said it would appeal."
    )
    assert regulator.speaker != "Harlow Water"
    two = _lead(
        "Beta Foods has bought Acme Dairies for £40m, the company has said.\n\n"
        "Beta Foods said the deal would close in May."
    )
    assert two.speaker not in ("Beta Foods", "Acme Dairies")
    council = _lead(
        "Bin collections will move to every three weeks, the company has said.\n\n"
        "Westmere City Council said the change would save £2m."
    )
    assert council.speaker != "Westmere City Council"


def test_a_tag_read_as_the_root_of_the_lead_still_gives_the_report() -> None:
    lead = _lead(
        "A scheme that parks lung-scanning trucks in supermarket car parks has found 184 "
        "cancers in its first two years, most of them at an early stage, a Welsh health board "
        "has said.\n\nGlantaf University Health Board began offering checks in 2022."
    )
    assert lead.text == (
        "A scheme that parks lung-scanning trucks in supermarket car parks has found 184 "
        "cancers in its first two years, most of them at an early stage."
    )
    # `Welsh`, typed a body by the recognizer, is the speaker's own word, not another body
    assert lead.speaker == "Glantaf University Health Board"


def test_scientists_of_a_lead_are_the_team_the_next_sentence_says_they_come_from() -> None:
    text = (
        "A volcano cooled the summers of 1816 across Europe, scientists say.\n\n"
        "A team from the University of Harwick measured rings in 400 trees."
    )
    claim = _lead(text)
    assert claim.speaker == "scientists [from the University of Harwick]"
    two = text.replace("from the University", "from Tallis College and the University")
    assert "[" not in (_lead(two).speaker or "")
