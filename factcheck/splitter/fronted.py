"""Stage 4: a description set before a name opens the sentence with a fact of its own.

`A former banker, Tom Berg joined the government in 2001`: that he was a banker is checked
apart from what he did. The claim puts the name first (`Tom Berg [was] a former banker`),
its words all the sentence's; the main clause keeps the name (`Tom Berg joined ...`).

The parser reads the pair two ways: two subjects of the verb (`A member of X, Ana Silva
served ...`), or the description as the subject with the name in apposition. Either way
only descriptions with a determiner or an owner (`a`, `the ... of`, `His co-defendant`)
before a name, set off by a comma, are cut: a pronoun after the comma (`A keen golfer,
he ...`) is left to the stand-alone stage whole. A description whose owner is a pronoun
(`His co-defendant, X`) makes no claim of its own: it would only ask whose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.tokens import subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAMES = frozenset({"PERSON", "ORG"})


def _described_name(description: Token) -> Token | None:
    """The name a sentence-opening description stands before, or None."""
    doc, verb = description.doc, description.head
    subject = description.dep_ in ("nsubj", "nsubjpass")
    if not subject or description.pos_ != "NOUN" or min(subtree(description)):
        return None
    if not any(c.dep_ in ("det", "poss") for c in description.children):
        return None  # `A former banker, X`, `His co-defendant, X`; not `Police, X`
    apposed = [c for c in description.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    others = [c for c in verb.children if c.dep_ == description.dep_ and c.i > description.i]
    name = next(iter(apposed or others), None)
    if name is None or name.ent_type_ not in _NAMES:
        return None
    comma = min(subtree(name)) - 1
    words = {i for i in subtree(description) - subtree(name) if not doc[i].is_punct}
    if doc[comma].text != "," or comma < max(words):
        return None  # the comma closing the name's apposition is no word of the description
    return name


def fronted_descriptions(head: Token, own: set[int]) -> list[tuple[Token, Token]]:
    """(description, name) pairs opening `head`'s clause."""
    found = []
    for child in head.children:
        name = _described_name(child) if child.i in own else None
        if name is not None and name.i in own:
            found.append((child, name))
    return found


def _description_words(description: Token, name: Token) -> set[int]:
    return subtree(description) - subtree(name) - {min(subtree(name)) - 1}


def taken_by_description(description: Token, name: Token) -> set[int]:
    """What the main clause loses: the description and the commas setting the name off
    (`Acme's chairman, Tom Berg, said` -> `Tom Berg said`)."""
    closing = max(subtree(name)) + 1
    closes = [c.i for c in description.children if c.dep_ == "punct" and c.i == closing]
    return _description_words(description, name) | {min(subtree(name)) - 1, *closes}


def description_claim(description: Token, name: Token, allowed: set[int]) -> set[int]:
    """`Tom Berg [was] a former banker`; none for `His assistant, Tom Berg`, whose owner is
    only a pronoun: `Tom Berg [was] his assistant` would ask whose, to tell little."""
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in description.children):
        return set()
    words = _description_words(description, name) | (subtree(name) - _asides(name))
    return words & allowed


def _asides(name: Token) -> set[int]:
    return {i for c in name.children if c.dep_ in ("appos", "relcl", "punct") for i in subtree(c)}


def reordered(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """`A former banker, Tom Berg` -> `Tom Berg [was] a former banker`: the name moved to the
    front, with a copula in the tense of the verb after it."""
    replaced: dict[int, str] = {}
    for i in sorted(tokens):
        description = doc[i]
        name = _described_name(description)
        if name is None or description.head.i in tokens:
            continue
        if any(doc[j].pos_ in ("VERB", "AUX") for j in tokens - subtree(description)):
            continue  # a second verb sharing the subject (`... and jailed`) keeps it whole
        words = sorted(subtree(name) & tokens)
        if not words:
            continue
        verb = description.head
        past = verb.tag_ == "VBD" or any(
            c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")
        )
        text = doc[words[0] : words[-1] + 1].text
        first = min(_description_words(description, name) & tokens)
        opening = doc[first].lower_ if doc[first].tag_ in ("DT", "PRP$") else doc[first].text
        replaced[first] = f"{text} [{'was' if past else 'is'}] {opening}"
        replaced.update({j: "" for j in words})
        replaced[min(subtree(name)) - 1] = ""
    return replaced
