"""BERT's WordPiece split of the matcher's words: greedy longest match against a vocabulary.

The same split the distilled word-piece vectors were trained on (scripts/
distill_word_vectors.py), computed from `text.words`, so a text is read once for both BM25 and
the vectors. Each distinct word is split once and remembered.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from factcheck.matching.text import words

UNKNOWN = "[UNK]"
CONTINUATION = "##"
LONGEST_WORD = 100


class WordPieces:
    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.vocabulary = list(vocabulary)
        self._ids = {piece: number for number, piece in enumerate(self.vocabulary)}
        self._unknown = self._ids.get(UNKNOWN, 0)
        self.split_word = lru_cache(maxsize=200_000)(self._split_word)

    def __len__(self) -> int:
        return len(self.vocabulary)

    def encode(self, text: str) -> list[int]:
        return self.encode_words(words(text))

    def encode_words(self, text_words: Iterable[str]) -> list[int]:
        return [piece for word in text_words for piece in self.split_word(word)]

    def _split_word(self, word: str) -> tuple[int, ...]:
        if not word.isascii():
            decomposed = unicodedata.normalize("NFD", word)
            word = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        if len(word) > LONGEST_WORD:
            return (self._unknown,)
        found, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
                if piece in self._ids:
                    found.append(self._ids[piece])
                    start = end
                    break
            else:
                return (self._unknown,)
        return tuple(found)
