"""Stage 4, finer cuts: a list of names in an object and a participle on a predicate noun.

Two constructions hold several checkable facts in one clause that `clauses` keeps whole:
- names listed as the object of a verb or of its preposition (`The film stars Ana Silva, Tom
  Berg and Lea Moss`, `The band toured France, Spain and Italy`): each name is a fact of its
  own, said by the same subject and verb (`The film stars Tom Berg`). Only parallel proper
  names joined by `and` are cut; a list of common nouns (`cut jobs and wages`), names joined
  by `or`, and names after a verb or preposition that makes them act together or against each
  other (`merged A and B`, `talks between A and B`, `beat A and B`: `lexicon.JOINT_VERBS`,
  `lexicon.JOINT_PREPOSITIONS`), and names that spell out what a number in the clause counted
  (`won two seats, in A and B`) stay one claim;
- a past participle on the predicate noun of `be` (`X is a 2006 film directed by Ana Silva and
  written by Tom Berg`, `X is an actor, born in Leeds`): each participle says something of the
  subject (`X [is] directed by Ana Silva`, `X [was] born in Leeds`), cut when the noun is
  indefinite (`a film`) or the participle is set off by a comma; `the first film directed by
  a woman` says which film is meant and stays whole.
- a past participle in brackets after the subject (`Tom Berg (born 4 May 1950) is a painter`)
  is a fact about it too (`Tom Berg [was] born 4 May 1950`).
Each claim is a set of the sentence's own tokens; `inserted_verbs` gives the bracketed `[is]`
a participle's claim needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import FIGURE_ENTITIES, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OBJECTS = frozenset({"dobj"})


def _members(first: Token) -> list[Token]:
    """`A, B and C`: the names coordinated with `first`, in order (spaCy hangs them on it or on
    each other)."""
    found = [first]
    for token in found:
        found += [c for c in token.children if c.dep_ == "conj"]
    return sorted(found, key=lambda t: t.i)


def _joined_by_and(members: list[Token]) -> bool:
    """One `and`, before the last name: `A, B and C`. A second `and` may belong to a name
    (`the Argyll and Sutherland Highlanders`), which the parser reads as two."""
    joiners = [c for m in members for c in m.children if c.dep_ in ("cc", "preconj")]
    if len(joiners) != 1 or joiners[0].lower_ != "and":
        return False
    return members[-2].i < joiners[0].i < members[-1].i


def _a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "CARDINAL")


def listed_names(head: Token, own: set[int]) -> list[Token]:
    """The first name of a list of names standing as `head`'s object or as the object of a
    preposition on `head` (see the module docstring for what stays whole)."""
    if head.lemma_.lower() in lexicon.JOINT_VERBS or head.lemma_ == "be":
        return []
    if not head.is_lower and head.i > 0:
        return []  # `the Kings Own Scottish Borderers`: a name the parser took for a verb
    if any(_pairs_up(c) for c in head.children):
        return []  # `starred A and B, with C in a small role`, `as the twins`, `respectively`
    objects = [c for c in head.children if c.dep_ in _OBJECTS]
    objects += [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ not in lexicon.JOINT_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    found = []
    for first in objects:
        members = _members(first)
        if len(members) < 2 or not all(_a_name(m) and m.i in own for m in members):
            continue
        if not _joined_by_and(members):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("both", "either") for c in first.children):
            continue
        between = first.doc[min(head.i, first.i) + 1 : first.i]
        if any(t.text in (":", ";", "-", "–", "—") for t in between):
            continue  # `won four Oscars: for A, B and C`: a list set off from the verb
        if _hung_after(first, members):
            continue  # `starred A, B and C, with D in supporting roles`: a misparse, kept whole
        if _counted(head, members):
            continue  # `won two by-elections, in A and B`: the list spells out what was counted
        if _a_total_of_places(head, members):
            continue  # `fewer than 20 convictions in England and Wales`: maybe both together
        found.append(first)
    return found


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _counted(head: Token, members: list[Token]) -> bool:
    """A number in the clause that counts as many things as the list names."""
    listed = set().union(*(subtree(m) for m in members))
    for token in head.subtree:
        if token.i in listed or token.dep_ not in ("nummod", "det", "predet"):
            continue
        count = _SMALL_NUMBERS.get(token.lower_)
        if count is None and token.text.isdigit():
            count = int(token.text)
        if count == len(members):
            return True
    return False


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _a_total_of_places(head: Token, members: list[Token]) -> bool:
    """`Fewer than 20 have been secured in England and Wales`, `Acme has 300 shops in France
    and Spain`: a figure said of places listed together may be their sum, and a claim per
    place would give each the whole figure; which the article means is not in the parse."""
    if not all(m.ent_type_ in _PLACE_TYPES for m in members):
        return False
    listed = set().union(*(subtree(m) for m in members))
    return any(t.ent_type_ in FIGURE_ENTITIES and t.i not in listed for t in head.subtree)


def _pairs_up(modifier: Token) -> bool:
    """A modifier of the verb that may go with one listed name, or set them side by side."""
    if modifier.dep_ == "prep":
        return modifier.lower_ in lexicon.JOINT_PREPOSITIONS
    return modifier.lower_ in ("respectively", "together", "jointly")


def _own_words(member: Token, members: list[Token]) -> set[int]:
    """The member's words without the names after it and the commas and `and` between."""
    words = subtree(member)
    for child in member.children:
        if child.dep_ == "conj" and child in members:
            words -= subtree(child)
        elif child.dep_ in ("cc", "punct") and child.i > member.i:
            words.discard(child.i)
    return words


