"""What the splitter does not emit: clauses no evidence could confirm or refute (questions,
fragments, the speaker's state of mind, hopes, bare value judgements, schedule lines), while
the checkable facts of the same sentences stay."""

from __future__ import annotations

import pytest

from factcheck.splitter import split_text


def _texts(text: str) -> list[str]:
    return [c.text for c in split_text(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the bank raise rates in 2025?",
        '"I am sure they will be watching the programme with great interest," he said.',
        '"We challenge him to take the same test," said Ana Silva.',
        "Acme hopes to have 50 orders in place by mid-2005.",
        "That now seems unlikely.",
        '"Mr Berg is simply not credible," said Ana Silva.',
        "A committee of the board will discuss the plans on Monday.",
        "Details of the settlement will be announced next week.",
    ],
)
def test_a_clause_with_nothing_to_check_is_not_a_claim(sentence: str) -> None:
    assert _texts(sentence) == []


def test_the_checkable_clause_of_a_sentence_stays_when_the_opinion_goes() -> None:
    texts = _texts(
        "Acme Corp cut 200 jobs in Oslo in 2004. "
        '"We were certainly not sophisticated," said Ana Silva, its founder.'
    )
    assert texts == ["Acme Corp cut 200 jobs in Oslo in 2004."]


def test_where_the_speaker_spoke_is_not_a_claim_of_its_own() -> None:
    texts = _texts(
        '"Sales fell by 12% in 2004," Ana Silva said in an open letter to shareholders last month.'
    )
    assert texts == ["Sales fell by 12% in 2004."]


def test_a_subjectless_fragment_is_not_a_claim() -> None:
    texts = _texts('The settlement "was an opportunity to move on," said Tom Berg. Acme paid $8m.')
    assert not any(t.startswith("Was ") for t in texts)
    assert "Acme paid $8m." in texts
