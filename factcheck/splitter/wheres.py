"""Stage 4: a `where` clause set off after a place or an occasion is a fact of its own.

`In 1998 she moved to Leeds, where she opened a bakery`: the move and the bakery are checked
apart. The clause's claim is its own words with the place it stands for in brackets at the
end (`She opened a bakery [in Leeds]`), the `where` left out.

Kept with its clause:
- a `where` with no comma before it (`the town where she was born` says which town);
- a `where` clause with no subject of its own, or whose place would carry a pronoun
  (`its plant, where ...`: the bracket would hold a word no one resolves);
- a `where` after a noun that is neither a name, a place or time the recognizer typed, nor
  a noun with an article or a year (`a situation where ...` is no place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import SUBJECTS, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT", "DATE"})
_KEPT_PREPOSITIONS = frozenset({"in", "at"})


def _where(relative: Token) -> Token | None:
    first = relative.doc[min(subtree(relative))]
    if first.lower_ != "where" or first.head.i != relative.i or first.dep_ != "advmod":
        return None
    return first


def _a_place(noun: Token) -> bool:
    if noun.pos_ == "PROPN" or noun.ent_type_ in _PLACE_KINDS:
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children
    )


def _place_words(noun: Token) -> set[int]:
    """The noun with what stands before it and its own names (`Los Angeles, California`),
    not the clause."""
    words = {noun.i} | {i for c in noun.lefts for i in subtree(c)}
    for child in noun.rights:
        if child.dep_ in ("appos", "npadvmod") and child.ent_type_ in ("GPE", "LOC"):
            words |= subtree(child)
        if child.dep_ in ("cc", "conj"):  # `Brenton and Kesworth, where ...`: both places
            words |= subtree(child)
    return words


def _named_whole(noun: Token) -> Token:
    """`Leeds, England, where ...`: the parser hangs the clause on the last name; the place
    is the first with it."""
    kinds = ("GPE", "LOC")
    beside = noun.dep_ in ("appos", "npadvmod", "conj") and noun.ent_type_ in kinds
    if beside and noun.head.ent_type_ in kinds and noun.head.i < noun.i:
        return noun.head
    return noun


def _inside_a_description(noun: Token) -> bool:
    """`a town in Kent, where ...`: the parser hangs the clause on the last place, but it may
    be about the noun that place describes; which is unsure, so the clause stays where the
    article put it (`the east of the country` is a part of it, placed as such below)."""
    preposition = noun.head
    described = preposition.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ != "of"
        and preposition.dep_ == "prep"
        and _a_place_itself(described)
    )


def _a_place_itself(noun: Token) -> bool:
    """A name, a place the recognizer typed, or a settlement (`town`): a `where` after a
    place inside its description may be about either; `a blow for the town` is no place."""
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in _PLACE_KINDS
        or noun.lemma_ in lexicon.SETTLEMENT_NOUNS
    )


def _list_goes_on(noun: Token, where: Token) -> bool:
    """Items that are no places stand between the noun and its `where` (`trips to Paris, a
    luxury watch and online casinos, where she lost £40,000`): the parser hangs a list's
    clause on its first item, but the clause may be about the last; which is unsure, so it
    stays where the article put it."""
    between = [c for c in noun.children if c.dep_ in ("appos", "conj") and noun.i < c.i < where.i]
    items = [t for c in between for t in (c, *c.conjuncts) if t.i < where.i]
    return any(t.pos_ == "NOUN" and t.ent_type_ not in ("GPE", "LOC") for t in items)


def where_clauses(tokens: set[int], doc: Doc) -> list[Token]:
    """Relative clauses led by `where`, set off by a comma after a place or occasion."""
    found = []
    for i in sorted(tokens):
        relative = doc[i]
        if relative.dep_ != "relcl" or relative.head.i not in tokens:
            continue
        where = _where(relative)
        if where is None or where.i == 0 or doc[where.i - 1].text != ",":
            continue
        if not any(c.dep_ in SUBJECTS and c.i > where.i for c in relative.children):
            continue
        noun = relative.head
        if not _a_place(noun) or _inside_a_description(noun):
            continue
        if _list_goes_on(noun, where):
            continue  # `trips to Paris, a luxury watch and online casinos, where ...`
        if any(doc[j].pos_ == "PRON" for j in _place_words(noun)):
            continue
        found.append(relative)
    return found


def taken_by_where(relative: Token) -> set[int]:
    """What the clause before loses: the `where` clause and the comma before it (a comma the
    parser hung at its end stays, for what follows it)."""
    taken = subtree(relative)
    if relative.doc[max(taken)].text == ",":
        taken = taken - {max(taken)}
    return taken | {min(taken) - 1}


def where_claim(relative: Token, allowed: set[int]) -> set[int]:
    return subtree(relative) & allowed


def placed_where(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """`where she opened a bakery` -> `she opened a bakery [in Leeds]`: the `where` dropped,
    the place after the clause's last word, with the preposition the article put before it
    (`at`, else `in`)."""
    replaced: dict[int, str] = {}
    for i in sorted(tokens):
        where = doc[i]
        relative = where.head
        if where.lower_ != "where" or relative.dep_ != "relcl":
            continue
        if getattr(_where(relative), "i", None) != where.i:
            continue
        noun = _named_whole(relative.head)
        if noun.i in tokens:
            continue  # the place is in the claim: nothing to restore
        words = _place_words(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            # `the east of the country, where ...`: the place is the part, not the country
            part = noun.head.head
            words |= {part.i} | {i for c in part.lefts for i in subtree(c)} | {noun.head.i}
            noun = part
        preposition = noun.head.lower_ if noun.dep_ == "pobj" else "in"
        preposition = preposition if preposition in _KEPT_PREPOSITIONS else "in"
        words = sorted(words - taken_by_where(relative))
        place = doc[words[0] : words[-1] + 1].text.strip(" ,")
        last = max(j for j in tokens if not doc[j].is_punct or doc[j].text == "%")  # `5.8%`
        replaced[where.i] = ""
        replaced[last] = f"{doc[last].text} [{preposition} {place}]"
    return replaced
