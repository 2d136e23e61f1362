"""A he/she/his/her takes a name only when that person is being talked about (a subject, a
speaker, the owner of a subject, or a name a title gave a gender); a name met only as an object
or inside a phrase is often not a person at all (awards and clubs typed as people), so the
pronoun stays and the claim asks who is meant."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_she_is_not_an_award_the_subject_won() -> None:
    text = (
        "Throughout her career, Hargitay has won a Golden Globe Award and a Screen Actors "
        "Guild Award, and she has been nominated for two Emmy Awards."
    )
    claim = _claim(text, "nominated")
    assert claim.text.startswith("She has been nominated")
    assert claim.context_note == "who is 'she'?"


def test_her_is_not_the_author_named_in_a_possessive_inside_a_phrase() -> None:
    text = (
        "Inspired by Hans Christian Andersen's tale, the ballet follows the mermaid and shows "
        "her longing for the prince."
    )
    claim = _claim(text, "longing")
    assert "her longing" in claim.text
    assert "Andersen's longing" not in claim.text


def test_his_is_not_the_club_he_joined() -> None:
    text = "He joined Manchester United in 2008 and scored ten goals in his first season."
    claim = _claim(text, "ten goals")
    assert "his first season" in claim.text
    assert "Manchester United's" not in claim.text


def test_a_subject_named_before_is_still_the_pronoun() -> None:
    text = "Ana Silva was elected in 2004. She cut the sales tax by 2% in 2005."
    assert _claim(text, "sales tax").text.startswith("Ana Silva cut the sales tax")


def test_the_owner_of_a_subject_is_still_the_pronoun() -> None:
    text = "Mark Lee's company, Delta Foods, made a profit of $3m in 2004. He sold it in 2006."
    assert _claim(text, "sold").text.startswith("Mark Lee sold")


def test_a_titled_object_is_still_the_pronoun() -> None:
    text = "Police arrested Mr Tom Berg on Monday. He was charged with fraud."
    assert _claim(text, "charged").text == "Tom Berg was charged with fraud."


def test_an_untitled_name_met_only_as_an_object_is_not_guessed() -> None:
    text = "Police arrested Tom Berg on Monday. He was charged with fraud."
    claim = _claim(text, "charged")
    assert claim.text == "He was charged with fraud."
    assert claim.context_note == "who is 'He'?"


def test_a_pronoun_does_not_point_forward_to_a_subject_of_another_clause() -> None:
    text = "A teacher told a student's mother that her son was at risk if Dana Kerr were elected."
    claim = _claim(text, "at risk")
    assert claim.text.startswith("Her son was at risk")


def test_a_pronoun_does_not_point_forward_into_a_reported_clause() -> None:
    text = "A baby was born with a message written on her hands saying Maria Lopez is coming back."
    assert "on her hands" in _claim(text, "baby").text


def test_a_possessive_in_the_subject_is_not_the_name_in_apposition() -> None:
    claim = _claim("His brother, Tom Berg, is also an actor.", "actor")
    assert "Tom Berg's brother" not in claim.text


def test_him_after_the_subject_means_another_man_so_no_he_is_guessed() -> None:
    text = (
        "Board chair Ana Silva wrote a letter to President Tom Berg in 2019, asking him to "
        "share any evidence he had of fraud."
    )
    claim = _claim(text, "evidence")
    assert "Ana Silva to share" not in claim.text
    assert "evidence he had" in claim.text
    assert claim.needs_context


def test_he_after_her_is_not_the_same_speaker_of_unknown_gender() -> None:
    text = "Dana Kerr said her only regret was that he never apologised to the court."
    claim = _claim(text, "apologised")
    assert "Dana Kerr never apologised" not in claim.text
    assert "he never apologised" in claim.text


def test_what_an_unnamed_someone_said_of_she_is_not_the_name_outside() -> None:
    text = "Professor Ana Silva scolded a young student who said she wanted to live on Mars."
    claim = _claim(text, "Mars")
    assert claim.text.startswith("She wanted")
    assert "who is 'she'?" in (claim.context_note or "")


def test_a_named_someone_who_said_he_is_still_the_pronoun() -> None:
    assert _claim("Tom Berg, who said he would resign, left in 2004.", "resign").speaker == (
        "Tom Berg"
    )


def test_a_name_given_to_the_subject_is_the_pronoun() -> None:
    text = (
        "A young woman named Ana Silva went missing in Leeds in May 2004. "
        "Her car was found in York in June 2004."
    )
    assert _claim(text, "car").text.startswith("Ana Silva's car was found")


def test_a_work_named_in_an_aside_on_the_speaker_is_no_rival_for_his_he() -> None:
    text = (
        "Veteran actor Tom Hale plays the father. "
        "Hale, best known for the TV series Dark Harbour, said he had turned down the part twice."
    )
    claim = _claim(text, "turned down")
    assert claim.text.startswith("Tom Hale had turned down")
    assert "who is 'he'?" not in claim.context_note


def test_a_name_in_a_phrase_of_a_relative_clause_on_the_speaker_is_no_rival() -> None:
    text = (
        "Ian Cole was named coach on Monday. "
        "Cole, who played alongside Jim Tate in the 1990s, said he was proud of the job."
    )
    assert _claim(text, "proud of the job").text.startswith("Ian Cole was proud")


def test_a_name_in_a_title_set_beside_the_speaker_may_be_his_he() -> None:
    text = "Tom Hale was in court on Monday. Hale, a lawyer for John Brown, said he would appeal."
    claim = _claim(text, "would appeal")
    assert claim.text.startswith("He would appeal")
    assert "who is 'he'?" in claim.context_note


def test_a_name_the_speakers_aside_makes_an_object_may_be_his_he() -> None:
    text = (
        "Tom Hale was in court on Monday. Hale, who was defending John Brown, said he would appeal."
    )
    claim = _claim(text, "would appeal")
    assert claim.text.startswith("He would appeal")
    assert "who is 'he'?" in claim.context_note


_TRIAL = (
    "Tom Berg, 47, was jailed for fraud on Monday. "
    "The court heard that the money came from a charity. "
)


def test_a_man_the_article_made_a_subject_before_is_the_he_of_a_later_quotation() -> None:
    text = (
        _TRIAL + "The judge praised the police. "
        'Ann Lee, who represented Berg, said: "He has co-operated fully with the police."'
    )
    claim = _claim(text, "co-operated")
    assert claim.text.startswith("Tom Berg has co-operated")
    assert "who is 'He'?" not in claim.context_note


def test_a_second_man_in_reach_leaves_the_he_of_the_quotation_asked() -> None:
    text = (
        _TRIAL + "Ian Cole was cleared. "
        'Ann Lee, who represented Berg, said: "He has co-operated fully with the police."'
    )
    claim = _claim(text, "co-operated")
    assert claim.text.startswith("He has co-operated")
    assert "who is 'He'?" in claim.context_note


def test_a_name_never_a_subject_before_is_not_the_he_of_a_quotation() -> None:
    text = (
        "The Golden Harp Award was given to Berg in May. "
        "The court heard that the money came from a charity. The judge praised the police. "
        'Ann Lee, who represented Berg, said: "He has co-operated fully with the police."'
    )
    claim = _claim(text, "co-operated")
    assert claim.text.startswith("He has co-operated")
    assert "who is 'He'?" in claim.context_note


def test_the_he_of_someones_lawyer_is_not_the_lawyer_when_whose_is_unknown() -> None:
    text = "The jury took two days to reach a verdict. His lawyer, Tom Berg, said he would appeal."
    claim = _claim(text, "would appeal")
    assert claim.text.startswith("He would appeal")
    assert "who is 'he'?" in claim.context_note


_RACE = (
    "Ann Hale won the race in Leeds on Saturday. "
    '"I was just trying to win," she said. "I did not look at the clock." '
)


def test_the_subject_of_the_sentence_before_is_in_reach_though_named_further_back() -> None:
    text = _RACE + "Her coach, Tom Berg, said she trained for 20 hours a week."
    claim = _claim(text, "trained")
    assert claim.text.startswith("Ann Hale trained")
    assert "who is 'she'?" not in claim.context_note


def test_a_resolved_she_keeps_the_woman_in_reach_for_the_next_sentence() -> None:
    text = (
        _RACE + "Her coach, Tom Berg, said she trained for 20 hours a week. "
        '"She is the most dedicated swimmer I know," he said.'
    )
    claim = _claim(text, "dedicated")
    assert claim.text.startswith("Ann Hale is")


def test_a_second_woman_named_between_leaves_the_she_asked() -> None:
    text = _RACE + "Mary Cole finished second. Her coach, Tom Berg, said she trained hard."
    claim = _claim(text, "trained")
    assert claim.text.startswith("She trained")
    assert "who is 'she'?" in claim.context_note


def test_a_name_in_a_phrase_two_sentences_back_gives_way_to_the_subject_before() -> None:
    text = (
        "The club have signed four players for next season, including striker Tom Berg. "
        "Ian Cole has scored 50 points in 15 matches this season, making him the top scorer. "
        "He joined the club in 2002."
    )
    assert _claim(text, "joined").text.startswith("Ian Cole joined")


def test_a_name_in_a_phrase_of_the_sentence_before_still_leaves_the_he_asked() -> None:
    text = (
        "Ian Cole has scored 50 points this season. "
        "The club also signed striker Tom Berg from Leeds. He joined the club in 2002."
    )
    claim = _claim(text, "joined")
    assert claim.text.startswith("He joined")
    assert "who is 'He'?" in claim.context_note


_OPEN = (
    'Tom Hale won the Open in Leeds on Sunday. "It was a great week," he said. "I played well." '
    "The win gives him a place in the world top 100. "
)


def test_the_speaker_of_the_quotation_before_is_the_him_that_follows() -> None:
    assert _claim(_OPEN, "top 100").text.startswith("The win gives Tom Hale")


def test_a_man_carried_by_pronouns_is_not_the_his_of_a_name_the_book_does_not_know() -> None:
    text = _OPEN + "Brandqvist, who was chasing his third title, said he had no complaints."
    claim = _claim(text, "chasing")
    assert "Tom Hale" not in claim.text
    assert "his third title" in claim.text
