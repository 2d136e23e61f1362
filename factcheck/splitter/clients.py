"""Whom a defence lawyer's `his client` means: `Defending, Simon Rudd said his client had
repaid £11,500` is about the one person the story has in the dock.

A court report names its defendant by what the court did to them or what they did before it
(`Graham Pellow, 58, admitted fraud`, `Ann Lee was jailed for two years`); the lawyer who
speaks for them is set apart by `defending`, `for the defence` or `in mitigation`. The
client is that defendant only when the speaker was introduced so and exactly one person has
stood as such a subject so far: two defendants, or a lawyer not said to defend, leave the
pronoun to the usual rules (which ask whose client). So are `the victims` of such a
report (`victims_of`) that defendant's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import Mention, surname_of
from factcheck.splitter.lead_people import read_lead_person
from factcheck.splitter.tokens import SUBJECTS, is_possessive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.context import EntityBook
    from factcheck.splitter.document import Sentence

_CLIENT_OWNERS = frozenset({"his", "her", "their", "my"})


def client_of_defender(
    pronoun: Token, speaker: str | None, sentences: list[Sentence], index: int, book: EntityBook
) -> Mention | None:
    """The defendant `his client` (or, quoted, `my client`) means in a defence lawyer's
    words, or None (module docstring)."""
    client = pronoun.head
    if not is_possessive(pronoun) or pronoun.lower_ not in _CLIENT_OWNERS or speaker is None:
        return None
    if client.lemma_.lower() != "client" or client.tag_ != "NN":
        return None
    if any(c.i != pronoun.i and c.dep_ not in ("case", "punct") for c in client.lefts):
        return None  # `his former client`: perhaps another
    quoted = pronoun.i in sentences[index].quoted
    if (pronoun.lower_ == "my") != quoted:
        return None
    if not _defends(speaker, sentences[: index + 1]):
        return None
    accused = defendants(sentences[: index + 1], book) - {_full_name(speaker, book)}
    if len(accused) != 1:
        return None
    name = next(iter(accused))
    person = book.person_named(name)
    where = person.introduced if person is not None else index
    return Mention(name, where)


def _defends(speaker: str, sentences: list[Sentence]) -> bool:
    """Whether a sentence that names the speaker says they defend (`Defending, X said`, `X,
    for the defence, said`, `In mitigation, X said`)."""
    surname = surname_of(speaker)
    for sentence in sentences:
        if not sentence.parsed or surname not in sentence.text:
            continue
        if any(_defence_mark(token) for token in sentence.doc):
            return True
    return False


def _defence_mark(token: Token) -> bool:
    word = token.lower_
    if word == "defending":  # set off, not `the defending champion` (tagged a noun at times)
        return token.dep_ in ("advcl", "acl", "appos", "ROOT", "dep", "parataxis")
    if word in ("defence", "defense", "mitigation"):
        return token.head.lower_ in ("for", "in") and token.dep_ == "pobj"
    return False


def defendants(sentences: list[Sentence], book: EntityBook) -> set[str]:
    """The full names of the people who stood as the subject of a court's act on them or of
    their own before it (lexicon.DEFENDANT_VERBS) so far, and the lead's unnamed person so
    (`A builder ... has been jailed`) by the name the next sentence gives (lead_people)."""
    found: set[str] = set()
    lead_person = read_lead_person(sentences)
    if lead_person is not None:  # `A wedding venue owner ... has been jailed` / `X, 52, ran ...`
        lead, noun, name, _ = lead_person
        if _a_defendants_verb(sentences[lead].doc[noun].head):
            found.add(_full_name(name, book))
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for entity in sentence.doc.ents:
            if entity.label_ != "PERSON" or entity.start in sentence.quoted:
                continue
            root = entity.root
            while root.dep_ == "conj" and root.head.i != root.i:  # `X, 40, and Y, 38, admitted`
                root = root.head
            if root.dep_ in SUBJECTS and _a_defendants_verb(root.head):
                found.add(_full_name(entity.text, book))
    return found


def _a_defendants_verb(verb: Token) -> bool:
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in lexicon.DEFENDANT_VERBS for v in verbs)


def victims_of(
    noun: Token, sentences: list[Sentence], index: int, book: EntityBook
) -> Mention | None:
    """`the victims`, with nothing of their own, in a court report with one defendant so far:
    that defendant's (`the victims [of Graham Pellow]`)."""
    if noun.lemma_.lower() != "victim" or noun.tag_ != "NNS":
        return None
    if [c.lower_ for c in noun.children if c.dep_ != "punct"] != ["the"]:
        return None  # not `the victims' lives`: a bracket would part the owner from its mark
    accused = defendants(sentences[: index + 1], book)
    if len(accused) != 1:
        return None
    name = next(iter(accused))
    person = book.person_named(name)
    return Mention(name, person.introduced if person is not None else index)


def _full_name(name: str, book: EntityBook) -> str:
    """The name in full as the article gave it (`Pellow` -> `Graham Pellow`), when known."""
    person = book.person_named(name)
    return person.name if person is not None else name
