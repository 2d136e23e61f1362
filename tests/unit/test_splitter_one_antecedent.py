"""A description or pronoun takes a name only when exactly one compatible antecedent is in
reach: `the company` after a sentence about one firm, `The 45-year-old` after a sentence naming
one person. Two candidates, or a public body, leave the article's words, flagged. Made-up
articles."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.splitter import split_text


def _claim(text: str, words: str) -> Claim:
    return next(c for c in split_text(text) if words in c.text)


def test_the_company_is_the_firm_the_sentence_before_was_about() -> None:
    text = (
        "Tarnwick Rail has been fined 300,000 after a signal failure near Dunmere. "
        "The company, which owns the line, admitted breaching safety law at Dunmere Crown Court."
    )
    owns = _claim(text, "owns the line")
    assert owns.text.startswith("Tarnwick Rail owns the line")
    assert "which company?" not in owns.context_note
    admitted = _claim(text, "admitted breaching")
    assert admitted.text.startswith("Tarnwick Rail admitted")
    assert not admitted.needs_context


def test_the_company_after_a_sentence_naming_two_firms_is_asked() -> None:
    text = (
        "Tarnwick Rail has been fined 300,000 after a signal failure. "
        "It took the work back from contractors including Belmont Signals. "
        "The company reported losses of 60m."
    )
    claim = _claim(text, "losses of 60m")
    assert "Tarnwick" not in claim.text and "Belmont" not in claim.text
    assert "which company?" in claim.context_note


def test_a_public_body_is_no_ones_firm() -> None:
    text = (
        "The Dunmere Pensions Authority took over the scheme in May. "
        "The firm collapsed in 2003."
    )
    claim = _claim(text, "collapsed in 2003")
    assert "Authority" not in claim.text
    assert "which firm?" in claim.context_note
