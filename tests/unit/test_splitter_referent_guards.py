"""What a claim fills in must be what the article means: a nearer subject owns its `its` (and
the `it` of a relative clause on what it says, not the speaker's), a
class of institutions says nothing of one, `the old ground` is not the one just planned, and
a bracket keeps every place and the `the` the article wrote. Made-up articles."""

from __future__ import annotations

from datetime import date

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str, published: date | None = None) -> Claim:
    return next(c for c in split_text(text, published=published) if words in c.text)


def test_its_after_a_nearer_organisation_subject_is_not_the_speakers() -> None:
    text = (
        "Jobs at risk at Pellham University\n\n"
        "Up to 90 jobs are at risk at the University of Pellham.\n\n"
        "The Centre for Soil Imaging has been told that its bid to renew a grant was "
        "unsuccessful, the university said on Tuesday."
    )
    claim = _claim(text, "bid to renew")
    assert "its bid" in claim.text
    assert "Pellham's bid" not in claim.text


def test_it_in_a_relative_clause_after_a_nearer_subject_is_not_the_speakers() -> None:
    text = (
        "Complaints\n\n"
        "A train operator will pay £2m over late trains, the regulator Ofrail has said.\n\n"
        "Ofrail said Tamber Trains had cancelled 4% of its services in 2024.\n\n"
        "The regulator said the operator had received 9,000 complaints in 2024, twice the "
        "number it received in 2022."
    )
    claim = _claim(text, "9,000")
    assert claim.speaker == "Ofrail"
    assert "the number it received" in claim.text


def test_it_in_the_relative_clause_of_the_subject_is_still_the_speaker() -> None:
    text = (
        "Milk price\n\n"
        "Dairy firm Valmont Dairies said the price it pays for milk would fall to 36p a litre."
    )
    claim = _claim(text, "36p")
    assert claim.text.startswith("The price Valmont Dairies pays for milk")


def test_a_class_of_institutions_gives_no_words_to_one_of_them() -> None:
    text = (
        "Jobs at risk\n\n"
        "Up to 90 jobs are at risk at the University of Pellham.\n\n"
        "A report found that 40% of Welsh universities expected a deficit this year.\n\n"
        "Dr Ana Voss, secretary of the university's branch of the Lecturers and Tutors "
        "Union, said staff were angry."
    )
    claim = _claim(text, "secretary of")
    assert "[Welsh]" not in claim.text
    assert "University of Pellham's branch" in claim.text


def test_a_union_named_with_a_university_word_is_not_the_university() -> None:
    text = (
        "Jobs at risk\n\n"
        "Up to 90 jobs are at risk at the University of Pellham.\n\n"
        "Dr Ana Voss of the University and College Union said staff were angry.\n\n"
        "The university said it had only been told of the outcome on 2 May."
    )
    claim = _claim(text, "told of the outcome")
    assert claim.text.startswith("The University of Pellham had only been told")


def test_a_where_clause_after_two_joined_places_keeps_both() -> None:
    text = (
        "Crime falls\n\n"
        "The fall came in Dunmoor and Halsey, where officers carried out 900 searches."
    )
    claim = _claim(text, "900 searches")
    assert claim.text.endswith("[in Dunmoor and Halsey].")


def test_a_fall_in_something_is_no_season() -> None:
    claim = _claim("Crime falls\n\nThe fall in burglary was the result of patrols.", "patrols")
    assert "the article gives no year" not in claim.context_note
    claim = _claim("Talks\n\nA second round of talks followed in the autumn.", "second round")
    assert "when is 'the autumn'?" in claim.context_note


def test_a_month_with_last_year_beside_it_is_dated_once() -> None:
    text = "Landlord fined\n\nOfficers inspected the flat on Mill Road in February last year."
    claim = _claim(text, "inspected", published=date(2025, 9, 23))
    assert "in February last year [2024]" in claim.text
    assert "February [2025]" not in claim.text


def test_a_month_something_starts_in_is_not_read_from_the_promise() -> None:
    text = (
        "Wind farm\n\nThe company has also promised £1m a year to a community fund, "
        "starting in April."
    )
    claim = _claim(text, "community fund", published=date(2026, 2, 11))
    assert "April [2025]" not in claim.text


