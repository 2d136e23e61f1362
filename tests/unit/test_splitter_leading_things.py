"""A later bare `the N` of a generic news word (`the storm`, `the closure`, `the scheme`) means
the thing the story's lead introduced, and takes the words that identify it; when the story
tells of another one of the kind, or the lead's mention says nothing that tells it apart, the
claim keeps its words and asks which. Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_storm_takes_the_name_the_sentence_after_the_lead_gives_the_hurricane() -> None:
    text = (
        "Floods swept through coastal towns after a strong hurricane struck the island of "
        "Marivel, officials say.\n\n"
        "Hurricane Tessaly made landfall on Monday with winds of 200km/h.\n\n"
        "Forecasters said the storm had weakened as it moved north."
    )
    claim = _claim(text, "had weakened")
    assert "storm [Hurricane Tessaly] had weakened" in claim.text


def test_a_dated_storm_of_long_ago_does_not_stop_the_name() -> None:
    text = (
        "Floods swept through coastal towns after a strong hurricane struck the island of "
        "Marivel, officials say.\n\n"
        "Hurricane Tessaly made landfall on Monday with winds of 200km/h.\n\n"
        "Sea walls have been built since a hurricane in 1987 killed 3,000 people.\n\n"
        "Forecasters said the storm had weakened as it moved north."
    )
    assert "storm [Hurricane Tessaly]" in _claim(text, "had weakened").text


def test_an_undated_second_storm_leaves_the_storm_asked_about() -> None:
    text = (
        "Floods swept through coastal towns after a strong hurricane struck the island of "
        "Marivel, officials say.\n\n"
        "Hurricane Tessaly made landfall on Monday with winds of 200km/h.\n\n"
        "Forecasters are watching a tropical storm further east.\n\n"
        "They said the storm had weakened as it moved north."
    )
    claim = _claim(text, "had weakened")
    assert "[" not in claim.text
    assert "which storm?" in claim.context_note


def test_the_closure_is_of_what_the_lead_said_the_firm_would_close() -> None:
    text = (
        "Toy maker Brindle Games is to close its warehouse in Fallowby, with the loss of 300 "
        "jobs.\n\n"
        "The firm said demand had fallen sharply.\n\n"
        "The union said it would fight the closure."
    )
    claim = _claim(text, "would fight")
    assert "the closure [of Brindle Games' warehouse in Fallowby]" in claim.text
    assert "which closure?" not in claim.context_note


def test_the_decision_is_to_do_what_the_lead_said_the_firm_would_do() -> None:
    text = (
        "Toy maker Brindle Games is to close its warehouse in Fallowby, with the loss of 300 "
        "jobs.\n\n"
        "Its chief executive, Ann Moss, said the decision had been very hard."
    )
    claim = _claim(text, "very hard")
    assert "decision [to close Brindle Games' warehouse in Fallowby]" in claim.text


def test_the_act_a_reported_lead_is_to_do_is_the_decision() -> None:
    text = (
        "Garden centre chain Pellows is to close 14 of its 62 stores, the company has "
        "announced.\n\n"
        'Chief executive Ann Moss said the decision had been "the hardest we have made".'
    )
    claim = _claim(text, "hardest")
    assert "decision [to close 14 of Pellows' 62 stores]" in claim.text


def test_a_second_closure_told_of_later_leaves_the_closure_asked_about() -> None:
    text = (
        "Toy maker Brindle Games is to close its warehouse in Fallowby, with the loss of 300 "
        "jobs.\n\n"
        "The firm will also close a depot in Marsh Lane.\n\n"
        "The union said it would fight the closure."
    )
    claim = _claim(text, "would fight")
    assert "[" not in claim.text.split("would fight")[1]
    assert "which closure?" in claim.context_note


def test_the_scheme_is_the_plans_the_lead_said_the_council_unveiled() -> None:
    text = (
        "Shoppers in Dunmore could pay to park in the town centre under parking plans unveiled "
        "by the borough council.\n\n"
        "The scheme would raise £2m a year, the council said."
    )
    claim = _claim(text, "£2m")
    assert claim.text.startswith(
        "The scheme [the parking plans unveiled by the borough council] would raise"
    )


def test_the_offer_is_the_bid_the_lead_named() -> None:
    text = (
        "Bakery chain Crustwell has rejected a £300m takeover approach from the retailer "
        "Harlow Stores.\n\n"
        "Harlow's chairman said the offer was fair."
    )
    claim = _claim(text, "was fair")
    assert "offer [the £300m takeover approach from the retailer Harlow Stores]" in claim.text


def test_a_hoped_for_higher_offer_is_another_offer() -> None:
    text = (
        "Bakery chain Crustwell has rejected a £300m takeover approach from the retailer "
        "Harlow Stores.\n\n"
        "Investors expect a higher offer.\n\n"
        "Harlow's chairman said the offer was fair."
    )
    claim = _claim(text, "was fair")
    assert "[" not in claim.text
    assert "which offer?" in claim.context_note


def test_the_study_is_the_trial_in_which_the_lead_said_the_drug_worked() -> None:
    text = (
        "A new pill for gout cut flare-ups by half in a large trial, researchers say.\n\n"
        "The study followed 2,000 patients for a year."
    )
    claim = _claim(text, "2,000 patients")
    assert claim.text.startswith("The study [the large trial of a new pill for gout] followed")


def test_a_lead_mention_that_says_nothing_of_which_fills_nothing() -> None:
    text = (
        "Crime fell last year, according to official figures.\n\n"
        "A minister said the figures were encouraging."
    )
    claim = _claim(text, "encouraging")
    assert "[" not in claim.text


def test_the_ruling_is_the_judges_the_sentence_after_the_lead_told_of() -> None:
    text = (
        "Singer Tia Vale has won her libel case against a Sunday newspaper.\n\n"
        "Mrs Justice Orme ruled that the paper had defamed her.\n\n"
        "Lawyers said the ruling would worry editors."
    )
    assert "ruling [by Mrs Justice Orme] would" in _claim(text, "worry editors").text


def test_the_ban_a_passive_lead_tells_of_is_on_its_subject_not_by_it() -> None:
    text = (
        "Welsh cyclist Tom Rees has been banned from racing for a year after a failed test.\n\n"
        "The ban starts on 1 May."
    )
    claim = _claim(text, "starts on")
    assert "ban [on Tom Rees] starts" in claim.text
    assert "by Tom Rees" not in claim.text


def test_a_courts_trial_in_the_lead_is_not_the_study() -> None:
    text = (
        "The trial of two men accused of a £5m fraud opened at Leeds Crown Court on Monday.\n\n"
        "Professors said the study had been flawed."
    )
    claim = _claim(text, "flawed")
    assert "[" not in claim.text


def test_a_bid_to_do_something_is_no_offer() -> None:
    text = (
        "Bakery chain Crustwell is to close 40 shops in a £20m bid to cut costs.\n\n"
        "Analysts said the offer was too low."
    )
    claim = _claim(text, "too low")
    assert "[" not in claim.text


def test_a_decision_told_of_after_the_leads_act_leaves_the_decision_asked_about() -> None:
    text = (
        "Parcel firm Swiftline is to close its depot in Marlow, with the loss of 200 jobs.\n\n"
        "The town council voted to refuse the firm's plans for a new site.\n\n"
        "Residents said the decision was short-sighted."
    )
    claim = _claim(text, "short-sighted")
    assert "[" not in claim.text


def test_a_lead_mention_that_says_only_when_fills_nothing() -> None:
    text = (
        "Nurses earn less than teachers, according to a study released on Tuesday.\n\n"
        "The research was carried out by a union."
    )
    assert "[" not in _claim(text, "carried out").text


_FIRE_LEAD = (
    "Hundreds of people have fled their homes in northern Greece as a forest fire spread "
    "through the hills.\n\n"
)


def test_the_blaze_is_the_fire_the_lead_placed_in_its_one_place() -> None:
    text = _FIRE_LEAD + (
        "The blaze started on Friday near a small village.\n\n"
        "About 300 firefighters were tackling the flames."
    )
    assert "The blaze [the forest fire in northern Greece] started" in _claim(text, "started").text
    assert "the flames [the forest fire in northern Greece]" in _claim(text, "tackling").text


def test_a_second_fire_told_of_leaves_the_flames_unfilled() -> None:
    text = _FIRE_LEAD + (
        "Firefighters are also tackling a smaller fire near the coast.\n\n"
        "About 300 firefighters were tackling the flames."
    )
    assert "[" not in _claim(text, "300 firefighters").text


def test_a_lead_naming_two_places_gives_the_fire_none() -> None:
    text = (
        "Hundreds of people from Athens have fled their homes in northern Greece as a forest "
        "fire spread through the hills.\n\n"
        "About 300 firefighters were tackling the flames."
    )
    assert "[" not in _claim(text, "300 firefighters").text


def test_the_walkout_is_the_strike_the_leads_named_group_is_to_hold() -> None:
    text = (
        "Nurses in Scotland are to hold a two-day strike next month in a dispute over pay.\n\n"
        "The walkout could close dozens of wards."
    )
    claim = _claim(text, "dozens of wards")
    assert claim.text.startswith("The walkout [the two-day strike by nurses in Scotland] could")


def test_a_strike_held_by_a_group_with_no_name_fills_nothing() -> None:
    text = (
        "Nurses are to hold a two-day strike next month in a dispute over pay.\n\n"
        "The walkout could close dozens of wards."
    )
    claim = _claim(text, "dozens of wards")
    assert "[" not in claim.text
    assert "which walkout?" in claim.context_note


def test_a_strike_the_group_rejected_is_not_theirs_to_hold() -> None:
    text = (
        "Nurses in Scotland have rejected a two-day strike proposed by their union.\n\n"
        "The walkout could have closed dozens of wards."
    )
    assert "[" not in _claim(text, "dozens of wards").text


def test_the_match_is_the_final_the_lead_named() -> None:
    text = (
        "Swiss player Anna Keller won the final of the Harbour Cup in Lisbon on Sunday, beating "
        "the top seed in three sets.\n\n"
        "Keller hit 12 aces in the match."
    )
    assert "the match [the final of the Harbour Cup in Lisbon]" in _claim(text, "12 aces").text


def test_the_same_word_again_takes_only_what_tells_it_apart() -> None:
    text = (
        "Nurses in Scotland are to hold a strike next month in a dispute over pay.\n\n"
        "The strike could close dozens of wards."
    )
    claim = _claim(text, "dozens of wards")
    assert claim.text.startswith("The strike [by nurses in Scotland] could")


def test_the_figures_the_lead_cites_are_on_what_its_clause_is_about() -> None:
    text = (
        "The number of homeless families in Wales rose by 4,000 last year, official figures "
        "show.\n\n"
        "Campaigners said the figures were a disgrace.\n\n"
        "The figure was the highest since 1998."
    )
    assert "figures [on the number of homeless families in Wales]" in _claim(text, "disgrace").text
    assert "[" not in _claim(text, "highest since").text  # one figure, not the figures


def test_the_deal_is_between_the_two_firms_the_lead_said_agreed_it() -> None:
    text = (
        "Two regional bus firms, Fernway Travel and Redline Group, have agreed to merge in a "
        "deal worth £80m.\n\n"
        "The deal still needs the approval of regulators."
    )
    claim = _claim(text, "approval of regulators")
    assert claim.text.startswith("The deal [between Fernway Travel and Redline Group] still")


def test_a_deal_with_one_named_party_and_a_price_says_no_which() -> None:
    text = (
        "Bus firm Redline Group has agreed to buy a rival in a deal worth £80m.\n\n"
        "The deal still needs the approval of regulators."
    )
    assert "[" not in _claim(text, "approval of regulators").text


def test_one_walkout_is_not_told_apart_among_several_strikes() -> None:
    one = (
        "Rail firm Acme Trains faces a strike by its drivers in a row over pay.\n\n"
        "The walkout would halt services."
    )
    several = one.replace("a strike", "strikes")
    assert "walkout [the strike by Acme Trains' drivers" in _claim(one, "halt services").text
    assert "[" not in _claim(several, "halt services").text


def test_a_thing_of_no_family_the_lead_introduces_is_the_later_one_of_its_noun() -> None:
    text = (
        "Water shortage for Delby homes\n\n"
        "Some 400,000 households in north-west England are to face a hosepipe ban from next "
        "week after a dry spring.\n\n"
        "Fellside Water said its reservoirs were 51% full.\n\n"
        "The ban covers the watering of gardens and the washing of cars."
    )
    claim = _claim(text, "covers the watering")
    assert claim.text.startswith(
        "The [hosepipe] ban [for some 400,000 households in north-west England] covers"
    )


def test_the_increase_is_the_rise_the_lead_gave_to_a_named_group() -> None:
    text = (
        "Nurses in Scotland are to get a pay rise of 3%, less than the 4% their union sought.\n\n"
        "The increase will be backdated to April."
    )
    claim = _claim(text, "backdated")
    assert claim.text.startswith("The increase [the pay rise for nurses in Scotland] will be")


def test_a_second_ban_told_before_the_description_leaves_it_asked_about() -> None:
    text = (
        "Some 400,000 households in north-west England are to face a hosepipe ban from next "
        "week.\n\n"
        "A neighbouring firm imposed a ban on sprinklers in May.\n\n"
        "The ban covers the watering of gardens."
    )
    claim = _claim(text, "covers the watering")
    assert "households" not in claim.text
    assert claim.needs_context


def test_this_runway_and_the_priced_runway_are_the_one_the_lead_introduced() -> None:
    text = (
        "Ministers have approved a second runway at Delby Airport near Leeds.\n\n"
        "The £300m runway is expected to open in 2011.\n\n"
        '"This runway will create thousands of jobs," said council leader Ann Pell.'
    )
    priced = _claim(text, "open in 2011")
    assert priced.text.startswith("The £300m [second] runway [at Delby Airport near Leeds]")
    jobs = _claim(text, "thousands of jobs")
    assert jobs.text.startswith("This [second] runway [at Delby Airport near Leeds] will")


def test_the_priced_runway_after_another_runway_is_left_as_written() -> None:
    text = (
        "Ministers have approved a second runway at Delby Airport near Leeds.\n\n"
        "A rival runway at Ormby was rejected last month.\n\n"
        "The £300m runway is expected to open in 2011."
    )
    assert _claim(text, "open in 2011").text.startswith("The £300m runway is expected")


# --- things the lead tells of by what happened to them ----------------------------------------

_CLIMBERS = (
    "Three Danish climbers stranded by snow on Mount Corvel in northern Italy have been rescued, "
    "officials say.\n\n"
)


def test_the_plural_the_lead_introduced_takes_the_words_that_say_which() -> None:
    text = _CLIMBERS + "The climbers were treated for frostbite at a hospital in Brisa."
    claim = _claim(text, "frostbite")
    assert claim.text.startswith(
        "The [Danish] climbers [stranded by snow on Mount Corvel in northern Italy] were treated"
    )
    assert "which climbers?" not in claim.context_note


def test_they_of_the_plurals_own_sentence_takes_the_leads_words_too() -> None:
    text = _CLIMBERS + (
        "The climbers were flown to the town of Brisa, where they were treated for frostbite."
    )
    claim = _claim(text, "frostbite")
    assert claim.text.startswith("The [Danish] climbers [stranded by snow on Mount Corvel")
    assert "which climbers?" not in claim.context_note


def test_a_singular_description_is_not_the_plural_the_lead_introduced() -> None:
    text = _CLIMBERS + "The climber was treated for frostbite at a hospital in Brisa."
    assert "stranded" not in _claim(text, "frostbite").text


def test_a_plural_the_lead_gave_no_name_to_stays_as_written() -> None:
    text = (
        "Three climbers stranded by snow on a mountain have been rescued, officials say.\n\n"
        "The climbers were treated for frostbite at a hospital in Brisa."
    )
    assert "[" not in _claim(text, "frostbite").text.split(" were ")[0]


def test_other_climbers_told_of_since_leave_the_plural_as_written() -> None:
    text = _CLIMBERS + (
        "Two British climbers went missing on the same mountain last week.\n\n"
        "Rescuers said the climbers were lucky to be alive."
    )
    assert "stranded" not in _claim(text, "lucky").text


def test_the_doers_of_the_leads_act_are_those_who_did_it_to_the_one_named() -> None:
    text = (
        "Two Swiss engineers abducted by gunmen in southern Ruvala have been freed, officials "
        "say.\n\n"
        "The abductors had demanded a ransom of $1m."
    )
    claim = _claim(text, "ransom")
    assert claim.text.startswith("The abductors [of the Swiss engineers] had demanded")


def test_thieves_of_the_lead_are_the_ones_who_stole_the_named_thing() -> None:
    text = (
        "Thieves have stolen a Bronze Age silver brooch from a museum in Norland.\n\n"
        "The thieves broke in through a skylight."
    )
    claim = _claim(text, "skylight")
    assert claim.text.startswith("The thieves [of the Bronze Age silver brooch] broke in")


def test_one_of_the_things_found_is_told_apart_by_where_it_was_found() -> None:
    text = (
        "Astronomers say they have found one of the coldest comets yet seen, drifting beyond "
        "the orbit of Neptune.\n\n"
        "The comet is about 40km wide."
    )
    claim = _claim(text, "40km wide")
    assert claim.text.startswith(
        "The comet [found drifting beyond the orbit of Neptune] is about 40km wide"
    )


def test_one_of_the_things_found_is_not_told_apart_by_what_the_finding_did() -> None:
    text = (
        "Divers have found one of the oldest wrecks yet seen off Norland, sparking a rush of "
        "visitors.\n\n"
        "The wreck is about 40m long."
    )
    assert _claim(text, "40m long").text.startswith("The wreck is about")


def test_a_things_parts_counted_in_the_lead_are_that_things() -> None:
    text = (
        "Councillors have approved plans for a 14-mast radio station on farmland near "
        "Ellerby in Norland.\n\n"
        "Residents said the masts would spoil the view."
    )
    claim = _claim(text, "spoil the view")
    assert "The masts [of the radio station on farmland near Ellerby in Norland]" in claim.text


def test_a_single_part_is_not_the_counted_parts() -> None:
    text = (
        "Councillors have approved plans for a 14-mast radio station on farmland near "
        "Ellerby in Norland.\n\n"
        "Residents said the mast would spoil the view."
    )
    assert "14-mast" not in _claim(text, "spoil the view").text


def test_the_move_is_the_act_the_lead_said_the_firm_would_take() -> None:
    text = (
        "Coach operator Tarrow Travel is to scrap its night services to the town of Welby.\n\n"
        "Passengers said the move would leave them stranded."
    )
    claim = _claim(text, "stranded")
    assert "The move [to scrap Tarrow Travel's night services] would" in claim.text


def test_a_release_told_of_since_the_leads_leaves_the_release_asked_about() -> None:
    text = (
        "Four Dutch aid workers held by rebels in northern Ruvala have been freed, officials "
        "say.\n\n"
        "The rebels had demanded the release of ten prisoners.\n\n"
        "The Dutch foreign ministry welcomed the release."
    )
    claim = _claim(text, "welcomed")
    assert "prisoners" not in claim.text
    assert "which release?" in claim.context_note


def test_a_name_told_since_the_lead_is_the_leads_own_thing_not_a_rival() -> None:
    text = (
        "A sailor is missing after a cargo ship and a ferry collided in fog off Norland.\n\n"
        "The Maltese-registered cargo ship Grey Heron, carrying 900 containers, struck the "
        "Danish-flagged ferry Vesta Queen, which was carrying 300 passengers.\n\n"
        "The coastguard said a deckhand on the ferry had been thrown overboard."
    )
    claim = _claim(text, "thrown overboard")
    assert "the ferry [Vesta Queen]" in claim.text
    assert "collided" not in claim.text  # the pair's verb says not which ferry


def test_a_verb_after_a_pair_joined_by_and_does_not_tell_the_second_apart() -> None:
    text = (
        "A sailor is missing after a cargo ship and a ferry collided in fog off Norland.\n\n"
        "The coastguard said a deckhand on the ferry had been thrown overboard."
    )
    assert "collided" not in _claim(text, "thrown overboard").text


def test_the_figures_are_those_the_named_body_reported_in_the_lead() -> None:
    text = (
        "Carrow Building Society has reported a 9% rise in annual profits to £310m.\n\n"
        "The figures were better than analysts had expected."
    )
    claim = _claim(text, "better than analysts")
    assert claim.text.startswith("The figures [reported by Carrow Building Society] were")


def test_one_figure_is_not_the_figures_a_body_reported() -> None:
    text = (
        "Carrow Building Society has reported a 9% rise in annual profits to £310m.\n\n"
        "The figure was better than analysts had expected."
    )
    assert "reported by" not in _claim(text, "better than analysts").text


def test_the_crossing_is_the_bridge_the_lead_told_of() -> None:
    text = (
        "Bridge costs rise\n\n"
        "The cost of a new bridge over the River Lune in Carnforth has risen to £9m.\n\n"
        "The crossing was due to open in the spring of 2025, the council said."
    )
    claim = _claim(text, "due to open")
    assert claim.text.startswith("The crossing [the new bridge over the River Lune")


def test_the_project_is_the_plans_the_lead_told_of() -> None:
    text = (
        "Stadium plans\n\n"
        "Ashdown Town Football Club has unveiled plans for a £30m stadium on the edge of "
        "the town.\n\n"
        "The club expects the project to create about 90 jobs."
    )
    claim = _claim(text, "90 jobs")
    assert "the project [" in claim.text
    assert "stadium" in claim.text


def test_the_decision_is_to_do_what_a_passive_lead_said_was_done() -> None:
    text = (
        "Solar farm approved\n\n"
        "Plans for one of the largest solar farms in Wales have been approved.\n\n"
        "Campaigners said the decision was reckless."
    )
    claim = _claim(text, "reckless")
    assert claim.text.startswith(
        "The decision [to approve plans for one of the largest solar farms in Wales]"
    )


def test_the_decision_is_to_do_what_an_unnamed_body_of_the_lead_is_to_do() -> None:
    text = (
        "Museum to return bronzes\n\n"
        "A museum in Leeds is to return 24 bronzes to Cameroon.\n\n"
        "Cameroon's culture minister welcomed the decision."
    )
    claim = _claim(text, "welcomed")
    assert "the decision [to return 24 bronzes]" in claim.text


def test_a_vote_for_the_leads_own_scheme_tells_the_same_decision() -> None:
    text = (
        "Plans to build 900 homes on a disused airfield in Kent have been approved.\n\n"
        "Fenmarsh District Council's planning committee voted seven to five in favour of the "
        "scheme on Tuesday.\n\n"
        'Councillor Ann Lee said the decision had been "finely balanced".'
    )
    claim = _claim(text, "finely balanced")
    assert "The decision [to approve plans to build 900 homes" in claim.text


def test_an_act_done_by_no_one_who_decides_is_no_second_decision() -> None:
    text = (
        "Visitors to Kelby Fells will have to pay to park, the park authority has said.\n\n"
        "Members of the Kelby Fells National Park Authority voted 14 to 6 to introduce "
        "charges.\n\n"
        "Blue badge holders will be able to buy a yearly permit for £25.\n\n"
        "Chief executive Jo Bell said the decision had not been taken lightly."
    )
    claim = _claim(text, "taken lightly")
    assert claim.text.startswith("The decision [to introduce charges]")


def test_what_closes_of_itself_is_what_the_closure_is_of() -> None:
    text = (
        "Lenn Bridge, which carries the main road over the River Lenn, will shut to traffic "
        "from 3 November, Hallbridge County Council said.\n\n"
        "Local traders said the closure would cost them trade."
    )
    claim = _claim(text, "cost them")
    assert claim.text.startswith("The closure [of Lenn Bridge] would cost")


def test_the_leads_thing_told_more_of_right_after_is_no_second_one() -> None:
    text = (
        "Plans for one of the largest battery sites in the north of England have been "
        "approved.\n\n"
        "The council voted seven to four to grant permission for the 350-megawatt scheme on "
        "farmland outside Kelby.\n\n"
        "Developer Acme Power said the project would cost £210m."
    )
    claim = _claim(text, "£210m")
    assert claim.text.startswith(
        "The project [for one of the largest battery sites in the north of England] would cost"
    )


def test_the_next_sentence_says_which_when_the_leads_words_name_nothing() -> None:
    text = (
        "Warm water from old mines is to heat about 900 homes, under plans approved by "
        "councillors.\n\n"
        "The £12m scheme in Brynmawr will pump water from workings below the town.\n\n"
        "Engineers said the project would take two years."
    )
    claim = _claim(text, "two years")
    assert claim.text.startswith("The project [the £12m scheme in Brynmawr] would take")
    vague = text.replace("The £12m scheme in Brynmawr", "The scheme")
    assert "which project?" in _claim(vague, "two years").context_note


def test_another_place_set_on_the_next_mention_is_another_thing() -> None:
    text = (
        "Toy maker Brindle Games is to close its warehouse in Fallowby.\n\n"
        "The Kelby warehouse will stay open.\n\n"
        "Staff said the closure was a shock."
    )
    claim = _claim(text, "a shock")
    assert "[of Brindle Games' warehouse in Fallowby]" in claim.text  # the closure is one
    text = (
        "Toy maker Brindle Games is to close its warehouse in Fallowby.\n\n"
        "The Kelby warehouse will also close.\n\n"
        "Staff said the closure was a shock."
    )
    assert "[" not in _claim(text, "a shock").text


def test_the_penalty_is_the_one_the_lead_said_was_imposed() -> None:
    text = (
        "Dunholm County Cricket Club has been docked 12 points after its pitch was rated "
        '"poor".\n\n'
        "The penalty drops the club from third to sixth in Division Two."
    )
    claim = _claim(text, "third to sixth")
    assert claim.text.startswith("The penalty [on Dunholm County Cricket Club] drops")
    fined = (
        "Harlow Water has been fined £3m for sewage spills.\n\n"
        "Campaigners said the fine did not go far enough."
    )
    assert _claim(fined, "far enough").text.startswith("The fine [on Harlow Water] did not")


def test_a_counted_plural_of_the_lead_is_told_by_its_words_of_kind() -> None:
    text = (
        "Trader jailed\n\n"
        "A man who sold more than 900 fake designer handbags online has been jailed.\n\n"
        "Tom Reece, 38, told police he had bought the handbags from a market trader."
    )
    claim = next(c for c in split_text(text) if "market trader" in c.text)
    assert "the [fake designer] handbags" in claim.text


def test_a_share_is_no_count_that_tells_a_kind() -> None:
    text = (
        "Plastic in eggs\n\n"
        "Plastic has been found in nine in ten puffin eggs from Scottish colonies, a study "
        "says.\n\n"
        "The researchers said the eggs were collected in 2023."
    )
    claim = next(c for c in split_text(text) if "collected in 2023" in c.text)
    assert "[puffin]" not in claim.text


def test_a_counted_plurals_words_of_kind_may_hang_on_each_other() -> None:
    text = (
        "Collector jailed\n\n"
        "A man who kept more than 900 wild bird eggs, including those of rare species, has "
        "been jailed.\n\n"
        "Tom Reece, 58, told police he had bought the eggs from a dealer."
    )
    claim = next(c for c in split_text(text) if "from a dealer" in c.text)
    assert "the [wild bird] eggs" in claim.text


def test_a_counted_kind_keeps_the_capitals_of_its_acronym() -> None:
    text = (
        "A mechanic who forged more than 200 MOT certificates has been jailed for two years.\n\n"
        "Tariq Osmani, 38, of Mill Lane, Derby, sold the certificates to drivers whose cars had "
        "failed, Derby Crown Court heard."
    )
    claim = _claim(text, "sold the")
    assert "the [MOT] certificates" in claim.text
