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
    for doc, outside in ((sentences[index - 1].doc, set()), (sentence.doc, description)):
        for words in _named(doc, outside):
            if not words & own and not words & named_here:
                return None  # someone else the description could mean
    return Mention(person.name, max(person.mentions, default=index))


def _named(doc: Doc, outside: set[int]) -> list[set[str]]:
    """The words of each name in `doc` (outside `outside`) that may be a person's: an entity
    of any type but a country's or an amount's, or a capitalised name the recognizer left
    untyped."""
    names = [
        {t.text for t in e if t.pos_ == "PROPN"}
        for e in doc.ents
        if e.label_ not in _NEVER_PEOPLE and e.start not in outside
    ]
    untyped = [
        {t.text} for t in doc if t.pos_ == "PROPN" and not t.ent_type_ and t.i not in outside
    ]
    return [words for words in names + untyped if words]


def _names(doc: Doc, outside: set[int]) -> set[str]:
    """Every word of a name the sentence gives outside the description."""
    return {word for words in _named(doc, outside) for word in words}