def test_a_relative_clause_on_a_long_name_speaks_of_the_whole_name() -> None:
    text = "Centre\n\nThe Centre for Soil Imaging, which opened in 2016, employs 40 people."
    claim = _claim(text, "opened in 2016")
    assert claim.text.startswith("The Centre for Soil Imaging opened")


def test_the_old_ground_is_not_the_one_just_planned() -> None:
    text = (
        "Club plans stadium\n\n"
        "The club wants to build a 9,000-seat ground on farmland at Oakhurst Meadow.\n\n"
        "She said the old ground had served the club well for a century."
    )
    claim = _claim(text, "served the club")
    assert "Oakhurst" not in claim.text


def test_the_scale_of_a_figure_is_no_name() -> None:
    text = (
        "Club plans stadium\n\n"
        "Dunholm Athletic has unveiled plans for a £30m stadium on the edge of the town. "
        "She said the new stadium would include a gym."
    )
    claim = _claim(text, "would include a gym")
    assert "[m]" not in claim.text


def test_the_club_and_the_force_are_the_one_named_so() -> None:
    text = (
        "Club news\n\n"
        "Dunholm Athletic Football Club has unveiled plans for a stadium.\n\n"
        "Its ground holds 6,000 people. The club said it had sold out 11 home matches."
    )
    claim = _claim(text, "sold out")
    assert claim.text.startswith("Dunholm Athletic Football Club had sold out")
    assert claim.speaker == "Dunholm Athletic Football Club"
    text = (
        "Crime figures\n\n"
        "Knife crime has fallen by 9% across the area covered by Wexcombe Police.\n\n"
        "Shoplifting rose by 31%, the highest since the force began publishing figures in 2011."
    )
    claim = _claim(text, "31%")
    assert "since Wexcombe Police began" in claim.text


def test_a_bracket_for_we_goes_after_its_contraction() -> None:
    text = (
        "Club plans\n\n"
        "Dunholm Athletic Football Club has unveiled plans for a stadium.\n\n"
        '"We\'ve been turning fans away every week," chief executive Ian Roe said.'
    )
    claim = _claim(text, "turning fans away")
    assert claim.text.startswith("We've [Dunholm Athletic Football Club] been")


def test_a_lead_that_holds_back_a_name_gets_the_one_the_next_sentence_gives() -> None:
    text = (
        "Water firm fined\n\n"
        "A water company has been ordered to pay £12m.\n\n"
        "Ofwat said Kelbrook Water plc had broken its legal duties."
    )
    claim = _claim(text, "ordered to pay")
    assert claim.text.startswith("A water company [Kelbrook Water plc] has been ordered")


def test_a_lead_that_holds_back_a_name_gets_the_one_owning_the_next_subject() -> None:
    text = (
        "A council is to use compulsory purchase powers to take over 14 empty homes.\n\n"
        "Dunmere Borough Council's cabinet approved the plan on Wednesday."
    )
    lead = _claim(text, "compulsory purchase")
    assert lead.text.startswith("A council [Dunmere Borough Council] is to use")
    plan = _claim(text, "cabinet approved")
    assert "the plan [to use compulsory purchase powers]" in plan.text


def test_a_lead_with_two_organisations_next_and_no_telling_word_stays_unnamed() -> None:
    text = (
        "Firm fined\n\n"
        "A company has been ordered to pay £12m.\n\n"
        "Dunmere Foods Ltd said Kelbrook Mills plc had broken its legal duties."
    )
    claim = _claim(text, "ordered to pay")
    assert "[" not in claim.text


def test_a_camel_case_title_owner_is_the_employer_by_its_full_name() -> None:
    text = (
        "Drones\n\n"
        "The trial, run by start-up FlyRoute Systems and Marrow Health Board, starts soon.\n\n"
        "FlyRoute chief executive Ian Moray said the firm had completed 90 test flights."
    )
    claim = _claim(text, "90 test flights")
    assert claim.text.startswith("FlyRoute Systems had completed")


