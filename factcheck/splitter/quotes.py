"""Stage 2 (second half): quotations of several sentences.

Reporters close a quotation of several sentences with one attribution: `"A. B. C," he said`.
pysbd keeps such a quotation in one sentence, or (with other punctuation) cuts it into several;
either way each quoted sentence becomes its own claim and inherits the speaker named after the
closing quotation mark.
"""

from __future__ import annotations

import re

from factcheck.splitter import lexicon

_INNER_BOUNDARY = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[\"“‘]?[A-Z])")
_OPENERS = ('"', "“")
MAX_QUOTE_SENTENCES = 8


def quoted_sentences(content: str) -> list[str]:
    """`A. B. C` -> [`A.`, `B.`, `C`]; abbreviations (`Dr. Holm`) do not end a sentence."""
    parts: list[str] = []
    start = 0
    for boundary in _INNER_BOUNDARY.finditer(content):
        before = content[start : boundary.start()].split()
        if before and before[-1].rstrip(".!?").lower() in lexicon.ABBREVIATIONS:
            continue
        parts.append(content[start : boundary.start()])
        start = boundary.end()
    parts.append(content[start:])
    return [p.strip() for p in parts if p.strip()]


def _unclosed(sentence: str) -> bool:
    return sentence.count('"') % 2 == 1 or sentence.count("“") > sentence.count("”")


def quotation_runs(sentences: list[str]) -> dict[int, int]:
    """For sentences that open a quotation closed only in a later sentence: index -> index of
    the sentence that closes it (and carries the attribution)."""
    runs: dict[int, int] = {}
    index = 0
    while index < len(sentences):
        sentence = sentences[index].lstrip()
        if sentence.startswith(_OPENERS) and _unclosed(sentence):
            for later in range(index + 1, min(len(sentences), index + MAX_QUOTE_SENTENCES)):
                if _unclosed(sentences[later]):
                    for member in range(index, later):
                        runs[member] = later
                    index = later
                    break
        index += 1
    return runs
