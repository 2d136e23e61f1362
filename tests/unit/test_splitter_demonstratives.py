"""`this` or `that` is asked about only when the claim holds nothing before it that it could
mean: a clause of its own, or the figure a `twice that` counts from. Made-up sentences."""

from __future__ import annotations

from factcheck.splitter.document import read_sentences
from factcheck.splitter.implicit import nothing_before_it_could_mean


def _ask(text: str, word: str) -> bool:
    doc = read_sentences(text)[0].doc
    pronoun = next(t for t in doc if t.lower_ == word)
    return nothing_before_it_could_mean(pronoun, set(range(len(doc))))


def test_only_the_verbs_it_depends_on_before_it_leave_it_open() -> None:
    assert _ask("I hope this sends a message.", "this")


def test_a_clause_of_the_claim_before_it_is_what_it_means() -> None:
    assert not _ask("Sales rose and this helped profits.", "this")


def test_a_figure_before_twice_that_is_what_it_counts_from() -> None:
    assert not _ask("Acme cut 500 jobs and plans to cut twice that.", "that")


def test_the_verbs_of_a_noun_s_clause_are_not_what_it_means() -> None:
    text = "Users who made calls and browsed the web would find it nowhere near that."
    assert _ask(text, "that")
