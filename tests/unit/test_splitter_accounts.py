"""Whose claim a reported clause is, when the reporting is not a plain `X said C`: a denial's
content is what the speaker holds false; a speaker named inside a relative clause only tells
what a noun is; someone recounting now what another said back then gives their own account.
In each case a wrong speaker would put words in someone's mouth, so the article's wording is
kept whole or the account stays with the one who gives it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.parser import english
from factcheck.splitter.reported import find_attribution


def _claims(text: str) -> list[Claim]:
    return split_text(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme has denied that it misled investors about its accounts.",
        "The club disputes that the player broke his contract.",
    ],
)
def test_what_a_speaker_denies_is_not_credited_to_them_as_their_claim(sentence: str) -> None:
    claims = _claims(sentence)
    assert len(claims) == 1
    assert claims[0].text == sentence
    assert claims[0].speaker is None


def test_a_speaker_in_a_relative_clause_does_not_take_the_whole_sentence() -> None:
    sentence = (
        "Shares in Acme fell 5% to 120p - nowhere near the 300p analysts say the firm is worth."
    )
    (claim,) = _claims(sentence)
    assert claim.text == sentence
    assert claim.speaker is None


def test_which_x_says_still_credits_x_with_what_is_said_of_the_noun() -> None:
    text = "Acme will buy the new Z9 engine, which Zephyr says is the quietest on the market."
    quietest = next(c for c in _claims(text) if "quietest" in c.text)
    assert quietest.speaker == "Zephyr"


def test_an_account_given_now_of_what_was_said_back_then_stays_with_its_teller() -> None:
    text = (
        "In a book published this week, Ann Lee, a former adviser, says Lord Peter Hay warned "
        "Tom Baker on 4 May 2003 that the deal could be illegal without a second vote."
    )
    warned = next(c for c in _claims(text) if "illegal" in c.text)
    assert warned.speaker == "Ann Lee"
    assert "Peter Hay warned Tom Baker on 4 May 2003 that" in warned.text


def test_an_allegation_of_what_someone_told_others_stays_with_who_alleges_it() -> None:
    text = (
        "The prosecutor, Ann Cole, said Tom Baker had told investors that his firm owned land "
        "worth £38m."
    )
    (claim,) = _claims(text)
    assert claim.speaker == "Ann Cole"
    assert claim.text.startswith("Tom Baker had told investors that")


@pytest.mark.parametrize(
    ("text", "kept_whole"),
    [
        (
            "Acme says those tax bills are excessive, and had sought help in French courts.",
            "Acme says those tax bills are excessive, and had sought help in French courts.",
        ),
        (
            "Acme says the bills are excessive and will appeal.",
            "Acme says the bills are excessive and will appeal.",
        ),
    ],
)
def test_a_verb_that_may_be_the_speakers_own_act_is_not_given_the_reported_subject(
    text: str, kept_whole: str
) -> None:
    (claim,) = _claims(text)
    assert claim.text == kept_whole
    assert claim.speaker is None  # the speaker stays in the claim's words


def test_a_backshifted_report_after_said_still_splits_on_its_shared_subject() -> None:
    text = "The coach said Andy Stiles had recovered from a knee injury and would be fit."
    assert [c.text for c in _claims(text)] == [
        "Andy Stiles had recovered from a knee injury.",
        "Andy Stiles would be fit.",
    ]


def test_a_noun_misread_as_a_second_reporting_verb_attributes_nothing() -> None:
    """The parser sometimes reads `account` in `... from a bank (Savings Bank) account to the
    fund` as a verb joined to `say` with no `and`; built here as it parses such sentences."""
    words = [
        "Reports",
        "say",
        "Acme",
        "paid",
        "a",
        "fee",
        "from",
        "a",
        "Bank",
        "account",
        "to",
        "the",
        "fund",
        ".",
    ]
    heads = [1, 1, 3, 1, 5, 3, 3, 8, 6, 1, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "prep", "det", "pobj", "conj"]
    deps += ["prep", "det", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "VERB"]
    pos += ["ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(english().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=words)
    assert doc[9].dep_ == "conj" and doc[9].head.text == "say"
    everything = set(range(len(doc)))
    assert find_attribution(doc, everything, set()) is None


def test_what_starts_after_a_place_named_for_an_event_is_not_said_of_the_place() -> None:
    text = "Leaders met for the summit in Geneva, which ended on Friday."
    (claim,) = _claims(text)
    assert claim.text == text
    assert not any(c.text.startswith("Geneva ended") for c in _claims(text))


def test_a_firm_named_after_a_preposition_still_gets_its_relative_clause() -> None:
    text = "Acme bought a stake in Beta Foods, which employs 400 people."
    assert [c.text for c in _claims(text)] == [
        "Acme bought a stake in Beta Foods.",
        "Beta Foods employs 400 people.",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Staff were told the plant would close in June.", None),
        ("Investors were warned by the regulator that shares could fall 20%.", "the regulator"),
    ],
)
def test_the_one_told_is_not_the_one_who_said_it(text: str, speaker: str | None) -> None:
    assert all(c.speaker == speaker for c in _claims(text))
    assert not any(c.speaker in ("Staff", "Investors") for c in _claims(text))


def test_letters_after_two_names_do_not_make_them_one_person() -> None:
    text = (
        "Jane Roe QC said investors lost £30m. "
        "Mr Hale's barrister, Tom Ash QC, said his client was innocent. "
        '"Mr Hale did not invent these figures," he said.'
    )
    speakers = {c.text: c.speaker for c in _claims(text)}
    assert speakers["Investors lost £30m."] == "Jane Roe"
    assert speakers["Mr Hale did not invent these figures."] == "Tom Ash"
    assert "Jane Roe" not in [s for t, s in speakers.items() if "innocent" in t]


def test_a_name_in_the_speakers_own_of_phrase_is_not_the_speaker() -> None:
    text = "Analyst Hannah Villers, of Dorrington Hale, said the airlines were fighting."
    assert [c.speaker for c in _claims(text)] == ["Hannah Villers"]


def test_a_description_ending_in_a_name_does_not_take_that_persons_he() -> None:
    (claim,) = _claims("The wife of John Smith said he was innocent.")
    assert claim.speaker == "the wife of John Smith"
    assert claim.text == "He was innocent."
    assert claim.needs_context


def test_a_count_of_years_does_not_name_a_later_year() -> None:
    text = (
        "Acme has reported its best Christmas trading for five years. "
        '"People were careful about what they spent for most of the year," Tom Berg said.'
    )
    careful = next(c for c in _claims(text) if "careful" in c.text)
    assert "[five]" not in careful.text


def test_an_ordinal_still_names_a_later_mention() -> None:
    text = "Acme grew in the fourth quarter. Sales in the quarter rose 5%."
    assert "Sales in the [fourth] quarter rose 5%." in [c.text for c in _claims(text)]
