"""A speaker called only by a calling or an age (`The sprinter says ...`) is the person the
sentence before was about, when every other name in reach is one the speaker's own sentence
gives (a description does not mean a name its sentence names); otherwise the article's words
and a question. Made-up articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_sprinter_who_names_the_man_she_sued_is_the_one_who_sued() -> None:
    text = (
        "Ann Lee has sued her former coach Bo Park over unpaid fees. "
        "The 29-year-old sprinter says Park owes her $50,000."
    )
    claim = _claim(text, "$50,000")
    assert claim.speaker == "Ann Lee"
    assert "who is" not in claim.context_note


def test_the_29_year_old_after_a_sentence_about_one_person_is_that_person() -> None:
    text = "Ann Lee won the 100m final in Oslo. The 29-year-old said the track was 0.2 seconds slow"
    assert _claim(text, "0.2 seconds").speaker == "Ann Lee"


def test_the_sprinter_after_a_sentence_naming_two_people_is_asked() -> None:
    text = (
        "Ann Lee won the 100m final in Oslo, beating world champion Bo Park. "
        "The sprinter said the track was 0.2 seconds slow."
    )
    claim = _claim(text, "0.2 seconds")
    assert claim.speaker not in ("Ann Lee", "Bo Park")
    assert "who is 'the sprinter'?" in claim.context_note


def test_the_sprinter_is_not_the_person_her_own_sentence_names() -> None:
    text = "Ann Lee won the 100m final in Oslo. The sprinter said Lee had trained for 10 years."
    claim = _claim(text, "10 years")
    assert claim.speaker != "Ann Lee"
    assert "who is 'the sprinter'?" in claim.context_note


def test_a_sprinter_is_someone_new() -> None:
    text = "Ann Lee won the 100m final in Oslo. A sprinter said the track was 0.2 seconds slow."
    assert _claim(text, "0.2 seconds").speaker != "Ann Lee"


def test_a_calling_after_the_one_person_named_in_a_report_is_that_person() -> None:
    text = (
        "A former medallist has been banned from cycling for four years.\n\n"
        "Tom Rees, 29, tested positive for EPO last June, Sport Integrity UK said.\n\n"
        "The rider, who won team pursuit silver at the 2022 Games in Birmingham, had denied "
        "taking the drug.\n\n"
        "He argued the result could have been caused by a contaminated supplement, but an "
        'independent tribunal rejected that explanation, saying he had provided "no credible '
        'evidence".'
    )
    claims = split_text(text)
    rider = next(c for c in claims if "had denied" in c.text)
    assert rider.text.startswith("Tom Rees, who won team pursuit silver")
    argued = next(c for c in claims if "contaminated" in c.text)
    assert argued.speaker == "Tom Rees"
    # the tribunal's act and words are never the rider's
    rejected = next(c for c in claims if "rejected" in c.text)
    assert rejected.speaker != "Tom Rees"
    evidence = next(c for c in claims if "credible" in c.text)
    assert evidence.speaker != "Tom Rees"
