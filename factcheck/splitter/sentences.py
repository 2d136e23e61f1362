"""Sentence boundaries with character offsets into the original text (stage 2, first half).

pysbd segments one paragraph at a time (a sentence never crosses a line break in news copy),
and a paragraph longer than `MAX_BLOCK` characters is cut at its last full stop, or else its
last space, before that limit: pysbd's cost grows faster than the length of a text without
sentence ends, so a pasted megabyte with no full stop would otherwise take hours.

A `?` or `!` that ends a name (`the consumer group Which? said`, `Yahoo! reported`) is no
sentence end when the next segment opens with a lowercase word: a sentence starts with a
capital, so that word carries on the sentence before.

pysbd locates each sentence it found in its text with a regular expression made of that
sentence; `_Segmenter` finds the same places with `str.find`. Compiling one pattern per sentence
cost as much as a tenth of the splitter's own time, and flooded Python's small cache of
compiled patterns so that pysbd's own patterns were compiled again and again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pysbd
from pysbd.utils import TextSpan

MAX_BLOCK = 5_000
_PARAGRAPH = re.compile(r"[^\n]+")
_LAST_STOP = re.compile(r".*[.!?][\"”’)]?\s", re.DOTALL)
_SPACES = re.compile(r"\s*")


class _Segmenter(pysbd.Segmenter):  # type: ignore[misc]
    """pysbd's segmenter, locating its sentences in the text without a pattern for each."""

    def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
        """As pysbd's: each sentence with the whitespace after it, at its first place in the
        text that ends after the previous one's end (a sentence not found is left out)."""
        text: str = self.original_text
        spans: list[TextSpan] = []
        previous_end = 0
        for sentence in sentences:
            if not sentence:  # pysbd's pattern is then whitespace alone: read it as pysbd does
                found = next((m for m in _SPACES.finditer(text) if m.end() > previous_end), None)
                if found is not None:
                    spans.append(TextSpan(found.group(), found.start(), found.end()))
                    previous_end = found.end()
                continue
            cursor = 0
            while (start := text.find(sentence, cursor)) >= 0:
                end = start + len(sentence)
                while end < len(text) and text[end].isspace():  # the pattern's trailing \s*
                    end += 1
                if end > previous_end:
                    spans.append(TextSpan(text[start:end], start, end))
                    previous_end = end
                    break
                cursor = end
        return spans


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return _Segmenter(language="en", clean=False)


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
