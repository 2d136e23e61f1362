"""A claim names what a description, a bare count or an unplaced measure leaves out, in
brackets, only when one reading fits; otherwise it keeps the article's words and says what is
missing. Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_aircraft_takes_the_model_named_for_planes_just_before() -> None:
    text = (
        "Skyward Air is to buy up to 40 of Aerodyne's new K9X planes. "
        "The carrier has made a firm order for 25 of the aircraft."
    )
    assert "25 of the [K9X] aircraft" in _claim(text, "firm order").text


def test_the_plans_take_the_scope_of_the_plans_first_mentioned() -> None:
    text = (
        "The city council will discuss plans for closing libraries on Monday. "
        "The proposals include cutting nine branches to four. "
        "The plans have faced stiff opposition from residents."
    )
    proposals = _claim(text, "nine branches")
    assert proposals.text.startswith("The proposals [for closing libraries] include")
    opposition = _claim(text, "stiff opposition")
    assert opposition.text.startswith("The plans [for closing libraries] have")
    assert not opposition.needs_context


def test_an_indefinite_mention_in_between_is_another_plan_and_nothing_is_filled() -> None:
    text = (
        "The council will discuss plans for closing libraries on Monday. "
        "An alternative blueprint had been put forward by councillor Ann Reid. "
        "There was speculation the mayor might back the plan."
    )
    claim = _claim(text, "might back")
    assert "[" not in claim.text
    assert claim.needs_context
    assert "which plan?" in claim.context_note


def test_a_committee_takes_the_body_it_was_introduced_with() -> None:
    text = (
        "A committee of the Harbour Board will meet on Monday. "
        "The committee's decision was approved by the minister on Friday."
    )
    claim = _claim(text, "was approved")
    assert claim.text.startswith("The committee [of the Harbour Board]'s decision")


def test_two_more_counts_what_was_counted_just_before() -> None:
    text = (
        "Aerodyne is to sell 10 of its K9X jets to Nordwing, which has the option to buy two more."
    )
    assert "two more [K9X jets]" in _claim(text, "option to buy").text


def test_a_count_of_an_unnamed_thing_is_flagged() -> None:
    text = (
        "Aerodyne has set a target of 300 orders for its new jet this year. "
        "Aerodyne has sold 140 so far."
    )
    claim = _claim(text, "sold 140")
    assert claim.needs_context
    assert "140 of what?" in claim.context_note


def test_a_year_a_time_preposition_takes_is_no_count() -> None:
    claim = _claim("Wheat growing did not return to earlier levels until around 1500.", "1500")
    assert "of what?" not in claim.context_note
    sold = "Aerodyne has set a target of 3000 orders for its new jet. Aerodyne has sold 1400."
    assert "1400 of what?" in _claim(sold, "sold 1400").context_note


def test_a_number_inside_a_hyphenated_word_is_no_count() -> None:
    claim = _claim("Mother-of-three Jo Bell took her children to a clinic in Kelby.", "clinic")
    assert "of what?" not in claim.context_note


def test_a_count_whose_thing_the_claim_names_is_not_flagged() -> None:
    claim = _claim("The plan cuts the city's nine libraries to four.", "libraries")
    assert "of what?" not in claim.context_note


def test_a_measure_without_a_place_takes_the_country_the_article_is_about() -> None:
    text = (
        "Norway raises rates again\n\n"
        "Norway's central bank raised interest rates on Thursday, the third rise in Norway "
        "this year. Industrial output fell 2% in September. "
        "Prices in Norway rose 4%, and inflation slowed to 3.1%. "
        "In theory, the government has a 2% inflation target."
    )
    assert _claim(text, "fell 2%").text.startswith("Industrial output [in Norway] fell")
    assert _claim(text, "slowed to").text.startswith("Inflation [in Norway] slowed")
    target = _claim(text, "target")
    assert "the government [of Norway] has" in target.text
    assert not target.needs_context


def test_a_measure_its_modifier_makes_national_takes_the_country_too() -> None:
    text = (
        "Norway raises rates again\n\n"
        "Norway's central bank raised interest rates on Thursday, the third rise in Norway "
        "this year. Retail sales are still booming in 2004. "
        "Prices in Norway rose 4%. Car sales fell by 3% in 2004."
    )
    assert _claim(text, "booming").text.startswith("Retail sales [in Norway] are")
    assert "[in" not in _claim(text, "Car sales").text  # a firm's sales are no country's


def test_a_headline_naming_no_place_leaves_the_country_to_the_lead_measure() -> None:
    text = (
        "Prices climb faster than expected\n\n"
        "US inflation rose to 3.9% in June, official figures show. "
        "The US central bank met on Tuesday. The US jobs market is tight. "
        "Unemployment fell by 20,000."
    )
    assert _claim(text, "20,000").text.startswith("Unemployment [in the US] fell")


def test_a_lead_place_that_owns_no_measure_is_no_country_without_the_headline() -> None:
    text = (
        "Budget airline shines\n\n"
        "Budget airline Zephra made a profit, Zephra said. Shares in Zephra rose. "
        "Zephra flies to 20 cities. Output fell 2%."
    )
    assert "[in" not in _claim(text, "2%").text


def test_no_country_is_added_when_the_article_is_about_several() -> None:
    text = (
        "Norway and Sweden trade rates\n\n"
        "Norway and Sweden raised rates on Thursday. Norway cut taxes and Sweden did not. "
        "Inflation slowed to 3.1%."
    )
    assert "[in" not in _claim(text, "slowed to").text


def test_the_lead_sentence_gives_its_group_a_scope_later_claims_keep() -> None:
    text = (
        "Nurses in the Welsh health service earn less than doctors, a survey found.\n\n"
        "Only 12% of nurses earn more than £40,000. "
        "Nurses in private clinics earn more."
    )
    assert "12% of nurses [in the Welsh health service] earn" in _claim(text, "£40,000").text
    assert "[" not in _claim(text, "private clinics").text


def test_these_and_such_with_nothing_before_them_are_flagged() -> None:
    text = "The regulator was not convinced by these explanations."
    claim = _claim(text, "explanations")
    assert "which explanations?" in claim.context_note


def test_idioms_with_that_and_such_are_not_flagged() -> None:
    text = "Sales grew in that way for years, on such a scale that rivals left the market."
    assert "which" not in _claim(text, "grew").context_note


def test_the_workforce_belongs_to_the_group_the_lead_scoped() -> None:
    text = (
        "Nurses in the Welsh health service earn less than doctors, a survey found.\n\n"
        "Only 5% of the workforce is over 60. Nurses make up half of the workforce."
    )
    assert "5% of the [Welsh health service] workforce" in _claim(text, "over 60").text
    half = _claim(text, "half of")  # the claim's group already carries the scope: said once
    assert half.text.count("Welsh health service") == 1


def test_a_description_in_a_second_clause_is_resolved_or_flagged_too() -> None:
    text = (
        "Prime Minister John Harper met union leaders on Monday. "
        "For a time, there was speculation the prime minister might resign. "
        "Funding followed in May and the company floated in 1999."
    )
    assert "speculation John Harper might resign" in _claim(text, "resign").text
    assert "which company?" in _claim(text, "floated").context_note


def test_a_description_with_a_named_apposition_is_not_flagged() -> None:
    text = "The sport's ruling body, the IAFF, is taking a cautious approach to the allegations."
    assert "which sport?" not in _claim(text, "cautious").context_note


def test_a_one_of_a_kind_noun_and_a_figure_just_given_are_not_flagged() -> None:
    assert not _claim("The internet has changed retail.", "retail").needs_context
    text = "Only 5% of staff are over 60, although in Oslo the figure rises to 9%."
    assert "which figure?" not in _claim(text, "over 60").context_note


def test_each_standing_for_things_unnamed_is_flagged() -> None:
    claim = _claim("Each will be available in short and long range versions.", "available")
    assert "who or what is 'Each'?" in claim.context_note
    claim = _claim("The two saw potential in the idea.", "potential")
    assert "who or what is 'The two'?" in claim.context_note


def test_they_is_the_one_plural_subject_before_it_in_its_sentence() -> None:
    text = (
        "Nurses in the Welsh health service earn less than doctors, a survey found.\n\n"
        "The survey found few nurses worked nights, but they made up most of the ward staff."
    )
    claim = _claim(text, "ward staff")
    assert claim.text.startswith("Nurses [in the Welsh health service] made up")
    assert not claim.needs_context


def test_they_inside_the_noun_it_could_mean_is_not_that_noun() -> None:
    text = "The lists they devised soon became popular and the two saw potential in the idea."
    claim = _claim(text, "lists")
    assert "who is 'they'?" in claim.context_note


def test_a_sentence_kept_whole_stands_alone_like_any_clause() -> None:
    text = (
        "Nurses in the Welsh health service earn less than doctors, a survey found.\n\n"
        "The workforce is largely focused around Cardiff, with 60% in the service based there."
    )
    assert _claim(text, "Cardiff").text.startswith("The [Welsh health service] workforce is")


def test_a_role_resolved_to_a_person_keeps_the_claim_with_the_full_name() -> None:
    text = (
        "Former military ruler Gen Tomas Varga led the country from 1970 to 1985. "
        "Gen Varga is now facing charges in Lima. "
        "The general's opponents rejoiced at the ruling, which was agreed in Lima."
    )
    assert _claim(text, "rejoiced").text.startswith("Tomas Varga's opponents rejoiced")


def test_they_with_another_group_named_as_an_object_is_not_guessed() -> None:
    text = (
        "Medco still sells its Alvin and Brix tablets, though studies have suggested that they "
        "may harm the liver."
    )
    claim = _claim(text, "harm the liver")
    assert "Studies may" not in claim.text
    assert claim.text.startswith("They may")
    assert claim.needs_context


def test_a_kind_of_thing_described_earlier_is_not_the_thing_meant_later() -> None:
    text = (
        "The ruling would have let Norvik's managers block the sale of any company assets. "
        "Norvik has said the sale amounts to theft."
    )
    claim = _claim(text, "amounts to theft")
    assert "[of any company assets]" not in claim.text
    text = (
        "Norvik said the auction was illegal under international and Danish law. "
        "The authorities said they were imposing the law to recover unpaid taxes."
    )
    claim = _claim(text, "imposing")
    assert "[international and Danish]" not in claim.text


def test_this_with_a_thing_nothing_names_is_flagged_but_this_week_is_a_date() -> None:
    text = (
        "Adverts for Brightline were seen on a pirate site this week. "
        '"We have looked into this complaint," a spokeswoman said.'
    )
    complaint = _claim(text, "looked into")
    assert complaint.needs_context
    assert "which complaint?" in complaint.context_note
    # `this week` is a date (flagged only because this article gives no date), not a thing
    assert (
        _claim(text, "pirate site").context_note == "when is 'this week'? the article gives no date"
    )


def test_a_bare_surname_takes_the_given_names_the_article_introduced() -> None:
    text = (
        "Boxer Dana Kessler has sued promoter Luis Ferrante for unpaid fees. "
        "Mr Ferrante denies owing the money. "
        "Kessler won two world titles in 2019."
    )
    assert _claim(text, "world titles").text.startswith("[Dana] Kessler won")
    assert _claim(text, "denies owing").text.startswith("Mr [Luis] Ferrante denies")


def test_a_surname_two_people_share_is_left_as_written_and_flagged() -> None:
    text = (
        "Ruth Kessler and her brother Tom Kessler founded the bakery in 1990. "
        "Kessler sold the stake in 2015."
    )
    stake = _claim(text, "sold the stake")
    assert stake.text.startswith("Kessler sold")
    assert "which Kessler?" in stake.context_note


def test_it_in_a_spokespersons_report_is_the_organisation_spoken_for() -> None:
    text = (
        "Brightline said its adverts were found on a pirate site. "
        "It has asked the site to remove them, a spokesman said."
    )
    asked = _claim(text, "asked the site")
    assert asked.text.startswith("Brightline has asked")
    assert asked.speaker == "a spokesman [for Brightline]"
    assert "who is 'them'?" in asked.context_note  # the adverts, named only before the claim
    assert "which site?" in asked.context_note  # `a pirate site`: the article never says which


def test_these_as_an_object_and_both_with_an_invariant_plural_are_flagged() -> None:
    text = (
        "The council runs six libraries and two pools. "
        "The plan includes merging these into three centres. "
        "Residents had used both aircraft in the past."
    )
    merging = _claim(text, "merging these")
    assert "what are 'these'?" in merging.context_note
    assert "which aircraft?" in _claim(text, "both aircraft").context_note


def test_those_with_a_clause_saying_whom_is_not_flagged() -> None:
    text = "Ministers gave grants to those who lost their homes in floods."
    assert not _claim(text, "grants").needs_context


def test_a_description_whose_relative_clause_was_split_off_is_still_flagged() -> None:
    text = (
        "Health officials spoke on Monday. "
        "The scheme, which started in 2019, has cut waiting times by 20%."
    )
    cut = _claim(text, "waiting times")
    assert cut.text.startswith("The scheme has cut")
    assert "which scheme?" in cut.context_note


def test_here_with_no_place_in_the_claim_is_flagged() -> None:
    text = (
        "Many firms advertise on pirate sites. "
        '"Firms pay far less for adverts here than on news sites," an analyst said. '
        "Sales here in Leeds rose by 5% last year."
    )
    assert "where is 'here'?" in _claim(text, "pay far less").context_note
    assert "where is 'here'?" not in _claim(text, "Leeds").context_note


def test_the_bank_as_an_object_is_the_one_bank_named() -> None:
    text = (
        "Acme Bank will pay $8m to settle the case. "
        "A judge had filed a complaint against the bank in May 2004."
    )
    assert _claim(text, "complaint").text == (
        "A judge had filed a complaint against Acme Bank in May 2004."
    )


def test_the_bank_as_an_object_with_two_banks_named_is_flagged() -> None:
    text = (
        "Acme Bank and Bolt Bank will pay $8m to settle the case. "
        "A judge had filed a complaint against the bank in May 2004."
    )
    claim = _claim(text, "complaint")
    assert "against the bank" in claim.text
    assert "which bank?" in claim.context_note


def test_a_clause_set_off_by_commas_does_not_say_which_settlement() -> None:
    text = (
        "Acme Bank will pay $8m to victims under a Madrid court settlement. "
        "The victims' lawyers rejoiced at the settlement, which was agreed in May 2004."
    )
    assert "at the [Madrid court] settlement, which" in _claim(text, "rejoiced").text


def test_a_clause_without_commas_says_which_settlement() -> None:
    text = (
        "Acme Bank will pay $8m to victims under a Madrid court settlement. "
        "The victims' lawyers rejoiced at the settlement that was agreed in May 2004."
    )
    assert "[" not in _claim(text, "rejoiced").text


def test_it_in_a_clause_the_named_firm_governs_needs_no_flag() -> None:
    text = (
        "The Acme Corporation is one of a few survivors of the 2008 crash "
        "although it now faces rivals."
    )
    claim = _claim(text, "survivors")
    assert claim.text.startswith("The Acme Corporation is one of")
    assert not claim.needs_context


def test_it_after_another_name_is_still_asked_about() -> None:
    text = "Brightline Telecom bought Nortex Group in 2004 because it needed more factories."
    assert "who is 'it'?" in _claim(text, "factories").context_note


def test_the_opportunity_with_nothing_saying_which_is_flagged() -> None:
    text = "Many big brands have seized the opportunity in 2004."
    assert "which opportunity?" in _claim(text, "seized").context_note
    text = "Many big brands have seized the opportunity to advertise on Nortex in 2004."
    assert not _claim(text, "seized").needs_context


def test_an_alternative_says_to_what_or_is_flagged() -> None:
    text = "An alternative blueprint had been put forward by councillor Ann Reid in May 2004."
    assert "alternative to what?" in _claim(text, "blueprint").context_note
    text = "An alternative to the bypass had been put forward by councillor Ann Reid in May 2004."
    assert "alternative to what?" not in _claim(text, "put forward").context_note
    text = "Nortex Group paid more than any rival bid in 2004."
    assert not _claim(text, "rival bid").needs_context


def test_a_noun_that_frames_the_clause_after_is_points_at_nothing() -> None:
    text = "The reality is that the millions of listeners represent a very attractive audience."
    assert not _claim(text, "attractive audience").needs_context


def test_it_is_time_has_no_one_behind_it() -> None:
    text = "Ann Reid believes it is time advertisers stopped paying pirate sites."
    assert "who is 'it'?" not in _claim(text, "stopped paying").context_note


def test_a_sector_named_by_its_modifier_needs_no_earlier_mention() -> None:
    text = "The debate rages on as the music industry continues its threats to sue in 2004."
    assert "which industry?" not in _claim(text, "music industry").context_note


def test_a_capitalised_word_inside_a_name_is_not_a_description() -> None:
    text = (
        "The reorganisation drew a question mark over the futures of the Black Watch, "
        "the Kings Own Scottish Borderers and the Royal Scots in 2004."
    )
    assert "which kings?" not in _claim(text, "question mark").context_note


def test_they_after_a_subject_named_in_apposition_is_that_group() -> None:
    text = (
        "The Save the Harbour campaigners were so angered they threatened to stand against "
        "Mayor Ann Cole in May 2024."
    )
    assert not _claim(text, "threatened").needs_context


def test_a_speaker_described_by_a_place_or_event_is_not_named() -> None:
    claim = _claim(
        "The Athens Olympic gold medallist says Ann Reid damaged her reputation.", "Reid"
    )
    assert claim.speaker == "the Athens Olympic gold medallist"
    assert "who is 'the Athens Olympic gold medallist'?" in claim.context_note
    text = "Analysts at Nortex Bank said rates would rise by 2% in 2005."
    assert not _claim(text, "would rise").needs_context


def test_an_object_them_with_nothing_before_it_to_stand_for_is_flagged() -> None:
    text = "Nortex has good ties with both. Nortex has called on them to avoid a trade war."
    assert "who is 'them'?" in _claim(text, "called on").context_note
    text = "Nortex wants its rivals to stop paying the staff who built them in 2004."
    assert not _claim(text, "built them").needs_context


def test_a_speech_act_by_she_split_off_a_named_subject_s_clause_is_hers() -> None:
    text = (
        "Ann Reid is under investigation by Nora Lind. Reid has continually denied taking "
        "bribes since 2004, although she praised a gift Lind gave."
    )
    claim = _claim(text, "praised")
    assert claim.text.startswith("Reid praised a gift")
    assert claim.speaker == "Ann Reid"
    assert not claim.needs_context


def test_it_is_the_thing_the_sentence_before_was_about_when_nothing_else_fits() -> None:
    text = "The bypass plan was approved on Monday by Ann Reid. It will cost $5m."
    assert _claim(text, "cost").text == "The bypass plan will cost $5m."


def test_it_after_a_thing_an_organisation_owns_or_acting_is_asked_about() -> None:
    for text in (
        "The company's share price fell in 2004. It will cost $5m.",
        "The bypass plan was approved in 2004. It said the cost was $5m.",
    ):
        claim = split_text(text)[-1]
        assert "'It'?" in claim.context_note
        assert "plan said" not in claim.text


def test_it_after_a_sentence_with_two_things_is_asked_about() -> None:
    text = "The report criticised the scheme in 2004. It was launched in 2001."
    claim = _claim(text, "launched")
    assert claim.text == "It was launched in 2001."
    assert "who is 'It'?" in claim.context_note


def test_it_that_names_a_time_is_not_the_thing_before() -> None:
    text = "The bypass plan was approved on Monday. It was the first time the council agreed."
    assert "bypass plan was the first" not in _claim(text, "first time").text


def test_the_agency_is_not_a_country_s_initials() -> None:
    text = (
        "A US regulator will decide on Friday whether a painkiller can stay on the market. "
        "The agency's advisers voted 17 to 15 to let it return."
    )
    claim = _claim(text, "advisers")
    assert claim.text.startswith("The agency's advisers")
    assert "which agency?" in claim.context_note


def test_he_in_a_quotation_is_never_its_speaker_and_is_not_guessed() -> None:
    text = (
        "Striker Leo Marsh has been banned for two years. His club, Nortex United, said it was "
        "disappointed. The team's manager, Ian Cole, said the player had let down his "
        'team-mates. "He knows what he did was wrong," Cole said.'
    )
    claim = _claim(text, "knows what")
    assert claim.text.startswith("He knows")
    assert "who is 'He'?" in claim.context_note


def test_the_company_misread_as_a_noun_with_a_participle_takes_its_name() -> None:
    text = (
        "Nortex Corp was set up by two students in 1990. A second round of funding followed "
        "in the autumn and the company floated in April 1996 with less than 50 employees."
    )
    assert _claim(text, "floated").text.startswith("Nortex Corp floated in April 1996")


def test_it_after_the_one_thing_its_own_claim_names_needs_no_flag() -> None:
    text = "When ministers announced a reorganisation it drew protests from three towns in 2004."
    assert not _claim(text, "protests").needs_context
    text = "When the council sold the plant to a developer it drew protests in 2004."
    assert "who is 'it'?" in _claim(text, "protests").context_note


# A company's one-word name is often read as a person's: then `the firm`/`the company` could
# mean it as well as the one organisation the recognizer typed, and neither is filled in.
_TWO_FIRMS = (
    "A little-known Russian company has bought the main unit of oil giant Yarnov at auction. "
    "Kirov Finance Group outbid Gazprom to buy the unit. "
    "Yarnov reacted by repeating its view that the auction was illegal. "
)


def test_the_firm_is_not_the_one_typed_firm_when_a_name_read_as_a_person_could_be_it() -> None:
    text = _TWO_FIRMS + (
        "The sale came despite an order issued by a US court dealing with the firm's "
        "bankruptcy application."
    )
    claim = _claim(text, "bankruptcy application")
    assert "Kirov" not in claim.text
    assert "which firm?" in claim.context_note


def test_the_company_does_not_take_an_earlier_description_when_a_firm_was_named_since() -> None:
    quote = '"The company considers that the buyer has bought a headache," said a spokesman.'
    text = _TWO_FIRMS + quote
    claim = _claim(text, "headache")
    assert claim.text.startswith("The company considers")  # not `The [Russian] company`
    assert "which company?" in claim.context_note


def test_the_students_are_the_two_people_named_beside_them_before() -> None:
    text = (
        "Corvane was set up by Leeds University students Ana Silva and Tom Berg in 1990. "
        "The students wanted a way of sharing their lecture notes."
    )
    assert _claim(text, "lecture notes").text.startswith("The students [Ana Silva and Tom Berg]")


def test_one_name_beside_a_plural_is_not_all_of_them() -> None:
    text = (
        "Corvane was set up by students, Ana Silva among them, in 1990. "
        "The students wanted a way of sharing their lecture notes."
    )
    assert "Ana Silva" not in _claim(text, "lecture notes").text


def test_the_auction_takes_what_the_one_auction_told_of_was_of() -> None:
    text = (
        "The state will hold the auction of Nortex's main oil unit on Sunday. "
        "A little-known group is expected to win at an auction on Friday. "
        "The sale was set to cover unpaid taxes. "
        "Analysts said the auction would raise less than $10bn."
    )
    assert "auction [of Nortex's main oil unit] would" in _claim(text, "$10bn").text
    # an article may tell of a sale other than the auction: `the sale` is not taken to be it
    sale = _claim(text, "unpaid taxes")
    assert sale.text.startswith("The sale was") and "which sale?" in sale.context_note


def test_two_auctions_of_different_things_leave_the_auction_unnamed() -> None:
    text = (
        "The state will hold the auction of Nortex's main oil unit on Sunday. "
        "It also plans the auction of Balvek's refinery in May. "
        "A little-known group is expected to win at an auction on Friday. "
        "Analysts said the auction would raise less than $10bn."
    )
    claim = _claim(text, "$10bn")
    assert "[" not in claim.text and "which auction?" in claim.context_note


def test_the_thing_an_indefinite_mention_introduced_with_a_clause_is_that_one() -> None:
    text = (
        "A judge has blocked a rule that would have banned scooters from city pavements. "
        "The rule would have fined riders up to $500."
    )
    claim = next(c for c in split_text(text) if "fined riders" in c.text)
    assert claim.text.startswith(
        "The rule [that would have banned scooters from city pavements] would have fined"
    )
    assert not claim.needs_context


def test_a_clause_set_off_by_a_comma_does_not_say_which() -> None:
    text = (
        "A judge has blocked a rule, which was passed in May. "
        "The rule would have fined riders up to $500."
    )
    claim = next(c for c in split_text(text) if "fined riders" in c.text)
    assert "[" not in claim.text


def test_a_clause_introducing_a_thing_after_the_first_sentence_does_not_say_which() -> None:
    text = (
        "The mayor spoke about transport on Monday. "
        "She said the city passed a rule that would ban scooters from pavements. "
        "The rule was approved by the council in 2019."
    )
    claim = next(c for c in split_text(text) if "approved by the council" in c.text)
    assert "[" not in claim.text


def test_a_replaced_it_keeps_its_contracted_is_a_verb() -> None:
    text = "The new ferry is late and it's in the yard at Hull until May."
    claim = next(c for c in split_text(text) if "in the yard" in c.text)
    assert claim.text.startswith("The new ferry [is] in the yard")


def test_a_bracket_does_not_repeat_the_words_the_claim_gives_its_noun() -> None:
    text = (
        "Lumora Corp, the Danish toy maker, was founded in 1984. "
        "The toy maker has sold more than 90 million kits."
    )
    claim = next(c for c in split_text(text) if "90 million kits" in c.text)
    assert "toy [Danish toy] maker" not in claim.text


def test_an_earlier_its_gives_the_organisation_whose_thing_it_was() -> None:
    text = (
        "Lumora Corp is celebrating its 25th anniversary this month. "
        "The anniversary will be marked with a party in Aarhus on 2 May."
    )
    claim = next(c for c in split_text(text) if "party in Aarhus" in c.text)
    assert claim.text.startswith("The [Lumora Corp's 25th] anniversary will be marked")


def test_an_earlier_its_that_is_not_the_subjects_gives_no_owner() -> None:
    text = (
        "Lumora Corp said the museum is celebrating its 25th anniversary this month. "
        "The anniversary will be marked with a party in Aarhus on 2 May."
    )
    claim = next(c for c in split_text(text) if "party in Aarhus" in c.text)
    assert "Lumora Corp's" not in claim.text


def test_a_measure_no_place_is_given_for_is_flagged_not_placed() -> None:
    text = (
        "Council tax to rise\n\n"
        "Council tax bills in England will rise by 4.1% in April. "
        "Inflation stood at 1.6% in January. "
        "Acme said growth slowed to 3% at the firm. "
        "Shares were floated on the stock market in 2003 at 190p."
    )
    inflation = _claim(text, "1.6%")
    assert inflation.text.startswith("Inflation stood")  # no country is guessed
    assert "where? 'Inflation' names no place" in inflation.context_note
    assert "where?" not in _claim(text, "slowed").context_note  # a firm's figure
    assert "where?" not in _claim(text, "190p").context_note


def test_the_auction_takes_the_owner_the_one_auction_was_told_of_with() -> None:
    text = (
        "Balvek's auction drew 12 bidders on Friday. "
        "Analysts said the auction had been rushed through by the state."
    )
    claim = _claim(text, "rushed")
    assert "[Balvek's] auction had been rushed" in claim.text
    assert "which auction?" not in claim.context_note


def test_two_owners_of_auctions_leave_the_auction_unnamed_and_flagged() -> None:
    text = (
        "Balvek's auction drew 12 bidders on Friday. Nortex's auction drew none on Monday. "
        "Analysts said the auction had been rushed through by the state."
    )
    claim = _claim(text, "rushed")
    assert "[" not in claim.text and "which auction?" in claim.context_note


def test_a_name_and_a_scope_with_that_name_are_one_identity() -> None:
    text = (
        "Nortex unit fetches $9bn\n\n"
        "The main unit of oil giant Nortex was sold for $9bn on Sunday. "
        "A little-known group won at an auction in Moscow. "
        "The unit was seized by the state in July."
    )
    claim = _claim(text, "seized")
    assert claim.text.startswith("The unit [of oil giant Nortex] was seized")


def test_a_decision_owned_by_a_description_takes_what_the_decision_was_on() -> None:
    text = (
        "City officials are expected to make a final decision on the future of Elm Park.\n\n"
        "A committee of the council will discuss plans for selling the park on Monday. "
        "The committee's decision must be ratified by Mayor Ann Reid and Governor Bo Park."
    )
    claim = _claim(text, "ratified")
    assert "decision [on the future of Elm Park] must be ratified" in claim.text
    assert "which decision?" not in claim.context_note


def test_the_suit_is_the_lawsuit_the_article_told_of() -> None:
    text = (
        "Nortex has filed a lawsuit for libel against rival Balvek. "
        "Nortex is seeking $2m in the suit."
    )
    assert "in the suit [for libel against rival Balvek]" in _claim(text, "seeking").text


def test_a_bracket_that_repeats_the_claims_own_words_is_no_answer() -> None:
    text = (
        "Brightline adverts were spotted on a pirate site this week. "
        "Brightline has asked for the advert to be taken down, a spokeswoman said."
    )
    claim = _claim(text, "taken down")
    assert "[Brightline] advert" not in claim.text
    assert "which advert?" in claim.context_note


def test_a_link_nothing_in_the_claim_names_is_flagged() -> None:
    text = "Norway has resisted pressure to break the link or to shift its currency peg."
    assert "which link?" in _claim(text, "resisted").context_note


def test_the_plan_takes_what_the_one_plan_was_to_do_but_not_its_day() -> None:
    text = (
        "Acme unveiled a plan to cut 500 jobs in Leeds on Monday. "
        "Unions said the plan was a betrayal of workers."
    )
    claim = _claim(text, "betrayal")
    assert claim.text.startswith("The plan [to cut 500 jobs in Leeds] was")


def test_the_drug_takes_the_name_given_beside_it() -> None:
    text = (
        "US regulators will rule on whether Zentor's drug Zenla is safe. "
        "The drug was withdrawn in May after heart attacks in 12 patients."
    )
    assert _claim(text, "withdrawn").text.startswith("The drug [Zenla] was withdrawn")


def test_the_survey_takes_the_name_of_who_made_it() -> None:
    text = (
        "Firms in Norway are gloomier than those in Sweden, according to a survey by "
        "Brightwater. Analysts doubted the survey."
    )
    assert "the survey [by Brightwater]" in _claim(text, "doubted").text


def test_the_survey_takes_its_author_not_whom_it_asked() -> None:
    text = (
        "Firms in Norway are gloomier than those in Sweden, according to a survey of 1,300 "
        "bosses by Brightwater.\n\nAnalysts doubted the survey."
    )
    assert "the survey [by Brightwater]" in _claim(text, "doubted").text


def test_the_founders_of_the_one_firm_the_claim_is_about_need_no_question() -> None:
    text = (
        "Brightline, one of the net's best-known firms, is ten years old.\n\n"
        'Originally dubbed "Bo\'s List" the firm adopted the name Brightline because the '
        "founders liked the sound of it."
    )
    claim = _claim(text, "sound of it")
    assert "which founders?" not in claim.context_note
    assert "[" not in claim.text  # nothing is guessed into the claim


def test_the_drug_after_its_name_in_the_claim_is_not_asked_about() -> None:
    text = (
        "US regulators will rule on whether Acme's drug Zenla is safe.\n\n"
        "Analysts said putting Zenla back on the shelves would ease legal battles with people "
        "injured by the drug."
    )
    claim = _claim(text, "legal battles")
    assert "which drug?" not in claim.context_note


def test_a_value_is_not_an_identity_for_a_later_mention() -> None:
    text = (
        "Norland jobless total rises\n\n"
        "The Labour Office said 5.04 million people were unemployed in January, a rate of 12.1%. "
        "The rate is highest in the east of the country. "
        "The plan of 2003 failed. The plan was dropped."
    )
    east = _claim(text, "highest in the east")
    assert "12.1%" not in east.text  # the east's rate is not the national 12.1%
    assert "which rate?" in east.context_note
    assert _claim(text, "dropped").text == "The plan [of 2003] was dropped."


def test_a_bare_site_or_proceeding_takes_its_one_identity_or_is_flagged() -> None:
    text = (
        "Carmaker to shut plant\n\n"
        "Kessel will close its Dunmore Vale plant in June, with the loss of 1,200 jobs. "
        "Workers had accepted a pay freeze on the understanding that the plant had a future. "
        "The union described the closure as an act of vandalism."
    )
    assert "Dunmore Vale] plant had a future" in _claim(text, "pay freeze").text
    # the lead's act names the closure (test_splitter_leading_things.py)
    closure = _claim(text, "vandalism")
    assert "the closure [of Kessel's Dunmore Vale plant]" in closure.text
    assert "which closure?" not in closure.context_note


def test_a_person_called_by_nationality_or_ranking_is_asked_about_not_left_bare() -> None:
    claims = split_text(
        "Ivo Marek beat Sam Dalton 6-2 6-4 at the Lakeside Open on 4 June 2004.\n\n"
        "The Canadian needed only 50 minutes. The world number three is seeded first.\n"
    )
    canadian = next(c for c in claims if "50 minutes" in c.text)
    assert canadian.needs_context and "The Canadian" in canadian.context_note
    ranked = next(c for c in claims if "seeded first" in c.text)
    assert ranked.needs_context and "number three" in ranked.context_note


def test_an_aged_owner_is_the_person_the_sentence_before_was_about() -> None:
    claims = split_text(
        "Owen Hale, 52, was jailed for fraud on 3 May 2004.\n\n"
        "The 52-year-old's former secretary was arrested in June.\n"
    )
    secretary = next(c for c in claims if "secretary" in c.text)
    assert secretary.text.startswith("Owen Hale's former secretary")


def test_a_party_called_by_its_group_name_is_not_asked_about() -> None:
    claims = split_text("The Democrats won 40% of the vote in Ohio in 2004.\n")
    assert "who is" not in claims[0].context_note


def test_the_ruling_is_the_one_a_named_judge_spoke_in() -> None:
    text = (
        "Judge Ann Lee said in a 40-page ruling that the ban on street stalls was unlawful. "
        "The council had fined 40 traders since 2019. "
        "The ruling will be appealed, the council said."
    )
    claim = _claim(text, "appealed")
    assert claim.text.startswith("[Judge Ann Lee's] ruling will be appealed")
    assert "which ruling?" not in claim.context_note


def test_the_ruling_after_two_judges_spoke_in_rulings_is_asked() -> None:
    text = (
        "Judge Ann Lee said in a ruling that the ban on street stalls was unlawful. "
        "Judge Tom Hale said in a ruling that the ban on food vans was lawful. "
        "The ruling will be appealed, the council said."
    )
    claim = _claim(text, "appealed")
    assert "[" not in claim.text
    assert "which ruling?" in claim.context_note


def test_the_flaw_takes_the_name_the_headline_gave_the_one_flaw() -> None:
    text = (
        "Gamers told to patch Nimbus console flaw\n\n"
        "Owners of games consoles have been told to update them after a serious flaw was found.\n\n"
        "The flaw lets attackers read saved passwords."
    )
    claim = _claim(text, "saved passwords")
    assert claim.text.startswith("The [Nimbus console] flaw lets")
    assert "which flaw?" not in claim.context_note


def test_two_flaws_introduced_leave_the_flaw_asked_about() -> None:
    text = (
        "Gamers told to patch Nimbus console flaw\n\n"
        "Owners of games consoles have been told to update them after a serious flaw was found.\n\n"
        "Last year a flaw was found in a rival machine.\n\n"
        "The flaw lets attackers read saved passwords."
    )
    claim = _claim(text, "saved passwords")
    assert "[" not in claim.text
    assert "which flaw?" in claim.context_note


def test_a_named_thing_told_of_after_an_unnamed_one_is_not_taken_for_it() -> None:
    text = (
        "Last year's Kelso blaze destroyed 20 homes.\n\n"
        "On Monday a blaze broke out at a warehouse.\n\n"
        "The blaze spread to two houses."
    )
    claim = _claim(text, "two houses")
    assert "Kelso" not in claim.text
    assert "which blaze?" in claim.context_note


def test_the_show_takes_the_title_set_right_after_its_noun() -> None:
    text = (
        "Ratings fell after the failure of the game show Lucky Streak Live.\n\n"
        "The show cost about £4m to make."
    )
    assert _claim(text, "cost about").text.startswith("The show [Lucky Streak Live] cost")


def test_the_thing_takes_where_a_name_placed_it_when_introduced() -> None:
    text = (
        "Floods in northern Ruritania have left 40 people dead.\n\n"
        "Aid workers said the floods had destroyed 300 homes."
    )
    claim = _claim(text, "300 homes")
    assert claim.text.startswith("The floods [in northern Ruritania] had destroyed")


def test_a_bracket_that_only_gives_an_amount_asks_which_instead() -> None:
    text = (
        "Water firms that miss the target could face fines of up to £2m a year.\n\n"
        "The fines would hit customers, critics said."
    )
    claim = _claim(text, "hit customers")
    assert "[" not in claim.text
    assert "which fines?" in claim.context_note


def test_a_scope_with_a_pronoun_of_its_own_is_not_copied() -> None:
    text = (
        '"We are storing up problems for our grandchildren," the minister said.\n\n'
        '"Farmers are not the problem," a spokesman said.'
    )
    assert "[" not in _claim(text, "not the problem").text


def test_the_target_told_of_before_is_asked_about_but_a_banks_own_is_not() -> None:
    text = (
        "Schools will be set binding targets to cut truancy by 2012, ministers said.\n\n"
        "The teachers' union welcomed the target.\n\n"
        "The Reserve Bank's target is 3%."
    )
    assert "which target?" in _claim(text, "welcomed").context_note
    assert "which target?" not in _claim(text, "3%").context_note


def test_a_name_the_parser_hangs_before_the_noun_names_it_later() -> None:
    text = (
        "A UK Rowing disciplinary panel banned Tom Reed for a year on Monday.\n\n"
        '"The panel ignored the evidence," his lawyer said.'
    )
    assert _claim(text, "ignored").text.startswith("The [UK Rowing disciplinary] panel")


def test_a_place_of_a_kind_after_the_noun_does_not_say_which() -> None:
    text = "Smith made the claims in a US radio programme."
    assert "which claims?" in _claim(text, "radio programme").context_note


def test_the_show_takes_the_title_set_beside_it_with_commas() -> None:
    text = (
        "The channel axed its reality show, Island Life, in March.\n\n"
        "The show attracted an average of 2.1 million viewers."
    )
    assert _claim(text, "average of").text.startswith("The show [Island Life] attracted")


def test_the_flaw_takes_the_place_a_vulnerability_was_found_in() -> None:
    text = (
        "Researchers found a vulnerability in the Nimbus console on Monday.\n\n"
        "The flaw lets attackers read saved passwords."
    )
    assert _claim(text, "saved passwords").text.startswith("The flaw [in the Nimbus console]")


def test_a_description_given_its_owner_in_brackets_asks_nothing_more() -> None:
    text = (
        "Tom Hale, 41, denies murdering Ian Cole in the town centre. "
        "Mr Hale's case is that he acted in self-defence, the jury heard. "
        "Members of Mr Cole's family sat in the public gallery as the case was opened."
    )
    claim = _claim(text, "public gallery")
    assert "[Mr Hale's] case" not in claim.text or "which case?" not in claim.context_note


def test_it_after_the_short_name_of_the_one_organisation_in_the_claim_asks_nothing() -> None:
    text = (
        "US industrial group Pemberton Holdings has offered 410p a share for Acme. "
        "Pemberton denied that it had any plans to close factories in the UK."
    )
    assert "'it'" not in _claim(text, "denied").context_note


def test_it_after_a_person_named_in_the_claim_is_still_asked_about() -> None:
    text = (
        "Pemberton Holdings has offered 410p a share for Acme. "
        "Tom Hale denied that it had any plans to close factories in the UK."
    )
    assert "'it'" in _claim(text, "denied").context_note


def test_one_standing_for_a_thing_the_claim_names_before_it_asks_nothing() -> None:
    text = "Every guard who wants a job with Vale Rail will keep one, the firm said."
    assert "one of what?" not in _claim(text, "keep one").context_note


def test_an_object_it_with_nothing_before_it_in_the_sentence_asks_what() -> None:
    text = "Mr Hale wanted his money back. Mr Cole either could not or would not pay it."
    assert "what does 'it' stand for?" in _claim(text, "pay it").context_note


def test_an_object_it_after_a_thing_the_sentence_names_asks_nothing() -> None:
    text = "Vale Air chose the K9X after carefully considering both it and rival aircraft."
    assert "'it'" not in _claim(text, "considering").context_note
