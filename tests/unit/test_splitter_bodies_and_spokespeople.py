"""Public bodies named by what they are, the firm a trade brought in, and the body a
spokesperson speaks for: a later `the authority`, `the board`, `the firm`, `a council
spokesperson` and that spokesperson's `it` are the one the article named; a chief executive's
`we` after a quoted country is left as written. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.document import Sentence, read_sentences
from factcheck.splitter.employers import Employer
from factcheck.splitter.organisation_voice import we_named


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_authority_speaking_is_the_authority_named_before() -> None:
    text = (
        "Parking charges approved\n\n"
        "Members of the Brackwater Moors National Park Authority voted 12 to 5 to introduce "
        "charges at nine car parks.\n\n"
        "The authority said the charges were expected to raise £410,000 a year."
    )
    claim = _claim(text, "£410,000")
    assert claim.speaker == "Brackwater Moors National Park Authority"
    assert not claim.needs_context or "authority" not in claim.context_note


def test_the_board_and_its_it_are_the_board_named_before() -> None:
    text = (
        "Dental contract ends\n\n"
        "The Orrin Vale Integrated Care Board said it would buy appointments elsewhere.\n\n"
        "The board said it had opened 3,000 extra urgent appointments since 2024."
    )
    claim = _claim(text, "3,000 extra")
    assert claim.speaker == "Orrin Vale Integrated Care Board"
    assert claim.text.startswith("The Orrin Vale Integrated Care Board had opened")


def test_a_firm_a_developer_trade_brought_in_is_the_firm_not_the_leads_farm() -> None:
    text = (
        "Solar farm opens\n\n"
        "A solar farm near the village of Ashcombe has started supplying power to the grid.\n\n"
        "The first panels began generating power on Monday, developer Tarnfield Energy said.\n\n"
        "Each panel can produce 600 watts.\n\n"
        "The project cost about £90m, and the firm said it had created 40 permanent jobs."
    )
    claims = split_text(text)
    lead = next(c for c in claims if "solar farm" in c.text)
    assert "[Tarnfield" not in lead.text  # a developer is not the farm it builds
    jobs = next(c for c in claims if "40 permanent jobs" in c.text)
    assert jobs.speaker == "Tarnfield Energy"
    assert jobs.text.startswith("Tarnfield Energy had created")


def test_a_council_spokesperson_speaks_for_the_council_and_its_it_is_the_council() -> None:
    text = (
        "Stadium plan\n\n"
        "Marlow Vale District Council approved the plan by 30 votes to 11.\n\n"
        "Residents were divided. A council spokesperson said it had not yet received a "
        "planning application for the site."
    )
    claim = _claim(text, "planning application")
    assert claim.speaker == "a council spokesperson [Marlow Vale District Council]"
    assert claim.text.startswith("Marlow Vale District Council had not yet received")


def test_a_chief_executives_we_after_a_quoted_country_is_not_the_firm() -> None:
    sentences = read_sentences(
        "Battery site approved\n\n"
        '"Britain cannot meet its clean power targets without storage. Every evening we are '
        'firing up gas plants. We will start building in May," she said.'
    )
    country, gas, building = sentences[1], sentences[2], sentences[3]
    employer = Employer("Kestrel Renewables", 0)

    def named(sentence: Sentence, before: list[Sentence]) -> dict[int, str]:
        claim = set(range(len(sentence.doc)))
        return we_named(sentence, claim, {}, employer, before)

    assert named(gas, []) != {}  # with no country before it, the firm's own `we`
    assert named(gas, [country]) == {}
    assert named(building, [country, gas]) == {}


def test_the_authority_is_the_one_council_named() -> None:
    text = (
        "Bus routes cut\n\n"
        "Marlow Vale District Council has agreed to cut funding for six bus routes.\n\n"
        "Councillor Tom Ash said the authority had set aside £200,000 for supported routes."
    )
    claim = _claim(text, "£200,000")
    assert claim.text.startswith("Marlow Vale District Council had set aside")


def test_the_firm_is_the_one_the_lead_held_back_though_a_regulator_is_named_as_often() -> None:
    text = (
        "Water firm fined\n\n"
        "A water company has been ordered to pay £12m after sewage spilled into rivers.\n\n"
        "Ofdrain said Greyholme Water Services had broken its legal duties at 30 sites.\n\n"
        "Ofdrain said the fine was its third largest. Greyholme Water Services said it "
        "accepted the findings.\n\n"
        "The firm has also agreed to spend £5m on new monitoring equipment by 2027."
    )
    claim = _claim(text, "£5m")
    assert claim.text.startswith("Greyholme Water Services has also agreed")


def test_a_lead_is_not_named_after_the_source_that_reports_another_name() -> None:
    text = (
        "Water firm fined\n\n"
        "A water company has been ordered to pay £12m after sewage spilled into rivers.\n\n"
        "Ofdrain said Tamber Water had broken its legal duties at 30 sites."
    )
    claim = _claim(text, "£12m")
    assert "[Ofdrain]" not in claim.text


def test_the_team_is_the_team_named_by_its_kind_before() -> None:
    text = (
        "Treasurer jailed\n\n"
        "Pellow took money from the Kelda Fells Mountain Rescue Team's accounts on 90 "
        "occasions.\n\n"
        "The team was called out 147 times in 2024."
    )
    claim = _claim(text, "147 times")
    assert claim.text.startswith("The Kelda Fells Mountain Rescue Team was called out")
    assert not claim.needs_context


def test_a_spokesman_after_a_described_subject_speaks_for_the_name_beside_it() -> None:
    text = (
        "Rider banned\n\n"
        "Tom Rees's team, Corvana Racing, said it had ended his contract.\n\n"
        '"The team has a zero-tolerance policy on doping," a spokesman said.'
    )
    claim = _claim(text, "zero-tolerance")
    assert claim.speaker == "a spokesman [for Corvana Racing]"


def test_the_club_is_the_sports_club_its_name_calls_one_and_owns_with_an_apostrophe() -> None:
    text = (
        "Sprinter breaks record\n\n"
        "Lucy Hart, who trains with Ashfield Rangers, ran 22.61 seconds on Saturday.\n\n"
        "Ashfield Rangers chairman Paul Dean said the club's track needed resurfacing at a cost "
        "of about £180,000."
    )
    claim = _claim(text, "£180,000")
    assert "Ashfield Rangers' track" in claim.text


def test_a_headlines_capitalised_kind_is_no_second_body_of_that_kind() -> None:
    text = (
        "Council approves levy\n\n"
        "Porthwenna Town Council has approved a levy of £2 a night on holiday lets.\n\n"
        "The levy will be passed on to the council each quarter."
    )
    claim = _claim(text, "each quarter")
    assert "Porthwenna Town Council each quarter" in claim.text
