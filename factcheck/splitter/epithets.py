"""Stage 3, continued: a speaker called only by what they are (`the sprinter said`).

`Ann Lee sued her former coach Bo Park. The 29-year-old sprinter says Park misled her`: the
sprinter is Ann Lee. News calls the person the story is about by a calling or an age once it has
named them, and a description does not mean someone its own sentence names (`says Park ...`
is not Park speaking of himself). `described_speaker` names the speaker only when exactly one
person is left: the subject of the sentence before, with every other name in that sentence or
this one being a name this sentence gives outside the description. Any other name, of a person
or of anything the recognizer may have mistyped one as, and it abstains; the caller keeps the
article's words and asks who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.antecedents import pronoun_gender
from factcheck.splitter.context import EntityBook, Mention, aged_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

# Types a person's name is never given: the recognizer calls `boss X Y` a firm and `Bo Park` a
# place, but a country or a city is rarely a person read wrongly, and amounts never are.
_NEVER_PEOPLE = frozenset(
    {"GPE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
)


def described_speaker(
    speaker: Token, sentence: Sentence, sentences: list[Sentence], book: EntityBook
) -> Mention | None:
    """The one person `the sprinter` (a definite calling or age, the speaker) can be."""
    calling = speaker.lemma_.lower() in lexicon.PERSON_DESCRIPTION_NOUNS and speaker.tag_ == "NN"
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children)
    if not (calling and definite) and not aged_person(speaker):
        return None
    index = sentence.index
    centre = book.subjects.get(index - 1)
    person = book.person_named(centre) if centre else None
    if person is None or person.name != centre or not sentences[index - 1].parsed:
        return None
    gender = lexicon.PERSON_DESCRIPTION_NOUNS.get(speaker.lemma_.lower())
    if gender is not None and person.gender not in (gender, None):
        return None
    description = {t.i for t in speaker.subtree}
    named_here = _names(sentence.doc, description)
    if set(person.name.split()) & named_here:
        return None  # `The sprinter said Lee ...`: not Lee
    own = set(person.name.split())
    before = sentences[index - 1].doc
    for doc, outside in ((before, _own_apposition(before, own)), (sentence.doc, description)):
        for words in _named(doc, outside):
            if not words & own and not words & named_here:
                return None  # someone else the description could mean
    return Mention(person.name, max(person.mentions, default=index))


def only_person_before(
    description: Token, sentence: Sentence, sentences: list[Sentence], book: EntityBook
) -> Mention | None:
    """`Acme signed striker Tom Hale. The 28-year-old Australian ...`: a person called by an
    age or a nationality is the one person the sentence before named, whatever its place
    there, when no other name that may be a person's is in either sentence, and every he/she
    there comes after that person and agrees with their known sex."""
    index = sentence.index
    if index == 0 or not sentences[index - 1].parsed:
        return None
    before = sentences[index - 1].doc
    people = [e for e in before.ents if e.label_ == "PERSON"]
    known = {id(p): p for e in people if (p := book.person_in(e)) is not None}
    if len(known) != 1 or len(people) != len([e for e in people if book.person_in(e)]):
        return None
    person = next(iter(known.values()))
    if not no_one_else_named(person.name, description, sentence, sentences):
        return None
    if not _no_unnamed_person_leads(before, set(person.name.split())):
        return None  # `Tom Hale's wife said ...`: she may be the one described
    first = min(e.start for e in people)
    for token in before:
        gender = pronoun_gender(token.text)
        if gender is not None and (token.i < first or person.gender != gender):
            return None  # `Mr Vance ..., she said`: someone else is about
    here = [pronoun_gender(t.text) for t in sentence.doc if t.tag_ == "PRP"]
    if any(g is not None and g != person.gender for g in here):
        return None  # `The Frenchman, who beat him`: two people
    return Mention(person.name, max(person.mentions, default=index - 1))


def no_one_else_named(
    name: str,
    description: Token,
    sentence: Sentence,
    sentences: list[Sentence],
    untyped_only: bool = False,
) -> bool:
    """Whether the sentence before and the description's own sentence (outside it) name no
    one, nor anything that may be someone (`_named`), but the person called `name`; with
    `untyped_only`, no name the recognizer left untyped (the typed people are checked
    elsewhere)."""
    own = set(name.split())
    before = sentences[sentence.index - 1].doc
    described = {t.i for t in description.subtree}
    for doc, outside in ((before, _own_apposition(before, own)), (sentence.doc, described)):
        if any(not words & own for words in _named(doc, outside, untyped_only)):
            return False  # someone else, or a name that may be someone's
    return True


def _no_unnamed_person_leads(doc: Doc, own: set[str]) -> bool:
    """Whether the sentence's subject is the person, a named organisation or place, or a
    group (`Police arrested Tom Hale`), rather than someone left unnamed (`His wife said`)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.text in own or subject.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if subject.tag_ in ("NNS", "NNPS"):
        return True  # `Police`, `Officers`: a body of people, not one
    typed = any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG") for c in subject.children)
    return subject.pos_ == "PROPN" and typed  # `Dunmere United` typed only in part


def _own_apposition(doc: Doc, own: set[str]) -> set[int]:
    """The tokens of what is set beside the person's name (`Tom Hale, MP for Dunmere North,`,
    `Acme's chairman, Tom Hale,`): a place or a body named there describes the person, it is
    no one else."""
    inside: set[int] = set()
    for token in doc:
        if token.text in own and token.pos_ == "PROPN":
            for child in token.children:
                if child.dep_ == "appos":
                    inside |= {t.i for t in child.subtree}
            if token.dep_ == "appos":  # `Acme's chairman, Tom Hale,`
                inside |= {t.i for t in token.head.subtree}
    return inside


def _named(doc: Doc, outside: set[int], untyped_only: bool = False) -> list[set[str]]:
    """The words of each name in `doc` (outside `outside`) that may be a person's: an entity
    of any type but a country's or an amount's, or a capitalised name the recognizer left
    untyped. Never a name that labels a common noun (`Acme striker`, `Premiership goals`), a
    body whose name says it is one (`the Public Accounts Committee`), or the untyped end of a
    name typed a place or a firm (`Dunmere United`)."""
    names = [
        {t.text for t in e if t.pos_ == "PROPN"}
        for e in doc.ents
        if e.label_ not in _NEVER_PEOPLE
        and not untyped_only
        and e.start not in outside
        and not _labels_a_noun(e.root)
        and not (e.label_ == "ORG" and _body_name(e.text))
    ]
    untyped = [
        {t.text}
        for t in doc
        if t.pos_ == "PROPN"
        and not t.ent_type_
        and t.i not in outside
        and not _labels_a_noun(t)
        and not any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG") for c in t.children)
        and not (t.dep_ == "compound" and t.head.ent_type_ == "PERSON")  # `Sprinter Ann Lee`
    ]
    return [words for words in names + untyped if words]


def _labels_a_noun(token: Token) -> bool:
    return token.dep_ == "compound" and token.head.pos_ == "NOUN"


def _body_name(name: str) -> bool:
    words = set(name.lower().split())
    return bool(words & (lexicon.PUBLIC_BODY_WORDS | set(lexicon.ORGANISATION_NOUNS)))


def _names(doc: Doc, outside: set[int]) -> set[str]:
    """Every word of a name the sentence gives outside the description."""
    return {word for words in _named(doc, outside) for word in words}
