"""Stage 7: a claim says only what the article says.

- Its words outside [bracketed context] come from its source sentence, or, for a name that
  replaced a pronoun or a description ("he" -> "Ana Silva"), from the sentence where that
  name stands. A claim that fails is dropped: it would put words in the article's mouth.
- Its speaker is named in the attributed sentence, its quotation chain, or the sentence where
  the pronoun it replaces was resolved. A speaker that fails is removed and the claim flagged
  as needing context: a wrong speaker is worse than none.
- Words someone speaks (inside quotation marks, or "I", "we", "our") are never the article's
  own voice: with no speaker found the claim is flagged "who said this?".
"""

from __future__ import annotations

import re
import unicodedata

# The space before a bracket goes with it, so `the committee [of X]'s` keeps its possessive.
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # `Acme's`, not the mark opening `'Such`


def _words(text: str) -> list[str]:
    """Words, casefolded; a possessive `'s` is part of its name, not a word of its own."""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFC", text).casefold())
    return _WORD.findall(text)


def foreign_words(claim: str, source: str) -> list[str]:
    """Words of `claim`, outside brackets, that its source does not contain."""
    known = set(_words(source))
    return [w for w in _words(_BRACKETED.sub("", claim)) if w not in known]


def speaker_is_named(speaker: str, sources: list[str]) -> bool:
    """Every word of the speaker (outside brackets) stands in `sources` (the attributed
    sentence, its quotation chain, the sentence that named the person in full)."""
    words = _words(_BRACKETED.sub("", speaker))
    return bool(words) and not foreign_words(speaker, " ".join(sources))