def _hung_after(first: Token, members: list[Token]) -> bool:
    """Words the parser hung on the first name that stand after the last one: what they
    belong to (one name, all, or the verb) is not in the tree."""
    last = max(_own_words(members[-1], members))
    return any(c.i > last and c.dep_ not in ("conj", "cc", "punct") for c in first.children)


def member_claims(first: Token, claim: set[int]) -> list[set[int]]:
    """`claim` once for each listed name, the other names and the joiners taken out."""
    members = _members(first)
    everything = subtree(first)
    return [(claim - everything) | (_own_words(m, members) & claim) for m in members]


def _copula_subject(noun: Token) -> Token | None:
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subject = subject_of(verb)
    return subject if subject is not None and subject.dep_ == "nsubj" else None


def _set_off(participle: Token) -> bool:
    before = min(subtree(participle)) - 1
    return before >= 0 and participle.doc[before].text == ","


def predicate_participles(head: Token, own: set[int]) -> list[Token]:
    """Past participles on the predicate noun of `head` (`is a film directed by A and written
    by B`: `directed`, `written`) that describe the subject (see the module docstring)."""
    if head.lemma_ != "be":
        return []
    found = []
    for noun in (c for c in head.children if c.dep_ == "attr" and c.i in own):
        if _copula_subject(noun) is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        for participle in (c for c in noun.children if c.dep_ == "acl" and c.i in own):
            if participle.tag_ != "VBN" or participle.i < noun.i:
                continue
            if not (indefinite or _set_off(participle)):
                continue
            if not any(c.dep_ in ("prep", "agent") for c in participle.children):
                continue  # `a man obsessed`: nothing to check beyond the noun
            found.append(participle)
            found += [
                c
                for c in participle.children
                if c.dep_ == "conj" and c.tag_ == "VBN" and c.i in own
            ]
    return found


def _bracketed(participle: Token) -> set[int]:
    """The brackets enclosing a participle (the parser may hang either inside it), or nothing."""
    doc, words = participle.doc, subtree(participle)
    first, last = min(words), max(words)
    opening = first if doc[first].text == "(" else first - 1
    closing = last if doc[last].text == ")" else last + 1
    if opening < 0 or closing >= len(doc) or doc[opening].text != "(" or doc[closing].text != ")":
        return set()
    return {opening, closing}


def bracketed_participles(subject: Token | None, own: set[int]) -> list[Token]:
    """`Tom Berg (born 4 May 1950)`: a past participle in brackets on the subject."""
    if subject is None:
        return []
    return [
        c
        for c in subject.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in own and _bracketed(c)
    ]


def bracketed_claim(participle: Token, allowed: set[int]) -> set[int]:
    """`Tom Berg (born 4 May 1950)` -> `Tom Berg born 4 May 1950` (rendered `[was] born`)."""
    from factcheck.splitter.clauses import noun_phrase  # clauses imports this module

    words = subtree(participle) - _bracketed(participle)
    return (noun_phrase(participle.head, allowed) | words) & allowed


def taken_by_brackets(participle: Token) -> set[int]:
    return subtree(participle) | _bracketed(participle)


def _participle_words(participle: Token) -> set[int]:
    words = subtree(participle)
    for child in participle.children:
        if child.dep_ == "conj" or (child.dep_ in ("cc", "punct") and child.i > participle.i):
            words -= subtree(child)
    return words


def participle_claim(participle: Token, allowed: set[int]) -> set[int]:
    """`X is a film directed by A` -> `X directed by A` (rendered `X [is] directed by A`)."""
    from factcheck.splitter.clauses import noun_phrase  # clauses imports this module

    noun = participle if participle.dep_ == "acl" else participle.head
    subject = _copula_subject(noun.head)
    assert subject is not None
    return (noun_phrase(subject, allowed) | _participle_words(participle)) & allowed


def taken_by_participles(participles: list[Token]) -> set[int]:
    """What the predicate loses: the participles with their joiners and setting-off comma."""
    taken: set[int] = set()
    for participle in participles:
        taken |= subtree(participle)
        before = min(subtree(participle)) - 1
        if participle.dep_ == "acl" and participle.doc[before].text == ",":
            taken.add(before)
    return taken


def _described(participle: Token) -> Token | None:
    """The predicate noun a participle of `predicate_participles` hangs on."""
    acl = participle if participle.dep_ == "acl" else participle.head
    if acl.dep_ != "acl" or acl.tag_ != "VBN" or participle.tag_ != "VBN":
        return None
    return acl.head if _copula_subject(acl.head) is not None else None


def inserted_verbs(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """The `[is]` (`[was]` for a dated past, `born`) a participle's claim needs before it:
    `X [is] directed by A`, `X [was] born in Leeds`."""
    inserted: dict[int, str] = {}
    for i in sorted(tokens):
        participle = doc[i]
        noun = _described(participle)
        if noun is not None and noun.i not in tokens and participle.head.i not in tokens:
            subject = _copula_subject(noun)
            verb = noun.head
        elif participle.dep_ == "acl" and participle.tag_ == "VBN" and _bracketed(participle):
            subject = participle.head
            verb = subject.head
            if verb.i in tokens:
                continue
        else:
            continue
        if subject is None or subject.i not in tokens:
            continue
        dated = any(t.ent_type_ == "DATE" for t in participle.subtree)
        past = verb.tag_ == "VBD" or dated or participle.lemma_ == "bear"
        many = subject.tag_ in ("NNS", "NNPS")
        verb = ("were" if many else "was") if past else ("are" if many else "is")
        inserted[i] = f"[{verb}] {participle.text}"
    return inserted
