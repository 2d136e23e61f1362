"""A claim cut where the parse was misread: its words no longer make a sentence.

The splitter cuts a sentence along its dependency parse. When the parser misreads the
sentence (`said higher interest rates and stretched affordability were ...` read as two
verbs; `fish` read as a verb), a cut along it tears a clause from the words it needs and
yields a garble (`Northgate said higher interest rates.`, `People who eat oily fish twice a
week.`, `To show a man ...`). Fresh readers judged every such claim unusable, so a sentence
with a torn cut is better kept whole. The signs, each read from the claim's words in the
parse:

- nothing at its top is a verb (its only verb sits in a relative clause, or none is left);
- `say` with a plain noun for its object and no clause (what was said is a clause);
- a verb at its top whose infinitive (`appeared [to show]`) was left out;
- an infinitive or participle at its top whose governing verb was left out (`To show ...`);
- a coordinated verb with nothing joining it to its first (`in the league standings when ...`:
  a noun misread as a verb);
- an inverted condition (`had the firm not paid`, `should talks fail`) cut from the clause
  it conditions;
- a coordinated verb whose number does not fit the subject it was lent (`They [...] never
  arrives`: the parser gave its own subject to something else);
- a past participle with a `by` agent and no auxiliary given a subject (`many of them in
  villages reached only by dirt tracks`): a description misread as a clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.splitter.clauses import inserted_copulas
from factcheck.splitter.tokens import is_verbal

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

# what a verb cannot lose and still say what it said (a predicate noun can: `X is a painter,
# director of Y` -> `X is director of Y`)
_NEEDED = frozenset({"xcomp"})
_OBJECTS_OF_SAY = frozenset({"NOUN", "PROPN"})
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})
_INSERTED_VERB = re.compile(r"\[(?:is|was|are|were|had)\]")
_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$"})
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# auxiliaries that, put before the subject, make a condition (`had we known`, `should it fail`)
_INVERTING = frozenset({"had", "should", "were"})


def torn_cut(doc: Doc, words: Collection[int], text: str) -> str | None:
    """Why the claim made of `words` (rendered as `text`) reads as a torn piece of its
    sentence, or None."""
    kept = {i for i in words if i < len(doc)}
    if not any(not doc[i].is_punct for i in kept):
        return None
    tops = [doc[i] for i in sorted(kept) if doc[i].head.i not in kept or doc[i].head.i == i]
    verbs = [t for t in tops if is_verbal(t)]
    if not verbs and not _verb_supplied(doc, kept, text) and not _verb_below(doc, kept):
        return "no verb at its top"
    for verb in verbs:
        if _says_a_noun(verb, kept):
            return "`say` with a noun for what was said"
        missing = [c for c in verb.children if c.dep_ in _NEEDED and not _kept_in_part(c, kept)]
        if missing:
            return f"its verb lost its {missing[0].dep_}"
        if verb.dep_ == "xcomp" and verb.head.i not in kept and not _has_subject(verb):
            return "an infinitive torn from its verb"
        if verb.dep_ == "conj" and verb.head.i not in kept and not _joined(verb):
            return "a verb coordinated with nothing joining it"
        if verb.head.i not in kept and _inverted_condition(verb):
            return "an inverted condition cut from its clause"
        if verb.dep_ == "conj" and _lent_subject_disagrees(verb, kept):
            return "a verb that does not agree with the subject it was lent"
        if _passive_without_auxiliary(verb):
            return "a participle read as its clause's verb"
    return None


def _passive_without_auxiliary(verb: Token) -> bool:
    """`many of them in villages reached only by dirt tracks`: a past participle with a
    `by` agent and no auxiliary is no clause's verb but a description of the noun before it
    (`villages reached by ...`), which the parser gave a subject of its own."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ in _SUBJECTS for c in verb.children)
    )


def _joined(conj: Token) -> bool:
    """`rose and fell`, `rose, fell`: a word or a mark right before a coordinated verb joins
    it to the one before; a verb right after a noun with neither (`the league standings`) is a
    misread noun."""
    start = min(t.i for t in conj.subtree)
    if _a_joiner(conj.doc[start]):
        return True
    before = start - 1
    while before >= 0 and conj.doc[before].pos_ == "ADV":  # `but also closed`
        before -= 1
    return before < 0 or _a_joiner(conj.doc[before])


def _a_joiner(token: Token) -> bool:
    return token.is_punct or token.dep_ in ("cc", "preconj") or token.pos_ == "CCONJ"


def _inverted_condition(verb: Token) -> bool:
    """`had Pellow not admitted it`, `should the talks fail`, `were it to close`: an
    auxiliary before the subject and no joining word make a condition, not a statement."""
    if verb.dep_ == "ROOT" or any(c.dep_ == "mark" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    auxiliary = next(
        (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None
    )
    if subject is None or auxiliary is None or auxiliary.i > subject.i:
        return False
    return auxiliary.lower_ in _INVERTING and auxiliary.i == min(t.i for t in verb.subtree)


def _lent_subject_disagrees(conj: Token, kept: set[int]) -> bool:
    """`They keep promising ..., and next week never arrives`: a coordinated verb whose number
    differs from the verb whose subject it was lent had a subject of its own the parser
    gave another role (`Dunmore have lost ... and are bottom` agree)."""
    if _has_subject(conj):
        return False
    first = conj.head
    while first.dep_ == "conj" and not _has_subject(first):
        first = first.head
    subject = next((c for c in first.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i not in kept:
        return False
    lent, own = _number(first), _number(conj)
    return lent is not None and own is not None and lent != own


def _number(verb: Token) -> str | None:
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    forms = {t.tag_ for t in finite} | {t.lower_ for t in finite}
    if forms & {"VBZ", "was"}:
        return "one"
    if forms & {"VBP", "were"}:
        return "many"
    return None


def _verb_supplied(doc: Doc, kept: set[int], text: str) -> bool:
    """`Ana Silva [is] a lawyer`: the splitter put in the verb a description needs."""
    return bool(inserted_copulas(doc, kept)) or _INSERTED_VERB.search(text) is not None


def _verb_below(doc: Doc, kept: set[int]) -> bool:
    """A finite verb or participle the parser hung below a noun or adjective (`he was
    "disappointed"`, `The BPI, which represents ...` rebuilt without `which`), outside a
    relative clause that still has its relative word (`People who eat fish`)."""
    return any(
        doc[i].tag_ in _TENSED and not _inside_a_relative(doc[i], kept) for i in sorted(kept)
    )


def _inside_a_relative(token: Token, kept: set[int]) -> bool:
    for clause in [token, *token.ancestors]:
        if clause.dep_ in ("relcl", "acl") and any(
            w.tag_ in _RELATIVE_WORDS and w.i in kept for w in clause.children
        ):
            return True
    return False


def _kept_in_part(complement: Token, kept: set[int]) -> bool:
    """`to respect civilians and allow access` cut to `to allow access`: one of the
    coordinated complements stands for all."""
    shared = [c for c in complement.children if c.tag_ == "TO"]  # `needs to find` kept
    return any(c.i in kept for c in [complement, *complement.conjuncts, *shared])


def _says_a_noun(verb: Token, kept: set[int]) -> bool:
    children = [c for c in verb.children if c.i in kept]
    return (
        verb.lemma_ == "say"
        and any(c.dep_ == "dobj" and c.pos_ in _OBJECTS_OF_SAY for c in children)
        and not any(c.dep_ in _CLAUSES for c in children)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
