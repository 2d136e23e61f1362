"""Whether a named person can be what a he/she/his/her points back to.

A pronoun in news prose continues a person the article has been talking about: a subject, a
speaker, the owner of a subject (`Silva's lawyer said`), or the one named in apposition to
them. A name met only as an object or inside a phrase (`won the X Award`, `inspired by X's
tale`, `to join X United`) is no such person, and is often not a person at all (the recognizer
types awards and clubs as people). Unless a title gave that name a gender (`police arrested Mr
X`), or the article made them a subject before and their first name gives their sex, the
splitter keeps the pronoun and asks who is meant rather than guess one of those.
It also abstains when the sentence itself says the name is not meant: a pronoun pointing
forward to a name in another clause, a him/her bound away from the name, a pronoun of the
other gender standing first, or a `who` with no name that did the saying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import REACH, aged_person
from factcheck.splitter.tokens import SUBJECTS, subject_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_OBJECTS = frozenset({"dobj", "dative", "iobj"})
# A clause with no subject of its own takes the one of the clause it hangs on (`X wrote,
# asking him`).
_SUBJECTLESS = frozenset({"advcl", "xcomp", "conj", "acl"})
# A name in one of these relations shares the place of the word it hangs on.
_ATTACHED = frozenset({"appos", "conj", "compound"})


def talked_about(
    surname: str, sentences: Sequence[Sentence], index: int, reach: int = REACH
) -> bool:
    """Whether a proper noun `surname` (typed as a person, or not typed) is subject-like in
    sentence `index` or the `reach` sentences before it: a subject, the agent of a passive
    (`was founded by X`), the owner of a subject (`X's lawyer said`), or a name attached to
    one (`the singer, X,`; `X and Y said`)."""
    return any(
        token.text == surname
        and token.pos_ == "PROPN"
        and token.ent_type_ in ("PERSON", "")
        and _subject_like(token)
        for sentence in sentences[max(0, index - reach) : index + 1]
        for token in sentence.doc
    )


def _subject_like(token: Token) -> bool:
    while token.dep_ in _ATTACHED and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("oprd", "attr") and token.head.dep_ == "acl":
        token = token.head.head  # `a girl named X is missing`: X stands where the girl does
    if token.dep_ == "poss":  # only the owner of a subject: not `inspired by X's tale`
        return token.head.dep_ in SUBJECTS
    if token.dep_ in SUBJECTS or token.dep_ == "attr":
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def announced_subject(pronoun: Token, name: Token) -> bool:
    """`In her speech, Ann Lee said`: a name after its pronoun is what the pronoun means only
    when it is the subject of a clause the pronoun stands in; `her child was singled out if X
    were elected` does not point forward to X."""
    while name.dep_ in _ATTACHED and name.head.i != name.i:
        name = name.head
    if name.dep_ not in SUBJECTS:
        return False
    clause = name.head
    in_clause = clause.left_edge.i <= pronoun.i <= clause.right_edge.i
    in_own_phrase = name.left_edge.i <= pronoun.i <= name.right_edge.i  # `His brother, X,`
    return in_clause and not in_own_phrase


def inside_speakers_aside(name: Token, speaker: Token) -> bool:
    """Whether a name stands in a prepositional phrase of a clause set beside the speaker
    (`X, best known for the series Y, said`; `X, who was working in Y, said`): a work, place or
    firm the aside mentions, not someone the speaker's `he` could mean. A name the aside makes
    a subject or object (`X, whose son Y was arrested,`), or one in a title set beside the
    speaker (`X, a lawyer for Y,`: Y may well be the `he`), is not in such a phrase."""
    # spaCy makes a new Token for each `.head`, so the root is found by index, never `is`
    while name.dep_ in _ATTACHED and name.head.i != name.i:
        name = name.head
    if name.dep_ != "pobj":
        return False
    token = name
    while token.head.i != token.i and token.head.i != speaker.i:
        token = token.head
        if token.dep_ in SUBJECTS or token.dep_ in _OBJECTS:
            return False
    return token.head.i == speaker.i and token.dep_ in ("acl", "relcl")


def pronoun_gender(word: str) -> str | None:
    """`m` for he/him/his, `f` for she/her/hers, None for any other word."""
    return _GENDERS.get(word.lower())


def bound_away(surname: str, gender: str | None, doc: Doc) -> bool:
    """Whether a him/her of this `gender` in the sentence is the object of a verb whose subject
    is the name (`X wrote to the president, asking him to ...`): X would be `himself` there, so
    someone else of that gender is in play and no pronoun of the sentence is safely X."""
    for token in doc:
        if token.dep_ not in _OBJECTS or pronoun_gender(token.text) != gender:
            continue
        verb = token.head
        while subject_of(verb) is None and verb.dep_ in _SUBJECTLESS and verb.head.i != verb.i:
            verb = verb.head
        subject = subject_of(verb)
        if subject is not None and any(t.text == surname for t in subject.subtree):
            return True
    return False


def other_gender_before(pronoun: Token) -> bool:
    """Whether a he/him/his (for a she/her, and the other way) stands before `pronoun` in its
    sentence: when the name it would take has no known gender, the earlier pronoun has the
    better claim to it (`X said her only regret was that he ...`: not X)."""
    gender = pronoun_gender(pronoun.text)
    return any(pronoun_gender(t.text) not in (None, gender) for t in pronoun.doc[: pronoun.i])


def unnamed_person_before(pronoun: Token) -> Token | None:
    """`X said her client had fallen into debt ..., and that he was ashamed`: a person its own
    sentence told of only by a noun (`her client`, `the man`, `a driver`) as a subject or owner
    before a he/she of their sex (or none) is the nearer one it may mean; a name from outside
    is then unsure. The noun, or None."""
    gender = pronoun_gender(pronoun.text)
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.tag_ != "NN" or token.dep_ not in (*SUBJECTS, "poss"):
            continue
        lemma = token.lemma_.lower()
        if lemma not in _UNNAMED_PEOPLE:
            continue
        if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children):
            continue  # `her client, Tom Hale,`: named
        if gender is None or _UNNAMED_PEOPLE[lemma] in (None, gender):
            return token
    return None


# A court's people and kin told of by a noun count as well (`her client`, `his nephew`).
_KIN_GENDERS = {
    "brother": "m", "nephew": "m", "uncle": "m", "grandson": "m", "grandfather": "m",
    "stepson": "m", "widower": "m", "boyfriend": "m", "fiance": "m", "fiancé": "m",
    "sister": "f", "niece": "f", "aunt": "f", "granddaughter": "f", "grandmother": "f",
    "stepdaughter": "f", "widow": "f", "girlfriend": "f", "fiancee": "f", "fiancée": "f",
}  # fmt: skip
_UNNAMED_PEOPLE: dict[str, str | None] = {
    **{kin: _KIN_GENDERS.get(kin) for kin in lexicon.KIN_NOUNS},
    **lexicon.SOMEONE_NOUNS,
    "client": None,
    "defendant": None,
}


def reported_by_unnamed(pronoun: Token) -> bool:
    """`... a little girl who said she wanted ...`: the subject of what someone unnamed said
    (a `who` whose noun is no name) is most likely that someone, not a name outside."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return False
    verb = clause.head
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "who" or verb.dep_ != "relcl":
        return False
    return verb.head.pos_ == "NOUN"


