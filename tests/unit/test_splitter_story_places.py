"""An article whose lead puts the whole story in one place gives that place, in brackets, to a
later claim about a body or group of the place that leaves it out, and to a bare plural speaker
(story_places.py); never when another place is named near the claim, two places compete, or
the claim is an opinion or a forecast. Made-up articles, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.story_places import nationality_of

_QUAKE = (
    "Earthquake kills dozens in Peru\n\n"
    "At least 60 people have been killed after a strong earthquake struck southern Peru, "
    "officials say.\n\n"
    "The quake hit at night, when most people were asleep.\n\n"
)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_army_of_a_story_set_in_one_country_is_placed_there() -> None:
    text = _QUAKE + "The army has sent 30 lorries of food and tents to the worst-hit towns."
    assert _claim(text, "30 lorries").text.startswith("The army [in Peru] has sent")


def test_a_count_of_homes_is_placed_in_the_story_country() -> None:
    text = _QUAKE + "About 2,000 homes were destroyed."
    assert _claim(text, "2,000").text == "About 2,000 homes [in Peru] were destroyed."


def test_a_bare_plural_speaker_takes_the_story_place() -> None:
    claim = _claim(_QUAKE, "60 people")
    assert claim.speaker == "Officials [in Peru]"
    assert not claim.needs_context


def test_a_fear_or_forecast_gets_no_place() -> None:
    text = _QUAKE + "Officials fear the death toll will rise."
    assert "[in" not in _claim(text, "death toll").text


def test_another_place_named_just_before_blocks_the_place() -> None:
    text = _QUAKE + "Rescue teams from Chile arrived overnight. Survivors were taken to hospital."
    assert "[in" not in _claim(text, "hospital").text


def test_a_named_person_is_never_placed() -> None:
    text = _QUAKE + "Maria Quispe, a farmer, lost 40 goats."
    assert "[in" not in _claim(text, "40 goats").text


def test_two_places_in_the_lead_give_a_body_no_place() -> None:
    text = (
        "Storms hit Peru and Chile\n\n"
        "At least 60 people have been killed after storms struck southern Peru and northern "
        "Chile, officials say.\n\n"
        "The army has sent 30 lorries of food to the worst-hit towns."
    )
    assert "[in" not in _claim(text, "30 lorries").text


def test_a_place_that_only_locates_one_thing_is_no_story_place() -> None:
    text = (
        "Accountant admits theft\n\n"
        "A former accountant stole 2m from a charity to pay for a villa in Portugal, a court "
        "has heard.\n\n"
        "About 300 families had given money to the charity."
    )
    assert "[in" not in _claim(text, "300 families").text


def test_a_statistic_release_scope_reaches_the_same_measure_later() -> None:
    text = (
        "Road deaths fall\n\n"
        "Road deaths in Ireland fell by 9% last year, official figures show.\n\n"
        "The figures were published by the transport department on Monday.\n\n"
        "Motorcycle deaths rose by 4%."
    )
    assert _claim(text, "4%").text.startswith("Motorcycle deaths [in Ireland] rose")


def test_the_government_speaking_in_a_one_country_story_is_that_country_s() -> None:
    text = (
        "Floods leave thousands homeless in Kenya\n\n"
        "Floods in Kenya have left 20,000 people homeless, the Red Cross says.\n\n"
        "Kenya has had twice its usual rainfall this month.\n\n"
        "The government said 15 schools in Kenya had been closed."
    )
    claim = _claim(text, "15 schools")
    assert claim.speaker == "the government [of Kenya]"


def test_a_lead_naming_no_place_leaves_the_setting_to_the_second_sentence() -> None:
    text = (
        "Row over exam grades\n\n"
        "A row has broken out between a minister and a union over exam grades.\n\n"
        "Figures show that 70% of entries in Scotland were awarded a pass, up from 68%.\n\n"
        "The share of entries given the top grade rose to 20%."
    )
    claim = _claim(text, "top grade")
    assert claim.text.startswith("The share of entries [in Scotland] given")


def test_where_a_firm_has_shops_is_not_where_the_story_is() -> None:
    text = (
        "Bid for supermarket chain dropped\n\n"
        "Shares in Bexley Foods fell 6% on Tuesday after a rival dropped its bid.\n\n"
        "Marlow Stores, which owns 300 shops across Scotland, had offered 200p a share.\n\n"
        "About 4,000 people work for the two chains."
    )
    assert "[in" not in _claim(text, "4,000").text


def test_places_joined_but_one_unrecognised_give_no_place() -> None:
    text = (
        "Burglary falls\n\n"
        "Burglary in Northumberland and Cumbria fell by 9% last year, official figures show.\n\n"
        "The figures were published on Monday.\n\n"
        "Police recorded 4,000 thefts of cars."
    )
    assert "[in" not in _claim(text, "4,000").text


def test_police_of_places_joined_are_placed_in_both() -> None:
    text = (
        "Burglary falls\n\n"
        "Burglary in Norfolk and Suffolk fell by 9% last year, official figures show.\n\n"
        "The figures were published on Monday.\n\n"
        "Police recorded 4,000 thefts of cars."
    )
    assert _claim(text, "4,000").text.startswith("Police [in Norfolk and Suffolk] recorded")


def test_another_place_in_the_paragraph_before_blocks_the_place() -> None:
    text = (
        _QUAKE + "Neighbouring Ecuador was also hit. Roads there are blocked.\n\n"
        "About 2,000 homes were destroyed."
    )
    assert "[in" not in _claim(text, "2,000").text


_FLOODS = (
    "Ruritanian villagers flee floods\n\n"
    "More than 500 people have been evacuated from villages in northern Ruritania after days "
    "of heavy rain.\n\n"
)


def test_a_headline_nationality_names_the_lead_country() -> None:
    text = _FLOODS + "Two firefighters were taken to hospital."
    claim = _claim(text, "hospital")
    assert claim.text == "Two firefighters [in Ruritania] were taken to hospital."


def test_a_headline_nationality_of_another_country_gives_no_place() -> None:
    text = _FLOODS.replace("Ruritanian villagers", "Peruvian climbers")
    text += "Two firefighters were taken to hospital."
    assert "[in" not in _claim(text, "hospital").text


def test_the_government_of_a_country_the_headline_names_by_nationality() -> None:
    text = (
        "Former Peruvian mining chief goes on trial\n\n"
        "A former head of Peru's state mining agency has gone on trial in Lima accused of "
        "stealing $5m.\n\n"
        "He denies the charges.\n\n"
        "The government came to power in 2018 promising to end graft."
    )
    claim = _claim(text, "came to power")
    assert claim.text.startswith("The government [of Peru] came to power")
    assert not claim.needs_context
    elsewhere = text.replace("He denies the charges", "Prosecutors in Lima say he took bribes")
    assert "[of" not in _claim(elsewhere, "came to power").text  # another place just before


def test_a_nationality_is_told_from_its_country_only_when_close() -> None:
    assert nationality_of("Peruvian", "Peru")
    assert nationality_of("Ruritanian", "Ruritania")
    assert not nationality_of("Australian", "Austria")
    assert not nationality_of("French", "France")  # too far apart to tell: abstain
    assert not nationality_of("Acme", "Acme")  # a firm the recognizer typed both ways


def test_a_province_its_country_owns_is_the_story_place() -> None:
    text = (
        "Ruritanian villages cut off by floods\n\n"
        "At least 20 people have died after floods hit villages in southern Ruritania's Vara "
        "province, officials say.\n\n"
        "Police have closed the main road."
    )
    assert _claim(text, "main road").text.startswith("Police [in Vara province] have closed")


def test_a_population_with_a_figure_is_the_story_places_but_a_counted_few_are_not() -> None:
    rents = (
        "Student rents up 9%\n\n"
        "The average rent for a student room in the UK has risen by 9% in a year.\n\n"
    )
    paying = _claim(rents + "Students are now paying an average of £187 a week.", "£187")
    assert paying.text.startswith("Students [in the UK] are now paying")
    counted = _claim(rents + "Some 26 students were paying £400 a week.", "£400")
    assert "[in the UK]" not in counted.text
    unfigured = _claim(rents + "Students are now sharing rooms more often.", "sharing")
    assert "[in the UK]" not in unfigured.text


def test_the_city_after_the_story_place_in_its_own_sentence_is_that_place() -> None:
    text = (
        "Measles clinics extended as cases rise in Kelby\n\n"
        "Measles clinics in Kelby are to stay open until the summer after the city recorded "
        "41 cases since January."
    )
    claim = next(c for c in split_text(text) if "41 cases" in c.text)
    assert "the city [Kelby] recorded" in claim.text
    assert "which city?" not in claim.context_note
