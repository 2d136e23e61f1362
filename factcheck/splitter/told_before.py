"""`the seat`, `the blade`, `The flaw was found`: a bare definite description of a thing the
article told of before, which the claim never names. Read alone, the claim does not say which
one; the desk is asked (`which seat?`) and the article's words are kept."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.descriptions import (
    in_a_name,
    kind_of,
    named_before_as_kind,
    said_before,
)
from factcheck.splitter.document import speaking_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

# With `the`, the one a reader knows without being told which (the story's country's
# institutions), and the times the date stages read (`the year before`, `at the moment`).
_KNOWN_WITHOUT_SAYING = lexicon.ONE_OF_A_KIND_NOUNS | {
    "government", "army", "police", "military", "navy", "opposition", "economy", "treasury",
    "time", "moment", "day", "week", "month", "year", "season", "period", "past", "future",
    "morning", "afternoon", "evening", "night", "weekend",
}  # fmt: skip

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
        if told_before(noun, claim, sentences, index):
            asked.append(f"which {noun.lower_}?")
    return [q for q in dict.fromkeys(asked) if not any(q[6:-1] in n for n in notes)]


def bare_the(noun: Token, claim: set[int]) -> bool:
    """`the seat`: a singular common noun with `the` alone before it and nothing after it that
    says which (`the seat of X`, `the seat that ...`, `the charity Age Concern`); not one a
    reader knows without being told, nor one said of the subject (`X is not the problem`)."""
    if noun.tag_ != "NN" or in_a_name(noun) or noun.dep_ == "attr" or noun.ent_type_:
        return False
    if noun.lemma_.lower() in _KNOWN_WITHOUT_SAYING:
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

    for sentence in speaking_of(sentences[:index], kind):
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
