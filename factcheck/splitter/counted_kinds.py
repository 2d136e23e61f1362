"""Stage 5, continued: `the two airlines`, `both companies` stand in for the names the article
introduced together with a plural of that kind (`budget airlines A and B`, `the two banks, A and
B,`, `Two of the UK's airlines, A and B,`), when that is the one group of exactly as many
organisations of the kind in reach and no other of the kind was introduced alone there
(lexicon.ORGANISATION_TRADES). Otherwise the description stays and is asked about
(implicit.unnamed_count)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import DESCRIPTION_REACH, EntityBook
from factcheck.splitter.descriptions import Bracket
from factcheck.splitter.stand_ins import list_words, listed_names

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.document import Sentence

_COUNTS = {"two": 2, "three": 3, "four": 4}


def _count(noun: Token, claim: set[int]) -> int | None:
    """How many `the two airlines` or `both airlines` counts; None for anything else."""
    words = [t.lower_ for t in noun.lefts if t.i in claim]
    if words == ["both"]:
        return 2
    if len(words) == 2 and words[0] == "the":
        return _COUNTS.get(words[1])
    return None


def _first_name(noun: Token) -> Token | None:
    """The first of the names a plural trade noun introduces: the names it modifies (`airlines
    A and B`), or the ones set beside it or beside the count it is the `of` of (`Two of the
    airlines, A and B,`)."""
    if noun.dep_ == "compound":
        first = noun.head
        while first.dep_ == "compound" and first.head.pos_ == "PROPN":
            first = first.head  # `airlines Sky Air and B`: the list hangs from `Air`
        return first if first.pos_ == "PROPN" else None
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ == "CD":
        holders.append(noun.head.head)
    beside = [c for h in holders for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return beside[0] if beside else None


def _introduced_group(noun: Token) -> tuple[str, list[set[str]]] | None:
    """`airlines Sky Air and B` -> (`Sky Air and B`, [{Sky, Air}, {B}]): the names a plural noun
    introduces, and the words of each."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in lexicon.ORGANISATION_TRADES:
        return None
    first = _first_name(noun)
    if first is None:
        return None
    names = listed_names(first)
    words = list_words(first, names) if len(names) >= 2 else None
    if words is None:
        return None
    return words, [
        {t.text for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"} | {name.text}
        for name in names
    ]


def _same_group(one: list[set[str]], other: list[set[str]]) -> bool:
    """`Sky Air and B` and, in the headline, `Sky and B`: each name the other's, shortened."""
    return len(one) == len(other) and all(a <= b or b <= a for a, b in zip(one, other, strict=True))


def counted_kind(
    noun: Token, claim: set[int], sentences: list[Sentence], index: int, book: EntityBook
) -> Bracket | None:
    """`the two airlines` -> `[A and B]`, from the one group of two introduced as airlines."""
    kind = lexicon.ORGANISATION_TRADES.get(noun.lemma_.lower())
    size = _count(noun, claim)
    if kind is None or size is None or noun.tag_ != "NNS" or noun.ent_type_:
        return None
    reach = sentences[max(0, index - DESCRIPTION_REACH) : index]
    earlier = [(s.index, list(s.doc)) for s in reversed(reach) if s.parsed]
    here = [t for t in noun.doc[: noun.i] if t.i not in claim]
    groups: list[tuple[str, list[set[str]], int]] = []  # nearest first
    for where, tokens in [(index, here), *earlier]:
        for token in tokens:
            if token.lemma_.lower() not in kind or (group := _introduced_group(token)) is None:
                continue
            if len(group[1]) != size:
                return None  # `airlines A, B and C` ... `the two airlines`: which two?
            if not any(_same_group(group[1], known) for _, known, _ in groups):
                groups.append((*group, where))
    if len(groups) != 1:
        return None
    words, _, where = groups[0]
    alone = book.of_trade(noun.lemma_, index)  # `rival airline C`: perhaps one of the two
    if any(name not in words for name in alone):
        return None
    return Bracket(words, where)
