"""Stage 5, continued: whose is `the study`.

A study, survey or report is its author's. The article names the author in one of a few shapes:
a passive agent (`The research was carried out by X`, `a survey commissioned by X`), a `by`/
`from` phrase (`a study by X`, `a report from X`) or a possessive (`X's report`). A study noun
that names no author of its own (`the study`, `the research`, `according to a study released on
Wednesday`) takes that author in brackets (`the study [by X]`) only when the article names
exactly one author for its studies; and an indefinite `a study` only when it is the article's
first mention of one (a later `a study` is another study). Otherwise nothing is added and the
caller keeps the article's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.document import Sentence

_NAME_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "CC", "JJ", "HYPH"})
_AUTHOR_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
_LONGEST_AUTHOR = 12  # tokens: a longer run after `by` is not one name


@dataclass(frozen=True)
class Author:
    """Who made a study (`the UK Film Council and Acme`), and the sentence that says so."""

    name: str
    sentence: int

    def bracket(self) -> str:
        return f"[by {self.name}]"


@dataclass(frozen=True)
class StudyAuthors:
    """The authors the article gives its studies, and where it first mentions a study."""

    authors: tuple[Author, ...] = ()
    first_mention: int | None = None

    def it_stands_for(self, pronoun: Token, before: Sentence) -> tuple[str, Author] | None:
        """`The research was carried out by X. It also found C`: a reporting `it` is the
        study the sentence before has as its subject, when that study has one author."""
        if pronoun.lower_ != "it" or pronoun.head.lemma_ not in lexicon.FINDING_LEMMAS:
            return None
        root = next((t for t in before.doc if t.dep_ == "ROOT"), None)
        study = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root else None
        if study is None or not is_study(study):
            return None
        named = own_author(study)
        author = Author(named, before.index) if named else self.of(study, before.index)
        if author is None:
            return None
        determiner = next((c for c in study.children if c.dep_ == "det"), None)
        words = f"{determiner.lower_} {study.text}" if determiner is not None else study.text
        return words, author

    def of(self, noun: Token, sentence: int) -> Author | None:
        """The one author a study noun that names none of its own stands for, or None."""
        if not is_study(noun) or own_author(noun) is not None or _set_apart(noun):
            return None
        names = {a.name.casefold() for a in self.authors}
        if len(names) != 1:
            return None
        determiner = next((c for c in noun.children if c.dep_ == "det"), None)
        indefinite = determiner is not None and determiner.lower_ in ("a", "an")
        if indefinite and self.first_mention != sentence:
            return None  # a later `a study` is another one
        return self.authors[0]


def is_study(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.STUDY_NOUNS


def read_study_authors(sentences: list[Sentence]) -> StudyAuthors:
    authors: list[Author] = []
    first: int | None = None
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for token in sentence.doc:
            if not is_study(token) or token.dep_ == "compound":
                continue
            first = sentence.index if first is None else first
            name = own_author(token)
            if name is not None:
                authors.append(Author(name, sentence.index))
    return StudyAuthors(tuple(authors), first)


def own_author(noun: Token) -> str | None:
    """The author a study's own phrase names: `X's study`, `a study by X`, `a survey
    commissioned by X`, `The research was carried out by X`."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in _AUTHOR_LABELS:
            entity = next(e for e in noun.doc.ents if e.start <= child.i < e.end)
            name = entity.text.removesuffix("'s").removesuffix("’s").strip()
            return "the " + name[4:] if name.startswith("The ") else name
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return _name_after(child)
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        participles.append(noun.head)
    for verb in participles:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return _name_after(agent)
    return None


def _name_after(by: Token) -> str | None:
    """`the UK Film Council and industry body Acme` after `by`: a run of name words that ends
    at the clause's next preposition, punctuation or verb, and holds a name."""
    doc, end = by.doc, by.i + 1
    while end < len(doc) and end - by.i <= _LONGEST_AUTHOR:
        token = doc[end]
        of_a_name = token.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].tag_ == "NNP"
        if token.tag_ not in _NAME_TAGS and not of_a_name:
            break
        end += 1
    words = doc[by.i + 1 : end]
    while len(words) and words[-1].tag_ in ("CC", "DT", "JJ", "HYPH"):
        words = words[:-1]
    named = any(t.ent_type_ in _AUTHOR_LABELS for t in words)
    if not len(words) or not named or end - by.i > _LONGEST_AUTHOR:
        return None
    return words.text


def _set_apart(noun: Token) -> bool:
    """`another study`, `a 2019 survey`, `the Acme report`: a study of its own."""
    return any(
        c.lower_ in lexicon.OTHER_MODIFIERS
        or (c.dep_ in ("compound", "nummod", "amod") and (c.ent_type_ or c.pos_ == "PROPN"))
        for c in noun.lefts
    )
