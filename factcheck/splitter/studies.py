"""Stage 5, continued: which study `the study` is.

A study, survey or report is known by its author or, failing that, by where it was published.
The article names the author in one of a few shapes: a passive agent (`The research was carried
out by X`, `a survey commissioned by X`), a `by`/`from` phrase (`a study by X`, `a report from
X`) or a possessive (`X's report`); the place in `a study published in The Journal`. A study noun
that says none of this itself (`the study`, `the research`, `according to a study released on
Wednesday`) takes it in brackets (`the study [by X]`), and `the researchers` / `the authors`
take the study they wrote (`the authors [of the study by X]`), only when the article gives
its studies exactly one such identity (a name and its initials, `the Centre for X` and
`the CX's research`, are one); an indefinite `a study` only when it is the article's
first mention of one (a later `a study` is another study). Otherwise nothing is added and the
caller keeps the article's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.descriptions import says_which
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.document import Sentence

_NAME_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "CC", "JJ", "HYPH"})
_AUTHOR_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# A study first told of by this sentence (the headline being 0) makes the story a study's.
_STUDY_STORY_LEAD = 2
_VENUE_LABELS = _AUTHOR_LABELS | {"WORK_OF_ART"}
_PUBLISHING_LEMMAS = frozenset({"publish", "release", "present"})
_LONGEST_NAME = 12  # tokens: a longer run after `by` is not one name


@dataclass(frozen=True)
class Identity:
    """What tells a study apart (`by the UK Film Council`, `published in The Journal`), the
    study noun it was said of, and the sentence that says so."""

    how: str  # `by`, `published in`, `of the study by` ...
    name: str
    study: str
    sentence: int

    @property
    def words(self) -> str:
        return f"{self.how} {self.name}"

    def bracket(self) -> str:
        """`[by X]`, to follow the noun: `a study [by X]`."""
        return f"[{self.words}]"

    def around(self, noun: Token) -> str:
        """The noun with its identity: `[X] study` (so `the study was` still reads as the
        article's words), `researchers [of the study by X]`."""
        if _is_author(noun) or noun.lemma_.lower() == "team":  # not `the [journal X] team`
            return f"{noun.text} {self.bracket()}"
        name = self.name[4:] if self.name.lower().startswith("the ") else self.name
        if _a_finding(noun):  # `The [X study's] findings`, not `[journal X study's]`
            words = name.split()
            while len(words) > 1 and words[0].islower():
                words.pop(0)
            return f"[{' '.join(words)} {self.study}'s] {noun.text}"
        return f"[{name}] {noun.text}"


@dataclass(frozen=True)
class StudyAuthors:
    """The identities the article gives its studies, and where it first mentions a study."""

    identities: tuple[Identity, ...] = ()
    first_mention: int | None = None
    # where the article first tells of a second study (`a second study`, a later `a survey`)
    # or of an author we cannot read: a description from there on may mean either
    several_from: int | None = None

    def it_stands_for(self, pronoun: Token, before: Sentence) -> tuple[str, Identity] | None:
        """`The research was carried out by X. It also found C`: a reporting `it` is the
        study the sentence before has as its subject, when that study is known."""
        if pronoun.lower_ != "it" or pronoun.head.lemma_ not in lexicon.FINDING_LEMMAS:
            return None
        root = next((t for t in before.doc if t.dep_ == "ROOT"), None)
        study = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root else None
        if study is None or not is_study(study):
            return None
        identity = _own_identity(study, before.index) or self.of(study, before.index)
        if identity is None:
            return None
        determiner = next((c for c in study.children if c.dep_ == "det"), None)
        words = f"{determiner.lower_} {study.text}" if determiner is not None else study.text
        return words, identity

    def of(self, noun: Token, sentence: int) -> Identity | None:
        """The one identity a study noun (or `the researchers`) that says none of its own
        stands for, or None."""
        known = self._one(sentence)
        if known is None or _says_which(noun):
            return None
        determiner = next((c for c in noun.children if c.dep_ == "det"), None)
        if _is_author(noun) or self._study_team(noun) or _a_finding(noun):
            if determiner is None or determiner.lower_ != "the":
                return None
            how = f"of the {known.study} {known.how}"
            if _is_author(noun) and known.how.count(" ") > 1:  # `by researchers from`
                how = known.how.split()[-1]  # `the researchers [from X]`
            return Identity(how, known.name, known.study, known.sentence)
        if not is_study(noun):
            return None
        indefinite = determiner is not None and determiner.lower_ in ("a", "an")
        if indefinite and self.first_mention != sentence:
            return None  # a later `a study` is another one
        return known

    def _study_team(self, noun: Token) -> bool:
        """`The team tracked 312 snails`: in a story whose first lines tell of a study, `the
        team` (with nothing of its own) is the one that did it."""
        if noun.lemma_.lower() != "team" or noun.tag_ != "NN":
            return False
        if any(c.dep_ not in ("det", "punct") and not _set_off(c) for c in noun.children):
            return False  # `the Aldersey team`, `the team behind X`; not `, writing in X,`
        return self.first_mention is not None and self.first_mention <= _STUDY_STORY_LEAD

    def _one(self, sentence: int) -> Identity | None:
        """The one identity the article gives its studies up to `sentence` (a study it tells
        of only later, `plans to publish a full analysis`, cannot be the one meant there); a
        name and its initials (`the Centre for Education Standards`, `the CES's own
        research`) are one, the fuller kept."""
        several = self.several_from is not None and self.several_from <= sentence
        if several or not self.identities:
            return None
        fullest = max(self.identities, key=lambda i: len(i.name))
        if any(not _same_identity(i, fullest) for i in self.identities):
            return None
        return fullest


def _same_identity(identity: Identity, other: Identity) -> bool:
    if identity.how != other.how:
        return False
    name, fuller = (_bare(i.name) for i in (identity, other))
    initials = "".join(w[0] for w in fuller.split() if w[:1].isupper())
    return name.casefold() == fuller.casefold() or (name.isupper() and name == initials)


def _bare(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def is_study(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.STUDY_NOUNS


def _is_author(noun: Token) -> bool:
    return (
        noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.STUDY_AUTHORS
    )


def _set_off(clause: Token) -> bool:
    """`The team, writing in the journal X, said`: a clause between commas tells more of the
    noun, not which one it is."""
    return clause.dep_ in ("acl", "relcl") and clause.i > clause.head.i and not says_which(clause)


def _a_finding(noun: Token) -> bool:
    """`the findings`: what a study found, told by no other words of its own."""
    return noun.pos_ == "NOUN" and noun.lower_ == "findings" and not list(noun.rights)


def read_study_authors(sentences: list[Sentence]) -> StudyAuthors:
    identities: list[Identity] = []
    first: int | None = None
    several_from: int | None = None
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for token in sentence.doc:
            if not is_study(token) or token.dep_ == "compound" or token.tag_ != "NN":
                continue
            another = (first is not None and _another(token)) or _unread_author(token)
            if another and several_from is None:
                several_from = sentence.index
            first = sentence.index if first is None else first
            identity = _own_identity(token, sentence.index)
            if identity is not None:
                identities.append(identity)
    if first is not None and not identities and several_from is None:
        identities += _authors_after(sentences, first)
    return StudyAuthors(tuple(identities), first, several_from)


_AUTHORS_REACH = 2  # sentences after a nameless study in which its authors may be named


def _authors_after(sentences: list[Sentence], first: int) -> list[Identity]:
    """`..., according to a study published on Wednesday. Researchers from the University of
    X examined 212 chicks`: a study told of with no author, and right after it researchers
    of one named body as the subject, is theirs (`the study [by researchers from X]`)."""
    study = next(
        (t.lemma_.lower() for t in sentences[first].doc if is_study(t) and t.tag_ == "NN"), None
    )
    if study is None:
        return []
    found = []
    for sentence in sentences[first : first + 1 + _AUTHORS_REACH]:
        if not sentence.parsed:
            continue
        for token in sentence.doc:
            if not _is_author(token) or token.dep_ not in SUBJECTS or token.i in sentence.quoted:
                continue
            place = next(
                (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "at")), None
            )
            name = _name_after(place, frozenset({"ORG"})) if place is not None else None
            if name is not None:
                found.append(
                    Identity(f"by {token.lower_} {place.lower_}", name, study, sentence.index)
                )
    return found if len({i.name for i in found}) == 1 else []


def _another(noun: Token) -> bool:
    """`a second study`, `another survey`, a later `a report`: a study besides the first."""
    return any(
        c.lower_ in lexicon.OTHER_MODIFIERS or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in noun.lefts
    )


def _unread_author(noun: Token) -> bool:
    """`carried out by researchers at X`: an author is given, in words not read as a name."""
    if own_author(noun) is not None:
        return False
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    verbs = [v for v in verbs if v.lemma_.lower() not in lexicon.FUNDING_LEMMAS]
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or any(
        c.dep_ == "agent" for v in verbs for c in v.children
    )


def _own_identity(noun: Token, sentence: int) -> Identity | None:
    author = own_author(noun)
    if author is not None:
        return Identity("by", author, noun.lemma_.lower(), sentence)
    venue = _venue(noun)
    if venue is not None:
        return Identity("published in", venue, noun.lemma_.lower(), sentence)
    return None


def participle_identity(noun: Token, sentence: int) -> Identity | None:
    """The identity a study's participle gives it (`a study published in X`, `a survey
    commissioned by X`): a speaker shown without its participle still needs it."""
    if not is_study(noun) or not any(c.dep_ == "acl" for c in noun.children):
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children
    ):
        return None  # `X's study`, `a study by X` keep their words
    return _own_identity(noun, sentence)


# What a body does to a report someone else wrote: `a report considered by the committee`
_READ_BY_LEMMAS = frozenset(
    {"consider", "discuss", "debate", "review", "examine", "read", "receive"}
)


def own_author(noun: Token) -> str | None:
    """The author a study's own phrase names: `X's study`, `a study by X`, `a survey
    commissioned by X`, `The research was carried out by X`."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in _AUTHOR_LABELS:
            entity = next(e for e in noun.doc.ents if e.start <= child.i < e.end)
            name = entity.text.removesuffix("'s").removesuffix("’s").strip()
            return "the " + name[4:] if name.startswith("The ") else name
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return _name_after(child, _AUTHOR_LABELS)
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        participles.append(noun.head)
    for verb in participles:
        if verb.lemma_.lower() in lexicon.FUNDING_LEMMAS:
            continue  # `The study was funded by X`: X paid for it, someone else did it
        if verb.lemma_.lower() in _READ_BY_LEMMAS or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            continue  # `a report to be considered by X's committee`: X will read it
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return _name_after(agent, _AUTHOR_LABELS)
    return None


def _venue(noun: Token) -> str | None:
    """`a study published in The Journal`: where the study came out."""
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        participles.append(noun.head)
    for verb in participles:
        if verb.lemma_ not in _PUBLISHING_LEMMAS:
            continue
        place = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if place is not None:
            return _name_after(place, _VENUE_LABELS)
    return None


def _name_after(preposition: Token, labels: frozenset[str]) -> str | None:
    """`the UK Film Council and industry body Acme` after `by`: a run of name words that ends
    at the clause's next preposition, punctuation or verb, and holds a name."""
    doc, end = preposition.doc, preposition.i + 1
    while end < len(doc) and end - preposition.i <= _LONGEST_NAME:
        token = doc[end]
        of_a_name = token.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].tag_ == "NNP"
        # `the Centre for Education Standards`: a preposition inside a name the recognizer read
        within_a_name = token.ent_iob_ == "I" and token.ent_type_ in labels
        if token.tag_ not in _NAME_TAGS and not of_a_name and not within_a_name:
            break
        end += 1
    words = doc[preposition.i + 1 : end]
    while len(words) and words[-1].tag_ in ("CC", "DT", "JJ", "HYPH"):
        words = words[:-1]
    named = any(t.ent_type_ in labels for t in words)
    if not len(words) or not named or end - preposition.i > _LONGEST_NAME:
        return None
    return words.text


def _says_which(noun: Token) -> bool:
    """`a study by X`, `another study`, `a 2019 survey`, `the Acme report`, `researchers at X`:
    the phrase tells the study (or its authors) apart itself."""
    if _own_identity(noun, -1) is not None:
        return True
    if _is_author(noun) and any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return True
    return any(
        c.lower_ in lexicon.OTHER_MODIFIERS
        or (c.dep_ in ("compound", "nummod", "amod", "poss") and (c.ent_type_ or c.pos_ == "PROPN"))
        for c in noun.lefts
    )
