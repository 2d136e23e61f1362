"""Which named organisations a sentence sets side by side: a buyer and its target (`X agreed to
buy Y`, `X's offer for Y`, `X merged with Y`), or a firm and its rival (`its rival Y`).

A story about a deal or a rivalry has two organisations of one kind, so a later `the company`
or `the airline` could be either: `EntityBook.organisation` keeps such a description as the
article wrote it and asks which is meant. The names come from the parse, not the entity
recognizer alone, which often leaves a small firm's name untyped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TARGET_PREPOSITIONS = frozenset({"for", "with", "of"})  # `bid for Y`, `merge with Y`
_NOT_ORGANISATIONS = frozenset({"PERSON", "GPE", "NORP", "DATE", "MONEY", "CARDINAL", "PERCENT"})


def sides(doc: Doc) -> list[set[str]]:
    """The names set side by side in this sentence, each group of two or more a deal or a
    rivalry; a name is its proper-noun words (`Skyvale Airways`)."""
    groups: list[set[str]] = []
    for token in doc:
        if token.lemma_.lower() not in lexicon.DEAL_WORDS:
            continue
        group = {n for n in (_owner(token), *_targets(token)) if n}
        if len(group) > 1:
            groups.append(group)
    for token in doc:
        if token.lemma_.lower() not in lexicon.RIVAL_NOUNS:
            continue
        # `its rival Northlink` (the parser may make `rival` a modifier), `a rival, Northlink`
        phrase = token.head if token.dep_ in ("amod", "compound") else token
        possessor = next((c for c in phrase.children if c.dep_ == "poss"), None)
        if possessor is not None and _name_at(possessor):
            owner = _name_at(possessor)
        else:  # `X bought its rival Y`: the subject's rival
            owner = _owner(phrase.head) if phrase.head.i != phrase.i else None
        group = {n for n in (_name_at(phrase), owner) if n}
        if len(group) > 1:
            groups.append(group)
    return groups


def _owner(word: Token) -> str | None:
    """The buyer: the subject of the deal verb, or of the verbs it hangs on (`X agreed to buy`),
    or the owner of a deal noun (`X's offer`, `X made an offer`)."""
    possessor = next((c for c in word.children if c.dep_ == "poss"), None)
    if possessor is not None:
        return _name_at(possessor)
    verb = word
    while verb is not None:
        subject = subject_of(verb)
        if subject is not None:
            return _name_at(subject)
        if verb.dep_ not in ("xcomp", "dobj", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _targets(word: Token) -> list[str | None]:
    found: list[str | None] = []
    for child in word.children:
        if child.dep_ in ("dobj", "pobj", "nsubjpass"):
            found.append(_name_at(child))
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            found.extend(_name_at(c) for c in child.children if c.dep_ == "pobj")
    return found


def _name_at(token: Token) -> str | None:
    """The organisation name a noun phrase gives: its capitalised head with the capitalised
    words before it, or one in apposition or compound to a common noun (`the carrier Y`). The
    parser may tag a firm's name a common noun (`Northlink`): the capital tells."""
    if not _capitalised(token):
        named = [c for c in token.children if c.dep_ in ("appos", "compound") and _capitalised(c)]
        if len(named) != 1:
            return None
        token = named[0]
    if token.ent_type_ in _NOT_ORGANISATIONS:
        return None
    words = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    return " ".join(t.text for t in [*words, token])


def _capitalised(token: Token) -> bool:
    """A proper noun, or a common noun with a capital inside the sentence (a sentence's first
    word has one anyway)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.i > token.sent.start


def same_firm(name: str, other: str) -> bool:
    """`Skyvale` and `Skyvale Airways` are one firm: one name's words begin the other's."""
    short, long = sorted((name.split(), other.split()), key=len)
    return long[: len(short)] == short
