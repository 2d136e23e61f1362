"""People the recognizer typed as a place or a body: the article shows they are people.

The small English model often types a name it has not seen as an organisation or a place
(`Marta Ilundain` ORG, `Hernan Quiroga` GPE), and then `she said` finds no one to be. Across the
whole article, a name is a person's when the article gives it a personal title (`Ms Ilundain`,
`Dr Ana Ruiz`), sets it beside a role only a person has (`its regional co-ordinator, Marta
Ilundain`; `spokeswoman Ana Ruiz`), opens it with a common first name, or titles its surname
elsewhere. Every mention of that name, or of its surname alone, is then a person. A name with a
word of an organisation's name in it (`Group`, `Bank`, `Trust`) is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from factcheck.splitter import lexicon
from factcheck.splitter.context import first_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc

_RETYPED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
_ORGANISATION_NAME_WORDS = (
    frozenset(
        word
        for noun, words in lexicon.ORGANISATION_NOUNS.items()
        for word in (*words, noun)
        if word != "ACRONYM"
    )
    | lexicon.BUSINESS_NOUNS
    | lexicon.ORGANISATION_KINDS
)


def _role_words() -> frozenset[str]:
    roles = lexicon.TITLES | lexicon.PERSON_ROLE_WORDS | frozenset(lexicon.PERSON_DESCRIPTION_NOUNS)
    return roles - lexicon.ROLES_ALSO_OF_BODIES


_ROLE_WORDS = _role_words()


def _bare(entity: Span) -> list[str]:
    """The name's words without a personal title before them."""
    words = [t.text for t in entity]
    while words and words[0].lower() in lexicon.PERSONAL_TITLES:
        words = words[1:]
    return words


def _may_be_a_person(entity: Span) -> bool:
    words = _bare(entity)
    return (
        entity.label_ in _RETYPED_LABELS
        and bool(words)
        and all(t.pos_ == "PROPN" or t.text.lower() in lexicon.PERSONAL_TITLES for t in entity)
        and _plain_name(tuple(words))
    )


def _role(word: str) -> bool:
    """`co-ordinator`, `vice-minister`: the part after a prefix is the role."""
    word = word.lower()
    return word in _ROLE_WORDS or word.rsplit("-", 1)[-1] in _ROLE_WORDS


def _titled(entity: Span) -> bool:
    before = entity.doc[entity.start - 1] if entity.start else None
    return entity[0].lower_ in lexicon.PERSONAL_TITLES or (
        before is not None and before.lower_ in lexicon.PERSONAL_TITLES
    )


def _shown_a_person(entity: Span) -> bool:
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start else None
    if _titled(entity):
        return True
    if (
        before is not None
        and before.dep_ == "compound"
        and before.head.i in range(entity.start, entity.end)
        and _role(before.text)
    ):
        return True  # `co-ordinator Ana Ruiz`
    root = entity.root
    appositive = root.head if root.dep_ == "appos" else None
    if appositive is not None and appositive.pos_ == "NOUN" and _role(appositive.text):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and _role(c.text) for c in root.children):
        return True
    return len(_bare(entity)) > 1 and first_name_gender(_bare(entity)[0]) is not None


def name_people(docs: Iterable[Doc]) -> None:
    """Type as PERSON every mention of a name the article shows to be a person's: one it
    titles, sets beside a role or opens with a first name. How often the recognizer typed the
    name a person is no sign: it types many a firm so (`Train operator Wessex Coastal`)."""
    docs = list(docs)
    for doc in docs:
        _drop_callings(doc)
    titled = {
        _bare(e)[-1] for doc in docs for e in doc.ents if _bare(e) and _titled(e)
    }  # `Ms Ilundain` makes `Marta Ilundain` a person
    names: set[tuple[str, ...]] = set()
    for doc in docs:
        for entity in doc.ents:
            words = tuple(_bare(entity))
            if not words:
                continue
            if entity.label_ == "PERSON" and len(words) > 1 and first_name_gender(words[0]):
                names.add(words)  # `Tim Henman` makes a lone `Henman` typed ORG a person
            elif _may_be_a_person(entity) and (words[-1] in titled or _shown_a_person(entity)):
                names.add(words)
    if not names:
        return
    surnames = {words[-1] for words in names if len(words) > 1}
    for doc in docs:
        retyped = [
            Span(doc, e.start, e.end, label="PERSON") if _is_named(e, names, surnames) else e
            for e in doc.ents
        ]
        if any(r.label_ != e.label_ for r, e in zip(retyped, doc.ents, strict=True)):
            doc.ents = retyped


def _plain_name(words: tuple[str, ...]) -> bool:
    return not any(w.lower() in _ORGANISATION_NAME_WORDS or w.isupper() for w in words)


def _is_named(entity: Span, names: set[tuple[str, ...]], surnames: set[str]) -> bool:
    if entity.label_ == "PERSON" or not _may_be_a_person(entity):
        return False
    words = tuple(_bare(entity))
    return words in names or (len(words) == 1 and words[0] in surnames)


def _drop_callings(doc: Doc) -> None:
    """`Sprinter Carr given ban` (a headline): the recognizer may take the calling before a
    surname into the name, and the book then held a `Sprinter Carr` beside `Marcus Carr`. A
    calling (lexicon.PERSON_DESCRIPTION_NOUNS) opening a person's name is left out of it."""
    trimmed = []
    for entity in doc.ents:
        start = entity.start
        while (
            entity.label_ == "PERSON"
            and start < entity.end - 1
            and doc[start].lower_ in lexicon.PERSON_DESCRIPTION_NOUNS
        ):
            start += 1
        trimmed.append(
            Span(doc, start, entity.end, label="PERSON") if start > entity.start else entity
        )
    if any(t.start != e.start for t, e in zip(trimmed, doc.ents, strict=True)):
        doc.ents = trimmed
