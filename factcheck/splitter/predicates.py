"""Stage 4: a relative clause on `a ...` after `is` says a second thing of the subject.

`Tom Berg is a Danish painter who lives in Oslo`: that he paints and that he lives in Oslo
are checked apart (`Tom Berg is a Danish painter`, `Tom Berg lives in Oslo`). The clause's
claim is the copula's subject in the place of `who` / `that` / `which`.

Kept whole:
- a definite or counted predicate (`the first woman who ...`, `one of the firms that ...`,
  `the only man who ...`): the clause says which one, and cut off it says something else;
- a clause with no relative subject (`a town that she loves`) or a negated copula
  (`is not a firm that pays`: the clause is denied with it);
- a bare noun (`Acme is a firm that makes cars`): `Acme is a firm` alone tells nothing;
- a subject that is no name or personal pronoun (`The problem is a law that ...`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.tokens import SUBJECTS, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_PERSONAL = frozenset({"he", "she", "it", "they", "we"})


def copula_subject(noun: Token) -> Token | None:
    """The named subject (or personal pronoun) that `noun`, a predicate of `be`, describes."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    named = subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL
    return subject if named else None


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def predicate_relatives(head: Token, own: set[int]) -> list[Token]:
    """Relative clauses on the indefinite predicate noun of `head` (a form of `be`)."""
    if head.lemma_ != "be":
        return []
    found = []
    for noun in (c for c in head.children if c.dep_ == "attr" and c.i in own):
        if noun.pos_ != "NOUN" or not _indefinite(noun) or copula_subject(noun) is None:
            continue
        if not any(c.dep_ not in ("det", "relcl", "punct") for c in noun.children):
            continue  # `Acme is a firm that makes cars`: `Acme is a firm` alone says nothing
        for relative in (c for c in noun.children if c.dep_ == "relcl" and c.i in own):
            pronoun = relative.doc[min(subtree(relative))]
            if pronoun.lower_ not in _RELATIVE_PRONOUNS or pronoun.dep_ not in SUBJECTS:
                continue
            if pronoun.head.i != relative.i or relative.i < noun.i:
                continue
            found.append(relative)
    return found


def relative_pronoun(relative: Token) -> int:
    """The `who` / `that` the copula's subject takes the place of in the clause's claim."""
    return min(subtree(relative))


def taken_by_relative(relative: Token) -> set[int]:
    """What the predicate loses: the clause and a comma before it."""
    taken = subtree(relative)
    before = min(taken) - 1
    return taken | ({before} if relative.doc[before].text == "," else set())


def predicate_appositions(head: Token, own: set[int]) -> list[Token]:
    """`Tom Berg is a Danish painter, director of the Art School from 1990 to 1998`: a second
    description set off by a comma after the predicate noun of `be` is a second fact about
    the subject. A list (`a lawyer, writer and teacher`) and a name (`a bank, Acme`) are not.
    """
    if head.lemma_ != "be":
        return []
    found = []
    for noun in (c for c in head.children if c.dep_ == "attr" and c.i in own):
        if noun.pos_ != "NOUN" or copula_subject(noun) is None:
            continue
        for apposition in (c for c in noun.children if c.dep_ == "appos" and c.i in own):
            first = min(subtree(apposition))
            if apposition.pos_ != "NOUN" or noun.doc[first - 1].text != ",":
                continue
            if any(c.dep_ in ("conj", "cc") for c in apposition.children):
                continue
            if any(c.dep_ in ("conj", "cc") and c.i > noun.i for c in noun.children):
                continue  # `a painter, director of X and Y`: the list may be either's
            found.append(apposition)
    return found


def _hung_after(apposition: Token) -> set[int]:
    """Words the parser hung on the predicate noun after the apposition: standing after it,
    they can only say more of it (`director of X from 1990 to 1998`)."""
    noun, last = apposition.head, max(subtree(apposition))
    return {
        i
        for c in noun.children
        if c.i > last and c.dep_ in ("prep", "npadvmod", "acl")
        for i in subtree(c)
    }


def apposition_claim(apposition: Token, subject: set[int], allowed: set[int]) -> set[int]:
    """`Tom Berg is a painter, director of X` -> `Tom Berg is director of X`."""
    copula = apposition.head.head
    return (subject | {copula.i} | subtree(apposition) | _hung_after(apposition)) & allowed


def taken_by_apposition(apposition: Token) -> set[int]:
    """What the first predicate loses: the apposition, what hangs after it, the comma."""
    return subtree(apposition) | _hung_after(apposition) | {min(subtree(apposition)) - 1}
