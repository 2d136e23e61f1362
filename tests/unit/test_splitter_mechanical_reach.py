"""Narrow misreadings of the parse that left a speaker or a referent unfound though the
article gives exactly one in reach: a firm's name after a plural trade taken for a rival
person, a title the tagger took for a name, a description ending on its person noun, the
`it` of a clause cut from its copula, the `It` of a speech act, an acronym in brackets taken
for another organisation, a quotation whose verbs the parser joined oddly. Where two could be
meant, the claim still asks. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_a_name_after_a_plural_trade_is_a_firm_not_a_rival_for_he() -> None:
    text = (
        "Costs at Kelby Bank rose 3% to £2.1bn.\n\n"
        "Tom Dorne, banking analyst at stockbrokers Fenwick Lane, described the results as "
        '"solid".\n\n'
        '"The loan book is in good shape, but bad debts are a warning sign," he said.'
    )
    claim = _claim(text, "warning sign")
    assert claim.speaker == "Tom Dorne"
    assert "who is 'he'?" not in claim.context_note


def test_he_after_a_sentence_naming_two_men_is_still_asked() -> None:
    text = (
        "Tom Dorne, an analyst who works with Jim Lane, described the results as "
        '"solid".\n\n'
        '"The loan book is in good shape, but bad debts are a warning sign," he said.'
    )
    claim = _claim(text, "warning sign")
    assert claim.speaker != "Tom Dorne"


def test_she_after_a_title_the_tagger_took_for_a_name_is_the_apposed_person() -> None:
    text = (
        "Waiting lists at the Kelby trust rose by 20%.\n\n"
        'The local MP, Liberal Democrat Ann Hale, described the figures as "a scandal".\n\n'
        '"My constituents are paying the price for poor planning at this trust," she said.'
    )
    assert _claim(text, "paying the price").speaker == "Ann Hale"


def test_he_after_a_spokesman_described_by_his_department_is_the_spokesman() -> None:
    text = (
        "A Department of Transport spokesman said the line had been given an extra £2m.\n\n"
        '"Most lines are on course to meet the target," he said.'
    )
    assert _claim(text, "on course").speaker == "a Department of Transport spokesman"


def test_the_it_of_a_clause_cut_from_its_copula_is_the_speaker() -> None:
    text = (
        "The Audit Office said it was aware of the inquiry and would consider whether a "
        "wider review of the council was needed."
    )
    claim = _claim(text, "would consider")
    assert claim.text.startswith("The Audit Office would consider")
    assert "'it'" not in claim.context_note
    # the speaker's state of mind gives no claim of its own, as when said alone
    assert not any("aware" in c.text for c in split_text(text))


def test_the_it_of_a_speech_act_is_the_one_firm_before() -> None:
    text = (
        "Acme Air made a pre-tax loss of £14.2m in the year to March. "
        "It blamed fuel costs and fierce competition on routes to Spain."
    )
    claim = _claim(text, "blamed fuel")
    assert claim.text.startswith("Acme Air blamed fuel costs")


def test_the_it_of_a_speech_act_after_two_firms_is_asked() -> None:
    text = (
        "Acme Air made a loss of £14.2m, while Beta Air made a profit. "
        "It blamed fuel costs and fierce competition on routes to Spain."
    )
    claim = _claim(text, "blamed fuel")
    assert claim.text.startswith("It blamed")
    assert claim.needs_context


def test_a_quotation_with_two_tenses_inside_its_marks_is_the_speakers() -> None:
    text = (
        '"Broadband is as important to villages as roads and railways were to our '
        'grandparents," Councillor Ann Dale said.'
    )
    claim = _claim(text, "grandparents")
    assert claim.speaker == "Councillor Ann Dale"
    assert "said" not in claim.text


def test_an_acronym_in_brackets_is_the_same_organisation_that_spoke() -> None:
    text = (
        "The Rail Accident Safety Board (RASB) said it had sent inspectors to the site.\n\n"
        '"We will be looking at the signals on the line," it said in a statement.'
    )
    assert _claim(text, "looking at the signals").speaker == "The Rail Accident Safety Board"


def test_a_sentence_opening_plural_is_no_name_that_could_be_he() -> None:
    text = (
        "Tom Berg, 58, denies 14 charges including fraud. "
        "Officials say he approved payments to two companies."
    )
    claim = _claim(text, "approved payments")
    assert claim.text.startswith("Tom Berg approved payments")


def test_a_name_a_club_introduced_is_no_rival_person() -> None:
    text = (
        "Wales wing Tom Hale is to leave Leeds after agreeing a deal with French club RC "
        "Valdor.\n\n"
        "The 25-year-old, who has won 22 caps, will earn twice what he earns at Leeds."
    )
    claim = _claim(text, "22 caps")
    assert claim.text.startswith("Tom Hale has won 22 caps")


def test_a_known_surname_the_tagger_read_as_a_noun_is_still_the_subject() -> None:
    # the tagger reads the surname opening its sentence as a common noun
    text = (
        "Wales wing Tom Ffoulkes is to leave Leeds at the end of the season.\n\n"
        "Coach Jim Bell praised the fans for their support.\n\n"
        "Ffoulkes has scored 84 points in 15 matches this season.\n\n"
        "He joined the side from Cardiff in 2002."
    )
    claim = _claim(text, "joined the side")
    assert claim.text.startswith("Tom Ffoulkes joined")


def test_a_name_a_group_introduced_speaks_and_its_it_is_it() -> None:
    text = "Residents' group Save Kelby Meadows said it would ask for the permission to be revoked."
    claim = _claim(text, "revoked")
    assert claim.text.startswith("Save Kelby Meadows would ask")
    assert "'it'" not in claim.context_note


def test_a_body_typed_a_person_is_named_without_its_trade() -> None:
    text = "Turkish public broadcaster TRT Haber said the minister had left Ankara on Monday."
    assert _claim(text, "left Ankara").speaker == "TRT Haber"


def test_a_word_the_recognizer_left_off_a_name_ends_it() -> None:
    text = "The charity Older People First said it had received more than 200 calls."
    claim = _claim(text, "200 calls")
    assert claim.speaker == "Older People First"
    assert claim.text.startswith("Older People First had received")


def test_a_bare_plural_speaker_speaks_for_the_owner_the_lead_gave_its_word() -> None:
    text = (
        "Organisers of the Kelby Moor folk festival have cancelled this weekend's event after "
        "heavy rain.\n\n"
        "Weekend tickets cost £60, and the organisers said all ticket holders would receive "
        "a full refund within 28 days."
    )
    claim = _claim(text, "full refund")
    assert claim.speaker == "the organisers [of the Kelby Moor folk festival]"
    assert not claim.needs_context


def test_a_titled_name_the_recognizer_typed_a_body_is_the_person_set_beside_a_role() -> None:
    text = (
        "Kelby High School was placed in special measures.\n\n"
        "The council's cabinet member for children's services, Councillor Brian Nolan, "
        'said he was "bitterly disappointed".\n\n'
        '"Special measures is not a label that stays for ever," he said.'
    )
    assert _claim(text, "a label").speaker == "Councillor Brian Nolan"
    assert _claim(text, "disappointed").text.startswith("Councillor Brian Nolan was")


def test_she_after_a_passive_sentence_is_the_one_who_did_it() -> None:
    text = (
        "A new drug cut deaths from heart failure by a third in a trial.\n\n"
        "The trial was led by Professor Ann Kerslake, a cardiologist at a Leeds hospital.\n\n"
        '"These are very striking results," she said.'
    )
    assert _claim(text, "striking results").speaker == "Ann Kerslake"


def test_he_after_a_man_arrested_by_another_man_is_still_asked() -> None:
    text = 'Tom Berg was arrested by PC Jim Lee on Monday. "I am innocent," he said.'
    claim = _claim(text, "innocent")
    assert claim.speaker is None
    assert claim.needs_context
