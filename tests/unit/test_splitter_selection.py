"""What the splitter does not emit: questions and fragments, and, in the article's own voice,
clauses no evidence could confirm or refute (hopes, bare value judgements, schedule lines),
while the checkable facts of the same sentences stay. A named speaker's view stays: that they
said it is on the record."""

from __future__ import annotations

import pytest

from factcheck.splitter import split_text


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the bank raise rates in 2025?",
        '"I am sure they will be watching the programme with great interest."',
        "Acme hopes to have 50 orders in place by mid-2005.",
        "That now seems unlikely.",
        "Its response was typical.",
        "A committee of the board will discuss the plans on Monday.",
        "Details of the settlement will be announced next week.",
        "Click here to read more.",
    ],
)
def test_a_clause_with_nothing_to_check_is_not_a_claim(sentence: str) -> None:
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    "quote",
    [
        '"That\'s what I say," said Tom Berg.',
        '"This is what we do," Ana Silva said.',
        '"Look at exactly what happened," said Tom Berg.',
    ],
)
def test_a_quote_that_only_points_or_tells_is_not_a_claim(quote: str) -> None:
    assert _texts(f"Acme Corp cut 200 jobs in Oslo in 2004. {quote}") == [
        "Acme Corp cut 200 jobs in Oslo in 2004."
    ]


def test_a_pointing_quote_that_names_something_stays() -> None:
    texts = _texts('"That is why the bank cut 200 jobs in 2004," said Tom Berg.')
    assert texts == ["That is why the bank cut 200 jobs in 2004."]


def test_the_checkable_clause_of_a_sentence_stays_when_the_opinion_goes() -> None:
    texts = _texts("Acme Corp cut 200 jobs in Oslo in 2004. Its response was typical.")
    assert texts == ["Acme Corp cut 200 jobs in Oslo in 2004."]


def test_a_named_speakers_view_stays_with_its_speaker() -> None:
    claims = split_text('"Mr Berg is simply not credible," said Ana Silva.')
    assert [(c.text, c.speaker) for c in claims] == [
        ("Mr Berg is simply not credible.", "Ana Silva")
    ]


def test_where_the_speaker_spoke_is_a_claim_only_when_it_reads_as_one() -> None:
    kept = _texts('"Sales fell by 12%," Ana Silva said at a rally in the city of Oslo.')
    assert "Ana Silva said at a rally in the city of Oslo." in kept
    dropped = _texts('In a letter to Acme Corp on Monday, Ana Silva said: "Sales fell by 12%."')
    assert not any(t.endswith("said.") for t in dropped)
    told = _texts("Ana Silva told reporters in Oslo that Acme cut 200 jobs.")
    assert not any("told reporters" in t for t in told)  # where it was heard, not a fact
    assert "Acme cut 200 jobs." in told
    letter = _texts('"Sales fell by 12%," Ana Silva said in an open letter to Acme Corp.')
    assert "Ana Silva said in an open letter to Acme Corp." in letter


def test_went_on_to_say_gives_what_was_said_not_that_someone_went_on() -> None:
    texts = _texts("Tom Berg said Acme cut 200 jobs. He went on to say that prices have risen.")
    assert not any(t.endswith("went on.") for t in texts)
    assert "Prices have risen." in texts


def test_what_a_speaker_did_beyond_speaking_stays_a_claim() -> None:
    assert _texts("Ana Silva warned of a recession in Norway.") == [
        "Ana Silva warned of a recession in Norway."
    ]


def test_a_subjectless_fragment_is_not_a_claim() -> None:
    texts = _texts('The settlement "was an opportunity to move on," said Tom Berg. Acme paid $8m.')
    assert not any(t.startswith("Was ") for t in texts)
    assert "Acme paid $8m." in texts


