"""Whatever text a reviewer pastes in, the splitter returns claims whose spans lie inside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_profiles import examples
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.models import Claim
from factcheck.splitter import split_text
from factcheck.splitter.faithfulness import foreign_words
from factcheck.splitter.parser import english
from factcheck.splitter.sentences import MAX_BLOCK

NEWS_WORDS = st.sampled_from(
    ["said", "told", "that", "and", "but", ",", ";", '"', "“", "”", ".", "which", "who",
     "including", "according to", "he", "it", "they", "the president", "President", "Ana",
     "Lopez", "rose", "3%", "is", "has", "warned", "accused", "of", "…", "\n", "- ", "•", "(",
     ")", "such as", "after", "them", "between", "both", "saying", "Critics", "say", "born",
     "where", "The", "company", "a", "—", "...", "Chile", "Peru"]
)  # fmt: skip


def _spans_inside(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        start, end = claim.span
        assert 0 <= start <= end <= len(text)
        assert claim.text.strip()


@settings(max_examples=examples(150), deadline=None)
@given(st.text())
def test_any_unicode_text_splits_without_error(text: str) -> None:
    _spans_inside(text, split_text(text))


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(NEWS_WORDS, max_size=60).map(" ".join))
@example('" , , said')  # once crashed: an empty apposition after the subject
def test_news_shaped_nonsense_splits_without_error(text: str) -> None:
    _spans_inside(text, split_text(text))


def test_empty_and_blank_text_give_no_claims() -> None:
    assert split_text("") == []
    assert split_text(" \n\t ") == []


def test_unbalanced_quotes_and_bullet_lists() -> None:
    text = (
        '"Prices rose 4%, he said.\n\n- Wages fell 2% in May\n'
        '- "Rents rose, said Lopez\n• ”Exports fell.'
    )
    claims = split_text(text)
    assert claims
    _spans_inside(text, claims)


# Long copy is split one sentence at a time: the parser never gets more than a tenth of it (nor
# twice the longest block the sentence splitter cuts). spaCy needs about 1 GB per 100,000
# characters parsed at once, so this bound is what keeps a megabyte in memory; the time and
# peak memory of a real megabyte are measured by benchmarks/bench_split.py. With spaCy capped
# at a tenth of the text, a step that parsed it whole (or more than a tenth at once) fails at
# any length: 40,000 characters prove what 100,000 capped at 10,000 did, in 40% of the time.
LONG_TEXT = 40_000
LONGEST_PARSE = 2 * MAX_BLOCK


@pytest.mark.slow
def test_long_news_text_splits_without_parsing_it_whole(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenth = LONG_TEXT // 10
    assert tenth <= LONGEST_PARSE  # so the cap below is also within the absolute bound
    monkeypatch.setattr(english(), "max_length", tenth)  # spaCy refuses anything longer
    body = seed_path.read_text(encoding="utf-8")
    text = ((body + "\n\n") * (LONG_TEXT // len(body) + 1))[:LONG_TEXT]
    claims = split_text(text)
    assert len(claims) > len(text) // 1000
    _spans_inside(text, claims)


# Nine blocks: with the parser capped at two blocks, a step that parsed the line whole (or more
# than two of its blocks at once) fails here, which no length could show without the cap. More
# blocks only repeat the same cut and cost about 0.15 s of one core each (188,000 characters,
# the old length, took ~6 s and checked less).
LONG_LINE = 9 * MAX_BLOCK


@pytest.mark.slow
def test_one_long_line_without_a_full_stop_still_yields_claims(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(english(), "max_length", LONGEST_PARSE)  # spaCy refuses anything longer
    clause = "prices rose and wages fell, the minister said "
    text = clause * (LONG_LINE // len(clause) + 1)
    assert len(text) > LONG_LINE > 4 * LONGEST_PARSE
    claims = split_text(text)
    assert claims
    _spans_inside(text, claims)


# Realistic news copy: names, lists, quotations across paragraphs, brackets, figures, dates,
# bullets, headings, tables, Windows line ends, emoji and right-to-left script.
NAMES = st.sampled_from(
    ["Ana Silva", "Mr Berg", "Lena Holm", "Acme Corp", "the World Bank", "Oslo", "Dr Kaya",
     "Helen Morgan-Price", "Morgan-Price", "Jean-Luc Okafor", "Ms O'Neill", "Sir Tom Lee-Hart"]
)  # fmt: skip
CLAUSES = st.sampled_from(
    ["prices rose 4% in May", "the firm cut 200 jobs", "he said it would resign",
     "she denied the claim", "they will meet on Tuesday", "it was sold for $9bn (£4.8bn)",
     "wages fell by a third last year", "the deal was signed on 2 March 2005"]
)  # fmt: skip


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    shape = draw(st.integers(0, 6))
    name, clause = draw(NAMES), draw(CLAUSES)
    names = ", ".join(draw(st.lists(NAMES, min_size=2, max_size=5))) + " and " + draw(NAMES)
    return [
        f"{name} said {clause}.",
        f'"{clause.capitalize()}," {name} said.',
        f"{names}.",
        f"{names} {clause}.",
        f'{name} added: "{clause.capitalize()}.',
        f"{clause.capitalize()} ({name}), according to {name}.",
        f"{name}, who {clause}, said {clause}.",
    ][shape]


DECORATIONS = st.sampled_from(
    ["", "\r\n", "\n\n", "\n- ", "\n• ", "\n# Heading\n", "\n| a | b |\n|---|---|\n| 1 | 2 |\n",
     " 🙂 ", " مرحبا بالعالم ", " שלום ", "\n\n\"", " — ", " (", ") "]
)  # fmt: skip


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(news_sentence(), DECORATIONS), min_size=1, max_size=8))
def test_realistic_news_copy_splits_and_every_word_comes_from_it(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(sentence + " " + decoration for sentence, decoration in pieces)
    claims = split_text(text)
    _spans_inside(text, claims)
    for claim in claims:
        assert not foreign_words(claim.text, text), claim.text
        assert not claim.speaker or not foreign_words(claim.speaker, text), claim.speaker


def test_a_verbless_list_of_names_is_one_claim() -> None:
    text = "Starring Angelina Jolie, Elle Fanning, Ed Skrein, Michelle Pfeiffer and Sam Riley."
    assert [c.text for c in split_text(text)] == [text]