def test_a_group_named_right_after_its_kind_speaks_even_when_read_as_a_person() -> None:
    text = (
        "Battery plan\n\n"
        "Local campaign group Save Marlow Heath said the site was 300m from the nearest homes."
    )
    claim = _claim(text, "300m")
    assert claim.speaker == "Save Marlow Heath"


def test_two_joined_facts_before_a_closing_tag_are_both_the_speakers() -> None:
    text = (
        "Festival\n\n"
        "Festival director Ruth Emery said ticket sales fell.\n\n"
        "The event lost £90,000 last year and has now used up its reserves, she added."
    )
    claim = _claim(text, "£90,000")
    assert claim.speaker == "Ruth Emery"
    assert "added" not in claim.text


def test_one_of_a_kind_in_the_lead_takes_the_name_that_says_it_is_one() -> None:
    text = (
        "Festival cancelled\n\n"
        "One of Wales's oldest jazz festivals has been cancelled this year.\n\n"
        "Brynmor Jazz Festival, held each August in the town, began in 1988.\n\n"
        'Its director Ann Pryce said: "We could not put the festival at risk."'
    )
    lead = _claim(text, "has been cancelled")
    assert lead.text.startswith("One of Wales's oldest jazz festivals [Brynmor Jazz Festival]")
    later = _claim(text, "at risk")
    assert "the festival [Brynmor Jazz Festival]" in later.text
    assert "which festival?" not in later.context_note


def test_a_lead_thing_named_by_the_next_subject_and_not_after_another_is_brought_in() -> None:
    text = (
        "Dental practice\n\n"
        "A dental practice in Leeds is to stop NHS treatment.\n\n"
        "Oakfield Smiles, which has operated in the city for 20 years, wrote to patients.\n\n"
        "Patients who stay at the practice will pay £20 a month.\n\n"
        "A second practice in Leeds opened last year. Staff at the practice number 12."
    )
    assert _claim(text, "stop NHS").text.startswith("A dental practice [Oakfield Smiles]")
    assert "the practice [Oakfield Smiles]" in _claim(text, "£20 a month").text
    assert "Oakfield" not in _claim(text, "number 12").text


def test_a_month_said_of_every_year_takes_no_year() -> None:
    text = (
        "Festival\n\nThe festival, held each July in the town, began in 1995. Sales fell in July."
    )
    claims = split_text(text, published=date(2026, 3, 10))
    assert not any("each July [" in c.text for c in claims)
    assert any("in July [2025]" in c.text for c in claims)


def test_the_town_takes_the_name_its_first_mention_gave_after_of() -> None:
    text = (
        "Landing fee\n\n"
        "Passengers stepping ashore in the Devon harbour town of Kilmarsh will pay £3 each.\n\n"
        "The town has a population of about 9,500. Ann Lee runs a pub on the town's quay."
    )
    assert _claim(text, "9,500").text.startswith("The town [of Kilmarsh] has")
    assert "the [Kilmarsh] town's quay" in _claim(text, "runs a pub").text


def test_a_name_the_parser_cut_from_a_study_speakers_phrase_stays_in_it() -> None:
    text = (
        "Landing fee\n\n"
        "A study commissioned by the council from consultancy Tamar Coast Economics found "
        "that the average passenger spent £31 in the town."
    )
    claim = _claim(text, "£31")
    assert claim.speaker is not None
    assert claim.speaker.endswith("from consultancy Tamar Coast Economics")


def test_an_ordinal_is_no_name_for_a_bracket() -> None:
    text = (
        "Landing fee\n\n"
        "Councillors voted to introduce the first landing levy of its kind in England.\n\n"
        "The levy will be collected by ship operators and passed on to the council."
    )
    assert "[first" not in _claim(text, "collected by").text


def test_a_passive_chain_after_a_modal_goes_on_to_the_second_verb() -> None:
    text = (
        "Levy\n\nThe Kilmarsh levy will be collected by ship operators and passed on to the "
        "council."
    )
    claim = _claim(text, "passed on")
    assert claim.text.startswith("The Kilmarsh levy will be passed on")