def test_a_schedule_line_that_states_a_fact_in_a_relative_clause_stays() -> None:
    sentence = (
        "Health regulators will decide on Monday whether to approve pills that have been "
        "linked to a higher risk of stroke."
    )
    assert any("linked to a higher risk of stroke" in text for text in _texts(sentence))
    assert _texts("A committee of the board will discuss the plans on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"I would be surprised if these firms did not know about it," Ana Silva said.',
        '"We are sure that rival banks would not accept losses on such a scale," Acme said.',
        '"It has been a remarkable and wonderful experience," said Tom Berg.',
    ],
)
def test_a_named_speakers_guess_or_judgement_of_nothing_named_is_not_a_claim(
    sentence: str,
) -> None:
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ('"I hope we can settle this peacefully," said Tom Berg.', "I hope"),
        ('"The ruling was deeply disappointing," said Tom Berg.', "disappointing"),
        ('"Acme was surprised by the ruling," said Tom Berg.', "surprised"),
    ],
)
def test_a_named_speakers_hope_or_view_of_something_named_stays(sentence: str, kept: str) -> None:
    assert any(kept in text for text in _texts(sentence))


@pytest.mark.parametrize(
    "quote",
    [
        '"They are simply not in the interest of the staff," said Tom Berg.',
        '"This lets the board move on from the dispute," said Tom Berg.',
        '"That was the plan," said Ana Silva.',
        '"There are real advantages to a merger like this," said Tom Berg.',
    ],
)
def test_a_quote_about_nothing_it_identifies_is_not_a_claim(quote: str) -> None:
    assert _texts(f"Acme Corp cut 200 jobs in Oslo in 2004. {quote}") == [
        "Acme Corp cut 200 jobs in Oslo in 2004."
    ]


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        ('"They were arrested by the police," said Tom Berg.', "arrested by the police"),
        ('"This cost the bank $5m," said Tom Berg.', "$5m"),
        ('"It was the largest sale," said Tom Berg.', "the largest sale"),
        ('"This is not a good sign for Norway," said Tom Berg.', "Norway"),
        ('"There are 200 stores like this," said Tom Berg.', "200 stores"),
    ],
)
def test_a_pointing_quote_with_an_event_a_figure_a_rank_or_a_name_stays(
    quote: str, kept: str
) -> None:
    assert any(kept in text for text in _texts(quote))


def test_a_hypothetical_put_to_you_is_not_a_claim_but_a_rule_that_was_applied_is() -> None:
    reasoning = '"If you ignore the price, waiting would mean losing a loyal customer,"'
    assert _texts(f"Acme Corp cut 200 jobs in 2004. {reasoning} said Ana Silva.") == [
        "Acme Corp cut 200 jobs in 2004."
    ]
    applied = _texts('"If you are married, you got a tax cut," said Ana Silva.')
    assert applied == ["If you are married, you got a tax cut."]
    counted = _texts('"If you earn $20,000, you would pay no tax," said Ana Silva.')
    assert counted == ["If you earn $20,000, you would pay no tax."]


def test_a_crosshead_in_the_body_is_no_claim_unless_it_states_a_figure() -> None:
    claims = split_text(
        "Ferry firm fined over late sailings\n\n"
        "Solent Link was fined £1m on 3 May 2004 for running late ferries.\n\n"
        "Engine trouble\n\n"
        "Solent Link blamed engine faults for 40% of the delays.\n\n"
        "Fares up 9%\n\n"
        "Fares rose 9% in the year to March.\n"
    )
    texts = [c.text for c in claims]
    assert "Engine trouble." not in texts
    assert "Fares up 9%." in texts
    assert any("blamed engine faults" in t for t in texts)


def test_an_elided_copula_ending_a_claim_is_a_fragment_and_no_claim() -> None:
    texts = _texts('A spokesman said: "Councils are not the problem. Packaging is."')
    assert "Packaging is." not in texts
    assert "Prices are high." in _texts("Prices are high.")


def test_a_title_read_as_a_verb_over_the_report_is_no_claim() -> None:
    # the parser reads `coxswain` as a verb whose clause is `Jo Pell said ...`
    texts = _texts("Lifeboat coxswain Jo Pell said it was the station's 19th call-out this year.")
    assert "Lifeboat coxswain." not in texts
    assert any("19th call-out" in t for t in texts)
