"""Sentence boundaries with character offsets into the original text."""

from __future__ import annotations

from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace, in text order.

    pysbd returns the sentences' text; each is located in `text` from where the previous one
    ended, which keeps offsets exact even where pysbd's own `char_span` mode drifts.
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in _segmenter().segment(text) if text.strip() else []:
        stripped = segment.strip()
        if not stripped:
            continue
        start = text.find(stripped, cursor)
        if start < 0:
            continue
        end = start + len(stripped)
        spans.append((start, end))
        cursor = end
    return spans
