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
    from spacy.tokens import Doc, Token

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


def name_aged_people(docs: Iterable[Doc]) -> None:
    """`Kamal Rezai, 41, of Longmoor Road`: a name the recognizer left untyped, given an age
    set off by commas, is a person's (court and local reports name people so), and so is its
    surname standing alone and untyped elsewhere (`Rezai admitted fraud`)."""
    docs = list(docs)
    surnames: set[str] = set()
    for doc in docs:
        found = [name for name in map(_aged_name, doc) if name is not None]
        if found:
            doc.ents = [*doc.ents, *(Span(doc, a, b, label="PERSON") for a, b in found)]
            surnames.update(doc[b - 1].text for a, b in found if b - a > 1)
    if not surnames:
        return
    for doc in docs:
        alone = [
            Span(doc, t.i, t.i + 1, label="PERSON")
            for t in doc
            if t.text in surnames
            and t.pos_ in ("PROPN", "NOUN")  # a name it has not seen may be tagged a noun
            and not t.ent_type_
            and _stands_alone(t)
        ]
        if alone:
            doc.ents = [*doc.ents, *alone]


def _aged_name(token: Token) -> tuple[int, int] | None:
    """The span of an untyped name of capitalised words whose last word has an age (a number
    from 1 to 119) in apposition, with commas on both sides: `Kamal Rezai, 41,`."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
        return None
    ages = [c for c in token.children if c.dep_ in ("appos", "npadvmod", "amod") and c.like_num]
    if len(ages) != 1 or not ages[0].text.isdigit() or not 0 < int(ages[0].text) < 120:
        return None
    age = ages[0]
    doc = token.doc
    if age.i != token.i + 2 or doc[token.i + 1].text != "," or age.i + 1 >= len(doc):
        return None
    if doc[age.i + 1].text != ",":
        return None
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
        start -= 1
    words = doc[start : token.i + 1]
    if any(t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
        return None
    if not _plain_name(tuple(t.text for t in words)):
        return None
    return start, token.i + 1


def _stands_alone(token: Token) -> bool:
    """A word standing as a name of its own, not a part of a longer one (`Rezai Motors`)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return all(t is None or t.pos_ != "PROPN" for t in (before, after))


def _a_verb(token: Token) -> bool:
    """`Defending Darren Hollis, barrister X said ...`: the recognizer may take the verb that
    opens a sentence into the name after it."""
    return token.pos_ == "VERB" and token.tag_ in ("VBG", "VBD", "VBN")


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
    calling (lexicon.PERSON_DESCRIPTION_NOUNS) or a verb (`Defending Darren Hollis, X said`)
    opening a person's name is left out of it."""
    trimmed = []
    for entity in doc.ents:
        start = entity.start
        while (
            entity.label_ == "PERSON"
            and start < entity.end - 1
            and (doc[start].lower_ in lexicon.PERSON_DESCRIPTION_NOUNS or _a_verb(doc[start]))
        ):
            start += 1
        trimmed.append(
            Span(doc, start, entity.end, label="PERSON") if start > entity.start else entity
        )
    if any(t.start != e.start for t, e in zip(trimmed, doc.ents, strict=True)):
        doc.ents = trimmed
