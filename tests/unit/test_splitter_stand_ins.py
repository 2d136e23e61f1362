"""A description standing in for names the article gave just before (`the two`, `these
networks`, `each`, `Europe's biggest airline`) gets those names in brackets when exactly one set
fits; when none or several do, the claim keeps the article's words and is flagged. Made-up
articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_two_are_the_pair_of_people_named_together_just_before() -> None:
    text = (
        "The bakery was opened by cousins Maria Lopez and Carla Diaz in a garage. "
        "The cousins wanted a place to sell their bread. "
        "Their loaves soon sold out every morning and the two saw a business in it."
    )
    claim = _claim(text, "saw a business")
    assert claim.text.startswith("The two [Maria Lopez and Carla Diaz] saw a business")
    assert not claim.needs_context


def test_the_two_stay_unnamed_when_two_pairs_were_named() -> None:
    text = (
        "Maria Lopez and Carla Diaz met Tom Reed and Ben Hart in Lyon. "
        "The two saw a business in it."
    )
    claim = _claim(text, "saw a business")
    assert "[" not in claim.text
    assert claim.needs_context


def test_the_three_do_not_take_a_pair() -> None:
    text = "Maria Lopez and Carla Diaz opened a bakery. The three saw a business in it."
    assert _claim(text, "saw a business").needs_context


def test_these_networks_take_the_examples_an_earlier_mention_listed() -> None:
    text = (
        "Shops like Brightmart, Corvo and Zelda sell the game at a loss. "
        "The union says buyers should avoid these shops at all costs."
    )
    claim = _claim(text, "avoid these shops")
    assert "these shops [like Brightmart, Corvo and Zelda]" in claim.text
    assert "which shops" not in claim.context_note


def test_these_things_of_another_kind_take_no_examples() -> None:
    text = (
        "Shops like Brightmart, Corvo and Zelda sell the game at a loss. "
        "The union says buyers should avoid these games at all costs."
    )
    claim = _claim(text, "avoid these games")
    assert "Brightmart" not in claim.text
    assert claim.needs_context


def test_each_is_each_of_the_pair_its_clause_is_joined_to() -> None:
    text = (
        "Both the Falcon and the Kestrel are being built in Hull, "
        "and each will carry up to 40 passengers."
    )
    claim = _claim(text, "40 passengers")
    assert claim.text.startswith("Each [of the Falcon and the Kestrel] will carry")
    assert not claim.needs_context


def test_a_ranked_airline_is_the_airline_the_sentence_before_was_about() -> None:
    text = (
        "Pacifica Airways has ordered 12 new jets from Avior. "
        "Europe's biggest airline joins rival Skyfare as an early buyer of the K9 jet."
    )
    claim = _claim(text, "joins rival")
    assert claim.text.startswith("Europe's biggest airline [Pacifica Airways] joins")
    assert not claim.needs_context


def test_a_ranked_airline_stays_unnamed_when_the_sentence_before_was_about_a_maker() -> None:
    text = (
        "Avior will supply Pacifica Airways with 12 new jets. "
        "Europe's biggest airline joins rival Skyfare as an early buyer of the K9 jet."
    )
    claim = _claim(text, "joins rival")
    assert "[" not in claim.text.split("joins")[0]
    assert claim.context_note == "which airline?"


def test_a_ranked_airline_stays_unnamed_when_its_name_does_not_say_airline() -> None:
    text = (
        "Skyfare has ordered 12 new jets from Avior. "
        "Europe's biggest airline joins rival Nordwind as an early buyer of the K9 jet."
    )
    assert _claim(text, "joins rival").context_note == "which airline?"


def test_a_first_name_alone_gets_the_surname_of_the_one_person_named_so() -> None:
    text = (
        "The striker Teodor Vasko has sued the club. "
        '"Teodor has always told the truth: he never took money from anyone," '
        "said his lawyer Ann Ross."
    )
    claim = _claim(text, "told the truth")
    assert claim.text.startswith("Teodor [Vasko] has always told the truth")
    assert not claim.needs_context


def test_a_first_name_two_people_share_gets_no_surname() -> None:
    text = (
        "The striker Teodor Vasko and the keeper Teodor Lind have sued the club. "
        '"Teodor has always told the truth," said their lawyer Ann Ross.'
    )
    assert "[" not in _claim(text, "told the truth").text


def test_the_six_take_the_owner_an_earlier_mention_of_six_named() -> None:
    text = (
        "The council has proposed merging Norland's six coastal lifeboat stations into three. "
        "The move to merge the six stations sparked protests in every port."
    )
    claim = _claim(text, "sparked protests")
    assert claim.text.startswith("The move to merge [Norland's] six stations sparked")


def test_the_six_take_no_owner_when_the_earlier_count_differs() -> None:
    text = (
        "The council has proposed merging Norland's nine coastal lifeboat stations into three. "
        "The move to merge the six stations sparked protests in every port."
    )
    assert "Norland" not in _claim(text, "sparked protests").text


def test_the_leads_owner_of_a_plural_carries_to_later_bare_mentions() -> None:
    text = (
        "Ministers will decide the future of Portugal's coastal lifeboat stations.\n\n"
        "The council will discuss plans for closing stations on Monday. "
        "The plans have faced stiff opposition from fishermen."
    )
    claim = _claim(text, "stiff opposition")
    assert claim.text.startswith("The plans [for closing Portugal's stations] have faced")


def test_the_leads_owner_is_not_added_where_the_claim_names_a_place() -> None:
    text = (
        "Ministers will decide the future of Portugal's coastal lifeboat stations.\n\n"
        "The council will discuss plans for closing stations on Monday. "
        "The plans have faced stiff opposition from fishermen in Spain."
    )
    assert "Portugal's stations" not in _claim(text, "stiff opposition").text


def test_the_leads_owner_is_not_put_into_a_quotation() -> None:
    text = (
        "Ministers will decide the future of Portugal's coastal lifeboat stations.\n\n"
        'The minister said: "We want crews to move easily across stations."'
    )
    assert "Portugal" not in _claim(text, "across stations").text


def test_it_of_a_joined_clause_is_the_first_clauses_subject() -> None:
    text = "The new ferry performed well in trials and it can be delivered by May."
    claim = _claim(text, "delivered by May")
    assert claim.text.startswith("The new ferry can be delivered by May")
    assert "who is 'it'?" not in claim.context_note


def test_it_of_a_joined_clause_stays_when_the_first_clause_has_another_thing() -> None:
    text = "The council sold the old ferry to a museum and it can be visited from May."
    claim = _claim(text, "visited from May")
    assert claim.text.startswith("It can be visited")
    assert claim.needs_context


def test_both_take_the_one_pair_of_names_joined_just_before() -> None:
    text = (
        "Both the K200 and the V310 are being built in Hull. "
        "Nordsee Lines said it had tested both ships before choosing the K200."
    )
    claim = _claim(text, "tested both ships")
    assert "both ships [the K200 and the V310]" in claim.text


def test_both_stay_unnamed_when_two_pairs_were_named() -> None:
    text = (
        "Both the Falcon and the Kestrel are being built in Hull, like the Osprey and the Tern. "
        "Nordsee Lines said it had tested both ships before choosing the K200."
    )
    assert "[" not in _claim(text, "tested both ships").text


def test_a_calling_stands_for_the_person_the_sentence_before_was_about() -> None:
    text = (
        "Ann Okafor won two gold medals in Osaka in 2007. "
        "The sprinter has never failed a drugs test."
    )
    claim = _claim(text, "failed a drugs test")
    assert claim.text.startswith("Ann Okafor has never failed")
    assert not claim.needs_context


def test_a_calling_stays_when_another_person_was_named_beside_them() -> None:
    text = (
        "Ann Okafor beat Rosa Blanc in Osaka in 2007. The sprinter has never failed a drugs test."
    )
    claim = _claim(text, "failed a drugs test")
    assert claim.text.startswith("The sprinter has never failed")
    assert claim.needs_context


def test_a_gendered_calling_does_not_take_a_person_of_the_other_gender() -> None:
    text = "Mr Tom Alder opened a studio in Leeds in 2001. The actress has won three awards."
    assert _claim(text, "three awards").text.startswith("The actress")


def test_they_are_the_people_the_sentence_before_had_as_its_subject() -> None:
    text = (
        "Maria Lopez and Carla Diaz met at a cookery school in Seville. "
        "They opened their first bakery in 2009."
    )
    claim = _claim(text, "first bakery")
    assert claim.text.startswith("Maria Lopez and Carla Diaz opened their first bakery")
    assert not claim.needs_context


def test_they_are_the_people_a_plural_subject_was_introduced_as() -> None:
    text = (
        "The charity has grown since it was founded by Oxford graduates Anna Berg and Lena Holt "
        "in 1990. The graduates had worked in a hostel for two years. "
        "The shelters they built soon housed hundreds of people."
    )
    claim = _claim(text, "housed hundreds")
    assert claim.text.startswith("The shelters Anna Berg and Lena Holt built")


def test_they_stay_when_the_sentence_before_had_another_group_as_object() -> None:
    text = (
        "Maria Lopez and Carla Diaz hired two bakers from Seville. "
        "They opened their first bakery in 2009."
    )
    claim = _claim(text, "first bakery")
    assert claim.text.startswith("They opened")
    assert claim.needs_context


def test_the_two_stay_unnamed_when_two_things_were_also_paired() -> None:
    text = (
        "Maria Lopez and Carla Diaz tested a ferry and a barge in Hull. "
        "The two passed every safety check."
    )
    assert "[" not in _claim(text, "safety check").text


def test_both_ships_do_not_take_a_pair_of_people() -> None:
    text = (
        "Maria Lopez and Carla Diaz run the yard in Hull. "
        "Nordsee Lines said it had tested both ships before choosing one."
    )
    assert "Lopez" not in _claim(text, "tested both ships").text


def test_it_of_a_joined_clause_is_not_an_owned_subject() -> None:
    text = "The ferry's engine failed in trials and it will be towed to Hull."
    assert not _claim(text, "towed to Hull").text.startswith("The ferry's engine")


def test_they_stay_when_the_sentence_before_had_a_passive_agent() -> None:
    text = (
        "Maria Lopez and Carla Diaz were questioned by police in Seville. "
        "They released a statement on Friday."
    )
    assert _claim(text, "released a statement").text.startswith("They released")


def test_an_age_stands_for_the_person_the_sentence_before_was_about() -> None:
    text = "Tom Hale won the race in Leeds in 2004. The 29-year-old has never failed a drugs test."
    assert _claim(text, "drugs test").text.startswith("Tom Hale has never failed")


def test_an_age_with_two_people_before_is_asked_about() -> None:
    text = "Tom Hale beat Ben Mora in Leeds in 2004. The 29-year-old has never failed a drugs test."
    claim = _claim(text, "drugs test")
    assert claim.text.startswith("The 29-year-old has never failed")
    assert "who is 'The 29-year-old'?" in claim.context_note


def test_a_first_name_inside_a_hyphenated_name_is_left_alone() -> None:
    text = (
        "The striker Teodor Vasko has sued the club. "
        "The Teodor-Lind rule was repealed by the league in 2003."
    )
    assert "[" not in _claim(text, "was repealed").text


def test_a_first_name_before_a_capitalised_word_is_left_alone() -> None:
    text = (
        "The striker Teodor Vasko has sued the club. "
        "As Teodor Will wrote in 2003, the club was never profitable."
    )
    assert "[Vasko]" not in _claim(text, "never profitable").text


def test_a_firm_called_by_its_trade_is_the_firm_the_story_is_about() -> None:
    text = (
        "Velbro celebrates 20 years\n\n"
        "Velbro, one of the best-known toy companies, is celebrating its 20th birthday this week. "
        "The toy maker has sold more than 90 million kits since 1984."
    )
    claim = _claim(text, "90 million kits")
    assert claim.text.startswith("Velbro has sold more than 90 million kits")


def test_a_firm_called_by_its_trade_stays_when_another_firm_was_named_before() -> None:
    text = (
        "Velbro celebrates 20 years\n\n"
        "Velbro, one of the best-known toy companies, is celebrating its 20th birthday this week. "
        "Velbro bought a stake in Lumora Corp in 1999. "
        "The toy maker has sold more than 90 million kits since 1984."
    )
    assert _claim(text, "90 million kits").text.startswith("The toy maker")


def test_an_it_standing_for_a_for_to_clause_is_not_the_country_before() -> None:
    text = "Norway is an ally of Sweden. It is in the interest of Denmark for Sweden to sell arms."
    claim = _claim(text, "sell arms")
    assert not claim.text.startswith("Norway")


def test_a_firms_rival_is_the_other_firm_the_sentence_before_was_about() -> None:
    text = (
        "Norvia Motors sold 500 jets in 2004. "
        "Kestrel Aerospace this week announced the first sale of its rival jet, the K1. "
        "Norvia Motors' great European rival is to sell 10 of its K1 jets to Vanloo Air."
    )
    claim = _claim(text, "Vanloo Air")
    assert claim.text.startswith("Norvia Motors' great European rival [Kestrel Aerospace] is")


def test_a_firms_rival_stays_unnamed_after_a_sentence_about_two_firms() -> None:
    text = (
        "Norvia Motors sold 500 jets in 2004. "
        "Kestrel Aerospace and Skyra Corp this week announced a joint jet. "
        "Norvia Motors' great rival is to sell 10 jets to Vanloo Air."
    )
    claim = _claim(text, "Vanloo Air")
    assert "[" not in claim.text


def test_a_firms_rival_is_not_the_firm_itself() -> None:
    text = (
        "Kestrel Aerospace sold 500 jets in 2004. "
        "Kestrel Aerospace's great rival is to sell 10 jets to Vanloo Air."
    )
    claim = _claim(text, "Vanloo Air")
    assert "[" not in claim.text
