"""A he/she/his/her never takes a person whose known gender disagrees with it. Gender comes
from a title (Mr, Mrs), or from a common first name of one sex; an unknown first name leaves
the person's gender unknown, and then the splitter keeps the pronoun rather than guess."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.context import first_name_gender


def _claims(text: str, words: str) -> list[Claim]:
    found = [c for c in split_text(text) if words in c.text]
    assert found, f"no claim says {words!r}"
    return found


def test_he_in_what_a_woman_said_is_not_her() -> None:
    text = (
        "Peter Crane, a builder from Leeds, was fined £900 on Monday. "
        "His solicitor, Susan Webb, said he had been ill for a year."
    )
    (claim,) = _claims(text, "ill for a year")
    assert not claim.text.startswith("Susan Webb")


def test_she_in_what_a_man_said_is_not_him() -> None:
    text = (
        "Fiona Hart won the race in Leeds on Sunday. "
        "Her coach, Derek Platt, said she would now run in the world championships."
    )
    (claim,) = _claims(text, "world championships")
    assert not claim.text.startswith("Derek Platt")


def test_her_is_not_the_man_named_before() -> None:
    text = (
        "Paul Mason broke the course record in 2:08:15. "
        "Britain's Helen Ward was the first woman home. It was her first marathon."
    )
    (claim,) = _claims(text, "first marathon")
    assert "Paul Mason's" not in claim.text


def test_a_common_first_name_tells_which_of_two_people_he_is() -> None:
    text = (
        "Sarah Lund and Tom Berg were elected to the council in 2004. "
        "He said the council had cut its debt by £2m."
    )
    (claim,) = _claims(text, "cut its debt")
    assert claim.speaker == "Tom Berg"


def test_a_first_name_given_to_both_sexes_or_unknown_gives_no_gender() -> None:
    assert first_name_gender("Alan") == "m"
    assert first_name_gender("Helen") == "f"
    assert first_name_gender("Sam") is None
    assert first_name_gender("Okonkwo") is None


def test_he_in_what_a_named_barrister_said_is_the_client() -> None:
    text = (
        "Tom Parkin, a driver from Hull, was jailed for two years. "
        "His barrister, Neil Ashby, said he had lost his job in 2003."
    )
    (claim,) = _claims(text, "lost his job")
    assert claim.text.startswith("Tom Parkin had lost")


def test_he_in_what_a_named_coach_said_is_not_given_to_the_athlete() -> None:
    text = (
        "Sprinter Ian Carr was banned for two years. "
        "His coach, Tony Brent, said he still believed in the sprinter."
    )
    (claim,) = _claims(text, "still believed")
    assert not claim.text.startswith("Ian Carr")


def test_his_client_in_what_a_barrister_said_stays_the_barristers_client() -> None:
    text = (
        "Tom Parkin, a driver from Hull, denies theft. "
        "Mr Parkin's barrister, Neil Ashby, said his client had repaid the money."
    )
    (claim,) = _claims(text, "repaid")
    assert "Parkin's client" not in claim.text


def test_he_in_what_a_man_said_is_him_when_no_one_else_is_named() -> None:
    text = "The bank's chairman, Neil Ashby, said he would retire in May 2006."
    (claim,) = _claims(text, "retire")
    assert claim.text.startswith("Neil Ashby would retire")


def test_she_in_what_a_name_of_unknown_kind_said_is_no_one_else() -> None:
    text = (
        "Helen Ward beat the second seed, Ivanova, in three sets on Monday. "
        "Ivanova, who won the title in 2003, said she had been ill for a week."
    )
    (claim,) = _claims(text, "ill for a week")
    assert "Helen Ward" not in claim.text


def test_his_in_a_clause_about_a_described_person_is_that_person() -> None:
    text = (
        "Tom Hale scored twice for Leeds on Saturday. "
        "The former Wales midfielder is the fifth player to lose his place this season."
    )
    (claim,) = _claims(text, "lose his place")
    assert "Tom Hale's place" not in claim.text
    assert claim.needs_context


def test_a_description_is_not_a_person_of_the_other_sex_than_its_pronoun() -> None:
    text = (
        "Ann Lee won gold in 2004. Tom Berg, her coach, praised her. "
        "The 29-year-old will defend her title in May."
    )
    (claim,) = _claims(text, "defend her title")
    assert not claim.text.startswith("Tom Berg")


def test_a_titled_person_named_inside_a_phrase_still_competes_for_he() -> None:
    claims = split_text(
        "Turnout was 41.3%, down from 63% in 2001.\n\n"
        "The seat fell vacant after the death of Conservative MP Sir Alan Brill in May. "
        "He had held it since 1983.\n"
    )
    held = next(c for c in claims if "since 1983" in c.text)
    assert not held.text.startswith("Turnout")
    assert held.needs_context


def test_first_names_beyond_the_commonest_give_a_gender() -> None:
    assert first_name_gender("Kirsty") == "f"
    assert first_name_gender("Siobhan") == "f"
    assert first_name_gender("Callum") == "m"
    assert first_name_gender("Giovanni") == "m"
    assert first_name_gender("Grant") is None  # also a word and a firm's name: left out


def test_a_name_the_recognizer_typed_a_firm_is_hers_with_a_known_first_name() -> None:
    text = (
        "Sixteen-year-old Kirsty Wellbeck broke the Scottish 400m record in Glasgow.\n\n"
        'Wellbeck said she had not expected to win. "I was just trying to finish," she said.'
    )
    (claim,) = _claims(text, "trying to finish")
    assert claim.speaker == "Kirsty Wellbeck"


def test_a_shes_with_she_named_reads_is_not_an_owner() -> None:
    text = (
        "Swimmer breaks record\n\n"
        "Sixteen-year-old Kirsty Wellbeck broke the Scottish 400m record in Glasgow.\n\n"
        'Her coach, Alan Dunn, said she trained hard. "She\'s in the pool at 5.30am," he said.'
    )
    (claim,) = _claims(text, "in the pool")
    assert claim.text.startswith("Kirsty Wellbeck [is] in the pool")
