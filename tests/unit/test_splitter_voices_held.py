"""Whose words a claim carries: a phrasal reporting verb (`pointed out`) reports, two speakers
joined by `and` stay both, a name with a plural possessive (`the Farmers' Guild`) stays whole,
a `who`/`whose` clause after a person's title is the person's, a perception (`found people
sleeping`) reports nothing. Every sentence here is made up."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_phrasal_reporting_verb_gives_its_subject_the_words() -> None:
    text = (
        "Mary Hill, an analyst at Brook Bank, spoke on Monday. "
        "She pointed out that sales of the bank fell by 6% over the year."
    )
    claim = _claim(text, "fell by 6%")
    assert claim.speaker == "Mary Hill"
    assert "pointed" not in claim.text


def test_two_speakers_joined_by_and_are_both_the_speaker() -> None:
    text = (
        "The clinic opened in May. Dr Tom Pell and Ann Lee said the waiting list had doubled "
        "since then."
    )
    claim = _claim(text, "doubled")
    assert claim.speaker == "Tom Pell and Ann Lee"


def test_a_joined_name_given_as_one_before_is_one_speaker() -> None:
    text = (
        "The painting was sold at Hobbs and Wendle in Leeds on Monday. "
        "Hobbs and Wendle said it did not know where the buyer lived."
    )
    claim = _claim(text, "buyer lived")
    assert claim.speaker == "Hobbs and Wendle"


def test_a_body_named_with_a_plural_possessive_keeps_its_whole_name() -> None:
    text = "The Growers' Guild said demand had trebled since 2003."
    claim = _claim(text, "trebled")
    assert claim.speaker == "Growers' Guild"


def test_a_whose_clause_owning_kin_after_a_persons_title_is_the_persons() -> None:
    text = (
        "Tom Birch, chairman of the River Action Trust, whose son drowned in the weir in "
        "2009, welcomed the plan."
    )
    claims = split_text(text)
    assert not any("Trust's son" in c.text for c in claims)
    assert any(c.text.startswith("Tom Birch's son drowned") for c in claims)


def test_a_who_clause_after_a_persons_title_is_the_persons() -> None:
    text = (
        "Tom Birch, chairman of the River Action Trust, who joined the board in 2009, "
        "welcomed the plan."
    )
    texts = [c.text for c in split_text(text)]
    assert "Tom Birch joined the board in 2009." in texts
    assert not any("Trust joined" in t for t in texts)


def test_a_whose_clause_after_a_persons_title_owning_a_thing_is_not_resolved() -> None:
    text = (
        "Tom Birch, chief executive of Kelby Foods, whose shares fell 5% on Monday, "
        "welcomed the plan."
    )
    texts = [c.text for c in split_text(text)]
    assert not any(t.startswith(("Kelby Foods's shares", "Tom Birch's shares")) for t in texts)


def test_what_someone_found_someone_doing_is_no_report_of_theirs() -> None:
    text = (
        "The court heard that inspectors found families sleeping in the cellar, the attic and "
        "a shed when they visited the farm in May last year."
    )
    claims = split_text(text)
    assert all(c.speaker != "inspectors" for c in claims)
    assert not any(c.text.startswith("Families sleeping") for c in claims)


def test_a_content_read_as_the_object_of_said_stays_the_speakers() -> None:
    text = (
        "Jane Holt said the families, most of them farm workers, each paid between £60 and "
        "£75 a week in rent."
    )
    claim = _claim(text, "£75")
    assert claim.speaker == "Jane Holt"
    assert claim.text.startswith("The families")


def test_said_with_a_real_object_reports_nothing() -> None:
    claim = _claim("The vicar said a prayer written by his mother.", "prayer")
    assert claim.speaker is None


def test_a_clause_joined_to_said_with_the_modal_of_reported_speech_is_the_speakers() -> None:
    text = (
        "Mr Hale said the fair was insured, but the loss would still cost the organisers "
        '"several hundred thousand pounds".'
    )
    claim = _claim(text, "would still cost")
    assert claim.speaker == "Hale"


def test_a_clause_joined_to_said_in_plain_past_stays_the_articles() -> None:
    claim = _claim("The firm said profits rose 5%, but shares fell 3% on Monday.", "Shares fell")
    assert claim.speaker is None


def test_a_past_progressive_after_said_it_goes_on_with_the_its_words() -> None:
    text = (
        "Kelby Homes lost the vote on Monday. The firm's chairman, Tom Reed, said it was "
        '"deeply upset" and was considering an appeal to the High Court.'
    )
    claim = _claim(text, "considering an appeal")
    assert claim.speaker == "Tom Reed"
    assert "Tom Reed was" not in claim.text


def test_a_demand_for_a_thing_is_the_articles_account() -> None:
    text = (
        "Two Dutch engineers held by gunmen in Chad were freed on Sunday. "
        "The gunmen had demanded the release of four prisoners held in the capital."
    )
    claim = _claim(text, "demanded the release")
    assert claim.speaker is None


def test_a_thing_only_asked_for_gives_a_later_one_no_bracket() -> None:
    text = (
        "Two Dutch engineers held by gunmen in Chad were freed on Sunday. "
        "The gunmen had demanded the release of four prisoners held in the capital. "
        "The Dutch embassy confirmed the release and thanked the Chadian police."
    )
    claim = _claim(text, "confirmed the release")
    assert "prisoners" not in claim.text


def test_a_which_clause_telling_when_a_thing_starts_is_not_the_place_names() -> None:
    text = (
        "Heavy rain has forced the cancellation of a folk fair. About 25,000 people had been "
        "expected at the three-day fair near the village of Holt Green, which was due to "
        "start on Friday."
    )
    texts = [c.text for c in split_text(text)]
    assert not any(t.startswith("Holt Green was due") for t in texts)


def test_a_which_clause_on_the_figure_of_a_change_is_not_resolved_to_the_figure() -> None:
    text = (
        "Costs at Kelby Bank rose 3% to £2.1bn, which the bank said was mainly due to spending "
        "on its website."
    )
    texts = [c.text for c in split_text(text)]
    assert not any(t.startswith("£2.1bn was") for t in texts)


def test_an_it_another_doer_acted_on_is_not_the_speaker() -> None:
    text = "Blue Tide said activists had tried to stop it firing at a whale."
    claim = _claim(text, "firing at a whale")
    assert "Blue Tide firing" not in claim.text
    assert claim.needs_context


def test_the_it_of_what_is_said_is_still_the_speaker() -> None:
    claim = _claim("Kelby Foods said sales fell after it raised prices.", "raised prices")
    assert "after Kelby Foods raised" in claim.text
