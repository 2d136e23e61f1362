"""Pronouns a claim cannot resolve from its own words.

`co_arguments`: the words an object pronoun cannot stand for, because they fill another slot of
the same verb (`Universities should give them a chance`: `them` is not the universities).
`addressed_you`: a quotation's `you` said to someone about what they did (`You betrayed
colleagues`), not the `you` of anyone at all (`you can't argue with that`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "dative")
_OBJECTS = ("dobj", "dative")


def co_arguments(pronoun: Token) -> set[int]:
    """Tokens of the other arguments of the verb that governs `pronoun` (its subject, and its
    object when the pronoun hangs from a preposition): a pronoun does not corefer with a
    co-argument of its own verb. A subject reached through `to`-clauses counts only while no
    object comes between (`X was meant to help them`; not `X asked Y to help them`)."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    held: set[int] = set()
    for child in verb.children:
        if child.dep_ in _ARGUMENTS and child.i != pronoun.i and pronoun.i not in _span(child):
            held |= _span(child)
    while verb.dep_ == "xcomp" and not any(c.dep_ in _OBJECTS for c in verb.head.children):
        verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                held |= _span(child)
    return held


def _span(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


# (a bare `put`/`set` heading its clause is tagged VBN though it is past)
_PARTICULAR_PAST = ("VBD", "VBN")
_CONDITIONS = frozenset({"if", "when", "whenever", "unless", "once"})


def addressed_you(token: Token, quoted: frozenset[int] | set[int]) -> str | None:
    """`"You took money meant for sick children"`: a quoted `you`/`your` as (or owning) the
    subject of a verb in the past tense tells what one person did; read alone, the claim does
    not say who. Present, modal or conditional `you` (`you can't blame him`, `if you are in a
    public place`) is anyone, and asks nothing."""
    if token.lower_ not in ("you", "your") or token.i not in quoted:
        return None
    subject = token.head if token.dep_ == "poss" else token
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i not in quoted:
        return None
    verb = subject.head
    helped = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ not in _PARTICULAR_PAST or helped:
        return None
    if verb.dep_ == "advcl" or any(c.lower_ in _CONDITIONS for c in verb.children):
        return None
    return f"who is '{token.text}'?"
