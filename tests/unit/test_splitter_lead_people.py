"""A lead's unnamed person takes the name the next sentence gives with an age, and only then;
a second unnamed person, a source, a calling of their own or the other sex leave it unnamed.
Made-up articles."""

from __future__ import annotations

from factcheck.splitter import split_text


def _lead(text: str) -> str:
    return split_text(text)[0].text


def test_a_leads_unnamed_person_takes_the_name_given_with_an_age() -> None:
    text = (
        "A builder who took deposits for panels that were never fitted has been jailed.\n\n"
        "Dan Kell, 52, took more than £310,000 from 64 customers, Preston Crown Court heard."
    )
    assert _lead(text).startswith("A builder [Dan Kell] who took deposits")
    text = (
        "A teacher who stole £40,000 from a school fund has been jailed for two years.\n\n"
        "Mary Jones, 47, of Wigan, admitted fraud at Bolton Crown Court."
    )
    assert _lead(text).startswith("A teacher [Mary Jones] who stole")


def test_an_age_in_the_lead_lets_the_next_subject_name_them_without_one() -> None:
    text = (
        "A 17-year-old sprinter from Leeds has broken a British record.\n\n"
        "Lucy Hart ran 22.61 seconds at the Northern Open on Saturday."
    )
    assert _lead(text).startswith("A 17-year-old sprinter [Lucy Hart] from Leeds")


def test_no_name_without_an_age_or_for_a_second_unnamed_person() -> None:
    without_age = "A builder has been jailed.\n\nDan Kell took £310,000 from customers."
    assert "[" not in _lead(without_age)
    two = (
        "A man has been charged after a woman was found dead at a house in Leeds.\n\n"
        "Sam Doe, 34, was found at her home on Monday."
    )
    assert "[" not in _lead(two)
    victim = (
        "A pensioner has been cheated out of £20,000 by a rogue trader.\n\n"
        "Alan Moss, 81, handed over cash in March."
    )
    assert "[" not in _lead(victim)


def test_a_source_a_calling_of_their_own_or_the_other_sex_is_not_the_leads_person() -> None:
    source = (
        "A driver has died after a crash on the M6.\n\n"
        "Jane Smith, 40, said in a statement that the road was closed."
    )
    assert "[" not in _lead(source)
    titled = (
        "A driver has died after a crash on the M6.\n\n"
        "Paramedic Jane Smith, 40, treated him at the scene."
    )
    assert "[" not in _lead(titled)
    other_sex = (
        "A grandfather has become the oldest man to row the Atlantic alone.\n\n"
        "Ann Lee, 71, completed the crossing in 62 days."
    )
    assert "[" not in _lead(other_sex)
