"""The segmenter finds each sentence where pysbd's own pattern search would, without a pattern."""

from __future__ import annotations

import pysbd
from fuzz_profiles import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.splitter.sentences import _Segmenter, sentence_spans

# Made-up prose with a repeated sentence, odd spacing and abbreviations pysbd rewrites.
WORDS = st.sampled_from(
    ["The mill closed.", "It reopened.", "Mr. Hale", "said", "so", "\u00a0", "  ", "\t", "?", "!"]
)
TEXTS = st.lists(WORDS, max_size=14).map(" ".join)
SENTENCES = st.lists(st.sampled_from(["", "The mill closed.", "It reopened.", "gone", " "]))


def _places(segmenter: pysbd.Segmenter, text: str, sentences: list[str]) -> list[tuple]:
    segmenter.original_text = text
    return [(s.sent, s.start, s.end) for s in segmenter.sentences_with_char_spans(sentences)]


@settings(max_examples=examples(200), deadline=None)
@given(text=TEXTS, sentences=SENTENCES)
def test_sentences_are_placed_as_pysbd_places_them(text: str, sentences: list[str]) -> None:
    ours = _places(_Segmenter(language="en", clean=False), text, sentences)
    assert ours == _places(pysbd.Segmenter(language="en", clean=False), text, sentences)


def test_a_repeated_sentence_is_found_after_the_one_before() -> None:
    text = "The mill closed. It reopened. The mill closed.  Staff returned."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "The mill closed.",
        "It reopened.",
        "The mill closed.",
        "Staff returned.",
    ]
    assert spans[2][0] == text.rindex("The mill closed.")
