"""Officers whose title names no organisation (`Chief executive Jo Bell`, `Council leader Jo
Bell`) speak for the one the article has just shown them speaking for, so their `we` is it;
where two could be meant, the claim keeps `we` and asks. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


_BANK = (
    "Orland Mercantile profits rise\n\n"
    "Orland Mercantile, the UK's ninth-largest bank, has reported a 12% rise in profits to "
    "£900m.\n\n"
    "The Hull-based bank said profits for 2005 were up from £800m the year before.\n\n"
    "But the bank warned that more customers were struggling to repay loans.\n\n"
)


def test_we_of_a_chief_executive_after_the_bank_spoke_is_the_bank() -> None:
    text = _BANK + 'Chief executive Tom Varley said: "We have tightened our lending rules."'
    claim = _claim(text, "tightened")
    assert claim.speaker == "Tom Varley"
    assert claim.text.startswith("We [Orland Mercantile] have tightened")
    assert "who are 'We'?" not in claim.context_note


def test_we_of_a_chief_executive_after_two_banks_keeps_the_question() -> None:
    text = (
        "Orland Mercantile and Pell Bank both warned that more customers were struggling.\n\n"
        'Chief executive Tom Varley said: "We have tightened our lending rules."'
    )
    claim = _claim(text, "tightened")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_a_place_that_owns_a_ranking_is_no_second_base_for_the_firm() -> None:
    claim = _claim(_BANK, "up from £800m")
    assert claim.speaker == "Orland Mercantile"


def test_a_nation_that_owns_a_ranking_still_contradicts_another_nation() -> None:
    text = (
        "Falkberg Group, Germany's biggest bank, said profits rose 5% to £2bn.\n\n"
        "The French bank said its costs rose 3% to £1bn."
    )
    claim = _claim(text, "costs rose")
    assert claim.speaker != "Falkberg Group"


def test_we_of_a_council_leader_is_the_one_council_named() -> None:
    text = (
        "A senior planning officer has been suspended.\n\n"
        "Tom Hale, 52, head of planning at Kelby Borough Council, was arrested.\n\n"
        'Council leader Jo Bell said: "As soon as concerns reached us we informed the police."'
    )
    claim = _claim(text, "informed the police")
    assert "we [Kelby Borough Council] informed" in claim.text


def test_we_of_a_council_leader_after_two_councils_keeps_the_question() -> None:
    text = (
        "Kelby Borough Council and Dunmore District Council have agreed to share staff.\n\n"
        'Council leader Jo Bell said: "We will save about £2m a year."'
    )
    claim = _claim(text, "save about")
    assert "[" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_a_kind_before_a_name_is_the_speaker_and_its_spokesman_speaks_for_it() -> None:
    text = (
        "Walking group the Kelby Moor Trust said it supported the plan but was worried "
        "about the new masts.\n\n"
        '"We do not want to see the hills covered in aerials," said its spokesman, Tom Hale.'
    )
    supported = _claim(text, "supported the plan")
    assert supported.speaker == "Kelby Moor Trust"
    assert _claim(text, "hills covered").text.startswith("We [Kelby Moor Trust] do not")


def test_a_name_set_right_after_its_kind_is_the_speaker() -> None:
    # the recognizer typed only the first word of the name; the parser hangs it on `group`
    text = (
        "Tenants in Kelby face rent rises of 9%.\n\n"
        "The consumer group HomeVoice North estimated that 4,000 families would struggle to pay."
    )
    claim = _claim(text, "4,000 families")
    assert claim.speaker == "HomeVoice North"


def test_a_person_named_after_a_club_role_is_not_an_organisation_speaker() -> None:
    text = "The club's striker Tom Hale said the team had been tired in the second half."
    claim = _claim(text, "tired")
    assert claim.speaker == "Tom Hale"


def test_a_name_in_the_quotation_that_fits_no_agency_leaves_the_agencys_manager_its() -> None:
    text = (
        "The Flood Agency said the river had peaked at 4.2m on Wednesday.\n\n"
        '"We have never seen the Kelby Rowing Club flooded like this," said the agency\'s '
        "area flood manager, Helen Rudd."
    )
    claim = _claim(text, "never seen")
    assert claim.text.startswith("We [the Flood Agency] have never seen")


def test_we_of_the_firms_officer_is_the_one_organisation_named() -> None:
    # `firm` fits any company's name, so the one organisation named before is the firm
    text = (
        "Delby Vale Water is to impose a hosepipe ban on 400,000 homes.\n\n"
        "The firm's operations director, Gail Stour, said: "
        '"We have had only 60% of the normal rainfall."'
    )
    assert _claim(text, "normal rainfall").text.startswith("We [Delby Vale Water] have had")


def test_we_of_the_firms_officer_after_only_a_public_body_keeps_the_question() -> None:
    text = (
        "The Environment Agency said rivers in the region were low.\n\n"
        "The firm's operations director, Gail Stour, said: "
        '"We have had only 60% of the normal rainfall."'
    )
    claim = _claim(text, "normal rainfall")
    assert "Environment Agency" not in claim.text
    assert "who are 'We'?" in claim.context_note


def test_the_company_in_the_words_of_a_groups_chairman_is_not_his_group() -> None:
    text = (
        "Delby Vale Water is to impose a hosepipe ban on 400,000 homes.\n\n"
        "The consumer group WaterWatch North said the firm was losing too much water.\n\n"
        '"It is insulting while the company pours water into the ground," said the '
        "group's chairman, Des Harkin."
    )
    claim = _claim(text, "pours water")
    assert "WaterWatch" not in claim.text


def test_a_body_only_told_something_is_no_rival_for_the_chief_executives_firm() -> None:
    text = (
        "Parking app hacked\n\n"
        "PayWell said hackers had accessed the names of 90,000 drivers.\n\n"
        "The firm said it had reported the breach to the Information Commissioner's Office.\n\n"
        'Chief executive Mark Hale apologised. "We got this wrong," he said.'
    )
    assert _claim(text, "got this wrong").text == "We [PayWell] got this wrong."
    acting = (
        "Parking app hacked\n\n"
        "PayWell said hackers had accessed the names of 90,000 drivers.\n\n"
        "The firm said Coderidge Systems had supplied the software.\n\n"
        'Chief executive Mark Hale apologised. "We got this wrong," he said.'
    )
    assert "[PayWell]" not in _claim(acting, "got this wrong").text


def test_a_body_set_beside_an_object_is_no_rival_for_the_officers_organisation() -> None:
    text = (
        "Orchestra cuts season\n\n"
        "The Dalesford Symphony Orchestra is to cut a third of its concerts.\n\n"
        "The orchestra said it would stage 42 concerts next season.\n\n"
        "It follows a decision by the regional funding body, Arts North Partnership, to cut "
        "its grant.\n\n"
        'Chief executive Mia Hart said: "We are still £400,000 short."'
    )
    claim = _claim(text, "£400,000")
    assert claim.text == "We [the Dalesford Symphony Orchestra] are still £400,000 short."
