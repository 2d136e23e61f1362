"""A defence lawyer's `his client` is the one person the story has in the dock; two
defendants, or a speaker never said to defend, leave it asked. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


_TRIAL = (
    "A former treasurer has been jailed for stealing from a rescue team.\n\n"
    "Graham Pellow, 58, of Keswick, admitted fraud at Carlisle Crown Court in January.\n\n"
)


def test_the_client_of_a_lawyer_defending_is_the_one_defendant() -> None:
    text = _TRIAL + (
        "Defending, Simon Rudd said his client had repaid £11,500 since his arrest and was "
        '"deeply ashamed" of what he had done.'
    )
    claim = _claim(text, "£11,500")
    assert claim.text.startswith("Graham Pellow had repaid £11,500 since his arrest")
    assert claim.speaker == "Simon Rudd"
    assert "his" not in claim.context_note and "he" not in claim.context_note


def test_the_client_of_a_lawyer_in_mitigation_or_quoted_is_the_defendant() -> None:
    mitigation = _TRIAL + "In mitigation, Simon Rudd said his client had repaid £11,500."
    assert _claim(mitigation, "£11,500").text.startswith("Graham Pellow had repaid")
    quoted = _TRIAL + (
        'Simon Rudd, defending, said: "My client has repaid £11,500 and is deeply sorry."'
    )
    assert "Graham Pellow has repaid £11,500" in _claim(quoted, "£11,500").text


def test_two_defendants_or_a_speaker_not_defending_leave_the_client_asked() -> None:
    two = (
        "Two men have been jailed for a bank fraud.\n\n"
        "Tom Hale, 40, and Sam Boyd, 38, admitted fraud at Leeds Crown Court.\n\n"
        "Defending, Ann Price said her client had repaid £2,000."
    )
    assert not _claim(two, "£2,000").text.startswith(("Tom Hale", "Sam Boyd"))
    not_defending = _TRIAL + "Simon Rudd said his client had repaid £11,500."
    assert not _claim(not_defending, "£11,500").text.startswith("Graham Pellow")


def test_the_victims_are_the_one_defendants_and_a_leads_jailed_person_is_one() -> None:
    text = _TRIAL + "The average age of the victims was 74."
    assert "the victims [of Graham Pellow] was 74" in _claim(text, "average age").text
    lead = (
        "A wedding venue owner who took £212,000 from couples has been jailed.\n\n"
        "Graham Pellow, 52, ran Hartwell Barn outside Bristol.\n\n"
        "Defending, Simon Rudd said his client had sold his house to repay them.\n\n"
        "Among the victims were Priya and Tom Adeyemi."
    )
    assert _claim(lead, "sold his house").text.startswith("Graham Pellow had sold")
    assert "the victims [of Graham Pellow]" in _claim(lead, "Adeyemi").text


def test_victims_of_a_story_with_two_defendants_are_asked_about() -> None:
    text = (
        "Two men have been jailed for a bank fraud.\n\n"
        "Tom Hale, 40, and Sam Boyd, 38, admitted fraud at Leeds Crown Court.\n\n"
        "The average age of the victims was 74."
    )
    assert "[" not in _claim(text, "average age").text
