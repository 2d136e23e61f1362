"""Words that point at nothing, or only at a person: cues that keep a wrong referent out.

- `find it impossible to get cover`, `made it easier for banks to lend`: an `it` between a verb
  and an adjective that a to-infinitive or a `that` clause follows stands for that clause (an
  extraposed object); no organisation or thing named before may replace it.
- `signed striker Tim Okoro`: a name set right after a person's calling or title is a person's,
  whatever type the recognizer gave it; `the 23-year-old` after it may be that person, so it is
  never given to another name of the sentence (a club the recognizer typed as a person).
- `Analysts at Beta said C. ..., said Ann Lee, an analyst at the firm`: `the firm` of a role
  is where that role was placed just before (`at Beta`); when that is another name than the one
  `the firm` would be given, no name is given.
- `They found C, the Journal of X reported`: a journal publishes what others found; a `they`
  in what it reported is never the journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PREDICATE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp"})
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "csubj"})


def extraposed_object(token: Token) -> bool:
    """`it` as the stand-in object of `find/make/think it ADJ to do / that C`."""
    if token.lower_ != "it":
        return False
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ in ("ADJ", "ADV") and head.dep_ in _PREDICATE_DEPS:
        predicate = head  # the parser reads `it impossible` as a verbless clause
    elif token.dep_ == "dobj":
        predicate = next(
            (
                c
                for c in head.children
                if c.dep_ in _PREDICATE_DEPS and c.pos_ in ("ADJ", "ADV") and c.i > token.i
            ),
            None,
        )
        if predicate is None:
            return False
    else:
        return False
    between = token.doc[token.i + 1 : predicate.i]
    if predicate.i < token.i or any(t.pos_ != "ADV" for t in between):
        return False
    return any(
        c.dep_ in _CLAUSE_DEPS and c.i > predicate.i and _opens_clause(c)
        for c in predicate.children
    )


def _opens_clause(verb: Token) -> bool:
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in ("that", "for"))
        for c in verb.children
    )


def mistyped_person(entity: Span) -> bool:
    """A name not typed as a person, right after a person's calling or title (`striker X`)."""
    if entity.label_ == "PERSON" or entity.start == 0:
        return False
    before = entity.doc[entity.start - 1]
    calling = before.lower_ in lexicon.PERSON_DESCRIPTION_NOUNS or before.lower_ in lexicon.TITLES
    return calling and before.pos_ in ("NOUN", "PROPN") and entity.root.pos_ == "PROPN"


def publishes_only(speaker: str, pronoun: str) -> bool:
    """Whether a plural pronoun in what `speaker` reported cannot be `speaker`: a publication."""
    words = {w.lower() for w in speaker.split()}
    return pronoun in ("they", "their", "them") and bool(words & lexicon.PUBLICATION_NOUNS)


_PLACING_PREPOSITIONS = frozenset({"at", "of", "for", "with", "from"})


def role_placed_elsewhere(noun: Token, name: str, earlier: list[Doc]) -> bool:
    """`an analyst at the firm`: whether an `analyst(s) at X` in `earlier` names another X."""
    preposition = noun.head
    role = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _PLACING_PREPOSITIONS:
        return False
    if role.pos_ != "NOUN" or role.i == preposition.i:
        return False
    for doc in earlier:
        for token in doc:
            if token.lemma_.lower() != role.lemma_.lower() or token.pos_ != "NOUN":
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACING_PREPOSITIONS:
                    continue
                for placed in (c for c in prep.children if c.dep_ == "pobj"):
                    words = doc[placed.left_edge.i : placed.i + 1].text.removeprefix("the ")
                    if placed.pos_ == "PROPN" and words not in name and name not in words:
                        return True
    return False
