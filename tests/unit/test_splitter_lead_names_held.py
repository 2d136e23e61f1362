"""The organisation a lead tells of by its kind and the next sentence names, in the leads
news writes that the first reading missed: a source (`..., according to a home insurer.` then
`Carrow Mutual said ...`), the subject of a reported lead whose own source reports the name
next, a body whose members act (`Members of X voted`), and a lead the parser read with its
subject as its root. A word the tagger took for a noun but that has a subject and an object
is the verb (`Storm damage cost households £41m`). Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


INSURER = (
    "Flood claims\n\n"
    "Storm damage to homes cost households in Wales an estimated £41m last year, the highest "
    "figure on record, according to a home insurer.\n\n"
    "Carrow Mutual said claims for flooded kitchens rose by 20% compared with 2023{more}."
)


def test_the_source_a_lead_tells_by_its_kind_is_the_one_that_reports_next() -> None:
    lead = _claim(INSURER.format(more=""), "£41m")
    assert lead.speaker == "Carrow Mutual"
    assert lead.text.startswith("Storm damage to homes cost households in Wales")


def test_two_that_report_next_leave_the_source_by_its_kind() -> None:
    lead = _claim(INSURER.format(more=", and Brent Assurance said its payouts had doubled"), "£41m")
    assert lead.speaker == "a home insurer"


def test_a_reported_leads_firm_is_the_one_its_own_source_reports_next() -> None:
    text = (
        "Water fine\n\n"
        "A water company will pay £4.2m after leaks left 30,000 homes without water for two "
        "days, the regulator Ofdrain has said.\n\n"
        "Tamber Water, which supplies about 900,000 homes, failed to repair ageing mains, "
        "Ofdrain found."
    )
    lead = _claim(text, "£4.2m")
    assert lead.text.startswith("A water company [Tamber Water] will pay £4.2m")
    assert lead.speaker == "Ofdrain"


def test_another_source_reporting_the_name_leaves_the_lead_unnamed() -> None:
    text = (
        "Water fine\n\n"
        "A water company will pay £4.2m after leaks left 30,000 homes without water for two "
        "days, the regulator Ofdrain has said.\n\n"
        "Tamber Water, which supplies about 900,000 homes, failed to repair ageing mains, "
        "campaigners Clean Rivers claimed."
    )
    assert "[Tamber Water]" not in _claim(text, "£4.2m").text


def test_the_members_of_a_body_act_for_it() -> None:
    text = (
        "Libraries\n\n"
        "A county council is to close six libraries to save £1.2m a year, despite protests "
        "from readers.\n\n"
        "Members of Westhaven County Council voted 30 to 12 on Monday to approve the plan."
    )
    lead = _claim(text, "six libraries")
    assert lead.text.startswith("A county council [Westhaven County Council] is to close")


def test_a_lead_read_with_its_subject_as_root_still_names_it_and_the_club_after() -> None:
    text = (
        "Club\n\n"
        "A semi-professional rugby club that faced being wound up over unpaid tax has been "
        "bought by a group of former players.\n\n"
        "The Harlow Hawks, who play in the Southern Counties League, owed about £240,000.\n\n"
        "The club was founded in 1921."
    )
    lead = _claim(text, "former players")
    assert lead.text.startswith("A semi-professional rugby club [the Harlow Hawks] that faced")
    founded = _claim(text, "1921")
    assert founded.text == "The club [Harlow Hawks] was founded in 1921."
    assert not founded.needs_context


SUPPLIER = (
    "Energy fine\n\n"
    "An energy supplier will pay £4m after billing errors hit 30,000 homes, the regulator "
    "Ofpower has said.\n\n"
    "Carrick Energy, which supplies 400,000 homes, sent wrong bills for a year, Ofpower "
    "found.\n\n"
    "{between}\n\n"
    "The regulator said the supplier had received 9,000 complaints in 2024."
)


def test_a_leads_supplier_is_named_again_though_the_regulator_reports() -> None:
    text = SUPPLIER.format(between="Ofpower said it had fined two other firms this year.")
    claim = _claim(text, "9,000")
    assert claim.text.startswith("The supplier [Carrick Energy] had received")
    assert claim.speaker == "Ofpower"


def test_another_supplier_acting_leaves_the_supplier_asked() -> None:
    text = SUPPLIER.format(between="Rival Tamworth Power said it had avoided such errors.")
    assert "[Carrick Energy]" not in _claim(text, "9,000").text
