"""One organisation in reach: `It also hired ...`, `the firm said`, `the council's officers`
and an officer's `we` are the one organisation the sentences before are about; where another
could be meant, the claim keeps the article's words and asks. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_it_takes_up_the_organisation_an_it_before_stood_for() -> None:
    text = (
        "Harwick Foods cut 200 jobs in May.\n\n"
        "It also sold two depots for £4m. It also hired 40 extra drivers."
    )
    claim = _claim(text, "40 extra drivers")
    assert claim.text.startswith("Harwick Foods also hired")


def test_it_after_another_organisation_keeps_the_question() -> None:
    text = "Harwick Foods bought Calder Mills Ltd in May.\n\nIt also hired 40 extra drivers."
    claim = _claim(text, "40 extra drivers")
    assert "Harwick Foods" not in claim.text
    assert "'It'" in claim.context_note


def test_an_officer_whose_title_names_a_field_speaks_for_the_organisation_in_focus() -> None:
    text = (
        "Harwick Foods cut waste by 30% last year.\n\n"
        "It also hired 40 extra drivers. Waste figures for each store are now posted online.\n\n"
        'Director of operations Ann Pryce said: "Two years ago we were the worst in the region."'
    )
    claim = _claim(text, "the worst in the region")
    assert claim.speaker == "Ann Pryce"
    assert "we [Harwick Foods]" in claim.text


def test_an_officer_after_another_organisation_keeps_the_question() -> None:
    text = (
        "Harwick Foods cut waste by 30% last year.\n\n"
        "Its waste figures are now checked by Calder Audit Group every month.\n\n"
        'Director of operations Ann Pryce said: "Two years ago we were the worst in the region."'
    )
    claim = _claim(text, "the worst in the region")
    assert "[" not in claim.text
    assert "who are 'we'?" in claim.context_note


def test_a_place_typed_a_firm_is_no_rival_for_the_firm() -> None:
    text = (
        "Energy company Dunmore Power wanted to build a dam on Holt Fell near the village of "
        "Brackby.\n\n"
        "The firm said the dam would have powered 9,000 homes."
    )
    claim = _claim(text, "9,000 homes")
    assert claim.speaker == "Dunmore Power"


def test_the_island_of_a_name_is_a_place_and_a_headlines_first_word_no_name() -> None:
    text = (
        "Ferry firm to cut island service\n\n"
        "Ferry operator Dunlin Shipping is to scrap its winter sailings to the island of "
        "Skerra.\n\n"
        "The company said the route lost £1.3m last year."
    )
    claim = _claim(text, "£1.3m")
    assert claim.speaker == "Dunlin Shipping"


def test_a_councils_committee_names_the_council_for_the_councils_officers() -> None:
    text = (
        "Dunford District Council's planning committee voted against the application on "
        "Thursday.\n\n"
        "The decision went against the advice of the council's planning officers, who had "
        "recommended approval."
    )
    claim = _claim(text, "had recommended approval")
    assert claim.text.startswith("Dunford District Council's planning officers")
    assert "which" not in claim.context_note


def test_it_after_a_misread_sentence_opened_by_the_company_is_the_company() -> None:
    # the parser hangs `The company put ...` under `began`, and the sentence gives no claim
    text = (
        "Harwick Foods cut waste by 30% last year.\n\n"
        "The company put bins in every store, began screening all workers admitted for "
        "training and banned staff from wearing rings on shifts.\n\n"
        "It also hired 40 extra drivers."
    )
    claim = _claim(text, "40 extra drivers")
    assert claim.text.startswith("Harwick Foods also hired")


def test_a_firm_named_in_what_the_company_said_is_no_rival_for_the_company() -> None:
    text = (
        "Food maker Harwick Foods cut waste by 30% last year, it said on Monday.\n\n"
        "The company said it had sold its stake in Calder Mills Ltd."
    )
    claim = _claim(text, "stake")
    assert claim.speaker == "Harwick Foods"


def test_a_firm_named_only_as_an_analysts_employer_is_no_rival_for_the_company() -> None:
    text = (
        "Bakery chain Harwick Foods is to close 40 shops.\n\n"
        "Harwick Foods made a loss of £8m last year. Harwick Foods shares fell 4%.\n\n"
        "Sales fell 7% to £612m in the year to March.\n\n"
        "Ann Lee, an analyst at the stockbroker Pelham Cross, said the cuts were overdue.\n\n"
        "The unions said they would fight the closures.\n\n"
        "Bakers have struggled for years.\n\n"
        "The company said all the closures would be completed by the end of the year."
    )
    claim = _claim(text, "completed by the end")
    assert claim.speaker == "Harwick Foods"


def test_a_firm_that_also_acts_in_the_story_stays_a_rival_for_the_company() -> None:
    text = (
        "Bakery chain Harwick Foods is to close 40 shops.\n\n"
        "Harwick Foods made a loss of £8m last year. Harwick Foods shares fell 4%.\n\n"
        "Ann Lee, an analyst at the stockbroker Pelham Cross, said the cuts were overdue.\n\n"
        "Pelham Cross has bought a 5% stake in the chain.\n\n"
        "The unions said they would fight the closures.\n\n"
        "Bakers have struggled for years.\n\n"
        "The company said all the closures would be completed by the end of the year."
    )
    claim = _claim(text, "completed by the end")
    assert claim.speaker != "Harwick Foods"


def test_we_of_the_chairwoman_of_a_group_a_trade_introduced_is_that_group() -> None:
    text = (
        "Homes plan approved\n\n"
        "Local residents' group Save Kelby Meadows, which collected 2,000 signatures against "
        "the scheme, said it would ask for the permission to be revoked. "
        '"We always felt something was wrong," said its chairwoman, Ann Pryce.'
    )
    claim = _claim(text, "something was wrong")
    assert claim.text.startswith("We [Save Kelby Meadows]")


def test_an_officer_after_someone_else_spoke_keeps_the_question() -> None:
    text = (
        "Food firm cuts jobs\n\n"
        "Harwick Foods cut 200 jobs in May.\n\n"
        "Sales fell 5% to £300m. Analysts said the cuts were overdue.\n\n"
        'Director of research Ann Pryce said: "We expect further falls."'
    )
    claim = _claim(text, "further falls")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note