def bound_by_someone_unnamed(pronoun: Token) -> bool:
    """`You cannot blame a lad for doubling his wages`, `anyone who loses her job`: a he/his/
    him/she/her after an unnamed someone of its gender (`a lad`, `any parent`, `someone`) in
    its own sentence, in the clause the pronoun hangs under, is that someone: no name is
    meant."""
    gender = pronoun_gender(pronoun.text)
    if gender is None or pronoun.dep_ in SUBJECTS:
        return False  # `a student who said she ...`: a clause of its own, cut off from her
    ancestors = {pronoun.head.i, *(a.i for a in pronoun.head.ancestors)}
    for noun in pronoun.doc[pronoun.sent.start : pronoun.i]:
        word = noun.lower_ if noun.tag_ == "NN" else None
        if word not in lexicon.SOMEONE_NOUNS or lexicon.SOMEONE_NOUNS[word] not in (None, gender):
            continue
        determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
        unnamed = noun.pos_ == "PRON" or word in (
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "everyone",
            "everybody",
            "nobody",
        )
        if not unnamed and not (determiners and determiners[0] in lexicon.UNNAMING_DETERMINERS):
            continue
        if word == "one" and not determiners:
            continue  # `one` as a number
        if noun.head.i in ancestors:
            return True
    return False


def described_owner(pronoun: Token) -> Token | None:
    """`The former midfielder is the fifth manager to lose his job`: a his/her/him in a clause
    whose subject is a person called by a description (`the midfielder`, `the minister`, `the
    29-year-old`, `another victim`) is that person, not a name from an earlier sentence nor
    one said after it."""
    gender = pronoun_gender(pronoun.text)
    if gender is None or pronoun.dep_ in SUBJECTS:
        return None
    verb = pronoun.head
    while subject_of(verb) is None and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb)
    if subject is not None and aged_person(subject):
        return subject if subject.i < pronoun.i else None
    if subject is None or subject.pos_ != "NOUN" or subject.i > pronoun.i:
        return None
    # `Another victim, an 82-year-old man, was driven to his bank by X`: the victim's
    determiners = ("the", "this", "that", "another", "a", "an", "one")
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in subject.children):
        return None
    kind = subject.lemma_.lower()
    if kind in lexicon.SOMEONE_NOUNS and subject.tag_ == "NN":  # `another victim`, `a man`
        return subject if lexicon.SOMEONE_NOUNS[kind] in (None, gender) else None
    person = kind in lexicon.PERSON_DESCRIPTION_NOUNS or kind in lexicon.ROLE_NOUNS
    fits = person and lexicon.PERSON_DESCRIPTION_NOUNS.get(kind) in (None, gender)
    return subject if fits else None


def owned_by_described_subject(pronoun: Token) -> bool:
    """Whether the pronoun is the described subject's of its clause (`described_owner`)."""
    return described_owner(pronoun) is not None
