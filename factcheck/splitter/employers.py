"""Stage 5, continued: the organisation a speaker's title names.

News introduces a company's voice by its title: `Acme spokesman John Smith`, `Acme chief
executive Jane Doe`, `John Smith, a spokesman for Acme`. In that person's words (a quotation, or
`he said the company would ...`), `the company` is that organisation. Only a one-word name counts
(spaCy may type it an organisation or, wrongly, a person); a place (`US spokesman`) or a longer
phrase is left alone, and the caller keeps the article's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.splitter.document import Sentence

_NOT_EMPLOYERS = frozenset({"GPE", "LOC", "NORP", "DATE", "CARDINAL", "ORDINAL"})


@dataclass(frozen=True)
class Employer:
    """The organisation a person's title names, and the sentence that says so."""

    name: str
    sentence: int


def titled_employers(sentences: list[Sentence]) -> dict[str, Employer]:
    """Each person (by full name as the article gives it) whose title names one organisation."""
    found: dict[str, Employer] = {}
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for person in (e for e in sentence.doc.ents if e.label_ == "PERSON"):
            name = _title_before(person) or _title_after(person)
            if name is not None and person.text not in found:
                found[person.text] = Employer(name, sentence.index)
    return found


def _company_title(token: Token) -> bool:
    return token.lower_ in lexicon.COMPANY_TITLES


def _one_word_name(token: Token) -> bool:
    """`Acme` (capitalised, a proper noun, not a place or a people), standing alone."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ not in _NOT_EMPLOYERS
        and token.is_alpha
    )


def _title_before(person: Span) -> str | None:
    """`Acme spokesman John Smith`, `Acme chief executive Jane Doe`."""
    doc, i = person.doc, person.start - 1
    if i < 0 or not _company_title(doc[i]):
        return None
    while i > 0 and (_company_title(doc[i - 1]) or doc[i - 1].lower_ in lexicon.RANK_WORDS):
        i -= 1  # `chief executive`, `deputy chairman`
    name = i - 1
    if name < 0 or not _one_word_name(doc[name]):
        return None
    if name > 0 and (doc[name - 1].pos_ == "PROPN" or doc[name - 1].lower_ in ("'s", "of")):
        return None  # `Acme Holdings spokesman`: more than one word, or whose is unclear
    return doc[name].text


def _title_after(person: Span) -> str | None:
    """`John Smith, a spokesman for Acme,`."""
    doc = person.doc
    words = [t for t in doc[person.end : person.end + 7]]
    lowered = [t.lower_ for t in words]
    if len(words) < 5 or lowered[0] != "," or lowered[1] not in ("a", "the"):
        return None
    rest = words[2:]
    while rest and (rest[0].lower_ in lexicon.RANK_WORDS or _company_title(rest[0])):
        if _company_title(rest[0]) and len(rest) > 1 and rest[1].lower_ in ("for", "at", "of"):
            after = rest[2:]
            if not after or not _one_word_name(after[0]):
                return None
            if len(after) > 1 and (after[1].pos_ == "PROPN" or after[1].lower_ == "'s"):
                return None  # `a spokesman for Acme Holdings`, `for Acme's unit`
            return after[0].text
        rest = rest[1:]
    return None