def test_a_long_name_read_as_a_persons_keeps_the_firm_in_doubt() -> None:
    text = (
        "Homes approved\n\n"
        "Fenby District Council's planning committee voted seven to five in favour of the "
        "scheme at the former Hardwick airfield on Wednesday.\n\n"
        "The developer, Rollins Lane Homes, says 30% of the properties will be affordable.\n\n"
        "The firm will also pay £14.2m towards a new school."
    )
    claim = _claim(text, "£14.2m")
    assert "Hardwick" not in claim.text


def test_a_verb_with_an_object_after_a_passive_is_a_past_tense_of_its_own() -> None:
    text = (
        "Union\n\nThe Kelso Drivers Union had been contacted by drivers at three firms and "
        "expected further claims to follow."
    )
    claim = _claim(text, "further claims")
    assert claim.text.startswith("The Kelso Drivers Union expected further claims")


def test_the_year_to_a_month_is_still_dated() -> None:
    text = "Loss\n\nHartfield reported a loss of £6.2m for the year to September."
    claim = _claim(text, "£6.2m", published=date(2025, 11, 20))
    assert "the year to September [2025]" in claim.text


def test_it_after_a_thing_the_speaker_spoke_of_is_not_the_speaker() -> None:
    text = (
        "Bridge\n\nHalford County Council approved the bridge in May.\n\n"
        "The council predicts the new crossing will cut traffic on the old bridge by around half "
        "once it opens."
    )
    claim = _claim(text, "cut traffic")
    assert "once it opens" in claim.text


def test_a_which_clause_on_a_date_with_a_report_inside_stays_whole() -> None:
    text = (
        "Storm\n\nForecasters have issued a yellow warning for snow across the region from "
        "Friday, which Mr Dale admitted could slow repairs."
    )
    claims = split_text(text, published=date(2026, 1, 15))
    assert not any(c.text.startswith("Friday could") for c in claims)
    assert not any("Friday [9 Jan" in c.text for c in claims)


def test_the_storm_and_the_park_are_the_one_name_that_holds_the_word() -> None:
    text = (
        "Storm\n\n"
        "Almost 9,000 homes were still without power, three days after Storm Kestrel "
        "brought down lines across the region.\n\n"
        "At its peak on Monday night, the storm cut electricity to about 61,000 properties."
    )
    assert "the storm [Storm Kestrel] cut" in _claim(text, "61,000").text
    text = (
        "Parking\n\n"
        "Visitors to the Brannock Fells National Park will have to pay to park from May.\n\n"
        "Members of the Brannock Fells National Park Authority voted 14 to 6 for the charges.\n\n"
        "People living inside the park will be able to buy a permit for £25."
    )
    assert "the park [Brannock Fells National Park]" in _claim(text, "£25").text


def test_a_thing_of_the_kind_brought_in_since_the_name_leaves_the_word_asked() -> None:
    text = (
        "Storm\n\n"
        "Storm Kestrel brought down lines across the region on Monday.\n\n"
        "Forecasters said a second storm would arrive on Friday. The storm could bring snow."
    )
    assert "Kestrel" not in _claim(text, "could bring snow").text


def test_a_lead_is_not_named_after_the_court_that_heard_the_case() -> None:
    text = (
        "Builder jailed\n\n"
        "A builder who took deposits for roofs he never fitted has been jailed for three "
        "years.\n\n"
        "Gary Penhold, 48, took £90,000 from 30 customers, Carlisle Crown Court heard."
    )
    claim = _claim(text, "jailed for three")
    assert "[Carlisle Crown Court]" not in claim.text


def test_she_in_the_words_of_an_unnamed_speaker_is_not_the_last_woman_named() -> None:
    text = (
        "Fraud trial\n\n"
        "Prosecutor Ann Whitby said the scheme targeted pensioners.\n\n"
        "One victim said she had handed over £4,000 from her savings."
    )
    claim = _claim(text, "£4,000")
    assert "Whitby" not in claim.text
    assert claim.needs_context


