"""Where the parse gives weak evidence for a speaker or a referent, the splitter keeps the
article's words and names no one rather than the wrong one. Made-up passages, one rule each."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claims(text: str) -> list[Claim]:
    return split_text(text)


def _claim(text: str, words: str) -> Claim:
    return next(c for c in _claims(text) if words in c.text)


def test_a_tag_inside_a_report_speaks_the_whole_report() -> None:
    text = (
        "Ms Carol Ward QC opened the case for the prosecution. "
        "Neighbours would say that they had heard shouting from the flat late that night, "
        "Ms Ward said, and that a car had been seen leaving at speed."
    )
    claims = _claims(text)
    assert all(c.speaker != "Neighbours" for c in claims)
    shouting = next(c for c in claims if "heard shouting" in c.text)
    assert (shouting.speaker or "").endswith("Ward")
    assert "they had heard" in shouting.text  # `they` is not filled in as the neighbours
    car = next(c for c in claims if "leaving at speed" in c.text)
    assert (car.speaker or "").endswith("Ward")
    assert not any(c.text.rstrip(".").endswith("Ward said") for c in claims)


def test_a_place_in_a_clause_on_the_speakers_name_is_not_the_speaker() -> None:
    # the recognizer types the station a person: it is still no name of the speaker's
    text = (
        "Rail fares rose again this year. "
        '"I pay more than four grand a year and I\'m lucky if my train turns up on time," '
        "said one commuter, Ann Cole, 41, who travels from Kelsey to Euston every day."
    )
    pays = _claim(text, "I pay")
    assert pays.speaker == "Ann Cole"


def test_what_a_letter_appears_to_show_is_the_articles_account() -> None:
    text = (
        "Police are investigating. "
        "A letter seen by the BBC appears to show that the minister knew of the plan."
    )
    claims = _claims(text)
    assert all(c.speaker is None for c in claims)
    assert any("appears to show that the minister knew" in c.text for c in claims)


def test_a_clause_with_an_aside_in_it_stays_the_speakers() -> None:
    text = (
        "Ms Carol Ward QC opened the case. Ms Ward said Ms Ann Cole had cleaned Mr Lane's car "
        "that night and had told officers he had stayed with her all weekend, which the "
        "prosecution says she knew to be false."
    )
    told = _claim(text, "had told officers")
    assert (told.speaker or "").endswith("Ward")


def test_an_accusation_joined_to_what_was_said_may_be_the_speakers_own_act() -> None:
    text = (
        'Acme\'s chief executive, Ann Price, said the company had "no intention" of making '
        "any drivers redundant and accused the union of spreading rumours."
    )
    claims = _claims(text)
    assert not any(c.text.startswith(("The company accused", "Acme accused")) for c in claims)
    assert any("accused the union of spreading rumours" in c.text for c in claims)


def test_an_act_joined_to_what_the_speaker_said_of_herself_stays_hers() -> None:
    text = (
        "Coastline Rail was fined £2m for late trains. Coastline Rail managing director Ann "
        "Fenn said she accepted the fine but blamed many of the delays on the track operator."
    )
    claims = _claims(text)
    assert any(c.text.startswith(("She blamed", "Ann Fenn blamed")) for c in claims)


def test_a_document_read_by_a_speaker_is_the_speakers_reading() -> None:
    text = (
        "A study by the Bee Institute links the decline in wild bees to pesticides. "
        "But farmers said the study showed that the weather, not pesticides, was to blame."
    )
    blame = _claim(text, "was to blame")
    assert blame.speaker is not None and "farmers" in blame.speaker.lower()


def test_finding_it_harder_is_no_report_of_the_finders() -> None:
    text = (
        "Bank lending fell 2% in May, a survey by Acme Bank found. "
        "The survey also suggested that small firms were finding it harder to borrow money."
    )
    claims = _claims(text)
    assert all((c.speaker or "").lower() != "small firms" for c in claims)
    assert not any(c.text.startswith("It harder") for c in claims)


def test_which_on_a_noun_inside_another_relative_clause_names_neither() -> None:
    text = (
        "The charity now plans a study in which 300 patients will be given different doses, "
        "which Dr Ann Moss said should settle the question of safety."
    )
    claims = _claims(text)
    assert not any(c.text.startswith("Different doses should") for c in claims)


def test_the_increase_does_not_take_two_earlier_increases() -> None:
    text = (
        "Tideway Water, the third-largest water supplier, is to raise its water bills by 9.4% "
        "and its sewerage bills by 6.2%. The increases, which take effect on 1 April, will "
        "affect about 2.1 million households. It is Tideway's second price rise in six months, "
        "following increases of 4.1% for water and 3.5% for sewerage last October. "
        '"We buy power in the same market as everyone else, and the cost of that power has '
        "gone through the roof. We have absorbed a significant part of the increase "
        'ourselves," said the chief executive, Tom Hale.'
    )
    absorbed = _claim(text, "absorbed")
    assert "[" not in absorbed.text


def test_a_sentence_about_a_class_does_not_give_its_the_n_to_the_story_firm() -> None:
    text = (
        "Grand Lodge Hotels' losses more than doubled last year after the group's expansion. "
        '"Hotels cut their rates in the hope of filling rooms, and if they fail, the losses '
        'mount very quickly," said analyst Tom Hale.'
    )
    losses = _claim(text, "mount very quickly")
    assert "Grand Lodge" not in losses.text


def test_each_side_blaming_the_other_is_no_one_voice() -> None:
    text = (
        "Talks between the two parties collapsed in June after three weeks. "
        "Each party has blamed the other for the breakdown."
    )
    blamed = _claim(text, "blamed the other")
    assert blamed.speaker is None


def test_a_backshifted_act_joined_to_the_report_keeps_its_doer_in_doubt() -> None:
    text = (
        "Mr Tom Reed said the board aimed to bring the theatre back to profit by the end of "
        "next season, and had already cut the staff bill by about £2m since the summer."
    )
    claims = _claims(text)
    assert not any(c.text.startswith("Mr Tom Reed had already cut") for c in claims)
    assert any("had already cut the staff bill" in c.text for c in claims)


def test_an_inference_trailing_what_was_found_is_the_articles() -> None:
    text = (
        "Builders cleared the plot in spring. The survey has so far uncovered nine rooms, "
        "including a kitchen with a large oven, suggesting that the house belonged to a rich "
        "merchant."
    )
    claims = _claims(text)
    assert all(c.speaker is None for c in claims)
    assert any("suggesting that the house belonged" in c.text for c in claims)


def test_a_participle_after_a_report_still_speaks_for_the_reporter() -> None:
    text = "The firm said sales fell in May, suggesting that demand had weakened."
    demand = _claim(text, "emand had weakened")
    assert demand.speaker is not None and demand.speaker.lower() == "the firm"


def test_a_noun_after_a_possessive_is_no_reported_clause() -> None:
    text = (
        "A gold coin turned up in a field. Mr Hollis reported the find to the county's finds "
        "liaison officer, and a team from the university began digging at the site in June."
    )
    claims = _claims(text)
    assert all(c.speaker is None for c in claims)
    assert any("reported the find" in c.text for c in claims)


def test_a_where_after_a_place_that_describes_a_noun_is_not_given_that_place() -> None:
    text = (
        "Builders found a tiled floor. The tiles were made at Dunmore, the largest town in "
        "the valley, where tiles with similar glazes have been found."
    )
    claims = _claims(text)
    assert not any("[in the valley]" in c.text for c in claims)
    assert any("where tiles with similar glazes have been found" in c.text for c in claims)


def test_his_after_the_speaker_was_they_is_not_the_speaker() -> None:
    # the recognizer types `Krogstad Shipping` a person; `they` says the speaker is many
    claims = split_text(
        "A crew member died in the collision. The tanker's managers, Krogstad Shipping of "
        "Oslo, said they were devastated by the loss and were in contact with his family."
    )
    family = next(c for c in claims if "family" in c.text)
    assert "Krogstad Shipping's family" not in family.text


def test_his_after_an_unnamed_someone_is_theirs_not_a_named_man() -> None:
    text = (
        "Brackley chief executive Tom Dace said the fans would miss him. "
        "Supporters' club chairman Alan Lane said fans understood. \"You cannot blame a lad "
        'for doubling his wages," he said.'
    )
    wages = _claim(text, "doubling")
    assert "his wages" in wages.text
    assert "Dace" not in wages.text and "Lane's" not in wages.text


def test_an_untyped_surname_first_in_the_claim_keeps_its_own_his() -> None:
    text = (
        "Wales wing Owen Maddock is to leave Brackley for French side AS Vernier. "
        "Club chairman Dave Lane said fans were disappointed. "
        "Maddock is expected to play his final home game in April."
    )
    final = _claim(text, "final home game")
    assert "his final home game" in final.text
    assert "Lane" not in final.text


def test_the_club_in_the_words_of_another_clubs_officer_is_not_filled() -> None:
    # the recognizer types the home club, named after its town, a place or an organisation
    # the entity book cannot tie to `club`; `French club X` is the one it can
    text = (
        "Wales fly-half Owen Maddock is to leave Brackley at the end of the season after "
        "agreeing a three-year deal with French club RC Vernier.\n\n"
        "Brackley's director of rugby, Ian Frost, said the club had offered Maddock a new "
        "contract.\n\n"
        "He joined the club from Welsh side Cwmbran in 2002.\n\n"
        "Brackley chief executive Paul Dace said the club would look to sign a replacement."
    )
    claims = _claims(text)
    for words in ("offered", "joined", "replacement"):
        claim = next(c for c in claims if words in c.text)
        assert "Vernier" not in claim.text, claim.text
        assert claim.needs_context


def test_a_headlines_capitalised_first_word_is_no_second_firm() -> None:
    text = (
        "Hosepipe ban for 1.2 million homes\n\n"
        "Some 1.2 million households in Sussex are to face a hosepipe ban from next week.\n\n"
        "Northvale Water said its reservoirs were only 54% full.\n\n"
        "The firm's operations director, Gillian Marsh, said the decision had not been easy.\n\n"
        "She added that the company had cut leakage by 12% since 2004."
    )
    leakage = _claim(text, "leakage")
    assert leakage.text.startswith("Northvale Water had cut leakage")


def test_a_person_named_only_in_the_headline_takes_the_bodys_name() -> None:
    text = (
        "Outsider Whitmore claims shock win\n\n"
        "England's Danny Whitmore, ranked 412th in the world, came from six shots behind to "
        "win the Costa Dorada Open by one stroke on Sunday.\n\n"
        "The 26-year-old, who only secured his European Tour card last November, shot a final "
        "round of 65 to finish on 17 under par."
    )
    claims = _claims(text)
    assert not any("Outsider" in c.text for c in claims[1:])
    final = next(c for c in claims if "final round" in c.text)
    assert final.text.startswith("Danny Whitmore shot")


def test_a_speakers_own_it_is_no_thing_from_the_sentence_before() -> None:
    # the recognizer types the two-word firm a person, which `it` cannot be; the scheme
    # of the sentence before is no likelier
    text = (
        "The scheme has about 31,000 members, of whom 19,000 are already retired.\n\n"
        "Caldmore Tait, which makes turbines and pumps at sites in Leeds and Hull, said it "
        "would pay an extra £35m a year into the fund."
    )
    paying = _claim(text, "£35m")
    assert not paying.text.startswith("The scheme")
    assert paying.needs_context
