"""`the seat`, `the blade`, `The flaw was found`: a bare definite description of a thing the
article told of before, or of one it takes as known (`the building`, `the rest`), which the
claim never names. Read alone, the claim does not say which one; the desk is asked (`which
seat?`) and the article's words are kept."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.descriptions import (
    in_a_name,
    kind_of,
    named_before_as_kind,
    names_a_figure,
    said_before,
)
from factcheck.splitter.document import speaking_of_before

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence


# A pronoun the claim replaced with only `the` and common nouns (`It` -> `The flaw`).
_DESCRIPTION_ONLY = re.compile(r"[Tt]he ((?:[a-z-]+ )*[a-z-]+?)(?:'s)?")


def unnamed_descriptions(
    doc: Doc,
    claim: set[int],
    replaced: dict[int, str],
    notes: Collection[str],
    sentences: list[Sentence],
    index: int,
) -> list[str]:
    """`which seat?` for each bare `the seat` the article told of before and the claim leaves
    unnamed, and for each pronoun it could only replace with such a description; nothing
    for a word a note already asks about."""
    asked: list[str] = []
    for i in sorted(claim):
        words = replaced.get(i)
        if words is not None:
            described = _DESCRIPTION_ONLY.fullmatch(words)
            if doc[i].tag_ in ("PRP", "PRP$") and described:
                asked.append(f"which {described.group(1).split()[-1]}?")
            continue
        noun = doc[i]
        if not bare_the(noun, claim) or i - 1 in replaced or said_before(noun, claim):
            continue
        if any(noun.lemma_.lower() in w.lower() for w in replaced.values()):
            continue  # `the [UK film industry] workforce ... in the industry`
        if named_before_as_kind(noun, claim, sentences, index):
            continue  # `putting Zenla back ... hurt by the drug`: the claim names it
        if told_before(noun, claim, sentences, index) or _plain_mention(noun, claim):
            asked.append(f"which {noun.lower_}?")
    return [q for q in dict.fromkeys(asked) if not any(q[6:-1] in n for n in notes)]


def bare_the(noun: Token, claim: set[int]) -> bool:
    """`the seat`: a singular common noun with `the` alone before it and nothing after it that
    says which (`the seat of X`, `the seat that ...`, `the charity Age Concern`); not one a
    reader knows without being told, nor one said of the subject (`X is not the problem`)."""
    if noun.tag_ not in ("NN", "NNS") or in_a_name(noun) or noun.dep_ == "attr" or noun.ent_type_:
        return False
    if noun.lemma_.lower() in lexicon.KNOWN_WITHOUT_SAYING:
        return False
    lefts = list(noun.lefts)
    if not lefts or lefts[0].lower_ != "the" or noun.i - 1 not in claim:
        return False
    if lefts[1:] and not _an_amount(lefts[1:]):
        return False  # `the new seat`; but `the £6.5m scheme` says how big, not which
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.pos_ == "PROPN":
        return False
    return not any(
        c.dep_ in ("prep", "acl", "relcl", "appos") and not _set_off_and_cut(c, claim)
        for c in noun.rights
    )


def _plain_mention(noun: Token, claim: set[int]) -> bool:
    """`the building`, `the total`, `the rest` told of nowhere before: read alone, the claim
    does not say which either (readers of made-up articles failed such claims as not standing
    alone). Not a word cut from a hyphenated one (`the pre-sale`), a body's own people, a
    figure the claim has just given, a kind of place when the claim names a place, a plural
    owner that names a kind of people (`the musicians' union`) or an owner of a named thing
    (`the sport's ruling body, the IAFF`)."""
    if noun.text[:1].isupper() or any(c.isdigit() for c in noun.text):
        return False  # `the M6`, `the Treasury`: a name the recognizer left untyped
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.text == "-" and not noun.whitespace_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in lexicon.OWN_PEOPLE_NOUNS | lexicon.MEMBERSHIP_NOUNS or names_a_figure(noun, claim):
        return False
    if any(c.dep_ == "case" for c in noun.children):
        named = any(c.dep_ == "appos" and _names(c) for c in noun.head.rights)
        if named or noun.tag_ == "NNS":
            return False
    places = ("GPE", "LOC", "FAC")
    place_kinds = lexicon.PLACE_OF_NOUNS | {"capital"}
    return lemma not in place_kinds or not any(doc[i].ent_type_ in places for i in claim)


def _names(token: Token) -> bool:
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def _set_off_and_cut(clause: Token, claim: set[int]) -> bool:
    """`The scheme, which includes a new wall, ...` cut to `The scheme was delayed`: the clause
    between commas never said which scheme, and the claim does not hold it anyway."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return clause.i not in claim and before is not None and before.text == ","


def _an_amount(modifiers: list[Token]) -> bool:
    """`£6.5m`, `$20 million` before a noun: what the thing cost, which does not say which."""
    words = [t for modifier in modifiers for t in modifier.subtree]
    scales = lexicon.SCALE_ABBREVIATIONS | {"million", "billion", "thousand", "trillion"}
    plain = all(t.tag_ in ("$", "CD") or t.lower_ in scales for t in words)
    return plain and any(t.tag_ == "$" for t in words)


def told_before(noun: Token, claim: set[int], sentences: list[Sentence], index: int) -> bool:
    """An earlier sentence, or this one outside the claim, spoke of a thing of `noun`'s kind
    (`a pub`, `the seat`, `Kingsmoor High School` before `the school`): the noun points back
    to it."""
    kind = kind_of(noun)

    def same_kind(token: Token) -> bool:
        if token.lemma_.lower() not in kind or token.dep_ == "compound":
            return False  # `street corners`: the word names something else
        if token.pos_ == "PROPN":
            return _ends_an_institution(token)
        return token.pos_ == "NOUN" and token.tag_ == noun.tag_

    for sentence in speaking_of_before(sentences, index, kind):
        if any(same_kind(t) for t in sentence.doc):
            return True
    doc = noun.doc
    return any(same_kind(doc[i]) for i in range(noun.sent.start, noun.i) if i not in claim)


def _ends_an_institution(token: Token) -> bool:
    """`School` in `Kingsmoor High School`: the last word of the name of an organisation or a
    building, which says what kind of thing it is."""
    if token.ent_type_ not in ("ORG", "FAC") or token.ent_iob_ != "I":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.ent_iob_ != "I"
