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
    from spacy.tokens import Token

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
    elif draft.voice.speaker is None and (tag := _told_on_after(draft, sentence)) is not None:
        draft.speaker_unknown = True
        draft.notes.append(f"whose words? they follow '{tag}' and may still be theirs")
    return draft


_BACKSHIFT_AUXILIARIES = frozenset({"would", "could", "might", "should", "had"})


def _told_on_after(draft: Draft, sentence: Sentence) -> str | None:
    """`He said a shearer could clip 300 sheep a day, but few young people were coming into
    the trade`: a clause joined to a reporting verb after what it reports, with a subject of
    its own and its verb in a reported form (`were coming`, `would`, `had`), may be the
    speaker's still or the article's; the article does not say. The words `He said`, or
    None when the claim is no such clause."""
    doc = sentence.doc
    if not draft.words:
        return None
    for verb in doc:
        if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue
        for clause in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
            within = {t.i for t in clause.subtree}
            if not (draft.words - within) <= {t.i for t in doc if t.is_punct}:
                continue
            if _backshifted_with_own_subject(clause):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return f"{subject.text} {verb.text}" if subject is not None else verb.text
    return None


def _backshifted_with_own_subject(clause: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or any(c.dep_ == "mark" for c in clause.children):
        return False
    if clause.lemma_.lower() in lexicon.REPORTING_LEMMAS:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    progressive = clause.tag_ == "VBG" and any(a.lower_ in ("was", "were") for a in auxiliaries)
    return progressive or any(a.lower_ in _BACKSHIFT_AUXILIARIES for a in auxiliaries)


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
