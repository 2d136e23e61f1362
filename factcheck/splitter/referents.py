"""Words that point at nothing, or only at a person: cues that keep a wrong referent out.

- `find it impossible to get cover`, `made it easier for banks to lend`: an `it` between a verb
  and an adjective that a to-infinitive or a `that` clause follows stands for that clause (an
  extraposed object); no organisation or thing named before may replace it.
- `signed striker Tim Okoro`: a name set right after a person's calling or title is a person's,
  whatever type the recognizer gave it; `the 23-year-old` after it may be that person, so it is
  never given to another name of the sentence (a club the recognizer typed as a person).
- `They found C, the Journal of X reported`: a journal publishes what others found; a `they`
  in what it reported is never the journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
