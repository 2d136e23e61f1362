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
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.speakers import Voice

if TYPE_CHECKING:
    from factcheck.splitter.document import Sentence
    from factcheck.splitter.drafts import Draft

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


def checked(draft: Draft, sentence: Sentence) -> Draft | None:
    """Stage 7: None when the claim's words are not its sentence's; an unnamed speaker is
    removed and the claim flagged; spoken words with no speaker are flagged, not narrated."""
    if foreign_words(draft.text, " ".join([sentence.text, *draft.sources])):
        return None
    voice = draft.voice
    if voice.speaker and not speaker_is_named(voice.speaker, [sentence.text, *voice.sources]):
        draft.voice = Voice(None, voice.verb)
        draft.notes.append(f"speaker '{voice.speaker}' is not named nearby")
    # `He said C` with `he` unresolved: C is still someone's words, never the article's.
    reported = draft.voice.verb is not None
    if draft.voice.speaker is None and (reported or _spoken(draft, sentence)):
        draft.speaker_unknown = True
        draft.notes.append("who said this? the words are someone's, the speaker was not found")
    return draft


def _spoken(draft: Draft, sentence: Sentence) -> bool:
    """Whether someone, not the article, says the claim: most of its words stand inside
    quotation marks, or it speaks in the first person ("we", "our", "I")."""
    doc = sentence.doc
    indices = draft.words or frozenset(range(len(doc)))
    words = [doc[i] for i in sorted(indices) if i < len(doc) and not doc[i].is_punct]
    if not words:
        return False
    quoted = sum(t.i in sentence.quoted for t in words)
    first_person = any(
        t.lower_ in lexicon.FIRST_PERSON_PRONOUNS and t.tag_ in ("PRP", "PRP$") for t in words
    )
    return first_person or 2 * quoted > len(words)