def test_a_name_set_beside_someones_team_is_the_team_not_him() -> None:
    text = (
        "Rider banned\n\n"
        "Cyclist Tom Hedley has been banned for four years after a positive test.\n\n"
        "Hedley's team, Selvara Racing, said it had terminated his contract."
    )
    claim = _claim(text, "terminated")
    assert "his contract" in claim.text
    assert "Selvara Racing's contract" not in claim.text


def test_who_after_a_place_is_not_the_place() -> None:
    text = (
        "Scam warning\n\n"
        "Trading standards officers in the north-west, who led the investigation, said the "
        "service had received more than 200 complaints."
    )
    claims = split_text(text)
    assert not any(c.text.startswith("The north-west led") for c in claims)


def test_a_lead_place_takes_the_name_the_next_sentence_gives_however_typed() -> None:
    text = (
        "Pier reopens\n\n"
        "A Victorian pier in Norfolk has reopened after storm damage.\n\n"
        "Brackwell Pier, built in 1871, was shut in 2021 after engineers found cracks.\n\n"
        "The restoration saw 30 of the pier's 90 columns replaced."
    )
    claims = split_text(text)
    assert claims[0].text.startswith("A Victorian pier [Brackwell Pier] in Norfolk")
    columns = next(c for c in claims if "90 columns" in c.text)
    assert "pier's [Brackwell Pier] 90 columns" in columns.text


def test_a_lead_place_named_in_what_a_council_reports() -> None:
    text = (
        "Bridge to close\n\n"
        "A 120-year-old road bridge is to close for a year for repairs.\n\n"
        "Tarrow Bridge will shut to traffic from 3 March, Elmfield County Council said."
    )
    claim = split_text(text)[0]
    assert claim.text.startswith("A 120-year-old road bridge [Tarrow Bridge]")


def test_rather_than_never_gives_the_denied_half_as_a_claim() -> None:
    claims = split_text("Developers argue the problem is planning delays rather than profiteering.")
    assert not any(c.text == "The problem is profiteering." for c in claims)


def test_a_name_outside_which_something_stands_is_a_place_not_the_firm() -> None:
    text = (
        "Wedding venue owner jailed\n\n"
        "Tom Reddle ran Mossgate Barn, a converted farm building outside Bristol.\n\n"
        "The court heard his bank refused to extend the firm's overdraft."
    )
    claim = _claim(text, "overdraft")
    assert "Bristol's overdraft" not in claim.text


def test_mrs_x_is_not_the_man_of_that_surname_the_book_knows() -> None:
    text = (
        "Venue owner jailed\n\n"
        "Among the victims were Anna and Tom Bexley, who lost a £5,000 deposit. Speaking "
        'outside court, Mrs Bexley said the sentence was "some comfort".'
    )
    claim = _claim(text, "some comfort")
    assert claim.speaker == "Mrs Bexley"


def test_a_clause_that_says_which_goes_after_its_owning_noun() -> None:
    text = (
        "Library\n\n"
        "A department store that has stood empty for five years is to become a library.\n\n"
        "Historian Ann Lee said the store's frontage was built in 1932."
    )
    frontage = _claim(text, "frontage").text
    assert "[that has stood empty for five years] store" not in frontage
    assert frontage.startswith("The store [that has stood empty for five years]'s frontage")


def test_the_company_is_not_the_place_its_own_staff_are_in() -> None:
    text = (
        "Kelby's scooter hire scheme will end in September.\n\n"
        "Operator Zipwell said it was disappointed.\n\n"
        "The company employs 38 staff in Kelby, who it said would be offered other jobs."
    )
    claim = _claim(text, "38 staff")
    assert not claim.text.startswith("Kelby")
    assert all(not c.text.startswith("Kelby would") for c in split_text(text))


def test_a_description_never_means_a_name_its_sentence_gives_only_after_it() -> None:
    text = (
        "A hockey club has been taken over by its supporters.\n\n"
        "More than 2,300 people bought shares in the trust, which said the money would pay "
        "its creditors, including the rink operator, Dunmere Leisure Trust."
    )
    claim = _claim(text, "bought shares")
    assert "Dunmere" not in claim.text
