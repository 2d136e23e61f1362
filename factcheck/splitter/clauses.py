"""Stage 4: one claim per fact, cut along the dependency tree.

From a clause head and the tokens it may use:
- coordinated clauses with their own subject are claims of their own (`Shares fell and the
  chief executive resigned`);
- coordinated predicates share the subject (`The firm cut jobs and closed two plants` gives
  `The firm cut jobs` and `The firm closed two plants`), and a passive or perfect auxiliary is
  shared with a participle that has none (`was arrested and charged`);
- a non-restrictive relative clause (after a comma, with `who`/`which` as its subject) is a
  claim about its head (`Tom Berg, who proposed X` gives `Tom Berg proposed X`);
- an apposition after a name (`Ana Silva, a lawyer for the victims,`) is a claim of
  its own about the name;
- coordinated nouns stay together: a list is one fact about its members (`A, B and C were
  fined`), and a verbless list is a verbless claim, never an error.
Each claim is a set of the sentence's own tokens, so its words always come from its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.tokens import SUBJECTS, is_verbal, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIVE_SUBJECTS = frozenset({"who", "which"})
_SHARED_AUX = frozenset({"aux", "auxpass", "neg"})


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _coordinated_verbs(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "conj" and is_verbal(c)]


def _joiners(head: Token, conj: Token) -> set[int]:
    """The `and`/`but` and commas between a head and its coordinated verb."""
    return {
        c.i
        for c in head.children
        if c.dep_ in ("cc", "punct", "preconj") and head.i < c.i < conj.i and not c.is_quote
    }


def _non_restrictive_relatives(tokens: set[int], head: Token) -> list[Token]:
    doc = head.doc
    found = []
    for i in sorted(tokens):
        token = doc[i]
        if token.dep_ != "relcl" or token.head.i not in tokens:
            continue
        first = min(subtree(token))
        pronoun = doc[first]
        after_comma = first > 0 and doc[first - 1].text == ","
        # `..., which` after a preposition's object often means the whole clause: kept whole.
        named_head = pronoun.lower_ == "who" or token.head.pos_ == "PROPN"
        whole_clause = token.head.dep_ == "pobj" and not named_head
        if (
            after_comma
            and pronoun.lower_ in _RELATIVE_SUBJECTS
            and pronoun.dep_ in SUBJECTS
            and not whole_clause
        ):
            found.append(token)
    return found


def _fits(auxiliary: Token, verb: Token) -> bool:
    """Whether `verb` can follow `auxiliary` (`has cut and closed`, not `have believe`)."""
    if auxiliary.dep_ == "neg":
        return True
    if auxiliary.lemma_ == "have":
        return verb.tag_ == "VBN"
    if auxiliary.lemma_ == "be":
        return verb.tag_ in ("VBN", "VBG")
    return verb.tag_ == "VB"  # a modal, `do` or `to`


def _fitting_auxiliaries(head: Token, conj: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in _SHARED_AUX and _fits(c, conj)]


def _shared_auxiliaries(head: Token, conj: Token) -> set[int]:
    """The auxiliaries of `head` that `conj` takes over (`was arrested and charged`). A
    negation goes only with an auxiliary it leans on: `does not want war and hopes for
    peace` gives `hopes for peace`, never `not hopes`."""
    fitting = _fitting_auxiliaries(head, conj)
    if not any(c.dep_ != "neg" for c in fitting):
        return set()
    return {c.i for c in fitting}


def _negation_in_doubt(head: Token, conj: Token) -> bool:
    """`did not raise rates and cut them`: whether the `not` covers the second verb is not
    in the tree, and a wrong guess says the opposite of the article; such a pair is not
    split. (`does not want war and hopes for peace` is no such pair: `hopes` cannot follow
    `does`, so the `not` cannot reach it.)"""
    negated = any(c.dep_ == "neg" for c in head.children)
    own = any(c.dep_ in SUBJECTS or c.dep_ in _SHARED_AUX for c in conj.children)
    leans = any(c.dep_ != "neg" for c in _fitting_auxiliaries(head, conj))
    return negated and not own and leans


def _named_appositions(tokens: set[int], doc: Doc) -> list[Token]:
    """`Ana Silva, a lawyer for the victims,`: an apposition set off by commas after a
    name says who the named one is, a fact of its own."""
    found = []
    for i in sorted(tokens):
        token = doc[i]
        if token.dep_ != "appos" or token.head.i not in tokens or token.head.pos_ != "PROPN":
            continue
        if token.pos_ != "NOUN" or any(c.dep_ == "conj" for c in token.children):
            continue  # `Vodafone, O2, NTL and Renault` is a list, not a description
        taken = subtree(token)
        before = min(taken) - 1
        if before >= 0 and token.doc[before].text == "," and len(taken) >= 2:
            found.append(token)
    return found


def _commas_around(token: Token) -> set[int]:
    taken = subtree(token)
    doc = token.doc
    return {i for i in (min(taken) - 1, max(taken) + 1) if 0 <= i < len(doc) and doc[i].text == ","}


def noun_phrase(noun: Token, allowed: set[int]) -> set[int]:
    """A head noun with its modifiers, without clauses, appositions or trailing commas; what
    stands before the noun is kept whole (`the mid-size jet`)."""
    phrase = {noun.i}
    for child in noun.children:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl"):
            continue
        phrase |= subtree(child)
    start = min(phrase)
    while start > 0 and not noun.doc[start - 1].whitespace_ and noun.doc[start - 1].text != ",":
        start -= 1  # a word hyphenated to the phrase (`mid-size`)
    phrase |= {i for i in range(start, noun.i) if noun.doc[i].text != ","}
    return phrase & allowed


def split_clause(head: Token, allowed: set[int], shared: set[int] | None = None) -> list[set[int]]:
    """The claims (token sets) of the clause headed by `head`, in sentence order."""
    own = subtree(head) & allowed
    claims: list[set[int]] = []
    for conj in _coordinated_verbs(head):
        if conj.i not in allowed or not _joiners(head, conj):
            continue  # a `conj` with no `and` or comma before it is a misparse: kept whole
        if _negation_in_doubt(head, conj):
            continue  # kept whole: either reading of the `not` may be the article's
        own -= subtree(conj) | _joiners(head, conj)
        if _own_subject(conj):
            claims += split_clause(conj, allowed)
        else:
            subject = subject_of(head)
            prefix = set(shared or set())
            if subject is not None and subject.dep_ != "expl":
                prefix |= subtree(subject) & allowed
                if not any(c.dep_ in _SHARED_AUX for c in conj.children):
                    prefix |= _shared_auxiliaries(head, conj) & allowed
            claims += split_clause(conj, allowed, prefix if prefix else None)
    for relative in _non_restrictive_relatives(own, head):
        taken = subtree(relative)
        comma_before = min(taken) - 1
        own -= taken | {comma_before}
        after = max(taken) + 1
        while after < len(head.doc) and head.doc[after].is_quote:
            after += 1
        if after < len(head.doc) and head.doc[after].text == ",":
            own.discard(after)
        pronoun = min(taken)
        claims.append(noun_phrase(relative.head, allowed) | (taken - {pronoun}))
    for apposition in _named_appositions(own, head.doc):
        commas = _commas_around(apposition)
        own -= subtree(apposition) | commas
        claims.append(noun_phrase(apposition.head, allowed) | subtree(apposition) | commas)
    if shared:
        own |= shared
    if any(is_verbal(head.doc[i]) for i in own) or not claims:
        claims.insert(0, own)
    return sorted((c for c in claims if c), key=min)
