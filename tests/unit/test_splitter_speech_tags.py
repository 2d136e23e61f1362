"""Reporting words never stay in a claim's words: a speech tag inside the sentence (`C, he
said, and would D`), `pointing out that`, a `that` or a subject the parser hung on the
reporting verb, a `she said` inside a relative clause of what was said. What was said is the
claim and the one who said it its speaker. Every sentence here is made up."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


def test_the_predicate_after_a_speech_tag_takes_the_contents_subject() -> None:
    text = (
        "Regulator chief Tom Berg spoke in Leeds on Monday. "
        "The levy would apply from May next year, he said, and would cut bills by about 8% "
        "each year for two years."
    )
    claim = _claim(text, "cut bills")
    assert claim.text.startswith("The levy would cut bills")
    assert "Tom Berg would" not in claim.text
    assert claim.speaker == "Tom Berg"


def test_a_reporting_participle_after_the_content_is_a_second_claim_of_the_speaker() -> None:
    text = (
        "Ann Lee, of broker Dale Hart, said the bid was fair, pointing out that the grocer's "
        "sales had fallen 4.2% in the past year."
    )
    texts = _texts(text)
    assert not any("pointing out" in t for t in texts)
    sales = _claim(text, "sales had fallen")
    assert sales.text.startswith("The grocer's sales had fallen 4.2%")
    assert sales.speaker == "Ann Lee"


def test_a_subject_read_as_the_object_of_said_stays_in_the_content() -> None:
    text = (
        "The Nurses Guild said the problem was national. It said figures it had gathered "
        "showed 12 hospitals had missed the target last year."
    )
    claim = _claim(text, "12 hospitals")
    assert claim.text.startswith("Figures")
    assert " said " not in claim.text
    assert claim.speaker is not None
    assert claim.speaker.endswith("Nurses Guild")


def test_an_added_that_the_parser_split_in_two_leaves_out_the_speaker_and_verb() -> None:
    text = (
        "Rail chief Tom Berg said the firm had changed its checks. He added that every cable "
        "altered during building work was now checked twice before being switched back on."
    )
    claim = _claim(text, "checked twice")
    assert claim.text.startswith("Every cable altered")


def test_a_that_read_as_an_adverb_is_not_left_at_the_front() -> None:
    text = "The singer Tom Berg said last year that he thought streaming was great."
    claim = _claim(text, "streaming")
    assert not claim.text.lower().startswith("that")


def test_the_one_told_in_a_relative_report_goes_with_the_telling() -> None:
    text = (
        "Ann Webb, who told the court she had no idea where the cash came from, "
        "showed no emotion as the verdict was read."
    )
    texts = _texts(text)
    assert "Ann Webb showed no emotion." in texts
    assert not any("Ann Webb, the court" in t for t in texts)


def test_a_telling_verb_with_no_content_splits_without_error() -> None:
    assert split_text("he told") is not None
    assert split_text("Ann Webb, who told the court, left.") is not None


def test_a_backshifted_predicate_joined_to_said_is_still_the_speakers() -> None:
    text = 'Ian Carr, who denies doping, said he was "devastated" and would appeal to the court.'
    claim = _claim(text, "appeal")
    assert claim.speaker == "Ian Carr"
    assert claim.text == "Ian Carr would appeal to the court."


def test_a_second_that_clause_read_inside_its_subject_is_still_the_speakers() -> None:
    text = (
        "The Patients' Voice Association said the improvements were welcome, but that "
        "waits for some patients remained too long once they had been admitted."
    )
    claim = _claim(text, "remained too long")
    assert claim.speaker == "The Patients' Voice Association"
    assert claim.text.startswith("Waits for some patients")
    assert "once they had been admitted" in claim.text  # not the association: patients too
    assert claim.needs_context


def test_a_closing_tag_read_as_a_second_subject_of_a_relative_clause_keeps_its_speaker() -> None:
    # The small parser gives the tag's verb the relative clause's subject too (`an engineer
    # ... said`, `a builder ... said`): the engineer and the builder said nothing.
    for text, speaker in [
        (
            "One pensioner handed over £9,500 for a new boiler that an engineer later valued "
            "at less than £1,500, detective Anna Price said.",
            "Anna Price",
        ),
        (
            "In another case, a retired teacher paid £12,000 over two months for work that a "
            "builder later valued at under £900, prosecutor Mark Dean said.",
            "Mark Dean",
        ),
    ]:
        [claim] = split_text(text)
        assert claim.speaker == speaker, claim
        assert "valued at" in claim.text and "said" not in claim.text, claim.text


def test_a_clause_joined_after_what_was_said_is_nobodys_for_certain() -> None:
    # `but few young people were coming`: told in the reported form, it may be the speaker's
    # still; the article does not say, so the claim is flagged, not given to the article.
    text = (
        "Owen Price has run the yard for 20 years. He said a good farrier could shoe about "
        "eight horses a day, but few apprentices were joining the trade."
    )
    claim = _claim(text, "apprentices")
    assert claim.speaker is None and claim.speaker_unknown, claim
    assert claim.needs_context and "whose words" in claim.context_note
    assert _claim(text, "farrier").speaker == "Owen Price"
    # an event the article tells in the plain past is its own
    told = "She said the fence had been cut by thieves, but the police found no sign of a break-in."
    event = _claim(told, "police")
    assert event.speaker is None and not event.speaker_unknown, event


def test_a_call_joined_after_what_was_said_is_the_speakers_not_the_reported_subjects() -> None:
    # The parser joins `called for` / `urged` to what was said (`were`), so the figures or
    # the pensioners made the call: it is the speaker's.
    text = (
        'Councillor Rhian Moss said the waiting lists were "shameful" and called for the trust '
        "to publish weekly figures."
    )
    call = _claim(text, "weekly figures")
    assert call.text.startswith("Councillor Rhian Moss called for"), call.text
    assert "lists called" not in call.text
    urged = _claim(
        "The safety office said it was working with the importer and urged owners to stop "
        "using the heaters.",
        "urged owners",
    )
    assert urged.text.startswith("The safety office urged owners"), urged.text
    warned = _claim(
        "Dr Ann Lee said the results were encouraging but warned against complacency.",
        "complacency",
    )
    assert "results warned" not in warned.text.lower(), warned.text


def test_a_quotation_tagged_joked_or_conceded_is_the_speakers_and_carries_the_chain() -> None:
    text = (
        'Mr Hale said he had no plans to retire. "I have been doing this for 30 years," he '
        "joked.\n\n"
        '"The best part is seeing the same families come back every winter."'
    )
    joked = _claim(text, "30 years")
    assert joked.speaker == "Hale", joked
    assert "joked" not in joked.text
    assert _claim(text, "same families").speaker == "Hale"
