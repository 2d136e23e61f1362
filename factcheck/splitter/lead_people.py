"""The person a story's first sentence holds back: `A builder who persuaded elderly homeowners
to pay deposits ... has been jailed` and, next, `Darren Kellaway, 52, took more than £310,000`.

Court, crime and sport leads open on someone by their calling and name them, with their age,
in the sentence after; a desk would write `A builder [Darren Kellaway]`. A wrong person is the
worst thing a claim can say, so the name is given only when all of this holds: the lead's
subject is one unnamed person (`a`/`an` and a word for a person, no other person named in the
lead, no `and`), and the next sentence's subject is a person's name with an age set beside it
(`X, 52,` / `X, aged 52,`), of no sex other than the lead's word gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import first_name_gender, states_an_age
from factcheck.splitter.document import lead_and_next
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.splitter.document import Sentence

# Endings of words for someone by what they do (`builder`, `landlord`, `medallist`, `sprinter`)
_CALLING_ENDINGS = ("er", "or", "ist", "ian", "ant", "lord", "man", "woman")
_YOUNGEST, _OLDEST = 10, 110
_NOBODY_IN_PARTICULAR = frozenset({"someone", "somebody", "anyone", "anybody", "one", "person"})


def read_lead_person(sentences: list[Sentence]) -> tuple[int, int, str, int] | None:
    """(lead sentence, the lead's noun for the person, their name, the sentence naming them),
    or None (module docstring)."""
    pair = lead_and_next(sentences)
    if pair is None:
        return None
    lead, following = pair
    noun = _unnamed_person(lead)
    if noun is None:
        return None
    name = _person_with_age(following, aged=_aged(noun))
    if name is None:
        return None
    word_gender = _gender_of_word(noun)
    name_gender = first_name_gender(name[0].text)
    if word_gender and name_gender and word_gender != name_gender:
        return None
    return lead.index, noun.i, name.text, following.index


def _unnamed_person(lead: Sentence) -> Token | None:
    """`A builder who ...` as the subject of the lead's main verb, when the lead names no one."""
    doc = lead.doc
    if any(e.label_ == "PERSON" for e in doc.ents):
        return None
    root = next((t for t in doc if t.head.i == t.i), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root else None
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if subject.i in lead.quoted or any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None
    if not _introduced(subject) or not _a_person_word(subject):
        return None
    others = [t for t in doc if t.i != subject.i and t.pos_ == "NOUN" and _introduced(t)]
    if any(_a_person_word(t) for t in others):
        return None  # `A man ... after a woman was found`: which of them is named next?
    return subject


def _introduced(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _a_person_word(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _NOBODY_IN_PARTICULAR:
        return False
    known = lexicon.PERSON_ROLE_WORDS | lexicon.PERSON_DESCRIPTION_NOUNS.keys()
    if lemma in known or lemma in lexicon.SOMEONE_NOUNS:
        return True
    # a trade may be a firm's or a person's (`A builder`): the age beside the next sentence's
    # name says which; a body or a place is never a person
    if lemma in lexicon.ORGANISATION_NOUNS or lemma in lexicon.LEAD_NAMED_PLACES:
        return False
    return len(lemma) > 4 and lemma.endswith(_CALLING_ENDINGS)


_MALE_ENDINGS = ("man", "boy", "father", "son", "husband", "brother", "uncle", "nephew", "lord")
_FEMALE_ENDINGS = (
    "woman", "girl", "mother", "daughter", "wife", "sister", "aunt", "niece", "widow", "ess", "lady"
)  # fmt: skip


def _gender_of_word(noun: Token) -> str | None:
    """`m` or `f` for a word of one sex (`grandfather`, `businesswoman`, `actress`)."""
    lemma = noun.lemma_.lower()
    listed = lexicon.SOMEONE_NOUNS.get(lemma) or lexicon.PERSON_DESCRIPTION_NOUNS.get(lemma)
    if listed:
        return listed
    if lemma.endswith(_FEMALE_ENDINGS):  # before `man`: `woman` ends in both
        return "f"
    return "m" if lemma.endswith(_MALE_ENDINGS) else None


def _aged(noun: Token) -> bool:
    """`A 17-year-old sprinter`: the lead gives the person's age itself."""
    return any("year-old" in t.lower_ or states_an_age(t) for t in noun.lefts)


def _person_with_age(following: Sentence, aged: bool) -> Span | None:
    """`Darren Kellaway, 52, took ...` (also under `..., the court heard`): the subject's name,
    typed a person, with an age in apposition (or without, when the lead gave the age: `A
    17-year-old sprinter ...` / `Kiara Mensah-Hollis ran ...`); None for anything else."""
    doc = following.doc
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None:
        return None
    clauses = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    for clause in clauses:
        if _reports(clause):
            continue  # `Jo Hale, 40, said ...`: a source, not the one the lead meant
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        entity = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
        if entity is None or len(entity.text.split()) < 2:
            continue
        if entity.label_ != "PERSON" and first_name_gender(entity[0].text) is None:
            continue  # a name opening on a known first name is a person's, however typed
        if any(e.label_ == "PERSON" and e.start < entity.start for e in doc.ents):
            return None  # someone named before them in the sentence
        if entity.start > 0 and doc[entity.start - 1].pos_ in ("NOUN", "PROPN"):
            return None  # `paramedic Jo Hale`: a calling of their own, not the lead's word
        words = entity.text.split()
        if len(words) > 2 and first_name_gender(words[0]) is None:
            return None  # `Paramedic Jo Hale` typed whole as the person
        return entity if aged or _has_age(subject) else None
    return None


def _reports(verb: Token) -> bool:
    """`said the road was closed`, `said:`; not `admitted fraud` (an act, with its object)."""
    if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS | {"hear"}:
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"ccomp", "parataxis"}) or "dobj" not in deps


def _has_age(subject: Token) -> bool:
    """`X, 52,` or `X, aged 52,`."""
    for child in subject.children:
        if child.dep_ not in ("appos", "amod", "acl", "npadvmod", "nummod"):
            continue
        words = [t for t in child.subtree if t.like_num]
        if len(words) != 1 or (words[0].i != child.i and child.lower_ != "aged"):
            continue
        text = words[0].text
        if text.isdigit() and _YOUNGEST <= int(text) <= _OLDEST:
            return True
    return False
