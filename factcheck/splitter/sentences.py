"""Sentence boundaries with character offsets into the original text (stage 2, first half).

pysbd segments one paragraph at a time (a sentence never crosses a line break in news copy),
and a paragraph longer than `MAX_BLOCK` characters is cut at its last full stop, or else its
last space, before that limit: pysbd's cost grows faster than the length of a text without
sentence ends, so a pasted megabyte with no full stop would otherwise take hours.

A `?` or `!` that ends a name (`the consumer group Which? said`, `Yahoo! reported`) is no
sentence end when the next segment opens with a lowercase word: a sentence starts with a
capital, so that word carries on the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pysbd

MAX_BLOCK = 5_000
_PARAGRAPH = re.compile(r"[^\n]+")
_LAST_STOP = re.compile(r".*[.!?][\"”’)]?\s", re.DOTALL)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, block) pieces of `text` no longer than MAX_BLOCK, cut between sentences."""
    for paragraph in _PARAGRAPH.finditer(text):
        start, body = paragraph.start(), paragraph.group()
        while len(body) > MAX_BLOCK:
            window = body[:MAX_BLOCK]
            stop = _LAST_STOP.match(window)
            cut = stop.end() if stop else window.rfind(" ") + 1 or MAX_BLOCK
            yield start, body[:cut]
            start, body = start + cut, body[cut:]
        if body.strip():
            yield start, body


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace, in text order.

    pysbd returns the sentences' text; each is located in its block from where the previous
    one ended, which keeps offsets exact even where pysbd's own `char_span` mode drifts.
    """
    spans: list[tuple[int, int]] = []
    for offset, block in _blocks(text):
        cursor = 0
        for segment in _segmenter().segment(block):
            stripped = segment.strip()
            if not stripped:
                continue
            start = block.find(stripped, cursor)
            if start < 0:
                continue
            end = start + len(stripped)
            if spans and _carries_on(text, spans[-1], offset + start):
                spans[-1] = (spans[-1][0], offset + end)
            else:
                spans.append((offset + start, offset + end))
            cursor = end
    return spans


def _carries_on(text: str, previous: tuple[int, int], start: int) -> bool:
    """`Which?` + `said the changes were overdue.`: a segment cut after a `?` or `!` that
    opens with a lowercase letter continues the one before (on the same line)."""
    ends_with_mark = text[previous[1] - 1] in "?!"
    same_line = "\n" not in text[previous[1] : start]
    return ends_with_mark and same_line and text[start].islower()
