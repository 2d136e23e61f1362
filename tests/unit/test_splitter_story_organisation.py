"""The organisation a story is about, given to its own measures that leave it out, and only
those: `Turnover [at X] fell 12%` in a story about X, in the reporter's voice, X's or its
officer's; not a measure with an owner or a place, not a forecast, not beside another
organisation. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text

_LEAD = "Club reports loss\n\nDunholm County Cricket Club has reported a loss of £1.2m.\n\n"


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_measure_in_the_clubs_voice_is_the_clubs() -> None:
    claim = _claim(_LEAD + "Turnover fell by 12% to £9.8m, the club said.", "Turnover")
    assert claim.text.startswith("Turnover [at Dunholm County Cricket Club] fell by 12%")


def test_a_measure_of_the_clubs_own_accounts_is_the_clubs() -> None:
    text = _LEAD + "The club's annual accounts show turnover fell by 12% to £9.8m."
    claim = _claim(text, "£9.8m")
    assert "[at Dunholm County Cricket Club]" in claim.text
    assert claim.speaker == "Dunholm County Cricket Club's annual accounts"


def test_the_document_of_a_body_ending_in_s_takes_a_bare_apostrophe() -> None:
    text = (
        "Bus routes cut\n\n"
        "Wyvern Buses is to withdraw 14 routes next month.\n\n"
        "The changes will affect about 900 passengers a week, according to the firm's own "
        "figures."
    )
    claim = _claim(text, "900 passengers")
    assert claim.speaker == "Wyvern Buses' own figures"


def test_a_forecast_an_owned_measure_or_one_beside_another_body_is_left_alone() -> None:
    text = (
        _LEAD
        + "Turnover could fall by a further 5% next year, the club said.\n\n"
        + "Its sales rose by 3% in the summer.\n\n"
        + "Turnover across the county game fell 8%, the England and Wales Cricket Board said."
    )
    claims = split_text(text)
    assert not any("[at Dunholm" in c.text for c in claims)


def test_an_officer_titled_by_the_lead_named_festival_speaks_for_it() -> None:
    text = (
        "Festival cancelled\n\n"
        "One of England's oldest folk festivals has been cancelled this year.\n\n"
        "Brackenby Folk Festival, held each August in the town of Brackenby, began in 1979.\n\n"
        "Festival director Joan Tate said ticket sales fell to 5,100, down from 7,900 in 2023.\n\n"
        '"We have looked at every option," she said.'
    )
    sales = _claim(text, "5,100")
    assert sales.text.startswith("Ticket sales [at Brackenby Folk Festival] fell")
    we = _claim(text, "every option")
    assert we.text.startswith("We [Brackenby Folk Festival] have looked")


def test_the_staff_of_a_story_about_one_firm_are_its() -> None:
    text = (
        "Shops to close\n\n"
        "Garden centre chain Bexworth's is to close 12 of its 50 stores, the company "
        "announced.\n\n"
        "Staff will be offered roles at other branches where possible, the firm said.\n\n"
        "Members of the Shopworkers Guild said they were angry."
    )
    claims = split_text(text)
    staff = next(c for c in claims if "roles at other branches" in c.text)
    assert staff.text.startswith("Staff [at Bexworth] will be offered roles")
    assert not any("[of Bexworth]" in c.text for c in claims)  # another body's members


def test_incidents_of_a_kind_are_the_schools_and_counted_by_their_figures() -> None:
    text = (
        "Phone ban cuts detentions\n\n"
        "Kelby Park Academy has banned mobile phones during the school day.\n\n"
        "Reported incidents of online bullying fell from 96 to 38."
    )
    claim = _claim(text, "bullying")
    # the bracket follows the kind (`of online bullying`), and `96` counts the incidents
    assert claim.text.startswith("Reported incidents of online bullying [at Kelby Park Academy]")
    assert not claim.needs_context
